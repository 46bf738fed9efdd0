"""Headlines in other languages, glossed word by word into the English the move rules read.

The rules of jobs/language read English: a subject, a move verb, a lab. Outlets in Chinese,
Japanese, Korean, Spanish, Portuguese, Italian, French, German and Indonesian tell the same moves with
the same shape (Chinese, like English, puts the subject before the verb: "OpenAI挖角Slack執行長Denise
Dresser擔任營收長" is "OpenAI poaches Slack CEO Denise Dresser as chief revenue officer"), so
a gloss of the words that carry a move — verbs, roles, prepositions, articles, and lab names
written in Chinese — is enough for those rules; every other word is kept as it is (a Latin
script word) or dropped (a Chinese one, which would otherwise glue the names around it
together).

English text pays one set look-up: a text is glossed only when it holds Chinese, Japanese or
Korean characters or one of the move words of a language below (`english`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from jobs.language.han_names import (
    han_name,
    object_pattern,
    pinyin_names,
    post_holders,
    post_pattern,
    romanised,
    subject_pattern,
)
from jobs.language.headline import press_release
from jobs.language.labs import LAB_TABLE
from jobs.language.lexicon import ROLE_WORDS, TRIGGER_FIRST, word_set


class _LazyPattern:
    """A regular expression compiled on its first use: the Korean tables and the German
    genitive are read by few texts, and compiling them at import would cost every start."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return self._compiled

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str) -> str:
        return self._pattern().sub(repl, string)

    def search(self, string: str) -> re.Match[str] | None:
        return self._pattern().search(string)


# Chinese characters (CJK unified ideographs and their extensions and compatibility forms).
HAN_RE = _LazyPattern(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _table(text: str) -> dict[str, str]:
    """'foreign, other = english' lines → {foreign: english} (tables stay readable)."""
    table: dict[str, str] = {}
    for line in text.strip().splitlines():
        left, _, right = line.partition("=")
        for word in left.split(","):
            if word.strip():
                table[" ".join(word.split()).lower()] = right.strip()
    return table


# Simplified and traditional forms. Move verbs, roles, the labs that Chinese news names in
# Chinese (Meta and OpenAI are written as they are), and the few function words that join
# them ("从 A 到 B"). Adverbs and particles that stand between a name and its verb go.
CHINESE = _table(
    """
    加入, 加盟, 入职, 入職, 加入到, 加盟到, 投身 = joins
    跳槽到, 跳槽至, 跳槽, 转投, 轉投, 投奔, 转战, 轉戰, 前往 = moves to
    离职创业, 離職創業 = leaves to found a startup
    另立门户, 另立門戶, 自立门户, 自立門戶, 单飞, 單飛 = leaves to found a startup
    离职, 離職, 离开, 離開, 出走, 告别, 告別, 离任, 離任 = leaves
    退出 = quits
    退休 = retires
    辞职, 辭職, 请辞, 請辭, 闪辞, 閃辭 = resigns
    卸任 = steps down
    挖角, 挖走, 挖来, 挖來, 挖人 = poaches
    聘请, 聘請, 招募, 招揽, 招攬, 延揽, 延攬, 聘用, 招聘了 = hires
    出任, 将出任, 將出任, 将担任, 將擔任, 就任, 成为, 成為 = becomes
    担任, 擔任 = as
    被任命为, 被任命為 = is named
    任命 = appoints
    回归, 回歸, 重返, 重回, 回到, 回巢 = returns to
    接任 = succeeds
    接替 = replaces
    执掌, 執掌, 掌舵 = takes the helm of
    接管 = takes over
    换帅, 換帥 = leadership change
    挂帅, 掛帥 = to lead
    升任, 晋升为, 晉升為 = is promoted to
    官宣 = announces
    联合创办, 聯合創辦, 联合创立, 聯合創立 = co-founds
    创办, 創辦, 创立, 創立 = founds
    踏上创业之路, 踏上創業之路, 走上创业之路, 走上創業之路, 开启创业之路, 開啟創業之路 = to found a startup
    创业, 創業 = startup
    否认, 否認, 辟谣, 闢謠 = denies
    并未, 並未, 从未, 從未, 尚未, 未曾, 没有, 沒有 = did not
    传闻, 傳聞, 据传, 據傳, 传出, 傳出, 传言, 傳言, 爆料, 曝 = reportedly
    曝光 = ,
    或将, 或將, 可能 = may
    考虑, 考慮 = considering
    洽谈, 洽談, 谈判, 談判 = talks
    有望 = expected
    为何, 為何, 为什么, 為什麼 = why
    超级智能, 超級智能 = superintelligence
    裁员, 裁員 = layoffs
    被解雇, 被解僱, 被开除, 被開除 = is fired
    解雇, 解僱, 开除, 開除 = fires
    是否 = may
    拟, 擬, 计划, 計劃 = plans to
    吗, 嗎 = ?
    员工, 員工 = staff
    研究人员, 研究人員 = researchers
    团队, 團隊 = team
    实验室, 實驗室 = lab
    公司 = company
    离职潮, 離職潮 = exodus
    首席执行官, 首席執行官, 执行长, 執行長, 总裁兼首席执行官 = CEO
    首席技术官, 首席技術官, 技术长, 技術長 = CTO
    首席产品官, 首席產品官, 产品长, 產品長 = CPO
    首席营收官, 首席營收官, 营收长, 營收長 = chief revenue officer
    首席科学家, 首席科學家 = chief scientist
    首席研究官 = chief research officer
    首席财务官, 首席財務官 = CFO
    首席运营官, 首席運營官 = COO
    研究科学家, 研究科學家 = research scientist
    科学家, 科學家 = scientist
    研究员, 研究員 = researcher
    工程师, 工程師 = engineer
    副总裁, 副總裁 = vice president
    总裁, 總裁 = president
    高管, 主管 = executive
    联合创始人, 聯合創始人, 联合创办人, 聯合創辦人 = co-founder
    创始人, 創始人, 创办人, 創辦人 = founder
    负责人, 負責人, 掌舵人, 掌門人, 掌门人 = head
    副主任 = deputy director
    主任 = director
    领军人物, 領軍人物 = leading figure
    大佬, 大牛, 大将, 大將 = veteran
    又一批, 一批, 又一波, 一波 = a wave of
    大厂, 大廠 = big tech
    前 = former
    从, 從 = from
    谷歌大脑, 谷歌大腦 = Google Brain
    谷歌 = Google
    微软, 微軟 = Microsoft
    苹果, 蘋果 = Apple
    字节跳动, 字節跳動, 字节, 字節 = ByteDance
    阿里云, 阿里雲 = Alibaba Cloud
    阿里巴巴, 阿里 = Alibaba
    腾讯, 騰訊 = Tencent
    快手 = Kuaishou
    百度 = Baidu
    月之暗面 = Moonshot AI
    深度求索 = DeepSeek
    智谱, 智譜 = Zhipu AI
    亚马逊, 亞馬遜 = Amazon
    英伟达, 英偉達, 辉达, 輝達 = Nvidia
    小米 = Xiaomi
    京东, 京東 = JD
    美团, 美團 = Meituan
    网易, 網易 = NetEase
    华为, 華為 = Huawei
    特斯拉 = Tesla
    脸书, 臉書 = Facebook
    零一万物, 零一萬物 = 01.AI
    阶跃星辰, 階躍星辰 = StepFun
    英特尔, 英特爾 = Intel
    三星 = Samsung
    甲骨文 = Oracle
    高通 = Qualcomm
    稀宇科技 = MiniMax
    蚂蚁金服, 螞蟻金服 = Ant Financial
    蚂蚁集团, 螞蟻集團 = Ant Group
    清华大学, 清華大學, 清华, 清華 = Tsinghua University
    北京大学, 北京大學 = Peking University
    复旦大学, 復旦大學, 复旦, 復旦 = Fudan University
    浙江大学, 浙江大學 = Zhejiang University
    上海交通大学, 上海交通大學 = Shanghai Jiao Tong University
    学术界, 學術界 = academia
    入主 = takes the helm of
    辞去, 辭去 = resigns as
    目前, 之前, 以前, 前景, 前沿, 提前, 前所未有, 从而, 從而, 从事, 從事 = ,
    """
)
# Chinese punctuation as the English marks the clause rules split on.
CHINESE_PUNCT = str.maketrans(
    {
        "，": ", ",
        "、": ", ",
        "：": ": ",
        "；": "; ",
        "。": ". ",
        "！": "! ",
        "？": "? ",
        "（": " (",
        "）": ") ",
        "《": ' "',
        "》": '" ',
        "「": ' "',
        "」": '" ',
        "『": ' "',
        "』": '" ',
        "·": " ",
        "・": " ",
        "\u3000": " ",
    }
)
# The glosses that are verbs: before 的 a verb describes a noun ("创办的公司", the company
# someone founded; "离职的X", X who left), which English says with a relative clause.
CHINESE_VERBS = frozenset(
    v for v in CHINESE.values() if v.split()[0] in TRIGGER_FIRST and v not in ROLE_WORDS
)
_CHINESE_RE = re.compile("|".join(re.escape(k) for k in sorted(CHINESE, key=len, reverse=True)))
# "从谷歌大脑到Reka AI": '到' before a name is 'to' (inside words it is not: 得到, 受到)
_TO_RE = re.compile(r"到(?= ?[A-Za-z0-9])")
_HAN_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# A name written in characters before a move verb is written in pinyin (jobs/language/han_names.py:
# "庞若鸣离开Meta" → "Ruoming Pang leaves Meta"); a run that opens a clause with a common family
# name there but is no name it takes for one keeps the verb a subject, an unnamed person, as a
# role would be.
HAN_FAMILY_NAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭"
    "曾萧蕭肖田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鐘谭譚陆陸汪范金石廖贾賈夏韦韋"
    "方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯庞龐俞"
)
_HAN_NAME_RE = re.compile(
    r"(?:^|(?<=[!?,.:;\d ]))[" + HAN_FAMILY_NAMES + r"][\u4e00-\u9fff]{1,2}"
    r"(?= (?:leaves|joins|moves to|resigns|quits|returns to|steps down|takes the helm of)\b)"
)
# "Yi Tay：离开Google": a name, a colon, then what the person does (a Chinese headline's way of
# saying "Yi Tay leaves Google"); the colon goes so that the name is the verb's subject.
_NAME_COLON_RE = re.compile(r"^(['\"]?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,2}) ?: ?(?=leaves|joins)")


# Verbs that wrap their object: "被Meta挖走" (poached by Meta: the agent between 被 and the
# verb), "投入Meta怀抱" (into Meta's arms: joins Meta); "或加入", "或将加入" (may join, may
# be about to join) before a verb: a hedge, kept so that the rules read no move; "曾加入",
# "曾经离开" (once joined, once left): the person's past, told beside other news, no move
# (and no part of the name before it: 曾 is also a family name).
_HEDGED = (
    "加入|加盟|入职|入職|离职|離職|离开|離開|跳槽|转投|轉投|出任|担任|擔任|成为|成為|回归|回歸"
    "|创办|創辦|创立|創立"
)
_FRAMED_RE = re.compile(
    r"被(?P<agent>[^，,。：:；;、\s]{1,12}?)(?:挖走|挖角|挖去|聘请|聘請|招募|聘用|收编|收編)"
    r"|投入(?P<host>[^，,。：:；;、\s]{1,12}?)(?:怀抱|懷抱)"
    r"|(?P<may>或[将將]?)(?=" + _HEDGED + ")"
    r"|(?P<once>曾(?:经|經)?)(?=" + _HEDGED + ")"
)


# "加入OpenAI前CTO创办的初创企业" (joins the start-up OpenAI's former CTO founded): the company
# joined is the start-up, described by its founder; said as English says it ("joins a startup
# founded by OpenAI former CTO") so that the founder's lab is read as the founder's past.
_JOINS_FOUNDED_RE = _LazyPattern(
    r"(?P<verb>加入|加盟|入职|入職|投身于?|投身於?)(?P<founder>[^，,。：:；;、]{1,24}?)"
    r"(?:联合|聯合)?(?:创办|創辦|创立|創立|成立)的"
    r"(?:初创企业|初创公司|初創企業|初創公司|创业公司|創業公司|新公司|公司)"
)


# "Meta从苹果挖走了X" (Meta poached X from Apple): the lab after 从 is the origin, not the thing
# poached. Read after the names are found (jobs/language/han_names.py looks for them right
# after the Chinese verb) and said as English says it: "Meta poaches from Apple X".
_FROM_POACH_RE = re.compile(
    r"[从從](?P<source>[^，,。：:；;、\s从從]{1,12}?)(?:挖走|挖角|挖去|挖来|挖來)了?"
)


# "张三从谷歌离职" (leaves from Google): Chinese puts the lab left between 从 and the verb; said
# in the order of "张三离开谷歌" (Zhang San leaves Google) before the names are read, so that
# the name stands before its verb ("离职潮", an exodus, is a noun).
_FROM_LEAVE_RE = re.compile(
    r"[从從](?P<source>[^，,。：:；;、\s从從]{1,12}?)(?:正式|已)?(?:离职|離職|离开|離開|出走)(?!潮)"
)


# "字节的AI大佬，又跑了一个" (another of ByteDance's AI veterans ran off), "创始人跑了仨" (three
# founders ran off): 跑了 ending its clause, or before a count of the people who ran, is
# leaving (elsewhere it runs: "跑了十公里", "模型跑了个分"); "跟X跑了" (ran off after X, to X's
# company) names no place left or joined and is not read.
_RAN_OFF_RE = _LazyPattern(
    r"(?:, ?)?又?跑了"
    r"(?:一个|一個|一位|[两兩][个個位]|仨|俩|倆)?(?=[\s,.!?:;_|]|$)"
)
_CLAUSE_ENDS = ",.!?:;|"


