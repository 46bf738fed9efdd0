"""Who moved, when two reports of one event name different movers: a headline phrase taken for
the mover while the summary names the real one, or an announcer taken from the summary while
the headline names only the lab and the post ("Google names new chief AI architect").

Pure functions of strings and events; jobs/stories/scoring.py decides with them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobs.language.events import Event
from jobs.language.lexicon import word_set
from jobs.stories.text import fold, fold_text

# The function a post is named by ("chief technology officer", "CTO", "technology chief",
# "head of technology"): one word or two, normalised so that the ways outlets write one post
# meet. Abbreviations that stand for several posts (CSO, CCO) stay as written.
ABBREVIATIONS = {
    "ceo": "executive",
    "cto": "technology",
    "cfo": "financial",
    "coo": "operating",
    "cro": "revenue",
    "cpo": "product",
    "cmo": "marketing",
    "cio": "information",
    "caio": "ai",
    "cso": "cso",
    "cco": "cco",
}
SYNONYMS = {
    "tech": "technology",
    "comms": "communications",
    "finance": "financial",
    "operations": "operating",
    "science": "scientist",
    "scientific": "scientist",
}
# words that name a function when they stand before "chief", "head", "lead" or "principal"
FUNCTIONS = word_set(
    "legal communications comms technology tech research product science scientific safety"
    " security operating operations financial finance revenue marketing people ai robotics"
    " hardware design policy strategy business commercial information data engineering"
    " preparedness alignment superintelligence executive infrastructure compute applications"
    " consumer enterprise partnerships"
)
# a stand-in ("interim CEO", "acting", "co-") holds another post than the one it stands in for
POST_RE = re.compile(
    r"\b(?:(?P<pre>interim|acting|co)[ -])?(?:"
    r"(?P<abbr>ceo|cto|cfo|coo|cro|cpo|cmo|cio|caio|cso|cco)"
    r"|chief (?P<officer>[a-z]+(?: [a-z]+)?) officer"
    r"|chief (?P<role>(?:[a-z]+ )?(?:scientist|architect|economist|futurist))"
    rf"|(?P<fn>{'|'.join(sorted(FUNCTIONS))}) (?:chief|head|lead|principal)"
    r"|head of (?P<of>[a-z]+(?: [a-z]+)?)"
    r"|(?<!vice )(?P<president>president)"
    r")\b"
)
OF_STOP = frozenset(["at", "for", "of", "and", "in", "to", "the", "its", "his", "her", "who"])


@lru_cache(maxsize=8192)
def posts_of(text: str) -> frozenset[str]:
    """The posts a text names ("Google names Koray Kavukcuoglu chief AI architect" →
    {"ai architect"}), normalised: "CTO", "chief technology officer" and "technology chief" are
    one post; an interim or co- post is another."""
    posts = set()
    for match in POST_RE.finditer(fold_text(text)):
        post = _post(match)
        if post:
            pre = match.group("pre")
            posts.add(f"{pre} {post}" if pre else post)
    return frozenset(posts)


def _post(match: re.Match[str]) -> str | None:
    if abbr := match.group("abbr"):
        return ABBREVIATIONS[abbr]
    if officer := match.group("officer"):
        return " ".join(SYNONYMS.get(w, w) for w in officer.split())
    if role := match.group("role"):
        return " ".join(SYNONYMS.get(w, w) for w in role.split())
    if fn := match.group("fn"):
        return SYNONYMS.get(fn, fn)
    if of := match.group("of"):
        words = [w for w in of.split() if w not in OF_STOP][:1]
        return SYNONYMS.get(words[0], words[0]) if words else None
    return match.group("president")


def writes_name(text: str, name: str) -> bool:
    """Whether a text writes a person's name: a one-word name as written (capitalised: "Legal"
    is no name in "head of legal"), a longer one by its first word and surname in that order,
    at most two words apart ('Yuhuai "Tony" Wu' writes Tony Wu), accents aside."""
    words = name.split()
    if len(words) == 1:
        return re.search(rf"\b{re.escape(name)}\b", text) is not None
    return _name_re(fold(words[0]), fold(words[-1])).search(fold_text(text)) is not None


@lru_cache(maxsize=4096)
def _name_re(first: str, last: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(first)}\b\W+(?:[\w'’-]+\W+){{0,2}}?{re.escape(last)}\b")


def in_headline(person: str | None, title: str) -> bool:
    """Whether the headline writes the mover's surname (else the mover came from the summary,
    where the announcer or the boss is named too)."""
    if not person:
        return False
    surname = person.split()[-1]
    if surname in title:  # as written, nearly always: no folding
        return _word_re(surname).search(title) is not None or _folded_in(surname, title)
    return _folded_in(surname, title)


def _folded_in(word: str, text: str) -> bool:
    folded, word = fold_text(text), fold(word)
    return word in folded and _word_re(word).search(folded) is not None


@lru_cache(maxsize=8192)
def _word_re(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


def garbled(person: str | None, summary: str) -> bool:
    """A mover whose surname the summary does not write while the summary writes something: a
    headline phrase taken for a name ("Chief Legal Officer Resigns" → "Legal", "Several
    Founding Members Depart", "Hannah Wong Prepares to Exit")."""
    if not person or not summary.strip():
        return False
    surname = person.split()[-1]  # as written: "founding team" does not write "Founding"
    return surname not in summary or _word_re(surname).search(summary) is None


# words before a name that make it the background of the report ("hours after X announced
# hers", "follows X, whose move was announced on Tuesday", "like X before him")
BACKGROUND = word_set(
    "after since before following follows follow followed like joins joining replaces"
    " replacing succeeds succeeding whose"
)
# words anywhere in its sentence that put a named move at another time ("X made the same move
# last month", "X also left", "X left two years ago")
ANOTHER_TIME = word_set("same also too earlier previously ago")


def names_as_mover(text: str, name: str) -> bool:
    """Whether a text writes a person's name (writes_name) other than as background: not after
    "after", "follows", "replaces" ... in its sentence, nor in a sentence that puts the move at
    another time ("made the same move", "also", "years ago")."""
    words = name.split()
    if len(words) < 2 or not writes_name(text, name):
        return False
    folded = fold_text(text)
    for match in _name_re(fold(words[0]), fold(words[-1])).finditer(folded):
        before = re.split(r"[.;!?]\s", folded[: match.start()])[-1]
        sentence = before + re.split(r"[.;!?](?:\s|$)", folded[match.start() :])[0]
        if BACKGROUND & set(re.findall(r"[a-z]+", before)):
            continue
        if not ANOTHER_TIME & set(re.findall(r"[a-z]+", sentence)):
            return True
    return False


@lru_cache(maxsize=4096)
def same_lab(a: str | None, b: str | None) -> bool:
    """One lab, or one family of labs written shorter or longer ("Google", "Google DeepMind";
    "Thinking Machines", "Thinking Machines Lab"): the words of one start the other's. A
    leading article is no part of the name ("The New York Times", "New York Times")."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a.removeprefix("The ").split(), b.removeprefix("The ").split()), key=len)
    return long[: len(short)] == short


def same_place(a: Event, b: Event) -> bool:
    """The two events put one lab in the same place: the lab left by a departure or firing,
    else the lab joined."""
    if a.action in ("leave", "fired") or b.action in ("leave", "fired"):
        return same_lab(a.from_lab, b.from_lab)
    return same_lab(a.to_lab, b.to_lab)


def one_place(a: Event, b: Event) -> bool:
    """Two events that could fill (or empty) one post at one lab: the same action (a join and
    an appointment are one), the lab in the same place. A return is someone's own ("X returns
    as CEO" is not the interim CEO's appointment)."""
    if a.action != b.action and {a.action, b.action} != {"join", "appointed"}:
        return False
    return a.action != "return" and same_place(a, b)
