"""A report not read as a move and naming nobody, of a story whose headlines do not name the mover
either (only its summary does): the same news day, both labs of the move, no lab outside the
story, words that tell the story's action, and no one else's news (jobs/stories/scoring.py
tells_unnamed). Worded apart from the labelled sets' rows, with near misses that stay apart."""

from __future__ import annotations

from datetime import timedelta

from storage.db import Database
from tests.test_stories import T0, stories_of_two

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)

# the mover only in the summary: the headline tells the hire unnamed
UNTITLED = (
    "a",
    "Perplexity launches a search lab led by a former Google engineer",
    "Perplexity is launching a new search research lab under former Google staff engineer Marta"
    " Lindqvist, the company said.",
    T0,
    "https://a/untitled",
)
TITLED = (
    "b",
    "Marta Lindqvist to lead Perplexity search lab",
    "Perplexity is launching a new search research lab under former Google staff engineer Marta"
    " Lindqvist.",
    T0,
    "https://b/titled",
)
VAGUE = (
    "c",
    "Perplexity enters the search race with ex-Google engineer",
    "Perplexity is the latest startup joining the search race, as a former Google engineer says"
    " she is building its lab.",
    T0 + 3 * HOUR,
    "https://c/vague",
)


def test_an_unnamed_telling_joins_a_story_told_unnamed(database: Database) -> None:
    first, second = stories_of_two(database, UNTITLED, VAGUE)
    assert first is not None and first == second


def test_days_later_it_stays_apart(database: Database) -> None:
    later = (*VAGUE[:3], T0 + 3 * DAY, VAGUE[4])
    first, second = stories_of_two(database, UNTITLED, later)
    assert first is not None and first != second


def test_a_group_stays_apart(database: Database) -> None:
    group = (
        "d",
        "Perplexity enters the search race with more ex-Google engineers",
        "Perplexity is the latest startup joining the search race, as former Google engineers say"
        " they are building its lab.",
        T0 + 3 * HOUR,
        "https://d/group",
    )
    first, second = stories_of_two(database, UNTITLED, group)
    assert first is not None and first != second


def test_another_hire_stays_apart(database: Database) -> None:
    another = (*VAGUE[:1], "Perplexity enters the search race with another ex-Google engineer")
    first, second = stories_of_two(
        database, UNTITLED, (*another, VAGUE[2], VAGUE[3], "https://e/another")
    )
    assert first is not None and first != second


def test_a_story_whose_headline_names_the_mover_is_not_joined(database: Database) -> None:
    # the named headline tells of its mover: a report naming nobody is left to the other rules
    first, second = stories_of_two(database, TITLED, VAGUE)
    assert first is not None and first != second
