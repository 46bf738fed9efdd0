"""Moves at companies on no list, and the headline's future forms (set U's misses): a company
the tagger took for a person's name hires, appoints or loses someone when the summary calls it
an organisation ("Kestrel Motor Group", "Halvorsen, a Norwegian shipping firm", "carmaker
Vantor", "head of AI at Brightwell"); and "<owner>'s <post> to step down" announces the
subject's move, where "<owner>'s plan to ..." states a purpose. Worded apart from the labelled
sets (other people, companies and phrasings), each with near misses that must stay as they
were: a person doing the same verbs, a summary that never calls the name a company, a noun of
intent before the infinitive, questions, rumours and denials."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the hirer opens the headline; the summary gives its group's full name
            "Kestrel taps Google, Apple veteran Ines Marlow to run driver-assist software",
            "Kestrel Motor Group has tapped a veteran of Google and Apple to lead its software push.",
            ("Ines Marlow", "join", "Google DeepMind", "Kestrel Motor Group"),
        ),
        (  # two capitalised words, which read as a person's name, and a legal tail
            "Bram Halvorsen hires first head of AI",
            "Bram Halvorsen Inc. has hired Petra Lund as its first head of artificial "
            "intelligence, the shipping company said.",
            ("Petra Lund", "join", None, "Bram Halvorsen"),
        ),
        (  # an apposition calls it a company
            "Halvorsen appoints Chief Data and AI Officer",
            "Halvorsen, a Norwegian shipping company, has appointed Oskar Vik as its chief data "
            "and AI officer.",
            ("Oskar Vik", "appointed", None, "Halvorsen"),
        ),
        (  # the company loses someone; the summary calls it the carmaker
            "Vantor Loses Head of Autonomy",
            "Carmaker Vantor has lost its head of autonomy, Lena Forsberg, who left after three "
            "years, according to carmaker Vantor.",
            ("Lena Forsberg", "leave", "Vantor", None),
        ),
        (  # the origin before "'s" and a role, an employer in the summary
            "Brightwell's machine learning chief to resign",
            "Tomas Ekdahl, head of machine learning at Brightwell, has tendered his "
            "resignation, people familiar said.",
            ("Tomas Ekdahl", "leave", "Brightwell", None),
        ),
        (  # the origin before a colon and a role
            "Brightwell: Senior Director of Applied AI steps down",
            "Hanna Roos, Senior Director of Applied AI at Brightwell, has resigned to pursue "
            "other opportunities.",
            ("Hanna Roos", "leave", "Brightwell", None),
        ),
        (  # the headline's subject, an owner's post, then its announced move
            "Chancellor Mertz's AI envoy to step down after a year",
            "",
            (None, "leave", None, None),
        ),
        (
            "Taoiseach's AI commissioner to quit, citing health",
            "Aoife Brennan, the AI commissioner, will quit in March.",
            ("Aoife Brennan", "leave", None, None),
        ),
    ],
)
def test_company_and_future_shapes(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a person doing the same verb: the summary writes the given name before the surname
        (
            "Jordan taps longtime ally as chief of staff",
            "Senator Michael Jordan has tapped his longtime ally as chief of staff.",
        ),
        # the summary never calls the name an organisation
        (
            "Kowalczyk hires lawyer",
            "Kowalczyk said he had hired a lawyer after the dispute.",
        ),
        # a noun of intent before the infinitive: a purpose, not a move
        ("Kestrel's plan to hire 500 engineers stalls", ""),
        ("Brightwell's offer to poach rival staff rebuffed", ""),
        # a question, a rumour and a denial stay no moves
        ("Is Starmer's AI envoy set to step down?", ""),
        ("Brightwell's AI chief said to be in talks to leave", ""),
        ("Brightwell denies reports its AI chief is leaving", ""),
    ],
)
def test_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert no_move(title, summary)


def test_a_post_held_now_elsewhere_is_the_origin() -> None:
    """'X, who is currently the provost ... at Y': where the appointee comes from; a post held
    at the hiring company itself, or another person's post, is none."""
    assert event_of(
        "Halvorsen appoints Chief Data and AI Officer",
        "Halvorsen, a Norwegian shipping company, has appointed Oskar Vik as its chief data and "
        "AI officer. Vik, who is currently the provost for data science at Oslo's Fjordvik "
        "University, starts in May.",
    ) == ("Oskar Vik", "appointed", "Fjordvik University", "Halvorsen")
    assert event_of(
        "Halvorsen appoints Chief Data and AI Officer",
        "Halvorsen, a Norwegian shipping company, has appointed Oskar Vik as its chief data and "
        "AI officer. Petra Lund, who is currently the provost at Nordic University, praised it.",
    ) == ("Oskar Vik", "appointed", None, "Halvorsen")


def test_name_the_summary_writes_as_a_person_stays_a_person() -> None:
    """'Altman names X chief scientist' with 'Sam Altman' in the summary: a person names."""
    analysis = classify(
        "Altman names Rhea Dalton chief scientist",
        "OpenAI CEO Sam Altman named Rhea Dalton chief scientist of OpenAI.",
        WATCH,
    )
    assert analysis.event is None or analysis.event.to_lab != "Altman"
