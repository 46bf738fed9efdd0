"""Acquisitions that are hires: the buyer takes a company's people ("took on talent and
technology from startup X", "a licensing deal tied to the recruitment of staff from X",
"acquires X as it continues to add talent") or names its founder ("has acquired X and
appointed its founder, Y, as CTO"), and arrivals tied to a deal come from the company bought
or licensed ("with the acquisition of X", "pays for X tech and hires its CEO"). Worded apart
from the labelled sets (other people, companies and phrasings), each with near misses that
stay plain deals."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a lede taking a company's people, under a headline about the buyer alone
            "Databricks Doubles Down on Agents",
            "Databricks took on talent and technology from agent startup Fennick Labs to "
            "speed up its agent platform.",
            (None, "poach", "Fennick Labs", "Databricks"),
        ),
        (
            "Databricks Doubles Down on Agents",
            "Databricks has taken on the team and technology of coding startup Quillsoft.",
            (None, "poach", "Quillsoft", "Databricks"),
        ),
        (  # the recruitment as a noun, tied to a licensing deal
            "Microsoft Widens Its Copilot Bet",
            "Microsoft signed a licensing deal tied to the hiring of engineers from Oriel AI, "
            "a startup building coding agents.",
            (None, "poach", "Oriel AI", "Microsoft"),
        ),
        (  # the company bought and its founder named, the buyer as a pronoun after a colon
            "Cohere's Big Bet on Search",
            "Cohere, the enterprise AI company, announced on Tuesday: it has bought the search "
            "startup Lantern and appointed its CEO Marta Okonjo as vice president of retrieval.",
            ("Marta Okonjo", "join", "Lantern", "Cohere"),
        ),
        (  # a company bought for its people, in the headline
            "Apple buys computer-vision startup Lumetra to add engineering talent",
            "",
            (None, "poach", "Lumetra", "Apple"),
        ),
        (
            "Salesforce acquires Bluebird AI as it steps up its hunt for AI talent",
            "",
            (None, "poach", "Bluebird AI", "Salesforce"),
        ),
        (  # an arrival that comes with the deal: from the company bought
            "Tariq Bello to Run Search at Cohere With the Acquisition of Lantern",
            "",
            ("Tariq Bello", "join", "Lantern", "Cohere"),
        ),
        (  # money paid for a company's technology, and its founder hired
            "Nvidia pays $400 million for Tessellate tech and hiring its founder",
            "Mark Osei and a few engineers will move to Nvidia.",
            ("Mark Osei", "join", "Tessellate", "Nvidia"),
        ),
        (
            "Databricks Expands Agents Push",
            "Databricks has acquired Quillsoft, and its founders will join Databricks' agents "
            "team.",
            (None, "join", "Quillsoft", "Databricks"),
        ),
        (  # a raid whose object names the company whose people are taken
            "Databricks hires the team of Quillsoft",
            "",
            (None, "poach", "Quillsoft", "Databricks"),
        ),
        (
            "Databricks Hires the Founders and Engineers of Coding Startup Quillsoft",
            "",
            (None, "poach", "Quillsoft", "Databricks"),
        ),
    ],
)
def test_acquisitions_that_are_hires(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a company or a product bought, nobody's people named
        ("Anthropic acquires Bun", "The JavaScript runtime will stay open source."),
        ("Meta acquires Lark amid AI talent war", ""),
        ("Meta acquires voice startup Lark as it loses talent to OpenAI", ""),
        ("Databricks buys Fennick Labs after talent grab by Snowflake", ""),
        # employees following a plain acquisition, as the sets label it
        (
            "Hugging Face buys robot maker Gearhead",
            "About 15 employees from Gearhead will be joining Hugging Face.",
        ),
        # the founder described, not named to a post
        (
            "Cohere's Big Bet on Search",
            "Cohere has acquired the search startup Lantern, whose founder Marta Okonjo once "
            "worked at a bank.",
        ),
        # something else taken on: customers, not people
        (
            "Databricks Doubles Down on Agents",
            "Databricks took on new customers from agent startup Fennick Labs.",
        ),
        # the taking told as background or at another time
        (
            "Databricks Doubles Down on Agents",
            "When Databricks took on the team of Fennick Labs in 2023, few noticed.",
        ),
        (
            "Databricks Doubles Down on Agents",
            "Databricks, which took on the team of Fennick Labs last year, is now raising money.",
        ),
        (
            "Databricks Doubles Down on Agents",
            "Databricks took on the team of Fennick Labs two years ago.",
        ),
    ],
)
def test_plain_deals_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


def test_after_an_acquisition_is_no_origin() -> None:
    # "after the acquisition of X" is another time: the arrival's origin stays unknown
    assert event_of("Tariq Bello joins Cohere after the acquisition of Lantern", "") == (
        "Tariq Bello",
        "join",
        None,
        "Cohere",
    )


def test_a_raid_on_several_labs_names_no_one_origin() -> None:
    # "with engineers from A, B and C" after a verb that is no hiring: no company of origin
    title = "Mistral AI Grows Team with Senior Engineers from Cohere, Meta and Apple"
    assert event_of(title) == (None, "poach", None, "Mistral AI")
