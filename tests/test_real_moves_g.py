"""English shapes that the real set G showed the rules missed or misread: a profile of a post's
new holder ("What to know about X, the lab's new CEO"), a move retold with why it happened, a
return told as a noun, and a founding whose other staff come from elsewhere. Worded apart from
the labelled set (other people, labs and phrasings), each with near misses that stay no moves."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a profile of the new holder, the lab before the post
            "What to know about Cohere's new chief technology officer Lena Brooks",
            "",
            ("Lena Brooks", "appointed", None, "Cohere"),
        ),
        (  # the post after the name; the summary gives where the person came from
            "What you should know about Tomas Berg, the new CEO of Mistral AI",
            "Mistral AI is bringing in a former Spotify executive as chief executive, after "
            "its founder Arthur Mensch stepped aside.",
            ("Tomas Berg", "join", "Spotify", "Mistral AI"),
        ),
        (
            "Meet Priya Nair, the new head of research at Anthropic",
            "",
            ("Priya Nair", "appointed", None, "Anthropic"),
        ),
    ],
)
def test_profiles_of_a_new_post_holder(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "What to know about Cohere's new reasoning model",  # a product, no post
        "Meet Anthropic's new board member Lena Brooks",  # a seat, not a job
        "What to know about Mistral AI's new CEO pay rules",  # no one named after the post
        "Meet the new CEO of Cohere",  # nobody named
        "Anthropic's new CTO Lena Brooks talks about agents",  # no profile: news about her
    ],
)
def test_profile_near_misses_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    "title",
    [
        "Ex-Cohere engineer speaks out about why she was fired: 'I asked too many questions'",
        "Former Mistral AI researcher talks about how he left the startup",
        "Tomas Berg opens up about why he quit Anthropic last year",
    ],
)
def test_a_past_move_told_again_is_no_move(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


def test_why_in_the_present_tense_is_news() -> None:
    # "reveals why she quits": the move is under way, told with its reason
    assert event_of("Lena Brooks Reveals Why She Quits Cohere") == (
        "Lena Brooks",
        "leave",
        "Cohere",
        None,
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the labs after "with ... from" staff the company; the summary names it
            "Reid Hoffman starts new AI venture with engineers from Meta and Anthropic",
            "LinkedIn co-founder Reid Hoffman announced his new company, Manas AI, on Monday.",
            ("Reid Hoffman", "found", None, "Manas AI"),
        ),
        (
            "Mira Patel launches startup staffed by veterans of OpenAI",
            "The former Stripe executive revealed what she is calling Nimbus Labs, a research "
            "company.",
            ("Mira Patel", "found", "Stripe", "Nimbus Labs"),  # the summary's former post
        ),
        (  # a founder who left a lab still comes from it
            "Mira Patel leaves Cohere to launch a startup",
            "",
            ("Mira Patel", "leave", "Cohere", None),
        ),
    ],
)
def test_a_founding_and_where_its_staff_come_from(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a past role "of" a one-word company on no list (a leading post there: a join,
            # jobs/language/actions.py)
            "Anthropic names Lena Brooks chief operating officer",
            "Brooks, former COO of Shopify, starts next month.",
            ("Lena Brooks", "join", "Shopify", "Anthropic"),
        ),
        (
            "Cohere appoints Tomas Berg as CFO",
            "Tomas Berg, previously the head of finance at Zendesk and before that the CFO of "
            "Etsy, takes the post in June.",
            ("Tomas Berg", "appointed", None, "Cohere"),  # 'head of finance at', no company of
        ),
        (
            "Mistral AI names Priya Nair president",
            "Priya Nair, previously the president of Datadog, will lead operations.",
            ("Priya Nair", "join", "Datadog", "Mistral AI"),
        ),
    ],
)
def test_origins_as_a_past_role_of_a_company(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_a_past_role_of_a_product_or_a_team_names_no_company() -> None:
    event = classify(
        "Anthropic names Lena Brooks chief product officer",
        "Brooks, former head of Research at the startup, starts next month.",
        WATCH,
    ).event
    assert event is not None and event.from_lab is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the announcer's own move, a noun after 'his'/'her', past an aside
            "Lena Brooks, former Stripe engineer, announces her return to Cohere",
            ("Lena Brooks", "return", "Stripe", "Cohere"),
        ),
        ("Tomas Berg confirms his move to Anthropic", ("Tomas Berg", "join", None, "Anthropic")),
    ],
)
def test_an_announced_own_move(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Tomas Berg announces his return to the stage at NeurIPS",  # no lab
        "Cohere CEO announces his plan for a return to profit",  # a plan, no move
    ],
)
def test_announced_own_move_near_misses(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # an unnamed worker of a lab, past tense in title case; nobody named anywhere
            "Anthropic Policy Worker Quit Over Concerns About Defense Contracts",
            "A policy worker at Anthropic quit, saying the Dario Amodei-led company had changed.",
            (None, "leave", "Anthropic", None),
        ),
        (  # a name made an adjective ("the X-led lab") is not the mover the summary gives
            "Mistral AI researcher departs",
            "A researcher at the Arthur Mensch-led startup, Lena Brooks, has left.",
            ("Lena Brooks", "leave", "Mistral AI", None),
        ),
    ],
)
def test_unnamed_workers_and_led_by_names(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Anthropic Policy Worker Speaks Out on Defense Contracts",  # no move verb
        "The Sam Altman-led company hires no one this quarter",  # negated, no person
    ],
)
def test_worker_and_led_by_near_misses(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


def test_leaving_to_co_found_is_a_departure_with_the_new_company() -> None:
    assert event_of("Veteran Cohere Researcher Leaves To Co-Found 'Lumen Labs'") == (
        None,
        "leave",
        "Cohere",
        "Lumen Labs",
    )
    assert event_of("Tomas Berg leaves Meta to cofound a robotics startup") == (
        "Tomas Berg",
        "leave",
        "Meta",
        None,
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # stepping down from one post to take another at the same company
            "Cohere Reshuffles Leadership: Novak Steps Down",
            "Kira Novak, who ran Cohere's product group, is stepping down after six years to "
            "become Cohere's chief scientist.",
            ("Kira Novak", "appointed", None, "Cohere"),
        ),
        (  # the post after 'to become' is at another company: no appointment at Cohere, a
            # join of that company (set O: "departs to become CEO of Y" joins Y)
            "Tomas Berg steps down at Cohere",
            "Tomas Berg is stepping down to become chief executive of Mistral AI.",
            ("Tomas Berg", "join", "Cohere", "Mistral AI"),
        ),
        (  # someone else becomes something at the company: the mover still leaves
            "Tomas Berg steps down at Cohere",
            "Berg leaves next month; Kira Novak was promoted to become Cohere's CTO.",
            ("Tomas Berg", "leave", "Cohere", None),
        ),
    ],
)
def test_stepping_down_into_another_post(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected
