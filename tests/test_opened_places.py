"""A lab opening a place of its own (a lab, a centre, a branch) that a named person will lead:
the headline's 'led by X' ('Acme opening AI lab in Toronto led by faculty member X') or the
summary's ('to be led by X, formerly of Initech', 'X to lead new shop') is X's join to the lab,
from where the words describing X place them (jobs/language/led_units.py). The lab's own
people ('led by its CTO'), a partner's place ('joint lab with', 'IBM and MIT') and a product
launch stay no move."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([], [], None)
Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Samsung opening AI lab in Toronto led by faculty member, Jane Roe",
            "Samsung announced plans to open the lab on Friday.",
            ("Jane Roe", "join", None, "Samsung"),
        ),
        (
            "Samsung launches AI center in Toronto led by Nvidia veteran Jane Roe",
            "",
            ("Jane Roe", "join", "Nvidia", "Samsung"),
        ),
        (
            "Nvidia to set up AI research center in Tel Aviv",
            "The chipmaker's Israel office is to be led by Jane Roe, formerly a senior "
            "researcher in Google's AI division.",
            ("Jane Roe", "join", "Google DeepMind", "Nvidia"),
        ),
        (
            "Facebook launches artificial intelligence research lab in Montreal",
            "The social media giant says it will be headed by Jane Roe of McGill University's "
            "computer science department.",
            ("Jane Roe", "join", None, "Meta"),
        ),
        (
            "Lyft launching Toronto branch of its self-driving research group",
            "University of Toronto professor Jane Roe to lead new shop",
            ("Jane Roe", "join", None, "Lyft"),
        ),
    ],
)
def test_the_leader_of_a_place_a_lab_opens_joins_it(
    title: str, summary: str, expected: Move
) -> None:
    event = classify(title, summary, WATCH).event
    assert event is not None, classify(title, summary, WATCH).reasons
    assert (event.person, event.action, event.from_lab, event.to_lab) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Samsung opens AI center in Toronto led by its CTO Jane Roe", ""),
        ("Samsung opens AI center in Toronto led by the company's CTO Jane Roe", ""),
        ("Meta opens joint AI lab with NYU led by professor Jane Roe", ""),
        ("Samsung launches new AI phone led by Jane Roe", ""),
        (
            "Nvidia to set up AI research center in Tel Aviv",
            "The centre will be led by its chief scientist Jane Roe.",
        ),
        (
            "IBM and MIT to launch AI research lab in Cambridge",
            "The lab will be led by Jane Roe, a professor at MIT.",
        ),
    ],
)
def test_own_people_partners_and_products_are_no_move(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move
