"""An appointment that names nobody as the mover but writes the successor ("Acme Cloud appoints
new head of AI" + "She will be replaced by X"), beside a report of X joining the same lab: one
hire told twice (jobs/stories/scoring.py writes_their_mover, movers.writes_successor). Worded
apart from the labelled sets' rows, with near misses that stay apart."""

from __future__ import annotations

from datetime import timedelta

import pytest

from jobs.stories.movers import writes_successor
from storage.db import Database
from tests.test_stories import T0, stories_of_two

HOUR = timedelta(hours=1)

JOINS = (
    "a",
    "Tomas Berg joining Cohere from Stanford to head its research",
    "Tomas Berg, a Stanford professor, will be joining Cohere to head its research lab.",
    T0,
    "https://a/joins",
)


@pytest.mark.parametrize(
    "summary",
    [
        "Cohere announces that its research division will have a new leader. The current chief"
        " scientist will stop working at the end of the year. She will be replaced by Tomas Berg,"
        " who is currently a professor at Stanford.",
        "The research division will have a new leader. The current chief scientist will stop"
        " working at the end of the year and will be succeeded by Tomas Berg, who teaches at"
        " Stanford.",
    ],
)
def test_an_appointment_writing_the_successor_is_their_hire(
    database: Database, summary: str
) -> None:
    appoints = ("b", "Cohere appoints new head of research", summary, T0 + 17 * HOUR, "https://b")
    first, second = stories_of_two(database, JOINS, appoints)
    assert first == second


def test_an_appointment_writing_someone_else_as_successor_stays_apart(
    database: Database,
) -> None:
    # the newcomer is another person than the named report's
    appoints = (
        "b",
        "Cohere appoints new head of research",
        "Cohere announces that its research division will have a new leader. The current chief"
        " scientist will stop working at the end of the year. She will be replaced by Lina Marsh,"
        " who is currently a professor at Oxford.",
        T0 + 17 * HOUR,
        "https://b",
    )
    first, second = stories_of_two(database, JOINS, appoints)
    assert first != second


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She will be replaced by Tomas Berg, a Stanford professor.", True),
        ("The post will be filled by Tomas Berg.", False),
        ("Tomas Berg, her successor, comes from Stanford.", True),
        ("Tomas Berg, who will succeed her, comes from Stanford.", True),
        ("Tomas Berg, her predecessor, left in May.", False),
        ("Tomas Berg replaced Rosa Delgado last year.", False),
    ],
)
def test_the_successor_is_written_after_replaced_by_or_before_her_successor(
    text: str, expected: bool
) -> None:
    assert writes_successor(text, "Tomas Berg") is expected
