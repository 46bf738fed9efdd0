"""Founders named in full as hirers (set AF's misses): a lab's founder named in full who hires
someone ("Paul Allen hires X") hires for the lab they founded (labs.LAB_FOUNDERS), as a
founder's surname alone already did ("Zuckerberg taps X"). Worded apart from the labelled rows
(other founders and people), with near misses that must stay no moves: a founder praising
someone, a founder's plan to hire, and a person who founded no listed lab hiring."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Liang Wenfeng Hires Jane Roe for New Reasoning Push",
            "The founder has tapped a well-known professor to lead a new research group.",
            ("Jane Roe", "join", None, "DeepSeek"),
        ),
        (  # a pick with no origin is an appointment, as "Zuckerberg taps X" is
            "Mira Murati taps Jane Roe to lead new lab",
            "",
            ("Jane Roe", "appointed", None, "Thinking Machines Lab"),
        ),
    ],
)
def test_founders_hiring_for_their_lab(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Liang Wenfeng praises Jane Roe for new reasoning work", ""),
        ("Liang Wenfeng plans to hire Jane Roe", ""),
        ("Karl Brenner hires Jane Roe for new AI push", ""),
    ],
)
def test_founder_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert no_move(title, summary)
