"""Which story a classified report belongs to: entities to block on, and a pairwise score."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, lru_cache
from urllib.parse import urlsplit

from jobs.language.classify import Analysis
from jobs.language.events import Event
from jobs.language.lexicon import word_set
from jobs.language.people import ascii_words, clean_text, surname_only
from jobs.stories.movers import (
    first_posts,
    garbled,
    in_headline,
    named_as_remit,
    names_as_mover,
    one_place,
    posts_of,
    romanised,
    same_lab,
    same_place,
    surname_as_mover,
    writes_name,
    writes_successor,
)
from jobs.stories.text import fold, fold_text, word_pattern
from jobs.vocabulary import StoryKind

WINDOW = timedelta(hours=72)
# A later report of the same person's move at the same lab joins its story up to this long
# after the story began ("days later, X confirms ..."); anything else keeps to WINDOW.
FOLLOW_UP = timedelta(days=10)
# One person's move to one named lab, told again weeks later ("X joins Reka", then a profile of
# X's move to Reka three weeks on): a person does not make the same move twice in a month.
RETOLD = timedelta(days=30)
RETOLD_ACTIONS = frozenset(["join", "poach", "leave"])  # a departure naming where it leads
# one person's departure from one named lab, naming no destination ("X leaves Meta", then two
# weeks on "Meta loses X"): a person does not leave one lab twice in a month unless they came
# back in between (placing.Clusterer.came_back)
RETOLD_EXITS = frozenset(["leave", "fired"])
# such a departure told again up to two months on ("Google fires X", then seven weeks later a
# podcast's "Google fires X"): a person is let go by one lab once unless they came back, and
# the join a departure leads to names a destination (another key), so a longer look back
# meets no later step
EXIT_RETOLD = timedelta(days=60)
SAME_NEWS_DAY = timedelta(hours=24)
THRESHOLD = 0.34
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "its",
        "his",
        "her",
        "their",
        "after",
        "over",
        "into",
        "about",
        "says",
        "said",
        "will",
        "has",
        "have",
        "had",
        "was",
        "were",
        "are",
        "new",
        "former",
        "also",
        "more",
        "than",
        "amid",
        "who",
        "what",
        "why",
        "how",
        "ahead",
        "report",
    ]
)
# actions that can describe one event in different words ("leaves A for B" = "B hires X")
COMPATIBLE = {
    frozenset(p)
    for p in (
        ("leave", "join"),
        ("leave", "found"),
        ("leave", "fired"),
        ("join", "poach"),
        ("join", "appointed"),
        ("join", "return"),
        ("join", "found"),  # "joins Y as co-founder" = "co-founds Y"
        ("join", "fired"),  # "ousted from A, joins B" on the same day
        ("poach", "leave"),
        ("poach", "appointed"),  # "Meta poaches X to lead its lab" = "Meta names X chief"
        ("appointed", "return"),  # "returns as CEO" = "names X CEO again"
        ("appointed", "found"),  # "named CEO of new startup Y" = "launches Y"
        ("appointed", "leave"),  # "steps down as CPO to lead Labs" = "moves to Labs"
        ("leave", "return"),  # "X leaves Meta" = "X returns to OpenAI" (leaving Meta)
        ("poach", "return"),  # "OpenAI lures back Meta's hires" = "they return to OpenAI"
    )
}


@dataclass
class Item:
    """One classified entry on its way into a story."""

    entry_id: int
    title: str
    summary: str
    url: str | None
    when: datetime
    first_seen: datetime
    analysis: Analysis
    kind: StoryKind
    entities: set[str]
    words: frozenset[str]
    block: set[str]  # the keys candidates must share (a subset of entities)
    heads: frozenset[int] = frozenset()  # head counts of unnamed groups ("four researchers")
    group: bool = False  # the headline speaks of several people ("researchers leave")
    titled: bool = False  # the headline writes the mover (else the summary gave them)
    garbled: bool = False  # the summary does not write the mover (a headline phrase, maybe)
    retold: str | None = None  # retold_key of its event: older stories of the move, looked up
    # the classifier's analysis with labs as the text names them ("Google"), where `analysis`
    # gives each its family's name ("Google DeepMind") for comparing (movers.family_event)
    reported: Analysis | None = None
    told: bool = False  # a report not read as a move that stage.related_item let through
    # an unnamed move's names written in Hangul, in Latin letters (movers.names_in_hangul)
    script_names: tuple[str, ...] = ()

    def shown(self) -> Analysis:
        """The analysis as the story and the entry keep it: labs as the text names them."""
        return self.reported or self.analysis


@dataclass
class StoryView:
    """What scoring needs of a story."""

    entities: set[str]
    titles: list[frozenset[str]]
    event: Event | None
    kind: StoryKind
    when: datetime
    people: list[str] = field(default_factory=list)
    heads: frozenset[int] = frozenset()
    labs: list[str] = field(default_factory=list)
    group: bool = False
    summary: str = ""
    headlines: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # members' headline and summary

    # what the rules about misread movers ask of a story; worked out on first use (rare)
    def titled(self) -> bool:
        """Whether a member headline writes the story's mover."""
        person = self.event.person if self.event else None
        return any(in_headline(person, title) for title in self.headlines)

    def garbled(self) -> bool:
        """Whether the story's summary does not write its mover (movers.garbled), or its
        mover is a post's remit in a member headline (movers.named_as_remit)."""
        person = self.event.person if self.event else None
        if garbled(person, self.summary):
            return True
        return any(named_as_remit(person, title) for title in self.headlines)


@lru_cache(maxsize=65536)
def person_key(name: str | None) -> str | None:
    """People are blocked and compared by surname ('Brundage' = 'Miles Brundage'), with accents
    folded: some outlets write 'Echeverria' for 'Echeverría'."""
    return f"p:{fold(name.split()[-1])}" if name else None


@lru_cache(maxsize=65536)
def _name_words(name: str) -> frozenset[str]:
    # hyphens aside: a Korean given name is written "Sang-ho" by some and "Sangho" by others
    return frozenset(fold(w).replace("-", "") for w in name.split())


@lru_cache(maxsize=65536)  # asked of every candidate story's mover; the same pairs recur
def same_person(a: str | None, b: str | None) -> bool:
    """One person: the same surname, or the same words in another order ('Luo Fuli' and
    'Fuli Luo': outlets differ on putting the family name first), or a long surname spelled
    one letter apart with the same first name ('Igor Babushkin', 'Igor Babuschkin')."""
    if not a or not b:
        return False
    if a == b or person_key(a) == person_key(b):
        return True
    if " " in a and " " in b and _name_words(a) == _name_words(b):
        return True
    return variant(a, b)


def name_match(a: str | None, b: str | None) -> int:
    """1 when two movers are named in the same words, whatever their order ("Yin Xi", "Xi
    Yin"); -1 when both are named in two words or more and the words differ ("Yin Xi", "Yi Xi":
    one surname, another given name); 0 when either is unnamed or a single word."""
    if not a or not b or " " not in a or " " not in b:
        return 0
    return 1 if a == b or _name_words(a) == _name_words(b) else -1


@lru_cache(maxsize=65536)
def variant(a: str, b: str) -> bool:
    """A surname of 6+ letters spelled one edit apart (two for 9+), the first names (when both
    are given) the same: one person written two ways. A shorter surname (4 or 5 letters) one
    edit apart with the same first letter is one person only beside the same given name of 4
    letters or more, both written ("Priya Sharma", "Priya Sharman"; a surname written from
    another script two ways). So is a surname with the next word run into it ("Jason
    Taylorwho": glued), beside the same given name."""
    wa, wb = a.split(), b.split()
    last_a, last_b = fold(wa[-1]), fold(wb[-1])
    if len(last_a) != len(last_b) and glued(last_a, last_b):
        return given_name(a) is not None and given_name(a) == given_name(b)
    shortest = min(len(last_a), len(last_b))
    if shortest < 6:
        return (
            shortest >= 4
            and last_a[0] == last_b[0]
            and given_name(a) is not None
            and given_name(a) == given_name(b)
            and edits_within(last_a, last_b, 1)
        )
    if last_a[:2] != last_b[:2]:
        return False
    if len(wa) > 1 and len(wb) > 1 and fold(wa[0]) != fold(wb[0]):
        return False
    allowed = 2 if shortest >= 9 else 1
    return edits_within(last_a, last_b, allowed)


# words that follow a name in a sentence and that a missing space runs into it ("the former
# Meta manager Jason Taylorwho thus joins"): none ends a surname, unlike "is" (Curtis), "as"
# (Thomas), "in" (Martin), "on" (Anderson) or "and" (Copeland)
GLUED_WORDS = ("who", "whose", "which", "had", "was", "will", "said", "says", "from", "joins")


def glued(a: str, b: str) -> bool:
    """Whether one folded surname is the other, of four letters or more, with a word that
    follows a name run into it ('taylorwho', 'taylor'): one person, a space left out."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 4 or not long.startswith(short):
        return False
    return long[len(short) :] in GLUED_WORDS


def given_name(name: str) -> str | None:
    """The folded first word of a name of two words or more, when 4 letters or longer."""
    words = name.split()
    first = fold(words[0]) if len(words) > 1 else ""
    return first if len(first) >= 4 else None


def edits_within(a: str, b: str, limit: int) -> bool:
    """Whether the edit distance of a and b is at most `limit` (a banded Levenshtein)."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


@lru_cache(maxsize=65536)  # asked of candidate movers that are not the same person
def spelled_alike(a: str, b: str) -> bool:
    """Two names of two words or more whose given names and surnames are each one letter apart,
    with the same first letters, the surname of four letters or more ("Tobi Polen", "Toby
    Pohlen"): one name spelled from another script two ways (asked only where one was)."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    firsts = (fold(wa[0]), fold(wb[0]))
    lasts = (fold(wa[-1]), fold(wb[-1]))
    if min(map(len, lasts)) < 4 or min(map(len, firsts)) < 3:
        return False
    if firsts[0][0] != firsts[1][0] or lasts[0][0] != lasts[1][0]:
        return False
    return edits_within(*firsts, 1) and edits_within(*lasts, 1)


def person_keys(name: str | None) -> set[str]:
    """Blocking keys of a person: the surname, the first word (in case it is the surname of a
    name written family name first), the surname's first four letters (spellings differ
    further on: 'Babushkin', 'Babuschkin'), and a short surname's given name and initial."""
    if not name:
        return set()
    key = person_key(name)
    first = f"p:{fold(name.split()[0])}"
    return {k for k in (key, first, spelling_key(name), given_key(name)) if k}


@lru_cache(maxsize=65536)
def spelling_key(name: str | None) -> str | None:
    """'q:babu' for a surname of six letters or more: reports spelling it differently meet."""
    if not name:
        return None
    last = fold(name.split()[-1])
    return f"q:{last[:4]}" if len(last) >= 6 else None


