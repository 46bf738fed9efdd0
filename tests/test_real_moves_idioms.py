"""Moves told with an idiom or a copula the gloss (jobs/language/gloss.py) did not read: German
"kehrt X den Rücken" (turns its back on X) and "ist neuer X-Chef bei Y", French "prend la tête
de" and "lance sa propre start-up", Japanese "XのCEOを退任" (steps down as X's CEO); the German
perfect "A hat X von B abgeworben" (A poached X from B, not a passive) and Portuguese "assume a
presidência da" (takes up a post). Worded apart from the labelled sets, each with near misses
that must stay no moves."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Lukas Brandt kehrt Nvidia den Rücken", ("Lukas Brandt", "leave", "Nvidia", None)),
        (  # the past tense, a role before the name
            "KI-Forscherin Sabine Roth kehrte Anthropic den Rücken",
            ("Sabine Roth", "leave", "Anthropic", None),
        ),
        ("Lukas Brandt ist neuer KI-Chef bei Intel", ("Lukas Brandt", "appointed", None, "Intel")),
        (
            "Hélène Marchand prend la tête de la recherche de Cohere",
            ("Hélène Marchand", "appointed", None, "Cohere"),
        ),
        (
            "Hélène Marchand lance sa propre start-up après avoir quitté Cohere",
            ("Hélène Marchand", "found", "Cohere", None),
        ),
        ("Lena Park氏がIntelのCEOを辞任", ("Lena Park", "leave", "Intel", None)),
        ("Lena Park氏がIntelのCTOを退任", ("Lena Park", "leave", "Intel", None)),
    ],
)
def test_idioms_of_moving(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Die Fans kehren dem Stadion den Rücken",  # a place, after its article
        "Das Team kehrt dem Winter den Rücken",  # a season: no company's word, no name
        "Sie ist neuer Rekordhalterin bei den Olympischen Spielen",  # a record, no post
        "Le Stade Rennais prend la tête du championnat",  # a league table, no person
        "Mistral AI lance un nouveau modèle",  # a product launched, no company founded
        "Lena Park氏、IntelのCEO退任を否定",  # a denial of stepping down
        "IntelのCEOを退任したLena Park氏にインタビュー",  # an interview with one who left before
    ],
)
def test_idiom_near_misses_stay_no_moves(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the perfect: the subject poached, the lab after 'von' is the one poached from
            "Anthropic hat Felix Krause von Nvidia abgeworben",
            ("Felix Krause", "join", "Nvidia", "Anthropic"),
        ),
        (  # the passive keeps its agent as the one who poached
            "Felix Krause wurde von Anthropic abgeworben",
            ("Felix Krause", "join", None, "Anthropic"),
        ),
        (  # Portuguese 'assume' a post: takes it up (Italian 'assume' hires)
            "Beatriz Lima assume a presidência da Intel",
            ("Beatriz Lima", "appointed", None, "Intel"),
        ),
        ("Beatriz Lima assume o comando da Cohere", ("Beatriz Lima", "appointed", None, "Cohere")),
    ],
)
def test_perfect_and_posts_taken(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Hat Anthropic Felix Krause von Nvidia abgeworben?",  # a question
        "O Palmeiras assume o comando do campeonato",  # a league's lead, no person
        "A Intel assume a liderança do mercado de chips",  # a market's lead
    ],
)
def test_perfect_and_post_near_misses_stay_no_moves(title: str) -> None:
    no_move(title)
