"""One event split over two stories although its reports were read alike: a surname with the next
word run into it, a hire's post written shorter, two people founding one company, each report
taking one of them as the mover, and a report not read as a move that writes the mover's surname
alone (jobs/stories/scoring.py glued, narrowed, co_founders, tells_by_surname). Worded apart
from the labelled sets' rows, each with near misses that stay apart."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from jobs.stories.scoring import found_together, glued, narrowed, same_person
from storage.db import Database
from tests.test_stories import T0, stories_of_two

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)

Report = tuple[str, str, str, datetime, str]


def join_and_apart(
    database: Database, first_report: Report, second_report: Report, together: bool
) -> None:
    """The two reports' stories: one, or two (the second possibly none, not read as a move)."""
    first, second = stories_of_two(database, first_report, second_report)
    assert first is not None
    assert (first == second) is together


# --- a surname with the next word run into it (scoring.glued)

# the summary runs the mover's surname into the verb after it (a relative pronoun run in is
# split off by the tokenizer already: tests/test_glued_names.py)
RUN_IN = (
    "a",
    "Salesforce recruits ex-Oracle executive to steer its agents push",
    "Salesforce has recruited the former Oracle vice president Priya Ramanathanwill now run"
    " its agent platform.",
    T0,
    "https://a/run-in",
)


def test_a_surname_with_the_next_word_run_in_is_the_same_surname() -> None:
    assert glued("ramanathanwho", "ramanathan")
    assert glued("okafor", "okaforsaid")
    # a surname that goes on with letters of its own is another surname
    assert not glued("anders", "andersson")
    assert not glued("curt", "curtis")
    assert not glued("thom", "thomas")
    assert same_person("Priya Ramanathanwho", "Priya Ramanathan")
    # the given name must be written on both sides, and be the same
    assert not same_person("Priya Ramanathanwho", "Meera Ramanathan")
    assert not same_person("Ramanathanwho", "Ramanathan")


def test_a_run_in_surname_joins_the_named_report(database: Database) -> None:
    named = (
        "b",
        "Priya Ramanathan quits Oracle for Salesforce",
        "The Oracle veteran starts at Salesforce next month.",
        T0 + 3 * HOUR,
        "https://b/named",
    )
    join_and_apart(database, RUN_IN, named, together=True)


@pytest.mark.parametrize(
    ("first_report", "second_report"),
    [
        # another surname that begins with the other's, the same given name, the same move
        pytest.param(
            (
                "a",
                "Karl Anders joins Cohere from Uber",
                "The machine learning engineer starts on Monday.",
                T0,
                "https://a/anders",
            ),
            (
                "b",
                "Karl Andersson joins Cohere from Uber",
                "The machine learning engineer was head of risk at Uber.",
                T0 + 2 * HOUR,
                "https://b/andersson",
            ),
            id="surname-going-on",
        ),
        # the run-in surname beside another given name
        pytest.param(
            RUN_IN,
            (
                "b",
                "Meera Ramanathan quits Oracle for Salesforce",
                "The Oracle veteran starts at Salesforce next month.",
                T0 + 3 * HOUR,
                "https://b/other",
            ),
            id="run-in-other-given-name",
        ),
    ],
)
def test_other_surnames_stay_apart(
    database: Database, first_report: Report, second_report: Report
) -> None:
    join_and_apart(database, first_report, second_report, together=False)


# --- a hire's post written shorter (scoring.narrowed)

NAMED_CHIEF = (
    "b",
    "Uber taps former Amazon engineer Talia Brandt as chief AI platform officer",
    "The ride-hailing company has created the post.",
    T0 + DAY,
    "https://b/named",
)


def test_a_post_written_shorter_is_one_post() -> None:
    assert narrowed("ai", "ai platform")
    assert narrowed("data strategy", "data")
    assert not narrowed("ai", "interim ai")
    assert not narrowed("technology", "financial")
    assert not narrowed("ai", "ai")


def test_a_hire_whose_post_one_report_writes_shorter_is_one_hire(database: Database) -> None:
    unnamed = (
        "a",
        "Uber has hired a chief AI officer from Amazon",
        "The ride-hailing company's new AI chief spent a decade at Amazon.",
        T0,
        "https://a/chief",
    )
    join_and_apart(database, unnamed, NAMED_CHIEF, together=True)


def test_a_stand_in_for_the_post_is_another_hire(database: Database) -> None:
    interim = (
        "a",
        "Uber hired an Amazon veteran as interim chief AI officer",
        "The ride-hailing company's new AI chief spent a decade at Amazon.",
        T0,
        "https://a/interim",
    )
    join_and_apart(database, interim, NAMED_CHIEF, together=False)


# --- two people founding one company, each report taking one as the mover (co_founders)

# one founder's report, which names the partner; the classifier takes the partner's employer for
# the company
ORTIZ = (
    "a",
    "Anthropic's Lena Ortiz to launch robotics start-up with departing Nvidia director Omar Haddad",
    "Lena Ortiz, who recently stepped down as Anthropic's head of robotics, is setting up a"
    " robotics company with outgoing Nvidia director Omar Haddad.",
    T0,
    "https://a/ortiz",
)
# a founder's departure that names no partner
ORTIZ_ALONE = (
    "a",
    "Lena Ortiz leaves Anthropic to launch a robotics start-up",
    "The former head of robotics has not named her co-founders.",
    T0,
    "https://a/alone",
)
HADDAD_TOO = (
    "b",
    "Omar Haddad and Lena Ortiz are launching a robotics company",
    "Nvidia director Omar Haddad will leave the chipmaker after twelve years.",
    T0 + 9 * HOUR,
    "https://b/haddad",
)