@lru_cache(maxsize=65536)
def given_key(name: str | None) -> str | None:
    """'q:leila.n' for a surname of 4 to 6 letters beside a given name: reports spelling a
    short surname two ways ('Nasri', 'Nasiri') meet (variant)."""
    if not name:
        return None
    last = fold(name.split()[-1])
    given = given_name(name)
    return f"q:{given}.{last[0]}" if given and 4 <= len(last) <= 6 else None


# a letter of a name written in Latin letters (accents too): a name ends where another script
# begins ("Jeff Dean正式接管" names Dean)
LATIN_WORD = r"[A-Za-z0-9_\u00c0-\u024f\u1e00-\u1eff]"
NAME_LETTER = r"[A-Za-z0-9_\u00c0-\u024f\u1e00-\u1eff'’-]"
NAME_RUN_RE = re.compile(rf"[A-Z]{NAME_LETTER}*(?:[ ]+[A-Z]{NAME_LETTER}*)+")
POSSESSIVE_RE = re.compile(r"['’]s?$")  # "Naveen Rao's new venture": the key is p:rao


def named_keys(text: str) -> set[str]:
    """Surname keys of every run of two or more capitalised words ("Tom Hale rejoins ...
    along with Lena Ortiz" → p:hale, p:ortiz): people a text names whom the classifier did not
    take as the mover. Runs that are no names only miss, as no story is keyed on them. A
    possessive inside a run ends a name ("Petra Holm's AI adviser" → p:holm, beside p:ai)."""
    runs = NAME_RUN_RE.findall(text)
    keys = {f"p:{fold(POSSESSIVE_RE.sub('', run.split()[-1]))}" for run in runs}
    if "'" in text or "’" in text:  # (rare in a run: looked for only where a text has one)
        keys |= {
            f"p:{fold(POSSESSIVE_RE.sub('', word))}"
            for run in runs
            for word in run.split()[1:-1]
            if POSSESSIVE_RE.search(word)
        }
    return keys


# a new unit announced with its head ("forms new AI division led by X"): X's appointment
# (searched apart, only in texts that write "led by" or "headed by": the big patterns below stay
# as they are)
NEW_UNIT_RE = re.compile(
    r"\bnew (?:[\w-]+ ){0,3}?(?:division|unit|group|team|lab|arm|organi[sz]ation)"
    r" (?:led|headed) by\b"
)
UNIT_ACTIONS = frozenset(["join", "appointed", "return"])  # what a new unit's head tells
MOVE_WORDS = (
    r"(?:re)?join(?:s|ed|ing)?|leav(?:e|es|ing)|left|quit(?:s|ting)?|depart(?:s|ed|ing|ure)?"
    r"|exit(?:s|ed|ing)?|resign(?:s|ed|ing|ation)?|step(?:s|ping)? (?:down|away)"
    r"|hir(?:e|es|ed|ing)|poach(?:es|ed|ing)?|return(?:s|ed|ing)?|mov(?:e|es|ed|ing) (?:to|on)"
    r"|jump(?:s|ed|ing)?|defect(?:s|ed|ing)?|appoint(?:s|ed|ment)?|named|tap(?:s|ped)"
    r"|co-?found(?:s|ed)|fired|ousted|ouster|heads? to|part(?:s|ed)? ways|farewell"
    r"|new (?:opportunities|chapter|role|startup|venture)|t(?:ake|akes|aking|ook) (?:over|the helm)"
    # other languages' outlets in English feeds: German, French, Spanish
    r"|tritt zur(?:u|ü)ck|r(?:u|ü)cktritt|verl(?:a|ä)sst|wechselt|quitte|d(?:e|é)mission\w*"
    r"|rejoint|renuncia|dimite|ficha"
    # hiring and appointing in forms the words above leave out ("appointing Dr. X to lead",
    # "by promoting X", "among the nominees", "a recruitment victory", "snatched by Google")
    r"|appointing|promot(?:es|ed|ing)|nominee|nominees|nominated|recruit(?:s|ed|ing|ment)?"
    r"|snatch(?:es|ed)|lured"
)
MOVE_WORD_RE = word_pattern(MOVE_WORDS)
# a headline that negates, denies or only expects a move: "is not leaving", "denies exit"
DENIAL_RE = re.compile(
    rf"\b(?:not|never|isn'?t|won'?t)\s+(?:\w+\s+)?(?:{MOVE_WORDS})\b"
    r"|\b(?:denies|denied|deny|dismiss(?:es|ed)|refutes?|rumou?rs?|rumou?red)\b"
    # or only expects one: "could leave", "plans to leave", "sources say"
    r"|\b(?:could|might|mulls|weighs|considering|in talks|plans? to|planning to)\b"
    r"|\b(?:sources|report) says?\b"
)


LEAVE_WORDS = (
    r"leav(?:e|es|ing)|left|quit(?:s|ting)?|depart(?:s|ed|ing|ure)?|exit(?:s|ed|ing)?"
    r"|resign(?:s|ed|ing|ation)?|step(?:s|ped|ping)? (?:down|away|aside)|part(?:s|ed)? ways"
    r"|farewell|new (?:opportunities|chapter|startup|venture)|jump(?:s|ed|ing)? ship|out at"
    r"|tritt zur(?:u|ü)ck|r(?:u|ü)cktritt|verl(?:a|ä)sst|quitte|d(?:e|é)mission\w*|renuncia|dimite"
)
JOIN_WORDS = (
    r"(?:re)?join(?:s|ed|ing)?|hir(?:e|es|ed|ing)|poach(?:es|ed|ing)?"
    r"|recruit(?:s|ed|ing|ment)?|snatch(?:es|ed)|lured"
    r"|mov(?:e|es|ed|ing) (?:to|on)|jump(?:s|ed|ing)?|defect(?:s|ed|ing)?|tap(?:s|ped)"
    r"|heads? to|new role|brought on|wechselt|rejoint|ficha|se une"
)
APPOINT_WORDS = (
    r"appoint(?:s|ed|ing|ment)?|named|names|promot(?:e|es|ed|ing|ion)|tap(?:s|ped)"
    r"|nominee|nominees|nominated"
    r"|t(?:ake|akes|aking|ook) (?:over|the helm|the reins)|new role|to lead|will lead"
    r"|now lead(?:s|ing)?"  # "X, the Autopilot head who now leads Optimus": a post taken
)
RETURN_WORDS = (
    r"return(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|comeback|back at|back to|restored|reinstated"
)
FIRED_WORDS = r"fired|firing|ousted|ouster|oust(?:s|ing)?|sacked|dismissed|removed"
FOUND_WORDS = (
    r"co-?found(?:s|ed|er|ers|ing)?|found(?:s|ed|ing)|launch(?:es|ed|ing)?|start(?:s|ed|ing)?"
)
# the words of moving that tell a story's own action: a departure story is told by "quit", a
# return by "returns" (not by "quit over his firing" or "hired by Microsoft", which tell the
# steps before it)
TELLS = {
    "join": (JOIN_WORDS, LEAVE_WORDS, APPOINT_WORDS),
    "poach": (JOIN_WORDS, LEAVE_WORDS),
    "leave": (LEAVE_WORDS,),
    "fired": (FIRED_WORDS, LEAVE_WORDS),
    "return": (RETURN_WORDS, APPOINT_WORDS),
    "appointed": (APPOINT_WORDS, JOIN_WORDS),
    "found": (FOUND_WORDS, LEAVE_WORDS),
}
TELLS_RE = {action: word_pattern("|".join(words)) for action, words in TELLS.items()}

# Words of moving the patterns above leave out, in other languages' outlets (French, Spanish,
# Portuguese, Italian, German, Vietnamese: "embauche", "nomination", "contratación",
# "renunció", "bổ nhiệm"), looked for only in a report not read as a move whose text is not
# plain ASCII (tells_elsewhere); and Chinese, Japanese and Korean ones, which no word boundary
# delimits ("转投", "离职", "退社", "영입").
ELSEWHERE = {
    "join": (
        r"embauch\w*|recrut\w*|contrata|contrató|contratación|contratado|contratada"
        r"|incorpora|incorporó|incorporando|lascia|deixa"
        r"|migra|migrou|migrará|ficha por|fichó por"  # Portuguese "migrates", Spanish "signs for"
    ),
    "appoint": (
        r"nomm(?:e|é)e?s?|nomination|nombra|nombrado|nombrada|nombramiento|nomeado|nomeada"
        r"|nominato|nominata|ernannt|ernennt|bổ nhiệm|arriv(?:e|é)e"
    ),
    "leave": (
        r"quitter|renunció|renunciado|dimitió|lascia|deixa|abandona|abandonne"
        r"|saída|saiu|sai da"  # Portuguese "departure", "left", "leaves"
    ),
    # German: "gründet", "gegründet", "ins Leben rufen" / "gerufen" (to bring into being)
    "found": r"funda|fundó|fonde|gründet|gegründet|gründen|ins leben (?:zu )?(?:rufen|gerufen)",
}
ELSEWHERE_CJK = {
    # Japanese "引き抜く" (to poach: "引き抜いた", "引き抜き") in any of its endings
    "join": "加入|加盟|跳槽|转投|轉投|入职|入職|挖角|挖走|招揽|招攬|移籍|入社|引き抜|영입|합류|이직",
    # "接管", "接掌": takes over (a post, a unit); "换帅", "換帥": a change of chief
    "appoint": "出任|就任|任命|执掌|執掌|接管|接掌|换帅|換帥|선임|임명",
    "leave": "离职|離職|辞职|辭職|离开|離開|卸任|退社|退任|辞任|離籍|사임|퇴사|이직",
    "fired": "解雇|解任|开除|開除|해임|경질",
    "return": "回归|回歸|복귀",
    "found": "创立|創立|创办|創辦|创业|創業|설립|창업",
}
# which of those tell a story's own action (as TELLS: a join also by the departure it needs)
ELSEWHERE_TELLS = {
    "join": ("join", "leave", "appoint"),
    "poach": ("join", "leave"),
    "leave": ("leave",),
    "fired": ("fired", "leave"),
    "return": ("return", "appoint"),
    "appointed": ("appoint", "join"),
    "found": ("found", "leave"),
}


