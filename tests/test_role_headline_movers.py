"""A headline that names a post, not a person ('Acme names new AI chief', 'Acme appoints new
head of AI'), and a summary that names both the one leaving the post and the one taking it:
the mover is whoever takes the post ('will be replaced by Y'), never the predecessor ('will
replace X as', 'succeeds X') nor the one who announces it (jobs/language/endpoints.py
summary_person, jobs/language/org_posts.py summary_appointee)."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([], [], None)


def person_of(title: str, summary: str) -> str | None:
    got = classify(title, summary, WATCH)
    assert got.event is not None, got.reasons
    return got.event.person


@pytest.mark.parametrize(
    ("title", "summary", "person"),
    [
        (
            "Apple names new AI chief amid pressure to catch up",
            "Apple said on Monday that its head of artificial intelligence, Jane Roe, is "
            "stepping down. She will be replaced by Ken Adachi, a veteran engineer.",
            "Ken Adachi",
        ),
        (
            "Google Cloud appoints new head of AI",
            "Cloud chief Mary Major announces that the AI division will have a new leader. "
            "The current chief scientist, Jane Roe, will return to teaching. She will be "
            "replaced by Ken Adachi, who is currently a dean at Carnegie Mellon University.",
            "Ken Adachi",
        ),
        (
            "Microsoft hires new head of AI research",
            "Jane Roe will be succeeded by Dr. Ken Adachi, a professor at Stanford.",
            "Ken Adachi",
        ),
    ],
)
def test_the_one_taking_the_post_is_the_mover(title: str, summary: str, person: str) -> None:
    assert person_of(title, summary) == person


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Google just named a former Oracle exec as the head of its cloud business",
            "Google will replace Jane Roe as the CEO of its cloud business in January.",
        ),
        (
            "Microsoft hires a former Amazon exec to run its AI unit",
            "The new hire succeeds longtime chief Jane Roe, who retired in May.",
        ),
    ],
)
def test_the_predecessor_is_not_the_mover(title: str, summary: str) -> None:
    assert person_of(title, summary) is None


def test_a_departure_keeps_its_leaver() -> None:
    # near miss: the post falling free is the news; the successor is background
    title = "Acme's AI chief is leaving"
    summary = "Jane Roe will step down and be replaced by Ken Adachi."
    assert person_of(title, summary) == "Jane Roe"


@pytest.mark.parametrize(
    ("title", "summary", "person"),
    [
        (
            "Nvidia Poaches Intel Meteor Lake Architect to Boost CPU Push",
            "Jane Roe, Intel's design manager behind the Raptor Lake chips, has joined Nvidia.",
            "Jane Roe",
        ),
        (
            "Meta Lures Apple Falcon Ridge Engineer",
            "Jane Roe, who worked on Apple's headsets, has joined Meta.",
            "Jane Roe",
        ),
    ],
)
def test_a_product_before_the_role_is_no_name(title: str, summary: str, person: str) -> None:
    # the lab's product or unit qualifies the role; the summary names who moves
    assert person_of(title, summary) == person


def test_a_name_the_summary_writes_stays_the_mover() -> None:
    # near miss: a real name between a lab and a role, written again in the summary
    title = "Nvidia Poaches Intel Jane Roe Architect"
    summary = "Jane Roe designed Intel's chips for a decade."
    assert person_of(title, summary) == "Jane Roe"


def test_a_title_case_verb_after_a_name_is_not_part_of_it() -> None:
    title = "Baidu's Chief Scientist Jane Roe Announced Her Departure"
    summary = "The search company's AI research head is leaving."
    assert person_of(title, summary) == "Jane Roe"