def test_two_founders_named_together_in_a_founding_sentence() -> None:
    text = "Omar Haddad, Nvidia's director, and Lena Ortiz are building a robotics start-up."
    assert found_together(text, "Omar Haddad", "Lena Ortiz")
    text = "Haddad quits. Omar Haddad will set up a company with his former colleague Lena Ortiz."
    assert found_together(text, "Lena Ortiz", "Omar Haddad")
    # a founding at another time, or in a relative clause: background
    text = "Omar Haddad, who co-founded Tessel with Lena Ortiz in 2019, is building a start-up."
    assert not found_together(text, "Omar Haddad", "Lena Ortiz")
    text = "Omar Haddad once started a company with Lena Ortiz; now he joins Nvidia."
    assert not found_together(text, "Omar Haddad", "Lena Ortiz")
    # the two in different sentences, or not joined by "and" or "with"
    text = "Omar Haddad is starting a company. Lena Ortiz is staying at Anthropic."
    assert not found_together(text, "Omar Haddad", "Lena Ortiz")
    text = "Omar Haddad, hired by Lena Ortiz, is building a robotics company."
    assert not found_together(text, "Omar Haddad", "Lena Ortiz")


@pytest.mark.parametrize(
    "second_report",
    [
        pytest.param(HADDAD_TOO, id="co-founder-named-second"),
        pytest.param(
            (
                "b",
                "Nvidia director Omar Haddad quits to start a company with Lena Ortiz",
                "Omar Haddad, Nvidia's director of robotics, and Lena Ortiz, formerly of"
                " Anthropic, are building a robotics start-up together.",
                T0 + 20 * HOUR,
                "https://b/haddad",
            ),
            id="co-founder-leaving-to-found",
        ),
    ],
)
def test_each_founders_report_is_one_founding(database: Database, second_report: Report) -> None:
    join_and_apart(database, ORTIZ, second_report, together=True)


@pytest.mark.parametrize(
    ("first_report", "second_report"),
    [
        # a partner of an earlier company, named as background
        pytest.param(
            ORTIZ_ALONE,
            (
                "b",
                "Omar Haddad leaves Nvidia to start a robotics company",
                "Omar Haddad, who co-founded Tessel with Lena Ortiz in 2019, is building a new"
                " robotics start-up.",
                T0 + 6 * HOUR,
                "https://b/background",
            ),
            id="earlier-partner",
        ),
        # the partner's own news days after the window
        pytest.param(ORTIZ, (*HADDAD_TOO[:3], T0 + 5 * DAY, HADDAD_TOO[4]), id="days-later"),
    ],
)
def test_other_foundings_stay_apart(
    database: Database, first_report: Report, second_report: Report
) -> None:
    join_and_apart(database, first_report, second_report, together=False)


# --- a report not read as a move that writes the mover's surname alone (tells_by_surname)

# a named hire, and the report of it that names the mover by surname alone
GRUNWALD = (
    "a",
    "Nvidia hires Cohere's Mateo Grunwald to run its Zurich research office",
    "Mateo Grunwald, who led retrieval research at Cohere, has joined Nvidia.",
    T0,
    "https://a/grunwald",
)
OFFICE = "Nvidia picks Zurich for a research office staffed by Cohere talent"
BY_SURNAME = "Grunwald, the first of several hires from Cohere, will run the office."


@pytest.mark.parametrize(
    "summary",
    [
        # a mention (a watched boss named), the surname spelled one letter apart
        pytest.param(
            "Grunwal, the first of several hires from Cohere, will run the office, Jensen Huang"
            " said.",
            id="spelled-otherwise",
        ),
        pytest.param(BY_SURNAME, id="as-written"),
    ],
)
def test_a_report_writing_the_surname_alone_joins(database: Database, summary: str) -> None:
    report = ("b", OFFICE, summary, T0 + 4 * HOUR, "https://b/office")
    join_and_apart(database, GRUNWALD, report, together=True)


@pytest.mark.parametrize(
    ("title", "summary", "hours"),
    [
        # another surname beside the two labs
        pytest.param(
            OFFICE,
            "Okafor, the first of several hires from Cohere, will run the office.",
            4,
            id="another-surname",
        ),
        # the surname beside the lab joined alone
        pytest.param(
            "Nvidia picks Zurich for a research office",
            "Grunwald, the first of several new hires, will run the office.",
            4,
            id="one-lab",
        ),
        # a lab outside the story
        pytest.param(
            "Nvidia picks Zurich for a research office staffed by Cohere and Google talent",
            BY_SURNAME,
            4,
            id="lab-outside",
        ),
        # two days on
        pytest.param(OFFICE, BY_SURNAME, 48, id="days-later"),
    ],
)
def test_other_reports_by_surname_stay_apart(
    database: Database, title: str, summary: str, hours: int
) -> None:
    report = ("b", title, summary, T0 + hours * HOUR, "https://b/office")
    join_and_apart(database, GRUNWALD, report, together=False)
