"""Korean moves the gloss (jobs/language/gloss.py) read only in part:

- "X 과기부 장관 내정", "X LG AI연구원장, 과기정통부 장관 후보자 지명" (a name, its own post, then a
  post in government and the verb, no particle): X joins that body, as "과기부 장관에 X 내정"
  already reads; the name right before the body is the mover's (jobs/language/hangul_names.py);
- "X 카카오 CTO 선임", "카카오 X 부사장 CTO 내정" (a name, a lab's post, the verb ending the clause):
  X is named to that post, as "X, 카카오 CTO 선임" already reads;
- organisations Korean outlets write in Hangul: 삼성리서치 (Samsung Research, a unit, not the
  company the mover leaves), 넷마블 and 크래프톤 (Netmarble, Krafton: labs of jobs/language/labs.py).

Worded apart from the labelled sets, with near misses that stay no moves: an appointment
opposed, withdrawn, looked back on, denied, or one whose approval is the news; a nominee (내정자)
whose news is elsewhere, an anniversary, a post weighed."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a nominee named first, the body glued to the post's word, then a quote
            '김민수 과기부 장관 내정…"AI 강국 만들 것"',
            "",
            ("Kim Min-soo", "join", None, "Ministry of Science and ICT"),
        ),
        (  # a post in the presidential office, its field written in Hangul
            "박지훈 대통령실 AI미래기획수석 임명",
            "",
            ("Park Ji-hoon", "join", None, "Office of the President of South Korea"),
        ),
        (  # the nominee's own lab post, a comma, then the body's post
            "배경훈 LG AI연구원장, 과기정통부 장관 후보자 지명",
            "",
            ("Bae Kyung-hoon", "join", "LG AI Research", "Ministry of Science and ICT"),
        ),
        (  # a lab's unit head picked for a post in the presidential office
            "최지훈 네이버클라우드 센터장 대통령실 AI수석 발탁",
            "",
            ("Choi Ji-hoon", "join", "Naver", "Office of the President of South Korea"),
        ),
        (  # the particle after the nominee's post, the name before the body
            "이준호 과기정통부 장관 후보자로 지명",
            "",
            ("Lee Joon-ho", "join", None, "Ministry of Science and ICT"),
        ),
    ],
)
def test_a_name_before_a_post_in_government_joins_the_body(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "이준호 과기정통부 장관 임명 반대",  # opposed
        "김민수 과기정통부 장관 임명 후 첫 행보",  # looked back on
        "野, 김민수 과기정통부 장관 내정 철회 요구",  # withdrawal demanded
        "김민수 과기부 장관 내정설 부인",  # a denied rumour
        "이준호 과기정통부 장관 후보자, 인사청문회 통과",  # a hearing passed, no naming
        "대통령, 김민수 과기부장관 임명 재가",  # the approval of an appointment
    ],
)
def test_appointments_opposed_denied_or_past_stay_no_moves(title: str) -> None:
    no_move(title)


def test_a_name_words_before_the_body_is_not_its_post_holder() -> None:
    # the body right after a name is that name's post; the president, words before the body,
    # is not who is nominated
    summary = (
        "박준영 대통령이 23일 과학기술정보통신부 장관 후보자로 김민수 LG AI연구원장을 지명했다."
    )
    assert event_of("과기정통부 장관 후보자 지명", summary) == (
        "Kim Min-soo",
        "join",
        "LG AI Research",
        "Ministry of Science and ICT",
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the mover's research unit in the summary is no company they leave
            "김민수 사장, 삼성전자 퇴사…대학 복귀",
            "삼성리서치 AI 담당 김민수 사장이 삼성전자를 떠났다.",
            ("Kim Min-soo", "leave", "Samsung Electronics", None),
        ),
        (  # a game maker's AI head steps down
            "넷마블 AI 이끈 박지훈 부사장 퇴임",
            "",
            ("Park Ji-hoon", "leave", "Netmarble", None),
        ),
        (  # a game maker, in its own capitals, names its first AI chief
            "KRAFTON names Minsoo Kim its first chief AI officer",
            "",
            ("Minsoo Kim", "appointed", None, "Krafton"),
        ),
    ],
)
def test_korean_companies_are_named_as_written(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the name, the lab's post, the verb ending the clause
            "이준호 카카오 CTO 선임",
            ("Lee Joon-ho", "appointed", None, "Kakao"),
        ),
        (  # the lab first, the name's own post, then the post taken
            "카카오 이준호 부사장 CTO 선임",
            ("Lee Joon-ho", "appointed", None, "Kakao"),
        ),
        (  # a nomination, a second clause after the ellipsis
            '박지훈 네이버 대표 내정…"AI 경쟁력 강화"',
            ("Park Ji-hoon", "appointed", None, "Naver"),
        ),
        (  # picked (발탁), the lab abbreviated
            "SKT 김민수 부사장 CTO 발탁…AI 사업 강화",
            ("Kim Min-soo", "appointed", None, "SK Telecom"),
        ),
    ],
)
def test_a_name_then_a_labs_post_then_the_verb_is_an_appointment(
    title: str, expected: Move
) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "박지훈 네이버 대표 내정자, 첫 행보는",  # a nominee, the news elsewhere
        "이준호 카카오 CTO 선임 1년",  # an anniversary
        "이준호 카카오 CTO 선임 검토",  # weighed
        "이준호 카카오 CTO 선임설 부인",  # a denied rumour
        "카카오, 신규 서비스 이름 선임",  # no name, no post
    ],
)
def test_nominees_anniversaries_and_rumours_stay_no_moves(title: str) -> None:
    no_move(title)
