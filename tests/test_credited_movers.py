"""A headline's mover described by what they are credited with ("the engineer behind Copilot's
code search leaves GitHub", "brain behind X's video model quits"): the one behind it is the
subject, named by the summary (jobs/language/triggers.py credited_for), and a quoted "excited to
join" in the summary still names where they go (jobs/language/destinations.py). Worded apart
from the labelled sets' rows, with near misses."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "The engineer behind Copilot's code search leaves GitHub",
            "Dana Okafor said she would take a break.",
            ("Dana Okafor", "leave", "GitHub", None),
        ),
        (
            "Brain behind Kuaishou's video model quits to join the University of Toronto",
            'Jane Roe said she was "thrilled to join" the University of Toronto.',
            ("Jane Roe", "join", "Kuaishou", "University of Toronto"),
        ),
    ],
)
def test_the_one_behind_a_product_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # near misses: money or a company behind something, no person credited
        ("The fund behind Mistral AI joins OpenAI's new round", "Northwind Capital led it."),
        ("The money behind the AI boom leaves Wall Street nervous", "Investors sold shares."),
    ],
)
def test_no_mover_behind_money_or_companies(title: str, summary: str) -> None:
    no_move(title, summary)