def _ran_off(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    clause = before[max(before.rfind(c) for c in _CLAUSE_ENDS) + 1 :]
    return m.group(0) if "跟" in clause else " 离开 "


# "林某也走了" (Lin has also gone), "首席科学家走了": 走了 ending its clause after a name or a
# post is leaving; after any other word it is a verb's ending ("拿走了", took away; "带走了").
_WALKED_OFF_RE = _LazyPattern(r"(?:也|又|都)?走了(?=[\s,.!?:;_|]|$)")
_HAN_TAIL_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")


def _walked_off(m: re.Match[str]) -> str:
    run = _HAN_TAIL_RE.search(m.string[: m.start()])
    if run is None:
        return m.group(0)
    tail = run.group(0)
    name = han_name(tail)
    if (name is not None and tail.endswith(name)) or tail.endswith(_chinese_posts()):
        return m.group(0).replace("走了", "离开")
    return m.group(0)


@lru_cache(maxsize=1)
def _chinese_posts() -> tuple[str, ...]:
    """The Chinese words this module glosses as a post (负责人, 首席科学家)."""
    return tuple(k for k, v in CHINESE.items() if v.rpartition(" ")[2] in ROLE_WORDS)


# The Chinese verbs of leaving and joining that a question about a move asks about.
_MOVE_VERBS = "离职|離職|离开|離開|辞职|辭職|出走|卸任|跳槽|加盟|加入"
_MOVE_VERB_RE = _LazyPattern(_MOVE_VERBS)


# "X为何离职" (why did X leave): Chinese asks why between the subject and its verb; said as
# English says it, with 'why' opening the clause ("why X leaves"), which asks about a move that
# happened (jobs/language/clauses.py presupposed) instead of whether it will.
_WHY_RE = _LazyPattern(
    r"(?P<lead>^|[,.!?:;|] ?)(?P<subject>[^,.!?:;|]+?)(?P<why>为何|為何|为什么|為什麼)"
    r"(?=" + _MOVE_VERBS + ")"
)


# Chinese companies a move's new home or post is written at, in characters (a Latin name is
# matched by its capital): the longer name first, as the alternation tries them in order.
_CN_LABS = "阿里巴巴|阿里|腾讯|騰訊|百度|字节跳动|字節跳動|字节|字節|谷歌|微软|微軟|华为|華為|小米"


# "OpenAI成其新东家" (OpenAI becomes his new employer), "OpenAI为何成其理想归宿?" (why is
# OpenAI his ideal home?): the company the person is home at now, said as joining it; asking
# why presupposes it, so the question mark goes with the 'why'.
_NEW_HOME_RE = _LazyPattern(
    r"(?P<host>[A-Z][A-Za-z0-9.-]*|" + _CN_LABS + ")"
    r"(?P<why>为何|為何|为什么|為什麼)?成[为為]?(?:其|他的|她的)?(?:理想的?|新)?"
    r"(?:归宿|歸宿|东家|東家)(?P<asked> ?\?)?"
)


def _new_home(m: re.Match[str]) -> str:
    asked = m.group("asked") if not m.group("why") else ""
    return f"加入{m.group('host')}{asked or ''}"


# "X也走了，百度研究院还好吗" (X has gone too; is Baidu Research all right?): a last clause that
# asks a question of its own, with no move verb, is a sentence of its own; the move before it
# is told, not asked (English would write "X has gone. Is Baidu all right?"); so is a last
# clause asking why ("OpenAI为何成其归宿?", why is OpenAI his new home?). A question of whether
# the move is true or will be ("是真的吗", "是否属实", "会…吗") asks about the move itself.
_OWN_QUESTION_RE = _LazyPattern(
    r", ?(?P<question>[^,.!?:;|]+?(?:吗|嗎|呢) ?\?? ?"
    r"|[^,.!?:;|]*?(?:为何|為何|为什么|為什麼)[^,.!?:;|]*\? ?"
    r"|[^,.!?:;|]+?\? ?)$"
)
_WHETHER_RE = _LazyPattern(r"真|实|實|是否|会|會|能否|可能")
# A bare last question (no 吗, 呢 or 'why': "AI产业发展趋冷?", is the AI industry cooling?) is
# one of its own only when it names no place to go (去, 到, 投) and no company in Latin letters
# ("X离职，去OpenAI?" asks where the person goes: the move is the question).
_WHERE_TO_RE = _LazyPattern(r"去|到|投|[A-Z][a-z]|[a-z][A-Z]")


def _own_question(m: re.Match[str]) -> str:
    question = m.group("question")
    if _MOVE_VERB_RE.search(question) or _WHETHER_RE.search(question):
        return m.group(0)
    bare = not any(w in question for w in ("吗", "嗎", "呢", "何", "什么", "什麼"))
    if bare and _WHERE_TO_RE.search(question):
        return m.group(0)
    return "; " + question


# "张一鸣亲自邀请的马维英，现在离任加入清华" (Ma, whom Zhang invited himself, now leaves to join
# Tsinghua): a name closing a description (after 的) or opening a clause, set off by a comma
# and 现在/如今 (now), is the subject of the move verb after them; the comma and the adverb go
# so that the name stands before its verb (jobs/language/han_names.py looks for it there).
_NAME_NOW_RE = _LazyPattern(
    r"(?:^|(?<=[的,.!?:;| ]))(?P<name>[\u4e00-\u9fff]{2,3}) ?, ?(?:现在|現在|如今)"
    r"(?=" + _MOVE_VERBS + "|离任|離任)"
)


def _name_now(m: re.Match[str]) -> str:
    name = m.group("name")
    return name if han_name(name) == name else m.group(0)


# "离职，任阿里VP" (leaves, takes the post of Alibaba VP): 任 after a comma and before a lab is
# the post taken, as 出任 says it (inside words it is no verb: 任何, 责任).
_TAKES_POST_RE = _LazyPattern(r"(?<=,) ?任(?=[A-Z]|" + _CN_LABS + ")")


# "加盟阿里！X从Facebook离职" (joins Alibaba! X leaves Facebook): a headline opened by a short
# clause and an exclamation mark puts it as a kicker, which English sets off with a colon.
_KICKER_RE = _LazyPattern(r"^(?P<kicker>[^,.!?:;|\s]{1,10})! ?(?=\S)")


# "京东AI负责人X离职" (JD's AI head X leaves): a company on no lab list (jobs/language/labs.py)
# opening a clause before the words it qualifies is their owner, as English says with a
# possessive, which names an organisation the move rules know by its shape alone.
_UNLISTED_OWNER_RE = _LazyPattern(
    r"(?:^|(?<=[,.!?:;|]) ?)(?P<owner>京东|京東|美团|美團|网易|網易)(?=[A-Za-z\u4e00-\u9fff“\"])"
)


def _unlisted_owner(m: re.Match[str]) -> str:
    return f"{CHINESE[m.group('owner')]}'s "


# "官方辟谣：X离职传闻不实" (officials deny: the rumour X left is untrue): a denial before a
# colon governs what follows it, as English says with 'that' ("denies that X leaves").
_DENIAL_KICKER_RE = _LazyPattern(r"(?P<denial>辟谣|闢謠|否认|否認) ?: ?")


# "张健（Jian Zhang）": a name in characters and then its Latin spelling; the Latin spelling is
# the name the rules read (as "굿펠로우(Goodfellow)" is in Korean). Not after a Latin word
# ("IEEE Fellow許主洪(Steven Hoi)"), which the Latin name would run into.
_HAN_SPELLED_RE = _LazyPattern(
    r"(?<![A-Za-z])(?<![A-Za-z] )["
    + HAN_FAMILY_NAMES
    + r"][\u4e00-\u9fff]{1,2} ?\(([A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){1,2})\) ?"
)


# "张三从阿里跳槽到字节跳动" (moves from Alibaba to ByteDance): the lab left between 从 and a verb
# of joining; said as "张三离开阿里，跳槽到字节跳动" (leaves Alibaba, moves to ByteDance) so that
# the name stands before its verb and the lab after 从 is the origin.
_FROM_MOVE_RE = re.compile(
    # 从 also means "since" and "from scratch": a source that is a time (a number, 去年, 今年,
    # ending in 年/月/日/起) or 零 is no organisation left ("周畅从2019年加入阿里巴巴": joined in 2019)
    r"[从從](?![0-9０-９一二三四五六七八九十零去今明前])"
    r"(?P<source>[^，,。：:；;、\s从從]{1,12}?)(?<![年月日起])"
    r"(?P<verb>跳槽到|跳槽至|跳槽|转投|轉投|加入|加盟)"
)


# "闫俊杰的“赌性”" (Junjie Yan's gamble): a name in characters opening the text, with 的 after
# it, is a possessive; written in pinyin, the text names the person as an English headline
# does, so that the summary is read for what the person did.
_POSSESSIVE_RE = re.compile(r"^([\u4e00-\u9fff]{2,3})的")


def _possessive(m: re.Match[str]) -> str:
    name = han_name(m.group(1))
    return m.group(0) if name != m.group(1) else f"{romanised(name)}'s "


def _framed(m: re.Match[str]) -> str:
    if m.group("agent"):
        return f" poached by {m.group('agent')} "
    if m.group("host"):
        return f" joins {m.group('host')} "
    return " may " if m.group("may") else " once "


def _chinese_word(m: re.Match[str]) -> str:
    english = CHINESE[m.group(0)]
    if english in CHINESE_VERBS and m.string.startswith("的", m.end()):
        return f" who {english} "
    return f" {english} "


# The verbs a mover's name stands before, and those it follows (poached, hired, appointed):
# where jobs/language/han_names.py looks for a name written in characters.
_SUBJECT_GLOSSES = frozenset(
    """joins|moves to|leaves to found a startup|leaves|quits|retires|resigns as|resigns|steps down|becomes
    |returns to|succeeds|replaces|takes the helm of|to lead|is promoted to|announces|co-founds
    |founds|is named|is fired|denies|to found a startup""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
_OBJECT_GLOSSES = frozenset({"poaches", "hires", "appoints"})


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """jobs/language/han_names.py's patterns for these verbs (compiled on the first Chinese
    text: English text never pays for them)."""
    subject = tuple(k for k, v in CHINESE.items() if v in _SUBJECT_GLOSSES)
    object_ = tuple(k for k, v in CHINESE.items() if v in _OBJECT_GLOSSES)
    return subject_pattern(subject), object_pattern(object_)


@lru_cache(maxsize=1)
def _post_pattern() -> re.Pattern[str]:
    """jobs/language/han_names.py's pattern of a post and its holder, for the posts this module
    glosses as a role (compiled on the first Chinese text)."""
    return post_pattern(tuple(k for k, v in CHINESE.items() if v.rpartition(" ")[2] in ROLE_WORDS))


# "馬斯克（Elon Musk）旗下AI公司xAI", "谷歌旗下DeepMind": 旗下 (under the flag of) makes the name
# before it the owner ("Elon Musk's AI company xAI"), as English says it with a possessive;
# the owner is no mover (a name in brackets after one in characters is how it reads).
_OWNER_RE = re.compile(r"\(?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})\)? ?旗下")


@lru_cache(maxsize=1)
def _quoted_name_re() -> re.Pattern[str]:
    """'百度副总裁“景鲲”离职': a name in quotes (as outlets set off a person they write about)
    between a post and a verb its subject does, read without them (compiled on the first
    Chinese text)."""
    verbs = sorted((k for k, v in CHINESE.items() if v in _SUBJECT_GLOSSES), key=len, reverse=True)
    posts = sorted(
        (k for k, v in CHINESE.items() if v.rpartition(" ")[2] in ROLE_WORDS), key=len, reverse=True
    )
    return re.compile(
        r"("
        + "|".join(map(re.escape, posts))
        + r") ?[“\"]([\u4e00-\u9fff]{2,3})[”\"] ?(?="
        + "|".join(map(re.escape, verbs))
        + ")"
    )


def gloss_chinese(text: str) -> str:
    """Chinese text as telegraphic English: known words glossed, names of movers written in
    pinyin (jobs/language/han_names.py), other Chinese words dropped."""
    text = text.translate(CHINESE_PUNCT)
    if "从" in text or "從" in text:
        # (before the hedges are read: "或从阿里离职", may leave Alibaba, is "或离开阿里")
        text = _FROM_LEAVE_RE.sub(r"离开\g<source>", text)
        text = _FROM_MOVE_RE.sub(r"离开\g<source>, \g<verb>", text)
    text = _FRAMED_RE.sub(_framed, text)
    if "的" in text and ("公司" in text or "企" in text):
        text = _JOINS_FOUNDED_RE.sub(r"\g<verb> a startup founded by \g<founder> ", text)
    if "的" in text:
        text = _POSSESSIVE_RE.sub(_possessive, text)
    if "“" in text or '"' in text:
        text = _quoted_name_re().sub(r"\1\2", text)
    if "(" in text:
        text = _HAN_SPELLED_RE.sub(r" \1 ", text)
    if "跑了" in text:
        text = _RAN_OFF_RE.sub(_ran_off, text)
    if "走了" in text:
        text = _WALKED_OFF_RE.sub(_walked_off, text)
    if "何" in text or "什么" in text or "什麼" in text:
        text = _WHY_RE.sub(r"\g<lead>\g<why>\g<subject>", text)
    if "归宿" in text or "歸宿" in text or "东家" in text or "東家" in text:
        text = _NEW_HOME_RE.sub(_new_home, text)
    if "吗" in text or "嗎" in text or "呢" in text or "?" in text:
        text = _OWN_QUESTION_RE.sub(_own_question, text)
    if "京" in text or "美" in text or "网" in text or "網" in text:
        text = _UNLISTED_OWNER_RE.sub(_unlisted_owner, text)
    if "辟" in text or "闢" in text or "否" in text:
        text = _DENIAL_KICKER_RE.sub(r"\g<denial> that ", text)
    if "现在" in text or "現在" in text or "如今" in text:
        text = _NAME_NOW_RE.sub(_name_now, text)
    if "任" in text:
        text = _TAKES_POST_RE.sub(" 出任", text)
    if "!" in text[:12]:
        text = _KICKER_RE.sub(r"\g<kicker>: ", text)
    text = pinyin_names(text, *_name_patterns(), _CHINESE_RE)
    text = post_holders(text, _post_pattern(), _CHINESE_RE)
    text = _FROM_POACH_RE.sub(r" poaches from \g<source> ", text)
    text = _CHINESE_RE.sub(_chinese_word, text)
    if "旗下" in text:
        text = _OWNER_RE.sub(r"\1's ", text)
    text = _TO_RE.sub(" to ", text)
    text = _HAN_NAME_RE.sub(" person ", text)
    text = " ".join(_HAN_RUN_RE.sub(" ", text).split())
    text = _SPACE_BEFORE_MARK_RE.sub(r"\1", text)
    # "离开Google，踏上创业之路": verbs in a row after a comma share the subject, as English
    # says with 'to' ("leaves Google to found a startup")
    text = text.replace(", to found", " to found")
    return _NAME_COLON_RE.sub(r"\1 ", text)


# Japanese puts the verb last ("OpenAIに移籍" is "moves to OpenAI", "Googleを退社" "leaves
# Google"): a move verb and its particle are moved before the word they follow; "の" is the
# possessive, "が"/"は" mark the subject, "し" joins two verbs.
KANA_RE = re.compile(r"[\u3040-\u30ff]")
JAPANESE = _table(
    """
    アマゾンウェブサービス = Amazon Web Services
    オープンAI, オープンエーアイ = OpenAI
    アンソロピック, アンスロピック = Anthropic
    グーグル・ディープマインド, グーグルディープマインド = Google DeepMind
    ディープマインド = DeepMind
    テスラ = Tesla
    インテル = Intel
    サムスン = Samsung
    アリババ = Alibaba
    バイトダンス = ByteDance
    テンセント = Tencent
    ファーウェイ = Huawei
    クアルコム = Qualcomm
    オラクル = Oracle
    ディープシーク = DeepSeek
    ミストラル = Mistral AI
    パープレキシティ = Perplexity
    グーグル = Google
    マイクロソフト = Microsoft
    アップル = Apple
    アマゾン = Amazon
    エヌビディア = Nvidia
    メタ = Meta
    共同創業者 = co-founder
    創業者 = founder
    最高経営責任者 = CEO
    最高技術責任者 = CTO
    研究者 = researcher
    科学者 = scientist
    担当者, 責任者, 部長, 幹部, 代表 = head
    副社長 = vice president
    社長 = president
    同社 = company
    元, 前 = former
    日本法人, ジャパン = Japan
    トップ = top
    """
)
# (keys are lower case, as _table writes them: "オープンAI" is looked up as "オープンai")
_JAPANESE_RE = re.compile(
    "|".join(re.escape(k) for k in sorted(JAPANESE, key=len, reverse=True)), re.IGNORECASE
)
# the object: a Latin-script name, or a word glossed above
_JA_OBJECT = r"(?P<obj>[A-Za-z0-9][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*)"
# adverbs between a particle and its verb ("OpenAIに電撃復帰", a surprise return to OpenAI)
_JA_ADVERB = r"(?:電撃|正式に|正式|再び|ついに)?"
# the subject between the destination's particle and the verb ("OpenAIにX氏らが復帰")
_JA_SUBJECT = r"(?P<subj>[^、。:：|]{1,40}?)(?:が|は)"
# A verb of leaving told as done (した) or as the headline's news (its end, or the end of a
# clause before a blank: "経営幹部が退社 人材流出相次ぐ"), not one that is the object of another
# ("退任を準備": preparing to step down).
_JA_LEAVING = r"(?:退社|退職|離籍|離脱|退任|辞任|辞職)(?=した|しま|し、|、|。|$| ?\|)"
_JAPANESE_VERBS = (
    (
        re.compile(
            _JA_OBJECT + r" ?(?:に|へ)" + _JA_SUBJECT + _JA_ADVERB + "(?:移籍|転職|加入|入社|参加)"
        ),
        r" \g<subj> joins \g<obj> ",
    ),
    (
        re.compile(_JA_OBJECT + r" ?(?:に|へ)" + _JA_SUBJECT + _JA_ADVERB + "復帰"),
        r" \g<subj> returns to \g<obj> ",
    ),
    (
        re.compile(_JA_OBJECT + r" ?(?:に|へ)" + _JA_ADVERB + "(?:移籍|転職|加入|入社|参加)"),
        r" joins \g<obj> ",
    ),
    (re.compile(_JA_OBJECT + r" ?(?:に|へ)" + _JA_ADVERB + "復帰"), r" returns to \g<obj> "),
    # "MetaのCEOを退任": steps down from a post, the lab's (before の), read before
    # the lab left ('を辞' also begins 辞任)
    (
        re.compile(
            r"(?P<post>[A-Za-z0-9][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*"
            r" ?の ?[A-Za-z][A-Za-z -]*?) ?を ?(?:退任|辞任)"
        ),
        r" steps down as \g<post> ",
    ),
    (re.compile(_JA_OBJECT + r" ?を(?:退社|退職|離れ|去|辞)"), r" leaves \g<obj> "),
    # "OpenAI入り": into a lab, joining it (a lab's name, not a count: "トップ10入り")
    (
        re.compile(r"(?P<obj>[A-Za-z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*) ?入り"),
        r" joins \g<obj> ",
    ),
    # "xAIから共同創業者2名が退社": from the lab, the subject, then the verb of leaving
    (
        re.compile(_JA_OBJECT + r" ?から" + _JA_SUBJECT + _JA_ADVERB + _JA_LEAVING),
        r" \g<subj> leaves \g<obj> ",
    ),
    # "共同創業者2人が離籍した": a subject leaving, the lab left unsaid
    (re.compile(r"(?:が|は)" + _JA_ADVERB + _JA_LEAVING), r" leave "),
    # "東京でAI企業「X」を設立", "Xを立ち上げ": founds a company, its kind (AI企業, an AI
    # company) and quotes before the name
    (
        re.compile(
            r"(?<![A-Za-z])(?P<kind>AI ?)?(?:企業|会社|新会社|スタートアップ)? ?[\"']? ?"
            + _JA_OBJECT
            + r" ?[\"']? ?を?"
            + _JA_ADVERB
            + "(?:設立|立ち上げ|創業|創設)"
        ),
        r" founds \g<kind> company \g<obj> ",
    ),
    # "AnthropicのCTOにXが就任": the post, then who takes it up (compiled on first use)
    (
        _LazyPattern(
            r"(?P<post>[A-Za-z0-9][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*"
            r" ?の ?[A-Za-z][A-Za-z -]*?) ?に" + _JA_SUBJECT + _JA_ADVERB + "就任"
        ),
        r" \g<subj> becomes \g<post> ",
    ),
    # "AnthropicのCTOに就任": takes up a post, the lab's (before の) or the lab itself
    (
        re.compile(
            r"(?P<post>[A-Za-z0-9][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*"
            r"(?: ?の ?[A-Za-z][A-Za-z -]*?)?) ?(?:に|へ) ?" + _JA_ADVERB + "就任"
        ),
        r" becomes \g<post> ",
    ),
)
# "就任か", "退社か": a headline (or a clause of it, before a blank) ending in the particle か
# asks (as "?" does).
_JA_QUESTION_RE = re.compile(r"か(?=[\s」』\"'、。]*$| \| )")
# "2名", "3人": a count of people (名 and 人 count persons), a group, not one person.
_JA_COUNT_RE = re.compile(r"(\d+) ?(?:名|人)")
# "「AWSジャパン前社長」が移籍": a subject in quotes (a headline's epithet for the person), read
# without them, as the subject of the verb after it
_JA_QUOTED_SUBJECT_RE = re.compile(r'"([^"]{1,30}?) ?" ?(?=が|は)')
# "MetaがOpenAIから研究者を引き抜き": poaches <whom> from <lab>
_JA_POACH_RE = re.compile(_JA_OBJECT + r" ?(?:から|より)(?P<whom>[^、。]{0,24}?)を?引き抜")
# (the four patterns below are compiled on their first Japanese text, as the Korean ones are)
# "メタはグーグルの研究責任者を…引き抜いた": poaches the lab's <whom> (a possessive object, the
# subject before it), told as done or ahead ("引き抜きへ", as "移籍へ"): not the noun of a plan
# or a rumour ("引き抜きを検討", "引き抜き説") nor an intent ("引き抜こうと")
_JA_POACH_OWNED_RE = _LazyPattern(
    _JA_OBJECT + r" ?の ?(?P<whom>[^、。を|]{1,30}?) ?を(?P<how>[^、。|]{0,16}?)"
    r"引き抜(?!き ?(?:を|の|説|に)|こう)"
)
# "メタ、元グーグル幹部を社長に招聘", "Xを CTO に起用": hires (invites) or names whom the lab
# before the comma takes, to a post before に (a glossed role: 招聘 alone also invites a speaker
# or a guest, "講演に招聘"); told as done, not the noun of a plan or a rumour ("招聘を検討")
_JA_HIRED_RE = _LazyPattern(
    r"(?P<whom>[^、。|を,はが]{1,40}?) ?を ?(?P<post>[^、。|をに,]{0,12}?[A-Za-z][^、。|をに,]{0,12}?)"
    r" ?に ?" + _JA_ADVERB + r"(?P<verb>招聘|招へい|起用|任命)(?! ?(?:を|の|説|に|へ))"
)
_JA_HIRING = {"招聘": "hires", "招へい": "hires", "起用": "names", "任命": "names"}
# "グーグルの研究者、OpenAIに引き抜かれる" (poached by OpenAI; "…に研究者を引き抜かれた", has a
# researcher poached by it): the passive, its agent before に, told as done or as the news;
# not a possibility or a fear of it ("引き抜かれる可能性", "恐れ"), which the modals below put
# before it or which no rule reads.
_JA_POACHED_RE = _LazyPattern(
    _JA_OBJECT + r" ?に ?(?:(?P<whom>[^、。を|]{1,24}?) ?を)?(?P<how>[^、。|を]{0,16}?)"
    r"引き抜かれ(?:る|た|ます|まし)(?! ?(?:恐れ|おそれ|懸念|危険))"
)


def _japanese_poached(m: re.Match[str]) -> str:
    whom = f" {m.group('whom')}" if m.group("whom") else ""
    return f"{whom} poached by {m.group('obj')} {m.group('how')}"


# "OpenAI、グーグルの研究者を採用" (hires, employs, recruits Google's researcher): whom the lab
# takes on, when it is a person by their glossed role (採用 also adopts a product: "TPUを採用");
# told as done, not a plan, a policy, a drive or a count ("採用へ", "採用する方針", "大量採用").
_JA_EMPLOYS_RE = _LazyPattern(
    r"(?<![A-Za-z])(?P<whom>[^、。|を,はが]{1,60}?) ?を ?(?:採用|雇用|獲得)"
    r"(?! ?(?:する|へ|を|の|説|に|予定|方針|計画|検討))"
)
_JA_ROLES = frozenset(
    ["researcher", "researchers", "scientist", "engineer", "head", "executive", "president"]
    + ["vice president", "CEO", "CTO", "co-founder", "founder"]
)


# "…の元代表Jane Roeを採用": a person named in Latin letters (a given name and a surname)
_JA_LATIN_NAME_RE = re.compile(r"[A-Z][a-z]+ [A-Z][A-Za-z'-]+$")


def _japanese_employs(m: re.Match[str]) -> str:
    whom = m.group("whom").strip()
    if not any(whom.endswith(role) for role in _JA_ROLES) and not _JA_LATIN_NAME_RE.search(whom):
        return m.group(0)
    return f" hires {whom} "


def _japanese_hire(m: re.Match[str]) -> str:
    return f" {_JA_HIRING[m.group('verb')]} {m.group('whom')} as {m.group('post')} "


# A blank in a Japanese headline parts its clauses (its words stand unspaced): "Xに移籍
# 新チームを率いる?" asks only about the second clause. Not after a particle, which no clause
# ends with ("Googleに Lena Park氏が復帰": a blank before a name in Latin letters).
_JA_BLANK_RE = _LazyPattern(
    r"(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff」』])(?<![にをがはのとへでも])[ \u3000]+(?=[^\s|])"
)
# A move glossed and then reviewed, planned, rumoured or denied ("移籍を検討", considering the
# move; "移籍説を否定", denying the rumour of it): the modal before the verb, where the English
# rules look for it.
_JA_MODALS = {"検討": "may", "計画": "may", "方針": "may", "意向": "may", "可能性": "may"}
_JA_MODALS |= {"説": "rumours", "噂": "rumours", "うわさ": "rumours", "否定": "denies"}
_JA_MODAL_RE = _LazyPattern(
    r"(?P<verb>joins|returns to|leaves|steps down as|becomes|poached by|poaches|hires|names)"
    r"(?P<rest> [^|、。]*?)"
    r" ?(?:との|する|の|を|も)? ?(?P<modal>"
    + "|".join(_JA_MODALS)
    + r")(?:を|も|の)? ?(?P<denial>否定)?"
)


def _japanese_modal(m: re.Match[str]) -> str:
    modal = "denies" if m.group("denial") else _JA_MODALS[m.group("modal")]
    return f" {modal} {m.group('verb')}{m.group('rest')} "


_JAPANESE_MARKS = {"の": "'s ", "が": " ", "は": " ", "し": " and ", "と": " and "}
# a particle after a name or a glossed word, not inside a Japanese word
_JA_PARTICLE_RE = re.compile(r"(?<=[\w)]) ?(の|が|は|し|と)(?=[^\u3040-\u309f]|$)")
_JA_RUN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_SPACE_BEFORE_MARK_RE = re.compile(r" ([,.:;!?)])")


def gloss_japanese(text: str) -> str:
    """Japanese text as telegraphic English (see JAPANESE): move verbs before their object,
    labs and roles glossed, other Japanese words dropped."""
    text = _JA_BLANK_RE.sub(" | ", text.strip())
    text = _JAPANESE_RE.sub(
        lambda m: f" {JAPANESE[m.group(0).lower()]} ", text.translate(CHINESE_PUNCT)
    )
    text = _JA_COUNT_RE.sub(r" \1 people", text)
    if '"' in text:
        text = _JA_QUOTED_SUBJECT_RE.sub(r"\1", text)
    text = _JA_QUESTION_RE.sub(" ?", text)
    for pattern, gloss in _JAPANESE_VERBS:
        text = pattern.sub(gloss, text)
    text = _JA_POACH_RE.sub(r" poaches \g<whom> from \g<obj> ", text)
    if "引き抜かれ" in text:
        text = _JA_POACHED_RE.sub(_japanese_poached, text)
    if "引き抜" in text:
        text = _JA_POACH_OWNED_RE.sub(r" poaches \g<obj>'s \g<whom> \g<how>", text)
    if "採用" in text or "雇用" in text or "獲得" in text:
        text = _JA_EMPLOYS_RE.sub(_japanese_employs, text)
    if "招" in text or "起用" in text or "任命" in text:
        text = _JA_HIRED_RE.sub(_japanese_hire, text)
    text = _JA_MODAL_RE.sub(_japanese_modal, text)
    text = _JA_PARTICLE_RE.sub(lambda m: _JAPANESE_MARKS[m.group(1)], text)
    text = " ".join(_JA_RUN_RE.sub(" ", text).split()).replace(" 's", "'s")
    return _SPACE_BEFORE_MARK_RE.sub(r"\1", text)


# Korean, like Japanese, puts the verb last and marks its object with particles ("오픈AI로 이직"
# is "moves to OpenAI", "네이버를 떠나" "leaves Naver"; "삼성전자, 구글 출신 연구원 영입" is
# "Samsung hires a former Google researcher"): labs written in Hangul, roles and move verbs are
# glossed, a verb is put before the object its particle marks, and other Hangul words go.
# Chinese characters, Hangul or Cyrillic (Russian, jobs/language/russian.py): the one search a
# text not in ASCII pays (ranges as alternatives: one character class of them all takes twice
# as long to compile at import)
_HANGUL_RE = _LazyPattern(r"[\uac00-\ud7a3]")
_SCRIPT_RE = re.compile(
    r"[\u3400-\u4dbf]|[\u4e00-\u9fff]|[\uf900-\ufaff]|[\uac00-\ud7a3]|[\u0400-\u04ff]"
)
KOREAN = _table(
    """
    삼성전자 = Samsung Electronics
    삼성리서치 = Samsung Research
    삼성 = Samsung
    네이버클라우드 = Naver Cloud
    SK텔레콤 = SK Telecom
    케이티 = KT
    네이버 = Naver
    카카오브레인, 카카오 = Kakao
    엔씨소프트, 엔씨 = NCSOFT
    넷마블 = Netmarble
    크래프톤 = Krafton
    업스테이지 = Upstage
    LG AI연구원장, LG AI 연구원장, LG AI연구소장 = LG AI Research head
    LG AI연구원, LG AI 연구원, LG AI연구소 = LG AI Research
    LG전자 = LG Electronics
    과학기술정보통신부, 과기정통부, 과기부 = Ministry of Science and ICT
    대통령실 = Office of the President of South Korea
    장관 = minister
    수석비서관 = Office of the President of South Korea senior secretary
    구글 딥마인드, 구글딥마인드 = Google DeepMind
    딥마인드 = DeepMind
    구글 = Google
    오픈AI, 오픈에이아이 = OpenAI
    앤트로픽, 앤스로픽 = Anthropic
    마이크로소프트 = Microsoft
    메타 = Meta
    애플 = Apple
    아마존 = Amazon
    엔비디아 = Nvidia
    테슬라 = Tesla
    인텔 = Intel
    퀄컴 = Qualcomm
    오라클 = Oracle
    딥시크 = DeepSeek
    알리바바 = Alibaba
    바이트댄스 = ByteDance
    텐센트 = Tencent
    화웨이 = Huawei
    샤오미 = Xiaomi
    엑스AI = xAI
    미스트랄 = Mistral AI
    퍼플렉시티 = Perplexity
    스케일AI = Scale AI
    프린스턴대학교, 프린스턴대학, 프린스턴대 = Princeton University
    스탠퍼드대학교, 스탠퍼드대학, 스탠퍼드대, 스탠포드대 = Stanford University
    하버드대학교, 하버드대학, 하버드대 = Harvard University
    펜실베이니아대학교, 펜실베이니아대학, 펜실베이니아대, 펜실베니아대학교 = University of Pennsylvania
    카네기멜런대학교, 카네기멜런대학, 카네기멜런대 = Carnegie Mellon University
    서울대학교, 서울대 = Seoul National University
    카이스트 = KAIST
    공동창업자, 공동 창업자 = co-founder
    창업자, 창업주 = founder
    최고경영자, 대표이사, 대표 = CEO
    최고기술책임자, 기술사령탑 = CTO
    최고제품책임자 = CPO
    최고과학자 = chief scientist
    수석연구원, 연구원, 연구자 = researcher
    과학자 = scientist
    엔지니어, 개발자 = engineer
    부사장 = vice president
    사장 = president
    임원, 전무, 상무, 기업인 = executive
    연구원장, 연구소장, 센터장, 총괄, 책임자, 리더, 본부장, 팀장, 수장 = head
    수석 = chief
    """
)
_KOREAN_RE = _LazyPattern(
    "|".join(re.escape(k) for k in sorted(KOREAN, key=len, reverse=True)), re.IGNORECASE
)
# A possibility, a plan or a denial after its verb ("합류 검토", considering joining; "합류 예정",
# set to join; "사임설 부인", denies the rumour of a resignation): put before the verb, where the
# English rules look for it.
_KO_MODALS = {"검토": "may", "가능성": "may", "예정": "is set to", "전망": "expected to"}
_KO_MODALS |= {"부인": "denies"}
_KO_MODAL_RE = _LazyPattern(
    r"(합류|이직|이적|입사|복귀|사임|사퇴|퇴사|퇴임|퇴진|영입|내정|선임|임명|발탁|지명|취임|부임)(?:설)? ?(?:을|를|할|키로)? ?("
    + "|".join(_KO_MODALS)
    + ")"
)
_KO_MODAL = r"(?P<modal>(?:may|is set to|expected to|denies) )?"
# A Korean name as the gloss writes it in Latin letters ("Jung Suk-keun").
_KO_LATIN_NAME = r"[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?"
# Verbs after their object's particle: (particles, verbs, English). The object is a Latin
# name or a word glossed above; the particle may be left out ("네이버 떠나").
_KO_OBJECT = r"(?P<obj>[A-Za-z0-9][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*)"
_KOREAN_VERBS = (
    (r"(?:에|으로|로)?", r"(?:합류|입사|둥지)", "joins"),
    # "자리를 옮겨", "적을 옮긴다" (moves one's seat, one's register): changes employer
    (r"(?:으로|로)", r"(?:(?:자리|적)(?:을|를)? )?(?:이직|이동|옮|향|이적)", "moves to"),
    (r"(?:을|를)?", r"(?:떠나|떠난|떠났|퇴사|나와|나온)", "leaves"),
    (r"(?:으로|로|에)?", r"복귀", "returns to"),
    (r"(?:에서|에)", r"(?:사퇴|사임|사의)", "resigns from"),
)
# "카카오 대표로 선임": named to a lab's post (a capitalised lab first; "수석에 임명", named to
# a post in government, names no lab).
_KO_NAMED_RE = _LazyPattern(
    r"(?P<post>[A-Z][A-Za-z0-9.&-]*(?: [A-Za-z][A-Za-z0-9.&-]*){0,3}) ?(?:으로|로|에) ?"
    + _KO_MODAL
    + r"(?:선임|임명|발탁|내정)"
)
# "X 前 네이버 CTO, 카카오 대표 선임": after the subject's comma, a lab's post and the verb with
# no particle is the subject named to it (a lab before the comma hires instead: _KO_HIRE_RE).
_KO_NAMED_AFTER_COMMA_RE = _LazyPattern(
    r", (?P<post>[A-Z][A-Za-z0-9.&-]*(?: [A-Za-z][A-Za-z0-9.&-]*){0,3}) ?"
    + _KO_MODAL
    + r"(?:선임|임명|발탁|내정)(?![\uac00-\ud7a3])"
)


def _korean_named_after_comma(m: re.Match[str]) -> str:
    post = m.group("post")
    if not _ko_post(post):
        return m.group(0)
    return f", {m.group('modal') or ''}is named as {post} "


# "카카오 대표에 X 내정": the post first, then whom it goes to (a Latin name), then the verb.
_KO_POST_FIRST_RE = _LazyPattern(
    r"(?P<post>[A-Z][A-Za-z0-9.&-]*(?: [A-Za-z][A-Za-z0-9.&-]*){0,3}) ?(?:으로|로|에) "
    r"(?P<who>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,2})"
    # the name's own post and a second person named with it ("X 부사장·Y 상무") stay out
    # (its lower-case words no modal: "X 내정설 부인" still denies)
    r"(?: (?!may |is set |expected |denies )[a-z][a-z-]*| [A-Z]{2,5}"
    r"| " + _KO_LATIN_NAME + r")* ?(?:을|를|씨를|씨)? ?" + _KO_MODAL + r"(?:선임|임명|발탁|내정)"
)
# "X 카카오 CTO 선임", "카카오 X 부사장 CTO 내정" (a name, a lab's post, the verb ending the
# clause, no particle and no comma): X is named to the post, as "X, 카카오 CTO 선임" reads; a
# nominee (내정자), an appointment looked back on or weighed ("선임 1년", "선임 검토") is none.
_KO_NAMED_BARE_RE = _LazyPattern(
    # (a name the gloss wrote from Hangul, its given name hyphenated: "Kakao Lee" is none)
    r"(?<![\w-])(?P<who>[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+)(?P<own>(?: [A-Za-z][A-Za-z.&-]*){0,4}?) "
    r"(?P<post>[A-Z][A-Za-z0-9.&-]*(?: [A-Za-z][A-Za-z0-9.&-]*){0,3}) ?"
    + _KO_MODAL
    + r"(?:선임|임명|발탁|내정)(?:됐다|했다)?(?= ?(?:$|[|,.]))"
)


def _korean_named_bare(m: re.Match[str]) -> str:
    if not _ko_post(m.group("post")):
        return m.group(0)
    return f"{m.group('who')}{m.group('own')} {m.group('modal') or ''}is named as {m.group('post')}"


# "X, CTO 맡는다", "X CTO 겸임" (takes on, holds as well): the subject takes the post, as
# "becomes" says; a post only asked about, planned or denied ("맡나", "겸임 검토") is not taken.
_KO_TAKES_POST_RE = _LazyPattern(
    # (a post is a role, after an acronym of its field at most: "AI head"; a name before it
    # is the subject)
    r"(?P<post>(?:[A-Z&]{2,5} )?[A-Za-z][A-Za-z-]*) ?(?:을|를|까지|도)? ?"
    r"(?:맡는다|맡았다|맡아|겸임(?! ?(?:설|검토|가능성|예정|전망|부인|할|하나|\?)))"
    r"(?![\uac00-\ud7a3])"
)


# What after a Korean noun of taking office or of reorganising makes it no news done: a
# time after or before it, an anniversary, a plan, a review, a rumour, a denial, a question;
# a particle may stand between ("개편을 검토": a reorganisation weighed).
_KO_NOT_DONE = (
    r"(?:을|를|이|가|은|는)? ?(?:식|후|이후|직후|직전|전(?!격)|뒤|당시|이래|때|첫|일성|\d|예정|할|하나|설"
    r"|안|검토|추진|가능성|전망|부인|\?)"
)
# "X 카카오 CTO 취임", "X, 카카오 대표로 부임" (takes office, takes up a post): the subject becomes
# the post, as with 맡다; not an anniversary or a time before, at or after it ("취임 1년",
# "취임 후", "취임 직후", "취임 당시": the move is background to other news), a ceremony
# (취임식), a plan, a question or a rumour.
_KO_TAKES_OFFICE_RE = _LazyPattern(
    # (the lab whose post it is before it, which "becomes" takes along: a name's hyphenated
    # given name is no lab's word)
    r"(?P<lab>(?:(?![A-Z][a-z]+-)[A-Z][A-Za-z0-9.&-]* ){1,3}?)?"
    r"(?P<post>(?:[A-Z&]{2,5} )?[A-Za-z][A-Za-z-]*) ?(?:에|으로|로)? ?(?:취임|부임)"
    rf"(?!{_KO_NOT_DONE})(?![\uac00-\ud7a3])"
)


# "X 퇴임" (steps down from office; 퇴진, 용퇴): told as done, not an anniversary of it, a time
# after it, a ceremony, a plan or a rumour ("퇴임 1년", "퇴임 후", "퇴임식", "퇴임 예정"), nor a
# farewell speech or someone retired (퇴임사, 퇴임자).
_KO_STEPS_DOWN_RE = _LazyPattern(rf"(?:퇴임|퇴진|용퇴)(?!{_KO_NOT_DONE})(?![사자])")


def _korean_becomes(m: re.Match[str]) -> str:
    """A post taken (_KO_TAKES_POST_RE) or an office taken up (_KO_TAKES_OFFICE_RE, with the
    lab whose post it is) as "becomes"."""
    post = m.group("post")
    if not _ko_post(post):
        return m.group(0)
    return f" becomes {m.groupdict().get('lab') or ''}{post} "


# The public bodies the Korean table glosses into several English words, whose posts the
# patterns below read (jobs/language/hangul_names.py _BODY writes them too: it is not imported
# here, as gloss loads it only for Hangul).
_KO_BODIES = r"Ministry of Science and ICT|Office of the President of South Korea"
# "과기부 장관에 X 내정", "X, 대통령실 수석비서관에 임명": a post in a ministry or the
# presidential office given to a lab's person (named after the post, or before it as the
# subject) is a join of that body, as the sets label a move into government.
_KO_PUBLIC_POST_RE = _LazyPattern(
    r"(?P<body>" + _KO_BODIES + r") "
    r"(?P<post>[A-Za-z][A-Za-z -]{0,40}?) ?(?:후보자)? ?(?:으로|로|에) ?"
    r"(?:(?P<who>" + _KO_LATIN_NAME + r")(?P<own>(?: [A-Za-z][A-Za-z.&-]*){0,5}) ?)?"
    r"(?:을|를)? ?" + _KO_MODAL + r"(?:지명|내정|임명|발탁|선임)"
)

# "X 과기부 장관 내정", "X LG AI연구원장 과기정통부 장관 후보자 지명" (a headline's name, its own
# post, then the body's post and the verb, no particle): the same join of that body, told at
# the clause's end; not so an appointment opposed, withdrawn or looked back on ("임명 반대",
# "내정 철회", "임명 후"), nor one whose approval is the news ("임명 재가": the approval, its
# own report, is not read here).
_KO_PUBLIC_POST_NAMED_FIRST_RE = _LazyPattern(
    r"(?P<who>" + _KO_LATIN_NAME + r")(?P<own>(?: [A-Za-z][A-Za-z.&-]*){0,5}),? "
    r"(?P<body>" + _KO_BODIES + r") "
    r"(?P<post>[A-Za-z][\w -]{0,60}?) ?(?:후보자)? ?(?:으로|로)? ?"
    + _KO_MODAL
    + r"(?:지명|내정|임명|발탁)(?:됐다|했다)?(?= ?(?:$|[|,.]))"
)
# "X, 이재명 정부 AI 수석비서관에 임명": words between the subject's comma and the body describe
# the post (whose government, its field); the subject before the comma is who is named.
_KO_POST_WORDS_RE = _LazyPattern(
    r"(?<=, )[^,|]*? ?(?=(?:" + _KO_BODIES + r")"
    r" [^,|]*?(?:으로|로|에) ?(?:지명|내정|임명|발탁|선임))"
)


def _korean_public_post(m: re.Match[str]) -> str:
    who = f"{m.group('who')}{m.group('own')} " if m.group("who") else ""
    return f" {who}{m.group('modal') or ''}joins {m.group('body')} as {m.group('post')} "


# an object in quotes ("'NC AI'로"), and an adverb before the verb ("전격 복귀", a surprise
# return; "공식 합류", officially joins)
_KO_ADVERB = r"(?:(?:전격|공식|정식|최종|다시) ?)?"
_KOREAN_VERB_RES = tuple(
    (
        _LazyPattern(
            r"(?:['\"] ?)?"
            + _KO_OBJECT
            + r"['\"]? ?"
            + particle
            + r" ?"
            + _KO_ADVERB
            + _KO_MODAL
            + verb
        ),
        english,
    )
    for particle, verb, english in _KOREAN_VERBS
)
# "AI 스타트업 창업", "새 회사를 설립": a company's kind and then the verb founding it (창업 alone
# founds a startup, below); the verb is put before its object, as English has it.
_KO_FOUNDS_RE = _LazyPattern(
    r"(?P<kind>AI ?)?(?:스타트업|신생 ?기업|새 ?회사|회사|기업|법인|연구소)(?:을|를)? ?(?:창업|설립)"
    r"(?![\uac00-\ud7a3])"
)
# Verbs with no object to move ("카카오 대표 사임", Kakao's CEO resigns) and other words that
# keep their place.
KOREAN_WORDS = _table(
    """
    사임설, 사퇴설, 퇴사설 = resignation rumours
    이직설, 영입설, 합류설 = rumours
    사임, 사퇴, 사의 = resigns
    물러나, 물러난, 물러났 = steps down
    퇴사 = leaves
    이직, 합류, 입사 = joins
    해임, 경질, 해고 = fired
    창업 = founds a startup
    출신 = former
    석학, 전문가 = experts
    인재 = talent
    정부 = government
    """
)
_KOREAN_WORDS_RE = _LazyPattern(
    "|".join(re.escape(k) for k in sorted(KOREAN_WORDS, key=len, reverse=True))
)
# "삼성전자, 구글 출신 연구원 영입": the hiring lab alone before the comma, whom it hires (or
# names to a post) after it.
_KO_HIRE_RE = _LazyPattern(
    # (after a tag: "[속보]", or a quoted one with no comma: "'AI 전열 정비'")
    r"^(?:(?:\[[^\]]*\]|'[^',]*'|\"[^\",]*\") ?)?"
    r"(?P<subj>[A-Z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*){0,2}), "
    r"(?P<obj>[^,|:]+?) ?(?:을|를)? ?" + _KO_MODAL + r"(?P<verb>영입|스카우트|채용|선임|임명|발탁"
    # "카카오, 기술 전문가들 속속 합류": who joins the lab before the comma (not a lab
    # after 에 or 로, which they join instead)
    r"|(?<!에)(?<!로)(?<!에 )(?<!로 )합류)"
)
# "SKT, 신임 CEO에 X 사장" (SKT, as new CEO, X; the comma may be left out): a headline naming a
# post newly filled (신임, 새,
# 차기, 초대, 첫: new, next, first) and its holder after it, its verb left out as Korean
# headlines leave it, names that holder; "… 유력" (tipped) reports it ahead. Any other word
# after the holder ("거론", mentioned; "압축", shortlisted) and a second holder keep it no move.
_KO_NEW_POST_RE = _LazyPattern(
    r"^(?:(?:\[[^\]]*\]|'[^',]*'|\"[^\",]*\") ?)?"
    r"(?P<subj>[A-Z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*){0,2}),? (?:신임|새|차기|초대|첫) ?"
    r"(?P<post>(?:[A-Z&]{2,5} )?[A-Za-z][A-Za-z-]*) ?(?:에|으로|로) "
    # (the holder's former lab before them: "구글 출신 X", glossed "former Google X")
    r"(?P<former>former [A-Z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*? )?"
    # (their own post after them, glossed or a title left in Hangul: 박사, 교수)
    r"(?P<who>" + _KO_LATIN_NAME + r")(?P<own>(?: (?:[A-Za-z][A-Za-z.&-]*|박사|교수)){0,3})"
    r" ?(?P<tipped>유력)?(?= ?(?:\||,|$))"
)


def _korean_new_post(m: re.Match[str]) -> str:
    if not _ko_post(m.group("post")):
        return m.group(0)
    ahead = "reportedly " if m.group("tipped") else ""
    former = m.group("former") or ""
    return f"{m.group('subj')} {ahead}names {former}{m.group('who')} as {m.group('post')}"


_KO_HIRING = {"영입": "hires", "스카우트": "hires", "채용": "hires", "합류": "hires"}
# "인재 영입 나선다", "영입 경쟁", "영입에 거액 제시": hiring set out on, raced, sped up or
# offered for (the dative 에: aimed at, unless it succeeded, 영입에 성공) is a drive, no one
# hired yet.
_KO_DRIVE_RE = _LazyPattern(
    r"(?:영입|스카우트|채용)(?:에(?! ?성공)|(?:을|를)? ?['\"]?(?:나서|나선|나섰|추진|경쟁|전쟁|박차"
    r"|속도|총력|확대|戰|전(?![\uac00-\ud7a3])))"
)
# "연구원 4명": a count of people (명 counts persons), a group hired, not one person.
_KO_COUNT_RE = _LazyPattern(r"(\d+) ?명(?![\uac00-\ud7a3])")
# "구글 출신 연구원", a lab before 출신: a former post at it, as English says it.
_KO_ALUMNUS_RE = _LazyPattern(r"(?<!')" + _KO_OBJECT + r" ?출신")  # (not a possessive's s)
# "연구자들", "엔지니어들": 들 after a glossed role makes it plural (a group, not one person)
_KO_PLURAL_RE = _LazyPattern(r"(?<=[a-rt-z]) ?들(?![\uac00-\ud7a3])")
# Particles glued to a Latin name or a glossed word: 의 is the possessive, the others go.
_KO_PARTICLE_RE = _LazyPattern(
    r"(?<=[A-Za-z0-9)]) ?(의|은|는|이|가|을|를|에서|에|으로|로|와|과)(?![\uac00-\ud7a3])"
)
# A name in Hangul (a common family name and two more syllables, the last no particle) where
# a person stands: not romanised, but a move verb keeps its subject, an unnamed person.
KOREAN_FAMILY_NAMES = (
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채"
    "원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉"
)
_KO_NAME_RE = _LazyPattern(
    r"(?:(?<=^)|(?<=[\s,'\"]))["
    + KOREAN_FAMILY_NAMES
    + r"][\uac00-\ud7a3](?![는을를에의로가도만])[\uac00-\ud7a3](?=[\s,'\"]|$)"
)
# "네이버 떠나 오픈AI로": where the one who leaves goes, after 로 ("to").
_KO_FOR_RE = _LazyPattern(
    r"(leaves [A-Za-z0-9][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*),? "
    + _KO_OBJECT
    + r" ?(?:으로|로)(?![\uac00-\ud7a3])"
)
# 전 (or 前) alone before a lab or a role is "former" (inside a word it is not: 전문가, an expert).
_KO_FORMER_RE = _LazyPattern(r"(?<![\uac00-\ud7a3])[전前](?= )")
# SKT, as Korean outlets abbreviate SK Telecom (in any case: a headline in capitals is lowered
# before the gloss; a word of its own, not the "skt" of "desktop")
_KO_SKT_RE = _LazyPattern(r"(?<![A-Za-z])SKT(?![A-Za-z])", re.IGNORECASE)
# "AI CIC장" (the head of a unit named in Latin letters): 장 after the unit is its head
_KO_UNIT_HEAD_RE = _LazyPattern(r"(?<=[A-Za-z])장(?![\uac00-\ud7a3])")
# "배경훈 후임 연구원장에 X": the predecessor the new holder succeeds is no mover of the headline.
_KO_SUCCESSOR_RE = _LazyPattern(
    r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{2,4} ?(?:의 )?후임(?:자|으로|에)?(?![\uac00-\ud7a3])"
)
# "AI 조직 개편", "개발 조직을 '리서치본부'로 재편", "인사 개편": a reorganisation of a lab's units
# or people, glossed as English announces a change of people ("personnel reshuffle"), so the
# summary is read for who moved (jobs/language/staff_change.py); one that names no mover
# stays no move; so does one looked back on ("개편 1년", a year after it; "개편 후", after it)
# or only planned, weighed or asked about ("개편 예정", "개편 검토", "개편설", "개편?").
_KO_REORGANISED_RE = _LazyPattern(
    r"(?:조직|인사)(?:을|를)? ?(?:['\"][^'\"]{0,20}['\"] ?(?:으로|로) ?)?(?:개편|재편|쇄신)"
    rf"(?!{_KO_NOT_DONE})"
)
# "김택진 대표 직속": a unit put directly under a head names whom it reports to, no mover.
_KO_REPORTS_TO_RE = _LazyPattern(
    r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{2,4} +(?:(?:CEO|president|head) *(?:\(\w+\))? *)?(?:의 *)?직속"
    r"(?![\uac00-\ud7a3])"
)
# "본부의 수장은 X 상무가 맡았다" (the unit's head, X took it): the post told first as the topic,
# then who takes it as the subject of 맡다, is X taking the post.
_KO_POST_TAKEN_BY_RE = _LazyPattern(
    r"(?P<post>head|CEO|CTO|chief|president) ?(?:은|는) (?:[^|.,]*? )?"
    r"(?P<who>" + _KO_LATIN_NAME + r")(?: [a-z][a-z-]*| [A-Z]{2,5})? ?(?:이|가) ?"
    r"(?:맡았다|맡는다|맡았|맡게|맡아)"
)
# "서울대 컴퓨터공학부 교수로 다시 돌아가" (goes back to Seoul National University as a professor
# of its computer science school): a return to the lab named first, as the post after it, its
# unit's name in Hangul between.
_KO_RETURNS_AS_RE = _LazyPattern(
    r"(?P<lab>[A-Z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*){0,3}) (?:[\uac00-\ud7a3]+ )?"
    r"(?P<post>교수|연구원|researcher|professor|scientist) ?(?:으로|로) ?(?:다시 )?"
    # (done or doing, not wished, planned or denied: "돌아가고 싶다", "돌아갈", "복귀 예정")
    r"(?:돌아가|돌아와|돌아갔다|돌아왔다|돌아간다|돌아온다|복귀(?:했다|한다|해)?)(?![\uac00-\ud7a3])"
)
# "1년7개월 만에 복귀" (returns after a year and seven months): a time span, no part of the move
_KO_SPAN_RE = _LazyPattern(r"(?:\d+ ?년 ?)?(?:\d+ ?개월 ?)?만에(?![\uac00-\ud7a3])")
_KO_RUN_RE = _LazyPattern(r"[\uac00-\ud7a3\u3130-\u318f]+")
_KO_PUNCT = str.maketrans({"…": " | ", "‘": "'", "’": "'", "“": '"', "”": '"'})
# "LG전자가 공들여 모셔온 X" (X, whom LG Electronics took pains to bring in), "네이버가 지난해
# 영입한 X": a relative clause of hiring before a person makes the lab the one they work at,
# as English says with the possessive ("LG Electronics's X"); the words between (how, when)
# go, and the lab is no subject of the verb after.
_KO_HIRED_BY_RE = _LazyPattern(
    r"(?P<lab>[A-Z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*) ?(?:이|가) (?:[^\s|,.]+ ){0,3}?"
    r"(?:영입한|영입했던|영입해 온|모셔온|모셔 온|데려온|데려 온|스카우트한)(?![\uac00-\ud7a3])"
)
# "X, joins Y": the comma after a subject in Korean headlines is no clause of its own
_KO_SUBJECT_COMMA_RE = _LazyPattern(
    r", (?=(?:joins|moves to|leaves|returns to|resigns|steps down|is named|becomes|founds)\b)"
)


# "홍길동 CTO, 네이버 떠난다": Korean names the mover before their post; English puts the post
# first ("CTO Hong Gil-dong leaves Naver"), and the rules read capitalised words opening a
# headline before a post as what the post is over ("Search Ads Chief Leaves"). A name the gloss
# wrote from Hangul (a hyphenated given name) opening the text and its post before a move verb
# are swapped (inside a sentence the rules read the name as it stands).
_KO_NAME_POST_RE = _LazyPattern(
    r"^(?P<who>[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+) (?P<post>C[A-Z]{1,2}O|head|executive"
    r"|chief|researcher|scientist|engineer|founder|co-founder|president)"
    r"(?= (?:may |is set to |expected to )?(?:leaves|joins|moves to|returns to|resigns|steps down)\b)"
)
_KO_ACADEMIC_POSTS = {"교수": "professor", "연구원": "researcher"}


def _korean_returns_as(m: re.Match[str]) -> str:
    post = _KO_ACADEMIC_POSTS.get(m.group("post"), m.group("post"))
    return f" returns to {m.group('lab')} as {post} "


def _korean_modal(m: re.Match[str]) -> str:
    return f" {_KO_MODALS[m.group(2)]} {m.group(1)}"


# "LG AI연구원, 신임 연구원장에 X 부사장 선임": the post first, then whom the lab names to it
_KO_POST_OBJ_RE = _LazyPattern(
    r"^(?P<post>.*?) ?(?:에|으로|로) (?P<who>" + _KO_LATIN_NAME + r")(?![\w-])"
)


def _korean_hire(m: re.Match[str]) -> str:
    if _ko_post(m.group("subj")):
        return m.group(0)  # "X CTO, OpenAI 합류": a person with their post before the comma
    verb = _KO_HIRING.get(m.group("verb"), "names")
    obj = m.group("obj")
    post = _KO_POST_OBJ_RE.search(obj)
    if post:
        obj = f"{post.group('who')} as {post.group('post')}"
    return f"{m.group('subj')} {m.group('modal') or ''}{verb} {obj}"


# The last word of a noun phrase is its head: a phrase ending in a post ("카카오 대표 퇴사",
# Kakao's CEO leaves) names who moves, never where to, so it is the verb's subject.
_KO_POSTS = word_set(
    """ceo cto cpo president founder co-founder scientist researcher engineer executive head
    chief"""
)


def _ko_post(phrase: str) -> bool:
    """Whether a phrase a Korean pattern took for a post ends in a post's word (_KO_POSTS)."""
    return phrase.rsplit(" ", 1)[-1].lower() in _KO_POSTS


# "A 책임자…B 합류": a verb opening the clause after the ellipsis has the phrase before it as its
# subject (a Korean headline's topic, then what it does).
_KO_TOPIC_RE = _LazyPattern(
    r"(?<=[A-Za-z0-9)]) \| (?=(?:may |is set to |expected to )?(?:joins|moves to|leaves|returns to)\b)"
)
# "구글 '딥마인드' 합류", "책임자 '굿펠로우'": quotes around one name after a lab or a post
# are no clause of their own.
_KO_QUOTED_LAB_RE = _LazyPattern(r"(?<=[A-Za-z]) ?' ?([A-Z][A-Za-z0-9.&-]*) ?'")


# "굿펠로우(Goodfellow)", "딥마인드(DeepMind)": a foreign name written in Hangul and then in its
# own letters; the Latin spelling is the name the rules read (the Hangul would be dropped).
_KO_SPELLED_RE = _LazyPattern(r"[\uac00-\ud7a3]+\(([A-Z][A-Za-z0-9.&' -]{0,40})\)")


def _korean_verb(m: re.Match[str], *, verb: str) -> str:
    obj, modal = m.group("obj"), m.group("modal") or ""
    if verb == "leaves" and _ko_post(obj):
        return f" {obj} {modal}leaves "
    subject, obj = _ko_subject_split(obj)
    return f" {subject}{modal}{verb} {obj} "


def _ko_subject_split(phrase: str) -> tuple[str, str]:
    """'Google CTO Kakao' (前 구글 CTO 카카오 합류, the particle left out) → ('Google CTO ',
    'Kakao'): a post ends the subject's noun phrase, so only the lab after it is the verb's
    object; a phrase with no post inside is all object."""
    words = phrase.split(" ")
    for k in range(len(words) - 2, -1, -1):
        if words[k].lower() in _KO_POSTS and words[k + 1][:1].isupper():
            return " ".join(words[: k + 1]) + " ", " ".join(words[k + 1 :])
    return "", phrase


def gloss_korean(text: str) -> str:
    """Korean text as telegraphic English (see KOREAN): labs and roles glossed, move verbs
    before their object, names in Hangul beside a post in Latin letters (another an unnamed
    person), other Hangul words dropped."""
    # imported here: its patterns are compiled on import, which English text never pays
    from jobs.language.hangul_names import is_name, korean_names

    # an ellipsis typed as dots parts a headline's clauses as "…" does
    text = text.translate(CHINESE_PUNCT).translate(_KO_PUNCT).replace("...", " | ")
    if "(" in text:
        text = _KO_SPELLED_RE.sub(r" \1", text)
    text = _KOREAN_RE.sub(lambda m: f" {KOREAN[m.group(0).lower()]} ", text)
    text = _KO_SKT_RE.sub("SK Telecom", text)
    if "장" in text:
        text = _KO_UNIT_HEAD_RE.sub(" head", text)
    if "만에" in text:
        text = _KO_SPAN_RE.sub(" ", text)
    text = _KO_SUCCESSOR_RE.sub(" ", text)
    if "개편" in text or "재편" in text or "쇄신" in text:
        text = _KO_REORGANISED_RE.sub(" personnel reshuffle ", text)
    if "직속" in text:
        text = _KO_REPORTS_TO_RE.sub(" ", text)
    if "영입" in text or "모셔" in text or "데려" in text or "스카우트" in text:
        text = _KO_HIRED_BY_RE.sub(r"\g<lab>'s", text)
    text = korean_names(" ".join(text.split()))
    text = _KO_COUNT_RE.sub(r" \1 people ", text)
    if "들" in text:
        text = _KO_PLURAL_RE.sub("s", text)
    text = _KO_MODAL_RE.sub(_korean_modal, text)
    if "돌아" in text or "복귀" in text:
        text = _KO_RETURNS_AS_RE.sub(_korean_returns_as, text)
    text = _SPACE_BEFORE_MARK_RE.sub(r"\1", " ".join(text.split()))
    text = _KO_ALUMNUS_RE.sub(r"former \g<obj>", text)
    if "영입" in text or "채용" in text or "스카우트" in text:
        text = _KO_DRIVE_RE.sub(" hiring drive ", text)
    if "신임" in text or "새" in text or "차기" in text or "초대" in text or "첫" in text:
        text = _KO_NEW_POST_RE.sub(_korean_new_post, text)
    text = _KO_HIRE_RE.sub(_korean_hire, text)
    if "Ministry" in text or "Office" in text:
        text = _KO_PUBLIC_POST_RE.sub(_korean_public_post, _KO_POST_WORDS_RE.sub("", text))
        text = _KO_PUBLIC_POST_NAMED_FIRST_RE.sub(_korean_public_post, text)
    if "맡" in text or "겸임" in text:
        text = _KO_POST_TAKEN_BY_RE.sub(r" \g<who> becomes \g<post> ", text)
        text = _KO_TAKES_POST_RE.sub(_korean_becomes, text)
    if "취임" in text or "부임" in text:
        text = _KO_TAKES_OFFICE_RE.sub(_korean_becomes, text)
    text = _KO_NAMED_RE.sub(r" \g<modal>is named as \g<post> ", text)
    if ", " in text:
        text = _KO_NAMED_AFTER_COMMA_RE.sub(_korean_named_after_comma, text)
    text = _KO_POST_FIRST_RE.sub(r" \g<who> \g<modal>is named as \g<post> ", text)
    if "선임" in text or "임명" in text or "발탁" in text or "내정" in text:
        text = _KO_NAMED_BARE_RE.sub(_korean_named_bare, text)
    if "'" in text:
        text = _KO_QUOTED_LAB_RE.sub(r" \1", text)
    for pattern, verb in _KOREAN_VERB_RES:
        text = pattern.sub(partial(_korean_verb, verb=verb), text)
    if "립" in text or "창업" in text:
        text = _KO_FOUNDS_RE.sub(lambda m: f" founds {m.group('kind') or ''}company ", text)
    text = _KO_FOR_RE.sub(r"\1 for \g<obj>", " ".join(text.split()))
    text = _KO_NAME_RE.sub(lambda m: " person " if is_name(m.group(0)) else m.group(0), text)
    if "퇴" in text:
        text = _KO_STEPS_DOWN_RE.sub(" steps down ", text)
    text = _KOREAN_WORDS_RE.sub(lambda m: f" {KOREAN_WORDS[m.group(0)]} ", text)
    text = _KO_FORMER_RE.sub(" former ", text)
    text = _KO_PARTICLE_RE.sub(lambda m: "'s" if m.group(1) == "의" else "", text)
    text = " ".join(_KO_RUN_RE.sub(" ", text).split())
    text = _KO_SUBJECT_COMMA_RE.sub(" ", text)
    text = _KO_TOPIC_RE.sub(" ", text)
    text = _KO_NAME_POST_RE.sub(r"\g<post> \g<who>", text)
    return _SPACE_BEFORE_MARK_RE.sub(r"\1", text)


@dataclass(frozen=True)
class Language:
    """One language's gloss: its move words (`cues`, any one of which marks a text as being in
    it), words that mark it only beside one of its function words (`weak`: 'assume' is
    English too), its function words (`markers`), and the regular expression of its table."""

    name: str
    table: dict[str, str]
    cues: frozenset[str]
    weak: frozenset[str]
    markers: frozenset[str]
    pattern: _LazyPattern  # compiled on the language's first text (most starts read none)
    # prepositions that are also name particles ('da', 'de'): glossed unless they stand in a
    # name ('Nando de Freitas')
    particles: dict[str, str]


def _language(
    name: str, table: str, cues: str, markers: str, particles: str = "", weak: str = ""
) -> Language:
    words = _table(table)
    keys = sorted(words, key=len, reverse=True)
    pattern = _LazyPattern(
        r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])", re.IGNORECASE
    )
    return Language(
        name,
        words,
        frozenset(cues.split()),
        frozenset(weak.split()),
        frozenset(markers.split()),
        pattern,
        _table(particles),
    )


