"""One event told as moves in several stories (jobs/stories/scoring.py): an unnamed Korean
report that writes the mover in Hangul (named_in_script), one person's move read with two
destinations, one of them written in the other's report (destination_written), and a report
whose headline tells the story's move while its mover was read from its summary
(headline_tells_theirs). Worded apart from the labelled sets' rows, with near misses that stay
apart: another name, another post, past the windows, a move and the next one or the way back,
a report that doubts the move, a headline telling the summary's mover's own move."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from storage.db import Database
from tests.test_stories import T0, add_entries, analyze, stories_of_two, story_of

DAY = timedelta(days=1)
HOUR = timedelta(hours=1)
Row = tuple[str, str, str, datetime | None, str]  # feed, title, summary, published, url

DEPARTURE = (
    "a",
    '박준영 카카오 대표 퇴사…"창업 나선다"',
    "카카오의 AI 개발을 이끌어 온 박준영 카카오 대표가 회사를 떠난 것으로 확인됐다.",
    T0,
    "https://a/departure",
)
APPOINTMENT = (
    "a",
    "네이버, 신임 CTO에 한지성 AI 센터장 임명",
    "네이버가 최고기술책임자(CTO)로 한지성 AI 센터장을 임명했다고 밝혔다.",
    T0,
    "https://a/appointment",
)


def unnamed_departure(name: str, when: timedelta, byline: str = "") -> Row:
    """A Korean report of a departure from Kakao whose mover the classifier does not take
    (no post beside the name), with what follows its news (a byline, another name)."""
    return (
        "b",
        "“천재 개발자” 카카오 떠났다",
        f"화제를 모았던 {name} 씨가 최근 카카오를 떠났다.{byline}",
        T0 + when,
        f"https://b/{name}/{when.days}",
    )


def unnamed_post(post: str, when: timedelta) -> Row:
    """A Korean report of an appointment at Naver naming the post and no mover it reads."""
    return (
        "b",
        "네이버 ‘AI 전환’ 이끈 한지성, 기술사령탑까지 맡았다",
        f"네이버가 AI 조직을 이끌고 있는 한지성 CIC장을 {post}로 겸임 선임했다.",
        T0 + when,
        f"https://b/{post}/{when.days}",
    )


def test_an_unnamed_report_writing_the_mover_in_hangul_joins_a_week_on(
    database: Database,
) -> None:
    first, second = stories_of_two(database, DEPARTURE, unnamed_departure("박준영", 7 * DAY))
    assert first is not None and first == second


def test_another_name_in_hangul_stays_apart(database: Database) -> None:
    first, second = stories_of_two(database, DEPARTURE, unnamed_departure("김도윤", 7 * DAY))
    assert first is not None and second is not None and first != second


def test_the_hangul_name_past_a_departure_told_again_stays_apart(database: Database) -> None:
    first, second = stories_of_two(database, DEPARTURE, unnamed_departure("박준영", 70 * DAY))
    assert first is not None and second is not None and first != second


def test_the_same_post_in_hangul_weeks_later_joins_the_appointment(database: Database) -> None:
    later = unnamed_post("최고기술책임자(CTO)", 16 * DAY)
    first, second = stories_of_two(database, APPOINTMENT, later)
    assert first is not None and first == second


def test_another_post_in_hangul_weeks_later_stays_apart(database: Database) -> None:
    later = unnamed_post("최고운영책임자(COO)", 16 * DAY)
    first, second = stories_of_two(database, APPOINTMENT, later)
    assert first is not None and second is not None and first != second


BODY = (
    "a",
    "Marta Lobo, New Director General of APSIA",
    "The ministry has concluded the selection process for the director general of the"
    " Portuguese Agency for AI Supervision (APSIA).",
    T0,
    "https://a/body",
)


def by_government(summary: str, when: timedelta = 2 * HOUR) -> Row:
    """The government's report of the appointment, read as a move to the country."""
    return (
        "b",
        "Portugal Appoints Marta Lobo as the Head of its AI Supervision Agency",
        summary,
        T0 + when,
        f"https://b/government/{when}",
    )


def test_the_body_written_in_the_governments_report_is_one_appointment(
    database: Database,
) -> None:
    report = by_government(
        "Portugal takes a step towards regulating AI by appointing Marta Lobo as director"
        " general of the new Portuguese Agency for AI Supervision (APSIA)."
    )
    first, second = stories_of_two(database, BODY, report)
    assert first is not None and first == second


def test_the_body_written_in_neither_report_stays_apart(database: Database) -> None:
    report = by_government(
        "Portugal takes a step towards regulating AI by appointing Marta Lobo as director"
        " general of its new agency."
    )
    first, second = stories_of_two(database, BODY, report)
    assert first is not None and second is not None and first != second


