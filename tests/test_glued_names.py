"""A relative word a feed ran into the name before it ('Jane Rowlandwho', a link's text ending
at the name) is split off, so the mover is the name alone (jobs/language/tokens.py _unglued);
words that merely end in the same letters, or are lower-case, stay whole."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.language.tokens import tokenize
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", []), ("Demis Hassabis", [])], [], None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("hired Jane Rowlandwho now leads", ["hired", "Jane", "Rowland", "who", "now", "leads"]),
        ("named Ken Ashfordwhich surprised", ["named", "Ken", "Ashford", "which", "surprised"]),
        ("a Mendezwhose team left", ["a", "Mendez", "whose", "team", "left"]),
        # near misses: a lower-case word, a short stem, a word ending in other letters
        ("anywho she left", ["anywho", "she", "left"]),
        ("Ahwho left", ["Ahwho", "left"]),
        ("a Sandwich who left", ["a", "Sandwich", "who", "left"]),
    ],
)
def test_a_relative_run_into_a_name_is_split_off(text: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == words


def test_the_mover_is_the_name_without_the_glued_word() -> None:
    event = classify(
        "Anthropic hires former Google exec to lead infrastructure",
        "The lab has hired the former Google manager Jane Rowlandwho thus joins its compute team.",
        WATCH,
    ).event
    assert event is not None
    assert event.person == "Jane Rowland"