PORTUGUESE = _language(
    "pt",
    """
    contrata = hires
    contratou = hired
    acaba de contratar, acabou de contratar = hires
    acaba de anunciar, acabou de anunciar = announces
    acaba de deixar, acabou de deixar = leaves
    acaba de se juntar à, acaba de se juntar ao, acabou de se juntar à, acabou de se juntar ao = joins
    primeiro funcionário, primeira funcionária = first employee
    primeiro contratado, primeira contratada = first hire
    a contratação de, a contratação do, a contratação da, contratação de, contratação do, contratação da = the hiring of
    a nomeação de, a nomeação do, a nomeação da, nomeação de, nomeação do, nomeação da = the appointment of
    a chegada de, a chegada do, a chegada da, chegada de, chegada do, chegada da = the arrival of
    um, uma = a
    confirma = confirms
    deixará a, deixará o, deixará = will leave
    chega à, chega ao, desembarca na, desembarca no = joins
    é contratado pela, é contratado pelo, é contratada pela, é contratada pelo = is hired by
    funda = founds
    fundou = founded
    foi contratado pela, foi contratado pelo, foi contratada pela, foi contratada pelo = was hired by
    contratado pela, contratado pelo, contratada pela, contratada pelo = hired by
    anuncia = announces
    se junta à, se junta ao, se junta a, junta-se à, junta-se ao, junta-se a = joins
    se juntou à, se juntou ao, se juntou a, juntou-se à, juntou-se ao = joined
    está se juntando à, está se juntando ao, está se juntando a = is joining
    se une à, se une ao = joins
    entra na, entra no = joins
    vai para a, vai para o, vai para, muda-se para a, muda-se para o = moves to
    migra para a, migra para o, migra para, migra à, migra ao, migra a = moves to
    migrou para a, migrou para o, migrou para = moved to
    se muda para a, se muda para o, se transfere para a, se transfere para o = moves to
    transfere-se para a, transfere-se para o = moves to
    abandona a, abandona o, abandona = leaves
    abandonou a, abandonou o, abandonou = left
    troca a, troca o, troca = leaves
    pela, pelo, rumo à, rumo ao, rumo a = for
    pede demissão = resigns
    demitido pela, demitido pelo, demitida pela, demitida pelo = fired by
    demitido, demitida = fired
    demite = fires
    cargo = post
    oficialmente = officially
    poderia, poderiam = may
    agora é = is now
    agora = now
    também = also
    é = is
    foi = was
    assina com = signs with
    assume como, assume o cargo de = becomes
    assume a presidência da, assume a presidência do, assume a presidência de = becomes president of
    assume o comando da, assume o comando do, assume a direção da, assume a direção do = takes the helm of
    assume a liderança da, assume a liderança do, assume a chefia da, assume a chefia do = takes the helm of
    deixa a, deixa o, deixa = leaves
    deixou a, deixou o, deixou = left
    sai da, sai do = leaves
    saída da, saída do, saída de = departure from
    renuncia = resigns
    volta à, volta ao, volta para a, volta para o, retorna à, retorna ao, regressa à, regressa ao = returns to
    está de volta com, estão de volta com = is back with
    é nomeado, é nomeada = is named
    nomeia = names
    nomeado, nomeada = named
    para liderar, para comandar, para chefiar = to lead
    é o novo, é a nova = is the new
    o novo, a nova = the new
    novo, nova = new
    diretor, diretora = director
    vice-presidente = vice president
    executivo, executiva = executive
    cofundador, co-fundador, cofundadora, co-fundadora = co-founder
    fundador, fundadora = founder
    pesquisador, pesquisadora = researcher
    cientista = scientist
    engenheiro, engenheira = engineer
    engenheiros, engenheiras = engineers
    fundadores = founders
    ao integrar = integrating
    integra = integrates
    integrou, incorporou = integrated
    reforça = strengthens
    chefe = head
    presidente = president
    estagiário, estagiária = intern
    quem é = who is
    após = after
    como = as
    com = with
    para = for
    na, no, em = at
    e = and
    à = to
    ao = to the
    o, a, os, as = the
    divisão = division
    equipe, equipa = team
    laboratório = lab
    superinteligência = superintelligence
    inteligência artificial = AI
    empresa = company
    """,
    """contrata contratou contratado contratada anuncia junta juntou juntando deixa deixou
    deixará desembarca fundou acaba acabou funcionário funcionária
    contratação nomeação
    saída estagiário cofundador nomeia nomeado nomeada troca assina demitido demitida demite
    é volta reforça engenheiros integrou incorporou presidência comando direção liderança chefia
    migra migrou transfere muda abandona abandonou""",
    "o os da do das dos na no em com após é não uma um ao à",
    "de, da, do, das, dos = of",
    # "assume como CTO da OpenAI" (becomes); 'assume' is English and Italian too
    weak="assume",
)
SPANISH = _language(
    "es",
    """
    contrata a, contrata = hires
    contrató a, contrató = hired
    acaba de contratar a, acaba de contratar, acaba de fichar a, acaba de fichar = hires
    acaba de anunciar a, acaba de anunciar = announces
    acaba de dejar, acaba de abandonar = leaves
    acaba de unirse a, acaba de incorporarse a = joins
    primer empleado, primera empleada = first employee
    primer fichaje, primera contratación = first hire
    la contratación de, la contratación del, contratación de, contratación del = the hiring of
    el fichaje de, el fichaje del, fichaje de, fichaje del = the hiring of
    la incorporación de, la incorporación del, incorporación de, incorporación del = the hiring of
    el nombramiento de, el nombramiento del, nombramiento de, nombramiento del = the appointment of
    la llegada de, la llegada del, llegada de, llegada del = the arrival of
    incorporando a, incorporando al = hiring
    ha fichado a, ha fichado = hired
    un, una = a
    confirma = confirms
    dejará, abandonará = will leave
    se pasa a, salta a, migra a, migra al, se marcha a, se marcha al = moves to
    ficha por, fichó por, firma por, firmó por = joins
    aterriza en, desembarca en = joins
    renunció a, dimitió de = resigned from
    renunció, dimitió = resigned
    destituye a, cesa a = fires
    destituido, destituida, cesado, cesada = fired
    funda = founds
    fundó = founded
    ficha a, ficha = hires
    capta a, capta al = hires
    captó a, captó al = hired
    asume como = becomes
    toma las riendas de = takes the reins of
    asume la dirección de, asume la dirección del, asume la presidencia de = takes the helm of
    asume la presidencia del, asume la jefatura de, asume la jefatura del = takes the helm of
    dejan, abandonan = leave
    dos = two
    tres = three
    se unen a, se suman a, se incorporan a = join
    se marcha de, se va de = leaves
    rumbo a = for
    se convierte en = becomes
    despide a = fires
    despedido, despedida = fired
    cargo = post
    oficialmente = officially
    ahora es = is now
    ahora = now
    también = also
    es = is
    ex = former
    podría, podrían = may
    sustituye a, reemplaza a = replaces
    fichó a, fichó = hired
    ha contratado a, ha contratado = hired
    refuerza, fortalece = bolsters
    fichajes clave de, fichajes clave procedentes de = key signings from
    fichajes de, fichajes procedentes de = signings from
    fichajes = signings
    provenientes de, procedentes de = from
    su = its
    investigadores, investigadoras = researchers
    ingenieros, ingenieras = engineers
    recluta a, recluta = recruits
    se une a, se suma a, se incorpora a, llega a = joins
    se unió a, se sumó a, se incorporó a, llegó a = joined
    se va a, se muda a = moves to
    deja, abandona, sale de = leaves
    dejó, abandonó, salió de = left
    dimite de, renuncia a = resigns from
    dimite, renuncia = resigns
    salida de = departure from
    regresa a, vuelve a = returns to
    nombra a, nombra = names
    nombrado, nombrada = named
    para liderar, para dirigir = to lead
    es el nuevo, es la nueva = is the new
    el nuevo, la nueva = the new
    nuevo, nueva = new
    director, directora = director
    vicepresidente, vicepresidenta = vice president
    ejecutivo, ejecutiva = executive
    cofundador, cofundadora = co-founder
    fundador, fundadora = founder
    investigador, investigadora = researcher
    científico, científica = scientist
    ingeniero, ingeniera = engineer
    jefe, jefa = head
    anuncia = announces
    tras = after
    como = as
    con = with
    para, por = for
    en = at
    y = and
    a = to
    el, la, los, las = the
    equipo = team
    laboratorio = lab
    superinteligencia = superintelligence
    inteligencia artificial = AI
    empresa, compañía = company
    """,
    """contrata contrató ficha fichó recluta suma incorpora dimite renuncia salida anuncia
    dejará abandonará aterriza desembarca renunció dimitió destituye destituido destituida
    acaba fichar empleado empleada
    cesado cesada fundó capta captó
    contratación fichaje incorporación nombramiento incorporando fichado
    contratado refuerza fichajes
    asume marcha riendas sustituye reemplaza despide despedido despedida convierte
    vicepresidente vicepresidenta nombra nombrado nombrada nueva nuevo abandona deja dejó
    migra firmó cofundador cofundadora dirección presidencia jefatura dejan abandonan unen""",
    "el la los las del en con tras y es un una se",
    "de = of\ndel = of the",
    # "se une a" joins; "une" alone is as often the French article, "firma" the German for a
    # company ("KI-Firma")
    weak="es une firma",
)
ITALIAN = _language(
    "it",
    """
    recluta, ingaggia, assume = hires
    assunzione di, assunzione del, assunzione della = hiring of
    nomina di, nomina del, nomina della = appointment of
    arrivo di, arrivo del, arrivo della = arrival of
    un, una, uno = a
    conferma = confirms
    lascerà = will leave
    si trasferisce a, si trasferisce in = moves to
    sbarca a, sbarca in, arriva a, arriva in = joins
    è stato assunto da, è stata assunta da = was hired by
    fonda = founds
    ha fondato = founded
    ha reclutato, ha ingaggiato, ha assunto = hired
    reclutato da, ingaggiato da, assunto da = hired by
    entra in, approda a, approda ad, approda in, si unisce a, si unisce ad, passa a, passa ad = joins
    per assumere un nuovo ruolo presso, per assumere un ruolo presso = to join
    per unirsi a, per unirsi ad = to join
    lascia, abbandona = leaves
    passa da = moves from
    licenzia = fires
    licenziato, licenziata = fired
    diventa = becomes
    dimissioni = resignation
    ufficialmente = officially
    ora è = is now
    ora = now
    potrebbe, potrebbero = may
    è = is
    anche = also
    ex = former
    al, alla, allo = to the
    a = to
    ha lasciato = left
    si dimette da = resigns from
    si dimette = resigns
    torna in, torna a, ritorna in, ritorna a = returns to
    nomina = names
    nominato, nominata = named
    è il nuovo, è la nuova = is the new
    il nuovo, la nuova = the new
    nuovo, nuova = named
    direttore, direttrice = director
    vicepresidente = vice president
    dirigente = executive
    cofondatore, co-fondatore, cofondatrice = co-founder
    fondatore, fondatrice = founder
    co-responsabile, corresponsabile = co-head
    responsabile = head
    ricercatore, ricercatrice = researcher
    scienziato, scienziata = scientist
    ingegnere = engineer
    capo = head
    mossa = move
    sorpresa = surprise
    perché = why
    dopo = after
    come = as
    con = with
    per il, per la = for the
    per = for
    e = and
    per il suo, per la sua = for its
    il suo, la sua = its
    il, lo, la, i, gli, le = the
    suo, sua = its
    laboratorio = lab
    squadra = team
    superintelligenza = superintelligence
    intelligenza artificiale = AI
    vertice = top
    azienda, società = company
    """,
    """recluta ingaggia reclutato ingaggiato lascia dimette nominato nominata nuovo nuova
    lascerà trasferisce sbarca fondato
    assunzione
    vicepresidente cofondatore unisce approda licenzia licenziato licenziata diventa
    dimissioni passa è""",
    "il lo la gli le di del della dei degli delle da dal dalla per con è un una che perché",
    "da, dal, dalla = from\ndi, del, della, dello, dei, degli, delle = of",
    weak="assume nomina",
)
FRENCH = _language(
    "fr",
    """
    rejoint = joins
    a rejoint = joined
    rejoignent = join
    démissionnent = resign
    pour fonder, pour créer = to found
    réintègre, réintègrent = returns to
    un des, une des = one of the
    chercheurs, chercheuses = researchers
    ingénieurs, ingénieures = engineers
    deux = two
    trois = three
    leur, leurs = their
    la nomination de, nomination de = the appointment of
    le recrutement de, recrutement de = the hiring of
    embauche de = hiring of
    le départ de, départ de = the departure of
    arrivée de = arrival of
    vient de rejoindre = joins
    vient de quitter = leaves
    vient de recruter, vient de embaucher = hires
    vient de nommer = names
    vient de être nommé, vient de être nommée = is named
    vient de être recruté, vient de être recrutée, vient de être embauché, vient de être embauchée = is hired
    a été recruté par, a été recrutée par, a été embauché par, a été embauchée par = was hired by
    a été recruté, a été recrutée, a été embauché, a été embauchée = was hired
    a été nommé, a été nommée = was named
    co-fondateur, co-fondatrice = co-founder
    co-fondateurs, co-fondatrices = co-founders
    pdg = CEO
    a confirmé = confirmed
    annonce = announces
    a annoncé = announced
    vétéran = veteran
    chargé de, chargée de = in charge of
    un, une = a
    confirme = confirms
    rejoindra = will join
    quittera = will leave
    pour rejoindre = to join
    pour quitter = to leave
    embauché par, embauchée par, recruté par, recrutée par = hired by
    débauché par, débauchée par = poached by
    a démissionné de = resigned from
    a démissionné = resigned
    après avoir quitté = after leaving
    avoir quitté = leaving
    prend les rênes de = takes the reins of
    fonde = founds
    a fondé = founded
    lance = launches
    a lancé = launched
    crée = starts
    laboratoire = lab
    centre de recherche = research centre
    institut de recherche = research institute
    entreprise, société = company
    jeune pousse = startup
    lance sa startup, lance sa start-up, lance son entreprise, lance sa société = founds its startup
    lance sa propre startup, lance sa propre start-up, lance sa propre entreprise = founds its own startup
    lance sa propre société = founds its own startup
    quitte = leaves
    a quitté = left
    recrute, embauche = hires
    a recruté, a embauché = hired
    débauche = poaches
    démissionne = resigns
    nomme = names
    nommé, nommée = named
    devient = becomes
    part chez, file chez, débarque chez, atterrit chez = moves to
    de chez = from
    arrive chez = joins
    passe chez = moves to
    licencié, licenciée, limogé, limogée, évincé, évincée = fired
    prend la direction de = takes the helm of
    officiellement = officially
    a été = was
    est = is
    par = by
    désormais = now
    prend la tête de = takes the helm of
    démissionne de = resigns from
    claque la porte de = leaves
    est nommé, est nommée = is named
    revient chez, retourne chez = returns to
    est le nouveau, est la nouvelle = is the new
    le nouveau, la nouvelle = the new
    nouveau, nouvelle = new
    ancien, ancienne = former
    directeur général, directrice générale = CEO
    directeur, directrice = director
    chercheur, chercheuse = researcher
    cofondateur, co-fondateur, cofondatrice, co-fondatrice = co-founder
    fondateur, fondatrice = founder
    cofondateurs, co-fondateurs, cofondatrices, co-fondatrices = co-founders
    fondateurs, fondatrices = founders
    sur le départ = leaving
    pourrait, pourraient = may
    chez = at
    après = after
    pour = for
    comme = as
    avec = with
    et = and
    le, la, les = the
    son, sa = its
    """,
    """rejoint quitte recrute embauche débauche démissionne nommé nommée nomme devient débarque
    rejoindra quittera rejoindre embauché embauchée recruté recrutée débauché débauchée
    démissionné rênes fondé fonde quitté lancé crée fondateurs cofondateurs
    recrutement départ annonce fondateur vient quitter recruter nommer embaucher
    licencié licenciée limogé limogée évincé évincée tête prend rejoignent démissionnent
    réintègre réintègrent quittent""",
    "le la les du des de et pour avec chez est une un",
    "de, du, des = of",
    weak="chez nomination lance",
)
GERMAN = _language(
    "de",
    """
    tritt zurück, trat zurück, tritt ab = steps down
    vorsitzender der geschäftsführung, vorsitzende der geschäftsführung = CEO
    vorsitzender, vorsitzende = chairman
    führungswechsel, führungswechsels = leadership change
    an der spitze des, an der spitze der = at the head of
    ihrem posten, seinem posten = her post
    am = at the
    geht in den ruhestand, ging in den ruhestand, tritt in den ruhestand = retires
    verliert, verlor = loses
    experte, experten = expert
    im bereich = in the field of
    verlässt, verließ = leaves
    ist neuer, ist neue = is the new
    ki = AI
    chef, chefin = chief
    gegründet = founded
    firma = company
    start-up, startup = startup
    gegangen = left
    gründungsmitglieder = founding members
    stiftung = foundation
    forschungszentrum = research centre
    forschungsinstitut = research institute
    forschungslabor = research lab
    einer der, eine der, einen der = one of the
    wechselt zu, wechselte zu, geht zu = moves to
    chefwissenschaftler, chefwissenschaftlerin = chief scientist
    forscher, forscherin, forscherinnen = researchers
    ingenieur, ingenieurin = engineer
    ingenieure, ingenieurinnen = engineers
    unternehmen = company
    labor = lab
    viele = many
    hunderte = hundreds of
    dutzende = dozens of
    nutzer, nutzerinnen, kunden = users
    mitarbeiter, mitarbeitende, beschäftigte = employees
    zwei = two
    drei = three
    vier = four
    fünf = five
    zwei gründer = two founders
    drei gründer = three founders
    vier gründer = four founders
    fünf gründer = five founders
    wechselt von, wechselte von = moves from
    zu = to
    heuert bei = joins
    arbeitet jetzt bei, arbeitet nun bei, arbeitet inzwischen bei = now works at
    kehrt zurück zu = returns to
    ist zurück mit, sind zurück mit = is back with
    autohersteller, autoherstellers, autobauer, autobauers = carmaker
    einem, einer, ein, eine = a
    holt = hires
    wird = becomes
    kündigt = quits
    gefeuert, entlassen = fired
    entlässt = fires
    ehemaliger, ehemalige, ehemaligen, ehemaligem = former
    gekündigt = quit
    abgeworben = poached
    wildert, wildern = poaches
    wilderte = poached
    zurückgeholt = brought back
    wissenschaftler, wissenschaftlerin = scientist
    angekündigt = announced
    nachdem = after
    mindestens = at least
    soll, sollen = reportedly
    verlassen hat, verlassen habe = left
    mitbegründer, mitbegründerin, mitgründer, mitgründerin = co-founder
    gründer, gründerin = founder
    dieses mal, diesmal = this time
    und = and
    des = of the
    ernennt, ernannte = names
    ernannt = named
    zum, zur = to the
    leiter, leiterin = head
    veteran, veteranen = veteran
    wechsel = move
    abgang, weggang = departure
    ernennung = appointment
    rückkehr = return
    rücktritt = resignation
    einen = a
    bestätigt = confirms
    geschasste, geschasster = former
    entlassung = dismissal
    nach = after
    ex-chef, ex-chefin = former chief
    ex = former
    übernimmt = takes over
    neuer, neue, neuen, neuem, neues = new
    bereits = already
    könnte, könnten = may
    bei = at
    der, die, das, den, dem = the
    beim = at the
    """,
    """zurück verlässt verließ wechselt wechselte heuert heuerte übernimmt wird kündigt
    gefeuert entlässt geht ging gehen gingen gegangen entlassung stellt stellte ruhestand verliert verlor wirbt
    warb ernennt ernannte ernannt abgang weggang ernennung rückkehr rücktritt eingestellt
    wechseln gewechselt gestoßen zurückkehren zurückgekehrt gekündigt abgeworben verlassen
    gründet gründete gegründet startet startete rücken neuer neue wildert wilderte wildern
    zurückgeholt arbeitet vorsitzender vorsitzende führungswechsel tritt trat""",
    "der das den dem nach zu bei und ist von",
    "von = of",
    weak="holt",
)
INDONESIAN = _language(
    "id",
    """
    merekrut, rekrut, menggaet, gaet, memboyong, boyong = recruits
    direkrut oleh, direkrut = hired by
    membajak = poaches
    dibajak oleh, dibajak = poached by
    resmi bergabung dengan, resmi bergabung ke = officially joins
    bergabung dengan, bergabung ke, gabung ke, gabung dengan = joins
    akan bergabung dengan, akan bergabung ke = will join
    hengkang dari, keluar dari, meninggalkan, tinggalkan = leaves
    hengkang, keluar = leaves
    mundur dari, mengundurkan diri dari = resigns from
    mundur, mengundurkan diri, undur diri = resigns
    pengunduran diri, pengunduran dirinya = resignation
    kepergian, keluarnya, hengkangnya = departure of
    pindah ke, hengkang ke, berlabuh ke, berlabuh di = moves to
    ditunjuk sebagai, ditunjuk menjadi, diangkat sebagai, diangkat menjadi = is named
    ditunjuk, diangkat = named
    menunjuk, tunjuk, mengangkat = appoints
    dipromosikan menjadi = is promoted to
    menggantikan = replaces
    menjadi = becomes
    dipecat oleh, dipecat = fired
    memecat, pecat = fires
    kembali ke = returns to
    mengkonfirmasi, mengonfirmasi, konfirmasi = confirms
    mengumumkan, umumkan = announces
    mendirikan = founds
    resmi = officially
    baru = new
    pendiri = founders of
    startup = startup
    salah satu pendiri = co-founder
    peneliti, periset = researcher
    para peneliti = researchers
    ilmuwan = scientist
    insinyur = engineer
    pakar, ahli = expert
    eksekutif, petinggi = executive
    direktur = director
    kepala = head
    wakil presiden = vice president
    presiden = president
    pesaing = rival
    riset = research
    di tengah = amid
    mantan, eks = former
    sebagai = as
    dari = from
    ke = to
    dan = and
    robotika = robotics
    perusahaan = company
    """,
    """merekrut rekrut menggaet gaet memboyong boyong direkrut membajak dibajak bergabung gabung
    hengkang meninggalkan tinggalkan mundur mengundurkan pengunduran kepergian keluarnya
    hengkangnya pindah berlabuh menunjuk tunjuk ditunjuk diangkat dipromosikan menggantikan
    dipecat memecat keluar kembali""",
    "yang dan dari ke dengan untuk sebagai di",
)
# Indonesian puts a post before its company with no particle ("CEO Scale AI", "Kepala Riset
# OpenAI": OpenAI's head of research; "Eksekutif AI Apple"): the glossed post is put after a
# lab, the order the rules read a person's company in. Only before a lab: "CTO Jane Roe"
# names the holder, as English does.
_ID_POST_RE = _LazyPattern(
    r"\b(?P<post>director|head|executive|researcher|scientist|engineer|vice president|president"
    r"|co-founder|CEO|CTO|CFO|COO|CPO)(?P<field>(?: (?:AI|research))*) (?P<lab>(?:"
    + "|".join(
        re.escape(alias)
        for alias in sorted({a for n, al in LAB_TABLE for a in (n, *al)}, key=len, reverse=True)
    )
    + r")(?: (?:AI|Labs?|Research|Cloud))*)(?![\w-])"
)
ICELANDIC = _language(
    "is",
    """
    lætur af störfum, lét af störfum, hættir, hætti = steps down
    gengur til liðs við, gekk til liðs við = joins
    ráðinn til, ráðin til = hired by
    tekur við = takes over
    flytur til, flutti til, skiptir yfir í, skipti yfir í, skipt yfir í = moves to
    forstjóri = CEO
    forseti = president
    yfirmaður = head
    fyrrverandi = former
    og = and
    """,
    "störfum hættir hætti liðs ráðinn ráðin flytur flutti skiptir skipti skipt",
    "og af við til í á hjá um sem",
)
# Vietnamese puts subject, verb and object in the English order ("Jane Roe rời OpenAI để gia
# nhập Anthropic"), so its move words glossed are enough; its verbs are two syllables ("gia
# nhập", joins), of which the second marks the language. A post comes before whose it is
# ("CEO của VinAI", the particle read as 'of').
VIETNAMESE = _language(
    "vi",
    """
    chính thức gia nhập = officially joins
    đã gia nhập = joined
    sẽ gia nhập = will join
    để gia nhập = to join
    gia nhập, đầu quân cho, về đầu quân cho = joins
    rời khỏi, rời bỏ, rời = leaves
    đã rời khỏi, đã rời bỏ, đã rời = left
    để thành lập, để khởi nghiệp = to found a startup
    từ chức = resigns
    nghỉ việc = quits
    bị sa thải = is fired
    sa thải = fires
    trở lại, quay lại, quay về = returns to
    vừa được bổ nhiệm làm, vừa được bổ nhiệm, đã được bổ nhiệm làm, đã được bổ nhiệm = has been named
    được bổ nhiệm làm, được bổ nhiệm = is named
    vừa gia nhập = joins
    vừa rời = leaves
    bổ nhiệm = appoints
    tuyển dụng, chiêu mộ = hires
    thâu tóm, mua lại = acquires
    có thể = may
    tin đồn = rumours
    bác bỏ, phủ nhận = denies
    thay thế = replacing
    chính thức = officially
    vừa = has just
    cựu = former
    ông = Mr
    bà = Ms
    nhà đồng sáng lập, đồng sáng lập = co-founder
    nhà sáng lập = founder
    giám đốc điều hành = CEO
    giám đốc công nghệ = CTO
    giám đốc = director
    phó chủ tịch = vice president
    chủ tịch = president
    nhà nghiên cứu = researcher
    nhà khoa học = scientist
    kỹ sư = engineer
    lãnh đạo = head
    công ty con = subsidiary
    công ty khởi nghiệp = startup
    công ty = company
    đối thủ = rival
    và = and
    cho = for
    tại = at
    từ = from
    """,
    "nhập quân rời chức thải nhiệm chiêu lại",
    "của và cho với là các những được đã sẽ vừa này tại để",
    "của = of",
)
# Polish puts the mover first and the lab after a preposition ("X odchodzi z OpenAI", leaves;
# "dołącza do Anthropic", joins), in a verb's present, past or future form; its nouns of posts
# take case endings ("prezesem", as CEO), glossed with them.
POLISH = _language(
    "pl",
    """
    dołącza do, dołączył do, dołączyła do, dołączy do, dołączą do, dołączyli do = joins
    przechodzi do, przeszedł do, przeszła do, przejdzie do = moves to
    odchodzi z, odchodzi ze, odszedł z, odeszła z, odeszli z, odejdzie z = leaves
    odchodzi, odszedł, odeszła = leaves
    opuszcza, opuścił, opuściła = leaves
    rezygnuje z, zrezygnował z, zrezygnowała z = resigns from
    rezygnuje, zrezygnował, zrezygnowała = resigns
    ustępuje ze stanowiska, ustąpił ze stanowiska, ustąpiła ze stanowiska = steps down as
    zwolniony z, zwolniona z = fired from
    zwolniony, zwolniona = fired
    zwalnia, zwolnił, zwolniła = fires
    wraca do, wrócił do, wróciła do, powraca do, powrócił do = returns to
    zatrudnia, zatrudnił, zatrudniła = hires
    został zatrudniony przez, została zatrudniona przez = was hired by
    został mianowany, została mianowana, został powołany na, została powołana na = was named
    mianuje, powołuje = names
    zostaje, zostanie = becomes
    stanie na czele = will lead
    obejmie stanowisko, obejmuje stanowisko = takes the post of
    może, mógłby = may
    prezes, prezesem, prezesa = CEO
    dyrektor generalny, dyrektorem generalnym = CEO
    dyrektor, dyrektorem, dyrektora = director
    współzałożyciel, współzałożycielka = co-founder
    założyciel, założycielka = founder
    szef, szefem, szefowa = head
    badacz, badacza, badaczka, badaczkę = researcher
    badacze, badaczy = researchers
    naukowiec, naukowca = scientist
    inżynier, inżyniera = engineer
    inżynierowie, inżynierów = engineers
    były, byłego, była, byłą, byli, byłych = former
    nowy, nowa, nowym, nową = new
    firma, firmę, firmy = company
    jako = as
    i = and
    """,
    """dołącza dołączył dołączyła dołączy dołączą dołączyli odchodzi odszedł odeszła odeszli
    odejdzie opuszcza opuścił opuściła rezygnuje zrezygnował zrezygnowała ustępuje zwolniony
    zwolniona zwalnia zwolnił zwolniła wraca wrócił wróciła powraca zatrudnia zatrudnił
    zatrudniła mianowany mianowana powołany powołana przechodzi przeszedł przeszła""",
    "i w z ze do na się jest jako nie że od po",
)
# "thay thế ông X đã rời vai trò này" (replacing X, who left the role): Vietnamese puts the
# one replaced and their own verb side by side, with no 'who'; said as English says it, so
# that the leaving is theirs, not the new holder's.
_VI_REPLACED_RE = re.compile(r"\breplacing ((?:\S+ ){1,4}?)(left|leaves)\b")


