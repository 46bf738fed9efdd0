"""Three small classes: a nameless wave of people leaving is a trend; a start-up described
by its founder's former employer is not that employer; a university is where a lab person
goes when the move is told as joining it."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("A fresh wave of machine learning veterans walks out of big tech", ""),
        ("Deep learning scientists keep leaving", "The departures continue this year."),
        ("Another batch of AI experts leaves the tech giants", ""),
        ("又一波AI大佬从大厂离职", "大厂研究员离职潮仍在继续。"),  # another wave of AI veterans
    ],
)
def test_nameless_wave_of_leavers_is_a_trend(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("Mistral loses four researchers", "", (None, "leave", "Mistral AI", None)),
        ("Four senior researchers leave", "", (None, "leave", None, None)),  # a count
        (  # the lab is named in the summary: its people leaving is its news
            "Senior engineers keep leaving",
            "Anthropic has lost staff this month.",
            (None, "leave", "Anthropic", None),
        ),
    ],
)
def test_counted_or_placed_group_still_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the lab after 'founded by' is where the founder was
            "Lena Ortiz leaves Apple, joins a startup founded by Anthropic's former COO",
            "",
            ("Lena Ortiz", "join", "Apple", None),
        ),
        (
            "Kira Novak joins new company founded by ex-Google DeepMind researchers",
            "",
            ("Kira Novak", "join", None, None),
        ),
        (  # the summary names the company joined
            "Tomas Berg joins AI startup started by former Mistral CTO",
            "Tomas Berg said on Monday that he has joined xAI.",
            ("Tomas Berg", "join", None, "xAI"),
        ),
        (  # Chinese: 'joins the start-up founded by Anthropic's former COO'
            "Lena Ortiz离开苹果，加入Anthropic前COO创办的初创公司",
            "",
            ("Lena Ortiz", "join", "Apple", None),
        ),
    ],
)
def test_founders_former_lab_is_no_endpoint(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the lab joined is named before the founder
            "Kira Novak joins Anthropic, the startup founded by former OpenAI researchers",
            ("Kira Novak", "join", None, "Anthropic"),
        ),
        (  # left the same lab the founder came from
            "Tomas Berg leaves Mistral to join startup founded by former Mistral CTO",
            ("Tomas Berg", "leave", "Mistral AI", None),
        ),
        ("Lena Ortiz joins xAI, founded by Elon Musk", ("Lena Ortiz", "join", None, "xAI")),
    ],
)
def test_lab_named_before_its_founder_stays_the_endpoint(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Anthropic's Lena Ortiz joins Stanford",
            "",
            ("Lena Ortiz", "join", "Anthropic", "Stanford University"),
        ),
        (
            "Kira Novak joins Princeton as professor",
            "The Mistral scientist will teach there from the autumn.",
            ("Kira Novak", "join", "Mistral AI", "Princeton University"),
        ),
        ("AI pioneer Tomas Berg joins MIT", "", ("Tomas Berg", "join", None, "MIT")),
    ],
)
def test_lab_person_joins_university(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Tomas Berg joins MIT", "The chemist will run a materials group."),  # no AI, no lab
        ("AI student Lena Ortiz joins Stanford", ""),  # a student enrols
        ("MIT study finds Google DeepMind models plateau", ""),  # no move verb
    ],
)
def test_university_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)
