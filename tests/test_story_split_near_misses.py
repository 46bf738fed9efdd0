"""Genuinely different events that clustering keeps apart however alike their reports are,
now that departures are told again up to EXIT_RETOLD and unnamed reports writing the mover
join the named story (jobs/stories/scoring.py): a chief fired, a stand-in named and the
chief's return within days; two people joining one lab on one day; one person's two moves
months apart; a departure and a join twelve days later. Worded apart from the labelled
sets' rows."""

from __future__ import annotations

from datetime import timedelta

from storage.db import Database
from tests.test_stories import T0, add_entries, analyze, story_of

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def test_a_firing_a_stand_in_and_the_return_are_three_events(database: Database) -> None:
    add_entries(
        database,
        ("a", "Cohere fires CEO Hannah Okafor", "The board removed Okafor.", T0, "https://a/f"),
        (
            "b",
            "Cohere names Piotr Wrobel interim CEO",
            "Piotr Wrobel takes over after the board fired Hannah Okafor.",
            T0 + 20 * HOUR,
            "https://b/interim",
        ),
        (
            "c",
            "Hannah Okafor returns to Cohere as CEO",
            "Days after her firing, Okafor is back at the helm of Cohere.",
            T0 + 4 * DAY,
            "https://c/back",
        ),
        (
            "d",
            "Cohere reinstates Hannah Okafor as chief executive",
            "The board reversed its decision.",
            T0 + 4 * DAY + 3 * HOUR,
            "https://d/back",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://c/back"] == found["https://d/back"]
    assert len({found["https://a/f"], found["https://b/interim"], found["https://c/back"]}) == 3


def test_two_people_joining_one_lab_on_one_day_are_two_events(database: Database) -> None:
    add_entries(
        database,
        ("a", "Hannah Okafor joins Mistral AI from Cohere", "", T0, "https://a/okafor"),
        ("b", "Piotr Wrobel joins Mistral AI from Cohere", "", T0 + 2 * HOUR, "https://b/w"),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/okafor"] is not None
    assert found["https://a/okafor"] != found["https://b/w"]


def test_one_persons_two_moves_months_apart_are_two_events(database: Database) -> None:
    add_entries(
        database,
        ("a", "Hannah Okafor leaves Cohere", "Okafor led research.", T0, "https://a/left"),
        (
            "b",
            "Hannah Okafor leaves Mistral AI",
            "Okafor joined Mistral in the spring.",
            T0 + 120 * DAY,
            "https://b/left",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/left"] is not None
    assert found["https://a/left"] != found["https://b/left"]


def test_a_departure_and_a_join_twelve_days_later_are_two_events(database: Database) -> None:
    add_entries(
        database,
        ("a", "Hannah Okafor leaves Cohere", "Okafor led research.", T0, "https://a/left"),
        (
            "b",
            "Mistral AI hires Hannah Okafor",
            "Okafor, who left Cohere, joins Mistral's research team.",
            T0 + 12 * DAY,
            "https://b/joined",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/left"] is not None
    assert found["https://a/left"] != found["https://b/joined"]
