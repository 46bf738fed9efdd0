"""Names written in Chinese characters (jobs/language/han_names.py): found where a Chinese
headline puts a mover, written in pinyin given name first, so that a Chinese report and an
English one of the same move are one story. Worded apart from the labelled sets (other people,
labs and phrasings), with near misses that must stay unnamed."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jobs.language.classify import classify
from jobs.language.gloss import english, gloss_chinese
from jobs.language.han_names import han_name, romanised
from jobs.stories.stage import analyze_pending
from storage.db import Database
from storage.models import Entry, Source
from tests.test_devset import default_watch, same_person
from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [
        ("庞若鸣", "Ruoming Pang"),
        ("龐若鳴", "Ruoming Pang"),  # traditional characters
        ("王小川", "Xiaochuan Wang"),
        ("俞栋", "Dong Yu"),
        ("欧阳娜娜", "Nana Ouyang"),  # a compound family name
        ("司馬光", "Guang Sima"),
        ("吕布", "Bu Lyu"),  # ü as passports and the press write it
        # family names read otherwise than the character usually is
        ("单立平", "Liping Shan"),
        ("曾凡", "Fan Zeng"),
        ("解雨", "Yu Xie"),
        ("仇明", "Ming Qiu"),
        ("区志航", "Zhihang Ou"),
        ("查良镛", "Liangyong Zha"),
        ("朴正浩", "Zhenghao Piao"),
        ("翟伟", "Wei Zhai"),
        # people the English press knows by another name
        ("吴恩达", "Andrew Ng"),
        ("李開復", "Kai-Fu Lee"),
        ("Ruoming Pang", "Ruoming Pang"),  # Latin letters as they are
    ],
)
def test_romanised(name: str, pinyin: str) -> None:
    assert romanised(name) == pinyin


def test_pypinyin_reads_its_dictionary_offline() -> None:
    """pypinyin's readings ship in its wheel: in a fresh process whose every network call
    fails, it loads and reads."""
    script = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('no network')\n"
        "socket.socket.connect = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from jobs.language.han_names import romanised\n"
        "print(romanised('腾讯混元'), romanised('庞若鸣'))\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=root,
    )
    assert done.stdout.split() == ["Xunhunyuan", "Teng", "Ruoming", "Pang"]


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a role before the name, traditional characters
            "百度研究院副主任鄭海濤離職",
            "",
            ("Haitao Zheng", "leave", "Baidu", None),
        ),
        (
            "阿里巴巴前研究员钱明远加盟月之暗面",
            "",
            ("Mingyuan Qian", "join", "Alibaba", "Moonshot AI"),
        ),
        (  # two clauses: leaves one lab, moves to the other
            "范志毅离开谷歌转投Anthropic",
            "",
            ("Zhiyi Fan", "join", "Google DeepMind", "Anthropic"),
        ),
        (  # an adverb between the name and the verb
            "字节跳动首席科学家韩旭日前离职",
            "",
            ("Xu Han", "leave", "ByteDance", None),
        ),
        (  # a duration between the name and the verb
            "董立文3个月闪辞微软",
            "",
            ("Liwen Dong", "leave", "Microsoft", None),
        ),
        (
            "AI大佬欧阳明辉执掌华为诺亚方舟实验室",
            "",
            ("Minghui Ouyang", "appointed", None, "Huawei"),
        ),
        (  # the object of poaching, with its spelling in Latin letters: that spelling is kept
            "Meta挖走了谷歌研究科学家曾子健(Tsz-Kin Tsang)",
            "",
            ("Tsz-Kin Tsang", "join", "Google DeepMind", "Meta"),
        ),
        (  # "A从B挖走X": B is where the poached person comes from, A where they go
            "英伟达从微软挖走了语音专家许嘉文",
            "",
            ("Jiawen Xu", "join", "Microsoft", "Nvidia"),
        ),
        (  # traditional characters, a role and no name
            "蘋果從谷歌挖角搜尋主管",
            "",
            (None, "join", "Google DeepMind", "Apple"),
        ),
        (  # a family-name-first spelling in the text itself is preferred to the pinyin
            "腾讯研究员宋佳怡离职，Song Jiayi将加入OpenAI",
            "",
            ("Jiayi Song", "join", "Tencent", "OpenAI"),
        ),
    ],
)
def test_names_in_characters(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "百川智能联合创始人离职",  # an organisation before the role: no name
        "商汤离职员工创业",  # an organisation before the verb
        "百度首席科学家离职",  # a role
        "OpenAI华人高管陆续离职",  # 'one after another' after a group of people
        "谷歌大牛离职",  # 'big shot'
        "阿里大佬离职创业",
        "MiniMax核心成员离职",  # 'members'
        "字节程序员离职",  # 'programmer'
        "马斯克离开特斯拉",  # Musk, a foreign name written in characters
        "米拉·穆拉蒂离开OpenAI",  # Mira Murati
    ],
)
def test_near_misses_stay_unnamed(title: str) -> None:
    got = classify(title, "", default_watch())
    assert got.event is None or got.event.person is None, got.event


@pytest.mark.parametrize(
    "summary",
    [
        "百度旗下大模型核心技术负责人钱明远昨日发文表示将离任。",  # a word of time after the name
        "百度大模型技术负责人钱明远(花名:远山)于本月初宣布离职。",  # a bracket after the name
        "百度大模型技术负责人钱明远，在社交平台宣布离任。",  # a comma after the name
    ],
)
def test_a_posts_holder_in_the_summary_is_the_mover(summary: str) -> None:
    # the headline names only the post; the summary names its holder right after it
    assert event_of("百度AI负责人离职", summary) == ("Mingyuan Qian", "leave", "Baidu", None)


@pytest.mark.parametrize(
    "summary",
    [
        "百度首席执行官李彦宏表示，一名AI负责人已离职。",  # the boss who says it, a verb after
        "据百度发言人王小川，公司一名AI负责人已离职。",  # the spokesman it is told by
        "百度AI负责人已离职，接任者尚未确定。",  # the post, no name after it
    ],
)
def test_a_post_naming_no_mover_names_no_one(summary: str) -> None:
    assert event_of("百度AI负责人离职", summary) == (None, "leave", "Baidu", None)


@pytest.mark.parametrize(
    "run",
    ["百川智能", "首席科学家", "大牛", "大佬", "高管", "高层", "华人", "陆续", "程序员", "成员"],
)
def test_runs_that_are_no_names(run: str) -> None:
    assert han_name(run) is None


@pytest.mark.parametrize(
    "title",
    [
        "グーグルのAI担当副社長ジョン・スミス氏が同社を退社",  # Japanese: katakana
        "ソニーの研究者田中太郎がOpenAIに移籍",  # Japanese: a kanji name among kana
        "네이버 연구원 김민수, 오픈AI로 이직",  # Korean: Hangul
    ],
)
def test_japanese_and_korean_untouched(title: str) -> None:
    glossed = english(title, title.lower().split()) or ""
    assert not any(w in glossed for w in ("Taro", "Tianzhong", "Minsu")), glossed


def test_harness_reads_labels_in_characters() -> None:
    assert same_person("Dong Yu", "俞栋")
    assert same_person("Xiaochuan Wang", "王小川")
    assert not same_person("Tianyu Peng", "庞天宇")


T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_a_chinese_and_an_english_report_are_one_story(database: Database) -> None:
    """The Chinese report, two days after the English one, names its mover in characters: named
    in pinyin it joins the English story (unnamed, a report days later stays apart), and not
    that of another researcher who left the same lab for the same one."""
    rows = [
        ("en", "Anthropic researcher Zhiyi Fan leaves for Google DeepMind", T0),
        ("other", "Anthropic's Lena Ortiz departs for Google DeepMind", T0 + timedelta(hours=3)),
        ("zh", "Anthropic研究员范志毅离开Anthropic，加盟谷歌DeepMind", T0 + timedelta(days=2)),
    ]
    with database.transaction() as s:
        source = Source(name="feeds", url="https://feeds.example.com/rss")
        s.add(source)
        s.flush()
        for key, title, when in rows:
            url = f"https://news.example.com/{key}"
            s.add(
                Entry(
                    source_id=source.id,
                    key=key,
                    url=url,
                    canonical_url=url,
                    title=title,
                    summary="",
                    published_at=when,
                )
            )
    with database.transaction() as s:
        analyze_pending(s, default_watch(), T0 + timedelta(days=3))
    with database.session() as s:
        story = {key: sid for key, sid in s.query(Entry.key, Entry.story_id)}
    assert story["zh"] is not None and story["zh"] == story["en"]
    assert story["other"] not in (None, story["en"])


def test_every_family_name_reads_as_one() -> None:
    """jobs/language/chinese_names.py leaves a name ending in a family name as it is written:
    every reading of han_names.FAMILY is one of its LAST_FAMILY_NAMES, so 'Fei Pang' stays so;
    the readings it adds make no first word a family name ('Mei Tanaka' stays so too)."""
    from jobs.language.chinese_names import LAST_FAMILY_NAMES, given_name_first
    from jobs.language.han_names import COMPOUND_FAMILY, FAMILY

    for family in FAMILY | COMPOUND_FAMILY:
        assert romanised(family + "飞").split()[-1].lower() in LAST_FAMILY_NAMES, family
    assert given_name_first(romanised("庞飞")) == "Fei Pang"
    assert given_name_first("Mei Tanaka") == "Mei Tanaka"


@pytest.mark.parametrize(
    "text",
    [
        "研究员从微软离职，加入Anthropic",  # 从 with no verb of poaching: no poaching
        "Meta被OpenAI从谷歌挖走的研究员",  # 被 ... 挖走 is read as 'poached by' first
        "从北京到上海",
    ],
)
def test_from_without_poaching_is_no_poaching(text: str) -> None:
    assert "poaches from" not in gloss_chinese(text)
