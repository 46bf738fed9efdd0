"""One departure split over two stories because one report wrote the mover in another script and
the classifier spelled the name in Latin letters otherwise than the outlets that write it in
Latin ("Тими Вальен" read as "Timi Valen", beside "Timo Vahlen"): jobs/stories/movers.py
romanised, spelled_alike; jobs/stories/scoring.py spelled_from_script. Worded apart from the
labelled sets' rows, with near misses that stay apart."""

from __future__ import annotations

from datetime import timedelta

from jobs.stories.movers import romanised
from jobs.stories.scoring import spelled_alike
from storage.db import Database
from tests.test_stories import T0, stories_of_two

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
