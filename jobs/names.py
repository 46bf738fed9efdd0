"""Finding people and labs in auto-captions, however the captions spell them.

The recipe (RESEARCH.md, "Names in auto-captions"): normalise the words, score word windows of
1–4 tokens joined without spaces against each alias with a blend of spelling, sound (double
metaphone) and Jaro-Winkler similarity, and accept a window only with enough score *and*
context: one of the person's labs nearby, the name in the video's title, another confirmed
mention. Common words and lone surnames need more evidence than a full name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import numpy as np
from doublemetaphone import doublemetaphone
from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

FILLERS = frozenset({"uh", "um", "er", "erm", "ah", "uhm", "hmm", "mm", "mhm", "huh"})
_FUNCTION_TEXT = (
    "a an the and or but of to in on at by for from with as is are was were be been am it its "
    "this that these those he she they we you i me him her them us my your his our their so if "
    "then than not no do does did has have had will would can could should just like um uh"
)
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
_POSSESSIVE = re.compile(r"'s\b")
MAX_WINDOW = 4
CONTEXT_TOKENS = 40
PREFILTER_CUTOFF = 55

ACCEPT = 0.90  # accepted on the score alone
WITH_ONE_SIGNAL = 0.82
WITH_TWO_SIGNALS = 0.75  # only when the first name sounds right ("yan lea" for Jan Leike)
LONG_NAME = 12  # a two-word window this close to a name this long is rarely chance
LONG_ACCEPT = 0.85
COMMON_WINDOW = 0.95  # a window of common words needs this and two signals


@dataclass(frozen=True)
class Entity:
    """A person or lab to look for: shown name, other spellings, and (for people) their labs."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "person"  # person|lab
    labs: tuple[str, ...] = ()  # lab names that count as context; empty: any lab

    @property
    def key(self) -> str:
        return self.name.casefold()


@dataclass(frozen=True)
class Mention:
    """An accepted match: tokens [first, last) of the transcript, and how sure we are."""

    entity: Entity
    first: int
    last: int
    score: float
    window: str
    weak: bool = False  # found by a lone surname or first name


@dataclass(frozen=True)
class _Alias:
    entity: Entity
    text: str  # joined without spaces
    tokens: tuple[str, ...]
    weak: bool  # one word standing for the person (surname, first name): needs context
    fuzzy: bool
    codes: tuple[str, ...]


@dataclass
class _Candidate:
    alias: _Alias
    first: int
    last: int
    score: float
    aligned: bool
    common: bool
    signals: int = 0
    named: bool = False  # the title names the person, or a mention elsewhere does
    window: str = ""


@dataclass
class Matcher:
    """Aliases of a fixed set of entities, prepared once and reused for every transcript."""

    entities: tuple[Entity, ...]
    aliases: list[_Alias] = field(init=False)

    def __post_init__(self) -> None:
        self.aliases = build_aliases(self.entities)


@lru_cache(maxsize=8)
def matcher_for(entities: tuple[Entity, ...]) -> Matcher:
    """A matcher for these entities, prepared once and reused for every transcript."""
    return Matcher(entities)


@cache
def common_words() -> frozenset[str]:
    """Frequent English words (shipped with the package), lowercase."""
    return _word_file("common_words.txt")


@cache
def first_names() -> frozenset[str]:
    """Common first names, lowercase."""
    return _word_file("first_names.txt")


def _word_file(name: str) -> frozenset[str]:
    text = resources.files("jobs").joinpath("data", name).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())


