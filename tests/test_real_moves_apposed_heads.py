"""A person and the head post of a body just given to them, in apposition, as the whole
headline ("X, new director general of the Y Agency", "Y: X, new director of the Z Institute"):
an appointment at the body as the headline names it, or at its acronym where the headline's
topic is the acronym the summary writes in parentheses; and a body opening the headline that
makes known its new head ("Y Forum names first director"), whom the summary names as given
that post at the same body. Worded apart from the labelled rows
(other people, bodies and posts), with near misses that must stay no moves: a post held, not
new; a fund or a board; a body with no AI in the text; a search for a head; a head the summary
does not name."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the whole headline is the apposition; the body as the headline names it
            "Lena Varga, New Executive Director of the Open Compute Forum",
            "The forum works on shared standards for AI hardware.",
            ("Lena Varga", "appointed", None, "Open Compute Forum"),
        ),
        (  # a post of two words, and a body whose name has 'for' inside
            "Tomas Ruiz, first director-general of the Office for AI Standards",
            "The office sets rules for artificial intelligence.",
            ("Tomas Ruiz", "appointed", None, "Office for AI Standards"),
        ),
        (  # a topic before the colon that the summary writes as the body's acronym
            "Ocia: Mara Lind, new head of the Artificial Intelligence Oversight Council Office",
            "The cabinet chose Mara Lind to run the Office for Oversight of Artificial "
            "Intelligence (OCIA), set up this year.",
            ("Mara Lind", "appointed", None, "Ocia"),
        ),
    ],
)
def test_apposed_head_is_appointed(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a post held, not just given: the headline quotes its holder
        (
            "Lena Varga, director of the AI Standards Agency: 'we will not slow anyone down'",
            "It oversees artificial intelligence.",
        ),
        # a fund or a board headed is no body moved to
        ("Lena Varga, new chair of the AI Safety Fund", "It oversees artificial intelligence."),
        ("Lena Varga, new head of the AI Ethics Board", "It oversees artificial intelligence."),
        # no AI anywhere: a museum's director is no AI move
        ("Lena Varga, new director of the National Gallery", "She ran a regional museum."),
        # a former head, after a topic, is described, not named
        (
            "Explainer: Lena Varga, former head of the AI Standards Agency",
            "It oversees artificial intelligence.",
        ),
    ],
)
def test_apposition_not_a_new_head(title: str, summary: str) -> None:
    assert no_move(title, summary)


def test_topic_not_written_as_acronym_is_no_body() -> None:
    # a topic the summary never writes in parentheses is not the body's name
    assert event_of(
        "Profile: Lena Varga, new director of the Artificial Intelligence Standards Agency",
        "She will lead the agency that oversees artificial intelligence.",
    ) == ("Lena Varga", "appointed", None, "Artificial Intelligence Standards Agency")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the body announces; the summary's appointment names who, at the same body
            "Model Safety Forum Names First Executive Director, Unveils Grants",
            "Four AI labs announced the appointment of Ruth Okafor as the first executive "
            "director of the Model Safety Forum, their joint safety body.",
            ("Ruth Okafor", "appointed", None, "Model Safety Forum"),
        ),
        (  # an agency, its post closing the headline
            "Compute Oversight Agency welcomes new head",
            "The AI regulator has named Jonas Feld as its new head of the Compute Oversight "
            "Agency.",
            ("Jonas Feld", "appointed", None, "Compute Oversight Agency"),
        ),
    ],
)
def test_body_announces_its_head(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a search for the post, not its holder
        (
            "Model Safety Forum announces new director search",
            "The AI forum said Ruth Okafor as director of the Model Safety Forum will stay on "
            "until a successor is found.",
        ),
        # a fund and a board are no head
        (
            "Model Safety Forum unveils new AI Safety Fund",
            "The forum named Ruth Okafor as director of the Model Safety Forum fund.",
        ),
        ("Model Safety Forum names new advisory board", "The AI forum named six advisers."),
        # the summary names nobody given the post
        (
            "Model Safety Forum names first director",
            "The AI forum will name its first director next year.",
        ),
    ],
)
def test_body_names_no_head(title: str, summary: str) -> None:
    assert no_move(title, summary)
