"""Teams moved and acqui-hires, told without the verbs of one person's move: the acqui-hire
as a noun with the company before it ("the Quillsoft acqui-hire") or a team acquired ("the
acquisition of Lantern's team"), a company not bought whose team or chief was taken
instead, a group leaving for two labs at once, a lab's specialists joining another lab, a
hired group described by what it built, and a founder's company joined. Worded apart from the labelled
sets (other companies, people and phrasings), each with near misses that stay as they were."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the acqui-hire as a noun, the company named before it and in the summary
            "Databricks's Agent Push: Unpacking the Quillsoft Acqui-hire",
            "Databricks has taken in the people behind Quillsoft, a maker of coding agents.",
            (None, "poach", "Quillsoft", "Databricks"),
        ),
        (  # the same in title case: the article and the words before it name no company
            "Databricks's Agent Push: Unpacking The Quillsoft Acqui-Hire",
            "Databricks has taken in the people behind Quillsoft, a maker of coding agents.",
            (None, "poach", "Quillsoft", "Databricks"),
        ),
        (
            "Databricks Deepens Its Agent Bench With Quillsoft Acqui-Hire",
            "Databricks has taken in the people behind Quillsoft, a maker of coding agents.",
            (None, "poach", "Quillsoft", "Databricks"),
        ),
        (  # in title case: the noun is no one's name, the team word no part of the company
            "Cohere Deepens Its Search Bench With Tactical Acqui-Hire Of Lantern Labs Team",
            "",
            (None, "poach", "Lantern Labs", "Cohere"),
        ),
        (  # the acquisition of a company's team, its buyer the possessive before the noun
            "What Founders Can Learn From Cohere's Acquisition of Lantern's Team",
            "",
            (None, "poach", "Lantern", "Cohere"),
        ),
        (  # a team bought, described before the team word
            "Samsung acquires the robotics team of Korean startup Hanul",
            "",
            (None, "poach", "Hanul", "Samsung"),
        ),
        (
            "Nvidia buys Lantern's speech AI team",
            "",
            (None, "poach", "Lantern", "Nvidia"),
        ),
        (  # the team named by the company behind which it stands
            "Cohere hires the team behind Lantern",
            "",
            (None, "poach", "Lantern", "Cohere"),
        ),
        (  # a company not bought, its team taken instead
            "Microsoft didn't buy Lantern. It took the team instead",
            "",
            (None, "poach", "Lantern", "Microsoft"),
        ),
        (  # its chief taken instead
            "Nvidia failed to acquire Hanul, so it hired its CEO",
            "",
            (None, "join", "Hanul", "Nvidia"),
        ),
        (  # a founder's company not bought: the summary names who holds the post
            "Google couldn't buy Mira Murati's startup, but it poached its CTO",
            "Google has hired Jane Roe, the startup's CTO, to lead a new research group.",
            ("Jane Roe", "join", "Thinking Machines Lab", "Google DeepMind"),
        ),
    ],
)
def test_teams_bought_or_taken_are_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a buyer's strategy called an acqui-hire, no company taken
        ("Amazon's Reverse Acqui-Hire Draws Scrutiny", ""),
        ("Cohere CEO defends his acquihire strategy", ""),
        # a company bought, or its acquisition told, with no word of its people
        ("Cohere's acquisition of Lantern closes", ""),
        ("Samsung acquires Korean robotics startup Hanul", ""),
        ("Meta acquires Lantern amid AI talent war", ""),
        # a company not bought, nothing taken instead
        ("Microsoft didn't buy Lantern", ""),
        ("Apple couldn't acquire Mistral, and it gave up", ""),
        ("Nvidia didn't acquire Hanul; it took the hint", ""),
        # a founder's possessive before no word of a company: no company of theirs refused
        ("Google couldn't buy Mira Murati's vision, so it took the team elsewhere", ""),
    ],
)
def test_deals_without_people_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Meta loses four AI researchers to OpenAI and Anthropic", ""),
        ("Meta Loses Top AI Talent To OpenAI & Anthropic: What Now For Llama?", ""),
        (  # the headline's verb in a background clause: the summary's, whose movers are many
            "Meta's AI Plans Hit Turbulence as Senior Talent Departs for OpenAI and Google",
            "Meta's AI push has run into trouble, with senior researchers exiting for rivals "
            "OpenAI and Google.",
        ),
    ],
)
def test_a_group_leaving_for_two_labs_leaves(title: str, summary: str) -> None:
    assert event_of(title, summary) == (None, "leave", "Meta", None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # near misses: one lab gaining the group is its raid
        ("Meta loses four AI researchers to OpenAI", (None, "poach", "Meta", "OpenAI")),
        ("Four Meta AI researchers leave for OpenAI", (None, "poach", "Meta", "OpenAI")),
        # a named mover keeps the first lab
        ("Jane Roe leaves Meta for OpenAI", ("Jane Roe", "join", "Meta", "OpenAI")),
    ],
)
def test_a_group_leaving_for_one_lab_is_its_raid(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Former Apple Engineers Join OpenAI", (None, "poach", "Apple", "OpenAI")),
        ("Apple Vision Pro researchers join Meta", (None, "poach", "Apple", "Meta")),
        # near miss: the lab after the group, as the sets label it, stays a join
        ("Engineers from Apple join OpenAI", (None, "join", "Apple", "OpenAI")),
    ],
)
def test_a_labs_specialists_joining_another_lab_are_a_raid(title: str, expected: Move) -> None:
    assert event_of(title) == expected


def test_what_a_hired_group_built_names_none_of_them() -> None:
    title = "Anthropic hires three Google researchers who built Gemini's coder"
    summary = (
        "Anthropic hired three researchers who contributed to Google's International Coding "
        "Olympiad entry."
    )
    assert event_of(title, summary) == (None, "poach", "Google DeepMind", "Anthropic")


def test_a_member_named_in_the_relative_clause_stays_the_mover() -> None:
    # near miss: "who include X" names one of the group
    title = "Anthropic hires three Google researchers"
    summary = "The three, who include Jane Roe, built Gemini's coder."
    assert event_of(title, summary)[0] == "Jane Roe"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Former Apple engineers join Ilya Sutskever's new startup",
            (None, "poach", "Apple", "Safe Superintelligence"),
        ),
        (
            "Jane Roe joins Mira Murati's AI company as CTO",
            ("Jane Roe", "join", None, "Thinking Machines Lab"),
        ),
    ],
)
def test_a_founders_company_joined_is_the_founders_lab(title: str, expected: Move) -> None:
    assert event_of(title) == expected


def test_a_founders_company_named_otherwise_is_no_move() -> None:
    # near miss: the founder's company as the subject, nobody joining it
    assert not classify(
        "Sutskever's new startup will build safe superintelligence", "", WATCH
    ).is_move
