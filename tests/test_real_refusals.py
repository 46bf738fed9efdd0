"""Refusals for shapes of real headlines that name a move and report none (the false moves of
the real sets, December 7): an answer to a report of a move, a hiring drive for people in
general, a move participle describing the people another verb acts on, a piece gathering moves
(a guide, a timeline, a list), and a condition said by inversion, 'in case', 'supposing' or
'should'. Worded apart from the labelled sets (other people, labs and phrasings); each shape has
moves worded like it that must stay moves."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    "title",
    [
        # an answer to a report: the news is the answer
        "Google's Research Head Lars Ek Answers Rumours of Him Possibly Quitting",
        "Anthropic's Priya Nand reacts to reports she is leaving for Google",
        "Nvidia's Omar Vale comments on rumours he is joining Meta",
        # a hiring drive: a bare plural, people in general
        "Mistral AI hires robotics engineers in Paris and Munich",
        "Google recruits chip designers across Taiwan and Israel",
        # a move participle describing whom another verb acts on
        "Oracle's Ted Brandt Opens Doors to Exiting Google Engineers After Layoffs",
        "Cisco's Hal Berg Reaches Out to Exiting Amazon Scientists",
        # a piece gathering moves
        "Timeline: the executives leaving Apple for Meta",
        "A guide to the Google veterans quitting to found their own startups",
        "The list of Cohere researchers leaving for Microsoft",
        "Roundup: the Meta scientists quitting for startups",
        # a condition: inversion, 'in case', 'supposing', 'should'
        "Should Lars Ek leave Google, its research would suffer",
        "Were Priya Nand to quit Nvidia, its stock would drop, analysts say",
        "In case Omar Vale leaves OpenAI, investors want a plan",
        "Supposing Ted Brandt joins Microsoft, what happens to Oracle",
        "Ted Brandt should join Microsoft, investors say",
    ],
)
def test_refused_shapes_report_no_move(title: str) -> None:
    assert no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Meta's AI chief Lars Ek responds to reports and confirms he is leaving Meta",
            ("Lars Ek", "leave", "Meta", None),
        ),
        ("Priya Nand leaves Nvidia, responds to critics", ("Priya Nand", "leave", "Nvidia", None)),
        (
            "Meta hires OpenAI researchers for its superintelligence lab",
            (None, "poach", "OpenAI", "Meta"),
        ),
        ("xAI hires engineers from Tesla", (None, "poach", "Tesla", "xAI")),
        ("Nvidia hires three Google researchers", (None, "poach", "Google DeepMind", "Nvidia")),
        ("Departing OpenAI researchers join Salesforce", (None, "poach", "OpenAI", "Salesforce")),
        ("Salesforce hires departing OpenAI researchers", (None, "poach", "OpenAI", "Salesforce")),
        (
            "Guide author Omar Vale leaves OpenAI for Anthropic",
            ("Omar Vale", "join", "OpenAI", "Anthropic"),
        ),
        (
            "Map app pioneer Ted Brandt joins Google DeepMind",
            ("Ted Brandt", "join", None, "Google DeepMind"),
        ),
        (
            "Omar Vale, who should have stayed, joins Anthropic",
            ("Omar Vale", "join", None, "Anthropic"),
        ),
        (
            "Priya Nand, who had led Nvidia's robotics work, joins OpenAI",
            ("Priya Nand", "join", "Nvidia", "OpenAI"),
        ),
        (
            "In a case against Meta, former engineer Lars Ek joins OpenAI",
            ("Lars Ek", "join", "Meta", "OpenAI"),
        ),
    ],
)
def test_moves_worded_like_them_stay_moves(title: str, expected: Move) -> None:
    assert event_of(title) == expected