def _vietnamese_replaced(m: re.Match[str]) -> str:
    """'replacing Trần Văn An left' -> 'replacing Trần Văn An, who left' (a name: capitalised
    words, 'Mr'/'Ms' before it)."""
    name = m.group(1).strip()
    if not all(word[:1].isupper() for word in name.split()):
        return m.group(0)
    return f"replacing {name}, who {m.group(2)}"


# Adjectives of nationality stand after the noun in these languages ("executivo brasileiro"),
# where the rules would take them for a name or the subject's head; they say nothing of a move.
NATIONALITIES = word_set(
    """brasileiro brasileira brasileño brasileña brasiliano brasiliana brésilien brésilienne
    português portuguesa portugués portoghese portugais portugaise espanhol espanhola español
    española spagnolo spagnola espagnol espagnole italiano italiana italien italienne francês
    francesa francés francese français française alemão alemã alemán alemana tedesco tedesca
    allemand allemande chinês chinesa chino china cinese chinois chinoise indiano indiana
    indien indienne americano americana statunitense américain américaine norte-americano
    norte-americana britânico britânica británico británica britannico britannica
    britannique canadense canadiense canadese canadien canadienne japonês japonesa japonés
    giapponese japonais japonaise coreano coreana coréen coréenne argentino argentina
    mexicano mexicana colombiano colombiana chileno chilena israelense israelí israeliano
    israélien israélienne"""
)
DUTCH = _language(
    "nl",
    """
    verlaat, verliet = leaves
    zal verlaten, gaat verlaten = will leave
    verlaten = leave
    vertrekt bij, vertrok bij = leaves
    vertrekt, vertrok = leaves
    stapt over naar, stapte over naar, maakt de overstap naar = moves to
    stapt over van, stapte over van, maakt de overstap van = moves from
    gaat naar, ging naar = moves to
    treedt af, trad af, stapt op, stapte op = steps down
    neemt ontslag, nam ontslag = resigns
    wordt = becomes
    benoemd tot, benoemd als, aangesteld als, aangesteld tot = named
    benoemd, aangesteld = named
    benoemt = names
    ontslagen = fired
    ontslaat = fires
    keert terug naar, keert terug bij, keerde terug naar = returns to
    sluit zich aan bij, treedt in dienst bij, komt in dienst bij = joins
    nieuwe, nieuw = new
    voormalig, voormalige = former
    technisch directeur = CTO
    algemeen directeur = CEO
    directeur = director
    tot = as
    medeoprichter = co-founder
    oprichter = founder
    topman, topvrouw = CEO
    onderzoeker = researcher
    onderzoekers = researchers
    het bedrijf = the company
    bedrijf = company
    zal = will
    bij = at
    naar = to
    het = the
    niet = not
    een = a
    en = and
    als = as
    na = after
    voor = for
    """,
    """verlaat verliet vertrekt vertrok overstap stapt stapte benoemd benoemt aangesteld
    ontslagen ontslaat treedt trad ontslag""",
    "de het een van bij naar en is voor met zal",
    "van = of\nde = the",
)
# "X verlaat OpenAI niet": Dutch puts the negation after the object; before the verb, the
# rules read it as English 'not' ("X does not leave OpenAI").
_NL_NOT_RE = re.compile(
    r"\b(verlaat|verliet|vertrekt|vertrok|stapt|stapte|treedt|trad|gaat|ging)\b([^,.;:!?|]*?)"
    r"\s+niet\b"
)
LANGUAGES = (
    PORTUGUESE,
    SPANISH,
    ITALIAN,
    FRENCH,
    GERMAN,
    INDONESIAN,
    ICELANDIC,
    DUTCH,
    VIETNAMESE,
    POLISH,
)
# Every language's move words: the one look-up English text pays.
CUES = frozenset().union(*(lang.cues | lang.weak for lang in LANGUAGES))
# English words standing for roles: a preposition after one is 'of' ("CEO de Slack").
_ROLE_GLOSSES = word_set(
    """ceo cto cfo coo cpo cro director head president vice-president founder co-founder
    researcher scientist engineer executive chief"""
)
# "ex-executivo", "ex-directora": a former post, before the role word is glossed
_EX_ROLE_RE = re.compile(r"(?<![\w-])[Ee]x-(?=[a-zà-ÿ])")
# (the typographic apostrophe too: outlets write "l’ex")
_ELISION_RE = re.compile(r"(?<![\w'’])(dell|dall|all|nell|sull|l|d)['’](?=\w)", re.IGNORECASE)
_ELISIONS = {"dell": "of the ", "dall": "from the ", "all": "to the ", "nell": "in the "}
_ELISIONS |= {"sull": "on the ", "l": "the ", "d": "of "}
# French "d'" is the table's "de" ("le recrutement d'une directrice", "la nomination
# d'Albert Lee"): its phrases and particles read it as they read "de".
_FRENCH_ELISIONS = _ELISIONS | {"d": "de "}
# "Cofundador da OpenAI, John Poe, migra para ...": Romance languages set a name between
# commas after the post it holds; English writes it with none ("OpenAI co-founder John
# Poe moves to ..."), and the rules read a lab before a comma as the subject.
_POST_COMMA_NAME_RE = re.compile(
    r"\b(?P<post>(?i:" + "|".join(sorted(_ROLE_GLOSSES, key=len, reverse=True)) + r")), "
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}),(?= [a-z])"
)
# "anuncia X como CPO": the announced appointment, said as English says it.
_AS_ROLE_RE = re.compile(r"\bannounces ([A-Z][^,:|]*?(?:,[^,:|]*,)?) as\b")


