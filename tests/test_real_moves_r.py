"""Classes set R showed: leaving and joining idioms ("says bye to", "jumping ship for"), a
CEO role stepped into at a company on no list, an offer refused told as what came before a
move, and an advisory post at two companies at once. Worded apart from the labelled sets
(other people, companies and phrasings), each with near misses that stay as they were."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Mara Ilves says bye to Mistral AI after four years",
            ("Mara Ilves", "leave", "Mistral AI", None),
        ),
        (
            "Cohere's Mara Ilves says goodbye to the company",
            ("Mara Ilves", "leave", "Cohere", None),
        ),
        (
            "Mistral veteran Mara Ilves is jumping ship for Anthropic",
            ("Mara Ilves", "join", "Mistral AI", "Anthropic"),
        ),
        ("Mara Ilves jumped ship for Anthropic", ("Mara Ilves", "join", None, "Anthropic")),
    ],
)
def test_leaving_and_joining_idioms(title: str, expected: tuple[object, ...]) -> None:
    assert event_of(title) == expected


def test_a_farewell_to_a_product_is_no_move() -> None:
    no_move("Developers say bye to the old Gemini API pricing")


@pytest.mark.parametrize(
    "title",
    ["Ada Kovacs Steps Into CEO Role at Lumora", "Ada Kovacs stepping into the CEO role at Lumora"],
)
def test_a_ceo_role_at_a_company_on_no_list(title: str) -> None:
    assert event_of(title) == ("Ada Kovacs", "appointed", None, "Lumora")


def test_a_ceo_role_with_no_company_closing_the_clause_names_none() -> None:
    no_move("Ada Kovacs steps into CEO role at a critical moment")


@pytest.mark.parametrize(
    "title",
    [
        "Omar Reyes Joins Anthropic After Turning Down a $900M Offer",
        "Omar Reyes joins Anthropic after rejecting a rival offer",
    ],
)
def test_an_offer_refused_before_a_move_keeps_the_move(title: str) -> None:
    assert event_of(title)[1:] == ("join", None, "Anthropic")
    assert event_of(title)[0] == "Omar Reyes"


@pytest.mark.parametrize(
    "title",
    [
        "Omar Reyes turns down Meta's $900M offer",
        "Omar Reyes rejects Anthropic offer to stay at xAI",
    ],
)
def test_an_offer_refused_as_the_news_is_no_move(title: str) -> None:
    no_move(title)


def test_an_advisory_post_at_two_companies_is_no_move() -> None:
    no_move("Former Chancellor Hale Joins Nvidia and Mistral AI as Senior Advisor")


def test_two_companies_without_an_advisory_post_stay_as_they_were() -> None:
    assert event_of("Lena Hart joins Nvidia and Mistral AI as chief scientist")[0] == "Lena Hart"


@pytest.mark.parametrize(
    ("title", "to"),
    [
        ("Priya Raman, who built Anthropic's eval suite, joined TikTok", "ByteDance"),
        ("Priya Raman joins the ChatGPT team", "OpenAI"),
    ],
)
def test_a_product_joined_stands_for_its_maker(title: str, to: str) -> None:
    assert event_of(title)[3] == to


def test_a_product_named_later_is_no_destination() -> None:
    no_move("Priya Raman joined a panel on TikTok safety")


def test_a_kind_of_company_before_a_post_is_no_company() -> None:
    summary = "Kenji Sato, co-founder of robotics startup Skild AI, has joined Nvidia."
    title = "Robotics Startup Co-Founder Kenji Sato Joins Nvidia"
    assert event_of(title, summary) == ("Kenji Sato", "join", "Skild AI", "Nvidia")
    assert event_of("Skild AI Co-Founder Kenji Sato Joins Nvidia")[2] == "Skild AI"


ADVISORY = (
    "Former Chancellor Ines Hale has taken on a senior advisory role at Nvidia and Cohere, "
    "her first post since leaving office."
)


def test_a_join_the_summary_calls_an_advisory_role_is_no_move() -> None:
    no_move("Ines Hale Joins Nvidia and Cohere", ADVISORY)


def test_a_past_advisory_role_in_the_summary_keeps_the_move() -> None:
    summary = "Ines Hale, previously in an advisory role at Mistral AI, has joined Cohere."
    assert event_of("Ines Hale joins Cohere", summary)[3] == "Cohere"


def test_a_post_given_in_the_headline_outweighs_the_summary() -> None:
    title = "Ines Hale joins Cohere as chief operating officer"
    assert event_of(title, ADVISORY)[3] == "Cohere"


def test_a_retirement_in_the_summary_names_the_unnamed_chief() -> None:
    summary = (
        "Nvidia CFO Dana Whitfield's sudden retirement has rattled investors in the chipmaker."
    )
    assert event_of("Nvidia CFO pushed out amid turmoil", summary)[0] == "Dana Whitfield"


def test_another_persons_retirement_does_not_take_the_mover() -> None:
    summary = "Ana Ruiz quit on Monday, days after chair Lee Park's retirement was announced."
    assert event_of("Cohere president quits", summary)[0] == "Ana Ruiz"
