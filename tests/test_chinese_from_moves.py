"""Chinese headlines telling a move with the lab left after 从 and a verb of joining ("张三从阿里
跳槽到字节跳动", moves from Alibaba to ByteDance) or a post resigned (辞去): read with the mover
named (jobs/language/gloss.py). A hedge before 从 ("或从…", may) stays a hedge. Worded apart
from the labelled sets."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("刘洋从百度跳槽到腾讯", ("Yang Liu", "join", "Baidu", "Tencent")),
        ("刘洋从百度转投阿里巴巴", ("Yang Liu", "join", "Baidu", "Alibaba")),
        ("刘洋从微软加入OpenAI", ("Yang Liu", "join", "Microsoft", "OpenAI")),
        ("刘洋辞去腾讯首席技术官职务", ("Yang Liu", "leave", "Tencent", None)),
    ],
)
def test_a_move_from_the_lab_after_cong_names_its_mover(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "刘洋或从百度跳槽到腾讯",  # may
        "刘洋或从百度离职",  # may (read as a leaving before: the hedge was lost)
        "刘洋否认从百度跳槽到腾讯",  # a denial
        "刘洋是否会从百度跳槽到腾讯?",  # a question
    ],
)
def test_hedged_or_denied_moves_from_a_lab_stay_no_moves(title: str) -> None:
    no_move(title)