# "quittent Google pour fonder une startup": the plural of leaving only with its purpose, to found
# or join; bare, it is as often said of a kind of people ("Quand les fondateurs quittent les
# startups pour les géants", an explainer).
_FR_LEAVE_TO_RE = re.compile(
    r"\bquittent\b(?=[^.;:!?|]{1,60}?\bpour\s+(?:fonder|créer|lancer|rejoindre)\b)", re.IGNORECASE
)


def language_of(words: list[str]) -> Language | None:
    """The language whose move words the text holds (with most of its function words), or None."""
    if CUES.isdisjoint(words):
        return None
    best, score = None, 0
    present = set(words)
    for lang in LANGUAGES:
        markers = len(present & lang.markers)
        strong = len(present & lang.cues)
        if not strong and not (present & lang.weak and markers):
            continue
        if strong * 2 + markers > score:
            best, score = lang, strong * 2 + markers
    return best


def gloss_latin(text: str, lang: Language) -> str:
    """A text in `lang` with its move words, roles and function words in English."""
    elisions = _FRENCH_ELISIONS if lang is FRENCH else _ELISIONS
    text = _ELISION_RE.sub(lambda m: elisions[m.group(1).lower()], text)
    text = _EX_ROLE_RE.sub("former ", text)
    if lang is GERMAN:
        text = _german_forms(text)
    if lang is FRENCH and "uittent" in text:
        text = _FR_LEAVE_TO_RE.sub("leave", text)
    if lang is DUTCH and "niet" in text:
        text = _NL_NOT_RE.sub(r"niet \1\2", text)
    text = lang.pattern.sub(lambda m: lang.table[" ".join(m.group(0).lower().split())], text)
    if lang is INDONESIAN:
        text = _ID_POST_RE.sub(r"\g<lab>\g<field> \g<post>", text)
    if lang is VIETNAMESE and "replacing" in text:
        text = _VI_REPLACED_RE.sub(_vietnamese_replaced, text)
    if not NATIONALITIES.isdisjoint(text.lower().split()):
        text = " ".join(w for w in text.split(" ") if w.lower() not in NATIONALITIES)
    if lang.particles:
        text = _gloss_particles(text, lang.particles)
    if ", " in text:
        text = _POST_COMMA_NAME_RE.sub(r"\g<post> \g<name>", text)
    # "confirma el nombramiento de X": the press release's appointment, as
    # jobs/language/headline.py reads the English one (it reads the title before the gloss)
    return press_release(_AS_ROLE_RE.sub(r"names \1 as", text))


