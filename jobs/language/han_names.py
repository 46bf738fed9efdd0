"""Names written in Chinese characters, found where a Chinese headline puts a mover and written
in pinyin given name first, as English reports write the same person.

A Chinese headline names its mover right before the verb, after a role or an organisation:
"腾讯AI Lab副主任俞栋离职" (Tencent AI Lab's deputy director Yu Dong leaves), "庞若鸣离开Meta"
(Ruoming Pang leaves Meta), "公司副总裁魏瀚瞳日前离职" (vice president Wei Hantong left the
other day). jobs/language/gloss.py glosses the verbs and roles into English first; what is
left in characters before a move verb (`subject_names`) or after a poaching or hiring verb
(`object_names`) is taken for a name only when it is one: a family name of the list below
(simplified and traditional, compound ones too) and one or two more characters, no word of
the language (陆续 'one after another', 成员 'members', 程序员 'programmer'), no organisation
(商汤, 百川智能) and no foreign name written in characters (马斯克, Musk). Anything else stays
unnamed, as before.

`romanised` writes a name in pinyin, given name first and each part capitalised ("庞若鸣" →
"Ruoming Pang", "欧阳娜娜" → "Nana Ouyang"), with a family name's own reading where it
differs from the character's usual one (单 Shan, 曾 Zeng, 解 Xie, 仇 Qiu). The readings come
from pypinyin's dictionary (shipped in its wheel, nothing downloaded), imported on the first
name found: English text never pays for it. People the English press knows by another name
are written that way (吴恩达 Andrew Ng, 李开复 Kai-Fu Lee); a spelling in Latin letters
beside the name in the same text ("庞若鸣(Ruoming Pang)") is preferred to the pinyin.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobs.language.lexicon import word_set

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


# Family names, simplified and traditional forms (the commonest two hundred or so; rare family
# names that are also everyday words, such as 于 'at' or 成 'become', are left out: a name
# missed stays unnamed, a word taken for a name would name someone wrongly).
FAMILY = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧"
    "曹彭曾萧蕭肖田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾鐘谭譚陆陸汪范金石廖贾賈"
    "夏韦韋方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向"
    "汤湯庞龐俞谷付傅郁柳齐齊季倪欧歐殷庄莊温溫易乔喬赖賴施洪牛聂聶章鲁魯伍申尤毕畢柴阎閻焦骆駱"
    "梅颜顏舒辛耿祝岳饶饒甘裴符滕吉纪紀桂邢卓蒲麦麥穆苗邬鄔冷厉厲荣榮戚宫宮鲍鮑窦竇詹敖邝鄺巫"
    "晏隋涂凌漆鄢项項戈景席卫衛蓝藍练練奚祁霍虞柯牟阮储儲臧鞠郎凤鳳兰蘭巩鞏宗苑栗屈姬尚桑卞丘"
    "单單解仇区區查朴乐樂盖蓋缪繆翟茹翁栾欒冉褚喻岑甄蔺藺闵閔薄"
)
COMPOUND_FAMILY = word_set(
    "欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 令狐 尉迟 尉遲 慕容 司徒 皇甫 夏侯 端木"
)
# the commonest family names: in "主席王明" the name is 王明, not 席王明 (席 is a family name too)
COMMONEST = frozenset("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅郑鄭梁")
# A family name's own reading where pypinyin's usual reading of the character differs.
FAMILY_READINGS = {
    "单": "shan",
    "單": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "區": "ou",
    "查": "zha",
    "朴": "piao",
    "乐": "yue",
    "樂": "yue",
    "盖": "ge",
    "蓋": "ge",
    "缪": "miao",
    "繆": "miao",
    "翟": "zhai",
    "覃": "qin",
    "卜": "bu",
    "召": "shao",
    "种": "chong",
    "種": "chong",
    "秘": "bi",
    "隗": "wei",
    "阚": "kan",
    "闞": "kan",
    "宿": "su",
    "都": "du",
    "薄": "bo",
    "黑": "he",
    "折": "she",
    "尉迟": "yuchi",
    "尉遲": "yuchi",
}
# People the English press names otherwise than by the pinyin of their characters.
PRESS_NAMES = {
    "吴恩达": "Andrew Ng",
    "吳恩達": "Andrew Ng",
    "李开复": "Kai-Fu Lee",
    "李開復": "Kai-Fu Lee",
    "沈向洋": "Harry Shum",
    "张亚勤": "Ya-Qin Zhang",
    "張亞勤": "Ya-Qin Zhang",
    "黄仁勋": "Jensen Huang",
    "黃仁勳": "Jensen Huang",
    "苏姿丰": "Lisa Su",
    "蘇姿豐": "Lisa Su",
    "陆奇": "Qi Lu",
    "陸奇": "Qi Lu",
    "杨立昆": "Yann LeCun",
    "楊立昆": "Yann LeCun",
    "李飞飞": "Fei-Fei Li",
    "李飛飛": "Fei-Fei Li",
    "姚期智": "Andrew Yao",
    "朱松纯": "Song-Chun Zhu",
    "朱松純": "Song-Chun Zhu",
    "孙正义": "Masayoshi Son",
    "孫正義": "Masayoshi Son",
    "马云": "Jack Ma",
    "馬雲": "Jack Ma",
    "马化腾": "Pony Ma",
    "馬化騰": "Pony Ma",
    "李彦宏": "Robin Li",
    "李彥宏": "Robin Li",
}
# Words that open with a family name's character and are no names: adverbs that stand before a
# verb, groups of people, organisations, places.
WORDS = word_set(
    """陆续 陸續 连续 連續 连夜 連夜 马上 馬上 全员 何时 何時 余人 餘人 余名 余位 万人 萬人 万名
    萬名 华人 華人 华裔 華裔 高管 高层 高層 高级 高級 高端 高调 高調 高薪 高位 高手 金融 金牌 金主 金山
    商汤 商湯 百川 方面 方向 白宫 白宮 江湖 龙头 龍頭 史上 毛利 向来 向來 武汉 武漢 严重 嚴重 莫名
    黎明 宋体 石油 钱包 錢包 周年 周末 週末 周一 周二 周三 周四 周五 周六 周日 孙子 孫子 林业
    田野 夏季 秦朝 汤姆 湯姆 韩国 韓國 韩元 苏州 蘇州 苏联 蘇聯 杜拜 雷达 雷達 贾维斯 温州 溫州
    程序 欧洲 歐洲 欧盟 歐盟 卢森堡 盧森堡 马来 馬來 曹操 许多 許多 许可 許可 叶片 葉片 任何 任职
    任職 宋朝 唐朝 郑州 鄭州 董事 王者 王牌 张江 張江 石家 朱雀 胡同 邓白 罗马 羅馬 魏玛 常年 姜饼
    谷歌 柯达 柯達 凌晨 乔布 喬布 易主 齐心 齊心 庄家 莊家 蒋介 蔣介 江苏 江蘇 江西 黄金 黃金
    薄弱 薄膜 薄荷 夏天 夏日"""
)
# Characters that are in no given name: function words, and the ends of words for groups,
# posts, places and times ('员' of 成员, '层' of 高层, '续' of 陆续).
NOT_IN_NAMES = frozenset(
    "的了是在和与與及或等们們这這那个個些么麼吗嗎呢吧啊也都就还還又再已被把从從对對为為因而但却卻并並"
    "续續层層体體部名位员員夜届屆务務型式性业業界场場区區省市县縣局处處科技室所院团團营營线線群岗崗"
    "职職司厂廠店网網站日年周週时時亿億次号號上下后後裡外内內多每各该該此其于於"
)
# Characters of foreign names written in characters (马斯克 Musk, 苏茨克维 Sutskever, 辛顿 Hinton,
# 穆拉蒂 Murati), which no Chinese given name uses.
FOREIGN = frozenset("斯尔爾姆茨顿頓拉蒂莱萊")
# Adverbs and time words between a name and its verb: "魏瀚瞳日前离职", "俞栋近日离职"; the
# negations among them stay after the name ("王刚没有离职": Wang Gang did not leave).
NEGATIONS = ("并未", "並未", "从未", "從未", "尚未", "未曾", "没有", "沒有")
BETWEEN = sorted(
    word_set(
        """日前 近日 近期 在近期 于近日 於近日 已经 已經 已 已于 已於 正式 宣布 将 將 即将 即將 也 也将 也將
    再度 再次 今日 今天 昨日 昨天 本周 本週 此前 刚刚 剛剛 刚 剛 确认 確認 决定 決定 选择 選擇 突然
    悄然 悄悄 低调 低調 高调 高調 又 再 于 於 被曝 被传 被傳 或 或将 或將 已正式 本月 上周 上週 今年 去年
    并未 並未 从未 從未 尚未 未曾 没有 沒有"""
    ),
    key=len,
    reverse=True,
)

_LATIN = r"(?P<latin> ?\((?P<spelled>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,2})\) ?)?"
_LATIN_NAME = r"\b[A-Z][a-z]+(?:-[A-Za-z][a-z]*)? [A-Z][a-z]+(?:-[A-Za-z][a-z]*)?\b"


@lru_cache(maxsize=4)
def subject_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A run of characters before one of the Chinese move `verbs`, with in between an optional
    spelling in Latin letters in brackets and dates or durations ("7个月", "4 月 10 日"); the
    run is the shortest that reaches a verb, so that a second clause's subject is its own."""
    alternatives = "|".join(sorted(verbs, key=len, reverse=True))
    return re.compile(
        rf"(?<![{HAN}])(?P<run>[{HAN}]{{2,}}?)"
        + _LATIN
        + rf"(?P<gap>(?: ?\d+ ?[{HAN}]{{1,2}}){{0,3}})"
        # (a verb that opens a word for a person is that word: 掌舵人 'helmsman', 创办人
        # 'founder', no verb after a name)
        + rf"(?= ?(?:(?:{alternatives})(?!人)| may | once | poached by ))"
    )


