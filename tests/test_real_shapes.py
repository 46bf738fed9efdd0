"""Shapes of real published headlines: who moves when others are named, labs named by their
products or not at all, moves that are not news, and the actions of helms and boomerangs.
Worded apart from the real-headline sets (tests/data/news-real-dev.jsonl, real-blind-a.jsonl)."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", [])], [], None)
Move = tuple[str | None, str, str | None, str | None]


def event_of(title: str, summary: str = "") -> Move:
    """The move's (person, action, from, to); the test fails when no move is found."""
    analysis = classify(title, summary, WATCH)
    assert analysis.event is not None, analysis.reasons
    e = analysis.event
    return e.person, e.action, e.from_lab, e.to_lab


def no_move(title: str, summary: str = "") -> list[str]:
    """The reasons given when the entry is (rightly) no move; the test fails on a move."""
    analysis = classify(title, summary, WATCH)
    assert not analysis.is_move, analysis.event
    return analysis.reasons


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the one inside the relative clause is not who leaves
            "Mistral co-founder who tried to oust Sam Altman's ally quits the startup",
            "Marc Dubois, who ran research, is said to be leaving.",
            ("Marc Dubois", "leave", "Mistral AI", None),
        ),
        (  # an announcer in the summary is not the mover
            "From Google researcher to Nvidia robotics lead: meet Ana Ruiz",
            "Nvidia CEO Jensen Huang announced on Monday that Google researcher Ana Ruiz will"
            " lead the company's new robotics unit.",
            ("Ana Ruiz", "appointed", "Google DeepMind", "Nvidia"),  # 'From Google researcher'
        ),
        (  # capitalised words of a title-case headline are no names
            "Another Altman Ally Departs: OpenAI Co-Founder Nick Frost Steps Down",
            "",
            ("Nick Frost", "leave", "OpenAI", None),
        ),
        (  # the summary's mover is who has a move verb, not who the news is about
            "Cohere co-founder quits over CEO's firing",
            "Hours after CEO Ana Lopez's dismissal, Ben Stone resigned in protest.",
            ("Ben Stone", "leave", "Cohere", None),
        ),
        (  # the owner after a hiring verb's object is not who is hired
            "Anthropic hires two Cohere engineers following Aidan Gomez's warnings",
            "The engineers, Lena Ortiz and Tomas Berg, start next week.",
            ("Lena Ortiz", "join", "Cohere", "Anthropic"),
        ),
        (  # choosing a lab over something else is joining it
            "Fjordbyte's Founder Chose Anthropic Over Building His Own Empire",
            "Lars Holm says he is joining Anthropic.",
            ("Lars Holm", "join", "Fjordbyte", "Anthropic"),
        ),
        (  # a question is a clause of its own: the move after it is news
            "Who is Rafael Gomez? Reka's chief executive will run Anthropic's new agents lab",
            "Rafael Gomez built Reka over five years.",
            ("Rafael Gomez", "join", "Reka", "Anthropic"),
        ),
    ],
)
def test_who_moves_when_others_are_named(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Claude maker's head of policy steps down", (None, "leave", "Anthropic", None)),
        ("Longtime engineer Mei Chen departs ChatGPT", ("Mei Chen", "leave", "OpenAI", None)),
        (  # another clause after 'and' is not where the person left
            "Nvidia's research head is stepping down and a Meta executive is replacing him",
            (None, "leave", "Nvidia", None),
        ),
        (  # the company named before a role is where the person comes from
            "Fjordbyte founder Lars Holm joins Anthropic",
            ("Lars Holm", "join", "Fjordbyte", "Anthropic"),
        ),
        (  # ... but not a quoted nickname
            "Anthropic hires the 'Raccoon' creator Lars Holm",
            ("Lars Holm", "join", None, "Anthropic"),
        ),
        (  # a lab described before it is named after a comma
            "Ana Ruiz and Other Leaders Exit Paris AI Champion, Mistral",
            ("Ana Ruiz", "leave", "Mistral AI", None),
        ),
        (  # the lab opening the clause does a gerund after 'by'
            "Cohere Widens Its Lead by Bringing On Three Mistral Engineers",
            (None, "poach", "Mistral AI", "Cohere"),
        ),
        (  # acquiring people is hiring them
            "Cohere Acquires Three Top Researchers from Mistral's Paris Office",
            (None, "poach", "Mistral AI", "Cohere"),
        ),
        (
            "Cohere Board of Directors Ousts CEO Aidan Gomez",
            ("Aidan Gomez", "fired", "Cohere", None),
        ),
    ],
)
def test_labs_by_their_products_and_positions(
    title: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title) == expected


