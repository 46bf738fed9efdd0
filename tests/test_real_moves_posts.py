"""Posts and executive hires at organisations, and the action of a pick (sets AA and AB's
misses): "taps" with no origin told picks someone for a post as "names" does, an appointment
(the one picked may already work there), and a "Vice President" is a rank, no employer.
Worded apart from the labelled rows (other organisations, people and posts), with near misses
that must keep their reading: a pick from a named rival is a join, a plain hire a join, and
"taps" of a supplier no move."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a lab picks one of its own for a post: no origin told
            "Mistral AI taps Lorien Vasquez as head of applied research",
            "",
            ("Lorien Vasquez", "appointed", None, "Mistral AI"),
        ),
        (  # the summary names the company; still no origin
            "Halcyon Games taps Oren Battista as chief AI officer",
            "Halcyon Games, the Finnish gaming company behind Frostline, named Oren Battista its "
            "first chief AI officer.",
            ("Oren Battista", "appointed", None, "Halcyon Games"),
        ),
        (  # a chief executive picks for the lab the summary names
            "Hassabis taps Ilya Moreau to lead Gemini post-training",
            "Google DeepMind chief Demis Hassabis has moved Ilya Moreau to a new role running "
            "the Gemini post-training group.",
            ("Ilya Moreau", "appointed", None, "Google DeepMind"),
        ),
        (  # "the former Vice President of its ... division": a rank inside the lab
            "Anthropic names Dana Okafor to lead enterprise AI products",
            "Anthropic has appointed Dana Okafor, the former Vice President of its consumer "
            "division, to run enterprise products.",
            ("Dana Okafor", "appointed", None, "Anthropic"),
        ),
    ],
)
def test_picks_with_no_origin_are_appointments(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a pick from a named rival is a hire from there
            "Mistral AI taps former Meta researcher Lorien Vasquez to lead post-training",
            "",
            ("Lorien Vasquez", "join", "Meta", "Mistral AI"),
        ),
        (  # a plain hire stays a join
            "Mistral AI hires Lorien Vasquez as head of applied research",
            "",
            ("Lorien Vasquez", "join", None, "Mistral AI"),
        ),
    ],
)
def test_near_misses_keep_their_action(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Mistral AI taps Nvidia for its next training cluster", ""),
        ("Halcyon Games taps generative AI to speed up level design", ""),
    ],
)
def test_picks_of_things_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)