@lru_cache(maxsize=4)
def object_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A run of characters after one of the Chinese verbs of poaching, hiring or appointing
    `verbs` (and a lab in Latin letters: "挖角DeepSeek罗福莉"), up to a mark or the post it is
    given: "挖走了华裔人工智能专家庞若鸣(Ruoming Pang)"."""
    alternatives = "|".join(sorted(verbs, key=len, reverse=True))
    return re.compile(
        rf"(?P<verb>(?:{alternatives})了?(?:[A-Za-z0-9][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)* ?)?)"
        rf"(?P<run>[{HAN}]{{2,}}?)"
        + _LATIN
        + r"(?=[(,.;:!? \u3000，。；：！？、]|$|担任|擔任|出任|为|為|加入|加盟)"
    )


@lru_cache(maxsize=4)
def post_pattern(posts: tuple[str, ...]) -> re.Pattern[str]:
    """A name of two or three characters right after one of the Chinese `posts` and closed by a
    bracket, a comma or a word of time ("技术负责人周畅(花名...)", "负责人林俊暘昨日"): the holder
    of the post, as an English summary writes "head X," before telling what X did."""
    alternatives = "|".join(sorted(posts, key=len, reverse=True))
    return re.compile(
        rf"(?P<verb>{alternatives})(?P<run>[{HAN}]{{2,3}}?)"
        + _LATIN
        + r"(?= ?[(,]|昨|今|于|於|日前|近日|已)"
    )


def post_holders(text: str, posts: re.Pattern[str], words: re.Pattern[str]) -> str:
    """Chinese text with the holders a post names (`posts`, a pattern of post_pattern) written
    in pinyin; a run that is no name (han_name) stays as it is."""
    return posts.sub(lambda m: _named(m, text, words), text)


def pinyin_names(
    text: str, subject: re.Pattern[str], object_: re.Pattern[str], words: re.Pattern[str]
) -> str:
    """Chinese text with the names of movers written in pinyin: before a move verb (`subject`,
    a pattern of subject_pattern) and after a verb of poaching or hiring (`object_`, of
    object_pattern). A run is read from after the last known word in it (`words`: the roles
    and organisations jobs/language/gloss.py glosses, such as 副主任 or 腾讯)."""
    text = subject.sub(lambda m: _named(m, text, words), text)
    return object_.sub(lambda m: _named(m, text, words), text)


def _named(m: re.Match[str], text: str, words: re.Pattern[str]) -> str:
    whole = m.group("run")
    # the run with fewest adverbs left that ends in a name (an adverb may be a name's last
    # character: 刚 'just' of 王刚 "Wang Gang", in "王刚没有离职")
    runs = _without_adverbs(whole)
    name = next((n for r in reversed(runs) if (n := han_name(_after_known_words(r, words)))), None)
    if name is None:
        return m.group(0)
    spelled = m.group("spelled") or latin_spelling(text, romanised(name))
    lead = m.groupdict().get("verb") or ""
    # the run's words before the name stay (roles, labs: the gloss reads them); the adverbs
    # and dates after it go, so that the name is the verb's subject, but for a negation
    at = whole.rindex(name)
    after = whole[at + len(name) :]
    negation = next((w for w in NEGATIONS if after.endswith(w)), "")
    return f"{lead}{whole[:at]} {spelled} {negation}"


def _after_known_words(run: str, words: re.Pattern[str]) -> str:
    """The run from after its last known word of two characters or more ("副主任俞栋" → "俞栋");
    one-character words (前 'former') may be inside a name (张前川)."""
    end = 0
    for m in words.finditer(run):
        if len(m.group(0)) > 1:
            end = m.end()
    return run[end:]


def _without_adverbs(run: str) -> list[str]:
    """The run and the runs left as the adverbs and time words that end it go one by one
    ("魏瀚瞳日前" → ["魏瀚瞳日前", "魏瀚瞳"])."""
    runs = [run]
    trimmed = True
    while trimmed:
        trimmed = False
        for word in BETWEEN:
            if run.endswith(word) and len(run) > len(word):
                run = run[: -len(word)]
                runs.append(run)
                trimmed = True
                break
    return runs


def han_name(run: str) -> str | None:
    """The name a run of characters ends with (a family name and one or two characters, a
    compound family name and one or two), or None when it ends with no name."""
    for size in (4, 3):
        tail = run[-size:]
        if len(tail) == size and tail[:2] in COMPOUND_FAMILY and _given(tail[2:]):
            return tail
    three, two = run[-3:], run[-2:]
    commoner_inside = len(run) > 3 and two[0] in COMMONEST
    if len(three) == 3 and three[0] in FAMILY and not commoner_inside and _name(three):
        return three
    if len(two) == 2 and two[0] in FAMILY and _name(two):
        return two
    return None


def _name(name: str) -> bool:
    return name[:2] not in WORDS and name not in WORDS and _given(name[1:])


def _given(given: str) -> bool:
    return not any(c in NOT_IN_NAMES or c in FOREIGN for c in given)


@lru_cache(maxsize=1024)
def romanised(name: str) -> str:
    """A name in characters in pinyin, given name first ("庞若鸣" → "Ruoming Pang"); the press's
    spelling for the few people known by another (PRESS_NAMES); other text as it is."""
    if name in PRESS_NAMES:
        return PRESS_NAMES[name]
    if not name or not all(_han_re().match(c) for c in name):
        return name
    split = 2 if name[:2] in COMPOUND_FAMILY else 1
    family, given = name[:split], name[split:]
    family_pinyin = FAMILY_READINGS.get(family) or _pinyin(family)
    if not given:
        return family_pinyin.capitalize()
    return f"{_pinyin(given).capitalize()} {family_pinyin.capitalize()}"


def _pinyin(chars: str) -> str:
    # imported here: loading pypinyin's dictionaries takes about half a second, paid once by a
    # process that meets a Chinese name and never by one that reads English only
    from pypinyin import lazy_pinyin

    # 'v' is how pypinyin writes ü (吕 lv): the press and passports write it 'yu' (Lyu)
    syllables: list[str] = lazy_pinyin(chars)
    return "".join(syllables).replace("v", "yu")


def latin_spelling(text: str, name: str) -> str:
    """The spelling in Latin letters of `name` that `text` gives itself ("Pang Ruoming", "Yu-Dong
    Wang"), either order; else `name`."""
    want = sorted(_letters(w) for w in name.split())
    for m in re.finditer(_LATIN_NAME, text):
        if sorted(_letters(w) for w in m.group(0).split()) == want:
            return m.group(0)
    return name


def _letters(word: str) -> str:
    return word.replace("-", "").lower()


def has_han(text: str) -> bool:
    """Whether `text` holds a Chinese character."""
    return _han_re().search(text) is not None


@lru_cache(maxsize=1)
def _han_re() -> re.Pattern[str]:
    # compiled on first use: a class of Unicode ranges takes milliseconds to compile, which
    # every start would pay through jobs/language/gloss.py's import
    return re.compile(f"[{HAN}]")