def test_his_own_company_is_no_company_name() -> None:
    analysis = classify("Sara Lind Leaves Mistral, Starts Her Own Company", "", WATCH)
    assert analysis.event is not None and analysis.event.to_lab is None
    assert not any("Own" in lab for lab in analysis.labs)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Priya Nair takes the reins at Cohere", ("Priya Nair", "appointed", None, "Cohere")),
        ("Priya Nair returns to the helm of Cohere", ("Priya Nair", "appointed", None, "Cohere")),
        (
            "Lena Ortiz jumps back to Anthropic weeks after a stint at xAI",
            ("Lena Ortiz", "return", "xAI", "Anthropic"),  # the stint that ended: the origin
        ),
        ("Lena Ortiz boomerangs back to Anthropic", ("Lena Ortiz", "return", None, "Anthropic")),
        (  # leaving to start a company: the departure, and the new company where it goes
            "Tomas Berg leaves Cohere to launch Fjord Labs",
            ("Tomas Berg", "leave", "Cohere", "Fjord Labs"),
        ),
        (
            "Aiko Tanaka moves from Cohere to lead Mistral's research",
            ("Aiko Tanaka", "join", "Cohere", "Mistral AI"),
        ),
        ("Aiko Tanaka is restored as Cohere CEO", ("Aiko Tanaka", "return", None, "Cohere")),
        ("Aiko Tanaka dumped by Cohere", ("Aiko Tanaka", "fired", "Cohere", None)),
    ],
)
def test_actions_of_helms_boomerangs_and_new_companies(
    title: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # a denial, whatever the summary retells
            "'Not true': Mistral CEO Arthur Mensch shoots down resignation rumours",
            "Arthur Mensch has brushed aside speculation about stepping down from Mistral.",
        ),
        (  # a pause from work
            "Cohere co-founder Aidan Gomez goes on sabbatical",
            "Aidan Gomez is leaving the company for a few months.",
        ),
        (  # a hiring freeze, though the summary speaks of poaching
            "Anthropic announces hiring freeze across research",
            "Anthropic has paused hiring for its research team after a recruiting frenzy.",
        ),
        (  # board seats, several appointees at once
            "Cohere appoints former top EU trade negotiator and ex-navy admiral to its board",
            "Cohere has appointed a former top EU trade negotiator and navy admiral to its board.",
        ),
        (  # a past firing told again
            "Former Cohere director recounts how CEO Aidan Gomez was ousted",
            "In a podcast, she says the board ousted Aidan Gomez over strategy.",
        ),
        (  # a wave of departures is no one's move; title-case nouns are no person
            "Cohere Responds To Staff Exodus With Retention Reorganization",
            "Cohere is reworking pay after a wave of senior engineer exits to Meta.",
        ),
        (  # acquiring a company is no hire
            "Cohere acquires agent startup Fjordbyte for $200 million",
            "The deal gives Cohere a team of twelve.",
        ),
        (  # a project launched is no company founded
            "Ana Ruiz Launches New Research Project at Anthropic",
            "Ana Ruiz launches an Anthropic project on interpretability.",
        ),
    ],
)
def test_moves_that_are_not_news(title: str, summary: str) -> None:
    analysis = classify(title, summary, WATCH)
    assert not analysis.is_move, (analysis.event, analysis.reasons)
