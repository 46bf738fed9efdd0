"""Videos, their caption segments and the mention index as plain rows (Core, no ORM).

`labwatch transcripts` lists videos and `labwatch moments` scans captions for a person and reads
the index here without loading or configuring the ORM (~0.1 s of a read-only command's start);
the transcript rounds and story linking use the same queries inside their sessions. Writers of
this index (`save_mentions`) run their statements at once, so reads see them without a flush.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import delete, insert, or_, select

from storage.mention_rows import MentionRow as MentionRow
from storage.mention_rows import NamedIn as NamedIn
from storage.mention_rows import mentions_of as mentions_of
from storage.mention_rows import naming_every_video
from storage.mention_rows import search_segments as search_segments
from storage.mention_rows import segment_texts as segment_texts
from storage.mention_rows import videos_not_scanned_for as videos_not_scanned_for
from storage.reads import statement
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
    query = statement("videos_with_transcripts")
    if published_from is not None:
        query = query.where(v.published_at >= published_from)
    if published_to is not None:
        query = query.where(v.published_at <= published_to)
    if video_ids is not None:
        query = query.where(v.video_id.in_(list(video_ids)))
    return _videos(session, query)


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


class VideoRef(NamedTuple):
    """The few columns of a video that linking needs."""

    video_id: str
    title: str
    published_at: datetime | None


def _in_window(
    query: Any, start: datetime | None, end: datetime | None, video_ids: Iterable[str] | None
) -> Any:
    v = videos.c
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
    if start is None and end is None and video_ids is None:
        return naming_every_video(session, entities)
    query = _in_window(statement("naming_videos"), start, end, video_ids)
    rows = session.execute(query, {"entities": list(set(entities))})
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
    query = query.where(v.transcript_status == "ok")
    return list(session.scalars(_in_window(query, start, end, video_ids)))
