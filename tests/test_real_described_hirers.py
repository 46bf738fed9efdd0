"""Hirers on no list that a headline describes before naming, raids by a founder for a
start-up of their own, and posts over a company's own units (sets AC and AD's misses): a
description may be hyphenated ("state-owned"), in title case ("AI Firm Acme Appoints"), hold
a sum ("$20M AI startup") or follow a bracketed kicker ("[News]"); a person luring a lab's
group to "her startup" is the start-up's raid on the lab, the start-up the one the summary
names; "to lead cloud, AI units" and "takes the reins at the AI unit" are a post at the
subject's company. Worded apart from the labelled rows (other companies,
people and posts), with near misses that must stay no moves: a role created with no one named,
a law firm hired, a plan to hire, a verb of purpose before the start-up, a start-up's hiring
with no lab named, a project taken over, talks led with a team, and a summary's portrait of an
insider under a headline of no move."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a hyphenated description, in title case: the name after the company noun
            "State-Owned AI Firm Korvane Names Former Intel Executive Lin Hao as CTO",
            "A state-owned AI company has named a former Intel executive its technology chief.",
            ("Lin Hao", "join", "Intel", "Korvane"),
        ),
        (  # a nationality and a hyphenated word before the AI word, in lower case
            "Chinese state-owned AI developer Korvane hires ex-Intel boss Lin Hao as CTO",
            "The company confirmed the hire on Monday.",
            ("Lin Hao", "join", "Intel", "Korvane"),
        ),
        (
            "Fast-Growing AI Startup Veltrix Hires Former Adobe Executive Maren Holt as CEO",
            "Investors welcomed the appointment.",
            ("Maren Holt", "join", "Adobe", "Veltrix"),
        ),
        (  # a bracketed kicker opens the clause, as a colon does
            "[Report] Robotics AI Company Veltrix Faces Backlash for Hiring Ex-Intel CEO Maren Holt",
            "Shareholders questioned the choice.",
            ("Maren Holt", "join", "Intel", "Veltrix"),
        ),
        (  # what the start-up is worth, in its description
            "$20M AI startup Veltrix hires ex-Meta researcher Maren Holt as CTO",
            "The hire was confirmed on Monday.",
            ("Maren Holt", "join", "Meta", "Veltrix"),
        ),
    ],
)
def test_described_hirers(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a described founder, a start-up worth a sum: the summary's apposition names it
            "PhD Dropout Lures OpenAI Researchers to $20M Robotics Startup",
            "Quillon Labs, a young robotics startup founded by a former doctoral student, has "
            "hired four researchers from OpenAI's reasoning team.",
            (None, "poach", "OpenAI", "Quillon Labs"),
        ),
        (  # a named founder, her start-up named nowhere
            "Maya Lindqvist poaches Anthropic engineers for her new startup",
            "",
            (None, "poach", "Anthropic", None),
        ),
        (  # a listed lab's founder: the start-up is the lab he leads
            "Ilya Sutskever lures Anthropic engineers to his start-up",
            "",
            (None, "poach", "Anthropic", "Safe Superintelligence"),
        ),
    ],
)
def test_raids_for_a_founders_startup(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # plural units after "to lead", the company owning the person
            "Baidu's Tian Wei to lead cloud, AI units as search giant seeks growth",
            "",
            ("Tian Wei", "appointed", None, "Baidu"),
        ),
        (  # a company's executive, unnamed, takes over one of its units: the summary's person
            "Samsung exec who built its phone business takes the reins at the cloud and A.I. unit",
            "Daniel Cho, head of Samsung's phone business, will also run the company's cloud "
            "and artificial intelligence unit.",
            ("Daniel Cho", "appointed", None, "Samsung"),
        ),
    ],
)
def test_posts_over_a_companys_units(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("AI Firm Korvane Creates C-Suite Role to Guide Its AI Strategy", "A first for the firm."),
        (
            "State-owned AI firm Korvane hires law firm Baxter Lane for its listing",
            "The firm will advise on the offering.",
        ),
        ("State-Owned AI Firm Korvane Plans to Hire Former Intel Executives", ""),
        ("[Report] AI Firm Korvane Is Hiring a Chief Technology Officer", "The search began."),
        ("Maya Lindqvist lures Anthropic engineers to help build her startup", ""),
        ("Google veteran hires researchers for startup", ""),
        ("Maya Lindqvist hires Anthropic engineers for a joint venture with Kestrel", ""),
        ("Samsung exec takes the reins of the Galaxy project", "Daniel Cho will run it."),
        ("Baidu's Tian Wei to lead talks with the AI team", ""),
        (
            "AI Shake-Up: Daniel Cho Leads Samsung's Next AI Push",
            "Daniel Cho, Samsung's long-time executive, takes the helm of its AI division.",
        ),
    ],
)
def test_described_and_unit_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)
