"""A group leaving a lab told twice, one report naming a member from its summary: one story
(jobs/stories/scoring.py unnamed_agrees), once the member is read as the mover rather than a
capitalised verb or the boss hiring elsewhere (tests/test_real_fields_grammar.py). Worded apart
from the labelled sets' rows, with the near miss that stays apart: one named person's move
beside an unnamed group days later."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from storage.db import Database
from storage.models import Entry
from tests.test_stories import T0, add_entries, analyze

DAY = timedelta(days=1)


def story_of(db: Database) -> dict[str, str | None]:
    """Entry URL → its story id."""
    with db.session() as s:
        return {str(url): sid for url, sid in s.execute(select(Entry.url, Entry.story_id))}


def test_two_reports_of_one_group_leaving_join(database: Database) -> None:
    add_entries(
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
    analyze(database)
    found = story_of(database)
    assert found["https://a/cohere"] is not None
    assert found["https://a/cohere"] == found["https://b/cohere"]


def test_one_named_departure_and_a_later_group_stay_apart(database: Database) -> None:
    add_entries(
        database,
        ("c", "Jane Roe leaves Mistral", "Jane Roe has left Mistral AI.", T0, "https://c/roe"),
        ("d", "Mistral loses top AI researchers in Paris", "", T0 + 3 * DAY, "https://d/mistral"),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://c/roe"] != found["https://d/mistral"]
