"""Chinese headlines the gloss (jobs/language/gloss.py) read no move in: 跑了 ("ran off")
ending its clause, or before a count of those who ran, is leaving; a name in characters with
its Latin spelling after it in parentheses ("王磊（Lei Wang）") is the Latin name. Worded apart
from the labelled sets, with near misses that stay no moves (running a race, a benchmark, a
model that runs)."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("百度的AI大佬,又跑了一位", (None, "leave", "Baidu", None)),  # another one ran off
        ("腾讯大模型首席科学家跑了", (None, "leave", "Tencent", None)),  # the clause's end
    ],
)
def test_ran_off_is_leaving(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "百度新模型跑了个分,成绩亮眼",  # ran a benchmark
        "谷歌AI研究员跑了一场马拉松",  # ran a marathon
        "小模型在手机上跑了起来",  # a model that runs
    ],
)
def test_running_stays_no_move(title: str) -> None:
    no_move(title)


def test_a_name_with_its_latin_spelling_is_the_latin_name() -> None:
    title = "微软AI人才流失"
    summary = "微软AI研究员王磊（Lei Wang）已離職，轉投谷歌旗下的团队。"
    assert event_of(title, summary) == ("Lei Wang", "join", "Microsoft", "Google DeepMind")
