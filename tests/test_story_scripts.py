"""One departure split over two stories because one report wrote the mover in another script and
the classifier spelled the name in Latin letters otherwise than the outlets that write it in
Latin ("Тими Вальен" read as "Timi Valen", beside "Timo Vahlen"): jobs/stories/movers.py
romanised, spelled_alike; jobs/stories/scoring.py spelled_from_script. Worded apart from the
labelled sets' rows, with near misses that stay apart."""

from __future__ import annotations

from datetime import timedelta

from jobs.stories.movers import romanised
from jobs.stories.scoring import name_match, spelled_alike
from storage.db import Database
from tests.test_stories import T0, add_entries, analyze, stories_of_two, story_of

HOUR = timedelta(hours=1)

# the mover written in Cyrillic: the classifier spells "Timi Valen"
CYRILLIC = (
    "a",
    "Ведущий инженер Anthropic Тими Вальен покинул компанию",
    "Тими Вальен объявил об уходе из Anthropic.",
    T0,
    "https://a/cyrillic",
)
LATIN = (
    "b",
    "Anthropic engineer Timo Vahlen leaves the company",
    "Timo Vahlen, who built Anthropic's evaluation tooling, has left.",
    T0 + 3 * HOUR,
    "https://b/latin",
)


def test_names_spelled_from_another_script() -> None:
    assert spelled_alike("Timi Valen", "Timo Vahlen")
    # another first letter, a surname under four letters, or a given name two letters off
    assert not spelled_alike("Timi Valen", "Kimo Vahlen")
    assert not spelled_alike("Timi Vale", "Timo Val")
    assert not spelled_alike("Tomas Valen", "Timo Vahlen")
    assert not spelled_alike("Valen", "Vahlen")
    # the name as the classifier spelled it is not in a text written in Cyrillic
    assert romanised("Timi Valen", f"{CYRILLIC[1]} {CYRILLIC[2]}")
    assert not romanised("Timo Vahlen", f"{LATIN[1]} {LATIN[2]}")
    assert not romanised("Zoë Brandt", "Zoë Brandt quitte Mistral")  # written in Latin letters


def test_a_name_from_another_script_joins_its_latin_spelling(database: Database) -> None:
    first, second = stories_of_two(database, CYRILLIC, LATIN)
    assert first is not None and first == second


def test_the_latin_report_first_is_joined_too(database: Database) -> None:
    earlier = (*LATIN[:3], T0 - 2 * HOUR, LATIN[4])
    first, second = stories_of_two(database, earlier, CYRILLIC)
    assert first is not None and first == second


def test_two_latin_names_one_letter_apart_stay_two_people(database: Database) -> None:
    other = (
        "c",
        "Anthropic engineer Timi Valen leaves the company",
        "Timi Valen, who ran Anthropic's data pipelines, has left.",
        T0,
        "https://c/other",
    )
    first, second = stories_of_two(database, other, LATIN)
    assert first is not None and second is not None and first != second


def test_a_name_from_another_script_further_off_stays_apart(database: Database) -> None:
    further = (
        "d",
        "Ведущий инженер Anthropic Томас Вальен покинул компанию",
        "Томас Вальен объявил об уходе из Anthropic.",
        T0,
        "https://d/further",
    )
    first, second = stories_of_two(database, further, LATIN)
    assert first is not None and second is not None and first != second


# --- a mover named in the same words by one story, by the same surname by another
# (scoring.name_match, in placing.Clusterer.best_match)


def test_name_match_compares_the_words_of_two_names() -> None:
    assert name_match("Oliver Grant", "Grant Oliver") == 1
    assert name_match("Oliver Grant", "Anna Grant") == -1
    assert name_match("Grant", "Anna Grant") == 0
    assert name_match(None, "Anna Grant") == 0


def test_the_story_of_the_same_name_before_another_of_the_same_surname(
    database: Database,
) -> None:
    add_entries(
        database,
        (
            "a",
            "Stanford's youngest physicist Anna Grant joins Anthropic",
            "Anna Grant, a string theorist, has joined Anthropic.",
            T0,
            "https://a/anna",
        ),
        (
            "b",
            "Grant Oliver moves from Stanford to Anthropic",
            "The physicist Grant Oliver has moved to Anthropic from Stanford.",
            T0 + HOUR,
            "https://b/grant-oliver",
        ),
        (
            "c",
            "Stanford's youngest physicist Oliver Grant joins Anthropic",
            "Oliver Grant, a physicist, has joined Anthropic.",
            T0 + 2 * HOUR,
            "https://c/oliver-grant",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://b/grant-oliver"] != found["https://a/anna"]
    assert found["https://c/oliver-grant"] == found["https://b/grant-oliver"]
