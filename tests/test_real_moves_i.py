"""Shapes that the real set I showed the rules misread: episodes retold as news (a round trip
told whole, departures tallied over years, a lab's staff described, an interview's topics), an
organisation named after a person or a country ("... Institute"), and a role's holder named
only in the summary. Worded apart from the labelled set (other people, labs and phrasings),
each with near misses that keep the move."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gemini Lead Quit for Mistral AI, Then Came Back", ""),
        ("The engineer who left Anthropic for OpenAI and returned a month later", ""),
        ("Why 9 senior OpenAI researchers have left over the last three years", ""),
        ("Five Apple AI executives departed in the past decade. Here is why", ""),
        (
            "Mistral AI recruited engineers from Google's labs in Paris",
            "Mistral AI, the French start-up, has several former Google employees among its "
            "first hundred staff.",
        ),
        ("Podcast: Cohere's CEO on the $2B Oracle deal and what enterprises want", ""),
        ("Interview with Anthropic's president: the $30B Microsoft deal | Daniela Amodei", ""),
    ],
)
def test_an_episode_retold_is_no_move(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the departure alone is news
        (
            "Gemini lead quit Google for Mistral AI",
            "",
            (None, "join", "Google DeepMind", "Mistral AI"),
        ),
        # departures counted since a month are moves told as they happen
        (
            "From Apple to Meta: 11 engineers jump ship to Meta since March",
            "",
            (None, "join", "Apple", "Meta"),
        ),
        # one person who led a team for years is still news
        (
            "Tesla's Autopilot chief, who led the team for the past five years, departs",
            "",
            (None, "leave", "Tesla", None),
        ),
        # a present-tense raid whose summary says who works there now is a raid
        (
            "Mistral AI hires engineers from Google",
            "Mistral AI has several former Google employees on its new team in Paris.",
            (None, "poach", "Google DeepMind", "Mistral AI"),
        ),
    ],
)
def test_near_misses_keep_the_move(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_a_round_trip_in_the_present_perfect_is_news() -> None:
    got = classify("Priya Nair has left and returned to Anthropic", "", WATCH)
    assert got.is_move and got.event is not None and got.event.person == "Priya Nair"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # an institute named after a person is no person, and its head leaves it
            "Director of embattled Ada Lovelace Institute to resign",
            "",
            (None, "leave", "Ada Lovelace Institute", None),
        ),
        (  # a country written 'US' or 'U.S.', the summary naming the director
            "UK AI Security Institute Faces Budget Questions as Chief Departs",
            "Oliver Grant, the chief of the UK AI Security Institute, is leaving after two years.",
            ("Oliver Grant", "leave", "UK AI Security Institute", None),
        ),
        (  # the headline's shorter name widened to the summary's
            "AI Safety Institute director steps down",
            "Nadia Petrov, who led the U.S. AI Safety Institute since its founding, resigned.",
            ("Nadia Petrov", "leave", "U.S. AI Safety Institute", None),
        ),
        (
            "US AI Safety Institute Director Quits Amid Budget Cuts",
            "The landscape shifts as Petrov, the director of the US AI Safety Institute, quits.",
            ("Petrov", "leave", "U.S. AI Safety Institute", None),
        ),
        (  # a named person in the main clause is still the mover
            "Nadia Petrov leaves Alan Turing Institute for Anthropic",
            "",
            ("Nadia Petrov", "join", "Alan Turing Institute", "Anthropic"),
        ),
    ],
)
def test_institutes_and_their_heads(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Alan Turing Institute refocuses on defence research",  # no move
        "Ada Lovelace Institute publishes report on AI hiring",
        "Institute for Advanced Study hosts AI safety workshop",
    ],
)
def test_institutes_without_a_move_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move
