"""One event told by a vaguer report days later, or by two people leaving together
(jobs/stories/scoring.py: pair_told_again, co_leavers): which reports join the story and
which near misses stay apart. Worded apart from the labelled sets' rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from storage.db import Database
from storage.models import Story
from tests.test_stories import T0, add_entries, analyze, story_of

DAY = timedelta(days=1)


def test_an_unnamed_report_of_the_same_lab_pair_days_later_joins(database: Database) -> None:
    add_entries(
        database,
        ("a", "Mistral hires Petra Lindqvist from Cohere", "", T0, "https://a/lindqvist"),
        (
            "b",
            "Former Cohere speech scientist joins Mistral as it builds a voice team",
            "",
            T0 + 5 * DAY,
            "https://b/voice",
        ),
        # the other way round: the unnamed report first, the named one six days on
        ("c", "Anthropic hires a senior Apple hardware engineer", "", T0, "https://c/apple"),
        (
            "d",
            "Apple's Hugo Marchetti leaves for Anthropic",
            "Hugo Marchetti has joined Anthropic.",
            T0 + 6 * DAY,
            "https://d/marchetti",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/lindqvist"] == found["https://b/voice"]
    assert found["https://c/apple"] == found["https://d/marchetti"]
    assert found["https://a/lindqvist"] != found["https://c/apple"]


@pytest.mark.parametrize(
    ("title", "days"),
    [
        ("Mistral poaches another Cohere researcher", 5),  # another hire: "another", "more"
        ("Mistral hires Cohere's chief scientist", 6),  # a post the named reports do not name
        ("Mistral hires Cohere researchers", 4),  # a group beside one person's move
        ("Mistral hires a senior researcher", 5),  # one of the two labs: any hire at a busy lab
        ("Former Cohere researcher joins Mistral", 12),  # past the follow-up window
    ],
)
def test_unnamed_reports_of_someone_else_between_the_labs_stay_apart(
    database: Database, title: str, days: int
) -> None:
    add_entries(
        database,
        ("a", "Mistral hires Petra Lindqvist from Cohere", "", T0, "https://a/lindqvist"),
        ("b", title, "", T0 + days * DAY, "https://b/other"),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/lindqvist"] != found["https://b/other"]


def test_two_people_leaving_one_lab_together_are_one_departure(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Cohere loses its last two founding engineers",
            "The exit of Marta Okonkwo and Felix Brandt leaves the chief executive alone.",
            T0,
            "https://a/two",
        ),
        (
            "b",
            "Felix Brandt leaves Cohere",
            "Brandt was one of the first engineers.",
            T0 + 2 * DAY,
            "https://b/brandt",
        ),
        # another person leaving the same lab, named only as background: another departure
        ("c", "Jonas Weber quits Mistral", "", T0, "https://c/weber"),
        (
            "d",
            "Sofia Reyes leaves Mistral",
            "Her departure comes 48 hours after Jonas Weber quit.",
            T0 + 2 * DAY,
            "https://d/reyes",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/two"] == found["https://b/brandt"]
    assert found["https://c/weber"] != found["https://d/reyes"]


STORY = ("a", "Mistral hires Petra Lindqvist from Cohere", "", T0, "https://a/lindqvist")


@pytest.mark.parametrize(
    ("title", "summary", "joins"),
    [
        # the mover in characters (none in Latin letters), both labs, a verb of moving
        (
            "高薪难留人：Cohere研究员为何选择Mistral？",
            "这位研究员在Cohere工作六年后，毅然转投Mistral。",
            True,
        ),
        # no verb of moving: a talk, an interview
        ("高薪难留人：Cohere研究员为何选择Mistral？", "Cohere与Mistral的研究员谈AI。", False),
        # a third lab the story does not name
        (
            "Cohere研究员为何选择Mistral而非Anthropic？",
            "这位研究员离开Cohere，转投Mistral。",
            False,
        ),
        # the full name and both labs, the words of moving in a language not listed (Swedish)
        (
            "Petra Lindqvist om bytet från Cohere till Mistral",
            "Ett samtal med Petra Lindqvist, tidigare på Cohere, nu på Mistral.",
            True,
        ),
        # the full name and one lab, no word of moving: an interview
        (
            "Petra Lindqvist om sitt arbete",
            "Ett samtal med Petra Lindqvist om Mistral på få år.",
            False,
        ),
    ],
)
def test_a_report_not_read_as_a_move_in_another_language(
    database: Database, title: str, summary: str, joins: bool
) -> None:
    add_entries(database, STORY, ("b", title, summary, T0 + timedelta(hours=8), "https://b/x"))
    analyze(database)
    found = story_of(database)
    assert (found["https://b/x"] == found["https://a/lindqvist"]) is joins


def test_a_report_in_characters_days_after_the_move_stays_apart(database: Database) -> None:
    # named in Latin letters nowhere: only the same news day makes it this move's
    add_entries(
        database,
        STORY,
        (
            "b",
            "高薪难留人：Cohere研究员为何选择Mistral？",
            "这位研究员在Cohere工作六年后，毅然转投Mistral。",
            T0 + 2 * DAY,
            "https://b/x",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://b/x"] != found["https://a/lindqvist"]


@pytest.mark.parametrize(
    ("summary", "joins"),
    [
        ("Bà Petra Lindqvist vừa được bổ nhiệm làm giám đốc AI của Cohere.", True),  # appointed
        ("Bà Petra Lindqvist nói về AI tại Cohere.", False),  # speaks about AI
    ],
)
def test_a_word_of_appointing_in_another_language(
    database: Database, summary: str, joins: bool
) -> None:
    add_entries(
        database,
        ("a", "Cohere names Petra Lindqvist chief AI officer", "", T0, "https://a/cohere"),
        ("b", "Tin nhanh: Cohere và giám đốc AI", summary, T0 + DAY, "https://b/vi"),
    )
    analyze(database)
    found = story_of(database)
    assert (found["https://b/vi"] == found["https://a/cohere"]) is joins


@pytest.mark.parametrize("announcer_first", [False, True])
def test_an_announcer_taken_for_the_mover_joins_the_headlines_mover(
    database: Database, announcer_first: bool
) -> None:
    # the headline names the story's mover; the summary names the one who told the news
    told = T0 - timedelta(hours=2) if announcer_first else T0 + timedelta(hours=2)
    add_entries(
        database,
        ("a", "Tesla hires Apple robotics engineer Mei Okada", "", T0, "https://a/okada"),
        (
            "b",
            "Tesla Optimus team adds Apple robotics engineer Mei Okada",
            "According to Jon Parkes on X, Mei Okada has joined Tesla after five years at Apple.",
            told,
            "https://b/parkes",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/okada"] == found["https://b/parkes"]
    with database.session() as s:
        (person,) = s.scalars(select(Story.person))
    assert person == "Mei Okada"


def test_someone_else_leaving_over_the_movers_firing_stays_apart(database: Database) -> None:
    # the headline names the fired CEO; the summary's mover is the one quitting, not a source
    add_entries(
        database,
        ("a", "Cohere fires CEO Ana Petrova", "", T0, "https://a/fired"),
        (
            "b",
            "Cohere CTO quits over Ana Petrova firing",
            "Marco Lind said he is leaving Cohere after the board fired Ana Petrova.",
            T0 + timedelta(hours=3),
            "https://b/quits",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/fired"] != found["https://b/quits"]


@pytest.mark.parametrize(
    ("title", "summary", "hours", "joins"),
    [
        # a move no report names, told in Korean the same day: the lab joined, the same post
        (
            "[단독]네이버, 김민수 전 삼성 CTO 영입…AI 속도 낸다",
            "김민수 전 삼성전자 CTO(최고기술책임자)가 네이버에 합류해 AI 서비스 개발에 힘을 보탠다.",
            6,
            True,
        ),
        # another post filled: another hire
        (
            "[단독]네이버, 김민수 전 삼성 CFO 영입…AI 속도 낸다",
            "김민수 전 삼성전자 CFO(최고재무책임자)가 네이버에 합류해 살림을 맡는다.",
            6,
            False,
        ),
        # days later, named (jobs/language/hangul_names.py), the same post between the same
        # two labs: the named report of the unnamed hire (scoring.unnamed_agrees)
        (
            "[단독]네이버, 김민수 전 삼성 CTO 영입…AI 속도 낸다",
            "김민수 전 삼성전자 CTO(최고기술책임자)가 네이버에 합류해 AI 서비스 개발에 힘을 보탠다.",
            60,
            True,
        ),
        # weeks later: another hire
        (
            "[단독]네이버, 김민수 전 삼성 CTO 영입…AI 속도 낸다",
            "김민수 전 삼성전자 CTO(최고기술책임자)가 네이버에 합류해 AI 서비스 개발에 힘을 보탠다.",
            24 * 30,
            False,
        ),
    ],
)
def test_an_unnamed_move_told_in_characters(
    database: Database, title: str, summary: str, hours: int, joins: bool
) -> None:
    add_entries(
        database,
        ("a", "Naver hires former Samsung CTO to lead its AI division", "", T0, "https://a/naver"),
        ("b", title, summary, T0 + timedelta(hours=hours), "https://b/ko"),
    )
    analyze(database)
    found = story_of(database)
    assert (found["https://b/ko"] == found["https://a/naver"]) is joins


@pytest.mark.parametrize(
    ("other", "joins"),
    [
        ("NBC Universal appoints Marisol Vega chief AI officer", True),  # the company in full
        ("Marisol Vega joins Mistral AI", False),  # another company
        ("NBC Universal appoints Tomas Ekberg chief AI officer", False),  # another person
    ],
)
def test_a_company_in_short_form_is_one_lab(database: Database, other: str, joins: bool) -> None:
    add_entries(
        database,
        ("a", "Universal names Marisol Vega its first chief AI officer", "", T0, "https://a/u"),
        ("b", other, "", T0 + timedelta(hours=5), "https://b/o"),
    )
    analyze(database)
    found = story_of(database)
    assert (found["https://a/u"] == found["https://b/o"]) is joins
