"""Tokens, labs and people in a headline: dictionary look-ups plus a few capitalisation rules."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from jobs.lexicon import (
    GROUP_WORDS,
    NON_NAME_WORDS,
    ORG_ENDINGS,
    PARTICLES,
    ROLE_WORDS,
    SKIP_WORDS,
    TRIGGER_FIRST,
)
from jobs.watch import WatchLists

TAG_RE = re.compile(r"<[^>]+>")
TOKEN_RE = re.compile(r"[^\W_]+(?:[.&'\-][^\W_]+)*'?|[$€£]\d[\d.,]*\w*|[^\w\s]")
EX_RE = re.compile(r"\b(?:ex|former)-(?=[A-Z])", re.IGNORECASE)
NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
PUNCT_MAP = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
DASH_RE = re.compile(r"\s[\u2013\u2014-]\s|\u2014")


@dataclass(slots=True)
class Tok:
    """One word or punctuation mark; `poss` when it carried a possessive 's."""

    text: str
    lower: str
    poss: bool = False
    lab: str | None = None  # canonical lab when this token is part of a lab name
    person: str | None = None  # resolved person name when part of a person mention
    watched: bool = False


@dataclass
class Tagged:
    """A text's tokens with labs and people marked."""

    toks: list[Tok]
    people: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, name
    labs: list[tuple[int, int, str]] = field(default_factory=list)


def clean_text(text: str) -> str:
    """Strip HTML, unescape entities, straighten quotes, mark dashes as clause breaks."""
    if not text:
        return ""
    if "<" in text:  # each step only when its characters occur: most headlines need none
        text = TAG_RE.sub(" ", text)
    text = html.unescape(text).translate(PUNCT_MAP)
    if "-" in text or "\u2013" in text or "\u2014" in text:
        text = EX_RE.sub(lambda m: m.group(0)[:-1] + " ", text)
        text = DASH_RE.sub(" | ", text)
    return " ".join(text.split())


def tokenize(text: str) -> list[Tok]:
    """Words and punctuation; a trailing 's becomes the `poss` flag."""
    toks: list[Tok] = []
    append = toks.append
    for word in TOKEN_RE.findall(text):
        if "'" in word and (word[-1] == "'" or word.endswith("'s")):
            cut = 1 if word[-1] == "'" else 2
            if len(word) > cut:
                word = word[:-cut]
                append(Tok(word, word.lower(), True))
                continue
        append(Tok(word, word.lower(), False))
    return toks


@dataclass(frozen=True)
class Dictionaries:
    """Look-up tables compiled once per WatchLists."""

    labs: dict[tuple[str, ...], str]
    lab_first: dict[str, int]  # first token → longest alias starting with it
    people: dict[tuple[str, ...], str]
    people_first: dict[str, int]
    surnames: dict[str, str]
    firsts: dict[str, set[str]]  # person → lowercase first names/initials/nicknames
    keywords: re.Pattern[str] | None
    name_words: frozenset[str]  # lower-cased words of watched names (a quick pre-check)
    lab_names: re.Pattern[str] | None  # any lab alias, case-sensitive (labs without tokenizing)


_COMPILED: dict[int, tuple[WatchLists, Dictionaries]] = {}


def compile_watch(watch: WatchLists) -> Dictionaries:
    """The look-up tables for one set of watch lists, built once per WatchLists object."""
    cached = _COMPILED.get(id(watch))
    if cached is not None and cached[0] is watch:
        return cached[1]
    if len(_COMPILED) > 32:
        _COMPILED.clear()
    dicts = _compile(watch)
    _COMPILED[id(watch)] = (watch, dicts)  # keeps `watch` alive, so its id stays unique
    return dicts


