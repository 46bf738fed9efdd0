"""Headline shapes that real feeds deliver, rewritten into plain news sentences before tagging:
a Google News outlet suffix, a first-person post quoted as a headline, a press release's
'announces appointment of', and an all-lowercase (Hacker News style) title."""

from __future__ import annotations

import re

from jobs.language.lexicon import NON_NAME_WORDS, TRIGGER_KEYS, TRIGGER_WORDS
from jobs.language.people import Dictionaries

# " - CNBC", " - The Japan Times": Google News appends the outlet; at most five words.
OUTLET_RE = re.compile(
    r"\s+-\s+((?:The\s+)?[A-Z][\w.&']*(?:\s+(?:[A-Z][\w.&']*|of|on|&|the)){0,4})\s*$"
)
# "<Name> on LinkedIn: <post>": the author is the name before the network.
POST_RE = re.compile(
    r"^(?P<name>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})\s+on\s+"
    r"(?:LinkedIn|X|Twitter|Threads|Bluesky|Mastodon)\s*:\s*(?P<post>.+)$"
)
FIRST_PERSON_RE = re.compile(r"\b(?:I'm|I am|I've|I have|I'll|I will|I)\b")
FIRST_PERSON_VERB = {"I'm": "is", "I am": "is", "I've": "has", "I have": "has"}
FIRST_PERSON_VERB |= {"I'll": "will", "I will": "will"}
# "made the (difficult) decision to leave": the decision is the move, said plainly.
DECISION_RE = re.compile(r"\b(?:has |have )?made the (?:\w+ )?decision to\b")
# "Announces Appointment of X as Chief Scientist": a lab's press release of an appointment.
APPOINTMENT_RE = re.compile(
    r"\b(?:announces|announced|confirms) (?:the )?appointment of\b", re.IGNORECASE
)
# "Vector Institute announces X as new President and CEO": a named newcomer to a post, as the
# glossed "anuncia X como CPO" is (jobs/language/gloss.py).
ANNOUNCED_AS_RE = re.compile(
    r"\b(?:announces|announced|introduces|introduced)"
    r"(?= (?:[A-Z][\w.'-]*(?: |$)){2,3}as (?:its |the |our )?(?:new|next|incoming)\b)",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"[^\W_]+(?:[.'][^\W_]+)*")
