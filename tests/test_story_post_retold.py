"""An appointment told again weeks later, naming the same post, the organisation written
another way ("Oregon", "Oregon State") or the hire told as a join: one appointment, up to the
30 days of a move told again (jobs/stories/scoring.py retells, same_post_again). Worded apart
from the labelled sets' rows, with near misses that stay apart: a stand-in post, no post named,
past the 30 days."""

from __future__ import annotations

from datetime import timedelta

from storage.db import Database
from tests.test_stories import T0, stories_of_two

DAY = timedelta(days=1)

NAMED = (
    "a",
    "Oregon names Tomas Reyes its first chief AI officer",
    "Tomas Reyes, a former university researcher, will coordinate AI policy across agencies.",
    T0,
    "https://a/named",
)
RETOLD = (
    "b",
    "Oregon State Taps Tomas Reyes to Steer AI Across Agencies",
    "Oregon State has appointed Tomas Reyes as chief AI officer within its technology office.",
    T0 + 23 * DAY,
    "https://b/retold",
)


def test_the_same_post_weeks_later_joins_the_appointment(database: Database) -> None:
    first, second = stories_of_two(database, NAMED, RETOLD)
    assert first is not None and first == second


def test_the_organisation_written_another_way_joins_it_too(database: Database) -> None:
    again = (
        "c",
        "Oregon State appoints Tomas Reyes as chief AI officer",
        "The state technology office made the appointment official this week.",
        T0 + 18 * DAY,
        "https://c/again",
    )
    first, second = stories_of_two(database, NAMED, again)
    assert first is not None and first == second


def test_a_stand_in_post_weeks_later_stays_apart(database: Database) -> None:
    other = (
        "d",
        "Oregon State appoints Tomas Reyes as interim chief AI officer",
        "The state technology office made the appointment this week.",
        T0 + 23 * DAY,
        "https://d/other",
    )
    first, second = stories_of_two(database, NAMED, other)
    assert first is not None and second is not None and first != second


def test_no_post_named_weeks_later_stays_apart(database: Database) -> None:
    vague = (
        "e",
        "Oregon State Taps Tomas Reyes to Steer AI Across Agencies",
        "Oregon State has appointed Tomas Reyes to a new role in its technology office.",
        T0 + 23 * DAY,
        "https://e/vague",
    )
    first, second = stories_of_two(database, NAMED, vague)
    assert first is not None and second is not None and first != second


def test_past_the_thirty_days_it_stays_apart(database: Database) -> None:
    later = (*RETOLD[:3], T0 + 40 * DAY, RETOLD[4])
    first, second = stories_of_two(database, NAMED, later)
    assert first is not None and second is not None and first != second


def test_a_group_headline_then_the_same_post_joins_it(database: Database) -> None:
    group = (
        "f",
        "Oregon Names New Leaders to Top AI and Data Roles",
        "The appointment of Tomas Reyes as chief AI officer and Ana Ruiz as chief data officer"
        " gives the state one team for its technology policy.",
        T0,
        "https://f/group",
    )
    first, second = stories_of_two(database, group, RETOLD)
    assert first is not None and first == second
