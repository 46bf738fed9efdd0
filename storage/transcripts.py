"""Queries on transcripts: which videos need one, their caption segments, the full-text index,
the per-video index of named people and labs, and each provider's back-off and canary state."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Literal, NamedTuple, get_args

from sqlalchemy import ColumnElement, and_, delete, insert, or_, select, text
from sqlalchemy.orm import Session

from storage.claims import claim_rows, release_held
from storage.models import Setting, TranscriptSegment, Video, VideoMention
from storage.provider_states import provider_states as provider_states
from storage.provider_states import provider_status as provider_status
from storage.settings import get_setting, set_setting

# a video's transcript status: "pending" (never tried), "ok", "pruned" (retention dropped the
# text), or why the last try failed; a failure with a next try is tried again then
FailedStatus = Literal["no_captions", "blocked", "po_token_required", "unavailable", "failed"]
RETRYABLE: tuple[FailedStatus, ...] = ("no_captions", "blocked", "po_token_required", "failed")
STATUSES: tuple[str, ...] = ("pending", "ok", "pruned", *get_args(FailedStatus))


class DueVideo(NamedTuple):
    """A video whose transcript is due: its id, this try's number, its status before it."""

    video_id: str
    tries: int
    status: str


def due_videos(now: datetime) -> ColumnElement[bool]:
    """Videos whose transcript is to be fetched (or tried again) now (what workers claim)."""
    due = or_(Video.transcript_next_at.is_(None), Video.transcript_next_at <= now)
    return or_(
        and_(Video.transcript_status == "pending", due),
        and_(Video.transcript_status.in_(RETRYABLE), Video.transcript_next_at <= now),
    )


_NEWEST_FIRST = (Video.published_at.desc().nulls_last(), Video.video_id)


def pending_videos(session: Session, now: datetime, limit: int) -> list[Video]:
    """Videos whose transcript is due: never tried, or due for another try; newest first."""
    query = select(Video).where(due_videos(now)).order_by(*_NEWEST_FIRST).limit(limit)
    return list(session.scalars(query))


def claim_due_videos(
    session: Session, now: datetime, holder: str, until: datetime, limit: int
) -> list[DueVideo]:
    """Claim up to `limit` due videos nobody holds (or whose claim lapsed) for `holder`; newest
    first (storage.claims: one statement, rows being claimed elsewhere skipped)."""
    ids = claim_rows(
        session, Video.video_id, (due_videos(now),), _NEWEST_FIRST,
        holder=holder, now=now, until=until, limit=limit,
    )  # fmt: skip
    if not ids:
        return []
    rows = session.execute(
        select(Video.video_id, Video.transcript_attempts, Video.transcript_status)
        .where(Video.video_id.in_(ids))
        .order_by(*_NEWEST_FIRST)
    )
    return [DueVideo(video_id, attempts + 1, status) for video_id, attempts, status in rows]


def release_videos(session: Session, video_ids: Iterable[str], holder: str) -> set[str]:
    """Release `holder`'s claims on these videos; the ids it still held (their rows stay locked
    to the transaction: write a video's result only if its id is in the answer)."""
    return set(release_held(session, Video.video_id, video_ids, holder))


def save_segments(
    session: Session,
    video_id: str,
    segments: Sequence[tuple[float, float, str]],
    *,
    language: str | None,
    now: datetime,
    provider: str | None = None,
) -> None:
    """Replace a video's segments (start, duration, text) and mark its transcript fetched."""
    session.execute(delete(TranscriptSegment).where(TranscriptSegment.video_id == video_id))
    rows = [
        {"video_id": video_id, "seq": i, "start": s, "duration": d, "text": t}
        for i, (s, d, t) in enumerate(segments)
    ]
    if rows:
        session.execute(insert(TranscriptSegment), rows)
    video = session.get(Video, video_id)
    if video is not None:
        video.transcript_status = "ok"
        video.transcript_error = None
        video.transcript_next_at = None
        video.transcript_language = language
        video.transcript_fetched_at = now
        video.transcript_attempts += 1
        video.transcript_provider = provider


def mark_transcript(
    session: Session,
    video_id: str,
    status: FailedStatus,
    error: str | None,
    next_at: datetime | None,
    provider: str | None = None,
) -> None:
    """Record a failed attempt: its status (one of STATUSES), why, which provider said so, and
    when to try next (None: not again)."""
    video = session.get(Video, video_id)
    if video is None:
        return
    video.transcript_status = status
    video.transcript_error = error
    video.transcript_next_at = next_at
    video.transcript_provider = provider
    video.transcript_attempts += 1


