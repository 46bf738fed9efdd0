"""False moves of real headlines (sets AA and AB): a word before a participle read as a
mover, a speaker's claim read as their own move, an exit's story retold, a share of a team
counted. Worded apart from the sets' rows, with moves of the same shape that must stay moves."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move


@pytest.mark.parametrize(
    "title",
    [
        # an adverb before a participle describes the company; nobody founds it here
        "Newly formed robotics lab Atlas Works wants to train open models",
        "Recently launched Vega Institute plans a new benchmark for agents",
        "Freshly founded Orbit Labs signs a cloud deal with Oracle",
    ],
)
def test_adverb_before_a_participle_is_no_founder(title: str) -> None:
    assert no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the adverb is no person: the mover is the one the rest of the headline names
        (
            "Recently ousted Cohere CEO Ana Lopez joins Mistral",
            ("Ana Lopez", "join", "Cohere", "Mistral AI"),
        ),
        ("Newly hired Meta scientist quits after two weeks", (None, "leave", "Meta", None)),
    ],
)
def test_adverb_before_a_participle_leaves_the_move(
    title: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title) == expected
