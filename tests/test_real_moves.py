"""More shapes of real published headlines: the head of the subject when a title-case phrase
comes first, sentences inside a headline, origins that only the summary gives, move verbs and
nouns without a classic verb, and offers refused. Worded apart from the labelled sets."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", [])], [], None)
Move = tuple[str | None, str, str | None, str | None]


def event_of(title: str, summary: str = "") -> Move:
    analysis = classify(title, summary, WATCH)
    assert analysis.event is not None, analysis.reasons
    e = analysis.event
    return e.person, e.action, e.from_lab, e.to_lab


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a title-case phrase before 'as' is no person; the head before the verb moves
            "Anthropic Weathers Storm as Veteran Engineer Priya Nair Joins Mistral",
            "",
            ("Priya Nair", "join", "Anthropic", "Mistral AI"),
        ),
        (  # a list before the verb: the first one named is the subject
            "Lena Ortiz and Tomas Berg head back to Cohere",
            "",
            ("Lena Ortiz", "return", None, "Cohere"),
        ),
        (  # a second sentence: its mover is not the first sentence's subject
            "Jensen Huang praised the deputy who resigned. Then a second VP quit on Friday.",
            "Nvidia confirmed the departure of Kira Novak, its head of robotics.",
            ("Kira Novak", "leave", "Nvidia", None),
        ),
    ],
)
def test_who_is_the_subject(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Cohere names Tomas Berg chief technology officer",
            "Berg, formerly a principal engineer at Mistral, starts in May.",
            ("Tomas Berg", "appointed", "Mistral AI", "Cohere"),
        ),
        (
            "Priya Nair unveils Fjord Labs, her robotics venture",
            "Months ago Nair left her post as research director of Anthropic to build robots.",
            ("Priya Nair", "found", "Anthropic", "Fjord Labs"),
        ),
        (  # the past post of someone else named around it is not the mover's
            "Kira Novak joins Fjord Labs",
            "The startup, founded by Priya Nair, former research director at Anthropic, ...",
            ("Kira Novak", "join", None, "Fjord Labs"),
        ),
        (
            "Kira Novak joins Fjord Labs",
            "She will work with former Mistral engineer Tomas Berg on robots.",
            ("Kira Novak", "join", None, "Fjord Labs"),
        ),
        (  # 'leaving to join' says where someone goes, not where they come from
            "Cohere names Tomas Berg interim CEO",
            "Berg takes over from Aidan Gomez, who is leaving to join Anthropic.",
            ("Tomas Berg", "appointed", None, "Cohere"),
        ),
    ],
)
def test_origin_from_the_summary(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # 'as' a person steps down is news with the main clause, not background
            "Cohere Braces for Change as Research Chief Tomas Berg Steps Down",
            "",
            ("Tomas Berg", "leave", "Cohere", None),
        ),
        (  # a lab loses someone unnamed; a later clause names who leaves
            "Mistral Loses a Senior Engineer as Ana Ruiz Departs",
            "",
            ("Ana Ruiz", "leave", "Mistral AI", None),
        ),
        (  # the lab closes a role phrase: its people leave, not the lab
            "Founding engineers of Jensen Huang's Nvidia resign",
            "Two of Jensen Huang's first hires at Nvidia are leaving.",
            (None, "leave", "Nvidia", None),
        ),
        (  # a plural noun of leaving after a group: several moves, not the summary's first name
            "Cohere sees senior staff exits, Aidan Gomez promises growth",
            "Aidan Gomez's Cohere lost three researchers this month.",
            (None, "leave", "Cohere", None),
        ),
        (  # a capitalised function word after the verb is no company left
            "Why Claude-Maker's Policy Chief Quit After Nine Years",
            "Lena Ortiz resigned on Monday.",
            ("Lena Ortiz", "leave", "Anthropic", None),
        ),
        (  # 'Al' printed for 'AI', and a camel-case name in plain capitals
            "Tomas Berg leaves Mistral Al for Deepseek",
            "",
            ("Tomas Berg", "join", "Mistral AI", "DeepSeek"),
        ),
        (
            "Lena Ortiz quits Openai",
            "",
            ("Lena Ortiz", "leave", "OpenAI", None),
        ),
    ],
)
def test_departures_told_around_the_verb(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected
