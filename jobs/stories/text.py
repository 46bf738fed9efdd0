"""Folding text for comparison (lower case without accents), and word patterns that search fast."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents ('Demirtaş' → 'demirtas')."""
    word = word.lower()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def fold_text(text: str) -> str:
    """Lower case without accents, for a whole text."""
    return " ".join(fold(word) for word in text.split())


def word_pattern(alternation: str) -> re.Pattern[str]:
    """`\\b(?:alternation)\\b`, with a look-ahead for the letters its alternatives start with
    first: Python's regex engine tries the whole alternation at every position of the text
    otherwise, and a character class rules most positions out at once (a summary searched in
    half the time). Same matches: the look-ahead only drops positions where none can start."""
    return re.compile(rf"(?=[{first_letters(alternation)}])\b(?:{alternation})\b")


def first_letters(alternation: str) -> str:
    """The letters the alternatives of a regular expression start with: each one's first
    letter, or for an optional group in front ('(?:re)?join') the group's and the next."""
    letters: set[str] = set()
    for branch in _branches(alternation):
        if branch.startswith("(?:"):
            close = branch.index(")")  # a group in front holds no group of its own
            letters |= {b[0] for b in branch[3:close].split("|")}
            if branch[close + 1 : close + 2] == "?":
                letters.add(branch[close + 2])
        else:
            letters.add(branch[0])
    if not all(c.isalpha() for c in letters):
        raise ValueError(f"an alternative starts with no plain letter: {sorted(letters)}")
    return "".join(sorted(letters))


def _branches(alternation: str) -> list[str]:
    """The top-level alternatives of a regular expression (its '|' outside groups)."""
    branches, depth, start = [], 0, 0
    for i, c in enumerate(alternation):
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            branches.append(alternation[start:i])
            start = i + 1
    return [*branches, alternation[start:]]
