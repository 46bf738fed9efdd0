"""English shapes that the real set H showed the rules missed or misread: where an arrival
comes from when the mover leads a company on no list, the post a departure gives up, an outside
hire described by a past public post, and raids told without a named mover. Worded apart from
the labelled set (other people, labs and phrasings), each with near misses that stay as they
were."""

from __future__ import annotations

from datetime import timedelta

import pytest

from jobs.language.classify import classify
from storage.db import Database
from tests.test_real_shapes import WATCH, Move, event_of
from tests.test_stories import T0, add_entries, analyze, stories

RAID = ("a", "Microsoft continues to hire engineers from Tesla for its robotics push", "", T0)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the company after the name, in apposition
            "Maya Ostrow, Quillfield CEO, joins Anthropic",
            "",
            ("Maya Ostrow", "join", "Quillfield", "Anthropic"),
        ),
        (  # the post before the name, the company possessive, in the summary
            "Microsoft hires voice startup founder",
            "Brightwave Labs' co-founder, Maya Ostrow, will join Microsoft with a dozen engineers.",
            (None, "join", "Brightwave Labs", "Microsoft"),
        ),
        (  # 'the CEO of <kind> <company>' after the name
            "Amazon recruits robotics startup chief to run its lab",
            "Amazon has hired Maya Ostrow, the CEO of robotics startup Tessel, to lead a new team.",
            ("Maya Ostrow", "join", "Tessel", "Amazon"),
        ),
    ],
)
def test_the_company_an_arrival_leads_is_where_it_comes_from(
    title: str, summary: str, expected: Move
) -> None:
    got = event_of(title, summary)
    person, *rest = expected
    assert got[1:] == tuple(rest)
    if person:
        assert got[0] == person


@pytest.mark.parametrize(
    ("title", "summary", "frm"),
    [
        ("Maya Ostrow Resigns as CEO of Quillfield After Two Years", "", "Quillfield"),
        ("Why Maya Ostrow Stepped Down as Quillfield CEO", "", "Quillfield"),
        ("Maya Ostrow steps down", "Maya Ostrow has resigned as the chief executive of Y.", None),
    ],
)
def test_the_post_a_departure_gives_up_names_the_company_left(
    title: str, summary: str, frm: str | None
) -> None:
    assert event_of(title, summary) == ("Maya Ostrow", "leave", frm, None)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Anthropic hires Maya Ostrow, says Quillfield CEO Dan Marsh", ""),
        (  # another person's post in the summary
            "Maya Ostrow joins Cohere",
            "The hire was announced by Dan Marsh, CEO of Quillfield, a Cohere partner.",
        ),
        ("Maya Ostrow joins Cohere as Quillfield CEO Dan Marsh looks on", ""),
    ],
)
def test_someone_elses_post_beside_the_mover_is_not_the_origin(title: str, summary: str) -> None:
    person, action, frm, _ = event_of(title, summary)
    assert (person, action, frm) == ("Maya Ostrow", "join", None)


@pytest.mark.parametrize(
    "title",
    [
        "Anthropic names former Treasury official Maya Ostrow as chief financial officer",
        "Mistral AI hires ex-White House aide Maya Ostrow as general counsel",
    ],
)
def test_an_outside_hire_from_public_service_joins(title: str) -> None:
    person, action, frm, to = event_of(title)
    assert (person, action, frm) == ("Maya Ostrow", "join", None)
    assert to in {"Anthropic", "Mistral AI"}


@pytest.mark.parametrize(
    "title",
    [
        "Anthropic names Maya Ostrow senior adviser",  # an advisory post, no job
        "Mistral AI adds former CFO Maya Ostrow to its board",  # a board seat
        "Cohere names Maya Ostrow an adviser to its founders",
    ],
)
def test_seats_and_advisory_posts_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


