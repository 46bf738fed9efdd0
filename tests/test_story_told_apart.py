"""One event told in ways the clusterer kept apart: a mention naming the mover beside a lab's
owner, a new unit "headed by" its chief, one founder's company under two names, an adviser's
exit told with and without the name (jobs/stories/scoring.py owner_named, new_unit_led,
founded_once; stage.make_item). Worded apart from the labelled sets' rows, each with near
misses that stay apart."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from jobs.stories.scoring import new_unit_led, owner_named
from storage.db import Database
from tests.test_stories import T0, stories_of_two

DAY = timedelta(days=1)
HOUR = timedelta(hours=1)

# the first report of each event, which the second report joins or stays apart from
HALLBERG = (
    "a",
    "Koa Hallberg joins OpenAI from xAI to run its data centres",
    "Koa Hallberg, who built xAI's training cluster, has joined OpenAI.",
    T0,
    "https://a/hallberg",
)
LUMENFORM = (
    "a",
    "Marta Quell launches AI start-up Lumenform",
    "The former Google researcher Marta Quell has founded Lumenform.",
    T0,
    "https://a/lumen",
)
ADVISER = (
    "a",
    "Prime Minister Petra Holm's AI adviser quits after a year",
    "Petra Holm's AI adviser is stepping down after a year in the role.",
    T0,
    "https://a/adviser",
)
UNNAMED_HIRE = (
    "a",
    "Anthropic hires a former Cohere scientist to lead its Tokyo office",
    "",
    T0,
    "https://a/hire",
)


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


@pytest.mark.parametrize(
    ("first_report", "second_report"),
    [
        # the mention is kept for the watched owner (Sam Altman), not read as a move itself
        pytest.param(
            HALLBERG,
            (
                "b",
                "Koa Hallberg joins Sam Altman's OpenAI after quitting Elon Musk's xAI: a profile",
                "Few outside the industry know the engineer behind the cluster.",
                T0 + 2 * DAY,
                "https://b/profile",
            ),
            id="mention-beside-lab-owners",
        ),
        pytest.param(
            LUMENFORM,
            (
                "b",
                "Marta Quell co-founds Lumen Robotics with $80m seed",
                "Marta Quell co-founded Lumen Robotics.",
                T0 + DAY,
                "https://b/robotics",
            ),
            id="one-founder-two-company-names",
        ),
        pytest.param(
            ADVISER,
            (
                "b",
                "Prime Minister Petra Holm's AI adviser quits after a year",
                "Petra Holm's AI adviser, Ravi Sundqvist, is stepping down after a year in the role.",
                T0 + 3 * HOUR,
                "https://b/sundqvist",
            ),
            id="adviser-with-and-without-name",
        ),
        # the report is not read as a move; it names the lab left and the lab joined, in words of
        # hiring, the same day as the unnamed hire
        pytest.param(
            UNNAMED_HIRE,
            (
                "b",
                "Hiring from Cohere, Anthropic opens a research office in Tokyo",
                "Anthropic's new Tokyo office will be staffed with recruits from Cohere.",
                T0 + 5 * HOUR,
                "https://b/office",
            ),
            id="both-labs-of-unnamed-hire",
        ),
    ],
)
def test_two_reports_of_one_event_join(
    database: Database,
    first_report: tuple[str, str, str, datetime, str],
    second_report: tuple[str, str, str, datetime, str],
) -> None:
    first, second = stories_of_two(database, first_report, second_report)
    assert first is not None
    assert first == second


def test_a_mention_whose_headline_is_someone_elses_news_stays_apart(database: Database) -> None:
    first, second = stories_of_two(
        database,
        HALLBERG,
        (
            "b",
            "Sam Altman says OpenAI will hire more infrastructure engineers",
            "He named Koa Hallberg, who joined from xAI, as an example.",
            T0 + DAY,
            "https://b/altman",
        ),
    )
    assert first != second


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
    first, second = stories_of_two(
        database,
        LUMENFORM,
        ("b", title, summary, T0 + days * DAY, "https://b/other"),
    )
    assert second is not None
    assert first != second


def test_another_adviser_of_the_same_boss_stays_apart(database: Database) -> None:
    first, second = stories_of_two(
        database,
        ADVISER,
        (
            "b",
            "Petra Holm's finance adviser Ravi Sundqvist quits over budget row",
            "Ravi Sundqvist, who advised Prime Minister Petra Holm on the budget, is stepping down.",
            T0 + 5 * HOUR,
            "https://b/finance",
        ),
    )
    assert second is not None
    assert first != second


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
    first, second = stories_of_two(
        database,
        UNNAMED_HIRE,
        ("b", title, summary, T0 + hours * HOUR, "https://b/office"),
    )
    assert first is not None
    assert first != second
