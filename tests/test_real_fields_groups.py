"""A group leaving a lab told twice, one report naming a member from its summary: one story
(jobs/stories/scoring.py unnamed_agrees), once the member is read as the mover rather than a
capitalised verb or the boss hiring elsewhere (tests/test_real_fields_grammar.py). Worded apart
from the labelled sets' rows, with the near miss that stays apart: one named person's move
beside an unnamed group days later."""

from __future__ import annotations

from datetime import timedelta

from storage.db import Database
from tests.test_stories import T0, stories_of_two

DAY = timedelta(days=1)


def test_two_reports_of_one_group_leaving_join(database: Database) -> None:
    first, second = stories_of_two(
        database,
        (
            "a",
            "Top Scientists Keep Quitting Cohere",
            "Cohere is losing its research leaders: it has lost Jane Roe, its now-former head of"
            " retrieval, and John Poe, its now-former director of search.",
            T0,
            "https://a/cohere",
        ),
        (
            "b",
            "Canadian lab Cohere loses key people",
            "Aidan Gomez is trying to hire Google's researchers. Cohere has lost top employees.",
            T0 + 2 * DAY,
            "https://b/cohere",
        ),
    )
    assert first is not None
    assert first == second


def test_one_named_departure_and_a_later_group_stay_apart(database: Database) -> None:
    first, second = stories_of_two(
        database,
        ("c", "Jane Roe leaves Mistral", "Jane Roe has left Mistral AI.", T0, "https://c/roe"),
        ("d", "Mistral loses top AI researchers in Paris", "", T0 + 3 * DAY, "https://d/mistral"),
    )
    assert first != second