def test_a_former_post_inside_the_company_stays_an_appointment() -> None:
    # "former CTO" describes a post at the same company: no outside hire
    assert event_of("Cohere names former CTO Maya Ostrow as chief executive") == (
        "Maya Ostrow",
        "appointed",
        None,
        "Cohere",
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the hiring goes on, from a named lab: news of a raid
            "Microsoft continues to hire researchers from Google DeepMind for its Copilot lab",
            (None, "poach", "Google DeepMind", "Microsoft"),
        ),
        ("xAI keeps poaching engineers from Tesla", (None, "poach", "Tesla", "xAI")),
        (  # people named by the product they built come from its maker
            "Mistral AI hires senior Gemini developers",
            (None, "poach", "Google DeepMind", "Mistral AI"),
        ),
        (
            "Apple nabs the designers of ChatGPT's voice mode",
            (None, "poach", "OpenAI", "Apple"),
        ),
    ],
)
def test_raids_told_as_ongoing_hiring_or_by_product(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Meta continues to hire engineers", ""),  # an opening, from nowhere
        ("Why OpenAI keeps losing its ChatGPT researchers", ""),  # its own people: a trend
        (  # the summary's ongoing hiring is background to an explainer
            "How Anthropic grew so fast",
            "Anthropic continues to hire heavily from Google, with dozens of ex-Google staff.",
        ),
        ("Microsoft continues to hire developers for Copilot", ""),  # a product, not a source
        ("OpenAI lures developers with free Codex credits", ""),  # users courted, not staff
        ("Anthropic recruits developers to test Claude agents", ""),  # testers, not staff
    ],
)
def test_ongoing_hiring_without_a_source_stays_a_trend(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Maya Ostrow's surprise exit from Cohere", ("Maya Ostrow", "leave", "Cohere", None)),
        ("Maya Ostrow's $50M Move to Microsoft", ("Maya Ostrow", "join", None, "Microsoft")),
        ("Maya Ostrow's Quiet Return to Anthropic", ("Maya Ostrow", "return", None, "Anthropic")),
        (  # a nickname in quotes after the role: the role is the subject, the summary says who
            'Cohere veteran "Model Whisperer" moves to Mistral AI',
            ("Maya Ostrow", "join", "Cohere", "Mistral AI"),
        ),
    ],
)
def test_a_move_noun_owned_past_its_describing_words(title: str, expected: Move) -> None:
    summary = "Maya Ostrow confirmed the move on Monday." if "veteran" in title else ""
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Cohere's surprise move to open an office in Tokyo",  # a lab's move, no person
        "Anthropic's big return to the bargaining table",  # no lab moved to
        'The "Model Whisperer" podcast moves to Spotify',  # a show, not a person
    ],
)
def test_move_nouns_without_a_moving_person_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Anthropic is hiring 2,500 people this year", ""),
        (  # the summary says the same without an auxiliary
            "Cohere is hiring 1,500 people as it expands",
            "Cohere hiring 1500 people while closing two offices: inside its plan.",
        ),
        ("xAI hires 300 engineers for its Memphis data centre", ""),
    ],
)
def test_a_headcount_in_the_hundreds_is_growth_not_a_raid(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


def test_a_counted_group_from_a_named_lab_is_still_a_raid() -> None:
    assert event_of("xAI hired 120 engineers from Tesla") == (None, "poach", "Tesla", "xAI")


@pytest.mark.parametrize(
    ("summary", "person"),
    [
        # the one who hired is no mover: the headline's hire stays unnamed
        ("Satya Nadella hired the researcher after a months-long courtship.", None),
        ("Satya Nadella contratou um pesquisador de alto nível da OpenAI.", None),
        # hired in the passive: the one named was hired
        ("Maya Ostrow, who was hired this week, will lead its reasoning team.", "Maya Ostrow"),
        ("Maya Ostrow was hired from OpenAI last week.", "Maya Ostrow"),
    ],
)
def test_the_hirer_in_the_summary_is_not_the_one_hired(summary: str, person: str | None) -> None:
    assert event_of("Microsoft hires OpenAI researcher", summary) == (
        person,
        "join",
        "OpenAI",
        "Microsoft",
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # no move verb in the headline; the summary's hiring names both labs
            "Microsoft's robot project gets a lift from 30 ex-Tesla hires",
            "The company has lured dozens of Tesla engineers in recent weeks.",
        ),
        (  # read as nothing at all: no mover, no watched name
            "The great robotics talent grab: Microsoft versus Tesla",
            "Microsoft is said to be aggressively poaching engineers from Tesla.",
        ),
    ],
)
def test_a_report_telling_an_unnamed_raid_joins_it(
    database: Database, title: str, summary: str
) -> None:
    add_entries(
        database,
        (*RAID, "https://a/raid"),
        ("b", title, summary, T0 + timedelta(hours=8), "https://b/x"),
    )
    analyze(database)
    assert list(stories(database).values()) == [[RAID[1], title]]


@pytest.mark.parametrize(
    ("title", "summary", "later"),
    [
        (  # one lab of the raid only
            "Tesla is hiring robotics engineers again",
            "Tesla engineers say hiring at Tesla picked up this month.",
            timedelta(hours=8),
        ),
        (  # a third lab: another story about both
            "Microsoft and Tesla back Figure AI's new round",
            "Figure AI is hiring after Microsoft and Tesla invested.",
            timedelta(hours=8),
        ),
        (  # both labs, but no word of hiring or leaving
            "Microsoft and Tesla sign a cloud deal for robot training",
            "The deal moves Tesla's training runs to Azure.",
            timedelta(hours=8),
        ),
        (  # days after the raid was told
            "Microsoft's robot project gets a lift from 30 ex-Tesla hires",
            "The company has lured dozens of Tesla engineers in recent weeks.",
            timedelta(days=5),
        ),
    ],
)
def test_reports_beside_an_unnamed_raid_stay_apart(
    database: Database, title: str, summary: str, later: timedelta
) -> None:
    add_entries(
        database, (*RAID, "https://a/raid"), ("b", title, summary, T0 + later, "https://b/x")
    )
    analyze(database)
    assert [RAID[1]] in stories(database).values()


DEPARTURE = ("a", "Lena Ortiz leaves Cohere to build robotics hardware", "", T0)


def test_the_new_startup_of_one_who_left_joins_the_departure(database: Database) -> None:
    later = (
        "b",
        "Cohere Backs Ex-Research Chief Ortiz's New Startup",
        "Cohere is investing in Lena Ortiz's new robotics venture.",
        T0 + timedelta(hours=20),
        "https://b/ortiz",
    )
    add_entries(database, (*DEPARTURE, "https://a/ortiz"), later)
    analyze(database)
    assert list(stories(database).values()) == [[DEPARTURE[1], later[1]]]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Cohere backs Tom Hale's new startup", "Cohere is investing in Tom Hale's new venture."),
        (  # the mover named, but the venture is someone else's
            "Lena Ortiz praises Tom Hale's new startup",
            "Lena Ortiz said Tom Hale's new venture at Mistral AI will matter.",
        ),
    ],
)
def test_another_persons_new_startup_stays_apart(
    database: Database, title: str, summary: str
) -> None:
    add_entries(
        database,
        (*DEPARTURE, "https://a/ortiz"),
        ("b", title, summary, T0 + timedelta(hours=20), "https://b/hale"),
    )
    analyze(database)
    assert [DEPARTURE[1]] in stories(database).values()
