"""Korean headlines in which someone takes on a post (jobs/language/gloss.py): "X, CTO
맡는다", "X CTO 겸임" (takes on, holds as well) is X becoming that post at the lab the headline
names, as "becomes" reads; a unit written in Latin letters then 장 ("AI CIC장") is that unit's
head. Worded apart from the labelled sets, with near misses that stay no moves: a post asked
about, reviewed, denied, or a project (no post) taken on."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # a lab's executive takes on a second post
            "이준호 카카오 부사장, CPO 맡는다",
            ("Lee Joon-ho", "appointed", None, "Kakao"),
        ),
        (  # the lab first, then who holds the post as well
            "카카오, 이준호 부사장 CTO 겸임",
            ("Lee Joon-ho", "appointed", None, "Kakao"),
        ),
        (  # the head of a unit named in Latin letters, past tense
            "김민수 네이버 GenAI TF장, CTO까지 맡았다",
            ("Kim Min-soo", "appointed", None, "Naver"),
        ),
        (  # the one who led a project (named in Hangul alone: no one the rules name) takes
            # the technology command post, a comma after the subject
            "카카오 '검색 혁신' 이끈 박서연, 기술사령탑 맡는다",
            (None, "appointed", None, "Kakao"),
        ),
    ],
)
def test_a_post_taken_on_is_an_appointment(title: str, expected: Move) -> None:
    person, action, origin, destination = event_of(title)
    assert (action, origin, destination) == expected[1:]
    assert person == expected[0]


@pytest.mark.parametrize(
    "title",
    [
        "카카오, 김민수 CTO 겸임 검토",  # reviewed
        "네이버 박지훈 CTO 맡나",  # asked about
        "네이버, 김민수 CTO 겸임설 부인",  # a denied rumour
        "카카오, 신규 프로젝트 맡는다",  # a project, no post
        "네이버 '하이퍼' 이끈 김지훈, 프로젝트까지 맡았다",  # a project after one who led one
    ],
)
def test_posts_asked_about_reviewed_or_denied_stay_no_moves(title: str) -> None:
    no_move(title)
