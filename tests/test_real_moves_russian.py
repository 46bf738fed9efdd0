"""Moves told in Russian (jobs/language/russian.py): past forms in each gender, the present and
the future, roles in the instrumental and a lab's genitive, names in Cyrillic written in Latin
letters (in the nominative after a verb of hiring), the spelling an outlet gives in brackets.
Worded apart from the labelled sets, with rumours, denials, interviews and products that must
stay no moves."""

from __future__ import annotations

import pytest

from jobs.language.russian import romanise
from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Глеб Воронин покинул Anthropic", ("Gleb Voronin", "leave", "Anthropic", None)),
        ("Ольга Белова покинула Nvidia", ("Olga Belova", "leave", "Nvidia", None)),
        (  # leaving one lab for another: 'из' the origin, 'в' the destination
            "Глеб Воронин ушёл из Meta в Cohere",
            ("Gleb Voronin", "join", "Meta", "Cohere"),
        ),
        ("Ольга Белова ушла из Microsoft", ("Olga Belova", "leave", "Microsoft", None)),
        ("Ольга Белова перешла в Mistral AI", ("Olga Belova", "join", None, "Mistral AI")),
        ("Глеб Воронин перешел из Apple в xAI", ("Gleb Voronin", "join", "Apple", "xAI")),
        ("Глеб Воронин присоединился к Perplexity", ("Gleb Voronin", "join", None, "Perplexity")),
        (  # a role in the instrumental, the lab in the genitive after it
            "Ольга Белова назначена техническим директором Anthropic",
            ("Olga Belova", "appointed", None, "Anthropic"),
        ),
        ("Глеб Воронин уволен из Meta", ("Gleb Voronin", "fired", "Meta", None)),
        (
            "Ольга Белова возглавила исследования в Nvidia",
            ("Olga Belova", "appointed", None, "Nvidia"),
        ),
        (  # the copula left out, a dash in its place
            "Глеб Воронин — новый генеральный директор Cohere",
            ("Gleb Voronin", "appointed", None, "Cohere"),
        ),
        (  # a name after a verb of hiring is in the accusative, reported in the nominative
            "Anthropic наняла бывшего инженера Apple Ольгу Белову",
            ("Olga Belova", "join", "Apple", "Anthropic"),
        ),
        ("Meta переманила Дмитрия Зуева из OpenAI", ("Dmitry Zuev", "join", "OpenAI", "Meta")),
        (  # the spelling in Latin letters the outlet gives in brackets
            "Джон Смит (John Smyth) покинул Cohere",
            ("John Smyth", "leave", "Cohere", None),
        ),
        ("Ольга Белова основала стартап", ("Olga Belova", "found", None, None)),
    ],
)
def test_russian_moves(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Глеб Воронин может покинуть Anthropic",  # a possibility
        "Ольга Белова опровергла слухи о переходе в Meta",  # a denial of a rumour
        "Глеб Воронин не покидает Anthropic",  # a negation
        "Интервью: Ольга Белова о работе в Nvidia",  # an interview
        "Anthropic выпустила новую модель",  # a product
        "Курс рубля покинул коридор",  # no person, no lab
    ],
)
def test_russian_near_misses_stay_no_moves(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Илья Суцкевер", "Ilya Sutskever"),
        ("Пётр Фёдоров", "Pyotr Fyodorov"),
        ("Дмитрий Юрьев", "Dmitry Yurev"),
        ("Мария Щукина", "Maria Shchukina"),
    ],
)
def test_romanised_as_the_press_writes_russian_names(cyrillic: str, latin: str) -> None:
    assert " ".join(romanise(w) for w in cyrillic.split()) == latin