# German separable verbs close their clause with the particle: "Microsoft heuert X an" hires
# X, "heuert bei Y an" joins Y, "kündigt Z an" announces Z (while "kündigt" alone quits).
_DE_SEPARABLE_RE = re.compile(
    r"\b(heuert|heuerte|kündigt|kündigte)(\s+bei)?\b([^.;:!?–]*?)\s+an(?=\s*(?:[.;:!?,–]|$))"
)
# "X geht und Y baut ab", "X geht.": 'geht' closing its clause is leaving ("es geht um" and
# "geht zu Y" are not).
# A subordinate clause, a perfect or a future puts the German verb last: "dass er zu Anthropic,
# einem KI-Startup, wechseln werde" (that he will move to Anthropic), "ist zu OpenAI gestoßen"
# (has joined OpenAI), "zu Google zurückkehren" (return to Google). The verb is put before 'zu'
# and its lab, where English has it.
_DE_VERB_LAST_RE = re.compile(
    r"(?:\b(?:ist|sind|war|waren)\s+)?\bzu(?:m|r)?\s+(?P<obj>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)(?P<mid>[^.;:!?–]{0,80}?)"
    r"\s+(?P<verb>wechseln|gewechselt|gestoßen|stoßen|zurückkehren|zurückgekehrt)\b"
)
_DE_VERB_LAST = {"zurückkehren": "returns to", "zurückgekehrt": "returns to"}
# "X wird Nvidia verlassen" (will leave), "hat Meta verlassen", "hat das Unternehmen verlassen"
# (has left; the company its subject works at, not a plant or a city): the auxiliary's
# participle or infinitive last; "von Meta abgeworben" (poached by Meta), the passive's agent.
_DE_LEAVING_LAST_RE = re.compile(
    r"\b(?P<aux>wird|werden|hat|haben)\s+(?P<obj>(?:[A-Z]|(?:das|sein|ihr)\s+Unternehmen\b|(?:die|seine|ihre)\s+Firma\b)"
    r"[^.;:!?–]{0,60}?)\s+verlassen\b"
)
_DE_AGENT_RE = re.compile(
    r"\b(?:wurde\s+)?von\s+(?P<obj>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\s+abgeworben\b"
)
# "Meta hat X von OpenAI abgeworben": the perfect's auxiliary makes the subject the one who
# poached and the lab after "von" the one poached from (the passive has no "hat")
_DE_POACHED_FROM_RE = re.compile(
    r"\b(?:hat|haben)\s+(?P<whom>[^.;:!?–]{1,60}?)\s+von\s+"
    r"(?P<obj>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\s+abgeworben\b"
)


