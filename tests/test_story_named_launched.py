"""Reports not read as moves whose only word of moving is a headline's "names" (an
organisation naming someone to a post: "Treasury names new AI lead") or "launches" (a founder
launching the company a founding story names): they join the move story whose mover they write
in full (jobs/stories/scoring.py tells_a_move, NAMING_RE, LAUNCH_RE, launched_only). Worded
apart from the labelled sets' rows, with near misses that stay apart: a list naming people, a
launch of something else than the company founded."""

from __future__ import annotations

from datetime import timedelta

from storage.db import Database
from tests.test_stories import T0, stories_of_two

HOUR = timedelta(hours=1)

APPOINTED = (
    "a",
    "Treasury Department appoints Mara Velasquez chief AI officer",
    "Mara Velasquez, a former bank regulator, takes the post next month.",
    T0,
    "https://a/appointed",
)
FOUNDED = (
    "b",
    "Orrin Pakula launches Tidewell, a nonprofit lab for AI audits",
    "The veteran researcher Orrin Pakula is starting Tidewell to test frontier models.",
    T0,
    "https://b/founded",
)


def test_an_organisation_naming_someone_joins_the_appointment(database: Database) -> None:
    naming = (
        "c",
        "Treasury names new top official for artificial intelligence",
        "Mara Velasquez will succeed the acting officer when she starts in the role.",
        T0 - 20 * HOUR,
        "https://c/naming",
    )
    first, second = stories_of_two(database, APPOINTED, naming)
    assert first is not None and first == second


def test_a_list_naming_the_mover_stays_apart(database: Database) -> None:
    listed = (
        "d",
        "Magazine names the most influential voices in AI policy",
        "Mara Velasquez and a dozen others made this year's list of policy voices.",
        T0 + 20 * HOUR,
        "https://d/listed",
    )
    first, second = stories_of_two(database, APPOINTED, listed)
    assert first is not None and second != first


def test_the_founder_launching_the_company_joins_the_founding(database: Database) -> None:
    launching = (
        "e",
        "Orrin Pakula Launches Tidewell to Audit Frontier AI",
        "Orrin Pakula, a well-known researcher, takes a new path toward checking powerful systems.",
        T0 + 26 * HOUR,
        "https://e/launching",
    )
    first, second = stories_of_two(database, FOUNDED, launching)
    assert first is not None and first == second


def test_the_founder_launching_something_else_stays_apart(database: Database) -> None:
    other = (
        "f",
        "Orrin Pakula launches Auditcast, a podcast about AI audits",
        "The researcher Orrin Pakula talks to auditors of frontier models every week.",
        T0 + 26 * HOUR,
        "https://f/podcast",
    )
    first, second = stories_of_two(database, FOUNDED, other)
    assert first is not None and second != first
