"""A profile headline 'Meet X, <description> now leading <unit>' is X's new post at the lab
the headline names (jobs/language/events.py now_leading), whatever another person the summary
says stepped down; a description without 'now' tells a standing post."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", []), ("Demis Hassabis", [])], [], None)


@pytest.mark.parametrize(
    "title",
    [
        "Meet Jane Roe, Nvidia's robotics lead who now heads its humanoid effort",
        "Meet Jane Roe, The Engineer Now Running Nvidia's Humanoid Program",
    ],
)
def test_a_profile_of_a_new_post_is_its_holders_appointment(title: str) -> None:
    summary = "Ken Adachi, who led the humanoid effort, has stepped down for family reasons."
    event = classify(title, summary, WATCH).event
    assert event is not None
    assert (event.person, event.action, event.to_lab) == ("Jane Roe", "appointed", "Nvidia")


@pytest.mark.parametrize(
    "title",
    [
        # near misses: a standing post (no "now"), and a profile with no lab named
        "Meet Jane Roe, Nvidia's robotics lead who heads its humanoid effort",
        "Meet Jane Roe, the engineer now running a humanoid program",
    ],
)
def test_a_standing_post_is_no_move(title: str) -> None:
    assert not classify(title, "", WATCH).is_move
