"""A departure or a firing naming no destination, told again weeks later (a podcast, a late
outlet, a feature): one event up to the 60 days of jobs/stories/scoring.py EXIT_RETOLD, as a
person leaves one lab once unless they came back. Worded apart from the labelled sets' rows,
with near misses that stay apart: a return to the lab in between, past the 60 days, and a join
told weeks later (a move naming where it leads keeps the 30 days of RETOLD: it may be the next
step, a post at the lab joined)."""

from __future__ import annotations

from datetime import timedelta

from storage.db import Database
from tests.test_stories import T0, add_entries, analyze, stories_of_two, story_of

DAY = timedelta(days=1)

FIRED = (
    "a",
    "Anthropic fires Priya Ramaswamy, the researcher who leaked model weights",
    "Priya Ramaswamy, an Anthropic researcher, said the company fired her on Friday.",
    T0,
    "https://a/fired",
)
FIRED_AGAIN = (
    "b",
    "Anthropic Fires Priya Ramaswamy, Researcher Behind the Weights Leak",
    "Anthropic has fired Priya Ramaswamy; she told the news on a podcast taping.",
    T0 + 47 * DAY,
    "https://b/again",
)
LEFT = (
    "c",
    "Cohere's head of research Tomasz Wrobel steps down",
    "Tomasz Wrobel is leaving Cohere after four years, the company said.",
    T0,
    "https://c/left",
)
LEFT_AGAIN = (
    "d",
    "Tomasz Wrobel leaves Cohere, the latest research lead to go",
    "Tomasz Wrobel has left Cohere, where he led research for four years.",
    T0 + 40 * DAY,
    "https://d/again",
)


def test_a_firing_told_again_seven_weeks_on_joins_it(database: Database) -> None:
    first, second = stories_of_two(database, FIRED, FIRED_AGAIN)
    assert first is not None and first == second


def test_a_departure_told_again_six_weeks_on_joins_it(database: Database) -> None:
    first, second = stories_of_two(database, LEFT, LEFT_AGAIN)
    assert first is not None and first == second


def test_told_again_in_a_later_pass_it_joins_the_stored_story(database: Database) -> None:
    # the story is stored by then: the look-up by retold key reaches back EXIT_RETOLD
    add_entries(database, FIRED)
    analyze(database)
    add_entries(database, FIRED_AGAIN)
    analyze(database)
    found = story_of(database)
    assert found[FIRED[4]] is not None and found[FIRED[4]] == found[FIRED_AGAIN[4]]


def test_past_the_sixty_days_it_stays_apart(database: Database) -> None:
    later = (*FIRED_AGAIN[:3], T0 + 70 * DAY, FIRED_AGAIN[4])
    first, second = stories_of_two(database, FIRED, later)
    assert first is not None and second is not None and first != second


def test_a_return_in_between_makes_a_second_departure(database: Database) -> None:
    back = (
        "e",
        "Tomasz Wrobel returns to Cohere as chief scientist",
        "Cohere has rehired Tomasz Wrobel, who left the company last month.",
        T0 + 20 * DAY,
        "https://e/back",
    )
    add_entries(database, LEFT, back, LEFT_AGAIN)
    analyze(database)
    found = story_of(database)
    assert found[LEFT[4]] is not None and found[LEFT_AGAIN[4]] is not None
    assert found[LEFT[4]] != found[LEFT_AGAIN[4]]


def test_a_join_told_seven_weeks_on_stays_apart(database: Database) -> None:
    # a second step at the lab joined (a post weeks after the hire) reads as the same join
    joined = (
        "f",
        "Tomasz Wrobel joins Mistral AI",
        "Tomasz Wrobel, formerly of Cohere, has joined Mistral AI's research team.",
        T0,
        "https://f/joined",
    )
    post = (
        "g",
        "Tomasz Wrobel moves to Mistral AI as chief scientist",
        "Tomasz Wrobel takes the chief scientist post at Mistral AI.",
        T0 + 50 * DAY,
        "https://g/post",
    )
    first, second = stories_of_two(database, joined, post)
    assert first is not None and second is not None and first != second
