"""A headline that announces a post's first holder without naming them ("Nebraska appoints first
chief AI officer"), its mover a guess (a headline phrase, or a summary's phrase beside the real
name), joins the report naming who took the post, and the story keeps that name
(jobs/stories/scoring.py first_filled, movers.first_posts). Worded apart from the labelled sets'
rows, with near misses that stay apart: another post, another lab, a mover the report writes as
its own, the named one written only as the predecessor."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from jobs.stories.movers import first_posts, posts_of
from storage.db import Database
from tests.test_stories import T0, add_entries, analyze, stories_of_two, story_people

HOUR = timedelta(hours=1)

Report = tuple[str, str, str, datetime, str]

NAMED = (
    "a",
    "Nebraska names Maria Delgado its chief AI officer",
    "Delgado, who led the state's data services, starts on Monday.",
    T0,
    "https://a/named",
)
# the headline announces the first holder; the phrase after its comma is taken for the mover
PHRASE = (
    "b",
    "Nebraska Appoints First Chief AI Officer, Signaling Statewide AI Push",
    "Nebraska appoints its inaugural Chief Artificial Intelligence Officer.",
    T0 + 6 * HOUR,
    "https://b/phrase",
)
# the summary's phrase is taken for the mover, while it names who was picked
SUMMARY_PHRASE = (
    "c",
    "NEXON appoints its 1st-ever Chief AI Officer",
    "NEXON, the South Korean gaming giant behind MapleStory, just picked Minjun Seo as its"
    " first-ever Chief AI Officer.",
    T0,
    "https://c/guess",
)
NAMED_HIRE = (
    "d",
    "Nexon Taps Minjun Seo as Chief AI Officer to Lead AI-First Games",
    "The game maker wants AI across its live operations.",
    T0 + 20 * HOUR,
    "https://d/named",
)


def later(report: Report, hours: int) -> Report:
    feed, title, summary, _, url = report
    return (feed, title, summary, T0 + hours * HOUR, url)


@pytest.mark.parametrize(
    ("first", "second", "person"),
    [
        pytest.param(NAMED, PHRASE, "Maria Delgado", id="phrase-after-named"),
        pytest.param(later(PHRASE, 0), later(NAMED, 6), "Maria Delgado", id="phrase-first"),
        pytest.param(SUMMARY_PHRASE, NAMED_HIRE, "Minjun Seo", id="summary-phrase-first"),
        pytest.param(
            later(NAMED_HIRE, 0), later(SUMMARY_PHRASE, 20), "Minjun Seo", id="named-first"
        ),
    ],
)
def test_a_first_holder_announced_unnamed_joins_the_named_report(
    database: Database, first: Report, second: Report, person: str
) -> None:
    one, two = stories_of_two(database, first, second)
    assert one is not None and one == two
    assert story_people(database) == [(person, 2)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another post filled at the same lab the same day
        pytest.param(
            (
                "a",
                "Maria Delgado named Nebraska's chief technology officer",
                "Delgado, who led the state's data services, starts on Monday.",
                T0,
                "https://a/cto",
            ),
            PHRASE,
            id="another-post",
        ),
        # another post's first holder announced unnamed
        pytest.param(
            NAMED,
            (
                "b",
                "Nebraska Appoints First Chief Technology Officer, Signaling Statewide AI Push",
                "Nebraska appoints its inaugural Chief Technology Officer.",
                T0 + 6 * HOUR,
                "https://b/cto",
            ),
            id="another-first-post",
        ),
        # the same post's first holder at another organisation
        pytest.param(
            (
                "a",
                "Kansas names Maria Delgado its chief AI officer",
                "Delgado, who led the state's data services, starts on Monday.",
                T0,
                "https://a/kansas",
            ),
            PHRASE,
            id="another-lab",
        ),
        # the first holder's report writes its own mover, someone else than the named one
        pytest.param(
            (
                "c",
                "NEXON appoints its 1st-ever Chief AI Officer",
                "NEXON picked Jiwoo Han as its first-ever Chief AI Officer.",
                T0,
                "https://c/own",
            ),
            NAMED_HIRE,
            id="own-mover",
        ),
        # the named one written only as the one replaced
        pytest.param(
            (
                "c",
                "NEXON appoints its 1st-ever Chief AI Officer",
                "NEXON, the South Korean gaming giant, picked a successor after Minjun Seo left"
                " the post.",
                T0,
                "https://c/after",
            ),
            NAMED_HIRE,
            id="named-as-predecessor",
        ),
    ],
)
def test_other_appointments_stay_apart(database: Database, first: Report, second: Report) -> None:
    one, two = stories_of_two(database, first, second)
    assert one is not None
    assert one != two


def test_a_first_holder_is_read_from_first_ever_or_inaugural_before_the_post() -> None:
    assert first_posts("Ohio names state's first chief AI officer") == {"ai"}
    assert first_posts("Acme appoints its 1st-ever CTO") == {"technology"}
    assert first_posts("Acme names inaugural head of research") == {"research"}
    assert first_posts("Acme hires its first-ever interim CEO") == {"interim executive"}
    # a new holder, a first elsewhere in the headline, no post
    assert first_posts("Acme names new chief AI officer") == frozenset()
    assert first_posts("First Acme robot ships as CTO leaves") == frozenset()
    assert first_posts("Acme makes its first hire") == frozenset()


def test_artificial_intelligence_written_out_is_the_same_post() -> None:
    assert posts_of("Chief Artificial Intelligence Officer") == posts_of("CAIO") == {"ai"}
    assert posts_of("head of artificial intelligence") == posts_of("head of AI")


def test_a_named_story_keeps_its_mover_when_a_phrase_joins(database: Database) -> None:
    add_entries(database, NAMED, PHRASE, later(PHRASE, 9)[:4] + ("https://e/again",))
    analyze(database)
    assert story_people(database) == [("Maria Delgado", 3)]