def normalize_words(text: str) -> list[str]:
    """ASCII-folded lowercase words without apostrophes, possessives or fillers."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = _POSSESSIVE.sub("", folded.lower().replace("\u2019", "'")).replace("'", "")
    words = "".join(c if c.isalnum() else " " for c in folded).split()
    return [w for w in words if w not in FILLERS]


@cache
def codes_of(word: str) -> tuple[str, ...]:
    """The double-metaphone codes of a word (one or two, never empty strings)."""
    return tuple(dict.fromkeys(c for c in doublemetaphone(word) if c)) or ("",)


def similarity(window: str, alias: str, alias_codes: Sequence[str] | None = None) -> float:
    """S = 0.45·spelling + 0.35·sound + 0.20·Jaro-Winkler, in 0..1."""
    spelling = fuzz.ratio(window, alias) / 100
    sound = max(
        fuzz.ratio(a, b) / 100 for a in codes_of(window) for b in (alias_codes or codes_of(alias))
    )
    return 0.45 * spelling + 0.35 * sound + 0.20 * JaroWinkler.similarity(window, alias)


def build_aliases(entities: Iterable[Entity]) -> list[_Alias]:
    """Every spelling to look for: full names, variants, surnames and first names (weak)."""
    entities = list(entities)
    firsts = [normalize_words(e.name)[0] for e in entities if e.kind == "person" and e.name]
    shared = {f for f in firsts if firsts.count(f) > 1}
    out: dict[tuple[str, str], _Alias] = {}
    for entity in entities:
        for tokens, weak in _alias_tokens(entity, shared):
            text = "".join(tokens)
            if len(text) < 2 or (entity.key, text) in out:
                continue
            common = all(t in common_words() for t in tokens)
            # a lone surname is fuzzy only when long; a distinctive first name from 4 letters
            is_first = (
                weak
                and len(tokens[0]) < len(entity.name)
                and entity.name.casefold().startswith(tokens[0])
            )
            long_enough = len(text) >= (4 if is_first else 7 if weak else 5)
            fuzzy = long_enough and not common
            out[(entity.key, text)] = _Alias(entity, text, tokens, weak, fuzzy, codes_of(text))
    return list(out.values())


def _alias_tokens(
    entity: Entity, shared_firsts: set[str]
) -> Iterable[tuple[tuple[str, ...], bool]]:
    names = [entity.name, *entity.aliases]
    for name in names:
        tokens = tuple(normalize_words(name))
        if not tokens:
            continue
        yield tokens, entity.kind == "person" and len(tokens) == 1
    if entity.kind != "person":
        return
    tokens = tuple(normalize_words(entity.name))
    if len(tokens) >= 2:
        if tokens[0].startswith("j"):  # Jan, Jakub: often heard and captioned with a Y
            yield ("y" + tokens[0][1:], *tokens[1:]), False
        if len(tokens) > 2:
            yield (tokens[0], tokens[-1]), False  # without middle names
        yield (tokens[-1],), True
        first = tokens[0]
        distinctive = first not in common_words() and first not in first_names()
        if len(first) >= 4 and distinctive and first not in shared_firsts:
            yield (first,), True


def find_mentions(
    matcher: Matcher, words: Sequence[str], title: str = "", lab_names: Sequence[str] = ()
) -> list[Mention]:
    """Accepted mentions of the matcher's entities in a normalised word list, in order."""
    if not words or not matcher.aliases:
        return []
    candidates = score_windows(matcher.aliases, words)
    labs_at = _lab_positions(candidates, lab_names)
    titled = _entities_in_title(matcher, title)
    accepted = _decide(candidates, words, labs_at, titled)
    return sorted(_resolve_overlaps(accepted), key=lambda m: m.first)


