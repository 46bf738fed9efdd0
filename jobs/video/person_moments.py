"""A person's moments in the stored transcripts, read from the mention index: `labwatch
moments`. No SQLAlchemy import of its own (storage.mention_rows's queries): on a SQLite file,
when every video was scanned for the name already, the command reads through storage.lite;
jobs.video.moments scans the others first (and writes the index)."""

from __future__ import annotations

from collections.abc import Sequence

from jobs.video.caption_names import Entity
from jobs.video.caption_words import normalize_words
from jobs.watch.lists import BUILTIN_LABS, WatchLists
from storage.lite import AnyReader
from storage.mention_rows import (
    mentions_of,
    naming_every_video,
    search_segments,
    segment_texts,
    transcribed_among,
    videos_not_scanned_for,
)
from storage.moment_views import MomentView, view_of
from storage.video_list import VideoRow

LEAD_IN = 2.5  # seconds before the segment that names the person
SCAN_NEWEST = 100  # videos scanned at once for a name nobody watched when they were stored


def lab_entities(watch: WatchLists | None) -> list[Entity]:
    """The watched labs (the built-in list unless the config names its own)."""
    labs = watch.labs if watch and watch.labs else BUILTIN_LABS
    return [Entity(lab.name, lab.aliases, "lab") for lab in labs]


def person_entity(watch: WatchLists | None, name: str) -> Entity:
    """The watched person this name or alias means, else a person known only by this name."""
    key = " ".join(name.split()).casefold()
    for person in watch.people if watch else ():
        if key == person.name.casefold() or key in (a.casefold() for a in person.aliases):
            return Entity(person.name, person.aliases)
    return Entity(" ".join(name.split()))


def unscanned_for(session: AnyReader, person: Entity) -> dict[str, VideoRow]:
    """Videos to scan for this person before its moments are read: the newest never scanned
    for it, and older ones whose captions share a word beginning with the name's (the
    full-text index finds those)."""
    todo = {v.video_id: v for v in videos_not_scanned_for(session, person.key, SCAN_NEWEST)}
    surnames = {ws[-1] for a in (person.name, *person.aliases) if (ws := normalize_words(a))}
    terms = {w if len(w) < 5 else w[:4] + "*" for w in surnames}
    candidates = search_segments(session, sorted(terms))
    scanned = {vid for (vid, _) in mentions_of(session, [person.key], candidates)}
    more = [vid for vid in candidates if vid not in scanned and vid not in todo]
    todo.update({v.video_id: v for v in transcribed_among(session, more)})
    return todo


def moments_of(session: AnyReader, person: Entity, limit: int) -> list[MomentView]:
    """Where the index says the person is discussed: newest videos first."""
    places: list[tuple[str, str, int, float]] = []
    for named in naming_every_video(session, [person.key]):  # newest first
        for seq, start in _discussion_starts(named.hits):
            places.append((named.video_id, named.title, seq, start))
    places = places[:limit]
    texts = segment_texts(session, [(vid, seq) for vid, _, seq, _ in places])
    return [
        view_of(vid, title, max(start - LEAD_IN, 0.0), texts.get((vid, seq), ""))
        for vid, title, seq, start in places
    ]


def _discussion_starts(hits: Sequence[Sequence[float]]) -> list[tuple[int, float]]:
    """The first hit of each stretch of mentions (a new stretch after a gap of a minute)."""
    starts: list[tuple[int, float]] = []
    last = None
    for seq, start, _score in sorted(hits, key=lambda h: h[1]):
        if last is None or start - last > 60.0:
            starts.append((int(seq), float(start)))
        last = start
    return starts