def test_past_the_window_the_two_destinations_stay_apart(database: Database) -> None:
    report = by_government(
        "Portugal has appointed Marta Lobo as director general of the Portuguese Agency for"
        " AI Supervision (APSIA).",
        5 * DAY,
    )
    first, second = stories_of_two(database, BODY, report)
    assert first is not None and second is not None and first != second


def test_a_report_that_doubts_the_move_stays_apart(database: Database) -> None:
    doubted = (
        "b",
        "Portugal Appoints Marta Lobo as the Head of its Data Protection Office",
        "Portugal has appointed Marta Lobo, who had been rumoured to lead APSIA, as head of its"
        " data protection office.",
        T0 + 2 * HOUR,
        "https://b/doubted",
    )
    first, second = stories_of_two(database, BODY, doubted)
    assert first is not None and second is not None and first != second


JOINED = (
    "a",
    "Tomasz Kerrigan leaves Google to join Thinking Machines",
    "The compiler engineer Tomasz Kerrigan is leaving Google to join Thinking Machines, the"
    " start-up led by OpenAI's former CTO.",
    T0,
    "https://a/joined",
)


def test_the_next_move_from_the_lab_joined_stays_apart(database: Database) -> None:
    onward = (
        "b",
        "Tomasz Kerrigan leaves Thinking Machines for OpenAI",
        "Tomasz Kerrigan, who joined Thinking Machines from Google this week, is leaving it"
        " for OpenAI.",
        T0 + DAY,
        "https://b/onward",
    )
    first, second = stories_of_two(database, JOINED, onward)
    assert first is not None and second is not None and first != second


def test_the_way_back_stays_apart(database: Database) -> None:
    back = (
        "b",
        "Tomasz Kerrigan rejoins Google",
        "Tomasz Kerrigan, who left Google for Thinking Machines days ago, has returned to Google.",
        T0 + DAY,
        "https://b/back",
    )
    first, second = stories_of_two(database, JOINED, back)
    assert first is not None and second is not None and first != second


def test_a_return_to_the_lab_the_first_report_names_stays_apart(database: Database) -> None:
    hired = (
        "a",
        "Microsoft hires Dana Whitlock to run a new AI research group",
        "The hire came a day after OpenAI's board refused to bring Whitlock back as chief"
        " scientist.",
        T0,
        "https://a/hired",
    )
    back = (
        "b",
        "Dana Whitlock to return as OpenAI chief scientist",
        "OpenAI agreed to bring Whitlock back under a reshaped board.",
        T0 + 2 * DAY,
        "https://b/back",
    )
    first, second = stories_of_two(database, hired, back)
    assert first is not None and second is not None and first != second


def test_another_of_the_same_surname_stays_apart(database: Database) -> None:
    other = (
        "b",
        "Anna Kerrigan joins OpenAI",
        "Anna Kerrigan, who turned down an offer from Thinking Machines, joins OpenAI from Google.",
        T0 + DAY,
        "https://b/other",
    )
    first, second = stories_of_two(database, JOINED, other)
    assert first is not None and second is not None and first != second


def test_the_same_name_leaving_another_lab_stays_apart(database: Database) -> None:
    elsewhere = (
        "b",
        "Apple engineer Tomasz Kerrigan joins OpenAI",
        "Tomasz Kerrigan, who once interned at Thinking Machines, leaves Apple for OpenAI.",
        T0 + DAY,
        "https://b/elsewhere",
    )
    first, second = stories_of_two(database, JOINED, elsewhere)
    assert first is not None and second is not None and first != second


NAMED_HEAD = (
    "a",
    "Tesla names Priya Raman to lead its humanoid robot program",
    "Priya Raman, who ran Tesla's driver-assistance software, will lead the Optimus program.",
    T0,
    "https://a/named-head",
)
PREDECESSOR = "Marco Kessler, head of Tesla's humanoid robot program, has stepped down."


def headline(title: str, url: str) -> Row:
    """A report two hours on whose summary tells only the predecessor's departure."""
    return ("b", title, PREDECESSOR, T0 + 2 * HOUR, url)


