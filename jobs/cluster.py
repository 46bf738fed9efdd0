"""Which story a classified report belongs to: entities to block on, and a pairwise score."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from jobs.classify import Analysis
from jobs.events import Event
from jobs.people import ascii_words, clean_text

WINDOW = timedelta(hours=72)
SAME_NEWS_DAY = timedelta(hours=24)
THRESHOLD = 0.34
STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "its",
        "his",
        "her",
        "their",
        "after",
        "over",
        "into",
        "about",
        "says",
        "said",
        "will",
        "has",
        "have",
        "had",
        "was",
        "were",
        "are",
        "new",
        "former",
        "also",
        "more",
        "than",
        "amid",
        "who",
        "what",
        "why",
        "how",
        "ahead",
        "report",
    ]
)
# actions that can describe one event in different words ("leaves A for B" = "B hires X")
COMPATIBLE = {
    frozenset(p)
    for p in (
        ("leave", "join"),
        ("leave", "found"),
        ("leave", "fired"),
        ("join", "poach"),
        ("join", "appointed"),
        ("join", "return"),
        ("poach", "leave"),
    )
}


@dataclass
class Item:
    """One classified entry on its way into a story."""

    entry_id: int
    title: str
    summary: str
    url: str | None
    when: datetime
    first_seen: datetime
    analysis: Analysis
    kind: str
    entities: set[str]
    words: frozenset[str]
    block: set[str]  # the keys candidates must share (a subset of entities)


@dataclass
class StoryView:
    """What scoring needs of a story."""

    entities: set[str]
    titles: list[frozenset[str]]
    event: Event | None
    kind: str
    when: datetime


@lru_cache(maxsize=65536)
def person_key(name: str | None) -> str | None:
    """People are blocked and compared by surname ('Brundage' = 'Miles Brundage')."""
    return f"p:{name.split()[-1].lower()}" if name else None


def story_kind(analysis: Analysis) -> str | None:
    """'move', 'mention' (names a watched person or keyword), or None (not kept)."""
    if analysis.is_move:
        return "move"
    if analysis.watched_people or analysis.keywords:
        return "mention"
    return None


def entities_of(analysis: Analysis, kind: str) -> set[str]:
    """The blocking keys of an entry: people by surname, labs, keywords."""
    people = analysis.people if kind == "move" else analysis.watched_people
    keys = {k for k in map(person_key, people) if k}
    keys |= {f"l:{lab.lower()}" for lab in analysis.labs}
    keys |= {f"k:{kw.lower()}" for kw in analysis.keywords}
    return keys


def block_keys(analysis: Analysis, kind: str, entities: set[str]) -> set[str]:
    """What a candidate must share: the moving person, else the event's labs; for a mention,
    the watched people and keywords. Labs alone would make every OpenAI story a candidate."""
    event = analysis.event
    if kind == "move" and event is not None:
        key = person_key(event.person)
        if key:
            return {key}
        labs = {f"l:{lab.lower()}" for lab in (event.from_lab, event.to_lab) if lab}
        return labs or entities
    keys = {k for k in map(person_key, analysis.watched_people) if k}
    keys |= {f"k:{kw.lower()}" for kw in analysis.keywords}
    return keys or entities


@lru_cache(maxsize=8192)  # titles repeat across feeds and story loads; the result is immutable
def words_of(text: str) -> frozenset[str]:
    """Content words of a title, lower-cased, plural 's' dropped."""
    return frozenset(
        [
            word[:-1] if word[-1] == "s" and len(word) > 4 else word
            for word in ascii_words(text.lower())  # its runs of a-z and 0-9
            if len(word) > 2 and word not in STOP
        ]
    )


def events_conflict(a: Event | None, b: Event | None) -> bool:
    """Two events that cannot be one: other person, other destination, or clashing actions."""
    if a is None or b is None:
        return False
    return _conflict(a, b, person_key(a.person), person_key(b.person))


def _conflict(a: Event, b: Event, pa: str | None, pb: str | None) -> bool:
    # events_conflict with the people's keys already looked up (scoring has them)
    if pa and pb and pa != pb:
        return True
    if a.to_lab and b.to_lab and a.to_lab != b.to_lab:
        return True
    # "from" is often an older employer ("DeepMind co-founder"), so it only separates departures
    if a.from_lab and b.from_lab and a.from_lab != b.from_lab and a.action == b.action == "leave":
        return True
    return a.action != b.action and frozenset((a.action, b.action)) not in COMPATIBLE


def later_step(a: Event | None, b: Event | None, apart: timedelta) -> bool:
    """A departure and a join more than a news day apart are two steps, not two reports."""
    if a is None or b is None or a.action == b.action or apart <= SAME_NEWS_DAY:
        return False
    return bool({a.action, b.action} & {"leave", "fired"})


def score(item: Item, story: StoryView, floor: float = -1.0) -> float:
    """Similarity of an entry to a story: shared entities and words, minus conflicts. When
    even identical titles could not reach `floor`, returns that bound (below `floor`) without
    comparing titles."""
    shared = len(item.entities & story.entities)
    if not shared:
        return 0.0
    mine, theirs = item.analysis.event, story.event
    clash = False
    same = False
    if mine is not None and theirs is not None:
        key, their_key = person_key(mine.person), person_key(theirs.person)
        same = bool(key and key == their_key)
        clash = _conflict(mine, theirs, key, their_key) or later_step(
            mine, theirs, abs(item.when - story.when)
        )
    other_kind = story.kind != item.kind
    # the entities' jaccard |a ∩ b| / |a ∪ b|, the intersection already counted above
    entity_part = 0.5 * (shared / (len(item.entities) + len(story.entities) - shared))
    bound = _combine(entity_part, 1.0, same, clash, other_kind)
    if bound < floor:
        return bound
    return _combine(
        entity_part, best_title_match(item.words, story.titles), same, clash, other_kind
    )


def best_title_match(words: frozenset[str], titles: list[frozenset[str]]) -> float:
    """The highest jaccard |a ∩ b| / |a ∪ b| of `words` with any of the titles (0 for none)."""
    best = 0.0
    size = len(words)
    for title in titles:
        both = len(words & title)
        if both:
            value = both / (size + len(title) - both)
            best = value if value > best else best
    return best


def _combine(entity_part: float, words: float, same: bool, clash: bool, other_kind: bool) -> float:
    # one order of operations for the bound and the value, so the bound is never below it
    value = entity_part
    value += 0.5 * words
    if same:
        value += 0.25
    if clash:
        value -= 0.6
    if other_kind:
        value -= 0.1
    return value


def quality(analysis: Analysis, title: str) -> tuple[int, ...]:
    """How good a report is as the story's face: a clear, complete, confirmed move headline."""
    event = analysis.event
    if event is None:
        return (0, 0, 0, 0, 0, -len(title))
    return (
        1,
        int(bool(event.person and " " in event.person and event.person in title)),
        int(bool(event.to_lab or event.action in ("leave", "fired"))),
        int(not analysis.speculative),
        int(bool(event.from_lab)),
        -len(title),
    )


def short_summary(text: str, limit: int = 280) -> str:
    """Plain text, one or two sentences, at most `limit` characters."""
    plain = clean_text(text).replace(" | ", " - ")
    sentences = re.split(r"(?<=[.!?])\s+", plain)
    out = sentences[0] if sentences else ""
    if len(sentences) > 1 and len(out) + len(sentences[1]) < limit:
        out = f"{out} {sentences[1]}"
    return out if len(out) <= limit else out[: limit - 1].rsplit(" ", 1)[0] + "…"
