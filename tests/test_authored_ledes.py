"""First-person posts whose title tells no move: a blog's label before the post's own title
("Professional news: I've joined X as ..."), and a short title saying a move with no mover
('Leaving CMU', 'Joining X') over a first-person lede that joins somewhere ("I'm leaving CMU
to join Amazon"). The author moves (unnamed: the person stays unknown); from and to are read
from the text (jobs/language/headline.py authored_post)."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([], [], None)


@pytest.mark.parametrize(
    ("title", "summary", "frm", "to"),
    [
        (
            "Leaving Stanford",
            "As many of you know by now, I'm leaving Stanford to join Anthropic next month.",
            "Stanford University",
            "Anthropic",
        ),
        (
            "Joining Mistral AI",
            "Next month, I am thrilled to join Mistral AI as a research scientist.",
            None,
            "Mistral AI",
        ),
        (
            "Personal news: I've joined Anthropic as a researcher",
            "This post tells a bit of the story behind the decision.",
            None,
            "Anthropic",
        ),
        (
            "Career update: I've joined Cohere",
            "After six great years, it was time for something new.",
            None,
            "Cohere",
        ),
    ],
)
def test_the_author_of_a_first_person_post_moves(
    title: str, summary: str, frm: str | None, to: str
) -> None:
    got = classify(title, summary, WATCH)
    assert got.event is not None, got.reasons
    assert (got.event.person, got.event.action) == (None, "join")
    assert (got.event.from_lab, got.event.to_lab) == (frm, to)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # leaving with nowhere joined: a career change, or a user quitting a platform
        ("Leaving academia", "Yep, I'm leaving academia. I resigned from my faculty position."),
        ("Leaving Twitter", "I'm leaving Twitter to join Mastodon, like many of you."),
        # a short title that says no move may head any essay
        ("New chapter", "Next month, I am thrilled to join Mistral AI as a research scientist."),
        # a first-person join deeper in the body is a retelling, not the post's news
        (
            "Reflections",
            "Ten years ago this week I started my PhD. Later I joined Google as an engineer.",
        ),
        # a label before a headline that is no first-person post stays as it is
        ("Business news: Acme's quarter beats estimates", "I joined the call at noon."),
    ],
)
def test_no_move_without_a_first_person_join(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move
