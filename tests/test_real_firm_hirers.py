"""Banks and consultancies, and founders named in full, as hirers (sets AE and AF's misses): a
firm whose name
looks like a person's ("JPMorgan", "Morgan Stanley", "Barclays") opening the headline before
a verb of hiring, with a lab's unnamed executive or researcher as its object, is the company
the person joins, written as the summary spells it where it does ("JPMorgan Chase", "J.P.
Morgan"); a lab's founder named in full who hires someone ("Paul Allen hires X") hires
for the lab they founded (labs.LAB_FOUNDERS). Worded apart from the labelled rows (other firms, labs and roles), with near misses
that must stay no moves: a firm hired for a deal, a firm hiring a firm, plans to hire, an
opening, and a firm's hires with no role."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a lab's executive, unnamed: the bank is where they go
            "Morgan Stanley Poaches Meta Exec to Run Machine Learning",
            "",
            (None, "join", "Meta", "Morgan Stanley"),
        ),
        (  # an adverb before the verb
            "Barclays just hired a senior OpenAI researcher in a push on AI",
            "",
            (None, "join", "OpenAI", "Barclays"),
        ),
        (  # the summary's fuller name for the firm
            "Goldman Poaches Anthropic Executive For Trading Models",
            "Goldman Sachs has hired a senior executive from Anthropic to lead its AI models.",
            (None, "join", "Anthropic", "Goldman Sachs"),
        ),
        (  # the summary's spelling with dots
            "JP Morgan quietly hired a top Microsoft engineer for its AI group",
            "J.P. Morgan hired an engineer from Microsoft amid a contest for AI staff.",
            (None, "join", "Microsoft", "J.P. Morgan"),
        ),
        (  # an owner before the role is no one hired
            "Deloitte Lures Stanford's Top AI Professor to Lead Research",
            "",
            (None, "join", None, "Deloitte"),
        ),
    ],
)
def test_firms_hiring_unnamed_staff(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Anthropic taps Morgan Stanley for a debt sale", ""),
        ("Goldman Sachs hires law firm Wachtell for merger talks", ""),
        ("Barclays plans to hire AI researchers next year", ""),
        ("Morgan Stanley is hiring machine learning engineers", ""),
        ("Barclays hires for new London AI hub", ""),
    ],
)
def test_firm_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Liang Wenfeng Hires Jane Roe for New Reasoning Push",
            "The founder has tapped a well-known professor to lead a new research group.",
            ("Jane Roe", "join", None, "DeepSeek"),
        ),
        (  # a pick with no origin is an appointment, as "Zuckerberg taps X" is
            "Mira Murati taps Jane Roe to lead new lab",
            "",
            ("Jane Roe", "appointed", None, "Thinking Machines Lab"),
        ),
    ],
)
def test_founders_hiring_for_their_lab(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Liang Wenfeng praises Jane Roe for new reasoning work", ""),
        ("Liang Wenfeng plans to hire Jane Roe", ""),
        ("Karl Brenner hires Jane Roe for new AI push", ""),
    ],
)
def test_founder_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert no_move(title, summary)
