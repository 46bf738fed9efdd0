"""Korean headlines that name their mover in Hangul: the name beside a post ("박지훈 부사장",
"최민수 前 네이버 CTO", "'윤서연' 센터장") is written in Latin letters family name first
("Park Ji-hoon"), the hiring lab before the comma is the destination and "前 X" the origin,
a post given first and its holder after ("연구원장에 X 선임") is an appointment, and "X에 사퇴"
is a resignation from X. Worded apart from the labelled sets (other people, labs and
phrasings), each with near misses that stay as they were: common nouns beside a post, rumours,
denials and plans."""

from __future__ import annotations

import pytest

from jobs.language.gloss import gloss_korean
from jobs.language.hangul_names import is_name, korean_names, romanised_korean
from tests.test_real_shapes import event_of, no_move


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        ("박지훈", "Park Ji-hoon"),
        ("최민수", "Choi Min-soo"),
        ("정은영", "Jung Eun-young"),
        ("윤서연", "Yoon Seo-yeon"),
        ("강동원", "Kang Dong-won"),
        ("한승우", "Han Seung-woo"),
        ("신혜진", "Shin Hye-jin"),
        ("남궁민", "Namgoong Min"),
        ("선우용녀", "Sunwoo Yong-nyeo"),
        ("조경현", "Kyunghyun Cho"),  # the press's spelling of a known researcher
    ],
)
def test_names_in_hangul_are_spelled_family_name_first(hangul: str, latin: str) -> None:
    assert romanised_korean(hangul) == latin


@pytest.mark.parametrize(
    "word", ["전문가", "이사회", "마케팅", "경영진", "지사장", "서비스", "한국형", "정부"]
)
def test_common_words_opening_with_a_family_name_are_no_names(word: str) -> None:
    assert not is_name(word)


def test_a_spelling_in_the_text_is_preferred() -> None:
    text = "박지훈 부사장 (Jihoon Park) 선임"
    assert "Jihoon Park" in korean_names(text)


def test_a_name_away_from_any_post_is_left_alone() -> None:
    # a name with no post beside it is no mover the reader can place: it stays in Hangul
    assert korean_names("박지훈 이야기") == "박지훈 이야기"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the hiring lab before the comma, the origin after 前
            "네이버, 최민수 前 카카오 CTO 영입…검색 강화",
            "",
            ("Choi Min-soo", "join", "Kakao", "Naver"),
        ),
        (  # 전 for 前, and a tag before the lab
            "[속보] 삼성전자, 박지훈 전 구글 엔지니어 영입",
            "",
            ("Park Ji-hoon", "join", "Google DeepMind", "Samsung Electronics"),
        ),
        (  # the post first, then its holder (and a second one named with them)
            "카카오 대표에 정은영 부사장·한승우 상무 선임",
            "",
            ("Jung Eun-young", "appointed", None, "Kakao"),
        ),
        (  # the lab before the comma names a post, then its holder
            "네이버, 신임 센터장에 강동원 전무 선임",
            "",
            ("Kang Dong-won", "appointed", None, "Naver"),
        ),
        (  # a resignation from the lab after 에
            "윤서연 애플 부사장, 애플에 사의…",
            "",
            ("Yoon Seo-yeon", "leave", "Apple", None),
        ),
    ],
)
def test_korean_moves_name_their_mover(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "네이버, 최민수 前 카카오 CTO 영입설 부인",  # a denied rumour
        "네이버, 최민수 前 카카오 CTO 영입 검토",  # a plan under review
        "삼성전자, 마케팅 전문가 세미나 개최",  # no move at all
    ],
)
def test_rumours_denials_and_plans_stay_no_moves(title: str) -> None:
    no_move(title)


def test_the_predecessor_is_no_mover() -> None:
    gloss = gloss_korean("박지훈 후임 카카오 대표에 정은영 부사장 선임")
    assert "Park" not in gloss
    assert gloss.startswith("Jung Eun-young is named as Kakao CEO")


def test_a_name_in_capitals_headline_keeps_its_post() -> None:
    # a headline in capitals is lowered before the gloss: the post beside the name still counts
    assert event_of("네이버, 최민수 前 카카오 CTO 영입") == event_of(
        "네이버, 최민수 前 카카오 cto 영입"
    )


def test_a_hangul_report_and_an_english_report_name_one_mover() -> None:
    # stories fold the two orders and the two ways of writing a given name together
    from jobs.stories.scoring import same_person

    assert same_person("Choi Min-soo", "Minsoo Choi")
    assert same_person("Choi Min-soo", "Min-soo Choi")
    assert not same_person("Choi Min-soo", "Minsoo Park")


def test_a_denied_appointment_to_a_post_given_first_stays_no_move() -> None:
    # the holder's own post is left out of the appointment, the denial is not
    no_move("네이버 대표에 최민수 부사장 내정설 부인")
    assert event_of("네이버 대표에 최민수 부사장 내정")[:2] == ("Choi Min-soo", "appointed")
