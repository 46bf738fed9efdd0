"""Gates that refused true moves across the real sets (the recall round of December 7):
a summary's move read past a model's "series", a perfect with an adverb, money paid to hire,
a describing word between a company and its post, an arrival "as" a post with no lab in the
summary, and the summary of a headline about one lab. Worded apart from the labelled sets
(other people, companies and phrasings), each with near misses that stay as they were."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a model's "series" a few words before the verb is no series of moves
            "Priya Raman on scaling research teams",
            "Priya Raman, who led DeepSeek's work on the V3 series, is moving to Moonshot AI.",
            ("Priya Raman", "join", "DeepSeek", "Moonshot AI"),
        ),
        (
            "Priya Raman on scaling research teams",
            "Priya Raman, who led DeepSeek's work on the V3 series, has announced her "
            "departure to join Moonshot AI as a research lead.",
            ("Priya Raman", "join", "DeepSeek", "Moonshot AI"),
        ),
        (  # a perfect with an adverb between the auxiliary and the participle
            "Tomas Lind's research agenda at Mistral AI",
            "Tomas Lind has officially joined Mistral AI from Google DeepMind, the company "
            "confirmed.",
            ("Tomas Lind", "join", "Google DeepMind", "Mistral AI"),
        ),
        (  # money paid, in the present of a headline, for a hire that happened
            "Microsoft pays $650 million to hire Kestrel AI's chief executive Lena Hart",
            "",
            ("Lena Hart", "join", "Kestrel AI", "Microsoft"),
        ),
        (  # a word describing the person between the company and the post
            "Microsoft hires Kestrel AI's Paris-born CTO Lena Hart",
            "",
            ("Lena Hart", "join", "Kestrel AI", "Microsoft"),
        ),
        (  # a headline about one lab with no move verb: its summary tells the move
            "Cohere's talent comeback",
            "Cohere has successfully brought back two senior researchers from Mistral AI, the "
            "company said.",
            (None, "return", "Mistral AI", "Cohere"),
        ),
        (  # an arrival "as" a post with no lab: the lab the headline opens with
            "Anthropic's finance bench gets deeper with a new chief",
            "Former Stripe executive Dana Whitfield joins as chief financial officer, the "
            "company said.",
            ("Dana Whitfield", "join", "Stripe", "Anthropic"),
        ),
    ],
)
def test_moves_past_the_gates(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a series of exits is many moves, no one's
        (
            "Anthropic on keeping its researchers",
            "A series of researcher exits to Meta has hit the lab.",
        ),
        # the simple past in a summary stays background
        (
            "Tomas Lind's research agenda at Mistral AI",
            "Tomas Lind officially joined Mistral AI from Google DeepMind in 2023.",
        ),
        # money spent on something else, or on hiring in general
        (
            "Microsoft spends $10 billion to build data centres in Wisconsin",
            "The company will hire.",
        ),
        (
            "Meta spends $10 billion to hire talent, build data centres",
            "The company is recruiting.",
        ),
        # a hiring plan in the summary of a headline about one lab
        ("Cohere's talent strategy", "Cohere says it wants to hire 200 engineers this year."),
        # "joins as" with no headline lab to join
        (
            "The week in AI: finance chiefs everywhere",
            "Dana Whitfield joins as chief financial officer.",
        ),
    ],
)
def test_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move
