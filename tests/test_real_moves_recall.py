"""English shapes that held-out real sets (D, E, F) showed the rules missed: moves told as a pay
offer, a named person among layoffs, a restructure naming who leads, a lab called 'the AI
giant', an unnamed role opening the headline, a new boss of a product, 'top talent' as one
person, origins given as 'former X CTO' / 'former CTO of X', and role or department words glued
to a name. Worded apart from the labelled sets (other people, labs and phrasings), each with
near misses that must stay no moves."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # an offer of pay to one researcher; the headline names them
            "OpenAI offers $90 million to 22-year-old reasoning whiz Tomas Lindqvist",
            "",
            ("Tomas Lindqvist", "join", None, "OpenAI"),
        ),
        (  # a pay deal; the summary names who
            "Anthropic's $40M package for a young interpretability researcher stuns rivals",
            "Anthropic signed researcher Keiko Tanabe to a package worth $40 million.",
            ("Keiko Tanabe", "join", None, "Anthropic"),
        ),
        (  # "to lure" with an amount, nobody named anywhere
            "xAI €60M to lure a 25-year-old prodigy",
            "",
            (None, "join", None, "xAI"),
        ),
        (  # a named person among the laid off
            "Google layoffs reach 200, including veteran researcher Ada Okafor",
            "",
            ("Ada Okafor", "leave", "Google DeepMind", None),
        ),
        (
            "Amazon AI lay-offs: principal scientist Ravi Menon cut",
            "",
            ("Ravi Menon", "leave", "Amazon", None),
        ),
        (  # a restructure under a named leader
            "Apple reorganizes Siri leadership under Priya Raman",
            "",
            ("Priya Raman", "appointed", None, "Apple"),
        ),
        (
            "Meta overhauls its leadership team in AI push",
            "",
            (None, "appointed", None, "Meta"),
        ),
        (  # after a leadership change, who leads what
            "Amazon Alexa leadership change: Okonkwo heads devices, Brandt runs research",
            "",
            ("Okonkwo", "appointed", None, "Amazon"),
        ),
        (  # the lab called by a common noun after it was named
            "Microsoft's bold play: why the tech giant just hired Inflection's chief scientist",
            "Microsoft hired Inflection chief scientist Nadia Petrova.",
            ("Nadia Petrova", "join", "Inflection AI", "Microsoft"),
        ),
        (  # an unnamed role opening the headline; the summary names who
            "The designer of Google's Pixel look defects to OpenAI",
            "Google has lost its industrial design lead, Marco Feld, to OpenAI.",
            ("Marco Feld", "join", "Google DeepMind", "OpenAI"),
        ),
        (  # a product has a new boss: its maker's post, handed to the summary's person
            "Alexa has a new boss: Amazon's devices chief",
            "Reuters reports that the Alexa role will be handed to Lena Brooks, who ran devices.",
            ("Lena Brooks", "appointed", None, "Amazon"),
        ),
        (  # 'top talent' with one person named after 'with'
            "Apple lands top AI talent with Hugo Marchetti from Meta",
            "",
            ("Hugo Marchetti", "join", "Meta", "Apple"),
        ),
        (  # 'attracts top talent' and the summary names one mover
            "Nvidia attracts top AI talent from OpenAI",
            "Nvidia has recruited Sofia Reyes, who led OpenAI's inference team.",
            ("Sofia Reyes", "join", "OpenAI", "Nvidia"),
        ),
        (  # poaching one unnamed executive is a join, not a raid
            "xAI poaches Google executive to run data centers",
            "",
            (None, "join", "Google DeepMind", "xAI"),
        ),
        (  # the founders of a startup brought on board: a raid of the founders, from it
            "Nvidia has brought on board the founders of chip startup Lumen",
            "",
            (None, "poach", "Lumen", "Nvidia"),
        ),
        (  # origins: former X CTO, former CTO of X
            "Anthropic hires former Wayline Robotics CTO Elena Ruiz",
            "",
            ("Elena Ruiz", "join", "Wayline Robotics", "Anthropic"),
        ),
        (
            "OpenAI Hires Former CTO of Figure Robotics as It Pushes Into Hardware",
            "The company has hired Jon Baek to lead hardware.",
            ("Jon Baek", "join", "Figure Robotics", "OpenAI"),
        ),
        (  # the headline calls the appointee a former employee elsewhere: a join
            "Mistral AI names former Datadog exec Irene Walsh as CFO",
            "",
            ("Irene Walsh", "join", "Datadog", "Mistral AI"),
        ),
        (  # a group leaving; the summary names one of them with a nickname in quotes
            "Several Early Members Depart Cohere Amid Turmoil",
            'Co-founder Mireille "Mimi" Laurent announced her exit from Cohere on Friday.',
            ("Mimi Laurent", "leave", "Cohere", None),
        ),
        (  # a role hired, as a noun, from another company
            "Cohere Deepens Asia Push With Senior Executive Hire From Rakuten",
            "",
            (None, "join", "Rakuten", "Cohere"),
        ),
    ],
)
def test_recall_shapes(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Researcher Tomas Lindqvist turned down $90 million offer from OpenAI", ""),
        ("Meta disputes claim of $50M offers to OpenAI staff", ""),
        ("OpenAI offers $1.5 million bonus to every employee", ""),
        ("Nvidia's $20 billion deal for Groq stake rattles investors", ""),
        ("Meet Ada Okafor, the researcher Google paid $2 billion to hire back", ""),
        ("Google layoffs reach 200 as Sundar Pichai defends cuts", ""),
        ("Amazon consolidates AI teams under AGI unit", ""),
        ("OpenAI expands its leadership in AI coding tools", ""),
        ("Meta strengthens its AI leadership position with new model", ""),
        ("The AI giant just released a new reasoning model", ""),
        ("The head of Google's AI unit says AGI is near", ""),
        ("Alexa has a new look: Amazon's devices chief shows redesign", ""),
        ("Meta's new hiring freeze hits AI lab", ""),
        ("Cohere's Chief Legal Officer Speaks at AI Policy Forum", ""),
    ],
)
def test_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("Anthropic's Chief Legal Officer Resigns After Two Years", None),
        ("Several Founding Engineers Leave Mistral AI", None),
        ("Cohere's Press Chief Lena Brooks Prepares to Exit", "Lena Brooks"),
        ("Meta Secures AI Visionary Hugo Marchetti to Lead Research", "Hugo Marchetti"),
    ],
)
def test_role_and_verb_words_are_no_names(title: str, person: str | None) -> None:
    event = classify(title, "", WATCH).event
    assert event is not None and event.person == person
    assert "Rising" not in classify("Meta Picks Rising Star Over Veteran", "", WATCH).labs


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a title of a field's leading person for the hired; the summary names them
            "Cohere hires Queen of Reinforcement Learning",
            "Cohere recently hired Jane Roe, an associate professor at Acme University, to"
            " oversee its research.",
            ("Jane Roe", "join", "Acme University", "Cohere"),
        ),
        (
            "Mistral AI hires the Father of Speech Recognition",
            "Mistral AI recently hired John Poe to oversee its audio models.",
            ("John Poe", "join", None, "Mistral AI"),
        ),
    ],
)
def test_a_titled_epithet_is_the_hired_person(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_a_title_of_a_place_is_no_epithet() -> None:
    """Near miss: 'King of Prussia' is a place an office opens in, no person hired."""
    analysis = classify("Cohere hires in King of Prussia office", "", WATCH)
    assert analysis.event is None or analysis.event.person is None
