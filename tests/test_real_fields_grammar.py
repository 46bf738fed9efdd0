"""The fields of moves found on real headlines, read by grammar rather than vocabulary: an
aspect verb before a gerund ("keep leaving") is no one's name, a 'to' after a gerund's clause
("quits over using X to train Y") is no destination, and a post's field may run over 'and'
("a professor of law and economics at X"). Worded apart from the labelled sets, with near
misses that stay as they were."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # "keeps" before the gerund: the group is the subject, no "Keeps" is a person
            "Senior Engineers Keep Quitting Anthropic",
            "",
            (None, "leave", "Anthropic", None),
        ),
        (
            "Top Scientists Continue Leaving OpenAI",
            "",
            (None, "leave", "OpenAI", None),
        ),
        (  # the summary names the first of those who left
            "Veteran researchers keep leaving Google DeepMind",
            "Google DeepMind has lost Jane Roe, its director of robotics, and two others.",
            ("Jane Roe", "leave", "Google DeepMind", None),
        ),
    ],
)
def test_an_aspect_verb_before_a_gerund_is_no_name(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


def test_a_name_before_a_move_verb_is_still_a_name() -> None:
    # near miss: a real surname in the same place keeps being the mover
    assert event_of("Anthropic Researcher Okafor Quits", "")[:3] == ("Okafor", "leave", "Anthropic")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # "to" closes the gerund's clause ("using songs to build models"): no destination
            "Mistral Product Lead Resigns In Protest Over Using Licensed Songs to Train Suno AI",
            (None, "leave", "Mistral AI", None),
        ),
        (
            "Cohere safety lead quits over selling chat logs to Acme AI",
            (None, "leave", "Cohere", None),
        ),
    ],
)
def test_a_to_after_a_gerund_clause_is_no_destination(title: str, expected: Move) -> None:
    assert event_of(title, "") == expected


@pytest.mark.parametrize(
    ("title", "to"),
    [
        # near misses: "to join" right after the verb, and a participle that is the move itself
        ("Mistral product lead resigns to join Anthropic", "Anthropic"),
        ("Mistral product lead resigns, moving to Anthropic", "Anthropic"),
    ],
)
def test_a_destination_right_after_the_verb_stays(title: str, to: str) -> None:
    assert event_of(title, "")[3] == to


@pytest.mark.parametrize(
    ("summary", "origin"),
    [
        (  # the post's field runs over "and": the university is still where the post is
            "Anthropic said it hired Jane Roe, a professor of law and economics at Tufts"
            " University, to lead its policy research.",
            "Tufts University",
        ),
        (  # near miss: "and" opens a second post, so the first post's place is not read there
            "Anthropic said it hired Jane Roe, a professor of law and a fellow at Tufts"
            " University, to lead its policy research.",
            None,
        ),
    ],
)
def test_a_post_field_over_and_keeps_its_place(summary: str, origin: str | None) -> None:
    person, action, frm, to = event_of("Anthropic hires a legal scholar as policy chief", summary)
    assert (person, frm, to) == ("Jane Roe", origin, "Anthropic")


@pytest.mark.parametrize(
    ("summary", "person"),
    [
        (  # the summary's only person is hiring elsewhere: the one leaving stays unnamed
            "Demis Hassabis is trying to hire Anthropic's interpretability staff. Anthropic has"
            " lost several senior scientists this spring.",
            None,
        ),
        (  # near miss: a person who left, named after the one hiring, is the mover
            "Demis Hassabis is trying to hire Anthropic's interpretability staff, and Jane Roe,"
            " who led the team, has left.",
            "Jane Roe",
        ),
    ],
)
def test_the_one_hiring_is_not_the_one_a_lab_loses(summary: str, person: str | None) -> None:
    assert event_of("Anthropic loses top AI people in London", summary)[:3] == (
        person,
        "leave",
        "Anthropic",
    )
