"""Shapes that the held-out real sets (D, E) showed the rules missed: an unnamed role leaving
for a reason told in title case, and the commonest move verbs of Spanish, Portuguese, Italian
and French outlets. Worded apart from the labelled sets."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # a reason in title case after the verb is not the thing left
            "Anthropic Policy Chief Quits Over Defense Department Deal",
            (None, "leave", "Anthropic", None),
        ),
        (
            "Meta Safety Lead Departs Following Congress Hearing",
            (None, "leave", "Meta", None),
        ),
        ("Lucía Romero dimite de Cohere", ("Lucía Romero", "leave", "Cohere", None)),
        (
            "Claire Dubois quitte Google DeepMind",
            ("Claire Dubois", "leave", "Google DeepMind", None),
        ),
        ("Claire Dubois rejoint Anthropic", ("Claire Dubois", "join", None, "Anthropic")),
        ("Lucía Romero se une a xAI", ("Lucía Romero", "join", None, "xAI")),
        ("Cohere ficha a Lucía Romero", ("Lucía Romero", "join", None, "Cohere")),
        ("Mistral AI recrute Claire Dubois", ("Claire Dubois", "join", None, "Mistral AI")),
    ],
)
def test_heldout_shapes(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Jane Doe Leaves The White House After Two Years",
        "Priya Nair joins the State Department",
        "Don't assume OpenAI will win the race",
    ],
)
def test_public_bodies_and_english_homographs_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move