def score_windows(aliases: Sequence[_Alias], words: Sequence[str]) -> list[_Candidate]:
    """Score every 1–4 word window against every alias; keep those that could be accepted."""
    spans, texts = _windows(words)
    if not texts or not aliases:
        return []
    matrix = process.cdist(
        texts,
        [a.text for a in aliases],
        scorer=fuzz.ratio,
        score_cutoff=PREFILTER_CUTOFF,
        dtype="uint8",
        workers=1,
    )
    # length gate (0.6–1.5× the alias) and exact-only aliases, vectorised before any Python loop
    window_len = np.fromiter((len(t) for t in texts), dtype=np.float32, count=len(texts))
    alias_len = np.array([len(a.text) for a in aliases], dtype=np.float32)
    exact_only = np.array([not a.fuzzy for a in aliases], dtype=bool)
    keep = (
        (matrix > 0)
        & (window_len[:, None] >= 0.6 * alias_len[None, :])
        & (window_len[:, None] <= 1.5 * alias_len[None, :])
        & ~(exact_only[None, :] & (matrix < 100))
    )
    rows, cols = keep.nonzero()
    common = common_words()
    out: list[_Candidate] = []
    for w, a in zip(rows.tolist(), cols.tolist(), strict=True):
        alias, text = aliases[a], texts[w]
        first, last = spans[w]
        if not alias.fuzzy and text != alias.text:
            continue
        score = 1.0 if text == alias.text else similarity(text, alias.text, alias.codes)
        if score < WITH_TWO_SIGNALS:
            continue
        is_common = all(t in common for t in words[first:last])
        aligned = _first_name_aligned(alias, words[first:last])
        out.append(_Candidate(alias, first, last, score, aligned, is_common, window=text))
    return out


def _windows(words: Sequence[str]) -> tuple[list[tuple[int, int]], list[str]]:
    spans: list[tuple[int, int]] = []
    texts: list[str] = []
    n = len(words)
    for i, word in enumerate(words):
        if word in FUNCTION_WORDS:
            continue
        for size in range(1, MAX_WINDOW + 1):
            if i + size > n:
                break
            if words[i + size - 1] in FUNCTION_WORDS:
                continue
            spans.append((i, i + size))
            texts.append("".join(words[i : i + size]))
    return spans, texts


def _first_name_aligned(alias: _Alias, window: Sequence[str]) -> bool:
    """Does the window begin with something that sounds like the alias's first word?"""
    if len(alias.tokens) < 2:
        return True
    first = alias.tokens[0]
    head = window[0] if len(window) > 1 else window[0][: len(first)]
    if head == first or fuzz.ratio(head, first) >= 70:
        return True
    return bool(set(codes_of(head)) & set(codes_of(first))) and fuzz.ratio(head, first) >= 60


def _lab_positions(
    candidates: Sequence[_Candidate], lab_names: Sequence[str]
) -> dict[str, list[int]]:
    wanted = {n.casefold() for n in lab_names}
    found: dict[str, list[int]] = {}
    for c in candidates:
        entity = c.alias.entity
        sure = entity.kind == "lab" and c.score >= ACCEPT and not c.common
        if sure and (not wanted or entity.key in wanted):
            found.setdefault(entity.key, []).append(c.first)
    return found


def _entities_in_title(matcher: Matcher, title: str) -> set[str]:
    words = normalize_words(title)
    if not words:
        return set()
    strong = [a for a in matcher.aliases if a.entity.kind == "person"]
    return {c.alias.entity.key for c in score_windows(strong, words) if c.score >= ACCEPT}


def _decide(
    candidates: list[_Candidate],
    words: Sequence[str],
    labs_at: dict[str, list[int]],
    titled: set[str],
) -> list[Mention]:
    # two passes: a mention accepted in the first confirms the person's other mentions
    for c in candidates:
        c.named = c.alias.entity.key in titled
        c.signals = _lab_signal(c, labs_at) + c.named
    first_pass = [c for c in candidates if _acceptable(c, words)]
    confirmed: dict[str, list[int]] = {}
    for c in first_pass:
        confirmed.setdefault(c.alias.entity.key, []).append(c.first)
    accepted = []
    for c in candidates:
        elsewhere = [p for p in confirmed.get(c.alias.entity.key, []) if not c.first <= p < c.last]
        c.signals += bool(elsewhere)
        c.named = c.named or bool(elsewhere)
        if _acceptable(c, words):
            score = round(c.score, 3)
            accepted.append(Mention(c.alias.entity, c.first, c.last, score, c.window, c.alias.weak))
    return accepted


