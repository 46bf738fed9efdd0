"""An appointment announced weeks before it starts, then reported again as the post taken up
("sworn in as", "assumes role as"): one appointment, up to the 30 days of a move told again
(jobs/stories/scoring.py retold_key, taken_up). Worded apart from the labelled sets' rows, with
near misses that stay apart: another appointment at the same lab weeks later, a stand-in post on
one side only."""

from __future__ import annotations

from datetime import timedelta

from storage.db import Database
from tests.test_stories import T0, stories_of_two

DAY = timedelta(days=1)

NAMED = (
    "a",
    "Energy Department names Lena Ortiz chief AI officer",
    "Lena Ortiz, now a deputy director at the agency, will take up the post in June.",
    T0,
    "https://a/named",
)
SWORN_IN = (
    "b",
    "Lena Ortiz sworn in as Energy Department chief AI officer",
    "In her new role she will steer the department's use of artificial intelligence.",
    T0 + 24 * DAY,
    "https://b/sworn-in",
)


def test_the_post_taken_up_weeks_later_joins_the_appointment(database: Database) -> None:
    first, second = stories_of_two(database, NAMED, SWORN_IN)
    assert first is not None and first == second


def test_assuming_the_role_joins_it_too(database: Database) -> None:
    assumes = (
        "c",
        "Lena Ortiz assumes role as Energy Department chief AI officer",
        SWORN_IN[2],
        T0 + 20 * DAY,
        "https://c/assumes",
    )
    first, second = stories_of_two(database, NAMED, assumes)
    assert first is not None and first == second


def test_another_appointment_weeks_later_stays_apart(database: Database) -> None:
    another = (
        "d",
        "Energy Department names Lena Ortiz to lead new AI research office",
        "Lena Ortiz will run the office that funds AI research at the national labs.",
        T0 + 24 * DAY,
        "https://d/another",
    )
    first, second = stories_of_two(database, NAMED, another)
    assert first is not None and second is not None and first != second


def test_a_stand_in_then_the_post_itself_stays_apart(database: Database) -> None:
    interim = (
        "e",
        "Energy Department names Lena Ortiz interim chief AI officer",
        "Lena Ortiz will hold the post until a permanent pick is confirmed.",
        T0,
        "https://e/interim",
    )
    first, second = stories_of_two(database, interim, SWORN_IN)
    assert first is not None and second is not None and first != second


def test_past_the_thirty_days_it_stays_apart(database: Database) -> None:
    later = (*SWORN_IN[:3], T0 + 40 * DAY, SWORN_IN[4])
    first, second = stories_of_two(database, NAMED, later)
    assert first is not None and second is not None and first != second
