"""False moves of real headlines, second pass (sets AC and AD): a unit or task force set up
inside a company, a hiring plan counted in hundreds, an explainer of the talent race whose
summary's hiring is its example, staff leaving three labs or more at once. Worded apart from
the sets' rows, with moves of the same shape that must stay moves."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a part of the company is set up; nobody founds anything or moves
        ("Hyundai chairman sets up control tower for robotics business", ""),
        ("Samsung chairman sets up AI task force", ""),
        ("Jensen Huang sets up new AI unit at Nvidia", ""),
        (
            "Kakao CEO sets up command centre for AI business",
            "Kakao said it has created a division for new AI businesses, to be run by its chief "
            "executive Min Ho-jun.",
        ),
    ],
)
def test_a_unit_set_up_is_no_founding(title: str, summary: str) -> None:
    assert no_move(title, summary)


@pytest.mark.parametrize(
    "title",
    [
        # near misses read as no move before: a committee or a hub set up
        "Baidu founder Robin Li forms new AI committee",
        "Former DeepMind staff set up AI safety hub in London",
    ],
)
def test_a_committee_or_hub_set_up_stays_no_move(title: str) -> None:
    assert no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a company set up after leaving a lab is a founding, whatever else is named
        (
            "Mira Murati sets up AI startup after leaving OpenAI",
            ("Mira Murati", "found", "OpenAI", None),
        ),
        ("Former OpenAI researcher sets up AI lab in London", (None, "found", "OpenAI", None)),
        (
            "Former Google scientist sets up AI research centre in Paris",
            (None, "found", "Google DeepMind", None),
        ),
        (
            "Ex-Google engineer launches startup to help teams build agents",
            (None, "found", "Google DeepMind", None),
        ),
        # a part's word describing the company is no part set up
        (
            "Former Microsoft exec launches office software startup",
            (None, "found", "Microsoft", None),
        ),
        ("Ex-Google exec launches data center startup", (None, "found", "Google DeepMind", None)),
    ],
)
def test_a_company_set_up_stays_a_founding(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # people counted in the hundreds or more, from nowhere in particular: a hiring plan
        ("Anthropic to recruit hundreds of AI researchers in Europe", ""),
        ("xAI recruits hundreds of engineers", ""),
        (
            "Mistral Widens Hiring Across Asia",
            "Mistral AI unveiled a hiring push with plans to open offices and recruit hundreds "
            "of researchers in three cities.",
        ),
    ],
)
def test_hiring_in_the_hundreds_is_a_plan(title: str, summary: str) -> None:
    assert no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a count of people from one lab, or its people, is a raid on that lab
        ("xAI recruits hundreds of engineers from Tesla", (None, "poach", "Tesla", "xAI")),
        ("Meta hires hundreds of OpenAI staff", (None, "poach", "OpenAI", "Meta")),
        ("Meta lures dozens of researchers", (None, "poach", None, "Meta")),
        ("Meta hires three engineers", (None, "poach", None, "Meta")),
    ],
)
def test_hiring_counted_from_a_lab_stays_a_raid(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # an explainer of the talent race: its summary's hiring of nobody in particular is an
        # example of the trend
        (
            "AI Talent Race: How Companies Like Cohere and Nvidia Compete",
            "Demand for talent keeps rising. Cohere attracts top researchers with generous "
            "packages and research freedom.",
        ),
        (  # the headline's own verb moves no one: its summary's example neither
            "The Poaching Wars: How Zuckerberg and Altman Steal Each Other's Engineers",
            "Meta attracts engineers who want their work released openly.",
        ),
        (
            "Talent wars: why startups such as Mistral and Cohere are winning",
            "Mistral AI attracts top engineers with equity and freedom.",
        ),
    ],
)
def test_an_explainers_example_is_no_raid(title: str, summary: str) -> None:
    assert no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the summary tells people taken from a lab, or the headline a move of its own
        (
            "Google's Exodus: How Anthropic and Others Are Winning the Talent War",
            "Nine of twelve original Gemini paper authors have left Google, with many joining "
            "Anthropic",
            (None, "poach", "Google DeepMind", "Anthropic"),
        ),
        (
            "Inside the AI talent war: how Meta won over OpenAI's researchers",
            "",
            (None, "poach", "OpenAI", "Meta"),
        ),
    ],
)
def test_an_explainer_of_a_raid_stays_a_move(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # nobody named or counted leaves three labs or more at once: a trend of the industry
        (
            "AI founders: Google, Meta, Anthropic see senior staff leave to launch",
            "Former Google, Meta and Anthropic staff are launching AI startups.",
        ),
        ("Senior AI staff quit Meta, Google, OpenAI to launch startups", ""),
        ("Researchers are leaving OpenAI, Anthropic and Google to start their own companies", ""),
        ("Meta, Google and OpenAI are losing their brightest minds to startups", ""),
    ],
)
def test_staff_leaving_many_labs_is_a_trend(title: str, summary: str) -> None:
    assert no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # counted, named, one startup, or two labs (as set W labels them): one group's move
        (
            "Three researchers leave OpenAI, Google and Meta to found Acme Labs",
            (None, "leave", "OpenAI", "Acme Labs"),
        ),
        (
            "Top AI Researchers Depart OpenAI, Google and Meta for New Startup",
            (None, "leave", "OpenAI", None),
        ),
        (
            "Alibaba and Tencent see top AI experts leave for new ventures",
            (None, "leave", "Alibaba", None),
        ),
        ("OpenAI sees top staff leave to launch startups", (None, "leave", "OpenAI", None)),
    ],
)
def test_a_groups_leaving_stays_a_move(title: str, expected: Move) -> None:
    assert event_of(title) == expected
