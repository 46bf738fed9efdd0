"""Shapes that the real set Q showed the rules missed or misread. Worded apart from the
labelled set (other people, companies and phrasings), each with near misses that stay as they
were."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a market between the company and the role: the company is where they came from
            "Anthropic hires Lyft Europe head to run its London office",
            "",
            (None, "join", "Lyft", "Anthropic"),
        ),
        (
            "Meta poaches Airbnb Japan chief Kenji Mori",
            "",
            ("Kenji Mori", "join", "Airbnb", "Meta"),
        ),
        (  # a company on no list named with its ending, before the people taken
            "Nvidia hires a dozen Kestrel AI engineers",
            "",
            (None, "poach", "Kestrel AI", "Nvidia"),
        ),
        (
            "Amazon Lands Ferrous Labs Team in $40M Deal",
            "",
            (None, "poach", "Ferrous Labs", "Amazon"),
        ),
        (  # after 'from', past a describing 'X-backed'
            "Apple hires engineers from Sequoia-backed Tallow Robotics",
            "",
            (None, "poach", "Tallow Robotics", "Apple"),
        ),
        (  # a product before the ending is its maker's
            "Cohere poaches Azure AI director Priya Raman",
            "",
            ("Priya Raman", "join", "Microsoft", "Cohere"),
        ),
    ],
)
def test_origins_on_no_list(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a nationality before the people is no company
            "Mistral hires Italian AI researchers",
            "",
            (None, "poach", None, "Mistral AI"),
        ),
        (  # 'Top' is no company, nor 'AI' alone
            "xAI Hires Top AI Talent From Rivals",
            "",
            (None, "poach", None, "xAI"),
        ),
        (  # a place in the summary is nobody's name
            "Google poaches Stripe Asia chief",
            "The hire is Google's latest push outside the United States and the United Kingdom.",
            (None, "join", "Stripe", "Google DeepMind"),
        ),
    ],
)
def test_no_company_from_places_and_describing_words(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a departure to run a company on no list, which the summary names too
            "Amazon's robotics chief leaves to run Volvo",
            "The carmaker said Volvo would name its new chief executive on Monday.",
            (None, "join", "Amazon", "Volvo"),
        ),
        (  # title case glues the verb to the name
            "Google's Cloud AI Boss Leaves to Lead Siemens After Two Years",
            "Siemens AG has picked the executive to succeed its long-serving chief.",
            (None, "join", "Google DeepMind", "Siemens"),
        ),
        (  # a lab that loses someone to a company on no list
            "Meta loses AI chief Dana Okafor to Ericsson",
            "Okafor will become chief executive of Ericsson next month.",
            ("Dana Okafor", "join", "Meta", "Ericsson"),
        ),
        (
            "Tomas Berg leaves Microsoft to become CEO of Philips",
            "The board of Philips confirmed the choice on Friday.",
            ("Tomas Berg", "join", "Microsoft", "Philips"),
        ),
        (  # a post taken "as <company> CEO": an appointment there (the helm's convention)
            "Jana Holm to take the helm as Ericsson CEO",
            "",
            ("Jana Holm", "appointed", None, "Ericsson"),
        ),
    ],
)
def test_destinations_on_no_list(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a reason in title case, which the summary writes in lower case
            "Jane Doe Leaves OpenAI for Personal Reasons",
            "Doe cited personal reasons and family.",
            ("Jane Doe", "leave", "OpenAI", None),
        ),
        (  # no summary to say the word is a company's name
            "Meta loses Jane Doe to Retirement",
            "",
            ("Jane Doe", "leave", "Meta", None),
        ),
        (  # a unit of the lab left: a new post there, no company
            "Google's Jane Doe leaves to lead Research",
            "Research at Google is being reorganised.",
            ("Jane Doe", "leave", "Google DeepMind", None),
        ),
        (  # someone's team is no company
            "Anthropic's Jane Doe leaves to lead Smith's team",
            "Smith said the team would grow.",
            ("Jane Doe", "leave", "Anthropic", None),
        ),
    ],
)
def test_departures_to_no_company(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a role whose field opens with "for"
            "Google's principal AI scientist for speech joins Anthropic",
            "Lena Park previously led speech research at Google.",
            ("Lena Park", "join", "Google DeepMind", "Anthropic"),
        ),
        (  # a longer field, "of <field> and <field> unit"
            "Microsoft's head of cloud and AI group departs",
            "Omar Haddad had run the group since 2021.",
            ("Omar Haddad", "leave", "Microsoft", None),
        ),
    ],
)
def test_roles_with_a_longer_field(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_a_person_inside_the_field_keeps_the_subject_theirs() -> None:
    # "co-founder of <person>'s AI startup": the startup is the person's, as before
    title = "Co-founder of Jane Roe's AI startup joins Meta"
    summary = "Ben Ito, a co-founder of Jane Roe's startup Kestrel Labs, has left to join Meta."
    assert event_of(title, summary)[3] == "Meta"


def test_an_adviser_of_a_person_names_no_company() -> None:
    # "former Biden AI adviser": whom one advised, not a company called "Biden AI"
    title = "Former Biden AI adviser Maya Cole is joining Anthropic"
    assert event_of(title, "") == ("Maya Cole", "join", None, "Anthropic")
