"""Videos, their caption segments and the mention index as plain rows (Core, no ORM).

`labwatch transcripts` lists videos and `labwatch moments` scans captions for a person and reads
the index here without loading or configuring the ORM (~0.1 s of a read-only command's start);
the transcript rounds and story linking use the same queries inside their sessions. Writers of
this index (`save_mentions`) run their statements at once, so reads see them without a flush.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, delete, insert, or_, select, text

from storage.schema import transcript_segments, video_mentions, videos
from storage.video_list import VideoRow as VideoRow
from storage.video_list import recent_videos as recent_videos

if TYPE_CHECKING:
    from storage.db import Reader


_VIDEO_COLUMNS = [videos.c[f.name] for f in fields(VideoRow)]


class Segment(NamedTuple):
    """One caption segment: its place in the video, when it starts, what is said."""

    seq: int
    start: float
    text: str


def _videos(session: Reader, query: Any) -> list[VideoRow]:
    return [VideoRow(*row) for row in session.execute(query)]


def video_by_id(session: Reader, video_id: str) -> VideoRow | None:
    """One video, if stored."""
    rows = _videos(session, select(*_VIDEO_COLUMNS).where(videos.c.video_id == video_id))
    return rows[0] if rows else None


def segments_of(session: Reader, video_id: str) -> list[Segment]:
    """A video's caption segments in order."""
    s = transcript_segments.c
    query = select(s.seq, s.start, s.text).where(s.video_id == video_id).order_by(s.seq)
    return [Segment(*row) for row in session.execute(query)]


def videos_with_transcripts(
    session: Reader,
    published_from: datetime | None = None,
    published_to: datetime | None = None,
    video_ids: Iterable[str] | None = None,
) -> list[VideoRow]:
    """Videos that have segments, optionally within a publish window or among given ids."""
    v = videos.c
    query = select(*_VIDEO_COLUMNS).where(v.transcript_status == "ok")
    if published_from is not None:
        query = query.where(v.published_at >= published_from)
    if published_to is not None:
        query = query.where(v.published_at <= published_to)
    if video_ids is not None:
        query = query.where(v.video_id.in_(list(video_ids)))
    return _videos(session, query.order_by(v.published_at.desc().nulls_last()))


def videos_not_scanned_for(session: Reader, entity: str, limit: int) -> list[VideoRow]:
    """The newest videos with a transcript that were never scanned for this entity."""
    v, m = videos.c, video_mentions.c
    scanned = select(m.video_id).where(m.video_id == v.video_id, m.entity == entity)
    query = (
        select(*_VIDEO_COLUMNS)
        .where(v.transcript_status == "ok", ~scanned.exists())
        .order_by(v.published_at.desc().nulls_last(), v.video_id)
        .limit(limit)
    )
    return _videos(session, query)


def search_segments(session: Reader, words: Sequence[str], limit: int = 500) -> list[str]:
    """Ids of videos whose captions contain any of the words (prefix match with a trailing *)."""
    words = [w for w in (_safe_word(w) for w in words) if w]
    if not words:
        return []
    bind = session if isinstance(session, Connection) else session.get_bind()
    if bind.dialect.name == "sqlite":
        match = " OR ".join(f'"{w.rstrip("*")}"' + ("*" if w.endswith("*") else "") for w in words)
        rows = session.execute(
            text(
                "SELECT DISTINCT s.video_id FROM segments_fts f "
                "JOIN transcript_segments s ON s.id = f.rowid "
                "WHERE segments_fts MATCH :match LIMIT :limit"
            ),
            {"match": match, "limit": limit},
        )
        return [r[0] for r in rows]
    # no full-text index elsewhere: a plain case-insensitive scan, good enough for a fallback
    s = transcript_segments.c
    likes = [s.text.ilike(f"%{w.rstrip('*')}%") for w in words]
    query = select(s.video_id).where(or_(*likes)).distinct().limit(limit)
    return list(session.scalars(query))


def _safe_word(word: str) -> str:
    star = word.endswith("*")
    core = "".join(c for c in word.rstrip("*") if c.isalnum())
    return core + ("*" if star and core else "")