def _lab_signal(c: _Candidate, labs_at: dict[str, list[int]]) -> int:
    entity = c.alias.entity
    if entity.kind != "person":
        return 0
    keys = [lab.casefold() for lab in entity.labs] or list(labs_at)
    near = (
        abs(p - c.first) <= CONTEXT_TOKENS
        for key in keys
        for p in labs_at.get(key, ())
        if not c.first <= p < c.last
    )
    return int(any(near))


def _acceptable(c: _Candidate, words: Sequence[str]) -> bool:
    alias = c.alias
    if alias.entity.kind == "lab":
        return c.score >= ACCEPT and (not c.common or c.window not in common_words())
    if c.common:
        # a lone everyday word ("gross", "brooks", "friar") is never a name by itself
        return not alias.weak and c.score >= COMMON_WINDOW and c.signals >= 2
    if alias.weak:
        if c.window != alias.text and (c.window in first_names() or len(c.window) < 4):
            return False  # "andrew" is someone else, not a caption's "andrej"
        if _is_first_name(alias) and c.window != alias.text and len(c.window) != len(alias.text):
            return False  # "ilia" may be Ilya; "demise" is not Demis
        if _other_first_name(c, words) or _other_surname(c, words):
            return False
        return c.signals >= 1 and c.score >= WITH_ONE_SIGNAL and (c.named or _lab_is_enough(c))
    if len(alias.tokens) > 1 and len(c.window) < len(alias.tokens[0]) + len(alias.tokens[-1]) / 2:
        return False  # the first name alone ("alexander") does not name Alexandr Wang
    if not c.aligned:
        return c.score >= 0.95
    long_window = c.last - c.first >= 2 and len(alias.text) >= LONG_NAME
    return (
        c.score >= ACCEPT
        or (long_window and c.score >= LONG_ACCEPT)
        or (c.score >= WITH_ONE_SIGNAL and c.signals >= 1)
        or (c.score >= WITH_TWO_SIGNALS and c.signals >= 2)
    )


def _is_first_name(alias: _Alias) -> bool:
    own = normalize_words(alias.entity.name)
    return len(own) > 1 and alias.tokens == (own[0],)


def _lab_is_enough(c: _Candidate) -> bool:
    """A lab nearby vouches for a distinctive first name, or a long surname spelled exactly."""
    if _is_first_name(c.alias):
        return True  # "Ilia" for Ilya Sutskever in a video about OpenAI
    return c.window == c.alias.text and len(c.alias.text) >= 7


def _other_first_name(c: _Candidate, words: Sequence[str]) -> bool:
    """'David Bradford' is not Alec Radford: a different first name just before a surname."""
    own = normalize_words(c.alias.entity.name)
    if not own or (c.first > 0 and words[c.first - 1] == own[0]):
        return False
    for before in words[max(0, c.first - 2) : c.first]:  # "Josef Muller Brockmann"
        other = before in first_names() and before != own[0]
        if other and not (set(codes_of(before)) & set(codes_of(own[0]))):
            return True
    return False


def is_everyday(word: str) -> bool:
    """A common word, or an inflection of one (joins, joined, joining, said)."""
    common = common_words()
    if word in common:
        return True
    stems = [word[:-1], word[:-2], word[:-3], word[:-2] + "e", word[:-3] + "e", word[:-3] + "y"]
    suffixed = word.endswith(("s", "ed", "ing", "ies"))
    return suffixed and any(stem in common for stem in stems if len(stem) >= 2)


def _other_surname(c: _Candidate, words: Sequence[str]) -> bool:
    """'Noam Chomsky' is not Noam Brown: a first name alone followed by another surname."""
    if not _is_first_name(c.alias) or c.last >= len(words):
        return False
    after = words[c.last]
    if after in FUNCTION_WORDS or is_everyday(after):
        return False
    surname = normalize_words(c.alias.entity.name)[-1]
    return similarity(after, surname) < WITH_ONE_SIGNAL


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Overlapping windows go to the best-scoring match ("yan lea" → Leike, not LeCun)."""
    taken: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.weak, -m.score, -(m.last - m.first), m.first)):
        if all(m.last <= t.first or m.first >= t.last for t in taken):
            taken.append(m)
    return taken