# "um ein eigenes Unternehmen zu gründen": the purpose clause of a leaving, said as English says it
_DE_TO_FOUND_RE = re.compile(
    r"\bum\s+(?:ein|eine)\s+(?:eigenes|eigene|neues|neue)\s+(?P<what>[\w-]+)\s+zu\s+gründen\b"
)


# "startet ein Start-up", "gründet in Linz ein Forschungszentrum": a verb of starting founds a
# company only with a company's noun after it ('startet' also starts a product, a race, a
# campaign; German capitalises every noun, so "gründet Fonds" would read a fund as a name).
_DE_STARTS_RE = re.compile(
    r"\b(?P<verb>startet|startete|gründet|gründete)\b(?=[^.;:!?–|]{0,40}?(?:Firma|Unternehmen"
    r"|Start-?up|Labor|Organisation|Stiftung|Institut|Forschungs(?:zentrum|institut|labor))\b)"
)
_DE_STARTS = {"startet": "launches", "startete": "launched", "gründet": "founds"}
_DE_STARTS |= {"gründete": "founded"}


def _german_starts(m: re.Match[str]) -> str:
    return _DE_STARTS[m.group("verb")]


def _german_leaving_last(m: re.Match[str]) -> str:
    verb = "will leave" if m.group("aux").startswith("w") else "left"
    return f"{verb} {m.group('obj')}"