@lru_cache(maxsize=32)
def _compile(watch: WatchLists) -> Dictionaries:
    """Build the look-up tables (equal watch lists share them)."""
    labs: dict[tuple[str, ...], str] = {}
    for lab in watch.labs:
        for alias in (lab.name, *lab.aliases):
            labs[tuple(t.text for t in tokenize(alias))] = lab.name
    people: dict[tuple[str, ...], str] = {}
    surnames: dict[str, str] = {}
    clashes: set[str] = set()
    firsts: dict[str, set[str]] = {}
    for person in watch.people:
        for alias in (person.name, *person.aliases):
            words = tuple(t.lower for t in tokenize(alias) if t.text not in ".()")
            if words:
                people[words] = person.name
                if len(words) > 1:
                    firsts.setdefault(person.name, set()).update({words[0], words[0][0]})
        last = tokenize(person.name)[-1].lower
        if len(last) >= 4 and last not in NON_NAME_WORDS:
            clashes.add(last) if last in surnames else surnames.setdefault(last, person.name)
    for last in clashes:
        surnames.pop(last, None)
    pattern = None
    if watch.keywords:
        phrases = sorted(watch.keywords, key=len, reverse=True)
        pattern = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(k) for k in phrases) + r")(?!\w)", re.IGNORECASE
        )
    name_words = frozenset(w for key in people for w in key) | frozenset(surnames)
    aliases = sorted({alias for lab in watch.labs for alias in (lab.name, *lab.aliases)}, key=len)
    lab_names = None
    if aliases:
        alternation = "|".join(re.escape(a) for a in reversed(aliases))
        lab_names = re.compile(rf"(?<![\w.-])(?:{alternation})(?![\w-])")
    return Dictionaries(
        labs,
        _first_sizes(labs),
        people,
        _first_sizes(people),
        surnames,
        firsts,
        pattern,
        name_words,
        lab_names,
    )


