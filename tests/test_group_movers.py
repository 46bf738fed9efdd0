"""A group hired whose summary lists its members ("hired A, B and C") is nobody's own move
(tests/data/LABELLING.md: person null, a raid), while a summary singling out one or two of the
group keeps its mover; the raid told again days later without names is one story
(jobs/stories/scoring.py follow_up). Worded apart from the labelled sets' rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings
from storage.db import Database
from tests.test_stories import T0, stories_of_two

WATCH = watch_from_settings([("Sam Altman", []), ("Demis Hassabis", [])], [], None)
DAY = timedelta(days=1)


def event_of(title: str, summary: str = "") -> tuple[str | None, str, str | None, str | None]:
    event = classify(title, summary, WATCH).event
    assert event is not None, classify(title, summary, WATCH).reasons
    return event.person, event.action, event.from_lab, event.to_lab


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Anthropic hires five Google DeepMind engineers",
            "Anthropic took on Jane Roe, Ken Adachi, Lea Stone and Ravi Menon, who all built"
            " Gemini's training stack, the company said.",
        ),
        (
            "Mistral AI hires the founders of robotics startup Google DeepMind spun out",
            "Mistral AI has hired Google DeepMind's three founders — Jane Roe, Ken Adachi, and"
            " Lea Stone — along with a third of its staff.",
        ),
    ],
)
def test_a_group_whose_summary_lists_its_members_is_a_raid(title: str, summary: str) -> None:
    person, action, _, to = event_of(title, summary)
    assert (person, action) == (None, "poach")
    assert to in ("Anthropic", "Mistral AI")


@pytest.mark.parametrize(
    ("title", "summary", "mover"),
    [
        (  # near miss: one member singled out is the article's mover
            "Anthropic hires five Google DeepMind engineers",
            "Among them is Jane Roe, who led Gemini's data pipeline.",
            "Jane Roe",
        ),
        (  # near miss: two names are not yet a list of the whole group
            "Anthropic hires two Google DeepMind engineers",
            "Anthropic has hired Jane Roe and Ken Adachi from the Gemini team.",
            "Jane Roe",
        ),
        (  # near miss: a lone named hire with a list elsewhere is still one person's move
            "Anthropic hires Google DeepMind engineer Jane Roe",
            "She worked with Ken Adachi, Lea Stone and Ravi Menon on Gemini.",
            "Jane Roe",
        ),
    ],
)
def test_a_member_singled_out_stays_the_mover(title: str, summary: str, mover: str) -> None:
    assert event_of(title, summary)[0] == mover


def test_an_unnamed_raid_told_again_days_later_is_one_story(database: Database) -> None:
    first, second = stories_of_two(
        database,
        (
            "a",
            "Anthropic hires the founders of Google DeepMind's robotics team",
            "Anthropic has hired three founders — Jane Roe, Ken Adachi, and Lea Stone — and about"
            " a third of the team.",
            T0,
            "https://a/raid",
        ),
        (
            "b",
            "Anthropic bolsters robotics with talent from Google DeepMind",
            "Anthropic took on talent and technology from Google DeepMind's robotics team.",
            T0 + 4 * DAY,
            "https://b/raid",
        ),
    )
    assert first is not None
    assert first == second