@cache  # compiled on first use: English feeds never need them
def elsewhere_patterns(action: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of ELSEWHERE and ELSEWHERE_CJK that tell `action` (ELSEWHERE_TELLS), or all
    of them for None."""
    kinds = ELSEWHERE_TELLS[action] if action else tuple(ELSEWHERE_CJK)
    return (
        word_pattern("|".join(ELSEWHERE[k] for k in kinds if k in ELSEWHERE)),
        re.compile("|".join(ELSEWHERE_CJK[k] for k in kinds if k in ELSEWHERE_CJK)),
    )


@lru_cache(maxsize=4096)
def tells_elsewhere(title: str, summary: str) -> bool:
    """Whether a report not in plain ASCII uses a word of moving of ELSEWHERE (another
    language's) and its headline denies none."""
    text = f"{title} {summary}"
    if text.isascii() or DENIAL_RE.search(title.replace("’", "'").lower()):
        return False
    latin, cjk = elsewhere_patterns(None)
    return cjk.search(text) is not None or latin.search(text.lower()) is not None


def in_characters(title: str, summary: str) -> bool:
    """Whether a report is written in Chinese, Japanese or Korean characters and uses one of
    their words of moving (ELSEWHERE_CJK): its mover, if named, is named in that script."""
    text = f"{title} {summary}"
    return not text.isascii() and elsewhere_patterns(None)[1].search(text) is not None


def tells_action_elsewhere(text: str, action: str) -> bool:
    """tells_action for the words of ELSEWHERE."""
    if action not in ELSEWHERE_TELLS or text.isascii():
        return False
    latin, cjk = elsewhere_patterns(action)
    return cjk.search(text) is not None or latin.search(text.lower()) is not None


def tells_action(text: str, action: str) -> bool:
    """Whether a text uses a word of moving that tells `action` (TELLS), or, for a join or an
    appointment, a new unit led by someone (new_unit_led)."""
    pattern = TELLS_RE.get(action)
    if pattern is None:
        return False
    folded = fold_text(text)
    if pattern.search(folded) is not None:
        return True
    return action in UNIT_ACTIONS and new_unit_led(folded)


def new_unit_led(lowered: str) -> bool:
    """Whether a lower-case text announces a new unit with its head ("forms new AI division
    led by X", "a new AI division headed by X"): X's appointment, told without a verb of
    moving."""
    if "led by" not in lowered and "headed by" not in lowered:
        return False
    return NEW_UNIT_RE.search(lowered) is not None


def headline_about_another(item: Item, mover: str) -> bool:
    """Whether a report's headline names people but not the mover ("X says he regrets his
    part in the board's actions" about the board's firing of Y), or a group of people moving
    ("employees threaten to quit over Y's firing"): it tells their news, not Y's move."""
    analysis = item.analysis
    named = [
        p
        for p in {*analysis.people, *analysis.watched_people}
        if in_headline(p, item.title) and not owner_named(item.title, p, analysis.labs)
    ]
    if named and not any(same_person(p, mover) for p in named):
        return True
    # a group moving in the headline ("505 employees threaten to quit over X's firing")
    return names_a_group(item.title) and MOVE_WORD_RE.search(item.title.lower()) is not None


def owner_named(title: str, person: str, labs: Sequence[str]) -> bool:
    """Whether a headline writes a person only as the owner of a lab it names ("X joins Sam
    Altman's OpenAI after quitting Elon Musk's xAI"): a name that tells whose lab it is, not
    someone else's news."""
    surname = re.escape(person.split()[-1])
    return any(
        re.search(rf"\b{surname}['’]s {re.escape(lab)}\b", title) is not None for lab in labs
    )


# A headline's "names" that gives a post ("Treasury names new AI lead", "names X as CTO"), not a
# list's ("names the most influential voices"): an appointment, told by the present tense
NAMING_RE = re.compile(
    r"\bnames (?:(?:a|an|its|the) )?(?:new|first|next|top)\b"
    r"|\bnames [^.,;:]{0,60}?\b(?:as|to (?:lead|head|run))\b"
)
# a headline's launch of something it names ("X Launches Tidewell", not "launches a new
# model"), searched as written: a founding only where the company founded is the story's
# (launched_only), as people launch podcasts, products and reports by name too
LAUNCH_RE = re.compile(r"\b[Ll]aunch(?:es|ed)? [A-Z]")
# a headline's team strengthened with people ("bolsters its AI team with X researchers"): a
# hire of a group, told without a verb of hiring (tells_of_raid); "with a new partnership" is not
BOLSTERED_RE = re.compile(
    r"\b(?:bolster|strengthen|beef)(?:s|ed|ing)? (?:up )?(?:[\w-]+ ){0,3}?"
    r"(?:team|unit|lab|division|group|bench|ranks)s? with (?:[\w-]+ ){0,3}?"
    r"(?:researchers|engineers|scientists|staff|talent|hires|veterans|experts)\b"
)
HEADLINE_TELLS_RE = re.compile(f"{NAMING_RE.pattern}|{BOLSTERED_RE.pattern}")  # one scan


def moving_words(lowered: str) -> bool:
    """Whether a lower-cased text uses a word of moving (MOVE_WORD_RE) or tells a new unit led
    by someone (new_unit_led)."""
    return MOVE_WORD_RE.search(lowered) is not None or new_unit_led(lowered)


@lru_cache(maxsize=4096)  # asked again by clustering (Clusterer.told_move) of the same report
def tells_a_move(title: str, summary: str) -> bool:
    """Whether a report uses a word of moving (joins, quit, departure, rejoins, takes over,
    also in a few other languages), or its headline names someone to a post, launches
    something or strengthens a team with people (NAMING_RE, LAUNCH_RE, BOLSTERED_RE), and its
    headline denies none ("X is not leaving", "denies exit"): what a report needs to be read as
    another telling of a story's move."""
    title = title.replace("’", "'")
    lowered = title.lower()
    if DENIAL_RE.search(lowered):
        return False
    text = f"{title} {summary}".lower()
    if moving_words(text):
        return True
    # (the words looked for first: most headlines have none, and a pattern opening with \b
    # is tried at every position)
    told = "names" in lowered or "bolster" in lowered or "strengthen" in lowered
    if (told or "beef" in lowered) and HEADLINE_TELLS_RE.search(lowered) is not None:
        return True
    return "aunch" in title and LAUNCH_RE.search(title) is not None


def launched_only(item: Item, company: str | None) -> bool:
    """Whether a report not read as a move tells of a founding by its headline's launch alone
    (no other word of moving, in English or another language) without writing the company the
    founding story names: "X launches a podcast" is not the founding of K."""
    if LAUNCH_RE.search(item.title) is None:
        return False  # let through by another word
    text = f"{item.title} {item.summary}"
    if company and re.search(rf"\b{re.escape(company)}\b", text):
        return False
    lowered = text.lower()
    if moving_words(lowered):
        return False
    return not tells_elsewhere(item.title, item.summary)


def tells_of(item: Item, story: StoryView) -> bool:
    """A report not taken as a move that still tells of a story's move ("Barret Zoph's
    dramatic turnaround", its summary saying he returned): within WINDOW of the story (or up to
    FOLLOW_UP naming a lab of the move, as follow-ups do), it writes the mover's full name and a
    word that tells the story's own action (TELLS), any lab it names is one of the story's, and
    its headline is not about someone else."""
    event = story.event
    if story.kind != "move" or event is None:
        return False
    if not event.person:
        return tells_of_raid(item, story, event) or unnamed_in_characters(item, story, event)
    if story.group and tells_of_raid(item, story, event):
        return True  # a group's move, one of them named: told without the name
    apart = abs(item.when - story.when)
    if apart > FOLLOW_UP:
        return False
    labs = set(item.analysis.labs)
    if labs and not labs & ({event.from_lab, event.to_lab} | set(story.labs)):
        return False
    if apart > WINDOW and (item.when < story.when or not labs & {event.from_lab, event.to_lab}):
        return False  # days later, only as a follow-up: naming a lab of the move
    text = f"{item.title} {item.summary}"
    if not names_either_way(text, event.person):
        # a name in another script, or none, or the surname alone: the two labs, the same news
        # day (tells_of_pair, tells_by_surname)
        if apart > SAME_NEWS_DAY:
            return False
        return (
            tells_of_pair(item, story, event, text)
            or tells_by_surname(item, story, event)
            or tells_unnamed(item, story, event, text)
        )
    if headline_about_another(item, event.person):
        return False
    if event.action == "found" and launched_only(item, event.to_lab):
        return False
    if tells_action(text, event.action) or tells_action_elsewhere(text, event.action):
        return True
    return names_both_labs(item, event)  # its words of moving in a language not listed


def names_both_labs(item: Item, event: Event) -> bool:
    """Whether a report names the lab a move leaves and the lab it joins (however written)."""
    if not (event.from_lab and event.to_lab):
        return False
    labs = item.analysis.labs
    return any(same_lab(lab, event.from_lab) for lab in labs) and any(
        same_lab(lab, event.to_lab) for lab in labs
    )


def within_story(labs: Sequence[str], story: StoryView, event: Event) -> bool:
    """Whether every lab a report names is one of the story's or its move's: no lab outside
    the story."""
    theirs = [*story.labs, event.from_lab, event.to_lab]
    return all(any(same_lab(lab, other) for other in theirs) for lab in labs)


def move_place(event: Event) -> str | None:
    """The lab a move puts in its place: the lab left by a departure or a firing, else the lab
    joined."""
    return event.from_lab if event.action in ("leave", "fired") else event.to_lab


def tells_of_pair(item: Item, story: StoryView, event: Event, text: str) -> bool:
    """A report not read as a move, in Chinese, Japanese or Korean, that names nobody in Latin
    letters (the mover in its own script: "庞若鸣...转投OpenAI"), told the same news day as a
    named move: it names the lab left and the lab joined and no lab outside the story, in
    words that tell the story's action, and speaks of no group beside one person's move."""
    if item.analysis.people or (item.group and not story.group):
        return False
    if not in_characters(item.title, item.summary) or not names_both_labs(item, event):
        return False
    if not within_story(item.analysis.labs, story, event):
        return False
    return tells_action(text, event.action) or tells_action_elsewhere(text, event.action)


def tells_unnamed(item: Item, story: StoryView, event: Event, text: str) -> bool:
    """A report not read as a move that names nobody, of a story whose headlines do not name its
    mover either (only a summary does: "Hugging Face launches a project led by former Tesla
    scientist"), told the same news day (tells_of asks): it names the lab the move puts in its
    place, and the lab left when the story names one, no lab outside the story, in words that
    tell the story's action; and its headline tells of no one else: no "another" or "more", no
    group beside one person's move, no post the story's reports do not name."""
    if item.analysis.people or story.titled():
        return False
    labs = item.analysis.labs
    place = move_place(event)
    wanted = [lab for lab in (place, event.from_lab) if lab]
    if not wanted or not all(any(same_lab(lab, mine) for mine in labs) for lab in wanted):
        return False
    if not within_story(labs, story, event):
        return False
    if tells_another([item.title], story.texts, item.group, story.group):
        return False
    return tells_action(text, event.action)


CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]{3,}\b")


def surname_keys(text: str) -> set[str]:
    """The surname and spelling keys (person_key, spelling_key) of each capitalised word of a
    text: the stories of a mover it writes by surname alone ("Hoffman said"), however spelled."""
    keys = set()
    for word in CAPITALISED_RE.findall(text):
        keys.add(f"p:{fold(word)}")
        if key := spelling_key(word):
            keys.add(key)
    return keys


def tells_by_surname(item: Item, story: StoryView, event: Event) -> bool:
    """A report not read as a move that writes the mover by surname alone, as written or
    spelled one letter apart ("Hoffman" for "Jordan Hoffmann": same_person), told the same news
    day (tells_of asks): it names the lab left and the lab joined and no lab outside the story,
    in words that tell the story's action, and its headline is no one else's news."""
    if not event.person or not names_both_labs(item, event):
        return False
    if not within_story(item.analysis.labs, story, event):
        return False
    text = f"{item.title} {item.summary}"
    if not any(same_person(word, event.person) for word in CAPITALISED_RE.findall(text)):
        return False
    if headline_about_another(item, event.person):
        return False
    return tells_action(text, event.action)


def unnamed_in_characters(item: Item, story: StoryView, event: Event) -> bool:
    """A report not read as a move, in Chinese, Japanese or Korean and naming nobody in Latin
    letters, of a move no report names either ("카카오, 前 SKT CTO 영입" beside "Kakao hires
    former SKT CTO"): the same news day, the lab joined (or left) named and no lab outside the
    story, words that tell the story's action, the same post when both name one, no group."""
    if item.analysis.people or item.group or story.group:
        return False
    if abs(item.when - story.when) > SAME_NEWS_DAY or not in_characters(item.title, item.summary):
        return False
    place = move_place(event)
    labs = item.analysis.labs
    if place is None or not any(same_lab(lab, place) for lab in labs):
        return False
    if not within_story(labs, story, event):
        return False
    text = f"{item.title} {item.summary}"
    posts, their_posts = posts_of(text), posts_of(" ".join(story.headlines))
    if posts and their_posts and posts.isdisjoint(their_posts):
        return False
    return tells_action_elsewhere(text, event.action)


def tells_of_raid(item: Item, story: StoryView, event: Event) -> bool:
    """A report not taken as a move that tells of a story's raid ("OpenAI's hardware gets a
    boost from 40 ex-Apple hires" beside "OpenAI continues to hire engineers from Apple"), or
    of a group's move whose headlines name one of them too ("X and three colleagues join
    Anthropic from Cohere"), or of a hire naming nobody ("recruits ex-DeepMind talent to lead
    its health unit"): within WINDOW, it names both labs and no lab outside the story, in words
    of hiring or leaving, or its headline tells a team strengthened with people (BOLSTERED_RE:
    "bolsters its team with X researchers")."""
    if event.action != "poach" and not (
        event.action == "join" and (story.group or not event.person)
    ):
        return False
    if not (event.from_lab and event.to_lab):
        return False
    if abs(item.when - story.when) > WINDOW:
        return False
    labs = set(item.analysis.labs)
    if not {event.from_lab, event.to_lab} <= labs or labs - {
        *story.labs,
        event.from_lab,
        event.to_lab,
    }:
        return False
    if tells_action(f"{item.title} {item.summary}", "poach"):
        return True
    return BOLSTERED_RE.search(item.title.lower()) is not None


def raid_keys(analysis: Analysis) -> set[str]:
    """'u:openai', 'u:apple' for a report naming two labs or more: the keys of an unnamed raid
    between them (unnamed_keys), which the report may tell of (tells_of_raid)."""
    labs = analysis.labs
    return {f"u:{lab.lower()}" for lab in labs} if len(labs) > 1 else set()


def story_kind(analysis: Analysis) -> StoryKind | None:
    """'move', 'mention' (names a watched person or keyword), or None (not kept)."""
    if analysis.is_move:
        return "move"
    if analysis.watched_people or analysis.keywords:
        return "mention"
    return None


def entities_of(analysis: Analysis, kind: StoryKind) -> set[str]:
    """The blocking keys of an entry: people by surname, labs, keywords."""
    people = analysis.people if kind == "move" else analysis.watched_people
    keys = {k for k in map(person_key, people) if k}
    event = analysis.event
    if kind == "move" and event is not None and event.person:
        keys |= mover_keys(event.person)
    elif kind == "move" and event is not None:
        keys |= unnamed_keys(event)
    keys |= {f"l:{lab.lower()}" for lab in analysis.labs}
    keys |= {f"k:{kw.lower()}" for kw in analysis.keywords}
    return keys


@lru_cache(maxsize=65536)
def mover_keys(name: str) -> frozenset[str]:
    """A mover's keys (entities_of): the surname's, its spelling's and a short surname's given
    name's; kept per name, as movers recur across a feed's reports."""
    keys = (f"p:{fold(name.split()[-1])}", spelling_key(name), given_key(name))
    return frozenset(k for k in keys if k)


def unnamed_keys(event: Event) -> set[str]:
    """'u:openai' for each lab of a move: an unnamed move's story carries them, and a named move
    looks them up, so "OpenAI recruits an Anthropic safety veteran", read first, still meets
    "OpenAI hires Dylan Scandinaro from Anthropic" (without every OpenAI story as a candidate)."""
    return {f"u:{lab.lower()}" for lab in (event.from_lab, event.to_lab) if lab}


def block_keys(analysis: Analysis, kind: StoryKind, entities: set[str]) -> set[str]:
    """What a candidate must share: the moving person (and the unnamed moves at its labs), else
    the event's labs; for a mention, the watched people and keywords. Labs alone would make
    every OpenAI story a candidate."""
    event = analysis.event
    if kind == "move" and event is not None:
        keys = person_keys(event.person)
        if keys:
            return keys | unnamed_keys(event)
        labs = {f"l:{lab.lower()}" for lab in (event.from_lab, event.to_lab) if lab}
        return labs or entities
    keys = {k for k in map(person_key, analysis.watched_people) if k}
    keys |= {f"k:{kw.lower()}" for kw in analysis.keywords}
    return keys or entities


@lru_cache(maxsize=8192)  # titles repeat across feeds and story loads; the result is immutable
def words_of(text: str) -> frozenset[str]:
    """Content words of a title, lower-cased, plural 's' dropped."""
    # accents dropped ('Echeverría' = 'Echeverria'); words are runs of a-z and 0-9
    return frozenset(
        [
            word[:-1] if word[-1] == "s" and len(word) > 4 else word
            for word in ascii_words(fold(text))
            if len(word) > 2 and word not in STOP
        ]
    )


def events_conflict(a: Event | None, b: Event | None) -> bool:
    """Two events that cannot be one: other person, other destination, or clashing actions."""
    if a is None or b is None:
        return False
    return _conflict(a, b, same_person(a.person, b.person))


def _conflict(a: Event, b: Event, same_people: bool) -> bool:
    # events_conflict with same_person(a.person, b.person) given (scoring has it already)
    if a.person and b.person and not same_people:
        return True
    # one person's move to "Walt Disney" and to "Disney" the same days is to one company
    if (
        a.to_lab
        and b.to_lab
        and not same_lab(a.to_lab, b.to_lab)
        and not (a.person and b.person and short_form(a.to_lab, b.to_lab))
    ):
        return True
    # "from" is often an older employer ("DeepMind co-founder"), so it only separates departures,
    # and only of people nobody names: one person does not leave two labs within days, so
    # reports naming them that disagree on the lab left disagree on wording ("Inflection
    # co-founder leaves", "DeepMind co-founder leaves")
    other_from = bool(a.from_lab and b.from_lab and not same_lab(a.from_lab, b.from_lab))
    if other_from and not (a.person and b.person) and a.action == b.action == "leave":
        return True
    return a.action != b.action and frozenset((a.action, b.action)) not in COMPATIBLE


def founded_once(a: Event, b: Event, apart: timedelta) -> bool:
    """Two reports within WINDOW of one named person founding a company, naming it two ways: a
    working name and the launched one ("Project AI 2.0", "01.AI"), or a misread (the
    university the founder leaves, taken for the company). A person founds one company at a
    time; the same person joining, leaving or founding beside it is still another event, and
    so is a founder of the same surname and another given name."""
    if a.action != "found" or b.action != "found" or not (a.person and b.person):
        return False
    if apart > WINDOW or not same_person(a.person, b.person):
        return False
    first, second = a.person.split(), b.person.split()
    return len(first) == 1 or len(second) == 1 or fold(first[0])[:1] == fold(second[0])[:1]


def short_form(a: str, b: str) -> bool:
    """Whether one lab's name is the other's last word alone ("Disney", "Walt Disney"), four
    letters or more: the short form outlets use for a company, said of one named person's
    move (scoring._conflict) and nowhere else, as "Labs" or "AI" alone name nothing."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 4 and " " not in short and long.endswith(f" {short}")


def same_group(a: Event, b: Event) -> bool:
    """Two unnamed groups taken from one lab by another ('poaches two dozen DeepMind staff',
    'DeepMind loses 20 researchers to Microsoft') are one raid."""
    return (
        a.person is None
        and b.person is None
        and (a.action == b.action or frozenset((a.action, b.action)) in COMPATIBLE)
        and a.from_lab is not None
        and a.to_lab is not None
        and (a.from_lab, a.to_lab) == (b.from_lab, b.to_lab)
    )


def later_step(a: Event | None, b: Event | None, apart: timedelta) -> bool:
    """A departure and a join more than a news day apart are two steps, not two reports,
    unless a plain departure is followed within WINDOW by where it leads ("X leaves OpenAI",
    two days later "X joins Anthropic": one move told twice). A firing stays its own event."""
    if a is None or b is None or a.action == b.action or apart <= SAME_NEWS_DAY:
        return False
    actions = {a.action, b.action}
    if "fired" in actions:
        return True
    if same_lab(a.to_lab, b.to_lab):
        return False  # a departure that names where it leads ("leaves A to found K") is one move
    return "leave" in actions and apart > WINDOW


def unnamed_agrees(item: Item, story: StoryView) -> bool:
    """One report names the mover and the other does not ("Stability AI's CEO resigns",
    "Emad Mostaque resigns"), and they put a lab in the same place: the vaguer report of one
    event. An unnamed *group* ("key researchers leave Stability AI") is another event than one
    named person's move unless told the same news day ("xAI loses two more co-founders", "Jimmy
    Ba leaves xAI"); two reports that both speak of a group ("Engineers keep leaving Acme",
    whose summary names one, and "Acme loses key people") tell one group's departure."""
    a, b = item.analysis.event, story.event
    if a is None or b is None or bool(a.person) == bool(b.person):
        return False
    if not (
        same_lab(a.from_lab, b.from_lab)
        or same_lab(a.to_lab, b.to_lab)
        or writes_their_mover(item, story)
    ):
        return False
    group = story.group if a.person else item.group
    if story.group and item.group and abs(item.when - story.when) <= WINDOW:
        return True  # both tell a group leaving, one naming a member from its summary
    if not group or abs(item.when - story.when) <= SAME_NEWS_DAY:
        return not names_as_predecessor(item, story)
    return False


