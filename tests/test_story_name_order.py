"""A report not read as a move that writes a story's mover family name first ("Liang Wenjie"
beside the story's "Wenjie Liang"): it tells that mover's move and joins the story
(jobs/stories/scoring.py tells_of, names_either_way), as outlets differ on the order of a
Chinese or Korean name. Near misses stay apart: another given name of the same surname, and
the same reversed name past the follow-up days. Worded apart from the labelled sets' rows."""

from __future__ import annotations

from datetime import datetime, timedelta

from storage.db import Database
from tests.test_stories import T0, stories_of_two

DAY = timedelta(days=1)

MOVE = (
    "a",
    "ByteDance's Wenjie Liang leaves to start his own AI company",
    "Wenjie Liang, who led model research at ByteDance, has left the company.",
    T0,
    "https://a/move",
)


def exodus(name: str, when: timedelta = DAY) -> tuple[str, str, str, datetime, str]:
    """A trend piece naming one leaver in its summary: no move read."""
    return (
        "b",
        "ByteDance and Kuaishou see exodus of top AI experts as startup boom heats up",
        f"{name}, who led model research at ByteDance, recently left the Beijing-based company"
        " to prepare his own AI projects, according to Chinese media.",
        T0 + when,
        "https://b/exodus",
    )


def test_the_name_family_name_first_joins_the_story(database: Database) -> None:
    first, second = stories_of_two(database, MOVE, exodus("Liang Wenjie"))
    assert first is not None and first == second


def test_another_given_name_of_the_surname_stays_apart(database: Database) -> None:
    first, second = stories_of_two(database, MOVE, exodus("Liang Wenbo"))
    assert first is not None and first != second


def test_past_the_follow_up_days_it_stays_apart(database: Database) -> None:
    first, second = stories_of_two(database, MOVE, exodus("Liang Wenjie", 14 * DAY))
    assert first is not None and first != second