def _first_sizes(table: dict[tuple[str, ...], str]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for key in table:
        sizes[key[0]] = max(sizes.get(key[0], 0), len(key))
    return sizes


def tag(text: str, dicts: Dictionaries) -> Tagged:
    """Tokenize and mark labs, watched people, and capitalised names in person contexts."""
    toks = tokenize(text)
    tagged = Tagged(toks)
    tag_labs(tagged, dicts)
    tag_watched(tagged, dicts)
    tag_unlisted(tagged)
    tagged.people.sort()
    return tagged


def tag_labs(tagged: Tagged, dicts: Dictionaries) -> None:
    """Greedy longest match of lab names and aliases (case-sensitive)."""
    toks, i = tagged.toks, 0
    texts = [t.text for t in toks]
    while i < len(toks):
        longest = dicts.lab_first.get(texts[i])
        if longest is None:
            i += 1
            continue
        for size in range(min(longest, len(toks) - i), 0, -1):
            lab = dicts.labs.get(tuple(texts[i : i + size]))
            if lab and (size == 1 or not any(t.poss for t in toks[i : i + size - 1])):
                for t in toks[i : i + size]:
                    t.lab = lab
                tagged.labs.append((i, i + size, lab))
                i += size
                break
        else:
            i += 1


def tag_watched(tagged: Tagged, dicts: Dictionaries) -> None:
    """Watched names and aliases; a watched surname alone unless a different first name precedes."""
    toks, i = tagged.toks, 0
    while i < len(toks):
        if not toks[i].text[0].isupper():
            i += 1  # names are capitalised in news text
            continue
        size, name = _longest_person(toks, i, dicts)
        if name is None and not toks[i].lab:
            name = dicts.surnames.get(toks[i].lower)
            size = 1
            if name and not _first_name_fits(toks, i, name, dicts):
                name = None
        if name:
            start = _extend_back(toks, i) if size == 1 else i
            _mark(tagged, start, i + size, name, watched=True)
            i += size
        else:
            i += 1


def _longest_person(toks: list[Tok], i: int, dicts: Dictionaries) -> tuple[int, str | None]:
    longest = dicts.people_first.get(toks[i].lower)
    if longest is None:
        return 0, None
    for size in range(min(longest, len(toks) - i), 0, -1):
        name = dicts.people.get(tuple(t.lower for t in toks[i : i + size]))
        if name and toks[i].text[:1].isupper() or (name and size > 1):
            return size, name
    return 0, None


def _first_name_fits(toks: list[Tok], i: int, name: str, dicts: Dictionaries) -> bool:
    """'Josh Altman' is not Sam Altman: a capitalised word before a surname must be theirs."""
    j = i - 1
    if j >= 0 and toks[j].text == ")":
        return True  # "Diederik (Durk) Kingma"
    if j >= 0 and toks[j].text == "." and j >= 1 and len(toks[j - 1].text) == 1:
        return toks[j - 1].lower in dicts.firsts.get(name, {toks[j - 1].lower})
    if j < 0 or not is_name_word(toks[j]):
        return True
    return toks[j].lower in dicts.firsts.get(name, set())


def _extend_back(toks: list[Tok], i: int) -> int:
    """Include a first name, an initial ('D.') or a parenthesised nickname before a surname."""
    j = i
    if j >= 3 and toks[j - 1].text == ")" and toks[j - 3].text == "(":
        j -= 3
    if j >= 2 and toks[j - 1].text == "." and len(toks[j - 2].text) == 1:
        return j - 2
    if j >= 1 and is_name_word(toks[j - 1]) and not toks[j - 1].person:
        return j - 1
    return j


def _mark(tagged: Tagged, start: int, end: int, name: str, watched: bool = False) -> None:
    for t in tagged.toks[start:end]:
        t.person, t.watched = name, watched
    tagged.people.append((start, end, name))


def is_name_word(tok: Tok) -> bool:
    """A capitalised word that could be part of a person's name."""
    return tok.lab is None and _name_shaped(tok.text)


@lru_cache(maxsize=65536)
def _name_shaped(text: str) -> bool:
    # the same few thousand words recur in news, so each is judged once
    return (
        text[0].isupper()
        and len(text) > 1
        and not text.isupper()
        and text.lower() not in NON_NAME_WORDS
        and NAME_WORD_RE.fullmatch(text) is not None
    )


def name_runs(toks: list[Tok]) -> list[tuple[int, int]]:
    """Maximal runs of name words (particles like 'van' allowed inside)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if toks[i].person is None and is_name_word(toks[i]):
            j = i + 1
            while (
                j < len(toks)
                and toks[j].person is None
                and (
                    is_name_word(toks[j])
                    or (
                        toks[j].lower in PARTICLES
                        and j + 1 < len(toks)
                        and is_name_word(toks[j + 1])
                    )
                )
            ):
                if toks[j - 1].poss:
                    break
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def tag_unlisted(tagged: Tagged) -> None:
    """People on no list: 2–3 name words, or one after a role word ('CTO Murati')."""
    toks = tagged.toks
    full: dict[str, str] = {}
    tag_nicknames(tagged, full)
    for start, end in name_runs(toks):
        size = end - start
        if _is_org(toks, end):
            continue  # "Boston Dynamics CTO", "Enfabrica CEO": a company before a role
        if 2 <= size <= 3:
            name = " ".join(t.text for t in toks[start:end])
            full[toks[end - 1].lower] = name
            _mark(tagged, start, end, name)
        elif size == 1 and _single_is_person(toks, start):
            _mark(tagged, start, end, toks[start].text)
    for start, end, name in list(tagged.people):
        if " " not in name and name.lower() in full:
            resolved = full[name.lower()]
            tagged.people.remove((start, end, name))
            _mark(tagged, start, end, resolved)


def _is_org(toks: list[Tok], end: int) -> bool:
    last = toks[end - 1]
    if last.poss:
        return False
    if last.lower in ORG_ENDINGS:
        return True
    k = end
    while k < len(toks) and toks[k].lower in ROLE_WORDS:
        k += 1
    return k > end and k < len(toks) and is_name_word(toks[k])


def tag_nicknames(tagged: Tagged, full: dict[str, str]) -> None:
    """'Diederik (Durk) Kingma' is Durk Kingma."""
    toks = tagged.toks
    for i in range(len(toks) - 4):
        if (
            toks[i + 1].text == "("
            and toks[i + 3].text == ")"
            and toks[i].person is None
            and all(is_name_word(toks[k]) for k in (i, i + 2, i + 4))
        ):
            name = f"{toks[i + 2].text} {toks[i + 4].text}"
            full[toks[i + 4].lower] = name
            _mark(tagged, i, i + 5, name)


def _single_is_person(toks: list[Tok], i: int) -> bool:
    """One capitalised word is a person after a role/group word or before 'says'/a list."""
    before = toks[i - 1].lower if i > 0 else ""
    after = toks[i + 1].lower if i + 1 < len(toks) else ""
    if before in ROLE_WORDS or before in GROUP_WORDS:
        return True
    if before in {",", "and"} and i >= 2 and toks[i - 2].person:
        return True
    if after in {"says", "said", "tells", "told"}:
        return True
    return i == 0 and (after in TRIGGER_FIRST or after in SKIP_WORDS) and after != ","


def labs_in(text: str, dicts: Dictionaries) -> list[str]:
    """Canonical labs named in a text, found with one regular expression (no tokens)."""
    if dicts.lab_names is None:
        return []
    found: dict[str, None] = {}
    for alias in dicts.lab_names.findall(text):
        lab = dicts.labs.get(tuple(t.text for t in tokenize(alias)))
        if lab:
            found.setdefault(lab, None)
    return list(found)


def text_keywords(text: str, dicts: Dictionaries) -> list[str]:
    """Watched keywords found as whole words (case-insensitive), in first-seen order."""
    if dicts.keywords is None:
        return []
    found: dict[str, None] = {}
    for match in dicts.keywords.finditer(text):
        found.setdefault(match.group(1).lower(), None)
    return list(found)
