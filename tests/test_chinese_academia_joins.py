"""Chinese departures whose destination is told (jobs/language/gloss.py): a university named in
characters (清华, 复旦大学) is the lab joined; a name set off by a comma and 现在/如今 before
its verb is the mover; a last bare question of its own ("行业降温?") leaves the move told; a
lab before a former post (蚂蚁金服原副总裁) is the origin. Worded apart from the labelled
sets, with near misses that keep their other reading (a denial, a programme joined, a move
asked as a question, a product's return)."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

Move = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # leaves and joins a professor's team at the university
            "百度AI负责人李明离任加入清华王刚团队",
            "",
            ("Ming Li", "join", "Baidu", "Tsinghua University"),
        ),
        (  # 将加入: will join
            "阿里AI掌门人周文离职,将加入复旦大学",
            "",
            ("Wen Zhou", "join", "Alibaba", "Fudan University"),
        ),
        (  # a name after 的, a comma and 现在 (now) before the verbs
            "腾讯AI大牛生变:马化腾亲自邀请的黄涛,现在离任加入北京大学团队",
            "",
            ("Tao Huang", "join", "Tencent", "Peking University"),
        ),
        (  # the former post's company is the origin; the headline asks only of the industry
            "又一高管回归学术界,AI行业降温?",
            "日前,蚂蚁金服原副总裁漆远已加盟复旦大学,任讲席教授。",
            ("Yuan Qi", "join", "Ant Financial", "Fudan University"),
        ),
        (  # 如今 (these days), and a university in traditional characters
            "字節跳動AI負責人生變:曾被寄予厚望的陳傑,如今離職加盟浙江大學",
            "",
            ("Jie Chen", "join", "ByteDance", "Zhejiang University"),
        ),
    ],
)
def test_a_university_joined_is_the_destination(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("清华大学否认李明离职传闻", ""),  # a denial of a rumour
        ("复旦大学加入开源大模型计划", ""),  # the university joins a programme
        ("李明离开阿里,加盟复旦大学?", ""),  # the move asked as a question
        ("李明离职,去OpenAI?", ""),  # where the person goes, asked
        ("清华大学发布新模型,大模型行业降温?", ""),  # no move, a question of the industry
        ("通义千问回归开源,阿里再发新模型", ""),  # a product's return
    ],
)
def test_near_misses_keep_their_reading(title: str, summary: str) -> None:
    no_move(title, summary)