def retry_video(session: Session, video_id: str) -> bool:
    """Make a video's transcript due now (whatever its status); False when no such video."""
    video = session.get(Video, video_id)
    if video is None:
        return False
    video.transcript_status = "pending"
    video.transcript_next_at = None
    video.transcript_attempts = 0
    return True


def recent_videos(session: Session, limit: int) -> list[Video]:
    """The newest videos with their transcript state."""
    query = (
        select(Video)
        .order_by(Video.published_at.desc().nulls_last(), Video.first_seen_at.desc())
        .limit(limit)
    )
    return list(session.scalars(query))


def segments_of(session: Session, video_id: str) -> list[TranscriptSegment]:
    """A video's caption segments in order."""
    query = (
        select(TranscriptSegment)
        .where(TranscriptSegment.video_id == video_id)
        .order_by(TranscriptSegment.seq)
    )
    return list(session.scalars(query))


def videos_with_transcripts(
    session: Session,
    published_from: datetime | None = None,
    published_to: datetime | None = None,
    video_ids: Iterable[str] | None = None,
) -> list[Video]:
    """Videos that have segments, optionally within a publish window or among given ids."""
    query = select(Video).where(Video.transcript_status == "ok")
    if published_from is not None:
        query = query.where(Video.published_at >= published_from)
    if published_to is not None:
        query = query.where(Video.published_at <= published_to)
    if video_ids is not None:
        query = query.where(Video.video_id.in_(list(video_ids)))
    return list(session.scalars(query.order_by(Video.published_at.desc().nulls_last())))


def search_segments(session: Session, words: Sequence[str], limit: int = 500) -> list[str]:
    """Ids of videos whose captions contain any of the words (prefix match with a trailing *)."""
    words = [w for w in (_safe_word(w) for w in words) if w]
    if not words:
        return []
    if session.get_bind().dialect.name == "sqlite":
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
    likes = [TranscriptSegment.text.ilike(f"%{w.rstrip('*')}%") for w in words]
    query = select(TranscriptSegment.video_id).where(or_(*likes)).distinct().limit(limit)
    return list(session.scalars(query))


def _safe_word(word: str) -> str:
    star = word.endswith("*")
    core = "".join(c for c in word.rstrip("*") if c.isalnum())
    return core + ("*" if star and core else "")


def save_mentions(
    session: Session, video_id: str, found: dict[str, list[list[float]]], looked_for: Iterable[str]
) -> None:
    """Store where each looked-for entity is named in a video ([[seq, start, score], ...])."""
    keys = sorted(set(looked_for) | set(found))
    if not keys:
        return
    session.execute(
        delete(VideoMention).where(VideoMention.video_id == video_id, VideoMention.entity.in_(keys))
    )
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
    session.execute(insert(VideoMention), rows)


class MentionRow(NamedTuple):
    """Where one entity is named in one video."""

    times: int  # how many mentions
    first_start: float | None
    hits: list[Any]  # [[seq, start, score], ...]


def mentions_of(
    session: Session, entities: Iterable[str], video_ids: Iterable[str] | None = None
) -> dict[tuple[str, str], MentionRow]:
    """Index rows by (video_id, entity) for these entities (and videos)."""
    keys = list(set(entities))
    if not keys:
        return {}
    query = select(
        VideoMention.video_id,
        VideoMention.entity,
        VideoMention.count,
        VideoMention.first_start,
        VideoMention.hits,
    ).where(VideoMention.entity.in_(keys))
    if video_ids is not None:
        ids = list(video_ids)
        if not ids:
            return {}
        query = query.where(VideoMention.video_id.in_(ids))
    return {(r[0], r[1]): MentionRow(r[2], r[3], r[4] or []) for r in session.execute(query)}


def _key(provider: str, what: str) -> str:
    return f"transcripts.{provider}.{what}"


def set_provider_blocked(
    session: Session, provider: str, until: datetime, reason: str, strikes: int
) -> None:
    """Back off one provider until a time (YouTube blocked this IP, say)."""
    set_setting(session, _key(provider, "blocked_until"), until.isoformat())
    set_setting(session, _key(provider, "blocked_reason"), reason)
    set_setting(session, _key(provider, "blocked_strikes"), str(strikes))


