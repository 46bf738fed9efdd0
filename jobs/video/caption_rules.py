"""When a scored caption window counts as a mention: the score and context rules.

A full name spelled almost right is enough on its own; a lone surname, a first name or a window
of everyday words needs one or two signals (a lab nearby, the name in the title, a mention
elsewhere). The thresholds are RESEARCH.md's, measured on real auto-captions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobs.language.word_lists import common_words, first_names
from jobs.video.caption_words import (
    FUNCTION_WORDS,
    codes_of,
    is_everyday,
    normalize_words,
    similarity,
)

if TYPE_CHECKING:
    from jobs.video.caption_names import Entity

CONTEXT_TOKENS = 40
ACCEPT = 0.90  # accepted on the score alone
WITH_ONE_SIGNAL = 0.82
WITH_TWO_SIGNALS = 0.75  # only when the first name sounds right ("yan lea" for Jan Leike)
LONG_NAME = 12  # a two-word window this close to a name this long is rarely chance
LONG_ACCEPT = 0.85
COMMON_WINDOW = 0.95  # a window of common words needs this and two signals


@dataclass(frozen=True)
class Alias:
    entity: Entity
    text: str  # joined without spaces
    tokens: tuple[str, ...]
    weak: bool  # one word standing for the person (surname, first name): needs context
    fuzzy: bool
    codes: tuple[str, ...]


@dataclass
class Candidate:
    alias: Alias
    first: int
    last: int
    score: float
    aligned: bool
    common: bool
    signals: int = 0
    named: bool = False  # the title names the person, or a mention elsewhere does
    window: str = ""


def decide(
    candidates: list[Candidate],
    words: Sequence[str],
    labs_at: dict[str, list[int]],
    titled: set[str],
) -> list[Candidate]:
    """The candidates accepted as mentions: enough score and enough context."""
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
            accepted.append(c)
    return accepted


def _lab_signal(c: Candidate, labs_at: dict[str, list[int]]) -> int:
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


def _acceptable(c: Candidate, words: Sequence[str]) -> bool:
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


def _is_first_name(alias: Alias) -> bool:
    own = normalize_words(alias.entity.name)
    return len(own) > 1 and alias.tokens == (own[0],)


def _lab_is_enough(c: Candidate) -> bool:
    """A lab nearby vouches for a distinctive first name, or a long surname spelled exactly."""
    if _is_first_name(c.alias):
        return True  # "Ilia" for Ilya Sutskever in a video about OpenAI
    return c.window == c.alias.text and len(c.alias.text) >= 7


def _other_first_name(c: Candidate, words: Sequence[str]) -> bool:
    """'David Bradford' is not Alec Radford: a different first name just before a surname."""
    own = normalize_words(c.alias.entity.name)
    if not own or (c.first > 0 and words[c.first - 1] == own[0]):
        return False
    for before in words[max(0, c.first - 2) : c.first]:  # "Josef Muller Brockmann"
        other = before in first_names() and before != own[0]
        if other and not (set(codes_of(before)) & set(codes_of(own[0]))):
            return True
    return False


def _other_surname(c: Candidate, words: Sequence[str]) -> bool:
    """'Noam Chomsky' is not Noam Brown: a first name alone followed by another surname."""
    if not _is_first_name(c.alias) or c.last >= len(words):
        return False
    after = words[c.last]
    if after in FUNCTION_WORDS or is_everyday(after):
        return False
    surname = normalize_words(c.alias.entity.name)[-1]
    return similarity(after, surname) < WITH_ONE_SIGNAL
