"""English shapes from the development sets' remaining misses: a profile question followed by
a relative clause that is the news ("Who is X? <role> who just left for <lab>"), staff of a lab
named with its owner ("employees at Elon Musk's xAI"), a departure joined to a return ("has
left and returned to"), another country's government giving an AI post ("UK taps X as AI
tsar"), and a unit formed under someone the headline calls a former employee elsewhere. Worded
apart from the sets' rows (other people, labs and phrasings), each with near misses that stay
no moves."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the question names who; the relative clause marked recent is the move
            "Who is Priya Nair? The Google researcher who just joined Anthropic",
            "",
            ("Priya Nair", "join", "Google DeepMind", "Anthropic"),
        ),
        (
            "Meet Lena Ortiz, the Mistral engineer who has just left for Cohere.",
            "",
            ("Lena Ortiz", "join", "Mistral AI", "Cohere"),
        ),
        (  # no one named: the role is the subject, the summary may say who
            "The Nvidia chip architect who recently left for OpenAI",
            "",
            (None, "join", "Nvidia", "OpenAI"),
        ),
    ],
)
def test_a_recent_relative_clause_that_ends_the_headline(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        # the clause goes on: the move describes who says something
        "The Google researcher who just joined Anthropic says scaling is over",
        # not marked recent: who the person is, not news of a move
        "Who is Priya Nair? The Google researcher who joined Anthropic",
        "Jan Novak, who recently joined Cohere, warns about open weights",
        # a question about someone not yet known to move
        "Who is the engineer who just left OpenAI?",
    ],
)
def test_relative_clauses_that_stay_background(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the owner's possessive does not make the lab the subject
            "A founding engineer at Elon Musk's xAI joins Anthropic",
            (None, "join", "xAI", "Anthropic"),
        ),
        (
            "Two of the first researchers at Sam Altman’s OpenAI quit",
            (None, "leave", "OpenAI", None),
        ),
        (  # 'left and returned to': one arrival, a return
            "Tomas Berg has left Mistral and returned to Google",
            ("Tomas Berg", "return", "Mistral AI", "Google DeepMind"),
        ),
        (
            "One of the early staffers at Elon Musk's xAI has left and returned to Meta",
            (None, "return", "xAI", "Meta"),
        ),
    ],
)
def test_staff_of_an_owned_lab_and_a_return(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Elon Musk's xAI has left the industry coalition",
        "Talks at Elon Musk's xAI have left investors cold",
    ],
)
def test_an_owned_lab_as_the_subject_stays_no_move(title: str) -> None:
    no_move(title)


def test_left_and_joined_stays_a_join() -> None:
    assert event_of("Tomas Berg has left Mistral and joined Google")[1] == "join"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # another government's AI post: appointed, whatever the person did before
            "Britain names former DeepMind researcher Tomas Berg as AI envoy",
            ("Tomas Berg", "appointed", "Google DeepMind", "UK government"),
        ),
        (
            "France taps Mistral co-founder Priya Nair as AI adviser",
            ("Priya Nair", "appointed", None, "French government"),
        ),
        (
            "Canada picks ex-Cohere executive Lena Ortiz as national AI tsar",
            ("Lena Ortiz", "appointed", "Cohere", "Government of Canada"),
        ),
    ],
)
def test_a_government_gives_an_ai_post(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "UK taps OpenAI to help write AI policy",  # a lab, no person
        "UK taps Tomas Berg as trade envoy",  # no AI post
        "UK taps former AI tsar Tomas Berg to chair bank",  # the AI post is a former one
        "Tomas Berg says UK taps talent for AI policy",  # the government is not the subject
    ],
)
def test_government_picks_that_are_no_ai_post(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Google forms robotics unit under ex-Tesla AI chief Tomas Berg",
            ("Tomas Berg", "appointed", "Tesla", "Google DeepMind"),
        ),
        (
            "Amazon sets up new agents division under former Apple design head Lena Ortiz",
            ("Lena Ortiz", "appointed", "Apple", "Amazon"),
        ),
    ],
)
def test_a_unit_formed_under_a_former_employee_elsewhere(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Google forms robotics unit under CTO Tomas Berg",  # a sitting executive
        "Microsoft forms new AI group under Satya Nadella",
        "Microsoft forms AI group under pressure from former OpenAI staff",  # no one named
    ],
)
def test_units_under_sitting_executives_stay_no_move(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the hirer a lab, right before the verb
            "Meet Priya Nair, the OpenAI engineer Anthropic has poached",
            ("Priya Nair", "join", "OpenAI", "Anthropic"),
        ),
        (  # the hirer a person, hiring for the lab named after the verb
            "Meet Lena Ortiz, ex-Google scientist Satya Nadella just hired for Microsoft AI",
            ("Lena Ortiz", "join", "Google DeepMind", "Microsoft"),
        ),
    ],
)
def test_a_profile_of_the_one_hired(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Meet Priya Nair, the OpenAI engineer who hired 40 people for Meta",  # she hires
        "Meet Priya Nair, the Anthropic recruiter: she hired 40 engineers from Google",
        "Meet Priya Nair, the startup founder Google has hired",  # no lab she comes from
        "Meet the Google researchers Meta just hired",  # no one named
    ],
)
def test_profiles_that_are_no_hire_of_the_one_met(title: str) -> None:
    no_move(title)
