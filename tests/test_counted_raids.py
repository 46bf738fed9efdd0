"""Raids and departures of a counted group told in shapes the finder missed: a lab's own head
taking another lab's counted people ("<Lab>'s AI boss poaches two <Lab2> scientists", "raided
<Lab2>"), and a counted group of a lab's unit leaving ("four members of the <Lab> AI department
have resigned"). Worded apart from the labelled sets, with near misses that must stay no move:
trends nobody counts, hiring sprees and a lab's own hires, a former head's raid, a count of
layoffs and tallies over a span."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a lab's head takes another lab's counted people: the lab's raid, nobody named
        (
            "Cohere's AI chief poaches two Mistral AI scientists",
            "",
            (None, "poach", "Mistral AI", "Cohere"),
        ),
        (
            "Microsoft AI CEO Mustafa Suleyman hires three Google DeepMind researchers",
            "",
            (None, "poach", "Google DeepMind", "Microsoft"),
        ),
        (
            "Meta CEO Mark Zuckerberg has poached four researchers from OpenAI",
            "",
            (None, "poach", "OpenAI", "Meta"),
        ),
        # a named founder acts for the lab they lead, not the one they came from
        (
            "Former OpenAI CTO Mira Murati poaches two Meta researchers",
            "",
            (None, "poach", "Meta", "Thinking Machines Lab"),
        ),
        # a lab's head raiding another lab, the lab the whole object
        (
            "Amazon's AI boss just raided Anthropic — he lured two engineers who built its agent",
            "",
            (None, "poach", "Anthropic", "Amazon"),
        ),
        (
            "Nvidia's research chief raids Cohere for talent",
            "",
            (None, "poach", "Cohere", "Nvidia"),
        ),
        # a counted group of a lab's unit leaving: the group moves, the unit says whose
        (
            "At least three senior members of the Apple AI department have resigned in recent "
            "months",
            "",
            (None, "leave", "Apple", None),
        ),
        ("Two members of the Cohere research group quit", "", (None, "leave", "Cohere", None)),
        (
            "Four scientists of the Apple machine learning division departed",
            "",
            (None, "leave", "Apple", None),
        ),
    ],
)
def test_counted_groups_move(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a lab's head hiring for growth or with nobody counted: no raid
        ("Meta's AI chief hires 50 engineers for a new superintelligence team", ""),
        ("Anthropic's CEO is hiring hundreds of researchers", ""),
        ("Meta's AI chief poaches OpenAI talent", ""),
        ("Meta's AI chief could poach three OpenAI researchers", ""),
        ("Former OpenAI CTO poaches two OpenAI researchers", ""),
        ("Google veteran Dana Reyes hires three Meta engineers", ""),
        ("Cohere co-founder Dana Reyes hires two Mistral AI researchers", ""),
        ("Microsoft's AI boss praises Google's podcast tool", ""),
        # a lab that could lose people
        ("Cohere could lose three researchers to Anthropic", ""),
        # trends nobody counts
        ("Why is everyone leaving Cohere?", ""),
        ("Cohere is losing engineers to Anthropic in a talent war", ""),
        # a tally over a span, and a count of layoffs
        ("Four members of Cohere's AI team have resigned in six days", ""),
        ("Cohere lays off three members of its AI team", ""),
    ],
)
def test_near_misses_stay_no_move(title: str, summary: str) -> None:
    assert no_move(title, summary)


def test_a_single_head_of_a_unit_keeps_its_reading() -> None:
    assert event_of("The head of Cohere's AI department has resigned") == (
        None,
        "leave",
        "Cohere",
        None,
    )
