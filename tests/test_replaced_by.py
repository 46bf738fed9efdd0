"""A departure whose later clause hands the post to a named successor ('X retires, replaced by
ex-Acme exec Y') is the successor's arrival (jobs/language/events.py replacement): from the
company the words before their name place them at, or appointed where none is said. A
stand-in, no name, or a successor told in a subordinate clause leaves the departure the news."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", []), ("Demis Hassabis", [])], [], None)
Move = tuple[str | None, str, str | None, str | None]


def event_of(title: str, summary: str = "") -> Move:
    event = classify(title, summary, WATCH).event
    assert event is not None, classify(title, summary, WATCH).reasons
    return event.person, event.action, event.from_lab, event.to_lab


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Nvidia robotics chief Jane Roe retires, replaced by ex-Pinterest exec Ken Adachi",
            ("Ken Adachi", "join", "Pinterest", "Nvidia"),
        ),
        (
            "Anthropic policy head Jane Roe steps down, succeeded by Google veteran Ken Adachi",
            ("Ken Adachi", "join", "Google DeepMind", "Anthropic"),
        ),
        (
            "Meta research director Jane Roe resigns, replaced by deputy Ken Adachi",
            ("Ken Adachi", "appointed", None, "Meta"),
        ),
    ],
)
def test_a_named_successor_is_the_news(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        # near misses: a stand-in, no one named, or no comma opening the handing clause
        "Meta research director Jane Roe resigns, replaced by interim chief Ken Adachi",
        "Meta research director Jane Roe resigns, to be replaced by an outside hire",
        "Meta research director Jane Roe resigns after being replaced by Ken Adachi",
    ],
)
def test_the_departure_stays_the_news(title: str) -> None:
    assert event_of(title)[:3] == ("Jane Roe", "leave", "Meta")