def writes_their_mover(item: Item, story: StoryView) -> bool:
    """Of two reports one naming no mover, whether the unnamed one writes the named one's mover
    all the same, as the mover and no lab left apart: in full in its headline, a name the
    classifier did not read ("AI Expert at Acme, Jane Doe, Resigns" beside "Jane Doe resigns",
    read with no lab), or by a surname of four letters or more ("..., Doe said in a post"
    beside "Jane Doe joins Initech"). That person's move told vaguely, not another's."""
    a, b = item.analysis.event, story.event
    if a is None or b is None:
        return False
    named, unnamed = (a, b) if a.person else (b, a)
    if not named.person:
        return False
    texts = story.texts if a.person else [f"{item.title}. {item.summary}"]
    if {a.action, b.action} == {"appointed", "join"} and unnamed.action == "appointed":
        # "Acme Cloud appoints new head of AI" + "She will be replaced by X" beside "X joins
        # Acme Cloud": the appointment names its newcomer as the successor
        return any(writes_successor(text, named.person) for text in texts)
    if not one_hire(a.action, b.action):
        return False  # (an appointment writing a departed chief's name names a successor)
    if named.from_lab and unnamed.from_lab and not same_lab(named.from_lab, unnamed.from_lab):
        return False  # another lab left: someone else's departure
    headlines = story.headlines if a.person else [item.title]
    surname = named.person.split()[-1]
    if any(names_as_mover(title, named.person) for title in headlines):
        return True
    return len(surname) >= 4 and any(surname_as_mover(text, surname) for text in texts)


