"""Fields a summary's later sentence gives a move found elsewhere: the lab that lost the people
who return to another ("Acme lost two co-founders this week. Both are returning to ..."), and
the lab a departing person is then said to join ("X has resigned. ... X said she is joining
..."). Worded apart from the labelled sets' rows, with near misses that stay as they were."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the lab that lost them opens the sentence
            "Three researchers go back to Anthropic",
            "Mistral AI lost three of its early engineers this month. All three are rejoining"
            " Anthropic a year after leaving it.",
            (None, "return", "Mistral AI", "Anthropic"),
        ),
        (  # people at the lab "have departed the company"
            "Cohere's talent boomerang: engineers return to Google DeepMind",
            "Two engineers at Cohere's Toronto office have departed the company after a few months"
            " to rejoin Google DeepMind.",
            (None, "return", "Cohere", "Google DeepMind"),
        ),
    ],
)
def test_a_return_comes_from_the_lab_that_lost_them(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "summary",
    [
        # near misses: the sentence names the lab returned to first, or two labs left
        "Anthropic lost three engineers to Mistral AI last year. All three are rejoining"
        " Anthropic now.",
        "Engineers from Cohere and Mistral AI who left in 2024 are rejoining Anthropic.",
    ],
)
def test_no_origin_from_a_sentence_naming_other_labs(summary: str) -> None:
    assert event_of("Three researchers go back to Anthropic", summary)[2] is None


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (  # the same person, named by surname alone, says where she goes two sentences on
            "Jane Roe, Mistral AI's head of inference, has resigned after two years. She thanked"
            " the team. A week later, Roe said she is joining Anthropic.",
            ("Jane Roe", "join", "Mistral AI", "Anthropic"),
        ),
        (  # near miss: someone else's arrival in the later sentence
            "Jane Roe, Mistral AI's head of inference, has resigned after two years. John Poe"
            " is joining Anthropic.",
            ("Jane Roe", "leave", "Mistral AI", None),
        ),
        (  # near miss: a past post retold ("joined ... in 2023") is not where she goes
            "Jane Roe, Mistral AI's head of inference, has resigned after two years. Roe joined"
            " Mistral AI from Cohere in 2023.",
            ("Jane Roe", "leave", "Mistral AI", None),
        ),
    ],
)
def test_a_later_sentence_says_where_the_one_who_left_goes(summary: str, expected: Move) -> None:
    title = "Head of inference at the French AI company steps down: 'time for something new'"
    assert event_of(title, summary) == expected
