"""Korean headlines the gloss (jobs/language/gloss.py, jobs/language/hangul_names.py) read no
move in, or no mover: a post newly filled named with its holder and no verb ("<lab>, 신임 CTO에
X 부사장"), a Western given name written in Hangul before the family name ("마이클 박"), a
name inside a quotation that holds no post outside it, and KT and NC AI as labs. Worded apart
from the labelled sets, with near misses that stay no moves (a holder only mentioned or
shortlisted, a denied rumour, two holders) or keep no name (a Hangul word that is no listed
given name)."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # a new post and its holder, the verb left out
            "카카오, 신임 CTO에 김민수 부사장",
            ("Kim Min-soo", "appointed", None, "Kakao"),
        ),
        (  # the next holder of a post, after a tag
            "[속보] 네이버, 차기 대표에 박지현 전무",
            ("Park Ji-hyun", "appointed", None, "Naver"),
        ),
        (  # tipped (유력): reported ahead, still a move (LABELLING: "reportedly" counts)
            "KT, 새 CEO에 한도훈 사장 유력…다음주 발표",
            ("Han Do-hoon", "appointed", None, "KT"),
        ),
    ],
)
def test_a_new_post_and_its_holder_is_an_appointment(title: str, expected: Move) -> None:
    person, action, origin, destination = event_of(title)
    assert (action, origin, destination) == expected[1:]
    assert person == expected[0]


@pytest.mark.parametrize(
    "title",
    [
        "카카오, 신임 CTO에 김민수 부사장 거론",  # only mentioned as a candidate
        "네이버, 차기 대표에 박지현·이수진 압축",  # a shortlist of two
        "카카오, 새 CTO에 김민수 부사장 유력설 부인",  # a denied rumour
        "카카오, 신임 CTO에 기대감",  # no holder at all
        "카카오, CTO에 김민수 부사장",  # no new post: a mention of who holds it
    ],
)
def test_posts_only_mentioned_or_denied_stay_no_moves(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "summary", "person"),
    [
        (  # a Western given name in Hangul, the family name after it, beside a post
            "'로봇 권위자' 마이클 박, 카카오 연구소장서 물러나",
            "로봇 분야 권위자인 마이클 박 카카오 연구소장이 최근 보직에서 물러났다.",
            "Michael Park",
        ),
        (  # 리 is Lee as 이 is
            "제임스 리 부사장, 네이버 퇴사",
            "",
            "James Lee",
        ),
    ],
)
def test_a_western_given_name_in_hangul_is_written_in_latin_letters(
    title: str, summary: str, person: str
) -> None:
    assert event_of(title, summary)[0] == person


def test_a_word_that_is_no_listed_given_name_stays_unnamed() -> None:
    # 브랜드 (brand) is no given name: the mover of the summary stays unnamed
    person, action, origin, _ = event_of(
        "카카오 연구소장 물러나", "브랜드 리 카카오 연구소장이 최근 보직에서 물러났다."
    )
    assert (person, action, origin) == (None, "leave", "Kakao")


def test_a_name_inside_a_quotation_holds_no_post_outside_it() -> None:
    # the one quoted recruited the mover; the post after the quotation is the mover's
    person = event_of("'최태원 영입 1호' 마이클 박 사장, 카카오 퇴사")[0]
    assert person == "Michael Park"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("KT, 구글 출신 AI 연구원 영입", (None, "join", "Google DeepMind", "KT")),
        ("KT 떠난 이준서 상무, 카카오로 이직", ("Lee Joon-seo", "join", "KT", "Kakao")),
    ],
)
def test_kt_is_a_lab(title: str, expected: Move) -> None:
    assert event_of(title) == expected
