"""Japanese headlines of hires and posts the gloss (jobs/language/gloss.py) did not read: a lab
taking someone on (採用, 雇用, 獲得: "Xの研究者を採用"), naming someone to a post (任命: "Xを
<post>に任命", as 起用 already was), and a post taken up with its holder between the post and
the verb ("<lab>のCTOにXが就任"). Worded apart from the labelled sets (none is told so), with
near misses that stay no moves: a product adopted, a drive, a plan, a policy, a count, a
question, a possibility and a review."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("アンソロピック、メタの研究者を採用", (None, "join", "Meta", "Anthropic")),
        ("エヌビディア、元アップル研究者を雇用", (None, "join", "Apple", "Nvidia")),
        ("テスラ、アマゾンのAI責任者を獲得", (None, "join", "Amazon", "Tesla")),
        (
            "アップル、元メタ研究者をAI部門責任者に任命",
            (None, "join", "Meta", "Apple"),
        ),
        ("エヌビディアのCTOにインテルの元幹部が就任", (None, "join", "Intel", "Nvidia")),
    ],
)
def test_hires_and_posts_taken_are_moves(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "アンソロピック、メタのTPUを採用",  # a product adopted
        "アンソロピック、研究者を大量採用",  # a drive
        "アンソロピック、研究者を採用へ",  # heading to hire
        "アンソロピック、研究者を採用する方針",  # a policy
        "アンソロピック、AI人材50人を採用",  # a count
        "アップル、元メタ研究者をAI部門責任者に任命を検討",  # a review
        "エヌビディアのCTOにインテルの元幹部が就任か",  # a question
        "エヌビディアのCTOにインテルの元幹部が就任する可能性",  # a possibility
    ],
)
def test_adoptions_drives_and_plans_stay_no_moves(title: str) -> None:
    no_move(title)