def save_mentions(
    session: Reader, video_id: str, found: dict[str, list[list[float]]], looked_for: Iterable[str]
) -> None:
    """Store where each looked-for entity is named in a video ([[seq, start, score], ...])."""
    keys = sorted(set(looked_for) | set(found))
    if not keys:
        return
    m = video_mentions.c
    session.execute(delete(video_mentions).where(m.video_id == video_id, m.entity.in_(keys)))
    rows = []
    for key in keys:
        hits = found.get(key, [])
        first = hits[0][1] if hits else None
        rows.append(
            {
                "video_id": video_id,
                "entity": key,
                "count": len(hits),
                "first_start": first,
                "hits": hits[:500],
            }
        )
    session.execute(insert(video_mentions), rows)


class MentionRow(NamedTuple):
    """Where one entity is named in one video."""

    times: int  # how many mentions
    first_start: float | None
    hits: list[Any]  # [[seq, start, score], ...]


def mentions_of(
    session: Reader, entities: Iterable[str], video_ids: Iterable[str] | None = None
) -> dict[tuple[str, str], MentionRow]:
    """Index rows by (video_id, entity) for these entities (and videos)."""
    keys = list(set(entities))
    if not keys:
        return {}
    m = video_mentions.c
    query = select(m.video_id, m.entity, m.count, m.first_start, m.hits).where(m.entity.in_(keys))
    if video_ids is not None:
        ids = list(video_ids)
        if not ids:
            return {}
        query = query.where(m.video_id.in_(ids))
    return {(r[0], r[1]): MentionRow(r[2], r[3], r[4] or []) for r in session.execute(query)}


class VideoRef(NamedTuple):
    """The few columns of a video that linking needs."""

    video_id: str
    title: str
    published_at: datetime | None


def segment_texts(session: Reader, places: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """Caption text of (video_id, seq) places."""
    wanted = list(set(places))
    if not wanted:
        return {}
    s = transcript_segments.c
    clause = or_(*((s.video_id == vid) & (s.seq == seq) for vid, seq in wanted))
    query = select(s.video_id, s.seq, s.text)
    return {(r[0], r[1]): r[2] for r in session.execute(query.where(clause))}


class NamedIn(NamedTuple):
    """A video that names an entity, with where."""

    video_id: str
    title: str
    published_at: datetime | None
    entity: str
    hits: list[Any]


def _in_window(
    query: Any, start: datetime | None, end: datetime | None, video_ids: Iterable[str] | None
) -> Any:
    v = videos.c
    query = query.where(v.transcript_status == "ok")
    if start is not None:
        query = query.where(v.published_at >= start)
    if end is not None:
        query = query.where(v.published_at <= end)
    return query if video_ids is None else query.where(v.video_id.in_(list(video_ids)))


def naming_videos(
    session: Reader,
    entities: Iterable[str],
    start: datetime | None = None,
    end: datetime | None = None,
    video_ids: Iterable[str] | None = None,
) -> list[NamedIn]:
    """Videos (published in [start, end], among ids, if given) whose captions name an entity;
    newest first."""
    v, m = videos.c, video_mentions.c
    query = (
        select(v.video_id, v.title, v.published_at, m.entity, m.hits)
        .join(video_mentions, m.video_id == v.video_id)
        .where(m.entity.in_(list(set(entities))), m.count > 0)
        .order_by(v.published_at.desc().nulls_last(), v.video_id)
    )
    rows = session.execute(_in_window(query, start, end, video_ids))
    return [NamedIn(r[0], r[1] or "", r[2], r[3], r[4] or []) for r in rows]


def unscanned_videos(
    session: Reader,
    entities: Iterable[str],
    start: datetime,
    end: datetime,
    video_ids: Iterable[str] | None = None,
) -> list[str]:
    """Videos published in [start, end] never scanned for one of these entities."""
    v, m = videos.c, video_mentions.c
    missing = [
        ~select(m.video_id).where(m.video_id == v.video_id, m.entity == key).exists()
        for key in set(entities)
    ]
    query = select(v.video_id).where(or_(*missing)) if missing else select(v.video_id)
    return list(session.scalars(_in_window(query, start, end, video_ids)))