def test_a_headline_telling_the_storys_move_joins_it_and_keeps_its_mover(
    database: Database,
) -> None:
    profile = headline(
        "Meet Priya Raman, the Autopilot engineer who now leads Tesla's robot program",
        "https://b/profile",
    )
    again = (
        "c",
        "Priya Raman takes over Tesla's Optimus program",
        "Tesla confirmed Priya Raman as head of the humanoid robot team.",
        T0 + DAY,
        "https://c/again",
    )
    # the first report's summary tells only the predecessor's plan: the story's mover must
    # not be taken from it when the profile joins
    head_only = (
        "a",
        "Priya Raman to lead Tesla's humanoid robot program",
        "Marco Kessler, head of the program, announced on Friday that he will step down.",
        T0,
        "https://a/named-head",
    )
    add_entries(database, head_only, profile, again)
    analyze(database)
    found = story_of(database)
    assert found["https://a/named-head"] is not None
    assert found["https://a/named-head"] == found["https://b/profile"] == found["https://c/again"]


def test_a_headline_telling_the_summarys_move_too_stays_apart(database: Database) -> None:
    quits = headline("Tesla robot chief quits over Priya Raman's promotion", "https://b/quits")
    first, second = stories_of_two(database, NAMED_HEAD, quits)
    assert first is not None and second is not None and first != second


def test_a_headline_telling_no_move_stays_apart(database: Database) -> None:
    met = headline("Meet Priya Raman, Tesla's Autopilot engineer", "https://b/met")
    first, second = stories_of_two(database, NAMED_HEAD, met)
    assert first is not None and second is not None and first != second


def test_a_reporters_byline_is_no_second_name(database: Database) -> None:
    later = unnamed_departure("박준영", 7 * DAY, " 이서진 기자")
    first, second = stories_of_two(database, DEPARTURE, later)
    assert first is not None and first == second


def test_two_names_in_hangul_tell_no_one_mover(database: Database) -> None:
    # "Kim left Kakao, the second departure after Park": which story it tells is not written
    later = unnamed_departure("김도윤", 5 * DAY, " 박준영 씨에 이은 두 번째 이탈이다.")
    first, second = stories_of_two(database, DEPARTURE, later)
    assert first is not None and second is not None and first != second


RAID = ("a", "Meta poaches OpenAI researchers for its new lab", "", T0, "https://a/raid")


@pytest.mark.parametrize(
    "title", ["Meta hires more OpenAI researchers", "Meta poaches another batch of OpenAI staff"]
)
def test_a_raid_told_as_more_days_on_is_another_raid(database: Database, title: str) -> None:
    later = ("b", title, "", T0 + 6 * DAY, "https://b/raid")
    first, second = stories_of_two(database, RAID, later)
    assert first is not None and second is not None and first != second


def test_a_raid_told_again_days_on_joins_it(database: Database) -> None:
    later = ("b", "Meta lures OpenAI researchers to its new lab", "", T0 + 4 * DAY, "https://b/r")
    first, second = stories_of_two(database, RAID, later)
    assert first is not None and first == second


CHOSEN = ("a", "Nadia Ferreira joins Anthropic", "", T0, "https://a/chosen")


@pytest.mark.parametrize(
    ("title", "summary"),
    [  # another offer, a rival's courting, a past announcement: two different moves
        ("Nadia Ferreira joins Mistral AI", "She turned down an offer from Anthropic."),
        ("Cohere hires Nadia Ferreira", "Anthropic had also courted Ferreira, people said."),
        (
            "Mistral AI names Nadia Ferreira research chief",
            "The news comes a day after Anthropic said Ferreira would join it.",
        ),
    ],
)
def test_a_lab_written_elsewhere_in_a_report_is_no_second_name(
    database: Database, title: str, summary: str
) -> None:
    later = ("b", title, summary, T0 + 2 * HOUR, "https://b/other")
    first, second = stories_of_two(database, CHOSEN, later)
    assert first is not None and second is not None and first != second


HIRED_RESEARCHER = (
    "a",
    "Cohere hires researcher Lena Marsh from Mistral AI",
    "Cohere has recruited Lena Marsh, a researcher formerly with Mistral AI.",
    T0,
    "https://a/researcher",
)


def test_an_unnamed_hire_of_another_post_stays_apart(database: Database) -> None:
    # a hire nobody names, read as a raid, whose headline names a post the story does not
    later = ("b", "Cohere Hires Chief People Officer", "", T0 + 20 * HOUR, "https://b/cpo")
    first, second = stories_of_two(database, HIRED_RESEARCHER, later)
    assert first is not None and second is not None and first != second


def test_an_unnamed_hire_of_the_same_post_joins(database: Database) -> None:
    named = (
        "a",
        "Cohere names Lena Marsh chief people officer",
        "Cohere has appointed Lena Marsh as chief people officer.",
        T0,
        "https://a/cpo-named",
    )
    later = ("b", "Cohere Hires Chief People Officer", "", T0 + 20 * HOUR, "https://b/cpo")
    first, second = stories_of_two(database, named, later)
    assert first is not None and first == second