def _german_verb_last(m: re.Match[str]) -> str:
    verb = _DE_VERB_LAST.get(m.group("verb"), "moves to")
    return f"{verb} {m.group('obj')}{m.group('mid')}"


# "X kehrt OpenAI den Rücken" (turns its back on OpenAI): the idiom of leaving, its object
# between the verb and "den Rücken": a name, or a company's word after its article ("dem
# Konzern", "dem KI-Startup"), not any noun ("kehrt dem Sommer den Rücken")
_DE_BACK_RE = re.compile(
    r"\b(?P<verb>kehrt|kehrte|kehren|kehrten)\s+(?P<obj>(?:(?:dem|der|seinem|ihrem|seiner|ihrer)"
    r"\s+[\w-]*(?:Unternehmen|Konzern|Startup|Start-up|Firma|Labor)|(?!dem\b|der\b)[A-Z])"
    r"[^.;:!?–]{0,60}?)\s+den\s+Rücken\b"
)


def _german_back(m: re.Match[str]) -> str:
    verb = "leaves" if m.group("verb") in ("kehrt", "kehrte") else "leave"
    return f"{verb} {m.group('obj')}"


_DE_GOES_RE = re.compile(
    r"(?<![\w-])(?<!es )(?<!Es )(geht|ging|gehen|gingen)(?=\s*(?:und\b|[,.;:!?–]|$))"
)
# "Intel verliert X an AMD": loses X to AMD ('an' before the rival is 'to', not 'at').
_DE_LOSES_RE = re.compile(r"\b(verliert|verlor)\b([^.;:!?–]*?)\s+an\s+(?=[A-Z])")
# "AMD wirbt (mit) X von Intel ab": woos X away, a poaching.
_DE_WOOS_RE = re.compile(r"\b(wirbt|warb)(?:\s+mit)?\b([^.;:!?–]*?)\s+ab(?=\s*(?:[.;:!?,–]|$))")
# "OpenAI wildert (brutal) bei Thinking Machines": poaches staff from the lab after 'bei' (English
# reads no move in a bare "poaches from"), an adverb between dropped; "holt sich X von Y zurück": brings X back from Y, a return; "kehrt zu Google
# zurück": returns to Google, the particle closing the clause.
_DE_POACHES_AT_RE = re.compile(r"\b(?:wildert|wilderte|wildern)(?:\s+[a-zäöüß]+)?\s+bei\b")
_DE_BRINGS_BACK_RE = re.compile(
    r"\b(?:holt|holte|holen)(?:\s+sich)?\b([^.;:!?–]*?)\s+zurück(?=\s*(?:[.;:!?,–]|$))"
)
_DE_TURNS_BACK_RE = re.compile(
    r"\b(?:kehrt|kehrte|kehren)\s+(?:zu|zum|zur)\s+(?P<obj>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)"
    r"\s+zurück\b"
)
# "X tritt von ihrem Posten an der Spitze des Y ab" (steps down from her post at the head of
# Y), "trat ... zurück": a separable verb of stepping down with its particle closing the clause.
_DE_STEPS_DOWN_RE = re.compile(
    r"\b(?:tritt|trat|treten|traten)\s+von\b([^.;:!?–]*?)\s+(?:ab|zurück)(?=\s*(?:[.;:!?,–]|$))"
)
_DE_SEPARABLE = {"heuert": "hires", "heuerte": "hired", "kündigt": "announces"}
_DE_SEPARABLE |= {"kündigte": "announced"}
# A compound of a company and a role ("OpenAI-CEO", "OpenAI-Mitbegründer", "KI-Pionier"): the
# company before the role, as English writes it, so the role is no name and the company is
# where the person works.
_DE_ROLES = _table(
    """
    ceo = CEO
    präsident, präsidentin = president
    chef, chefin, boss = chief
    gründer, gründerin = founder
    mitgründer, mitgründerin, mitbegründer, mitbegründerin = co-founder
    forscher, forscherin = researcher
    ingenieur, ingenieurin = engineer
    chefwissenschaftler, chefwissenschaftlerin = chief scientist
    wissenschaftler, wissenschaftlerin = scientist
    manager, managerin = executive
    pionier, pionierin = pioneer
    experte, expertin, experten = expert
    veteran, veteranin, veteranen = veteran
    leiter, leiterin = head
    professor, professorin = professor
    vizepräsident, vizepräsidentin, vizepräsidenten = vice president
    beauftragter, beauftragte, beauftragten = officer
    """
)
_DE_COMPOUND_RE = re.compile(
    r"(?<![\w-])(?!Ex-)([A-Z][\w.]*)-(" + "|".join(_DE_ROLES) + r")(?![\w-])", re.IGNORECASE
)

# "Roboter-Startup", "KI-Firma": a kind of company, then the company word, read apart.
_DE_STARTUP_RE = re.compile(r"(?<![\w-])([A-Z]\w*)-(Startup|Start-up|Firma|Unternehmen)(?![\w-])")
_DE_COMPANY_WORDS = {"startup": "startup", "start-up": "startup", "firma": "company"}
_DE_COMPANY_WORDS |= {"unternehmen": "company"}


# "Nvidia stellt (mit X) einen CMO ein" hires X as CMO; "stellt die Produktion ein" stops
# production, so only a clause that names a post is a hire.
_DE_HIRE_RE = re.compile(r"\b(stellt|stellte)(\s+mit)?\b([^.;:!?–]*?)\s+ein(?=\s*(?:[.;:!?,–(]|$))")


def _names_role(phrase: str) -> bool:
    """Whether a German phrase names a role ("Google-Veteranen": a compound's last part is its
    role)."""
    words = {w.strip("(),").lower().rpartition("-")[2] for w in phrase.split()}
    return not (words.isdisjoint(ROLE_WORDS) and words.isdisjoint(_DE_ROLES))


def _german_hire(m: re.Match[str]) -> str:
    if not _names_role(m.group(3)):
        return m.group(0)
    return ("hires" if m.group(1) == "stellt" else "hired") + m.group(3)


# "Metas Chefwissenschaftler", "Googles KI-Chef": a lab's name in the genitive is its
# possessive ("Meta's chief scientist"), not a name of its own.
_DE_GENITIVE_RE = _LazyPattern(
    r"(?<![\w-])("
    + "|".join(
        re.escape(alias)
        for alias in sorted({a for n, al in LAB_TABLE for a in (n, *al)}, key=len, reverse=True)
        if alias[-1].isalnum() and not alias.endswith("s")
    )
    + r")s(?![\w-])"
)


# A modal or the future's auxiliary earlier in the clause makes a closing "gehen" its
# infinitive ("sollen zahlreiche Mitarbeitende gehen", many staff are to go): a plan, no move.
_DE_MODAL_RE = re.compile(
    r"\b(?:soll|sollen|sollten|muss|müssen|musste|mussten|wird|werden|will|wollen|kann|können"
    r"|darf|dürfen|möchte|möchten)\b[^.;:!?–]*$",
    re.IGNORECASE,
)


def _german_goes(m: re.Match[str]) -> str:
    verb = m.group(1)
    if verb == "gehen" and _DE_MODAL_RE.search(m.string, 0, m.start()):
        return verb
    return "leaves" if verb in ("geht", "ging") else "leave"


# "Siemens holt Experten von Amazon", "heuert X von Google an": after a verb of hiring, 'von'
# names the company the person comes from ("von" is otherwise 'of', a particle of names and
# labs); only where a person stands between, a name or a role ("holt Daten von Amazon" fetches
# data).
_DE_HIRED_FROM_RE = re.compile(
    r"\b(holt|holte|heuert|heuerte|wirbt|warb)\b([^.;:!?–]*?)\s+von\s+(?=[A-Z])"
)
_DE_NAME_RE = re.compile(r"\b[A-Z][a-zà-ÿ'’-]+\s+[A-Z][a-zà-ÿ'’-]+\b")


def _german_hired_from(m: re.Match[str]) -> str:
    if not _names_role(m.group(2)) and _DE_NAME_RE.search(m.group(2)) is None:
        return m.group(0)
    return f"{m.group(1)}{m.group(2)} from "


# "dass X als neue Chief AI Officer ernannt wurde", "X wurde zum CEO berufen": the passive of
# an appointment, its participle and auxiliary last; said as English says it ("X was named
# ...") when an auxiliary of the passive stands before or after the participle; the active
# perfect ("Meta hat X zum CEO ernannt") as "Meta names X CEO".
_DE_NAMED_PASSIVE_RE = re.compile(
    r"(?P<perfect>\b(?:hat|haben)\s+)?"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,2})\s+(?P<aux>(?:wurde|ist)\s+)?"
    r"(?:als|zum|zur)\s+(?P<role>[^,.;:!?–]{1,60}?)\s+(?:ernannt|berufen|bestellt)"
    r"(?P<after>\s+(?:wurde|worden(?:\s+ist)?))?(?![\w-])"
)


def _german_named(m: re.Match[str]) -> str:
    if m.group("perfect") and not (m.group("aux") or m.group("after")):
        return f"names {m.group('who')} {m.group('role')}"  # "hat X zum CEO ernannt"
    if not (m.group("aux") or m.group("after")):
        return m.group(0)
    return f"{m.group('who')} was named {m.group('role')}"


def _german_forms(text: str) -> str:
    """Separable verbs, a lab's genitive and company-role compounds in the English order."""
    text = _DE_GENITIVE_RE.sub(r"\1's", text)
    if "von" in text:
        text = _DE_HIRED_FROM_RE.sub(_german_hired_from, text)
    if "ernannt" in text or "berufen" in text or "bestellt" in text:
        text = _DE_NAMED_PASSIVE_RE.sub(_german_named, text)
    if "stellt" in text:
        text = _DE_HIRE_RE.sub(_german_hire, text)

    def separable(m: re.Match[str]) -> str:
        verb = "joins" if m.group(2) else _DE_SEPARABLE[m.group(1).lower()]
        return verb + m.group(3)

    def compound(m: re.Match[str]) -> str:
        company = "AI" if m.group(1) == "KI" else m.group(1)
        return f"{company} {_DE_ROLES[m.group(2).lower()]}"

    def company(m: re.Match[str]) -> str:
        kind = "AI" if m.group(1) == "KI" else m.group(1)
        return f"{kind} {_DE_COMPANY_WORDS[m.group(2).lower()]}"

    text = _DE_GOES_RE.sub(_german_goes, text)
    if "tr" in text:
        text = _DE_STEPS_DOWN_RE.sub(r"steps down from\1", text)
    if "zurück" in text:
        text = _DE_BRINGS_BACK_RE.sub(r"brings back\1", text)
        text = _DE_TURNS_BACK_RE.sub(r"returns to \g<obj>", text)
    if "zu" in text:
        text = _DE_VERB_LAST_RE.sub(_german_verb_last, text)
    if "gründen" in text:
        text = _DE_TO_FOUND_RE.sub(r"to found its own \g<what>", text)
    if "startet" in text or "gründet" in text:
        text = _DE_STARTS_RE.sub(_german_starts, text)
    if "Rücken" in text:
        text = _DE_BACK_RE.sub(_german_back, text)
    if "verlassen" in text:
        text = _DE_LEAVING_LAST_RE.sub(_german_leaving_last, text)
    if "abgeworben" in text:
        text = _DE_POACHED_FROM_RE.sub(r"poaches \g<whom> from \g<obj>", text)
        text = _DE_AGENT_RE.sub(r"poached by \g<obj>", text)
    if "rb" in text:
        text = _DE_WOOS_RE.sub(r"poaches\2", text)
    if "wilder" in text:
        text = _DE_POACHES_AT_RE.sub("poaches staff from", text)
    if "verl" in text:
        text = _DE_LOSES_RE.sub(r"\1\2 to ", text)
    if "-" in text:
        text = _DE_STARTUP_RE.sub(company, text)
    return _DE_COMPOUND_RE.sub(compound, _DE_SEPARABLE_RE.sub(separable, text))


def _gloss_particles(text: str, particles: dict[str, str]) -> str:
    """'Matt Deitke da Vercept' → '... from Vercept', 'CEO de Slack' → 'Slack CEO' (the order
    the rules read a person's company in), but 'Nando de Freitas' stays a name: after a given
    name alone, a particle is the surname's."""
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        english = particles.get(word.lower()) if 0 < i < len(words) - 1 else None
        if english is None:
            out.append(word)
            i += 1
            continue
        before, after = words[i - 1], words[i + 1]
        if after[:1].isupper() and _given_name(before) and not (i > 1 and _capital(words[i - 2])):
            out.append(word)  # "Nando de Freitas": a surname with its particle
        elif _role(before) and _single_name(words, i + 1) and not _after_new(words, i - 1):
            name = after.rstrip(",.;:")
            out[-1] = name  # "CEO de Slack," -> "Slack CEO,"
            out.append(before + after[len(name) :])
            i += 1
        else:
            out.append(english)
        i += 1
    return " ".join(out)


def _after_new(words: list[str], k: int) -> bool:
    """'the new CEO of Cohere': a post taken, said the way the rules read it, so left as is."""
    return k > 0 and words[k - 1].lower() == "new"


def _role(word: str) -> bool:
    return word.lower() in _ROLE_GLOSSES


def _single_name(words: list[str], k: int) -> bool:
    """A one-word capitalised name at k, with no capitalised word after it."""
    name = words[k]
    if not name[:1].isupper() or not name.rstrip(",.;:").isalpha():
        return False
    return name[-1] in ",.;:" or k + 1 >= len(words) or not words[k + 1][:1].isupper()


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _given_name(word: str) -> bool:
    """A capitalised word that is no role ('CEO') and no all-capital abbreviation."""
    return _capital(word) and not word.isupper() and word.lower() not in _ROLE_GLOSSES


def english(text: str, words: list[str]) -> str | None:
    """`text` glossed into English when it is in a language above (Chinese characters, or a
    move word of another language among its lower-case `words`); None for English text."""
    script = None if text.isascii() else _SCRIPT_RE.search(text)  # one search, not English
    if script is not None:
        if script.group(0) > "\u04ff":
            return _gloss_east_asian(text)
        from jobs.language.russian import gloss_russian  # few texts are in Russian

        return gloss_russian(text)
    lang = language_of(words)
    return gloss_latin(text, lang) if lang else None


def _gloss_east_asian(text: str) -> str:
    """Korean when the text holds Hangul, else Japanese when it holds kana, else Chinese."""
    if _HANGUL_RE.search(text) is None:
        return gloss_japanese(text) if KANA_RE.search(text) else gloss_chinese(text)
    return gloss_korean(text)
