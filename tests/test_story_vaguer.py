"""One event told by a vaguer report days later, or by two people leaving together
(jobs/stories/scoring.py: pair_told_again, co_leavers): which reports join the story and
which near misses stay apart. Worded apart from the labelled sets' rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from storage.db import Database
from storage.models import Entry
from tests.test_stories import T0, add_entries, analyze

DAY = timedelta(days=1)


def story_of(db: Database) -> dict[str, str | None]:
    """Entry URL → its story id."""
    with db.session() as s:
        return {str(url): sid for url, sid in s.execute(select(Entry.url, Entry.story_id))}


def test_an_unnamed_report_of_the_same_lab_pair_days_later_joins(database: Database) -> None:
    add_entries(
        database,
        ("a", "Mistral hires Petra Lindqvist from Cohere", "", T0, "https://a/lindqvist"),
        (
            "b",
            "Former Cohere speech scientist joins Mistral as it builds a voice team",
            "",
            T0 + 5 * DAY,
            "https://b/voice",
        ),
        # the other way round: the unnamed report first, the named one six days on
        ("c", "Anthropic hires a senior Apple hardware engineer", "", T0, "https://c/apple"),
        (
            "d",
            "Apple's Hugo Marchetti leaves for Anthropic",
            "Hugo Marchetti has joined Anthropic.",
            T0 + 6 * DAY,
            "https://d/marchetti",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/lindqvist"] == found["https://b/voice"]
    assert found["https://c/apple"] == found["https://d/marchetti"]
    assert found["https://a/lindqvist"] != found["https://c/apple"]


@pytest.mark.parametrize(
    ("title", "days"),
    [
        ("Mistral poaches another Cohere researcher", 5),  # another hire: "another", "more"
        ("Mistral hires Cohere's chief scientist", 6),  # a post the named reports do not name
        ("Mistral hires Cohere researchers", 4),  # a group beside one person's move
        ("Mistral hires a senior researcher", 5),  # one of the two labs: any hire at a busy lab
        ("Former Cohere researcher joins Mistral", 12),  # past the follow-up window
    ],
)
def test_unnamed_reports_of_someone_else_between_the_labs_stay_apart(
    database: Database, title: str, days: int
) -> None:
    add_entries(
        database,
        ("a", "Mistral hires Petra Lindqvist from Cohere", "", T0, "https://a/lindqvist"),
        ("b", title, "", T0 + days * DAY, "https://b/other"),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/lindqvist"] != found["https://b/other"]


def test_two_people_leaving_one_lab_together_are_one_departure(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Cohere loses its last two founding engineers",
            "The exit of Marta Okonkwo and Felix Brandt leaves the chief executive alone.",
            T0,
            "https://a/two",
        ),
        (
            "b",
            "Felix Brandt leaves Cohere",
            "Brandt was one of the first engineers.",
            T0 + 2 * DAY,
            "https://b/brandt",
        ),
        # another person leaving the same lab, named only as background: another departure
        ("c", "Jonas Weber quits Mistral", "", T0, "https://c/weber"),
        (
            "d",
            "Sofia Reyes leaves Mistral",
            "Her departure comes 48 hours after Jonas Weber quit.",
            T0 + 2 * DAY,
            "https://d/reyes",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/two"] == found["https://b/brandt"]
    assert found["https://c/weber"] != found["https://d/reyes"]
