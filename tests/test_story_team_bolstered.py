"""A report not read as a move whose headline tells a team strengthened with another lab's
people ("bolsters its team with X researchers"), of an unnamed raid between the two labs it
names, the same days: the raid told again (jobs/stories/scoring.py BOLSTERED_RE, in
tells_a_move and tells_of_raid). Worded apart from the labelled sets' rows, with near misses
that stay apart: a team strengthened with a partnership, a third lab named."""

from __future__ import annotations

from datetime import timedelta

from storage.db import Database
from tests.test_stories import T0, stories_of_two

HOUR = timedelta(hours=1)

RAID = (
    "a",
    "Nvidia poaches a team of Cohere researchers for its robotics push",
    "Nvidia has hired a group of researchers from Cohere to build models for robots.",
    T0,
    "https://a/raid",
)


def test_a_team_strengthened_with_the_labs_people_joins_the_raid(database: Database) -> None:
    bolstered = (
        "b",
        "Nvidia Strengthens Robotics Team With Cohere Engineers",
        "The chip maker has expanded its robotics group by bringing in engineers from Cohere.",
        T0 - 20 * HOUR,
        "https://b/bolstered",
    )
    first, second = stories_of_two(database, RAID, bolstered)
    assert first is not None and first == second


def test_a_team_strengthened_with_a_partnership_stays_apart(database: Database) -> None:
    partnership = (
        "c",
        "Nvidia strengthens robotics team with new Cohere partnership",
        "The chip maker and Cohere will build models for robots together.",
        T0 + 20 * HOUR,
        "https://c/partnership",
    )
    first, second = stories_of_two(database, RAID, partnership)
    assert first is not None and second != first


def test_a_third_lab_named_stays_apart(database: Database) -> None:
    third = (
        "d",
        "Nvidia Bolsters Robotics Team With Cohere and Mistral Engineers",
        "The chip maker has expanded its robotics group with engineers from two labs.",
        T0 + 20 * HOUR,
        "https://d/third",
    )
    first, second = stories_of_two(database, RAID, third)
    assert first is not None and second != first
