"""Who moved, when two reports of one event name different movers: a headline phrase taken for
the mover while the summary names the real one, or an announcer taken from the summary while
the headline names only the lab and the post ("Google names new chief AI architect").

Pure functions of strings and events; jobs/stories/scoring.py decides with them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobs.language.events import Event
from jobs.language.labs import FAMILY_OF, lab_family
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
    return frozenset(post for m in POST_RE.finditer(post_text(text)) if (post := _named_post(m)))


def post_text(text: str) -> str:
    """A text folded (fold_text) for POST_RE, "artificial intelligence" written "AI" as most
    outlets write it: a "Chief Artificial Intelligence Officer" is the "Chief AI Officer"
    (CAIO)."""
    return fold_text(text).replace("artificial intelligence", "ai")


def _named_post(match: re.Match[str]) -> str | None:
    """The post a POST_RE match names, an interim or co- post apart ("interim ceo")."""
    post = _post(match)
    if not post:
        return None
    pre = match.group("pre")
    return f"{pre} {post}" if pre else post


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


# "first" right before a post: a headline announcing the post's first holder ("names state's
# first chief AI officer", "appoints its 1st-ever CAIO", "inaugural head of AI")
FIRST_HOLDER_RE = re.compile(r"\b(?:first|1st|inaugural)(?:-ever)?\s+$")
FIRST_REACH = 16  # characters before a post that FIRST_HOLDER_RE reads ("inaugural-ever ")


@lru_cache(maxsize=8192)
def first_posts(title: str) -> frozenset[str]:
    """The posts (posts_of's names) a headline announces a first holder of: "first",
    "1st-ever" or "inaugural" right before the post. An organisation has one first holder of a
    post: such a headline, its mover a guess, and a report naming who took the post the same
    days tell one appointment (scoring.first_filled)."""
    lowered = title.lower()  # (no folding for the many headlines without the words)
    if "first" not in lowered and "1st" not in lowered and "inaugural" not in lowered:
        return frozenset()
    folded = post_text(title)
    posts = set()
    for match in POST_RE.finditer(folded):
        before = folded[max(0, match.start() - FIRST_REACH) : match.start()]
        if FIRST_HOLDER_RE.search(before) and (post := _named_post(match)):
            posts.add(post)
    return frozenset(posts)


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


# "replaced by X", "succeeded by X", "X, who will succeed her", "X, her successor": X succeeds
# (after the name the pattern asks for "who": a bare "X will succeed her" is not read)
SUCCESSOR_BEFORE_RE = re.compile(r"\b(?:replaced|succeeded) by\s+(?:[a-z.]+\s+){0,3}$")
SUCCESSOR_AFTER_RE = re.compile(r"^(?:,? (?:her|his|their) successor|,? who (?:will )?succeeds?)\b")


def writes_successor(text: str, person: str) -> bool:
    """Whether a text writes `person` (in full) as the one who takes the post over: after
    "replaced by" or "succeeded by", or before "her successor" or "who will succeed"."""
    words = person.split()
    if len(words) < 2:
        return False
    folded = fold_text(text)
    for match in _name_re(fold(words[0]), fold(words[-1])).finditer(folded):
        if SUCCESSOR_BEFORE_RE.search(folded[max(0, match.start() - 60) : match.start()]):
            return True
        if SUCCESSOR_AFTER_RE.match(folded[match.end() :]):
            return True
    return False


def romanised(person: str | None, text: str) -> bool:
    """Whether a report's mover was written in another script and spelled in Latin letters by
    the classifier ("Тоби Полен" read as "Tobi Polen"): the text is not plain ASCII and does not
    write the surname as read. Other outlets spell such a name their own way ("Toby Pohlen")."""
    if not person or text.isascii():
        return False
    return fold(person.split()[-1]) not in fold_text(text)


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


# a post's "of" before a headline's capitalised words ("Hires New Head of App Platform"): what
# follows is the post's remit, which a headline's capitals make look like a name
REMIT_BEFORE = re.compile(
    r"\b(?:head|chief|director|vp|vice president|president|lead|leader|manager)\s+of\s+(?:the\s+)?$"
)


def named_as_remit(person: str | None, title: str) -> bool:
    """Whether the headline writes the mover only as a post's remit ("OpenAI names new Head of
    Developer Relations" read with "Developer Relations" as the mover): a headline that names
    nobody, whose summary may name the one hired."""
    if not person:
        return False
    at = title.find(person)
    if at < 4 or title[at - 3 : at].lower() not in ("of ", "he "):  # "... of ", "of the "
        return False
    return REMIT_BEFORE.search(title[:at].lower()) is not None


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
    return _written_as_mover(fold_text(text), _name_re(fold(words[0]), fold(words[-1])))


def surname_as_mover(text: str, surname: str) -> bool:
    """names_as_mover of a surname written alone, capitalised ("..., Doe said"): not after
    "after", "replacing" ... ("after Doe's departure"), nor at another time."""
    if not writes_name(text, surname):
        return False
    return _written_as_mover(fold_text(text), _word_re(fold(surname)))


def _written_as_mover(folded: str, name: re.Pattern[str]) -> bool:
    # some writing of the name in the folded text with no background word before it in its
    # sentence, and no word putting the sentence's move at another time
    for match in name.finditer(folded):
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
    leading article or country is no part of the name ("The New York Times", "U.S. Justice
    Department"), a department is one however its name is turned ("Justice Department",
    "Department of Justice"), and initials stand for the words they begin ("NY Times", "DOJ")."""
    if not a or not b:
        return False
    if a == b or lab_family(a) == lab_family(b):
        return True  # "Cursor" and "Anysphere": one lab reported as the text names it
    short, long = sorted((org_words(a), org_words(b)), key=len)
    if [w.casefold() for w in long[: len(short)]] == [w.casefold() for w in short]:
        return True
    return initials_match(org_words(a), org_words(b))


def family_labs(labs: list[str]) -> list[str]:
    """The labs by their families' names (the list itself where none has another)."""
    if FAMILY_OF.keys().isdisjoint(labs):
        return labs
    return [lab_family(lab) for lab in labs]


def family_event(event: Event | None) -> Event | None:
    """The event with each lab by its family's name (jobs/language/labs.py lab_family), as
    clustering compares and indexes labs: a report of "leaves Google" and one of "leaves
    Google DeepMind" are at one lab."""
    if event is None or not (event.from_lab in FAMILY_OF or event.to_lab in FAMILY_OF):
        return event
    frm = lab_family(event.from_lab) if event.from_lab else None
    to = lab_family(event.to_lab) if event.to_lab else None
    return Event(event.person, event.action, frm, to)


# what outlets put before an organisation's name or leave out: an article, the country
LEADING = word_set("the u.s. us u.s")
# "Justice Department" is "Department of Justice", "Energy Ministry" "Ministry of Energy"
BODIES = word_set("department ministry office agency bureau")
LINKS = word_set("of for and the on")  # small words that initials may leave out ("OSTP")


@lru_cache(maxsize=4096)
def org_words(name: str) -> tuple[str, ...]:
    """An organisation's name as words, without a leading article or country, a department
    named "<Field> Department" turned to "Department of <Field>"."""
    words = name.split()
    while len(words) > 1 and words[0].casefold() in LEADING:
        words = words[1:]
    if words[:2] == ["United", "States"] and len(words) > 2:
        words = words[2:]
    if len(words) == 2 and words[1].casefold() in BODIES:
        words = [words[1], "of", words[0]]
    return tuple(words)


def initials_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names' words are one, case aside, a word in capitals of either standing
    for a run of the other's words by their initials, with or without the small words
    ("NY Times" = "New York Times", "DOJ" = "Department of Justice")."""
    if not a or not b:
        return not a and not b
    if a[0].casefold() == b[0].casefold():
        return initials_match(a[1:], b[1:])
    return _stands_for(a, b) or _stands_for(b, a)


def _stands_for(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    letters = a[0].replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    if len(letters) == 2 and len(a) == 1:
        return False  # two letters alone stand for too much ("AI")
    for end in range(2, min(len(b), 8) + 1):
        run = b[:end]
        spelled = "".join(w[0] for w in run).upper()
        content = "".join(w[0] for w in run if w.casefold() not in LINKS).upper()
        if letters in (spelled, content) and initials_match(a[1:], b[end:]):
            return True
    return False


HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")


BYLINE = "기자"  # "정채윤 기자": the reporter who wrote it, no one who moves


def names_in_hangul(text: str) -> tuple[str, ...]:
    """The words of a text in Hangul that are people's names (jobs/language/hangul_names),
    each written in Latin letters, in order: the names an unnamed Korean report writes
    where the classifier took no one for its mover (a post it does not read beside them). A
    reporter's byline is no one's name here."""
    if HANGUL_RE.search(text) is None:
        return ()
    from jobs.language.hangul_names import NAME_RE, is_name, romanised_korean  # Hangul only

    names = (
        m.group("name")
        for m in NAME_RE.finditer(text)
        if not text.startswith(BYLINE, m.end()) and not text.startswith(BYLINE, m.end() + 1)
    )
    return tuple(dict.fromkeys(romanised_korean(n) for n in names if is_name(n)))


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
