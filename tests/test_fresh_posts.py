"""Profiles and analyses of a fresh move whose summary states it ('<Person> at <Lab>: ...' +
'X — a long description — has joined <Lab>'), kept apart from retellings of a move long over."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([], [], None)


@pytest.mark.parametrize(
    ("title", "summary", "person", "to"),
    [
        (
            "Ortega at Mistral AI: What Comes Next for Le Chat",
            "Marisol Ortega \u2014 founding member of Hugging Face, former Meta AI director, "
            'and the engineer who coined the term "agent ops" \u2014 has joined Mistral AI to '
            "build its applied research team.",
            "Marisol Ortega",
            "Mistral AI",
        ),
        (
            "Lindqvist at Anthropic: The Compiler Veteran Behind Claude's Speed-Up",
            "Tomas Lindqvist \u2013 a decade-long compiler engineer, the author of two widely "
            "used open-source toolchains and a frequent conference speaker \u2013 has joined "
            "Anthropic to lead inference work.",
            "Tomas Lindqvist",
            "Anthropic",
        ),
    ],
)
def test_a_long_dash_apposition_keeps_the_subject_with_its_verb(
    title: str, summary: str, person: str, to: str
) -> None:
    # a description between two dashes, however long within a sentence, is read as between
    # commas: the subject before it still joins
    got = classify(title, summary, WATCH)
    assert got.event is not None, got.reasons
    assert (got.event.person, got.event.action, got.event.to_lab) == (person, "join", to)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # a move long over, told as background to what the person does now
            "Ortega at Mistral AI: Two Years On",
            "Marisol Ortega \u2014 founding member of Hugging Face, former Meta AI director, "
            'and the engineer who coined the term "agent ops" \u2014 joined Mistral AI in 2023 '
            "and now runs its applied research team.",
        ),
        (  # an interview about why someone left, the move over
            "Ortega on Why She Left Meta",
            "Marisol Ortega \u2014 founding member of Hugging Face, former Meta AI director, "
            'and the engineer who coined the term "agent ops" \u2014 explains why she left '
            "Meta years ago.",
        ),
    ],
)
def test_a_retold_move_behind_a_long_apposition_is_no_move(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move
