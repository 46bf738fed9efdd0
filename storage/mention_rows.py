"""The mention index (`video_mentions`) and caption text as `labwatch moments` reads them:
storage.reads's queries, with no SQLAlchemy import of their own, so that on a SQLite file the
command reads through storage.lite. storage.video_rows re-exports them and holds the writers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from storage.lite import LiteReader, rows
from storage.video_list import VideoRow

if TYPE_CHECKING:
    from storage.lite import AnyReader

# SQLite's full-text index of caption text (storage.schema.SQLITE_SEGMENTS_FTS)
SEGMENTS_FTS_SEARCH = (
    "SELECT DISTINCT s.video_id FROM segments_fts f "
    "JOIN transcript_segments s ON s.id = f.rowid "
    "WHERE segments_fts MATCH :match LIMIT :limit"
)


class MentionRow(NamedTuple):
    """Where one entity is named in one video."""

    times: int  # how many mentions
    first_start: float | None
    hits: list[Any]  # [[seq, start, score], ...]


class NamedIn(NamedTuple):
    """A video that names an entity, with where."""

    video_id: str
    title: str
    published_at: datetime | None
    entity: str
    hits: list[Any]


def videos_not_scanned_for(session: AnyReader, entity: str, limit: int) -> list[VideoRow]:
    """The newest videos with a transcript that were never scanned for this entity."""
    found = rows(session, "videos_not_scanned_for", entity=entity, limit=limit)
    return [VideoRow(*row) for row in found]


def transcribed_among(session: AnyReader, video_ids: Iterable[str]) -> list[VideoRow]:
    """The videos among these that have segments, newest first."""
    ids = list(video_ids)
    if not ids:
        return []
    return [VideoRow(*row) for row in rows(session, "videos_with_transcripts_among", ids=ids)]


def mentions_of(
    session: AnyReader, entities: Iterable[str], video_ids: Iterable[str] | None = None
) -> dict[tuple[str, str], MentionRow]:
    """Index rows by (video_id, entity) for these entities (and videos)."""
    keys = list(set(entities))
    if not keys:
        return {}
    if video_ids is None:
        found = rows(session, "mentions_of", entities=keys)
    else:
        ids = list(video_ids)
        if not ids:
            return {}
        found = rows(session, "mentions_of_among", entities=keys, ids=ids)
    return {(r[0], r[1]): MentionRow(r[2], r[3], r[4] or []) for r in found}


def naming_every_video(session: AnyReader, entities: Iterable[str]) -> list[NamedIn]:
    """Videos whose captions name an entity, newest first (storage.video_rows.naming_videos
    narrows the same query to a window)."""
    keys = list(set(entities))
    if not keys:
        return []
    found = rows(session, "naming_videos", entities=keys)
    return [NamedIn(r[0], r[1] or "", r[2], r[3], r[4] or []) for r in found]


def segment_texts(session: AnyReader, places: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:  # fmt: skip
    """Caption text of (video_id, seq) places (the query reads every wanted seq of every wanted
    video; the places are picked from that)."""
    wanted = set(places)
    if not wanted:
        return {}
    video_ids = sorted({vid for vid, _ in wanted})
    seqs = sorted({seq for _, seq in wanted})
    found = rows(session, "segment_texts", video_ids=video_ids, seqs=seqs)
    return {(r[0], r[1]): r[2] for r in found if (r[0], r[1]) in wanted}


def search_segments(session: AnyReader, words: Sequence[str], limit: int = 500) -> list[str]:
    """Ids of videos whose captions contain any of the words (prefix match with a trailing *)."""
    words = [w for w in (_safe_word(w) for w in words) if w]
    if not words:
        return []
    match = " OR ".join(f'"{w.rstrip("*")}"' + ("*" if w.endswith("*") else "") for w in words)
    if isinstance(session, LiteReader):
        return [r[0] for r in session.text_rows(SEGMENTS_FTS_SEARCH, {"match": match, "limit": limit})]  # fmt: skip
    from sqlalchemy import Connection, or_, select, text

    from storage.schema import transcript_segments

    bind = session if isinstance(session, Connection) else session.get_bind()
    if bind.dialect.name == "sqlite":
        found = session.execute(text(SEGMENTS_FTS_SEARCH), {"match": match, "limit": limit})
        return [r[0] for r in found]
    # no full-text index elsewhere: a plain case-insensitive scan, good enough for a fallback
    s = transcript_segments.c
    likes = [s.text.ilike(f"%{w.rstrip('*')}%") for w in words]
    query = select(s.video_id).where(or_(*likes)).distinct().limit(limit)
    return list(session.scalars(query))


def _safe_word(word: str) -> str:
    star = word.endswith("*")
    core = "".join(c for c in word.rstrip("*") if c.isalnum())
    return core + ("*" if star and core else "")
