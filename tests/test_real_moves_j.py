"""Shapes that the real set J showed the rules missed or misread: government AI posts (an AI
adviser or czar at the White House, the science policy office), a counted group as the
subject of a move (a raid), all-capitals headlines, unnamed subjects (a lab's post "for" a
field, a co-head, staff "from" a lab), an earlier hire told in a phrase of time, and an
ongoing loss of people nobody counts (a trend); in other languages, a mover named in Chinese
characters, 闪辞, and the German "stellt ... ein" with a post; the lab a summary says the
mover left. Worded apart from the
labelled set (other people, posts and phrasings), each with near misses that stay no moves."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the head of government hands the post; the object's name holds a verb word
            "Biden Names Laura Fires as White House AI Adviser",
            "",
            ("Laura Fires", "join", None, "White House"),
        ),
        (  # a role word before the name, a post told as what the person will do
            "President Picks AI Veteran Omar Haddad to Oversee Federal A.I. Policy",
            "",
            ("Omar Haddad", "join", None, "White House"),
        ),
        (  # the passive, the head of government's post
            "Grace Lindqvist Named as the President's Chief AI Adviser",
            "",
            ("Grace Lindqvist", "join", None, "White House"),
        ),
        (  # the science policy office, confirmed by the Senate: no move verb at all
            "Senate Confirms Omar Haddad as Head of the Office of Science and Technology Policy",
            "",
            ("Omar Haddad", "join", None, "White House Office of Science and Technology Policy"),
        ),
        (
            "Omar Haddad Confirmed as OSTP Director",
            "",
            ("Omar Haddad", "join", None, "White House Office of Science and Technology Policy"),
        ),
    ],
)
def test_government_ai_posts_taken(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # an adviser post that is the job, not a lab's advisory seat
            "Grace Lindqvist Resigns as White House A.I. Adviser",
            "",
            ("Grace Lindqvist", "leave", "White House", None),
        ),
        (  # the post only in the summary's first sentence
            "Omar Haddad to step down at the end of the month",
            "Omar Haddad, the administration's AI policy director, will leave government to "
            "start a consultancy.",
            ("Omar Haddad", "leave", "White House", None),
        ),
    ],
)
def test_government_ai_posts_left(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a former post describes an outside hire: the lab is where the person goes
            "Anthropic hires former White House AI adviser Grace Lindqvist",
            "",
            ("Grace Lindqvist", "join", None, "Anthropic"),
        ),
    ],
)
def test_former_government_ai_posts_only_describe(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Lena Brooks leaves the Trump administration after six months",  # no AI post
        "Biden Names Laura Fires as Ambassador to Japan",  # a government post, not an AI one
        "White House AI czar says labs must share safety tests",  # nobody moves
        "Trump's AI adviser praises OpenAI's new model",  # no move verb
        "Grace Lindqvist Named to Anthropic's Advisory Council",  # a seat, still
        "Senate confirms new trade rules on AI chips",  # nobody confirmed to a post
    ],
)
def test_government_near_misses_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


def test_white_house_is_no_part_of_a_name() -> None:
    got = classify(
        "Cohere Hires Former Biden White House Aide Tom Reyes as Policy Chief", "", WATCH
    )
    assert got.event is not None and got.event.person == "Tom Reyes"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a head count, a project's name and a role word before the verb: nobody named
            "Four Anthropic Claude Code Leads Join Google DeepMind",
            "",
            (None, "poach", "Anthropic", "Google DeepMind"),
        ),
        (  # the group's relative clause runs long in title case
            "The Two Engineers Who Knew How to Train Models at Scale Just Left Cohere for xAI",
            "",
            (None, "poach", "Cohere", "xAI"),
        ),
        (  # leaving and joining told in one clause
            "Sources: five researchers who built Mistral AI's first models are leaving the "
            "startup and joining Apple",
            "",
            (None, "poach", "Mistral AI", "Apple"),
        ),
        (  # a shouted headline is read as written low, its names recased
            "COHERE HIRES TWO ANTHROPIC SAFETY RESEARCHERS",
            "Cohere has hired two Anthropic researchers to start its safety team.",
            (None, "poach", "Anthropic", "Cohere"),
        ),
    ],
)
def test_counted_groups_are_raids(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # no head count: the lab's leaders, whom the article names, join
        ("Mistral AI's Founders Join Apple", (None, "join", "Mistral AI", "Apple")),
        # one person, named: no group
        (
            "Anthropic Researcher Lena Brooks Joins OpenAI",
            ("Lena Brooks", "join", "Anthropic", "OpenAI"),
        ),
    ],
)
def test_groups_without_a_count_stay_joins(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "OPENAI UNVEILS ITS NEW REASONING MODEL",  # shouted, no move
        "Three Anthropic researchers join OpenAI's safety board",  # a seat, still
        "Three Anthropic researchers could join OpenAI",  # a possibility
    ],
)
def test_group_near_misses_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a lab's title-case post with its field after 'for': the summary names nobody
            "Anthropic's Senior Lead for Inference Has Returned to Anthropic After Leaving for Cohere",
            "",
            (None, "return", "Cohere", "Anthropic"),
        ),
        (
            "Cohere's Vice President of Developer Relations Joins Mistral AI",
            "",
            (None, "join", "Cohere", "Mistral AI"),
        ),
        (  # a co-head, poached: the summary names who
            "Anthropic Safety Co-Head Poached by xAI",
            "Lena Brooks, who co-led Anthropic's safety team, has joined xAI.",
            ("Lena Brooks", "join", "Anthropic", "xAI"),
        ),
        (  # staff 'from' a lab are the subject; 'allegedly' stands between it and the verb
            "Researchers from Cohere Are Allegedly Quitting to Join Mistral AI",
            "",
            (None, "join", "Cohere", "Mistral AI"),
        ),
        (
            "Engineers at Anysphere leave for OpenAI",
            "",
            (None, "join", "Anysphere", "OpenAI"),
        ),
    ],
)
def test_unnamed_subjects(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # a hire told in a phrase of time is the background of other news
            "Cohere ends its contract with Adept after Amazon's licensing deal and CEO hire",
            "Cohere is winding down work with Adept after Amazon's investment and hiring of "
            "Adept's founders.",
        ),
        ("After hiring its CFO, Mistral AI prepares a listing", ""),
        (  # people nobody counts, lost over time: a trend, and so is the summary's raid
            "Google and Meta are losing researchers to Anthropic in a lopsided talent race",
            "Anthropic keeps gaining in the race for talent, poaching top researchers from both.",
        ),
        (  # an organisation ending in Forum is no person who is hired
            "Apple hires Stanford AI professor to lead privacy research",
            "Jones spoke about the hire at the Global Economic Forum.",
        ),
    ],
)
def test_background_and_trends_stay_no_moves(title: str, summary: str) -> None:
    got = classify(title, summary, WATCH)
    if title.startswith("Apple"):  # a move, but nobody in it is named Forum
        assert got.event is not None and got.event.person != "Economic Forum"
        return
    assert not got.is_move, got.event


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a counted group, ongoing, is still a raid; so is a past loss of uncounted people
        ("Apple is poaching dozens of engineers from Meta", (None, "poach", "Meta", "Apple")),
        ("Anthropic lost researchers to OpenAI", (None, "poach", "Anthropic", "OpenAI")),
        # people the object places at a lab: a raid, however told
        ("Mistral AI is poaching engineers from Meta", (None, "poach", "Meta", "Mistral AI")),
        ("Cohere is hiring Meta researchers", (None, "poach", "Meta", "Cohere")),
        # a hire after which something else happened is still the news
        (
            "Mistral AI hires Meta researcher after months of talks",
            (None, "join", "Meta", "Mistral AI"),
        ),
    ],
)
def test_definite_groups_and_hires_stay_moves(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a name in characters before the verb, written in pinyin (jobs/language/han_names.py)
            "重磅!李明远离开Anthropic加盟Cohere",
            "",
            ("Mingyuan Li", "join", "Anthropic", "Cohere"),
        ),
        (  # 闪辞: resigns in a flash
            "前谷歌研究员闪辞Mistral",
            "",
            (None, "leave", "Mistral AI", None),
        ),
        (  # German: 'stellt ... ein' with a post is a hire
            "Cohere: Neue Chefin für den Betrieb",
            "Cohere stellt mit Lena Brooks zum ersten Mal in der Firmengeschichte einen Chief "
            "Operating Officer ein.",
            ("Lena Brooks", "join", None, "Cohere"),
        ),
        (  # the summary says which lab the mover left
            "Lena Brooks joins Mistral AI",
            "Lena Brooks, who spent six years at Meta, has left Cohere after a year.",
            ("Lena Brooks", "join", "Cohere", "Mistral AI"),
        ),
    ],
)
def test_foreign_names_verbs_and_summary_origins(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Google stellt die Produktion von Bard ein", ""),  # stops production: no post
        ("重磅!公司宣布新模型", ""),  # no move verb
    ],
)
def test_foreign_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


def test_someone_elses_departure_is_no_origin() -> None:
    got = classify("Lena Brooks joins Mistral AI", "It comes as Tom Reyes leaves Cohere.", WATCH)
    assert got.event is not None and got.event.from_lab is None


@pytest.mark.parametrize(
    ("title", "summary", "person"),
    [
        # a lone surname before a verb of speaking is a person the summary names
        (
            "Anthropic hires Stanford AI professor to lead its safety work",
            "Okafor describes the goal as oversight, not slowing down, in an interview.",
            "Okafor",
        ),
        # a lab before the same verb is no person: the hire stays unnamed
        (
            "Anthropic hires Stanford AI professor to lead its safety work",
            "Anthropic describes the hire as part of a push on oversight.",
            None,
        ),
    ],
)
def test_a_surname_before_a_verb_of_speaking(title: str, summary: str, person: str | None) -> None:
    assert event_of(title, summary)[0] == person
