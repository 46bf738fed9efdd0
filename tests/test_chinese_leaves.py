"""Chinese headlines of a departure that the gloss (jobs/language/gloss.py) and the names in
characters (jobs/language/han_names.py) read: a post and a name before 离职 (掌舵人 'helmsman'
is a post, not the verb 掌舵), "X也走了" (X has gone too), "X为何离职" (why X left), a family
name that is rarer (闵, 薄) or a name ending in an adverb's character (王刚, 刚 'just'), the
cloud unit 阿里云, a company on no lab list before its post (京东), a kicker before a
departure with the post taken after it ("加盟腾讯！X从微软离职，任腾讯…"), a last clause asking
a question of its own, and the company called the mover's new home (新东家). Worded apart from
the labelled sets (other people, labs and posts), with near misses that stay no moves or keep
their reading: things taken away (拿走了), a season gone, a question of whether, 任何
('any'), a denial before a colon ("辟谣：X离职传闻不实") and a departure denied (并未离职,
没有离职)."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a post that opens with a verb's characters, and a name whose last character is 刚
        ("腾讯AI Lab掌舵人王刚离职创业", ("Gang Wang", "leave", "Tencent", None)),
        ("字节跳动掌舵人张伟离职", ("Wei Zhang", "leave", "ByteDance", None)),
        # 走了 after a name or a post ending its clause, with a question of its own after it
        ("小米AI实验室主任李明也走了,小米大模型还好吗", ("Ming Li", "leave", "Xiaomi", None)),
        ("华为首席科学家陈雷走了", ("Lei Chen", "leave", "Huawei", None)),
        # a last clause asking why, of its own
        ("小米首席科学家李明从小米离职,小米为何留不住人?", ("Ming Li", "leave", "Xiaomi", None)),
        # the company that is the person's new home (新东家, 归宿): joined
        ("张伟离开百度,腾讯成其新东家", ("Wei Zhang", "join", "Baidu", "Tencent")),
        ("张伟离开百度,字节成其新东家", ("Wei Zhang", "join", "Baidu", "ByteDance")),
        ("李明闪辞小米,华为为何成其理想归宿?", ("Ming Li", "join", "Xiaomi", "Huawei")),
        # why someone left: a departure that happened
        ("华为诺亚方舟实验室主任陈雷为何离职?", ("Lei Chen", "leave", "Huawei", None)),
        # rarer family names, and 里 in a given name
        ("阿里云副总裁闵建国离职", ("Jianguo Min", "leave", "Alibaba Cloud", None)),
        ("曝百度智能云负责人薄明离职", ("Ming Bo", "leave", "Baidu", None)),
        ("百度首席架构师周万里离职", ("Wanli Zhou", "leave", "Baidu", None)),
        # a company on no lab list opening the clause, its post after it
        ("京东AI研究院负责人何晓东离职", ("Xiaodong He", "leave", "JD", None)),
        # a kicker, then a departure and the post taken
        (
            "加盟腾讯!刘洋从微软离职,任腾讯首席科学家",
            ("Yang Liu", "join", "Microsoft", "Tencent"),
        ),
    ],
)
def test_chinese_departures_are_read(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "百度的训练数据被人拿走了",  # taken away
        "夏天也走了,AI行业还好吗",  # a season gone
        "百度首席科学家张伟会离职吗?",  # asked whether
        "腾讯首席科学家张伟离职,是真的吗?",  # asked whether it is true
        "OpenAI成为AI人才的理想归宿",  # a home for talent, no one's
        "百度为何裁员?",  # why layoffs: no one named leaves
        "京东AI大模型还好吗",  # the company, no move
        "官方辟谣:腾讯首席科学家张伟离职传闻不实",  # a denial before a colon
        "百度辟谣:首席科学家李明并未离职",  # a denial, and 'did not'
        "小米回应:AI实验室主任王刚没有离职",  # 'did not'
    ],
)
def test_near_misses_stay_no_moves(title: str) -> None:
    no_move(title)


def test_not_joining_after_leaving_keeps_the_departure() -> None:
    """没有 ('did not') before the next verb negates that verb, not the departure before it."""
    assert event_of("张伟离职后没有加入任何公司") == ("Wei Zhang", "leave", None, None)


def test_any_after_a_departure_is_no_post() -> None:
    """任何 ('any') after a comma is no post taken: the departure stays a departure."""
    title = "腾讯首席科学家张伟离职,任何人都没想到"
    assert event_of(title) == ("Wei Zhang", "leave", "Tencent", None)