def one_hire(a: str, b: str) -> bool:
    """The same action, or a join and a poach (one hire told from either lab)."""
    return a == b or {a, b} == {"join", "poach"}


def names_as_predecessor(item: Item, story: StoryView) -> bool:
    """Whether the unnamed report writes the other's mover only as background ("Acme names a
    new chief AI officer" over "... picked a successor after X left the post"): it tells of
    someone else than X, so it is not the vaguer report of X's move."""
    a, b = item.analysis.event, story.event
    if a is None or b is None:
        return False
    if a.person:
        texts, name = story.texts, a.person
    else:
        texts, name = [f"{item.title}. {item.summary}"], b.person or ""
    if len(name.split()) < 2:
        return False  # (names_as_mover reads full names only: a surname alone tells nothing)
    return any(writes_name(t, name) and not names_as_mover(t, name) for t in texts)


def spelled_from_script(item: Item, story: StoryView) -> bool:
    """Two movers spelled one letter apart in given name and surname ("Tobi Polen", "Toby
    Pohlen"), one of them written in another script in its report (movers.romanised): one
    person, as outlets spell a transliterated name their own way. Both written in Latin
    letters, two such names are two people ("Mark Chen", "Mary Chan")."""
    mine, theirs = item.analysis.event, story.event
    if mine is None or theirs is None or not (mine.person and theirs.person):
        return False
    if not spelled_alike(mine.person, theirs.person):
        return False
    if romanised(mine.person, f"{item.title} {item.summary}"):
        return True
    return bool(story.texts) and all(romanised(theirs.person, text) for text in story.texts)


def other_post(item: Item, story: StoryView) -> bool:
    """One report names the mover and the other does not; the unnamed one is an appointment
    whose headline names the post ("Mistral names new chief research officer"), which the named
    one names otherwise ("Mistral names X CFO") or does not name while telling another action
    ("Mistral hires X" + "X joins the research team"): another post filled, or someone else
    hired, however alike the headlines are."""
    a, b = item.analysis.event, story.event
    if a is None or b is None or bool(a.person) == bool(b.person) or a.to_lab != b.to_lab:
        return False
    if writes_their_mover(item, story):
        return False  # the unnamed report names the post otherwise, of the same person
    if a.person:
        unnamed, named = posts_of(" ".join(story.headlines)), f"{item.title}. {item.summary}"
    else:
        unnamed, named = posts_of(item.title), " ".join(story.texts)
    action = (b if a.person else a).action
    # a hire of one post nobody names ("OpenAI hires chief people officer", read as a raid)
    # is weighed as an appointment is
    if action != "appointed" and not (action == "poach" and unnamed):
        return other_hire(item, story, action)
    if not unnamed:
        return False
    posts = posts_of(named)
    return unnamed.isdisjoint(posts) if posts else a.action != b.action


def other_hire(item: Item, story: StoryView, action: str) -> bool:
    """A hire's post is the one held before or the one to come, so a hire names no post to
    compare unless both headlines name one: "Naver hires former Samsung CTO" and "Naver hires
    ex-Samsung CFO Kim" name two posts and none in common, two hires; one written shorter
    (narrowed) is one post. A departure's post is the one left, which a vaguer report may word
    otherwise."""
    if action != "join":
        return False
    mine, theirs = posts_of(item.title), posts_of(" ".join(story.headlines))
    return bool(mine and theirs) and not one_post(mine, theirs)


STAND_INS = frozenset(["interim", "acting", "co"])


