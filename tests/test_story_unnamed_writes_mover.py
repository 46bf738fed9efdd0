"""A report read with no mover that writes the other report's mover all the same: in full in
its headline, a name the classifier did not read, or by surname in its summary ("..., Okafor
said"), naming the post otherwise (jobs/stories/scoring.py writes_their_mover). One person's
move told vaguely joins the named story; near misses stay apart: the surname of someone else,
another lab left, the mover written only as a predecessor. Worded apart from the labelled
sets' rows."""

from __future__ import annotations

from datetime import datetime, timedelta

from storage.db import Database
from tests.test_stories import T0, add_entries, analyze, story_of

HOUR = timedelta(hours=1)

NAMED = (
    "a",
    "Samsung's Hannah Okafor moves to Nvidia",
    "A former Samsung executive is calling an American chip company her new employer.",
    T0,
    "https://a/named",
)
POST = (
    "b",
    "Nvidia poaches Samsung's technology chief",
    "SEOUL — Nvidia has poached Samsung's former chief technology officer Hannah Okafor.",
    T0 + 20 * HOUR,
    "https://b/post",
)


def unnamed_hire(speaker: str) -> tuple[str, str, str, datetime, str]:
    return (
        "c",
        "Nvidia Hires Samsung's Former Head Of Galaxy AI",
        f'"Robotics is a new and exciting space", {speaker} said in a LinkedIn post.',
        T0 + 40 * HOUR,
        "https://c/unnamed",
    )


def test_an_unnamed_hire_whose_summary_writes_the_movers_surname_joins(
    database: Database,
) -> None:
    # the unnamed report names a post the named ones do not ("head of Galaxy AI")
    add_entries(database, NAMED, POST, unnamed_hire("Okafor"))
    analyze(database)
    found = story_of(database)
    assert found["https://a/named"] is not None
    assert found["https://a/named"] == found["https://b/post"] == found["https://c/unnamed"]


def test_an_unnamed_hire_quoting_someone_else_stays_apart(database: Database) -> None:
    add_entries(database, NAMED, POST, unnamed_hire("Wiśniewski"))
    analyze(database)
    found = story_of(database)
    assert found["https://a/named"] == found["https://b/post"]
    assert found["https://c/unnamed"] is not None
    assert found["https://c/unnamed"] != found["https://a/named"]


def test_a_name_in_the_headline_the_classifier_did_not_read_joins(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Robotics Expert at Baidu, Hannah Okafor, Resigns From Chinese Tech Giant",
            "The departure is a setback for Baidu, which has bet heavily on autonomous driving.",
            T0,
            "https://a/unnamed",
        ),
        (
            "b",
            "Hannah Okafor resigns",
            "The robotics veteran has announced that she is stepping down.",
            T0 + 24 * HOUR,
            "https://b/named",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/unnamed"] is not None
    assert found["https://a/unnamed"] == found["https://b/named"]


def test_another_lab_left_stays_apart(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Baidu's robotics chief Hannah Okafor resigns",
            "Hannah Okafor, head of robotics, is leaving Baidu.",
            T0,
            "https://a/named",
        ),
        (
            "b",
            "Tencent's robotics chief resigns",
            '"It was time for a change", Okafor said in a statement.',
            T0 + 5 * HOUR,
            "https://b/other",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://b/other"] is not None
    assert found["https://a/named"] != found["https://b/other"]


def test_the_mover_written_as_a_predecessor_stays_apart(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Hannah Okafor leaves Baidu",
            "Hannah Okafor, head of robotics, is leaving Baidu.",
            T0,
            "https://a/named",
        ),
        (
            "b",
            "Baidu names new robotics chief",
            "Baidu picked a successor after Hannah Okafor left the post.",
            T0 + 5 * HOUR,
            "https://b/successor",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://b/successor"] is not None
    assert found["https://a/named"] != found["https://b/successor"]


def test_an_interim_chief_named_beside_the_departed_surname_stays_apart(
    database: Database,
) -> None:
    # another action: the appointment of a successor, whichever way the surname is written
    add_entries(
        database,
        (
            "a",
            "Cohere CEO Hannah Okafor steps down",
            "Hannah Okafor is leaving Cohere after five years, the company said.",
            T0,
            "https://a/named",
        ),
        (
            "b",
            "Cohere names interim CEO",
            "The board named an interim chief executive at Cohere; Okafor stays on as an adviser.",
            T0 + 5 * HOUR,
            "https://b/interim",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://b/interim"] is not None
    assert found["https://a/named"] != found["https://b/interim"]
