"""Universities where a move comes from or goes (jobs/language/academia.py): a post there
right before the mover's name ("Stanford statistician X") or in an apposition after it ("X, an
associate professor of physics at Princeton"), and a departure "for Oxford"; each reported by
its full name. Worded apart from the labelled sets' rows, with near misses."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.language.endpoints import destination
from jobs.language.people import clean_text, compile_watch, tag
from jobs.watch.lists import watch_from_settings
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Jane Roe joins Anthropic",
            "Stanford statistician Jane Roe has joined Anthropic's interpretability team.",
            ("Jane Roe", "join", "Stanford University", "Anthropic"),
        ),
        (  # a possessive university and a description of the post
            "xAI recruits a top theorist",
            "Yale's youngest tenured mathematics professor John Poe is joining xAI.",
            ("John Poe", "join", "Yale University", "xAI"),
        ),
        (  # the post in an apposition, past its field
            "John Poe joins Cohere",
            "John Poe, an associate professor of physics at Princeton, is joining Cohere.",
            ("John Poe", "join", "Princeton University", "Cohere"),
        ),
        (  # a departure for a university named by its short name, a title-case clause after
            "Mistral AI Scientist Jane Roe Leaves Company for Oxford Amid Reshuffle",
            "Roe will teach machine learning there.",
            ("Jane Roe", "join", "Mistral AI", "University of Oxford"),
        ),
    ],
)
def test_a_university_is_where_the_move_comes_from_or_goes(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "summary",
    [
        # near misses: a degree, a post elsewhere, someone else's post
        "Stanford graduate Jane Roe has joined Anthropic's interpretability team.",
        "Jane Roe, a director at Stanford Health, has joined Anthropic.",
        "Jane Roe, who studied under Stanford professor John Poe, has joined Anthropic.",
    ],
)
def test_no_university_origin_from_other_ties(summary: str) -> None:
    assert event_of("Jane Roe joins Anthropic", summary)[2] is None


def test_a_magazine_named_for_a_university_is_no_destination() -> None:
    title = "Jane Roe leaves Mistral AI for MIT Technology Review"
    assert event_of(title, "Roe will edit its AI coverage.")[3] != "MIT"


@pytest.mark.parametrize("title", ["Jane Roe leaves OpenAI to join", "Jane Roe quits OpenAI for"])
def test_a_departure_clause_ending_at_its_link_names_no_destination(title: str) -> None:
    """A clause cut off after 'for' or 'to join': nothing past its end is read as where to."""
    toks = tag(clean_text(title), compile_watch(watch_from_settings([], [], None))).toks
    assert destination(toks, 2, len(toks), "OpenAI") is None


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a university of two name words: no person, and a post there the origin
            "Meta adds Johns Hopkins prof to its robotics team",
            "Meta has hired Johns Hopkins professor and robotics expert Jane Roe.",
            ("Jane Roe", "join", "Johns Hopkins University", "Meta"),
        ),
        (  # the university's possessive right before the name
            "Cohere hires Carnegie Mellon researcher for its agents push",
            "Cohere has added Carnegie Mellon's John Poe to its research team.",
            ("John Poe", "join", "Carnegie Mellon University", "Cohere"),
        ),
        (  # a dean's title before the name, the university before it
            "Mistral AI hires MIT Dean John Poe as chief scientist",
            "",
            ("John Poe", "join", "MIT", "Mistral AI"),
        ),
    ],
)
def test_a_university_named_before_the_mover_is_no_person(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # near misses: a given name Dean, a degree at the university, a past post there
        ("Dean Ball joins Anthropic", "", ("Dean Ball", "join", None, "Anthropic")),
        (
            "Cohere hires Jane Roe",
            "Jane Roe, a Carnegie Mellon graduate, has joined Cohere.",
            ("Jane Roe", "join", None, "Cohere"),
        ),
        (
            "Cohere hires Jane Roe",
            "Former Johns Hopkins professor Jane Roe has joined Cohere.",
            ("Jane Roe", "join", None, "Cohere"),
        ),
    ],
)
def test_no_university_origin_without_a_post_there(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Cohere hires Johns Hopkins AI researcher to lead its health push",
        "Mistral AI recruits Stanford machine learning professor for its research team",
    ],
)
def test_a_hired_post_at_a_university_is_the_origin(title: str) -> None:
    """The hired named by a post at a university and no name: from that university."""
    expected = "Stanford University" if "Stanford" in title else "Johns Hopkins University"
    assert event_of(title, "Jane Roe will start next month.")[2] == expected


@pytest.mark.parametrize(
    "title",
    [
        # near misses: a degree, a role that is no post there
        "Cohere hires Johns Hopkins graduates to lead its health push",
        "Cohere hires Stanford AI expert to lead its health push",
    ],
)
def test_no_university_origin_of_the_hired_without_a_post_there(title: str) -> None:
    analysis = classify(title, "Jane Roe will start next month.", WATCH)
    assert analysis.event is None or analysis.event.from_lab is None
