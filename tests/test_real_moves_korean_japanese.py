"""Korean and Japanese moves the gloss reads (jobs/language/gloss.py): a company hiring a group
nobody names ("석학", "인재", "전문가": experts, talent) is a raid, `poach` with no person, at the
company as the text names it (삼성전자, Samsung Electronics); a Japanese headline's blank parts its
clauses, so a question in the second clause leaves the first one's move alone; and "AはBのCを
…引き抜いた" is A poaching B's C. Worded apart from the labelled sets, each with near misses that
stay no moves: hiring drives, plans, reviews, rumours and denials."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # experts hired one after another, nobody named: a raid
            "삼성전자, 로봇 분야 해외 석학 연이어 영입",
            (None, "poach", None, "Samsung Electronics"),
        ),
        (  # talent hired en masse
            "네이버, 생성형 AI 핵심 인재 대거 영입",
            (None, "poach", None, "Naver"),
        ),
        (  # experts scouted
            "카카오, 검색·추천 전문가 스카우트",
            (None, "poach", None, "Kakao"),
        ),
    ],
)
def test_a_group_hired_by_name_of_no_one_is_a_raid(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "삼성전자, 로봇 분야 해외 석학 영입 나선다",  # a drive set out on
        "네이버, 생성형 AI 핵심 인재 영입 경쟁",  # a race for talent
        "카카오, 검색 전문가 영입 검토",  # a review
        "삼성전자, 해외 석학 영입설 부인",  # a denied rumour
        "삼성전자, AI 석학 초청 세미나 개최",  # experts invited to a seminar
    ],
)
def test_hiring_drives_reviews_and_rumours_stay_no_moves(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the question is the second clause's, after the blank
            "メタに「アップル元幹部」が移籍 秋の新製品で中核担うか",
            (None, "join", "Apple", "Meta"),
        ),
        (  # a full-width blank parts the clauses as well
            "アップルの研究者がメタに移籍\u3000新チームは成功するのか?",
            (None, "join", "Apple", "Meta"),
        ),
        (  # a blank after a particle is no clause's end: the name in Latin letters follows
            "アップルに Mia Chen氏が移籍 新チームを率いる?",
            ("Mia Chen", "join", None, "Apple"),
        ),
        (  # the subject, then the lab's post poached, how, and the verb
            "アンソロピックはオープンAIの安全性研究責任者を高額報酬で引き抜いた",
            (None, "join", "OpenAI", "Anthropic"),
        ),
    ],
)
def test_japanese_moves_across_clauses_and_poaches_of_a_labs_post(
    title: str, expected: Move
) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "アップルの研究者がメタに移籍か 新チーム発足",  # the first clause asks
        "アップルの研究者がメタに移籍を検討",  # a move under review
        "アップルの研究者がメタに移籍との説を否定",  # a rumour denied
        "アンソロピック、オープンAIの研究責任者の引き抜きを検討",  # a poach considered
        "アンソロピックはオープンAIの研究者を引き抜こうとしている",  # an attempt
        "アンソロピックはオープンAIの研究者引き抜き説を否定",  # a rumour denied
    ],
)
def test_japanese_questions_plans_rumours_and_denials_stay_no_moves(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the ministry's post first, then the lab's person it goes to
            "과기정통부 장관에 박지훈 네이버 전무 지명",
            ("Park Ji-hoon", "join", "Naver", "Ministry of Science and ICT"),
        ),
        (  # the lab's person as the subject, the presidential office's post after the comma
            "김민지 카카오 부사장, 새 정부 AI정책 수석비서관에 발탁",
            ("Kim Min-ji", "join", "Kakao", "Office of the President of South Korea"),
        ),
    ],
)
def test_a_labs_person_given_a_post_in_government_joins_that_body(
    title: str, expected: Move
) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "과기정통부 장관에 박지훈 네이버 전무 내정설 부인",  # a rumour denied
        "과기정통부 장관에 박지훈 네이버 전무 지명 검토",  # under review
        "대통령실, 과기정통부 장관 후보 검증 착수",  # vetting candidates, no one named
        "과기정통부 장관, 네이버 AI 센터 방문",  # the minister visits a lab
    ],
)
def test_reviews_rumours_and_visits_in_government_stay_no_moves(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # who joins stands after the lab's comma; 들 makes them a group
            "'검색 강화' 네이버, 추천 엔지니어들 잇따라 합류",
            (None, "poach", None, "Naver"),
        ),
        (  # one named person joining the lab before the comma is a hire of them
            "카카오, 박지훈 전 구글 연구원 합류",
            ("Park Ji-hoon", "join", "Google DeepMind", "Kakao"),
        ),
    ],
)
def test_who_joins_the_lab_before_the_comma(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "네이버, 추천 엔지니어들 합류 검토",  # under review
        "네이버, 추천 엔지니어들과 간담회",  # a meeting with engineers
        "네이버, 추천 엔지니어들 영입 경쟁",  # a race to hire
    ],
)
def test_groups_met_or_sought_stay_no_moves(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # invited to a post: a hire, the origin after 元
            "アマゾン、元マイクロソフト研究者をAI責任者に招聘",
            (None, "join", "Microsoft", "Amazon"),
        ),
        (  # named to a post, the subject marked by は
            "テスラは元エヌビディア幹部をCTOに起用した",
            (None, "join", "Nvidia", "Tesla"),
        ),
    ],
)
def test_japanese_hires_to_a_post(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "アマゾン、著名研究者を講演に招聘",  # invited to speak, no post
        "アマゾン、元マイクロソフト研究者をAI責任者に招聘か",  # asked
        "アマゾン、元マイクロソフト研究者をAI責任者に招聘する方針",  # a plan
        "アマゾン、元マイクロソフト研究者の招聘を検討",  # under review
    ],
)
def test_japanese_invitations_and_plans_stay_no_moves(title: str) -> None:
    no_move(title)
