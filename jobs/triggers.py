"""The pieces of move extraction: events, triggers, clauses, subjects and objects by position."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from jobs.lexicon import (
    DOUBT,
    GROUP_WORDS,
    IDIOMS,
    LEAVE_NOUN_BEFORE,
    NEGATION,
    ORG_ENDINGS,
    PRODUCT_NOUNS,
    PRONOUNS,
    REPORTED,
    ROLE_WORDS,
    SKIP_WORDS,
    STARTUP_WORDS,
    SUBORDINATORS,
    TO_HEADS,
    TRIGGER_FIRST,
    TRIGGER_KEYS,
    TRIGGER_SIZES,
)
from jobs.people import Tagged, Tok, is_name_word

BOUNDARIES = frozenset("|:;")


class Event(NamedTuple):
    """Who moved, how, from where, to where (any of them may be None when unknown). Named
    tuples, not frozen dataclasses: those set each field through object.__setattr__, and
    classifying and clustering make several events and triggers per entry."""

    person: str | None
    action: str
    from_lab: str | None
    to_lab: str | None


class Trigger(NamedTuple):
    start: int
    end: int
    phrase: str
    kind: str
    subject: str


@dataclass
class Extraction:
    """The event found (or None), whether it is speculative, and the reasons in plain words."""

    event: Event | None = None
    speculative: bool = False
    reasons: list[str] = field(default_factory=list)
    group: bool = False  # the object was a group of people ("three OpenAI researchers")


def find_triggers(tagged: Tagged) -> list[Trigger]:
    """Trigger phrases, longest first at each position; words inside names never count."""
    found: list[Trigger] = []
    toks, lowers = tagged.toks, tagged.lowers
    free = 0  # tokens before this belong to a trigger already found
    for i in [i for i, word in enumerate(lowers) if word in TRIGGER_FIRST]:
        if i < free:
            continue
        for size in TRIGGER_SIZES[lowers[i]]:  # only the lengths of phrases starting here
            spec = TRIGGER_KEYS.get(tuple(lowers[i : i + size])) if i + size <= len(toks) else None
            if spec is None or any(t.lab or t.person for t in toks[i : i + size]):
                continue
            found.append(Trigger(i, i + size, " ".join(lowers[i : i + size]), *spec))
            free = i + size
            break
    return found


def segment_bounds(texts: list[str], i: int) -> tuple[int, int]:
    """The clause around token i (by the tokens' texts): between '|', ':' or ';' marks."""
    start = i
    while start > 0 and texts[start - 1] not in BOUNDARIES:
        start -= 1
    end = i
    while end < len(texts) and texts[end] not in BOUNDARIES:
        end += 1
    return start, end


def word_before(toks: list[Tok], i: int, start: int) -> int:
    """Index of the meaningful token before i (auxiliaries and adverbs skipped), or -1."""
    j = i - 1
    while j >= start and toks[j].lower in SKIP_WORDS and not toks[j].person:
        if toks[j].lower in PRONOUNS:
            return j
        j -= 1
    return j if j >= start else -1


def subject_kind(toks: list[Tok], j: int, start: int) -> str:
    """'person', 'role', 'lab' or 'other' for the head word before a trigger."""
    if j < 0:
        return "other"
    tok = toks[j]
    if tok.person or tok.lower in PRONOUNS:
        return "person"
    if tok.lab:
        return "lab"
    if tok.lower in ROLE_WORDS or tok.lower in GROUP_WORDS:
        return "role"
    if tok.text.islower():
        for k in range(j - 1, max(start, j - 4) - 1, -1):
            if toks[k].lab:
                return "lab"  # "Meta's superintelligence team hires ..."
    return "other"


def first_person(tagged: Tagged, start: int, end: int) -> str | None:
    """The first person mentioned in tokens [start, end)."""
    for p_start, _, name in tagged.people:
        if start <= p_start < end:
            return name
    return None


def lab_between(toks: list[Tok], start: int, end: int, skip: str | None = None) -> str | None:
    """The first lab in tokens [start, end) other than `skip`."""
    for t in toks[max(start, 0) : end]:
        if t.lab and t.lab != skip:
            return t.lab
    return None


def org_after(toks: list[Tok], i: int, end: int) -> str | None:
    """A lab, or a capitalised company name on no list, right after position i."""
    j = i + (1 if i < end and toks[i].lower == "the" else 0)
    if j < end and toks[j].lab:
        return toks[j].lab
    k = j
    while k < end and toks[k].text[:1].isupper() and not toks[k].person and toks[k].text.isalpha():
        k += 1
    if all(t.lower in ORG_ENDINGS for t in toks[j:k]):
        return None  # "AI" alone ("launches AI safety nonprofit") names no company
    if k - j > 1 or toks[k - 1].lower in ORG_ENDINGS or is_name_word(toks[j]):
        return " ".join(t.text for t in toks[j:k])
    return None


def org_before_role(toks: list[Tok], start: int, end: int) -> str | None:
    """'Slack CEO Denise Dresser', 'Instacart CEO Fidji Simo': the company before a role word."""
    for k in range(start, end - 1):
        tok = toks[k]
        if (
            tok.text[:1].isupper()
            and not tok.person
            and not tok.lab
            and tok.text.isalpha()
            and tok.lower not in ROLE_WORDS
            and toks[k + 1].lower in ROLE_WORDS
            and (k == start or not toks[k - 1].text[:1].isupper())
        ):
            return tok.text
    return None


def check_speculation(tagged: Tagged, trig: Trigger, start: int, end: int, ext: Extraction) -> bool:
    """False when negated or doubtful; marks reported moves as speculative."""
    lowers = tagged.lowers
    near = set(lowers[start : trig.start])  # "in talks to invest ..., hire X"
    negated = near & NEGATION
    negated |= set(lowers[trig.end : trig.end + 1]) & {"not"}
    if negated:
        ext.reasons.append(f"'{trig.phrase}' is negated ({', '.join(sorted(negated))})")
        return False
    if near & DOUBT or "?" in tagged.texts[start:end]:
        ext.speculative = True
        ext.reasons.append(f"'{trig.phrase}' is only a possibility (could/may/?), not a move")
        return False
    if not REPORTED.isdisjoint(lowers[start:end]) or (start > 0 and lowers[start - 1] == "report"):
        ext.speculative = True
        ext.reasons.append("reported or announced ahead, not confirmed: marked speculative")
    return True


def leave_noun(toks: list[Tok], trig: Trigger) -> bool:
    """'leave of absence', 'on leave', 'parental leave': the noun, not the verb."""
    before = toks[trig.start - 1].lower if trig.start else ""
    return trig.phrase == "leave" and before in LEAVE_NOUN_BEFORE


def idiom_after(toks: list[Tok], trig: Trigger, end: int) -> str | None:
    """The idiomatic object word ('forces', 'race', 'of absence') after a trigger, if any."""
    words = IDIOMS.get(trig.kind)
    if not words or trig.end >= end:
        return None
    nxt = toks[trig.end]
    if nxt.lower == "the" and trig.end + 1 < end:
        nxt = toks[trig.end + 1]
    return nxt.lower if nxt.lower in words and not nxt.lab else None


def startup_object(toks: list[Tok], i: int, end: int) -> tuple[bool, str | None]:
    """Whether a founding verb's object is a company, and its name when given."""
    window = toks[i : min(end, i + 8)]
    has_word = any(t.lower in STARTUP_WORDS for t in window)
    lab = next((t.lab for t in window if t.lab), None)
    if not has_word and any(t.lower in PRODUCT_NOUNS for t in window):
        return False, None  # "unveil Reka Core model": a product of a lab
    if lab:
        return True, lab
    name = org_after(toks, i, min(end, i + 8))
    if name and (name.split()[-1].lower() in ORG_ENDINGS or has_word):
        return True, name
    if has_word:
        k = next(n for n, t in enumerate(window) if t.lower in STARTUP_WORDS) + i + 1
        if k < end and toks[k].text == ",":
            k += 1
        return True, org_after(toks, k, end)
    return False, None


def purpose_clause(toks: list[Tok], trig: Trigger) -> bool:
    """'offered bonuses to poach staff': a 'to' after a plain noun states a purpose, not a move."""
    if trig.start < 2 or toks[trig.start - 1].lower != "to":
        return False
    head = toks[trig.start - 2]
    if head.person or head.lab or head.lower in TO_HEADS or head.lower in ROLE_WORDS:
        return False
    return head.lower not in GROUP_WORDS and head.lower not in PRONOUNS


def background_clause(toks: list[Tok], j: int, start: int) -> bool:
    """'days after Google hired its CEO': the subject follows a subordinator (earlier event)."""
    k = j
    while (
        k > start
        and (toks[k - 1].person or toks[k - 1].lab)
        and toks[k - 1].person == toks[j].person
    ):
        k -= 1
    before = toks[max(start, k - 2) : k]
    return any(t.lower in SUBORDINATORS for t in before) and not any(t.text == "," for t in before)


def summary_company(summary: Tagged, skip: str | None) -> str | None:
    """A lab, or a capitalised name ending in Labs/AI/Robotics..., from the summary."""
    lab = lab_between(summary.toks, 0, len(summary.toks), skip=skip)
    if lab:
        return lab
    toks = summary.toks
    for i in range(len(toks)):
        if toks[i].text[:1].isupper() and (i == 0 or not toks[i - 1].text[:1].isupper()):
            name = org_after(toks, i, len(toks))
            if name and len(name.split()) > 1 and name.split()[-1].lower() in ORG_ENDINGS:
                return name
    return None
