"""Shapes that the real set P showed the rules misread or missed. Worded apart from the
labelled set (other people, companies and phrasings), each with near misses that stay as they
were."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


def is_move(title: str, summary: str = "") -> bool:
    return classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # a return the summary tells as the end of a pause: back in the same post
            "Lena Ortiz Returns to Lead Anthropic Through a Turbulent Year",
            "Lena Ortiz, Anthropic's president, is back at work after a four-month hiatus.",
        ),
        (
            "Omar Haddad returns as Mistral AI CTO amid reshuffle",
            "The co-founder had announced a break in the spring to spend time with family.",
        ),
        (
            "Priya Raman is back at Cohere",
            "Raman returned to Cohere on Monday after a leave of absence.",
        ),
    ],
)
def test_return_from_a_pause_is_no_move(title: str, summary: str) -> None:
    assert not is_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a return from another company, whatever the summary says of a holiday
            "Lena Ortiz returns to Anthropic from xAI",
            "She spent a short vacation between the two jobs.",
            ("Lena Ortiz", "return", "xAI", "Anthropic"),
        ),
        (  # the headline tells the return with its pause: news of the return (written sets)
            "Omar Haddad returns to Mistral AI after six-month leave",
            "The co-founder had taken a sabbatical in March.",
            ("Omar Haddad", "return", None, "Mistral AI"),
        ),
        (  # "a break with" is no pause
            "Omar Haddad returns to Mistral AI",
            "His return marks a break with the startup's past.",
            ("Omar Haddad", "return", None, "Mistral AI"),
        ),
    ],
)
def test_returns_that_stay_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # taken on 'for' a board, past an apposition
            "Cohere taps former Shopify COO, ex-minister Dana Whitfield for board",
            "",
        ),
        ("Mistral AI picks ex-Airbus chief Karl Brenner for its advisory board", ""),
        (  # a hire whose summary's first sentence (past an initial) tells a board seat
            "Anthropic Recruits Former CIA Cyber Chief",
            "Anthropic said that Laura J. Pike, a retired U.S. Navy admiral, has joined its "
            "board of directors. Pike led the agency's cyber operations.",
        ),
    ],
)
def test_board_seats_are_no_moves(title: str, summary: str) -> None:
    assert not is_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # hired for a team, not a board
            "Cohere taps former Shopify COO Dana Whitfield for its agents team",
            "",
            ("Dana Whitfield", "join", "Shopify", "Cohere"),
        ),
        (  # the summary's board is whom the post answers to
            "Anthropic recruits former CIA cyber chief Laura Pike",
            "Pike will lead security, reporting to the board of directors.",
            ("Laura Pike", "join", None, "Anthropic"),
        ),
    ],
)
def test_hires_beside_a_board_stay_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary)[:2] == expected[:2]
    assert event_of(title, summary)[3] == expected[3]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # a departure asked about for the company it led to: that company's origin story
            "How Did Mira Chen Quit OpenAI to Start a $2B Robotics Lab?",
            "Chen's new company raised its first round this week.",
        ),
        (  # a lab losing people nobody counts, asked about: a trend explained
            "Why Is Anthropic Losing Top Talent? (2027)",
            "Anthropic lost two senior researchers: Ravi Iyer left for Meta and Jo Park for xAI.",
        ),
        (  # a lab's people nobody counts, explained
            "Why Google researchers are leaving for Meta",
            "Dozens of researchers have left, The Information reported.",
        ),
        (  # the summary's moves told in an 'as' clause about people in general
            "Meta's AI Talent Race: Why Compute and Culture Decide",
            "Meta CEO Mark Zuckerberg said Meta is winning the race for talent, even as "
            "senior researchers have left for OpenAI and Anthropic.",
        ),
    ],
)
def test_explainers_are_no_moves(title: str, summary: str) -> None:
    assert not is_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # asked about, the departure itself is news
            "Why did Anthropic's head of policy resign?",
            "",
            (None, "leave", "Anthropic", None),
        ),
        (  # a counted group is news even when explained
            "Why Did Four Researchers Quit Mistral AI?",
            "",
            (None, "leave", "Mistral AI", None),
        ),
        (  # a named person leaving, asked about in the present
            "Why is Mira Chen leaving OpenAI?",
            "",
            ("Mira Chen", "leave", "OpenAI", None),
        ),
        (  # a named person's move in an 'as' clause is news with the main clause
            "Cohere reorganises as its CTO Omar Haddad steps down",
            "",
            ("Omar Haddad", "leave", "Cohere", None),
        ),
    ],
)
def test_questions_that_stay_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a route between two labs, the headline's whole news
            "New role: Anthropic → Mistral AI",
            "Priya Raman, who led safety work at Anthropic, joins the Paris lab.",
            ("Priya Raman", "join", "Anthropic", "Mistral AI"),
        ),
        (
            "Jane Roe: OpenAI -> Meta",
            "",
            ("Jane Roe", "join", "OpenAI", "Meta"),
        ),
        (  # "From A to B:" opening a headline, a company on no list left
            "From Stripe to Anthropic: the payments veteran takes on finance",
            "Omar Haddad moves from Stripe to Anthropic as CFO.",
            ("Omar Haddad", "join", "Stripe", "Anthropic"),
        ),
        (  # German, glossed ('zu' is 'to')
            "Von Siemens zu Mistral AI: Ex-Manager wechselt in die Forschung",
            "Karl Brenner wechselt von Siemens zu Mistral AI.",
            ("Karl Brenner", "join", "Siemens", "Mistral AI"),
        ),
        (  # a verb of moving from a company on no list to a lab
            "Karl Brenner moves from Siemens to Mistral AI",
            "",
            ("Karl Brenner", "join", "Siemens", "Mistral AI"),
        ),
    ],
)
def test_routes_between_companies(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Revenue flows: OpenAI -> Microsoft in the new deal", ""),  # not the clause's end
        ("From Startup Grind to Anthropic's Stage: a founder's talk", ""),  # no company's name
        ("From zero to OpenAI: how ChatGPT grew", ""),
    ],
)
def test_routes_that_are_no_moves(title: str, summary: str) -> None:
    assert not is_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a counted group opening the clause, however long what describes it
            "All 8 Authors of the Landmark AlphaFold Paper Have Now Left Google",
            "",
            (None, "leave", "Google DeepMind", None),
        ),
        (  # "are gone": gone from the lab; the summary names the last one
            "All Four Cohere Cofounders Are Gone",
            "Priya Raman, the last of Cohere's cofounders, left on Friday.",
            ("Priya Raman", "leave", "Cohere", None),
        ),
        (  # an adjective before 'departure of' is no name; a lab's name glued to 'AI'
            "Sudden departure of MistralAI chief unsettles investors",
            "",
            (None, "leave", "Mistral AI", None),
        ),
        (  # a lab's people in numbers, nobody named, going to another lab: a raid
            "Google DeepMind's Loss Is Anthropic's Gain",
            "Several senior employees have left Google DeepMind, flocking to join Anthropic.",
            (None, "poach", "Google DeepMind", "Anthropic"),
        ),
    ],
)
def test_groups_and_nouns_of_leaving(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_a_labs_leaders_joining_stay_a_join() -> None:
    """A lab's leaders are a few people the article names: a join, not a raid."""
    assert event_of("Cohere's Leaders Join Meta as Deal Collapses") == (
        None,
        "join",
        "Cohere",
        "Meta",
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the post's field after '<role> of' is no person; the summary names who
            "Anthropic Hires New Head of Developer Relations to Grow Claude Code",
            "Anthropic has hired Jane Roe as its new head of developer relations.",
            ("Jane Roe", "join", None, "Anthropic"),
        ),
        (  # a newsletter's greeting is no person
            "What Anthropic's hiring of a top Stripe executive means",
            "Hello and welcome to the AI Brief. In this edition: chips, agents and hires.",
            (None, "join", "Stripe", "Anthropic"),
        ),
        (  # whose post ('as its ...') is no company left
            "Cohere Hires Former Treasury Official as Its Chief Economist",
            "Cohere said it had hired Jane Roe.",
            ("Jane Roe", "join", None, "Cohere"),
        ),
        (  # a former White House post: an outside hire from the White House
            "Former White House AI Coordinator Jane Roe Named Anthropic's Policy Chief",
            "",
            ("Jane Roe", "join", "White House", "Anthropic"),
        ),
        (  # Kuaishou, written in characters
            "快手副总裁李明离职",
            "",
            ("Ming Li", "leave", "Kuaishou", None),
        ),
    ],
)
def test_misread_persons_and_origins(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a unit led by someone another lab's role describes: that outsider's hire
            "Apple forms new AI group led by Mistral AI, Meta veteran",
            "Jane Roe most recently served as research lead at Mistral AI.",
            ("Jane Roe", "join", "Mistral AI", "Apple"),
        ),
        (
            "Amazon unveils new robotics unit headed by former Tesla, xAI engineer Omar Haddad",
            "",
            ("Omar Haddad", "join", "xAI", "Amazon"),
        ),
        (  # "leaves startup": the startup the summary names, not the role's lab
            "OpenAI Co-Founder Leaves Startup to Lead Apple's AI",
            "Jane Roe, one of OpenAI's co-founders, has left her startup Reka to run Apple's AI.",
            ("Jane Roe", "join", "Reka", "Apple"),
        ),
        (  # a company on no list left for a lab
            "Omar Haddad quits Stripe for Anthropic",
            "",
            ("Omar Haddad", "join", "Stripe", "Anthropic"),
        ),
        (  # the post's first holder: 'First' is no company
            "Cohere Appoints First Chief Scientist",
            "Cohere has appointed Jane Roe as its first chief scientist.",
            ("Jane Roe", "appointed", None, "Cohere"),
        ),
        (  # Korean: 명 counts people, a group hired
            "구글, 메타 연구원 3명 영입",
            "",
            (None, "poach", "Meta", "Google DeepMind"),
        ),
    ],
)
def test_units_startups_and_counts(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a unit led by the lab's own people is a reorganisation
        ("Apple forms new AI division led by its CTO Jane Roe", ""),
        ("Meta forms new AI unit led by longtime executive Jane Roe", ""),
    ],
)
def test_units_led_by_insiders_are_no_moves(title: str, summary: str) -> None:
    assert not is_move(title, summary)