# "Why I joined OpenAI", "I'm leaving Google Brain": a blog post's own title, first person with
# no name before it. The author moves; the text may never name them, so the subject becomes a
# pronoun (a person, named by the summary when it does). Only the verb right after 'I': "Why
# I'm not joining ..." refuses the move. A bare gerund ("Leaving Meta") is left alone: it has
# no mover at all, and may as well be a user quitting a platform.
AUTHORED_RE = re.compile(
    r"^(?:why )?i(?:'m| am|'ve| have)? (?P<verb>joined|joining|left|leaving|quit|quitting) "
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "I left Meta to build a startup. Now I'm hiring": a past move the author looks back on from
# a later sentence in the present; the news is what they do now, not the move.
LOOKED_BACK_RE = re.compile(
    r"(?:[.!?;]|\s[—–-])\s+(?:and\s+)?(?:now|today|these days|since then|"
    r"(?:\w+ )?(?:years?|months?) later)\b",
    re.IGNORECASE,
)
# "Professional news: I've joined X", "Career update: I'm leaving X": a blog's label before a
# first-person post's own title.
POST_LABEL_RE = re.compile(r"^(?:[a-z]+ ){0,2}(?:news|update)\s*:\s*", re.IGNORECASE)
# "As some of you may have heard, I'm leaving CMU to join Amazon", "Next week, I am excited to
# join Acme as ...": a first-person post's lede telling the author's move under a short title
# that names no mover ("Leaving CMU", "Joining Acme"). Only a join says a move: "I'm leaving
# Facebook" alone may be a user quitting a platform.
AUTHORED_LEDE_RE = re.compile(
    r"\bI(?:'m| am|'ve| have|'ll| will)? (?:(?:so |very )?(?:excited|happy|thrilled|delighted|"
    r"proud) to )?(?:be )?(?P<verb>joined|joining|join|leaving|left) (?P<rest>[^.!?]*)"
)
TITLE_WORDS_AT_MOST = 3  # "Leaving CMU", "Moving on": a post's short title, not a headline
# A short title's first word that says a move with no mover ("Leaving CMU", "Joining Cohere",
# "Moving on"); a title that says none ("Reflection") may head any essay.
MOVE_TITLE_WORDS = frozenset(["leaving", "joining", "moving"])
PAST_FORMS = frozenset(["joined", "left", "quit"])
# The finite verb each first-person form is read as.
AUTHORED_VERBS = {"joined": "joined", "joining": "join", "left": "left", "leaving": "leave"}
AUTHORED_VERBS |= {"quit": "quit", "quitting": "quit"}
# A year: "Why I joined OpenAI in 2016" looks back on a past move, a memoir.
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def strip_outlet(title: str, dicts: Dictionaries) -> str:
    """Drop a trailing ' - Outlet' unless it could be news itself (a move verb or a lab)."""
    match = OUTLET_RE.search(title) if " - " in title else None
    if match is None:
        return title
    tail = match.group(1)
    if set(tail.lower().split()) & TRIGGER_WORDS or (
        dicts.lab_names and dicts.lab_names.search(tail)
    ):
        return title  # "X leaves OpenAI - Joins Anthropic": a second clause, not an outlet
    return title[: match.start()]


def first_person_post(title: str) -> str:
    """'Ana Ruiz on LinkedIn: I'm joining Cohere' -> 'Ana Ruiz is joining Cohere': the author
    is the one who moves; 'I' is never a name."""
    match = POST_RE.match(title) if " on " in title else None
    if match is None:
        return title
    name, post = match.group("name"), match.group("post")
    if not FIRST_PERSON_RE.search(post):
        return title
    lead = FIRST_PERSON_RE.search(post)
    if lead and post[: lead.start()].endswith("that "):
        post = post[lead.start() :]  # "Excited to share that I'm joining": the news follows 'that'
    post = DECISION_RE.sub(
        lambda m: "has decided to" if m.group(0)[0] == "h" else "decided to", post
    )
    return FIRST_PERSON_RE.sub(lambda m: _author(name, m.group(0)), post)


def authored_post(title: str, summary: str = "") -> str:
    """'Why I joined OpenAI' -> 'They joined OpenAI': a first-person post's own title, whose
    author (unnamed) is the one who moves; a short title over a first-person lede, the lede's
    move ('Leaving CMU' + "I'm leaving CMU to join Amazon")."""
    if ":" in title[:30] and title[:1].isalpha():
        title = unlabelled(title)
    if (
        summary
        and "I" in summary
        and len(title.split()) <= TITLE_WORDS_AT_MOST
        and title.split(" ", 1)[0].lower() in MOVE_TITLE_WORDS
    ):
        lede = authored_lede(title, summary)
        if lede is not None:
            return lede
    match = AUTHORED_RE.match(title) if title[:1] in "IiWw" else None
    if match is None:
        return title
    rest = match.group("rest")
    if YEAR_RE.search(rest):
        return title
    if match.group("verb").lower() in PAST_FORMS and LOOKED_BACK_RE.search(rest):
        return title
    return f"They {AUTHORED_VERBS[match.group('verb').lower()]} {rest}"


def unlabelled(title: str) -> str:
    """The title past a blog's label ('Professional news: '), when a first-person post follows."""
    label = POST_LABEL_RE.match(title)
    if label is None or not AUTHORED_RE.match(title[label.end() :]):
        return title
    return title[label.end() :]


def authored_lede(title: str, summary: str) -> str | None:
    """The lede's first-person move as the title ('They leave CMU to join Amazon'), when the
    summary's first sentence tells one that joins somewhere (None: it tells none)."""
    first = re.split(r"[.!?](?:\s|$)", summary, maxsplit=1)[0]
    match = AUTHORED_LEDE_RE.search(first)
    if match is None:
        return None
    verb, rest = match.group("verb"), match.group("rest")
    if not verb.startswith("join") and " join " not in f" {rest} ":
        return None
    return f"They {AUTHORED_VERBS.get(verb, verb)} {rest}"  # ("join" stays as it is)


def _author(name: str, pronoun: str) -> str:
    verb = FIRST_PERSON_VERB.get(pronoun)
    return f"{name} {verb}" if verb else name


# German separable verbs: "X tritt nach ... zurück" -> "X tritt zurück nach ...".
SEPARABLE_RE = re.compile(r"\b(tritt|trat|ist|sind) ((?:\S+ ){0,5}?\S+) zurück\b")


def separable_verb(title: str) -> str:
    """A German separable verb joined again, so that 'tritt zurück' is one phrase."""
    if "zurück" not in title:
        return title
    return SEPARABLE_RE.sub(r"\1 zurück \2", title)


# "takes AI transformation role at IBM", "takes up new post at Acme": the words naming the post
# stand between the verb and its noun, where the lexicon's phrases have only an article (and
# only "role": "post" and "position" are too common to be keywords of the quick path).
TAKEN_POST_RE = re.compile(
    r"\b(takes|took|accepts|accepted) (?:up |on )?(?:an? |the |new )?((?:[A-Za-z][\w-]* ){0,4}?)"
    r"(?:role|post|position|job) at\b",
    re.IGNORECASE,
)
TAKEN_POST_HINTS = (" role at", " post at", " position at", " job at")
# Words that make a role a part played or a seat, not a job: a participle ("starring",
# "expanded", "supporting") or an adjective of prominence or of an adviser's seat.
PART_WORDS = frozenset(
    ["advisory", "honorary", "guest", "lead", "bigger", "larger", "key", "major", "central", "top"]
)


def taken_post(title: str) -> str:
    """'X takes AI transformation role at Acme' -> 'X takes a role at Acme'; not 'takes
    starring role at Cannes' or 'takes advisory role at Acme'."""
    low = title.lower()
    if not any(hint in low for hint in TAKEN_POST_HINTS):
        return title
    return TAKEN_POST_RE.sub(_taken_post, title)


def _taken_post(m: re.Match[str]) -> str:
    words = m.group(2).lower().split()
    if any(w in PART_WORDS for w in words) or (words and words[0].endswith(("ing", "ed"))):
        return m.group(0)  # a participle opens the description, "machine learning" is a noun
    if tuple(m.group(0).lower().split()) in TRIGGER_KEYS:
        return m.group(0)  # a phrase of its own ("takes a position at")
    return f"{m.group(1)} a role at"


def press_release(title: str) -> str:
    """'X Announces Appointment of Y as Z' and 'X announces Y as new Z' -> 'X appoints Y as Z'."""
    if "nnounce" in title or "ntroduce" in title:
        title = ANNOUNCED_AS_RE.sub("appoints", title)
    if "ppointment" not in title:
        return title
    return APPOINTMENT_RE.sub("appoints", title)


SHOUTED_WORDS = 3  # an all-capitals title this long is shouted, not an acronym


def recase(title: str, summary: str, dicts: Dictionaries) -> str:
    """An all-lowercase title with its names capitalised again: labs and watched people from the
    lists, and any word the summary capitalises ('lecun' -> 'LeCun'). Only for titles with no
    capital at all (or all capitals, shouted): the lab table is case-sensitive on purpose
    ('meta' in prose is a word)."""
    if title and title == title.upper() and len(title.split()) >= SHOUTED_WORDS and _cased(title):
        title = title.lower()  # "META HIRES THREE OPENAI EXECUTIVES": read as written low
    if not title or title != title.lower() or not any(c.isalpha() for c in title):
        return title
    cased = summary_cases(summary)
    cased.update(dicts.lab_lower)
    words = WORD_RE.findall(title)
    out = title
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            proper = cased.get(phrase) or _watched(words[i : i + size], dicts)
            if proper and proper != phrase:
                out = re.sub(rf"(?<![\w.]){re.escape(phrase)}(?![\w])", proper, out, count=1)
    return name_opening(out)


def _cased(title: str) -> bool:
    """Most of the title's letters have a case: a Korean, Japanese or Chinese headline with
    Latin acronyms ("KT", "NC AI") is not shouted, its capitals are the names'."""
    letters = [c for c in title if c.isalpha()]
    return sum(c.isupper() for c in letters) * 2 > len(letters)


def _watched(words: list[str], dicts: Dictionaries) -> str | None:
    if len(words) > 1 and tuple(words) in dicts.people:
        return " ".join(w.capitalize() for w in words)
    return None


def summary_cases(summary: str) -> dict[str, str]:
    """Lower-case form -> the summary's spelling of names: capitalised words not opening a
    sentence, and words capitalised inside ('LeCun', 'DeepMind') anywhere."""
    cases: dict[str, str] = {}
    for m in WORD_RE.finditer(summary):
        w = m.group(0)
        if not w[:1].isupper() or len(w) < 3:
            continue
        before = summary[: m.start()].rstrip()
        opening = not before or before[-1] in '.!?"|:'
        if not opening or any(c.isupper() for c in w[1:]):
            cases[w.lower()] = w
    return cases


def name_opening(title: str) -> str:
    """'yann lecun is leaving ...': two plain words before a move verb at the start of a
    lowercase title are the subject's name."""
    words = title.split(" ", 4)
    if len(words) < 3 or not all(w.isalpha() for w in words[:2]):
        return title
    verb = words[3] if words[2] in {"is", "has", "was"} and len(words) > 3 else words[2]
    if verb not in TRIGGER_WORDS or {w.lower() for w in words[:2]} & NON_NAME_WORDS:
        return title
    return " ".join([words[0].capitalize(), words[1][:1].upper() + words[1][1:], *words[2:]])
