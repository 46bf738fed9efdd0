"""A lab taking a group of people from another lab, nobody named: 'bolsters its team with
<Lab> researchers', 'pulls top talent from <Lab>'. Worded apart from the labelled sets (other
labs and phrasings), each with near misses that stay no moves."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the group named by the lab it comes from, right before it
            "Amazon strengthens its robotics group with Tesla engineers",
            (None, "poach", "Tesla", "Amazon"),
        ),
        (  # counted and former: still whose people they were
            "Nvidia expands research team with four former OpenAI scientists",
            (None, "poach", "OpenAI", "Nvidia"),
        ),
        (  # a lab of several words
            "Apple beefs up its models unit with Allen Institute for AI researchers",
            (None, "poach", "Allen Institute for AI", "Apple"),
        ),
    ],
)
def test_a_team_grown_with_another_labs_people(title: str, expected: Move) -> None:
    assert event_of(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Anthropic plucks two senior engineers from Google",
            (None, "poach", "Google DeepMind", "Anthropic"),
        ),
        (  # a company on no list, named with its ending
            "Meta Pulls Top AI Researchers From Speech Startup Kestrel Labs",
            (None, "poach", "Kestrel Labs", "Meta"),
        ),
    ],
)
def test_a_group_pulled_from_another_lab(title: str, expected: Move) -> None:
    assert event_of(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # a lab's work helped by a counted group whose old lab is named before it
            "Anthropic's chip effort gets a big boost from five former Google engineers",
            (None, "poach", "Google DeepMind", "Anthropic"),
        ),
        (
            "Meta's glasses unit receives boost from 25 ex-Samsung hires",
            (None, "poach", "Samsung", "Meta"),
        ),
    ],
)
def test_a_boost_from_another_labs_people(title: str, expected: Move) -> None:
    assert event_of(title, "") == expected


@pytest.mark.parametrize(
    "title",
    [
        "Anthropic's chip effort gets a big boost from Google deal",  # no people
        "Apple stock gets boost from 40 new hires",  # from no other lab
        "Nvidia gets a boost from Google engineers' praise",  # what the group says
        "Google pulls its engineers from Hume AI project",  # its own people withdrawn
        "Amazon strengthens its robotics group with Tesla partnership",  # no people
        "Amazon strengthens its robotics group with help from Tesla engineers",  # help, not hires
        "Amazon grows its robotics group with Amazon engineers",  # its own people
        "Anthropic pulls its ads from Google",  # no group pulled
        "Anthropic draws criticism from Google engineers",  # the group is not the object
        "Meta pulls top talent from across its divisions",  # from no company
        "Does Meta pull top talent from OpenAI?",  # asked
    ],
)
def test_near_misses_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move
