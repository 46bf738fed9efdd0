"""Shapes that the real set K showed the rules missed or misread: companies outside the largest
US labs (autonomous driving and robotics, European and Canadian institutes, Korean labs) named
as where a mover goes or comes from, a company named with its owner before it ("GM's Cruise"),
hiring verbs of the trade press ("ropes in", "reels in"). Worded apart from the labelled set
(other people, companies and phrasings), each with near misses that stay no moves."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Waymo's head of perception Lena Brooks leaves for Zoox",
            ("Lena Brooks", "join", "Waymo", "Zoox"),
        ),
        (
            "Boston Dynamics CTO Tom Reyes steps down",
            ("Tom Reyes", "leave", "Boston Dynamics", None),
        ),
        (
            "General Motors hires Cruise engineering lead Lena Brooks",
            ("Lena Brooks", "join", "Cruise", "General Motors"),
        ),
        ("Former Xpeng AI chief Tom Reyes joins Nvidia", ("Tom Reyes", "join", "Xpeng", "Nvidia")),
        ("Helsing hires Meta researcher Lena Brooks", ("Lena Brooks", "join", "Meta", "Helsing")),
        ("Mila names Tom Reyes as executive director", ("Tom Reyes", "appointed", None, "Mila")),
        (
            "Wayve hires former Tesla Autopilot engineer Tom Reyes",
            ("Tom Reyes", "join", "Tesla", "Wayve"),
        ),
        (
            "Naver hires Google researcher Lena Brooks",
            ("Lena Brooks", "join", "Google DeepMind", "Naver"),
        ),
    ],
)
def test_companies_beyond_the_largest_labs(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Tom Cruise joins the cast of an AI thriller",  # a person, not the company
        "GM recalls 500 Cruise robotaxis after a crash",  # no move verb
        "Aurora launches driverless trucks in Texas",  # a company's launch
        "Mila Kunis joins the board of an AI startup",  # a seat, and no company
        "Microsoft names Tom Reyes GM of Copilot",  # a general manager, as before: no role read
    ],
)
def test_company_near_misses_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the owner's possessive describes the company the mover works at
        ("Tom Reyes steps down as CEO of Alphabet's Waymo", ("Tom Reyes", "leave", "Waymo", None)),
        (
            "Lena Brooks quits Tesla to join Amazon's self-driving Zoox unit",
            ("Lena Brooks", "join", "Tesla", "Zoox"),
        ),
        # the same lab written twice is still that lab
        ("Google's DeepMind hires Tom Reyes", ("Tom Reyes", "join", None, "Google DeepMind")),
    ],
)
def test_an_owner_before_the_company(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Zoox Ropes In Former Cruise Safety Chief Tom Reyes",
            ("Tom Reyes", "join", "Cruise", "Zoox"),
        ),
        (
            "Waymo reels in former Tesla Autopilot lead Lena Brooks",
            ("Lena Brooks", "join", "Tesla", "Waymo"),
        ),
    ],
)
def test_hiring_verbs_of_the_trade_press(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    ["Cohere ropes in investors for a new round", "Meta reels in record ad revenue"],
)
def test_hiring_verb_near_misses_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move
