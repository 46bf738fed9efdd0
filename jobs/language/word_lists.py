"""Word lists shipped with the package (jobs/data): frequent English words and first names.

Read by the caption name matcher (jobs/video/caption_words.py) and by the headline name check
(jobs/language/people.py headline_phrases).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


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
