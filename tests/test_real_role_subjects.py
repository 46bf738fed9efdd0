"""Movers described by a post, and post holders leaving, as real English headlines write
them: a post of a lab's unit opening the headline ("Associate Dean of <lab>'s <unit> Leaves
Job") with the summary naming the leaver; a name in apposition after a post at a lab; a
leaving told after a sabbatical; a headline's 'another' leaver, whom the summary's earlier
leaver is not; a lab written as the owner of someone else's post, which is not joined.
Worded apart from the real-headline sets (tests/data/real-blind-ac.jsonl, -ad.jsonl)."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", [])], [], None)
Move = tuple[str | None, str, str | None, str | None]


def event_of(title: str, summary: str = "") -> Move:
    """The move's (person, action, from, to); the test fails when no move is found."""
    analysis = classify(title, summary, WATCH)
    assert analysis.is_move and analysis.event is not None, analysis.reasons
    e = analysis.event
    return e.person, e.action, e.from_lab, e.to_lab


def no_move(title: str, summary: str = "") -> list[str]:
    """The reasons given when the entry is (rightly) no move; the test fails on a move."""
    analysis = classify(title, summary, WATCH)
    assert not analysis.is_move, analysis.event
    return analysis.reasons


LEDE = "Local outlet Jiemian reported on Monday that Laura Brenner, {owner}, recently left the job."


@pytest.mark.parametrize(
    ("title", "owner", "expected"),
    [
        (  # a title-case modifier before the post, the lab's unit after "of"
            "Deputy Dean of Alibaba's DAMO Academy Leaves Job",
            "Alibaba's vice president and deputy dean at DAMO Academy",
            ("Laura Brenner", "leave", "Alibaba", None),
        ),
        (  # "Associate" is a post's modifier, no first name
            "Associate Director of Baidu's Big Data Lab Quits",
            "Baidu's associate director of its big data lab",
            ("Laura Brenner", "leave", "Baidu", None),
        ),
        (  # the lab before two posts, the unit's title-case name after "of"
            "Baidu Vice President and Head of Speech Technology Group of Baidu Research Resigns",
            "a Baidu vice president",
            ("Laura Brenner", "leave", "Baidu", None),
        ),
        (  # the unit is itself a name the tagger takes for an institute
            "Deputy Director of Baidu's Research Institute Leaves Company",
            "deputy director of Baidu's research institute",
            ("Laura Brenner", "leave", "Baidu", None),
        ),
        (  # a maker's noun before "behind"
            "The brain behind Baidu's speech engine quits",
            "who built Baidu's speech engine",
            ("Laura Brenner", "leave", "Baidu", None),
        ),
        (
            "The Man Behind Alibaba's Qwen Models Leaves Company",
            "who led Alibaba's Qwen models",
            ("Laura Brenner", "leave", "Alibaba", None),
        ),
    ],
)
def test_a_post_of_a_labs_unit_is_the_summarys_leaver(
    title: str, owner: str, expected: Move
) -> None:
    assert event_of(title, LEDE.format(owner=owner)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Top AI scientist at Baidu, Maria Keller, resigns from search giant",
            ("Maria Keller", "leave", "Baidu", None),
        ),
        (
            "Chief Scientist at Tesla, Maria Keller, Leaves Company",
            ("Maria Keller", "leave", "Tesla", None),
        ),
    ],
)
def test_a_name_in_apposition_after_a_post_at_a_lab_is_the_mover(
    title: str, expected: Move
) -> None:
    assert event_of(title) == expected


def test_an_apposed_name_saying_something_is_no_move() -> None:
    no_move("Top AI scientist at Baidu, Maria Keller, says robots will drive trucks")


@pytest.mark.parametrize(
    "title",
    [
        "Tesla robotics lead Maria Keller leaving company after 3-month sabbatical",
        "Maria Keller quits Tesla after her sabbatical",
        "Maria Keller quit Tesla after her sabbatical",  # a past form of the same verbs
    ],
)
def test_a_leaving_after_a_sabbatical_is_a_move(title: str) -> None:
    assert event_of(title) == ("Maria Keller", "leave", "Tesla", None)


@pytest.mark.parametrize(
    "title",
    [
        "Maria Keller returns to Tesla after three-month sabbatical",
        "Maria Keller takes a sabbatical from Tesla",
        "Tesla's Maria Keller on leave after sabbatical",
    ],
)
def test_a_sabbatical_with_no_leaving_stays_no_move(title: str) -> None:
    no_move(title)


def test_anothers_leaving_is_not_the_earlier_leaver() -> None:
    summary = (
        "Following the announcement that Dana Whitfield will step down as Meta's CFO, the "
        "company is losing another executive in a shake-up of its AI group."
    )
    assert event_of("After Meta's CFO, another senior executive to depart", summary) == (
        None,
        "leave",
        "Meta",
        None,
    )


def test_a_named_leaver_after_the_earlier_one_is_still_named() -> None:
    summary = (
        "Following the news that Dana Whitfield will step down, Meta AI vice president Omar "
        "Haddad is leaving the company."
    )
    assert event_of("Another Meta executive departs", summary)[:3] == (
        "Omar Haddad",
        "leave",
        "Meta",
    )


def test_a_lab_owning_someone_elses_post_is_not_joined() -> None:
    summary = (
        "Maria Keller will join an institute set up by Baidu's former president Ken Ito at "
        "a university in Beijing."
    )
    title = "ByteDance's top vision scientist resigns"
    assert event_of(title, summary) == ("Maria Keller", "leave", "ByteDance", None)


def test_the_university_housing_the_unit_joined_is_the_destination() -> None:
    summary = (
        "Maria Keller will join an institute founded by Baidu's former chief scientist Ken Ito "
        "inside Tsinghua University."
    )
    title = "ByteDance's top vision scientist resigns"
    assert event_of(title, summary) == ("Maria Keller", "join", "ByteDance", "Tsinghua University")


def test_a_labs_own_unit_joined_is_still_joined() -> None:
    assert (
        event_of("ByteDance's top vision scientist resigns", "Maria Keller will join Baidu.")[3]
        == "Baidu"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Associate Dean of Alibaba's DAMO Academy Leaves Company Board",
        "Associate Dean of Alibaba's DAMO Academy on why he left",
        "Associate Dean of Alibaba's DAMO Academy on leave after health scare",
        "Associate Dean of Alibaba's DAMO Academy takes a sabbatical",
        "Head of Alibaba's DAMO Academy leaves key AI jobs unfilled",
        "Maria Keller leaves job openings unfilled at Tesla",
    ],
)
def test_near_misses_stay_no_move(title: str) -> None:
    no_move(title, LEDE.format(owner="Alibaba's vice president").replace("left", "praised"))
