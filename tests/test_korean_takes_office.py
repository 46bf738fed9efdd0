"""Korean headlines naming a mover to a post in words the gloss (jobs/language/gloss.py) did
not read: 취임 and 부임 (takes office, takes up a post: "X 카카오 CTO 취임" is X becoming
Kakao's CTO), a lab's post and 선임/임명 with no particle after the subject's comma ("X, 카카오
대표 선임": X named Kakao's CEO), 이적 (transfers) to a lab, and a post newly filled without
the comma or with the holder's former lab ("카카오 신임 CTO에 구글 출신 X 박사"). Worded apart
from the labelled sets, with near misses that stay no moves: an anniversary, a time after
taking office, a ceremony, a question, a review and a denied rumour."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("박지훈 네이버 CTO 취임", ("Park Ji-hoon", "appointed", None, "Naver")),
        ("박지훈 교수, 네이버 AI 연구소장 취임", ("Park Ji-hoon", "appointed", None, "Naver")),
        ("카카오 박지훈, 네이버 대표로 부임", (None, "join", "Kakao", "Naver")),
        ("박지훈 前 카카오 CTO, 네이버 대표 선임", ("Park Ji-hoon", "join", "Kakao", "Naver")),
        ("박지훈 교수, 네이버 AI 연구소장 임명", ("Park Ji-hoon", "appointed", None, "Naver")),
        ("박지훈 카카오 부사장, 네이버로 전격 이적", ("Park Ji-hoon", "join", "Kakao", "Naver")),
        (  # a post newly filled, no comma after the lab, the holder's former lab before them
            "네이버 신임 CTO에 카카오 출신 박지훈 박사",
            ("Park Ji-hoon", "join", "Kakao", "Naver"),
        ),
    ],
)
def test_posts_taken_and_transfers_are_moves(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "박지훈 네이버 CTO 취임 1년…성과는",  # an anniversary
        "박지훈 네이버 대표 취임 후 첫 행보",  # a time after taking office
        "박지훈 대표 취임 직후 카카오 출신 임원 합류설",  # background to a rumour
        "박지훈 네이버 대표 취임식 열려",  # a ceremony
        "박지훈, 네이버 대표 취임하나",  # a question
        "박지훈 교수, 네이버 AI 연구소장 임명 검토",  # reviewed
        "박지훈 교수, 네이버 AI 연구소장 내정설 부인",  # a denied rumour
        "박지훈 카카오 대표, 네이버로 이적설 부인",  # a denied rumour of a transfer
        "네이버 신임 CTO에 박지훈 박사 거론",  # a candidate mentioned
    ],
)
def test_anniversaries_questions_and_denials_stay_no_moves(title: str) -> None:
    no_move(title)
