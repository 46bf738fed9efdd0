"""A headline's described mover joining a company on no list ("Ex-Acme Engineer Joins
Initech"): the company is where the person goes when the summary calls it an organisation."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([], [], None)


@pytest.mark.parametrize(
    ("title", "summary", "person", "to"),
    [
        (
            "Ex-Meta Researcher Joins Kestrel Dynamo",
            "Priya Natarajan, who led speech research at Meta, has joined Kestrel Dynamo, a "
            "startup building robot hands.",
            "Priya Natarajan",
            "Kestrel Dynamo",
        ),
        (
            "Former Tesla Autopilot Lead Joins Ferro Motion",
            "Andrej Petrov, former Autopilot lead at Tesla, has joined Ferro Motion, a company "
            "building humanoid robots.",
            "Andrej Petrov",
            "Ferro Motion",
        ),
    ],
)
def test_a_described_mover_joins_a_company_the_summary_names(
    title: str, summary: str, person: str, to: str
) -> None:
    got = classify(title, summary, WATCH)
    assert got.event is not None, got.reasons
    assert (got.event.person, got.event.action, got.event.to_lab) == (person, "join", to)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the summary never calls the joined name an organisation: a club, not an employer
        (
            "Former Tesla Engineer Joins Harmony Choir",
            "Andrej Petrov, who left Tesla last spring, now sings with Harmony Choir on Sundays.",
        ),
        ("Former Tesla Engineer Joins Race for Humanoids", "The race for humanoids heats up."),
    ],
)
def test_a_joined_name_the_summary_does_not_call_a_company_is_no_move(
    title: str, summary: str
) -> None:
    got = classify(title, summary, WATCH)
    assert not got.is_move, got.event
