"""Korean headlines of a reorganisation (조직 개편, 재편, 인사 개편) whose summary names who
takes the new unit's post or who leaves it: the move as the summary tells it (jobs/language/
gloss.py glosses the reorganisation as a change of people, jobs/language/staff_change.py has
the summary read). Worded apart from the labelled sets, with near misses that stay no moves: a
reorganisation naming no mover, the head a unit is put under (직속), one weighed or looked back
on."""

from __future__ import annotations

import pytest

from jobs.language.gloss import gloss_korean
from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the new unit's head named as the subject of 맡다, the post told first as the topic
            "카카오, AI 조직 개편…'연구본부' 신설",
            "카카오가 AI 조직을 개편했다. 새 연구본부의 수장은 센터장이었던 박민서 상무가 맡았다.",
            ("Park Min-seo", "appointed", None, "Kakao"),
        ),
        (  # the one who led the old unit steps down
            "삼성전자, AI 연구 조직 'AI센터'로 재편",
            "삼성전자가 AI 연구 조직을 AI센터로 재편했다. 센터를 이끌던 최윤호 부사장은 임원에서 물러났다.",
            ("Choi Yoon-ho", "leave", "Samsung Electronics", None),
        ),
    ],
)
def test_a_reorganisation_reads_the_move_its_summary_tells(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # nobody named moves
        (
            "네이버, AI 조직 개편…대표 직속 체제로",
            "네이버가 AI 조직을 개편해 대표 직속으로 두었다.",
        ),
        # the head the unit is put directly under moves nowhere
        (
            "카카오, AI 조직 개편…정신우 대표 직속으로",
            "카카오가 AI 연구 조직을 정신우 대표 직속으로 재편했다.",
        ),
        # weighed, not made
        (
            "카카오, AI 조직 개편 검토",
            "카카오가 AI 조직 개편을 검토한다. 새 본부의 수장은 박민서 상무가 맡을 전망이다.",
        ),
    ],
)
def test_a_reorganisation_that_moves_no_named_person_stays_no_move(
    title: str, summary: str
) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    "title",
    ["카카오, 조직 개편 1년…성과는", "네이버, 연말 조직 개편 예정", "카카오 조직 개편설"],
)
def test_a_reorganisation_looked_back_on_or_planned_is_no_change_of_people(title: str) -> None:
    assert "reshuffle" not in gloss_korean(title)


def test_a_reorganised_lab_is_where_a_post_without_a_lab_is() -> None:
    # the summary's post names no lab: the lab the headline reshuffles
    person, action, _, destination = event_of(
        "카카오, 인사 개편 단행", "카카오는 인사를 개편했다. 연구소의 수장은 이서진 전무가 맡았다."
    )
    assert (person, action, destination) == ("Lee Seo-jin", "appointed", "Kakao")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the departing head goes back to the university named first, a school between
            "카카오, AI 조직 개편",
            "카카오가 AI 조직을 개편했다. 조직을 이끌던 박지훈 상무는 서울대 전기공학부 교수로 다시 돌아갔다.",
            ("Park Ji-hoon", "return", None, "Seoul National University"),
        ),
        (
            "박지훈 카카오 상무, 서울대 교수로 복귀",
            "",
            ("Park Ji-hoon", "return", "Kakao", "Seoul National University"),
        ),
    ],
)
def test_going_back_to_a_lab_as_a_post_is_a_return(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ('박지훈 카카오 상무 "서울대 교수로 돌아가고 싶다"', ""),  # a wish
        (
            "카카오, AI 조직 개편",
            "카카오가 AI 조직을 개편했다. 박지훈 상무는 서울대 교수로 돌아갈 예정이다.",
        ),
    ],
)
def test_a_return_wished_or_planned_is_no_move(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("summary", "person"),
    [
        ("The company announced the changes on Monday. Jane Roe becomes head.", "Jane Roe"),
        # no post after the verb: nobody is named to one
        ("The company announced the changes on Monday. Jane Roe becomes a mother.", None),
    ],
)
def test_an_english_reshuffle_names_who_becomes_a_post_at_its_lab(
    summary: str, person: str | None
) -> None:
    assert event_of("Cohere reshuffles its leadership", summary) == (
        person,
        "appointed",
        None,
        "Cohere",
    )