def clear_provider_block(session: Session, provider: str) -> None:
    """The provider answered again: forget its back-off."""
    keys = [_key(provider, w) for w in ("blocked_until", "blocked_reason", "blocked_strikes")]
    session.execute(delete(Setting).where(Setting.key.in_(keys)))


def provider_block(session: Session, provider: str) -> tuple[datetime | None, str | None, int]:
    """(blocked until, why, how many blocks in a row) of one provider."""
    until = get_setting(session, _key(provider, "blocked_until"))
    strikes = get_setting(session, _key(provider, "blocked_strikes"))
    return (
        datetime.fromisoformat(until) if until else None,
        get_setting(session, _key(provider, "blocked_reason")),
        int(strikes) if strikes else 0,
    )


def set_canary(
    session: Session, provider: str, video_id: str, reason: str | None, at: datetime
) -> None:
    """What the provider answered for the known-captioned video: reason None is success."""
    value = {"video_id": video_id, "ok": reason is None, "reason": reason, "at": at.isoformat()}
    set_setting(session, _key(provider, "canary"), json.dumps(value))


def canary_of(session: Session, provider: str) -> dict[str, Any] | None:
    """The last canary answer of a provider: {video_id, ok, reason, at}, or None."""
    value = get_setting(session, _key(provider, "canary"))
    return json.loads(value) if value else None


def video_by_id(session: Session, video_id: str) -> Video | None:
    """One video row."""
    return session.get(Video, video_id)


def videos_not_scanned_for(session: Session, entity: str, limit: int) -> list[Video]:
    """The newest videos with a transcript that were never scanned for this entity."""
    scanned = select(VideoMention.video_id).where(
        VideoMention.video_id == Video.video_id, VideoMention.entity == entity
    )
    query = (
        select(Video)
        .where(Video.transcript_status == "ok", ~scanned.exists())
        .order_by(Video.published_at.desc().nulls_last(), Video.video_id)
        .limit(limit)
    )
    return list(session.scalars(query))


class VideoRef(NamedTuple):
    """The few columns of a video that linking needs."""

    video_id: str
    title: str
    published_at: datetime | None


def segment_texts(
    session: Session, places: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], str]:
    """Caption text of (video_id, seq) places."""
    wanted = list(set(places))
    if not wanted:
        return {}
    clause = or_(
        *(
            (TranscriptSegment.video_id == vid) & (TranscriptSegment.seq == seq)
            for vid, seq in wanted
        )
    )
    query = select(TranscriptSegment.video_id, TranscriptSegment.seq, TranscriptSegment.text)
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
    query = query.where(Video.transcript_status == "ok")
    if start is not None:
        query = query.where(Video.published_at >= start)
    if end is not None:
        query = query.where(Video.published_at <= end)
    return query if video_ids is None else query.where(Video.video_id.in_(list(video_ids)))


def naming_videos(
    session: Session,
    entities: Iterable[str],
    start: datetime | None = None,
    end: datetime | None = None,
    video_ids: Iterable[str] | None = None,
) -> list[NamedIn]:
    """Videos (published in [start, end], among ids, if given) whose captions name an entity;
    newest first."""
    query = (
        select(
            Video.video_id, Video.title, Video.published_at, VideoMention.entity, VideoMention.hits
        )
        .join(VideoMention, VideoMention.video_id == Video.video_id)
        .where(VideoMention.entity.in_(list(set(entities))), VideoMention.count > 0)
        .order_by(Video.published_at.desc().nulls_last(), Video.video_id)
    )
    rows = session.execute(_in_window(query, start, end, video_ids))
    return [NamedIn(r[0], r[1] or "", r[2], r[3], r[4] or []) for r in rows]


def unscanned_videos(
    session: Session,
    entities: Iterable[str],
    start: datetime,
    end: datetime,
    video_ids: Iterable[str] | None = None,
) -> list[str]:
    """Videos published in [start, end] never scanned for one of these entities."""
    keys = list(set(entities))
    missing = [
        ~select(VideoMention.video_id)
        .where(VideoMention.video_id == Video.video_id, VideoMention.entity == key)
        .exists()
        for key in keys
    ]
    query = select(Video.video_id).where(or_(*missing)) if missing else select(Video.video_id)
    return list(session.scalars(_in_window(query, start, end, video_ids)))
