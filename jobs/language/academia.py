"""Universities as where a move comes from or goes: "Harvard physicist X joins Acme", "X, the
youngest full professor at Yale, has moved to Acme", "leaves Acme for Tsinghua";
each reported by the full name the labelled sets write ("Harvard University", by
jobs/language/classify.py on the finished event)."""

from __future__ import annotations

from jobs.language.endpoints import UNIVERSITIES
from jobs.language.lexicon import FORMER, ROLE_WORDS, UNIVERSITY_RUNS, word_set
from jobs.language.people import Tagged, Tok
from jobs.language.triggers import Event
from jobs.language.unlisted import TAKING_VERBS

# The full names of the universities of endpoints.UNIVERSITIES that news writes by a short
# name alone, as the labelled sets report them ("Harvard University"); the rest ("MIT",
# "Caltech", "Mila") are reported as written.
UNIVERSITY_NAMES = {
    "Stanford": "Stanford University",
    "Princeton": "Princeton University",
    "Harvard": "Harvard University",
    "Yale": "Yale University",
    "Tsinghua": "Tsinghua University",
    "Berkeley": "UC Berkeley",
    "CMU": "Carnegie Mellon University",
    "Oxford": "University of Oxford",
    "Cambridge": "University of Cambridge",
    **UNIVERSITY_RUNS,
}


def university_name(short: str | None) -> str | None:
    """The full name of a university written by its short name."""
    return UNIVERSITY_NAMES.get(short, short) if short else short


def full_university_names(event: Event) -> Event:
    """The event with each university written by a short name named in full."""
    frm, to = event.from_lab, event.to_lab
    if frm not in UNIVERSITY_NAMES and to not in UNIVERSITY_NAMES:
        return event
    return Event(event.person, event.action, university_name(frm), university_name(to))


# Posts held at a university ("Harvard physicist", "chair of Berkeley's CS division").
ACADEMIC_POSTS = word_set(
    """professor prof physicist chemist biologist mathematician statistician economist
    scientist researcher lecturer fellow chair dean provost"""
)
DESCRIBING_REACH = 5  # "Yale's youngest-ever tenured full professor X": words between
APPOSITION_REACH = 9  # "X, the youngest tenured full professor at Yale"
AT_WORDS = word_set("at of")


def academic_origin(tagged: Tagged, person: str | None) -> str | None:
    """The university where the text places the mover in a post, right before their name
    ("Harvard physicist X", "Berkeley's CS division chair X") or in an apposition after it
    ("X, a professor at Stanford"); a former post there ("ex-Harvard professor") is none."""
    if not person:
        return hired_from(tagged.toks)
    for s, e, name in tagged.people:
        if name != person:
            continue
        found = described_before(tagged.toks, s) or apposed_after(tagged.toks, e)
        if found:
            return found
    return hired_from(tagged.toks)


# Verbs whose object is someone taken on ("hires Carnegie Mellon AI researcher").
HIRING_VERBS = TAKING_VERBS | word_set("adds added taps tapped")


def hired_from(toks: list[Tok]) -> str | None:
    """The university of a hiring verb's object, named by the post held there and no name:
    "hires Carnegie Mellon AI researcher", "taps Stanford professor" (not "Stanford graduates")."""
    for k in range(len(toks) - 2):
        if toks[k].lower not in HIRING_VERBS:
            continue
        u = k + 1 if toks[k + 1].text in UNIVERSITIES else k + 2
        name = university_at(toks, u) if u < len(toks) else None
        if not name or toks[u].poss or u - len(name.split()) != k:
            continue  # "hires former Stanford professor": no university right after the verb
        e = u + 1  # up to the object's first role word ("AI researcher", "professor")
        while e < len(toks) and e - u <= DESCRIBING_REACH and describing(toks[e]):
            e += 1
            if toks[e - 1].lower in ACADEMIC_POSTS or toks[e - 1].lower in ROLE_WORDS:
                break
        if e > u + 1 and post_described(toks[u + 1 : e]):
            return name
    return None


def described_before(toks: list[Tok], s: int) -> str | None:
    """'Harvard physicist X', "Berkeley's computer-science division chair X", "Carnegie Mellon
    professor and AI expert X", and a university's possessive alone: "Stanford's X"."""
    for u in range(max(0, s - DESCRIBING_REACH - 1), s):
        name = university_at(toks, u)
        head = u - len(name.split()) if name else 0
        if not name or (head >= 0 and toks[head].lower in FORMER):
            continue
        words = toks[u + 1 : s]
        if not words:
            return name if toks[u].poss else None
        if all(describing(t) for t in words) and post_described(words):
            return name
    return None


def university_at(toks: list[Tok], u: int) -> str | None:
    """The university whose name ends at token u: a short name ('Stanford') or two name words
    ('Carnegie Mellon')."""
    if toks[u].text in UNIVERSITIES:
        return toks[u].text
    pair = f"{toks[u - 1].text} {toks[u].text}" if u else ""
    return pair if pair in UNIVERSITY_RUNS else None


def post_described(words: list[Tok]) -> bool:
    """A post at the university among the words, and a role last ("professor and AI expert")."""
    last = words[-1].lower
    held = any(t.lower in ACADEMIC_POSTS for t in words)
    return held and (last in ACADEMIC_POSTS or last in ROLE_WORDS)


def describing(tok: Tok) -> bool:
    """A word of a post's description: no name of a person or lab ("youngest-ever tenured")."""
    return tok.text.replace("-", "").isalpha() and not tok.person and not tok.lab


def apposed_after(toks: list[Tok], e: int) -> str | None:
    """'X, the youngest tenured full professor at Yale': a post at the university."""
    if e >= len(toks) or toks[e].text != ",":
        return None
    post = False
    for m in range(e + 1, min(len(toks) - 1, e + 1 + APPOSITION_REACH)):
        word = toks[m].lower
        if word in FORMER or not toks[m].text.replace("-", "").isalpha():
            return None
        post = post or word in ACADEMIC_POSTS
        nxt = m + 2 if toks[m + 1].lower == "the" else m + 1
        if post and word in AT_WORDS and nxt < len(toks) and toks[nxt].text in UNIVERSITIES:
            return toks[nxt].text  # ("a professor of physics at Princeton": past the field)
    return None
