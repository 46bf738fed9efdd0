"""Japanese headlines telling a poach in the passive (jobs/language/gloss.py): "Xの研究者、Y
に引き抜かれる" (X's researcher, poached by Y) and "X、Yに研究者を引き抜かれた" (X has a
researcher poached by Y) are a `join` from X to Y, as "poached by" reads in English. Worded
apart from the labelled sets (none tells a poach so), with near misses that stay no moves: a
possibility, a fear, a question, a rumour and a denial of the poach."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("アップルのAI研究者、メタに引き抜かれる", (None, "join", "Apple", "Meta")),
        ("アマゾンのAI責任者がOpenAIに高額報酬で引き抜かれた", (None, "join", "Amazon", "OpenAI")),
        (
            "マイクロソフト、アンソロピックに研究者を引き抜かれる",
            (None, "join", "Microsoft", "Anthropic"),
        ),
    ],
)
def test_poached_in_the_passive_is_a_join(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "アップルのAI研究者、メタに引き抜かれる可能性",  # a possibility
        "アップルのAI研究者、メタに引き抜かれる恐れ",  # a fear
        "アップルのAI研究者、メタに引き抜かれるか",  # a question
        "アップルのAI研究者がメタに引き抜かれる説",  # a rumour
        "アップル、AI研究者がメタに引き抜かれたとの報道を否定",  # a denial
    ],
)
def test_a_poach_only_feared_asked_or_denied_stays_no_move(title: str) -> None:
    no_move(title)
