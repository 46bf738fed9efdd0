"""English headlines that tell one person's move in headline style: a blog post's own
first-person title ("Why I joined ...", "I'm leaving ..."), whose author is the one who moves,
passive grabs and a fresh move's present ("snatched by", "now working at"), and a company on
no list hiring someone it describes (new sentences, not the blind sets'; docs/stories.md,
"Headline idioms of one hire")."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", []), ("Demis Hassabis", [])], [], None)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Why I'm joining Mistral AI",
            "After five years of building compilers, I start on the inference team next week.",
            (None, "join", None, "Mistral AI"),
        ),
        ("I've joined Cohere", "", (None, "join", None, "Cohere")),
        (
            "I'm leaving Anthropic",
            "Today is my last day here. It has been an extraordinary four years.",
            (None, "leave", "Anthropic", None),
        ),
        (
            "Why I quit Cohere",
            "I handed in my notice this week; here is what I learned in six years.",
            (None, "leave", "Cohere", None),
        ),
        ("why i joined hugging face", "", (None, "join", None, "Hugging Face")),
    ],
)
def test_a_first_person_title_is_its_authors_move(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    event = classify(title, summary, WATCH).event
    assert event is not None, classify(title, summary, WATCH).reasons
    assert (event.person, event.action, event.from_lab, event.to_lab) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Why I'm not joining Anthropic",  # a refusal
        "Why I joined OpenAI in 2017",  # a memoir of a dated move
        "Leaving Mistral AI",  # a bare gerund names no mover
        "How I joined OpenAI without a PhD",  # career advice, no news
    ],
)
def test_a_first_person_near_miss_is_no_move(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Cohere engineer Priya Nair snatched by Mistral AI",
            "",
            ("Priya Nair", "join", "Cohere", "Mistral AI"),
        ),
        (
            "Ex-Meta data scientist snatched up by Anthropic",
            "",
            (None, "join", "Meta", "Anthropic"),
        ),
        ("Lena Park now works at Cohere", "", ("Lena Park", "join", None, "Cohere")),
        (
            "Okafor now working at Anthropic",
            "Chidi Okafor confirmed the news in a short post on Friday.",
            ("Chidi Okafor", "join", None, "Anthropic"),
        ),
    ],
)
def test_a_passive_or_present_headline_idiom_is_a_move(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    event = classify(title, summary, WATCH).event
    assert event is not None, classify(title, summary, WATCH).reasons
    assert (event.person, event.action, event.from_lab, event.to_lab) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Lena Park's startup snatched by Nvidia",  # a company bought, no one hired
        "Courier snatched by thieves outside the Cohere office",  # a grab with no lab as agent
        "The Mistral researcher, who now works at Cohere, spoke at the summit",  # background
        "Why everyone now working at Anthropic is rich",  # a tally
    ],
)
def test_a_passive_or_present_near_miss_is_no_move(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Loom hires former Dropbox AI leader to expand speech research",
            "Loom has appointed Priti Rao as Speech Lead within Loom Labs.",
            ("Priti Rao", "Loom"),
        ),
        (
            "Brightwave hires former Stripe payments head to build checkout agents",
            "Brightwave has appointed Marcus Ode as Payments Lead within Brightwave Pay.",
            ("Marcus Ode", "Brightwave"),
        ),
    ],
)
def test_a_company_on_no_list_hiring_a_described_person_is_a_move(
    title: str, summary: str, expected: tuple[str, str]
) -> None:
    """The headline describes the hire ('former X leader'); the summary's lede names them, with
    the same word as its subject."""
    event = classify(title, summary, WATCH).event
    assert event is not None, classify(title, summary, WATCH).reasons
    assert (event.person, event.to_lab) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the lone word is a person the summary quotes, not a company that hires
        ("Jordan hires former Nike marketing head", "Jordan said the hire had been overdue."),
        # a head of state, not a company
        ("Trump taps former Google engineer for tech post", "Trump has named Dana Whitlock."),
    ],
)
def test_a_lone_word_hiring_with_no_company_in_the_summary_is_no_move(
    title: str, summary: str
) -> None:
    assert not classify(title, summary, WATCH).is_move
