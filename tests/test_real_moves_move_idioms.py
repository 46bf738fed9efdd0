"""Move verbs told as idioms or in shapes the subject and object rules did not read: a verb in
quote marks of its own ('Acme "steals" ...'), a notable person the object does not name ("a
key figure", "another big name"), German "arbeitet jetzt bei" (now works at); and the mover's name
ending wrongly: a Title Case verb after it ("... Announced his Departure") or a product between
a lab and a role noun ("poaches Intel Alder Lake Architect"). Worded apart from the labelled
sets, each with near misses that must keep their reading."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the verb in quote marks of its own
            'Nvidia "steals" a key figure from Intel for its CPU plans',
            "",
            (None, "join", "Intel", "Nvidia"),
        ),
        ("Meta \u2018poaches\u2019 a top OpenAI researcher", "", (None, "join", "OpenAI", "Meta")),
        ("Meta 'poaches' a top OpenAI researcher", "", (None, "join", "OpenAI", "Meta")),
        (
            "Microsoft lands a big name from Google",
            "",
            (None, "join", "Google DeepMind", "Microsoft"),
        ),
        (
            "Anthropic Adds Another Big Name To Its Roster",
            "Jane Roe, formerly of Google, joined Anthropic this week.",
            ("Jane Roe", "join", "Google DeepMind", "Anthropic"),
        ),
        (
            "Ilya Sutskever arbeitet jetzt bei Google",
            "",
            ("Ilya Sutskever", "join", None, "Google DeepMind"),
        ),
        ("Lena Park arbeitet nun bei OpenAI", "", ("Lena Park", "join", None, "OpenAI")),
    ],
)
def test_move_idioms_read(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Cerebras Systems picks up the pace on wafer-scale chips", ""),
        ("Cisco Systems brings in revenue from AI networking", ""),
        ('Apple "steals" the show at WWDC with new AI features', ""),
        ("Nvidia steals the show at Computex", ""),
        ("Apple \u2018steals\u2019 the show at WWDC", ""),
        ("Microsoft 'hires' an AI agent as an employee", ""),
        ("OpenAI adds big name partners to its enterprise program", ""),
        ("Anthropic adds features to Claude", ""),
        ("Users of ChatGPT jump ship to Claude", ""),  # users, no post
        ("Customers jump ship from Google to Anthropic", ""),
        ("So arbeitet jetzt das Team bei OpenAI", ""),  # how a team works, no one's move
        ("Warum Yann LeCun nicht mehr bei Meta arbeitet", ""),
    ],
)
def test_move_idiom_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a Title Case verb before 'his' ends the name
            "Cohere's Chief Scientist Jane Roe Announced her Departure",
            "",
            ("Jane Roe", "leave", "Cohere", None),
        ),
        (
            "Meta's Chief AI Scientist Lena Park Announced Her Exit",
            "",
            ("Lena Park", "leave", "Meta", None),
        ),
        (  # a product between a lab and a role noun: the summary names the one hired
            "Apple Poaches Intel Raptor Cove Architect",
            "Apple has hired Tomas Berg, who led the design of Intel's newest cores.",
            ("Tomas Berg", "join", "Intel", "Apple"),
        ),
        (
            "Meta Poaches Google Nest Hub Designer",
            "Meta has hired Lena Park away from Google.",
            ("Lena Park", "join", "Google DeepMind", "Meta"),
        ),
    ],
)
def test_mover_names_end_right(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the role before the name: the name is the one hired
        ("Meta Poaches Apple Designer Alan Dye", ("Alan Dye", "join", "Apple", "Meta")),
        # the lab does not open the object: the name after it is the one given a post
        (
            "Anthropic names ex-Meta researcher Luca Bianchi head of safety",
            ("Luca Bianchi", "join", "Meta", "Anthropic"),
        ),
        # a two-word name before 'his': nothing cut
        ("Jane Roe Ends His Run at OpenAI", ("Jane Roe", "leave", "OpenAI", None)),
    ],
)
def test_mover_name_near_misses_keep_their_reading(title: str, expected: Move) -> None:
    assert event_of(title) == expected
