"""Shapes that the real set S showed the rules missed or misread. Worded apart from the
labelled set (other people, companies and phrasings), each with near misses that stay as they
were."""

from __future__ import annotations

import pytest

from tests.test_devset import same_org
from tests.test_real_shapes import Move, event_of, no_move

HIRED = (
    "The Los Angeles Times has hired Priya Raman, a veteran editor at Axios, as its AI director."
)
QUIT = "Tomas Berg, a senior interpretability researcher at OpenAI, resigned this week."
FOUNDED = "Ravi Menon has launched a new venture, Kestrel Labs, backed by $400 million in funding."


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a role word glued to the origin; "role" is no name
            "Los Angeles Times Picks Axios Editor for Head of AI Role",
            HIRED,
            ("Priya Raman", "join", "Axios", "Los Angeles Times"),
        ),
        (
            "Los Angeles Times taps Axios editor for AI director job",
            HIRED,
            ("Priya Raman", "join", "Axios", "Los Angeles Times"),
        ),
        (  # a title-case adjective before the role is no company the summary names
            "Los Angeles Times Hires Editorial Director for AI",
            HIRED,
            ("Priya Raman", "join", None, "Los Angeles Times"),
        ),
    ],
)
def test_role_glued_to_origin(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Interpretability Researcher Quits Tech to Become a Carpenter",
        "Veteran Alignment Lead Leaves AI for the Monastery",
    ],
)
def test_a_field_left_leaves_the_summary_lab(title: str) -> None:
    assert event_of(title, QUIT) == ("Tomas Berg", "leave", "OpenAI", None)


def test_a_company_left_stays_no_lab() -> None:
    assert no_move("Tomas Berg Quits Tech Mahindra", "Tomas Berg says he needs a change.")


@pytest.mark.parametrize(
    "title",
    [
        'Ravi Menon Bets $400 Million on "Embodied Agents"',
        "Ravi Menon raises $400M for robot brains",
        "Former Google researcher Ravi Menon secures €350 million",
    ],
)
def test_money_staked_is_no_founding(title: str) -> None:
    assert no_move(title, FOUNDED)


def test_money_paid_to_do_something_is_no_stake() -> None:
    title = "Meta invests over $300 million to hire Kestrel Labs CEO Ravi Menon"
    reasons = no_move(title, "Meta hired Kestrel Labs CEO Ravi Menon.")
    assert not any("money staked" in r for r in reasons)


def test_a_headline_without_money_reads_the_founding() -> None:
    assert event_of("Ravi Menon on embodied agents", FOUNDED) == (
        "Ravi Menon",
        "found",
        None,
        "Kestrel Labs",
    )


def test_leading_article_counts_for_nothing() -> None:
    assert same_org("The Boston Globe", "Boston Globe")
    assert same_org("Boston Globe", "The Boston Globe")
    assert not same_org("Boston Globe Media", "Boston Globe")
    assert not same_org(None, "Boston Globe")


RETIRED = "On Friday, Nvidia said that its CTO Dana Whitfield retired and left the board."


@pytest.mark.parametrize(
    "title",
    [
        "Nvidia announces the retirement of its CTO, who was reportedly forced out by investors",
        "Nvidia reveals the retirement of its chief scientist, who was effectively fired",
    ],
)
def test_a_passive_relative_tells_how_the_leaver_left(title: str) -> None:
    assert event_of(title, RETIRED) == ("Dana Whitfield", "fired", "Nvidia", None)


def test_a_passive_relative_with_no_leaving_stays_background() -> None:
    title = "Nvidia's former CTO, who was ousted by the board in 2022, says chips are scarce"
    assert no_move(title, RETIRED)


INSTITUTE = (
    "The UK AI Security Institute has announced its new leadership. Appointed as chief"
    " scientist is Maria Lopez, a former Google DeepMind researcher."
)


@pytest.mark.parametrize(
    "title",
    [
        'UK government appoints "AI sceptic" to run research at AI security institute',
        "Ministers appoint veteran AI critic to lead research at UK institute",
    ],
)
def test_a_described_appointee_at_a_lower_case_body(title: str) -> None:
    person, action, _, to = event_of(title, INSTITUTE)
    assert (person, action, to) == ("Maria Lopez", "appointed", "UK AI Security Institute")


def test_a_described_appointee_the_summary_does_not_name_is_no_move() -> None:
    title = 'UK government appoints "AI sceptic" to run research at AI security institute'
    assert no_move(title, "The UK AI Security Institute has announced its new leadership.")
