"""English headlines that read like a move but say none happened: a count of none before the
move word ("zero exits", "no departures") and a first-person move the author looks back on
from a later sentence ("I quit X to ... . Today I ..."). New sentences, not the blind sets';
docs/stories.md, "Counts of none and first-person retrospectives"."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", []), ("Demis Hassabis", [])], [], None)


@pytest.mark.parametrize(
    "title",
    [
        "Inside Cohere, where no engineers quit last year",
        "No researchers left Anthropic after the reorganisation",
        "I quit Google to build a robotics company. Today I employ 40 engineers",
        "I joined OpenAI as an intern! Now I run its evals team",
        "I left Cohere for a startup; three years later I'm hiring its researchers",
    ],
)
def test_a_move_said_not_to_happen_or_looked_back_on_is_no_move(title: str) -> None:
    analysis = classify(title, "", WATCH)
    assert not analysis.is_move, analysis.reasons


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("Cohere No. 2 executive leaves for Mistral AI", "Cohere"),  # a rank, not a count
        ("Cohere exec leaves for Mistral AI, no reason given", "Cohere"),
        ("Why I'm leaving Anthropic. Now is the time", "Anthropic"),  # leaving now: news
        ("Why I quit Cohere", "Cohere"),
    ],
)
def test_a_near_miss_is_still_a_move(title: str, source: str) -> None:
    event = classify(title, "", WATCH).event
    assert event is not None, classify(title, "", WATCH).reasons
    assert event.from_lab == source


@pytest.mark.parametrize(
    "title",
    [
        "Cohere Researchers Leave Amid Funding Fears and Internal Turmoil",
        "Cohere Researchers Leave Amid Internal Turmoil",
    ],
)
def test_a_phrase_of_circumstance_is_no_person(title: str) -> None:
    assert "Internal Turmoil" not in classify(title, "", WATCH).people


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("Amid Talent War, Priya Nair Leaves Cohere for Mistral AI", "Priya Nair"),
        ("Priya Nair and Tomas Berg Leave Cohere Amid Reorganisation", "Priya Nair"),
        ("Cohere Staff Depart Amid Priya Nair's Exit", "Priya Nair"),  # someone's exit
    ],
)
def test_a_person_near_a_phrase_of_circumstance_is_still_named(title: str, person: str) -> None:
    assert person in classify(title, "", WATCH).people


SUCCESSION = (
    "Ana Ruiz, who led the agents group, has resigned. Mistral AI appointed Lena Park as her"
    " successor."
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the headline's mover is the newcomer to the post; the summary names the predecessor
        ("Mistral AI research director takes the reins", ("Lena Park", "appointed")),
        ("New agents chief took the reins at Mistral AI", ("Lena Park", "appointed")),
        # near miss: a headline of the departure names the one who leaves
        ("Mistral AI agents chief resigns", ("Ana Ruiz", "leave")),
    ],
)
def test_who_takes_a_post_is_not_who_steps_down(title: str, expected: tuple[str, str]) -> None:
    event = classify(title, SUCCESSION, WATCH).event
    assert event is not None, classify(title, SUCCESSION, WATCH).reasons
    assert (event.person, event.action) == expected
