"""Caption files (WebVTT, SRT, youtube-transcript-api JSON) → clean, non-repeating segments."""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jobs.language.markup import strip_tags
from storage.errors import ParseError

_TIMING = re.compile(
    r"^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})"
)
_SPACES = re.compile(r"\s+")
_ANNOTATION = re.compile(r"^\[[^\]]*\]$")  # [Music], [Applause]


class CaptionError(ParseError):
    """A caption file that cannot be read as captions."""


@dataclass(frozen=True)
class Segment:
    """One caption line: when it starts, how long until the next one, what is said."""

    start: float
    duration: float
    text: str


@dataclass(frozen=True)
class _Cue:
    start: float
    end: float
    lines: tuple[str, ...]


def parse_captions(data: bytes | str, suffix: str) -> list[Segment]:
    """Parse a caption file by its suffix (.vtt, .srt, .json) into segments.

    Raises CaptionError, and only that: whatever else goes wrong reading the file is named in it.
    """
    try:
        return _parse_captions(data, suffix)
    except CaptionError:
        raise
    except RecursionError:
        raise CaptionError("cannot read the captions: they nest too deeply") from None
    except Exception as exc:
        detail = (str(exc).strip().splitlines() or [""])[0][:200]
        raise CaptionError(f"cannot read the captions ({type(exc).__name__}: {detail})") from None


def _parse_captions(data: bytes | str, suffix: str) -> list[Segment]:
    text = data.decode("utf-8-sig", errors="replace") if isinstance(data, bytes) else data
    suffix = suffix.lower().lstrip(".")
    if suffix == "json":
        return parse_json(text)
    if suffix in ("vtt", "srt"):
        return parse_cues(text)
    raise CaptionError(f"unknown caption format .{suffix}")


def parse_cues(text: str) -> list[Segment]:
    """WebVTT or SRT → segments; YouTube's rolling cues lose their repeated lines."""
    cues = list(_read_cues(text))
    if not cues and text.strip() and not text.lstrip().startswith("WEBVTT"):
        raise CaptionError("no caption cues found")
    timed: list[tuple[float, float, str]] = []
    previous: tuple[str, ...] = ()
    for cue in cues:
        new = [line for line in cue.lines if line not in previous]
        if cue.lines:
            previous = cue.lines
        if new:
            timed.append((cue.start, cue.end, " ".join(new)))
        elif timed and cue.lines:
            # a repeated line stays on screen: the last segment ends later
            start, end, said = timed[-1]
            timed[-1] = (start, max(end, cue.end), said)
    return segments_from_timed(timed)


def parse_json(text: str) -> list[Segment]:
    """youtube-transcript-api's raw data `[{text, start, duration}]` → segments."""
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaptionError(f"not JSON: {exc}") from exc
    if not isinstance(items, list):
        raise CaptionError("caption JSON must be a list of {text, start, duration}")
    return segments_from_snippets(items)


def segments_from_snippets(items: Iterable[object]) -> list[Segment]:
    """Snippets (dicts or objects with text/start/duration) → segments."""
    timed: list[tuple[float, float, str]] = []
    for item in items:
        get = item.get if isinstance(item, dict) else (lambda k, o=item: getattr(o, k, None))
        try:
            start = float(get("start"))  # type: ignore[arg-type]  # checked by the except
            end = start + float(get("duration") or 0.0)
        except (TypeError, ValueError) as exc:
            raise CaptionError(f"snippet without a numeric start/duration: {item!r:.200}") from exc
        if not (math.isfinite(start) and math.isfinite(end)):
            raise CaptionError(f"snippet with an endless start/duration: {item!r:.200}")
        said = clean_line(str(get("text") or ""))
        if said:
            timed.append((start, end, said))
    return segments_from_timed(timed)


def segments_from_timed(timed: Sequence[tuple[float, float, str]]) -> list[Segment]:
    """Sorted segments whose duration runs to the next start (caption durations overlap)."""
    ordered = sorted(timed, key=lambda t: t[0])
    segments = []
    for i, (start, end, said) in enumerate(ordered):
        stop = ordered[i + 1][0] if i + 1 < len(ordered) else end
        segments.append(Segment(round(start, 3), round(max(stop - start, 0.0), 3), said))
    return segments


def clean_line(line: str) -> str:
    """Drop inline tags (<c>, <00:00:01.234>), entities and annotations; squeeze spaces."""
    said = _SPACES.sub(" ", html.unescape(strip_tags(line, ""))).strip()
    return "" if _ANNOTATION.match(said) else said


def _read_cues(text: str) -> Iterable[_Cue]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        match = _TIMING.match(lines[i])
        i += 1
        if not match:
            continue
        body: list[str] = []
        # a cue ends at an empty line; YouTube's " " lines inside a cue are not empty
        while i < len(lines) and lines[i] != "" and not _TIMING.match(lines[i]):
            body.append(lines[i])
            i += 1
        cleaned = tuple(c for c in (clean_line(b) for b in body) if c)
        yield _Cue(parse_timestamp(match.group(1)), parse_timestamp(match.group(2)), cleaned)


def parse_timestamp(stamp: str) -> float:
    """'01:02:03.450', '02:03,450' or '2:03.45' → seconds."""
    parts = stamp.replace(",", ".").split(":")
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + float(part)
    return seconds
