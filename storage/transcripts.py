"""Queries on transcripts: which videos need one, claiming them, storing what was fetched, and
each provider's back-off and canary state. Reading videos, their caption segments, the full-text
index and the per-video index of named people and labs is Core, in storage.video_rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Literal, NamedTuple, get_args

from sqlalchemy import ColumnElement, and_, delete, insert, or_, select
from sqlalchemy.orm import Session

from storage.claims import claim_rows, release_held
from storage.models import Setting, TranscriptSegment, Video
from storage.provider_states import provider_states as provider_states
from storage.provider_states import provider_status as provider_status
from storage.settings import get_setting, set_setting
from storage.video_rows import search_segments as search_segments
from storage.video_rows import video_by_id as video_by_id

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
