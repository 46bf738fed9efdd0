"""An outlet the tagger reads as a person's name, cited as the report's source, is never the
mover at any of its mentions; nor is a month written short before a day."""

from __future__ import annotations

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([], [], None)


def test_an_outlet_cited_twice_is_not_the_mover() -> None:
    got = classify(
        "Anthropic Cofounder Leaves Company",
        "One of the company's cofounders reportedly departed, according to Daily Beacon "
        "(Daily Beacon, Apr 2, 2026). The exit follows other changes at the company.",
        WATCH,
    )
    assert got.event is not None, got.reasons
    assert got.event.person is None
    assert got.event.from_lab == "Anthropic"


def test_a_short_month_before_a_day_is_no_surname() -> None:
    # past the outlet, the date's month is the next capitalised word in the list
    got = classify(
        "Anthropic Cofounder Leaves Company",
        "One of the company's cofounders reportedly departed, according to Daily Beacon "
        "(Daily Beacon, Oct 2, 2026).",
        WATCH,
    )
    assert got.event is not None, got.reasons
    assert got.event.person is None


def test_a_person_telling_their_own_move_stays_the_mover() -> None:
    # "according to X's post": X's own words, X still the one who moves
    got = classify(
        "Safety researcher who quit OpenAI joins Anthropic",
        "Tomasz Wrobel, who resigned from OpenAI this month, has joined Anthropic, according "
        "to Wrobel's post on LinkedIn.",
        WATCH,
    )
    assert got.event is not None, got.reasons
    assert got.event.person == "Tomasz Wrobel"
