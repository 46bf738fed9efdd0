"""Finding people and labs in auto-captions, however the captions spell them.

The recipe (RESEARCH.md, "Names in auto-captions"): normalise the words, score word windows of
1–4 tokens joined without spaces against each alias with a blend of spelling, sound (double
metaphone) and Jaro-Winkler similarity, and accept a window only with enough score *and*
context: one of the person's labs nearby, the name in the video's title, another confirmed
mention. Common words and lone surnames need more evidence than a full name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from jobs.language.word_lists import common_words, first_names
from jobs.video.caption_rules import ACCEPT, WITH_TWO_SIGNALS, Alias, Candidate, decide
from jobs.video.caption_words import (
    FUNCTION_WORDS,
    codes_of,
    normalize_words,
    similarity,
)

MAX_WINDOW = 4
PREFILTER_CUTOFF = 55


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


@dataclass
class Matcher:
    """Aliases of a fixed set of entities, prepared once and reused for every transcript."""

    entities: tuple[Entity, ...]
    aliases: list[Alias] = field(init=False)

    def __post_init__(self) -> None:
        self.aliases = build_aliases(self.entities)


@lru_cache(maxsize=8)
def matcher_for(entities: tuple[Entity, ...]) -> Matcher:
    """A matcher for these entities, prepared once and reused for every transcript."""
    return Matcher(entities)


def build_aliases(entities: Iterable[Entity]) -> list[Alias]:
    """Every spelling to look for: full names, variants, surnames and first names (weak)."""
    entities = list(entities)
    firsts = [normalize_words(e.name)[0] for e in entities if e.kind == "person" and e.name]
    shared = {f for f in firsts if firsts.count(f) > 1}
    out: dict[tuple[str, str], Alias] = {}
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
            out[(entity.key, text)] = Alias(entity, text, tokens, weak, fuzzy, codes_of(text))
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
    accepted = [
        Mention(c.alias.entity, c.first, c.last, round(c.score, 3), c.window, c.alias.weak)
        for c in decide(candidates, words, labs_at, titled)
    ]
    return sorted(_resolve_overlaps(accepted), key=lambda m: m.first)


def score_windows(aliases: Sequence[Alias], words: Sequence[str]) -> list[Candidate]:
    """Score every 1–4 word window against every alias; keep those that could be accepted."""
    # numpy (~0.1 s to import) loads with the first scan: `labwatch moments` for a person whose
    # videos are indexed already scans nothing
    import numpy as np

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
    out: list[Candidate] = []
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
        out.append(Candidate(alias, first, last, score, aligned, is_common, window=text))
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


def _first_name_aligned(alias: Alias, window: Sequence[str]) -> bool:
    """Does the window begin with something that sounds like the alias's first word?"""
    if len(alias.tokens) < 2:
        return True
    first = alias.tokens[0]
    head = window[0] if len(window) > 1 else window[0][: len(first)]
    if head == first or fuzz.ratio(head, first) >= 70:
        return True
    return bool(set(codes_of(head)) & set(codes_of(first))) and fuzz.ratio(head, first) >= 60


def _lab_positions(
    candidates: Sequence[Candidate], lab_names: Sequence[str]
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


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Overlapping windows go to the best-scoring match ("yan lea" → Leike, not LeCun)."""
    taken: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.weak, -m.score, -(m.last - m.first), m.first)):
        if all(m.last <= t.first or m.first >= t.last for t in taken):
            taken.append(m)
    return taken
