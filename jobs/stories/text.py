"""Folding text for comparison: lower case without accents."""

from __future__ import annotations

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