def one_post(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two reports' posts (movers.posts_of) share one, as written or one written
    shorter (narrowed)."""
    return not mine.isdisjoint(theirs) or any(narrowed(a, b) for a in mine for b in theirs)


def narrowed(a: str, b: str) -> bool:
    """Whether one post (movers.posts_of) is the other with its remit narrowed by a word
    ("chief AI officer", "chief AI innovation officer"), as "head of AI research" already reads
    as "head of AI": one post written shorter. A stand-in ("interim", "acting", "co-") on one
    side only is another post."""
    words_a, words_b = set(a.split()), set(b.split())
    if words_a & STAND_INS != words_b & STAND_INS:
        return False
    return words_a < words_b or words_b < words_a


def unnamed_alike(a: Event, b: Event, apart: timedelta) -> bool:
    """Two reports naming no mover, of the same action at the same labs within a news day
    ("Oracle names co-CEOs", next morning "Oracle promotes X and Y to co-CEO", both read as a
    pair named with no one mover): one event told twice. One may leave out the other lab
    ("OpenAI rehires researchers" beside "researchers return to OpenAI from Y"), not the lab
    the action puts them in (movers.same_place). Days apart, two unnamed departures from one
    lab may be two people."""
    if a.person is not None or b.person is not None or apart > SAME_NEWS_DAY:
        return False
    if a.action != b.action or (a.from_lab or a.to_lab) is None:
        return False
    if (a.from_lab, a.to_lab) == (b.from_lab, b.to_lab):
        return True
    leaving = a.action in ("leave", "fired")
    place, other = (a.from_lab, a.to_lab) if leaving else (a.to_lab, a.from_lab)
    their_place, their_other = (b.from_lab, b.to_lab) if leaving else (b.to_lab, b.from_lab)
    return place is not None and place == their_place and (other is None) != (their_other is None)


def co_movers(item: Item, story: StoryView) -> bool:
    """Two people of one joint move ("Noam Shazeer and Daniel De Freitas rejoin Google"):
    another mover, but the same action from the same lab to the same lab, and the report
    names the two together ("X and Y", "X ... along with Y"), or the story named the report's
    mover among its people. One named as background ("follows X, whose move was announced
    on Tuesday") is another event."""
    a, b = item.analysis.event, story.event
    if a is None or b is None or not (a.person and b.person and a.from_lab):
        return False
    if not a.to_lab:
        return co_leavers(item, story, a, b)
    if (a.from_lab, a.to_lab) != (b.from_lab, b.to_lab) or not one_action(a.action, b.action):
        return False
    if any(same_person(a.person, p) for p in story.people):
        return True
    return named_together(f"{item.title}. {item.summary}", a.person, b.person)


def co_leavers(item: Item, story: StoryView, a: Event, b: Event) -> bool:
    """Two people leaving one lab together, no destination named ("xAI loses its last two
    co-founders": "the exit of X and Y"): one report or the story names the two together. A
    story naming the other only as background ("48 hours after Y quit") is another event."""
    if not (a.person and b.person) or b.to_lab:
        return False
    if a.action not in RETOLD_EXITS or b.action not in RETOLD_EXITS:
        return False
    if not same_lab(a.from_lab, b.from_lab):
        return False
    if named_together(f"{item.title}. {item.summary}", a.person, b.person):
        return True
    return named_together(" ".join(story.texts), a.person, b.person)


FOUNDING = frozenset(["found", "leave"])  # a founding, or the departure it follows


def co_founders(item: Item, story: StoryView, apart: timedelta) -> bool:
    """Two people founding one company together, each report taking one of them as the mover
    ("X of A is forming a start-up with Y of B", "Y and X are starting a company"): within
    WINDOW, a founding on one side and a founding or a departure on the other, a report or the
    story naming the two together in a sentence of founding (found_together). Each report reads
    the labs from its own mover's side, the partner's employer often taken for the company, so
    two companies named are two only when neither is a lab either founder leaves."""
    a, b = item.analysis.event, story.event
    if a is None or b is None or not (a.person and b.person) or apart > WINDOW:
        return False
    if "found" not in (a.action, b.action) or not {a.action, b.action} <= FOUNDING:
        return False
    if same_person(a.person, b.person) or other_company(a, b):
        return False
    if found_together(f"{item.title}. {item.summary}", a.person, b.person):
        return True
    return found_together(" ".join(story.texts), a.person, b.person)


def other_company(a: Event, b: Event) -> bool:
    """Whether two foundings name two companies, neither of them a lab one founder leaves."""
    if not (a.to_lab and b.to_lab) or same_lab(a.to_lab, b.to_lab):
        return False
    left = (a.from_lab, b.from_lab)
    return not any(same_lab(to, lab) for to in (a.to_lab, b.to_lab) for lab in left)


# a founding in the present or to come ("is forming a start-up", "are starting a company", "will
# build a new AI company", "to start an AI firm"), not in a relative clause ("who co-founded K")
FOUNDING_RE = re.compile(
    r"(?<!who )\b(?:co-?found(?:s|ing)?|found(?:s|ing)?|start(?:s|ing)?|form(?:s|ing)?"
    r"|build(?:s|ing)?|launch(?:es|ing)?|creat(?:e|es|ing)|set(?:s|ting)? up)"
    r" (?:[\w-]+ ){0,4}?(?:company|start-?up|firm|venture|lab)\b"
)
# what puts a founding at another time ("X co-founded K with Y in 2015", "years ago")
FOUNDED_BEFORE_RE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:ago|previously|earlier|once)\b")
SENTENCE_RE = re.compile(r"[.;!?](?:\s|$)")
JOINED_RE = re.compile(r"\b(?:and|with)\b|&")  # between two founders' names


def found_together(text: str, x: str, y: str) -> bool:
    """Whether a sentence of a text names two people in full as founding a company together:
    "and" or "with" between their names, a founding in the present or to come ("X, of A, is
    forming a start-up with Y"; "X, of A, and Y, of B, are starting a company"), nothing
    putting it at another time."""
    folded = fold_text(text)
    names = fold_text(x), fold_text(y)
    if not all(name in folded for name in names):
        return False
    for sentence in SENTENCE_RE.split(folded):
        at = [sentence.find(name) for name in names]
        if min(at) < 0 or FOUNDED_BEFORE_RE.search(sentence):
            continue
        first, second = sorted(zip(at, names, strict=True))
        between = sentence[first[0] + len(first[1]) : second[0]]
        if JOINED_RE.search(between) and FOUNDING_RE.search(sentence):
            return True
    return False


def one_action(a: str, b: str) -> bool:
    """The same action, or a departure to found a company told as the founding ("leaves to
    co-found X" and "co-founded X")."""
    return a == b or {a, b} == {"leave", "found"}


def named_together(text: str, a: str, b: str) -> bool:
    """Whether a text names two people as one subject: "A and B", "A, B", "A ... along
    with B" or "A co-founded X with B" in one sentence (either order)."""
    folded = fold_text(text)
    return any(_together_re(fold_text(x), fold_text(y)).search(folded) for x, y in ((a, b), (b, a)))


@lru_cache(maxsize=4096)
def _together_re(x: str, y: str) -> re.Pattern[str]:
    x, y = re.escape(x), re.escape(y)
    return re.compile(
        rf"\b{x}\s*(?:,|and|&)\s*{y}\b|\b{x}\b[^.;]*\b(?:along|together) with\s+{y}\b"
        # "X ... co-founded Sakana AI with Y": founders of one company
        rf"|\b{x}\b[^.;]*\bco-?found(?:ed|s|ing)?\b[^.;]*\bwith\s+{y}\b"
    )


def names_in_full(text: str, name: str) -> bool:
    """Whether `text` writes a person's full name (two words at least), accents aside."""
    if " " not in name:
        return False
    return _full_name_re(fold_text(name)).search(fold_text(text)) is not None


def names_either_way(text: str, name: str) -> bool:
    """names_in_full, or a name of two words written the other way round ("Wei Zhang", "Zhang Wei"):
    outlets differ on putting a Chinese or Korean family name first, as same_person reads."""
    if names_in_full(text, name):
        return True
    words = name.split()
    return len(words) == 2 and names_in_full(text, f"{words[1]} {words[0]}")


@lru_cache(maxsize=4096)
def _full_name_re(name: str) -> re.Pattern[str]:
    # word edges of Latin letters: a name runs into another script ("Jeff Dean正式接管")
    return re.compile(rf"(?<!{LATIN_WORD}){re.escape(name)}(?!{LATIN_WORD})")


NUMBERS = "zero one two three four five six seven eight nine ten eleven twelve"
NUMBER_WORDS = {word: n for n, word in enumerate(NUMBERS.split())}
GROUP_NOUNS = word_set(
    "researchers engineers scientists staff staffers employees executives execs people hires"
    " cofounders co-founders founders colleagues ex-colleagues leaders members workers experts"
)
HEAD_RE = re.compile(r"[a-z0-9][a-z0-9-]*")
DIGIT_RE = re.compile(r"[0-9]")  # a digit HEAD_RE's words may hold


APPROXIMATE = word_set("about some over nearly around almost roughly than least dozen")


@lru_cache(maxsize=8192)
def head_words(title: str) -> tuple[str, ...]:
    """HEAD_RE's words of a lower-cased headline: head_counts and names_a_group both read
    them, of every report and story title (found once)."""
    return tuple(HEAD_RE.findall(title.lower()))


@lru_cache(maxsize=8192)
def head_counts(title: str) -> frozenset[int]:
    """How many unnamed people a headline says moved ("hires four more researchers" → 4): an
    exact small number with a group noun within the next four words. Large or rounded
    numbers ("two dozen", "about 20", "20+") differ between outlets telling one raid, so they
    say nothing."""
    words = head_words(title)
    if NUMBER_WORDS.keys().isdisjoint(words) and DIGIT_RE.search(title) is None:
        return frozenset()  # no number at all (most headlines): no scan of the words
    counts = set()
    for i, word in enumerate(words):
        n = int(word) if word.isdigit() and len(word) < 3 else NUMBER_WORDS.get(word)
        if n is None or n > 12 or (i and words[i - 1] in APPROXIMATE):
            continue
        after = words[i + 1 : i + 5]
        if after[:1] != ("dozen",) and any(w in GROUP_NOUNS for w in after):
            counts.add(n)
    return frozenset(counts)


def same_raid(item: Item, story: StoryView) -> bool:
    """Headlines giving the same head count of one lab's people going to another ("Meta hires
    three OpenAI researchers") tell one raid, whichever member each summary names first."""
    a, b = item.analysis.event, story.event
    if a is None or b is None or not (a.from_lab and a.to_lab) or not item.heads & story.heads:
        return False
    if (a.from_lab, a.to_lab) != (b.from_lab, b.to_lab):
        return False
    return a.action == b.action or frozenset((a.action, b.action)) in COMPATIBLE


# "hires" is a group noun ("Meta's new hires", "40 ex-Apple hires leave") and the verb of most
# hiring headlines ("Microsoft hires Ai2's ex-CEO"): a noun after these words or before these
HIRES = frozenset(["hires"])
HIRES_NOUN_AFTER = word_set(
    f"{NUMBERS} s the its their new recent latest star more dozen and of whose"
)
HIRES_NOUN_BEFORE = word_set(
    "at from to in of for on with who that leave leaves quit quits jump jumps join joins exit"
    " exits depart departs return returns signal signals threaten threatens highlight highlights"
)


@lru_cache(maxsize=8192)  # asked again of every candidate story's titles at each batch
def names_a_group(title: str) -> bool:
    """Whether a headline speaks of several people moving ("researchers", "co-founders", "new
    hires"; not the verb of "Microsoft hires Ai2's ex-CEO")."""
    words = head_words(title)
    nouns = GROUP_NOUNS.intersection(words)
    if not nouns:
        return False
    if nouns != HIRES:
        return True
    return any(hires_noun(words, i) for i, word in enumerate(words) if word == "hires")


def hires_noun(words: Sequence[str], i: int) -> bool:
    """Whether words[i], "hires", is the noun: last in the headline, after a number, a
    possessive, a determiner or an "ex-" word, or before a preposition or a verb of its own."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if not after or after in HIRES_NOUN_BEFORE:
        return True
    return before in HIRES_NOUN_AFTER or before.isdigit() or before.startswith("ex-")


def other_group(item: Item, story: StoryView) -> bool:
    """An unnamed group of another size is another raid ("three researchers", two days later
    "four more"): both sides give head counts and no count is shared."""
    mine, theirs = item.analysis.event, story.event
    if mine is None or theirs is None or (mine.person and theirs.person):
        return False
    return bool(item.heads and story.heads) and not item.heads & story.heads


def misnamed(item: Item, story: StoryView) -> bool:
    """Two movers, one of them a headline phrase taken for a name ("xAI's Chief Legal Officer
    Resigns" → "Legal", "Several Founding Members Depart xAI") whose report's summary writes
    the other's name, the lab in the same place: one event, read wrong once. Or a mover taken
    from the summary (an announcer: "According to X, Y has joined Tesla") whose headline names
    the other mover in full and not its own: the headline's mover."""
    a, b = item.analysis.event, story.event
    if a is None or b is None or not (a.person and b.person) or not same_place(a, b):
        return False
    if item.garbled and names_as_mover(f"{item.title}. {item.summary}", b.person):
        return True
    if story.garbled() and names_as_mover(story.summary, a.person):
        return True
    if not item.titled and names_in_full(item.title, b.person):
        return announces(f"{item.title}. {item.summary}", a.person)
    return headline_names_instead(story, a.person)


def headline_tells_theirs(item: Item, theirs: Event | None) -> bool:
    """A report whose mover came from its summary ("Y has stepped down"), while its headline
    names the story's mover in full and tells the story's action, not the report's own ("Meet
    X, the Autopilot head who now leads Optimus"): the headline is the news, and it is the
    story's, the lab in common. A headline that tells the report's own action too ("CTO quits
    over Y's firing") is the news of the summary's mover. `theirs` is the story's event."""
    a, b = item.analysis.event, theirs
    if a is None or b is None or not (a.person and b.person) or item.titled:
        return False
    if a.action == b.action or not names_in_full(item.title, b.person):
        return False
    if not tells_action(item.title, b.action) or tells_action(item.title, a.action):
        return False
    labs = (b.from_lab, b.to_lab)
    return any(lab and same_lab(lab, other) for lab in (a.from_lab, a.to_lab) for other in labs)


def headline_names_instead(story: StoryView, person: str) -> bool:
    """Whether no headline of the story writes its mover and one writes `person` in full, its
    mover named in its summary as the one telling the news ("according to X"): the story's
    mover was the announcer."""
    if story.titled() or not (story.event and story.event.person):
        return False
    if not any(names_in_full(title, person) for title in story.headlines):
        return False
    return announces(" ".join(story.texts), story.event.person)


def announces(text: str, name: str) -> bool:
    """Whether a text names someone as the source of its news ("According to X on Twitter",
    "X reported", "via X"), not as one who moves ("X said he is leaving" may be either)."""
    folded = fold_text(text)
    surname = fold(name.split()[-1])
    if surname not in folded:
        return False
    return _announcer_re(surname).search(folded) is not None


@lru_cache(maxsize=1024)
def _announcer_re(surname: str) -> re.Pattern[str]:
    name = rf"(?:[\w.'’-]+ ){{0,2}}?{re.escape(surname)}\b"
    return re.compile(
        rf"\baccording to {name}|\b(?:via|source:?) @?{name}"
        rf"|\b{re.escape(surname)},? (?:reported|reports|tweeted|posted on|broke the news)\b"
    )


def same_post(item: Item, story: StoryView) -> bool:
    """A report whose headline names only the lab and the post ("Google names new chief AI
    architect") and whose mover is a guess from the summary, where the boss or the announcer
    is named too, and a report of the same lab filling (or losing) that post the same days
    that names its own mover and names the guessed one as well ("... reporting to CEO Sundar
    Pichai"): one event. A guessed mover the other report does not name ("OpenAI names a new
    interim CEO", the day after "X named interim CEO") is another person."""
    a, b = item.analysis.event, story.event
    if a is None or b is None or not (a.person and b.person) or not one_place(a, b):
        return False
    text = f"{item.title}. {item.summary}"
    posts = posts_of(item.title) if not item.titled else frozenset()
    if posts and any(in_headline(a.person, t) for t in story.texts):
        return bool(posts & posts_of(" ".join(story.texts)))
    if (posts := posts_of(" ".join(story.headlines))) and not story.titled():
        return writes_name(text, b.person) and bool(posts & posts_of(text))
    return False


def first_filled(item: Item, story: StoryView) -> bool:
    """Two reports of one lab's first holder of one post ("ACME appoints its 1st-ever Chief
    AI Officer", "Acme taps Jane Roe as Chief AI Officer"), one of them announcing the
    first holder (movers.first_posts) with a guess for its mover (guesses_first, story_guesses):
    one appointment, as a post has one first holder. Asked within WINDOW."""
    return guesses_first(item, story.event, story.texts) or story_guesses(item, story)


FIRST_ACTIONS = frozenset(["appointed", "join"])  # what a first holder's report tells


def guesses_first(item: Item, theirs: Event | None, texts: Sequence[str] = ()) -> bool:
    """Whether a report's headline announces a post's first holder and its mover is a guess: a
    headline phrase its summary does not write ("..., Signaling State-Level AI Strategy"), or
    someone other than `theirs`'s mover while the report's own text names that mover as the
    one moving. `theirs` is the same appointment (a join is one) at the same lab, by someone
    else, and of the same post when `texts` (the other reports') are given. A mover the report
    writes as its own, or names the other only beside (after, replacing), is another person."""
    a = item.analysis.event
    if a is None or theirs is None or not (a.person and theirs.person):
        return False
    if a.action not in FIRST_ACTIONS or same_person(a.person, theirs.person):
        return False  # (the person first: most reports a story takes are of its own mover)
    if not one_place(a, theirs) or not (posts := first_posts(item.title)):
        return False
    if texts and not one_post(posts, posts_of(" ".join(texts))):
        return False
    return item.garbled or names_as_mover(f"{item.title}. {item.summary}", theirs.person)


def story_guesses(item: Item, story: StoryView) -> bool:
    """guesses_first the other way round: a story whose headline announces a post's first
    holder, its mover a guess (its summary does not write it, or names the report's mover as
    the one moving), and a report naming its own mover in that post at that lab."""
    a, b = item.analysis.event, story.event
    if a is None or b is None or not (a.person and b.person):
        return False
    if b.action not in FIRST_ACTIONS or not one_place(a, b):
        return False
    posts = frozenset().union(*(first_posts(title) for title in story.headlines))
    if not posts or same_person(a.person, b.person):
        return False
    if not one_post(posts, posts_of(f"{item.title}. {item.summary}")):
        return False
    return story.garbled() or names_as_mover(" ".join(story.texts), a.person)


def may_correct(mine: Event | None, theirs: Event | None) -> bool:
    """corrected_mover's cheap key, from the events alone: two named movers who are not one
    person (else there is nothing to correct)."""
    if mine is None or theirs is None or not (mine.person and theirs.person):
        return False
    return not same_person(mine.person, theirs.person)


def corrected_mover(item: Item, story: StoryView) -> str | None:
    """The item's mover when it is the story's event read right (the story's own mover was a
    headline phrase or a guess from a summary: misnamed, same_post, story_guesses); None
    otherwise."""
    a, b = item.analysis.event, story.event
    if a is None or b is None or not (a.person and b.person) or same_person(a.person, b.person):
        return None  # (the checks of may_correct, which placing asks first)
    if item.garbled:
        return None
    if story.garbled() and names_as_mover(story.summary, a.person):
        return a.person
    if same_place(a, b) and headline_names_instead(story, a.person):
        return a.person
    if story_guesses(item, story):  # the story's first holder was a guess
        return a.person
    if not one_place(a, b) or story.titled():
        return None
    text = f"{item.title}. {item.summary}"
    posts = posts_of(" ".join(story.headlines))
    return a.person if posts & posts_of(text) and writes_name(text, b.person) else None


def may_follow_up(mine: Event | None, theirs: Event | None) -> bool:
    """follow_up's cheap key, from the events alone: False where it is surely False (an event
    missing, or two named movers who are not one person: most candidates a surname finds)."""
    if mine is None or theirs is None:
        return False
    return not (mine.person and theirs.person) or same_person(mine.person, theirs.person)


def follow_up(item: Item, story: StoryView) -> bool:
    """A report more than WINDOW after a story began belongs to it only as a follow-up: the
    same named person, a lab in common, and events that agree; or the founding of the same
    company told without a name ("former OpenAI VP starts Periodic Labs"): a company is founded
    once."""
    mine, theirs = item.analysis.event, story.event
    if mine is None or theirs is None or not may_follow_up(mine, theirs):
        return False
    actions = {mine.action, theirs.action}
    if "found" in actions and actions <= {"found", "leave"} and not (mine.person and theirs.person):
        return same_lab(mine.to_lab, theirs.to_lab)  # "leaves A to found K" = "K launched"
    if bool(mine.person) != bool(theirs.person):
        return pair_told_again(item, story) or named_in_script(item, story)
    if not (mine.person or theirs.person):
        # one raid nobody names, told again days on ("hires X's founders", then "took on X's
        # talent"): both labs the same, no other head count, no "more" or "another" raid
        if ANOTHER_MOVER.intersection(head_words(item.title)):
            return False
        return same_group(mine, theirs) and not other_group(item, story)
    if events_conflict(mine, theirs):  # (one person: may_follow_up)
        return False
    if later_step(mine, theirs, abs(item.when - story.when)):
        return False  # "leaves A", then days later "returns to B": two steps
    their_labs = (theirs.from_lab, theirs.to_lab)
    for lab in (mine.from_lab, mine.to_lab):
        if lab is None:
            continue
        for other in their_labs:
            # a lab however written (movers.same_lab: "Justice Department", "DOJ")
            if other is not None and (lab == other or same_lab(lab, other)):
                return True
    return False


def named_in_script(item: Item, story: StoryView) -> bool:
    """An unnamed report that writes the story's mover in Hangul (Item.script_names: "김일두",
    which the classifier did not take for the mover beside a post it does not read), of the
    same move: the lab in the same place, events that agree, not a later step. A name the
    report writes of someone else (the predecessor of an appointment) is no mover of a move
    in the same place."""
    mine, theirs = item.analysis.event, story.event
    if mine is None or theirs is None or mine.person or not theirs.person:
        return False
    if not any(same_person(name, theirs.person) for name in item.script_names):
        return False
    if not same_place(mine, theirs) or events_conflict(mine, theirs):
        return False
    return not later_step(mine, theirs, abs(item.when - story.when))


# words by which a headline tells of someone else than the story's mover ("another", "more")
ANOTHER_MOVER = word_set("another more second third fourth fifth latest next other again")


def pair_told_again(item: Item, story: StoryView) -> bool:
    """A follow-up (up to FOLLOW_UP) that names no mover, of a named move between the same two
    labs ("Former Google video generation expert joins ByteDance" four days after "Jiang Lu
    joins ByteDance from Google"), or the named report of an unnamed story's move: the same
    lab left and the same lab joined, actions that agree, and nothing telling of someone else:
    the unnamed headline writes no post that the named reports do not ("poaches Cohere's head
    of retrieval", a week after a researcher's hire, is another hire), no "another" or "more",
    and no group beside one person's move."""
    mine, theirs = item.analysis.event, story.event
    if mine is None or theirs is None:
        return False
    if not (mine.from_lab and mine.to_lab and theirs.from_lab and theirs.to_lab):
        return False
    if not (same_lab(mine.from_lab, theirs.from_lab) and same_lab(mine.to_lab, theirs.to_lab)):
        return False
    if events_conflict(mine, theirs) or later_step(mine, theirs, abs(item.when - story.when)):
        return False
    if mine.person:  # the story is the unnamed one
        unnamed, named = story.headlines, [f"{item.title}. {item.summary}"]
        unnamed_group, named_group = story.group, item.group
    else:
        unnamed, named = [item.title], story.texts
        unnamed_group, named_group = item.group, story.group
    return not tells_another(unnamed, named, unnamed_group, named_group)


def tells_another(
    unnamed: Sequence[str], named: Sequence[str], unnamed_group: bool, named_group: bool
) -> bool:
    """Whether headlines that name no mover tell of someone else than the named reports do: a
    group beside one person's move, "another" or "more", or a post the named reports' texts do
    not write ("poaches Cohere's head of retrieval", a week after a researcher's hire)."""
    if unnamed_group and not named_group:
        return True
    if any(ANOTHER_MOVER.intersection(head_words(title)) for title in unnamed):
        return True
    posts = posts_of(" ".join(unnamed))
    return bool(posts) and not posts <= posts_of(" ".join(named))


@lru_cache(maxsize=65536)  # asked of each older candidate story's event (retells), and events recur
def retold_key(event: Event | None) -> str | None:
    """'r:x.wu>nvidia': the key older stories of the same move are looked up by (retold), from
    the mover's first initial and surname (spellings of the given name vary: 'Xinzhou',
    'Xinhou') and the destination; 'r:y.tian<meta' for a departure or firing naming no
    destination, by the lab left; 'r:r.holm=acme' for an appointment, told again only as the
    post taken up (taken_up); None for any other move."""
    if event is None or not event.person:
        return None
    if event.to_lab and event.action in RETOLD_ACTIONS:
        kind, lab = ">", event.to_lab
    elif event.from_lab and not event.to_lab and event.action in RETOLD_EXITS:
        kind, lab = "<", event.from_lab
    elif event.to_lab and event.action == "appointed":  # told again only as the post taken up
        kind, lab = "=", event.to_lab
    else:
        return None
    words = event.person.split()
    if len(words) == 1 and kind == "<":  # a surname alone ("Roe leaves IBM"): no initial
        return f"r:{fold(words[0])}{kind}{lab.lower()}"
    return f"r:{fold(words[0])[:1]}.{fold(words[-1])}{kind}{lab.lower()}"


def retold_lookup(key: str) -> frozenset[str]:
    """The keys a story of retold key `key` is indexed and looked up by: the key, and for a
    departure naming no destination the key of the mover's surname alone ('r:roe<ibm' beside
    'r:j.roe<ibm'): a report weeks on may name the one who left by surname alone ("Roe
    leaves IBM"), or the story may have."""
    mover, kind = retold_parts(key)
    if kind != "<":
        return frozenset([key])
    return frozenset([key, f"r:{surname_part(mover)}{key[len(mover) :]}"])


def surname_part(mover: str) -> str:
    """'roe' of a retold key's mover 'r:j.roe' or 'r:roe'."""
    return mover.removeprefix("r:").rsplit(".", 1)[-1]


def same_mover(a: str, b: str) -> bool:
    """Whether two retold keys' movers ('r:j.roe', 'r:roe') may be one person: the same
    initial and surname, or the same surname where one names the mover by surname alone."""
    if a == b:
        return True
    if "." in a and "." in b:
        return False
    return bool(a) and bool(b) and surname_part(a) == surname_part(b)


def retold(item: Item, story: StoryView) -> bool:
    """A report up to RETOLD (a departure naming no destination: EXIT_RETOLD, placing asks the
    time) after a story began that tells the story's move again: the same named person (first
    initial and surname: retold_key) moving to the same named lab (a join, a poach or a
    departure naming where it leads: one move), after the story, and events that agree. A
    later step (a post at that lab, a return, the next job) is another action or another lab.
    The story and the report must tell one person's move: a raid ("Meta poaches four more
    OpenAI researchers", its mover a guess from the summary) is not a member's own move weeks
    later."""
    mine, theirs = item.analysis.event, story.event
    if mine is None or item.retold is None or item.when < story.when:
        return False
    if not retells(theirs, item.retold, mine):  # the same initial, surname and destination
        return False
    grouped = item.group or story.group or bool(story.heads)
    if "=" in item.retold or "=" in (retold_key(theirs) or ""):
        # an appointment is told again as the post taken up, or by the post itself, which
        # tells it apart from the other posts of a headline's group ("names new leaders")
        told = same_post_again(item, story) or (not grouped and taken_up(item, story))
    else:
        told = not grouped
    return told and not events_conflict(mine, theirs)


RETOLD_PARTS_RE = re.compile(r"(r:[^<>=]*)([<>=])")


@lru_cache(maxsize=8192)
def retold_parts(key: str) -> tuple[str, str]:
    """A retold key's mover ('r:x.wu') and kind of move ('>' a join, '<' a departure, '='
    an appointment)."""
    match = RETOLD_PARTS_RE.match(key)
    return (match.group(1), match.group(2)) if match else (key, "")


def retold_window(key: str) -> timedelta:
    """How long after a story began a report with retold key `key` may tell its move again:
    RETOLD, or EXIT_RETOLD for a departure naming no destination ('<')."""
    return EXIT_RETOLD if retold_parts(key)[1] == "<" else RETOLD


def retells(theirs: Event | None, key: str, mine: Event) -> bool:
    """Whether an older story's event has the retold key `key` of a report's event `mine`:
    the same key, or the same mover with the lab written two ways ("New York", "New York
    State": movers.same_lab), a join beside an appointment (one hire; retold then asks that
    both name the post)."""
    their_key = retold_key(theirs)
    if their_key is None or theirs is None:
        return False
    if their_key == key:
        return True
    (their_mover, their_kind), (mover, kind) = retold_parts(their_key), retold_parts(key)
    if their_kind != kind and {their_kind, kind} != {">", "="}:
        return False
    if their_mover != mover and (kind != "<" or not same_mover(their_mover, mover)):
        return False
    if kind == "<":
        return same_lab(theirs.from_lab, mine.from_lab)
    return same_lab(theirs.to_lab, mine.to_lab)


def same_post_again(item: Item, story: StoryView) -> bool:
    """Whether a later report of an appointment names the post the story's reports name
    (movers.posts_of: "chief AI officer" however written, or written shorter), a stand-in
    ("interim", "acting") on both sides or neither: one person is not named to one post at one
    organisation twice in a month. Another post, or none named, is another event."""
    mine = posts_of(f"{item.title}. {item.summary}")
    if not mine:
        return False
    if not one_post(mine, posts_of(" ".join(story.texts))):
        return False
    return stand_in_alike(item, story)


# an appointment taken up: "X assumes role as ...", "X sworn in as ...", "takes office"
TAKEN_UP_RE = word_pattern(
    r"assum(?:es|ed|ing)|sworn[- ]in|swears in|t(?:akes|ook|aking) office|officially (?:starts|begins)"
)
STAND_IN_RE = re.compile(r"\b(?:interim|acting)\b")


def taken_up(item: Item, story: StoryView) -> bool:
    """Whether an appointment's later report tells the post taken up ("assumes role", "sworn
    in", "takes office") of the appointment a story announced weeks before (to start on a
    later date): one appointment, named, then taken up. Another appointment at the same lab
    weeks later ("named permanent CEO" after "named interim CEO", "named CEO" after "named
    CTO") tells no taking up, or a stand-in post on one side only."""
    if TAKEN_UP_RE.search(fold_text(item.title)) is None:
        return False
    return stand_in_alike(item, story)


def stand_in_alike(item: Item, story: StoryView) -> bool:
    """Whether a report's headline and the story's headlines both name a stand-in post
    ("interim", "acting") or neither does."""
    titles = " ".join(story.headlines).lower()
    return (STAND_IN_RE.search(item.title.lower()) is None) == (STAND_IN_RE.search(titles) is None)


def score(item: Item, story: StoryView, floor: float = -1.0) -> float:
    """Similarity of an entry to a story: shared entities and words, minus conflicts. When
    even identical titles could not reach `floor`, returns that bound (below `floor`) without
    comparing titles."""
    shared = len(item.entities & story.entities)
    if not shared:
        return 0.0
    mine, theirs = item.analysis.event, story.event
    same = clash = False
    if mine is not None and theirs is not None:
        apart = abs(item.when - story.when)
        same_people = (
            same_person(mine.person, theirs.person)
            or co_movers(item, story)
            or same_raid(item, story)
            or (
                apart <= WINDOW
                and (
                    misnamed(item, story)
                    or same_post(item, story)
                    or first_filled(item, story)
                    or headline_tells_theirs(item, story.event)
                )
            )
            or (apart <= WINDOW and spelled_from_script(item, story))
        )
        # (a founding is rare: the action first, before a call for every pair)
        together = (
            not same_people
            and "found" in (mine.action, theirs.action)
            and co_founders(item, story, apart)
        )
        same_people = same_people or together
        other = other_group(item, story)
        same = not other and (
            same_people
            or same_group(mine, theirs)
            or unnamed_agrees(item, story)
            or unnamed_alike(mine, theirs, apart)
        )
        clash = (
            other
            or (
                _conflict(mine, theirs, same_people)
                and not (
                    together
                    or founded_once(mine, theirs, apart)
                    or destination_written(item, story, apart)
                )
            )
            or later_step(mine, theirs, apart)
        )
        clash = clash or other_post(item, story)
    other_kind = story.kind != item.kind
    # the entities' jaccard |a ∩ b| / |a ∪ b|, the intersection already counted above
    entity_part = 0.5 * (shared / (len(item.entities) + len(story.entities) - shared))
    bound = _combine(entity_part, 1.0, same, clash, other_kind)
    if bound < floor:
        return bound
    return _combine(
        entity_part, best_title_match(item.words, story.titles), same, clash, other_kind
    )


def destination_written(item: Item, story: StoryView, apart: timedelta) -> bool:
    """One person's move, named in full, read with two destinations within WINDOW that a report
    writes as one organisation, a name and its short form in brackets ("the Spanish Agency for
    the Supervision of Artificial Intelligence (AESIA)", read as the agency in one report and
    as AESIA in another). Only so: a lab written anywhere else in a report may be another
    offer, a rival or a past employer ("She turned down an offer from Anthropic", "two days
    after Microsoft said he would join it"). The same action (a join and an appointment are
    one), not a return, neither destination the lab the other report leaves, no other labs
    left and no other posts."""
    mine, theirs = item.analysis.event, story.event
    if apart > WINDOW or mine is None or theirs is None or not (mine.to_lab and theirs.to_lab):
        return False
    if name_match(mine.person, theirs.person) <= 0:
        return False  # the same name in full: a surname alone may be another's
    actions = {mine.action, theirs.action}
    if len(actions) > 1 and actions != {"join", "appointed"} or "return" in actions:
        return False  # a return goes back to a lab the other report names as the one left
    if same_lab(mine.to_lab, theirs.from_lab) or same_lab(theirs.to_lab, mine.from_lab):
        return False
    if mine.from_lab and theirs.from_lab and not same_lab(mine.from_lab, theirs.from_lab):
        return False  # two labs left as well: two moves
    if _conflict(mine._replace(to_lab=theirs.to_lab), theirs, True):
        return False  # something besides the destination tells them apart
    text = f"{item.title}. {item.summary}"
    posts, their_posts = posts_of(text), posts_of(" ".join(story.texts))
    if posts and their_posts and not one_post(posts, their_posts):
        return False
    return any(bracketed_as_one(t, mine.to_lab, theirs.to_lab) for t in (text, *story.texts))


def bracketed_as_one(text: str, one: str, other: str) -> bool:
    """Whether a text writes one organisation's name with the other's in brackets right after
    it, either way round ("Name (SHORT)")."""
    lowered, one, other = text.lower(), one.lower(), other.lower()
    if one not in lowered or other not in lowered:  # (most texts write neither)
        return False
    return f"{one} ({other})" in lowered or f"{other} ({one})" in lowered


def best_title_match(words: frozenset[str], titles: list[frozenset[str]]) -> float:
    """The highest jaccard |a ∩ b| / |a ∪ b| of `words` with any of the titles (0 for none)."""
    best = 0.0
    size = len(words)
    for title in titles:
        both = len(words & title)
        if both:
            value = both / (size + len(title) - both)
            best = value if value > best else best
    return best


def _combine(entity_part: float, words: float, same: bool, clash: bool, other_kind: bool) -> float:
    # one order of operations for the bound and the value, so the bound is never below it
    value = entity_part
    value += 0.5 * words
    if same:
        value += 0.25
    if clash:
        value -= 1.0  # never joins: at most 0.5 + 0.5 + 0.25 before it, under THRESHOLD after
    if other_kind:
        value -= 0.1
    return value


VIDEO_HOSTS = frozenset(["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"])


def is_video(url: str | None) -> bool:
    """Whether a report is a video (its title is written for clicks, not as news)."""
    if not url or "youtu" not in url:
        return False  # nearly every report: no URL parsing
    return (urlsplit(url or "").hostname or "").lower() in VIDEO_HOSTS


def quality(analysis: Analysis, title: str, url: str | None = None) -> tuple[int, ...]:
    """How good a report is as the story's face: a clear, complete, confirmed move headline,
    an outlet's over a video's."""
    return event_quality(analysis.event, analysis.speculative, title, url)


def event_quality(
    event: Event | None, speculative: bool, title: str, url: str | None = None
) -> tuple[int, ...]:
    """quality of a report from its event and whether it is speculative (a stored story's
    face is weighed from its row, with no analysis to build)."""
    if event is None:
        return (0, int(not is_video(url)), 0, 0, 0, 0, -len(title))
    return (
        1,
        int(not is_video(url)),
        int(bool(event.person and not surname_only(event.person) and event.person in title)),
        int(bool(event.to_lab or event.action in ("leave", "fired"))),
        int(not speculative),
        int(bool(event.from_lab)),
        -len(title),
    )


def short_summary(text: str, limit: int = 280) -> str:
    """Plain text, one or two sentences, at most `limit` characters."""
    plain = clean_text(text).replace(" | ", " - ")
    sentences = SENTENCE_END.split(plain, 2)  # the first two sentences and the rest
    out = sentences[0] if sentences else ""
    if len(sentences) > 1 and len(out) + len(sentences[1]) < limit:
        out = f"{out} {sentences[1]}"
    return out if len(out) <= limit else out[: limit - 1].rsplit(" ", 1)[0] + "…"
