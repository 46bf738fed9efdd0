"""Posts taken at organisations on no list (sets V and W's misses): the organisation is the
post's owner, written where English writes it - before the post with "'s", right before its
head noun after "as", or after it with "of" or "at" closing the clause - after a verb of taking
a post, including an oath sworn and a role assumed; and a role whose kind is written between
"takes" and "role at". A public body's post is a move only where it is an AI post. Worded apart
from the labelled rows (other people, bodies, companies and verb forms), with near misses that
must stay no moves: an award, an aide's post, a country's head, a part played, an adviser's
seat, a public post that is no AI post."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # an oath sworn, the owner before the post with "'s"
            "Tomas Berg was sworn in as Energy Department's chief AI officer",
            "Berg will coordinate the department's use of machine learning.",
            ("Tomas Berg", "appointed", None, "U.S. Department of Energy"),
        ),
        (  # a role assumed, the owner right before the post's head noun
            "Ines Varga Assumes Role as Department of Transportation Chief AI Officer",
            "The department confirmed the appointment on Tuesday.",
            ("Ines Varga", "appointed", None, "Department of Transportation"),
        ),
        (  # a verb of becoming, the owner a company on no list
            "Lena Okafor becomes Telvanta's chief technology officer",
            "",
            ("Lena Okafor", "appointed", None, "Telvanta"),
        ),
        (  # the owner after the post, closing the clause
            "Lena Okafor named chief data officer of Brightwell Bank",
            "",
            ("Lena Okafor", "appointed", None, "Brightwell Bank"),
        ),
        (  # the role's kind between 'takes' and 'role at', a listed company
            "Ex-Navy CIO Omar Reyes takes cloud security role at Oracle",
            "",
            ("Omar Reyes", "join", None, "Oracle"),
        ),
        (  # the same, a company on no list closing the clause
            "Omar Reyes took quantum research post at Halvorsen",
            "",
            ("Omar Reyes", "join", None, "Halvorsen"),
        ),
        (  # a compound noun ending in -ing names the field, no participle
            "Omar Reyes accepts machine learning position at Halvorsen",
            "",
            ("Omar Reyes", "join", None, "Halvorsen"),
        ),
    ],
)
def test_posts_taken_at_organisations_on_no_list(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # an award, not a post
        ("Lena Okafor named Telvanta's top executive of the year", ""),
        ("Lena Okafor named Brightwell's employee of 2025", ""),
        # an aide's post, whoever's it is
        ("Lena Okafor becomes Halvorsen's chief of staff", ""),
        # a country's head of state
        ("Lena Okafor sworn in as Malawi's president", ""),
        # a public body's post that is no AI post
        ("Tomas Berg sworn in as Energy Department's chief financial officer", ""),
        ("Tomas Berg assumes role as Department of Transportation Chief Counsel", ""),
        # a part played, an adviser's seat
        ("Lena Okafor takes starring role at Venice festival", ""),
        ("Lena Okafor takes advisory role at Halvorsen", ""),
        ("Lena Okafor takes on expanded role at Halvorsen", ""),
        # a shareholding, no post
        ("Lena Okafor becomes Telvanta's largest shareholder", ""),
        # a single name modifying a post may be a product's
        ("Lena Okafor takes over as Pixelbook product head", ""),
    ],
)
def test_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert no_move(title, summary)
