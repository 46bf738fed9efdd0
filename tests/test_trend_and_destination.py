"""Three small classes: a nameless wave of people leaving is a trend; a start-up described
by its founder's former employer is not that employer; a university is where a lab person
goes when the move is told as joining it."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("A fresh wave of machine learning veterans walks out of big tech", ""),
        ("Deep learning scientists keep leaving", "The departures continue this year."),
        ("Another batch of AI experts leaves the tech giants", ""),
        ("又一波AI大佬从大厂离职", "大厂研究员离职潮仍在继续。"),  # another wave of AI veterans
    ],
)
def test_nameless_wave_of_leavers_is_a_trend(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("Mistral loses four researchers", "", (None, "leave", "Mistral AI", None)),
        ("Four senior researchers leave", "", (None, "leave", None, None)),  # a count
        (  # the lab is named in the summary: its people leaving is its news
            "Senior engineers keep leaving",
            "Anthropic has lost staff this month.",
            (None, "leave", "Anthropic", None),
        ),
    ],
)
def test_counted_or_placed_group_still_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected
