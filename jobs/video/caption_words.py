"""Words of auto-captions: normalising them, how alike two spellings sound, and the word lists.

Shared by the caption name matcher (jobs/video/caption_names.py) and its acceptance rules (jobs/video/caption_rules.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from doublemetaphone import doublemetaphone
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from jobs.language.word_lists import common_words

FILLERS = frozenset({"uh", "um", "er", "erm", "ah", "uhm", "hmm", "mm", "mhm", "huh"})
_FUNCTION_TEXT = (
    "a an the and or but of to in on at by for from with as is are was were be been am it its "
    "this that these those he she they we you i me him her them us my your his our their so if "
    "then than not no do does did has have had will would can could should just like um uh"
)
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
_POSSESSIVE = re.compile(r"'s\b")


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


def is_everyday(word: str) -> bool:
    """A common word, or an inflection of one (joins, joined, joining, said)."""
    common = common_words()
    if word in common:
        return True
    stems = [word[:-1], word[:-2], word[:-3], word[:-2] + "e", word[:-3] + "e", word[:-3] + "y"]
    suffixed = word.endswith(("s", "ed", "ing", "ies"))
    return suffixed and any(stem in common for stem in stems if len(stem) >= 2)
