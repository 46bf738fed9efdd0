"""One event told in ways the clusterer kept apart: a mention naming the mover beside a lab's
owner, a new unit "headed by" its chief, one founder's company under two names, an adviser's
exit told with and without the name (jobs/stories/scoring.py owner_named, new_unit_led,
founded_once; stage.make_item). Worded apart from the labelled sets' rows, each with near
misses that stay apart."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from jobs.stories.scoring import new_unit_led, owner_named
from storage.db import Database
from storage.models import Entry
from tests.test_stories import T0, add_entries, analyze

DAY = timedelta(days=1)
HOUR = timedelta(hours=1)


def story_of(db: Database) -> dict[str, str | None]:
    """Entry URL → its story id."""
    with db.session() as s:
        return {str(url): sid for url, sid in s.execute(select(Entry.url, Entry.story_id))}


def test_a_lab_written_with_its_owner_is_no_one_elses_news() -> None:
    title = "Priya Venkat lands at Jensen Huang's Nvidia after leaving Dario Amodei's Anthropic"
    assert owner_named(title, "Jensen Huang", ["Nvidia", "Anthropic"])
    assert owner_named(title, "Dario Amodei", ["Nvidia", "Anthropic"])
    # a possessive before something else than a lab it names: the person's own news
    assert not owner_named("Jensen Huang's remarks on Priya Venkat", "Jensen Huang", ["Nvidia"])
    assert not owner_named("Sam Altman's firing shocks staff", "Sam Altman", ["OpenAI"])


def test_a_new_unit_headed_by_someone_tells_an_appointment() -> None:
    assert new_unit_led("amazon set up a new robotics group headed by lena ortiz")
    assert new_unit_led("meta forms a new agents unit led by tom hale")
    assert not new_unit_led("the robotics group headed by lena ortiz shipped a new arm")
    assert not new_unit_led("a team headed by lena ortiz published a paper")


def test_a_mention_naming_the_mover_beside_lab_owners_joins_the_move(database: Database) -> None:
    # the mention is kept for the watched owner (Sam Altman), not read as a move itself
    add_entries(
        database,
        (
            "a",
            "Koa Hallberg joins OpenAI from xAI to run its data centres",
            "Koa Hallberg, who built xAI's training cluster, has joined OpenAI.",
            T0,
            "https://a/hallberg",
        ),
        (
            "b",
            "Koa Hallberg joins Sam Altman's OpenAI after quitting Elon Musk's xAI: a profile",
            "Few outside the industry know the engineer behind the cluster.",
            T0 + 2 * DAY,
            "https://b/profile",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/hallberg"] is not None
    assert found["https://a/hallberg"] == found["https://b/profile"]


def test_a_mention_whose_headline_is_someone_elses_news_stays_apart(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Koa Hallberg joins OpenAI from xAI to run its data centres",
            "Koa Hallberg, who built xAI's training cluster, has joined OpenAI.",
            T0,
            "https://a/hallberg",
        ),
        (
            "b",
            "Sam Altman says OpenAI will hire more infrastructure engineers",
            "He named Koa Hallberg, who joined from xAI, as an example.",
            T0 + DAY,
            "https://b/altman",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/hallberg"] != found["https://b/altman"]


def test_one_founders_company_under_two_names_is_founded_once(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Marta Quell launches AI start-up Lumenform",
            "The former Google researcher Marta Quell has founded Lumenform.",
            T0,
            "https://a/lumen",
        ),
        (
            "b",
            "Marta Quell co-founds Lumen Robotics with $80m seed",
            "Marta Quell co-founded Lumen Robotics.",
            T0 + DAY,
            "https://b/robotics",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/lumen"] is not None
    assert found["https://a/lumen"] == found["https://b/robotics"]


@pytest.mark.parametrize(
    ("title", "summary", "days"),
    [
        # the same founder's other company weeks later: past the window
        ("Marta Quell co-founds Lumen Robotics", "Marta Quell co-founded Lumen Robotics.", 20),
        # another founder of the same surname's company the next day
        ("Jonas Quell co-founds Lumen Robotics", "Jonas Quell co-founded Lumen Robotics.", 1),
    ],
)
def test_other_foundings_and_moves_stay_apart(
    database: Database, title: str, summary: str, days: int
) -> None:
    add_entries(
        database,
        (
            "a",
            "Marta Quell launches AI start-up Lumenform",
            "The former Google researcher Marta Quell has founded Lumenform.",
            T0,
            "https://a/lumen",
        ),
        ("b", title, summary, T0 + days * DAY, "https://b/other"),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://b/other"] is not None
    assert found["https://a/lumen"] != found["https://b/other"]


def test_an_advisers_exit_told_with_and_without_the_name_is_one_story(
    database: Database,
) -> None:
    add_entries(
        database,
        (
            "a",
            "Prime Minister Petra Holm's AI adviser quits after a year",
            "Petra Holm's AI adviser is stepping down after a year in the role.",
            T0,
            "https://a/adviser",
        ),
        (
            "b",
            "Prime Minister Petra Holm's AI adviser quits after a year",
            "Petra Holm's AI adviser, Ravi Sundqvist, is stepping down after a year in the role.",
            T0 + 3 * HOUR,
            "https://b/sundqvist",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/adviser"] is not None
    assert found["https://a/adviser"] == found["https://b/sundqvist"]


def test_another_adviser_of_the_same_boss_stays_apart(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Prime Minister Petra Holm's AI adviser quits after a year",
            "Petra Holm's AI adviser is stepping down after a year in the role.",
            T0,
            "https://a/adviser",
        ),
        (
            "b",
            "Petra Holm's finance adviser Ravi Sundqvist quits over budget row",
            "Ravi Sundqvist, who advised Prime Minister Petra Holm on the budget, is stepping down.",
            T0 + 5 * HOUR,
            "https://b/finance",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://b/finance"] is not None
    assert found["https://a/adviser"] != found["https://b/finance"]


def test_a_report_naming_both_labs_of_an_unnamed_hire_joins_it(database: Database) -> None:
    # the report is not read as a move; it names the lab left and the lab joined, in words of
    # hiring, the same day as the unnamed hire
    add_entries(
        database,
        (
            "a",
            "Anthropic hires a former Cohere scientist to lead its Tokyo office",
            "",
            T0,
            "https://a/hire",
        ),
        (
            "b",
            "Hiring from Cohere, Anthropic opens a research office in Tokyo",
            "Anthropic's new Tokyo office will be staffed with recruits from Cohere.",
            T0 + 5 * HOUR,
            "https://b/office",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/hire"] is not None
    assert found["https://a/hire"] == found["https://b/office"]


@pytest.mark.parametrize(
    ("title", "summary", "hours"),
    [
        # a lab outside the story
        (
            "Hiring from Cohere and Mistral, Anthropic opens a research office in Tokyo",
            "Anthropic's new Tokyo office will be staffed with recruits from Cohere and Mistral.",
            5,
        ),
        # days later: past the window
        (
            "Hiring from Cohere, Anthropic opens a research office in Tokyo",
            "Anthropic's new Tokyo office will be staffed with recruits from Cohere.",
            100,
        ),
    ],
)
def test_other_reports_of_the_two_labs_stay_apart(
    database: Database, title: str, summary: str, hours: int
) -> None:
    add_entries(
        database,
        (
            "a",
            "Anthropic hires a former Cohere scientist to lead its Tokyo office",
            "",
            T0,
            "https://a/hire",
        ),
        ("b", title, summary, T0 + hours * HOUR, "https://b/office"),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/hire"] is not None
    assert found["https://a/hire"] != found["https://b/office"]
