"""Text from outside, made safe to keep: tags stripped in linear time, invisible characters dropped."""

from __future__ import annotations

import re

# zero-width characters, bidi embeddings/overrides/isolates and marks, and control characters
# other than tab and newlines: invisible on screen, yet they split words ("John\u200b Schulman")
# and can reorder what a reader sees around them
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


def strip_tags(text: str, replace: str = " ") -> str:
    """Every `<...>` replaced, exactly like re.sub("<[^>]*>", replace, text), in linear time.

    The regex is quadratic on many `<` with no `>` after them (each `<` scans to the end);
    here, once a `<` has no `>` after it, no later `<` can have one either.
    """
    start = text.find("<")
    if start == -1:
        return text
    parts: list[str] = []
    done = 0
    while start != -1:
        end = text.find(">", start + 1)
        if end == -1:
            break
        parts.append(text[done:start])
        parts.append(replace)
        done = end + 1
        start = text.find("<", done)
    parts.append(text[done:])
    return "".join(parts)


def strip_invisible(text: str) -> str:
    """Drop zero-width, bidi-control and control characters (tab and newlines stay)."""
    return _INVISIBLE.sub("", text)
