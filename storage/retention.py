"""Retention: deleting old content rows while keeping what deliveries and dedup still need.

Everything counts from first-seen time (the contract). What is never deleted here:
- `seen_keys`: every key a source ever delivered, so a pruned entry is never stored again;
- anything first seen after the `horizon` the caller computes from the subscriptions' cursors
  (a digest still owed may cover it), and entries not yet analyzed;
- stories named by an outbox item that is still pending, and move stories (the lab-move
  history is small and the chart and the digests' context read it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, exists, func, select, update
from sqlalchemy.orm import Session

from storage.models import (
    Entry,
    Moment,
    OutboxItem,
    OutboxMessage,
    Story,
    Subscription,
    TranscriptSegment,
    Video,
    VideoMention,
)
from storage.settings import get_setting, set_setting

LAST_RUN = "retention.last_run"
_BATCH = 500  # ids per DELETE: stays under every backend's bound-parameter limit


@dataclass(frozen=True)
class PruneCounts:
    """How many rows one retention run deleted (transcripts: videos whose captions went)."""

    entries: int = 0
    stories: int = 0
    videos: int = 0
    transcripts: int = 0
    outbox_items: int = 0


def earliest_open_cursor(session: Session) -> datetime | None:
    """The oldest point an enabled subscription's next digest may still cover (None: no subs)."""
    cursor = session.scalar(
        select(func.min(func.coalesce(Subscription.cursor, Subscription.created_at))).where(
            Subscription.enabled.is_(True)
        )
    )
    return cursor


def pending_story_ids(session: Session) -> set[str]:
    """Stories named by outbox items not yet (fully) sent."""
    ids: set[str] = set()
    for story_ids in session.scalars(
        select(OutboxItem.story_ids).where(OutboxItem.status == "pending")
    ):
        ids.update(str(s) for s in story_ids or [])
    return ids


def prune_entries(session: Session, before: datetime, keep_stories: set[str]) -> int:
    """Delete analyzed entries first seen before `before`, except reports of `keep_stories`."""
    query = select(Entry.id, Entry.story_id).where(
        Entry.first_seen_at < before, Entry.analyzed_at.is_not(None)
    )
    ids = [i for i, story in session.execute(query) if story is None or story not in keep_stories]
    return _delete_ids(session, Entry, Entry.id, ids)


def prune_stories(session: Session, before: datetime, keep_stories: set[str]) -> int:
    """Delete mention stories first seen before `before` that have no entry left."""
    has_entry = exists().where(Entry.story_id == Story.id)
    query = select(Story.id).where(Story.first_seen_at < before, Story.kind != "move", ~has_entry)
    ids = [i for i in session.scalars(query) if i not in keep_stories]
    return _delete_ids(session, Story, Story.id, ids)


def prune_videos(session: Session, before: datetime) -> int:
    """Delete videos first seen before `before` that no moment points at (captions go too)."""
    linked = exists().where(Moment.video_id == Video.video_id)
    # a transcript still pending after this long is never coming (or no provider is set)
    query = select(Video.video_id).where(Video.first_seen_at < before, ~linked)
    ids = list(session.scalars(query))
    _delete_ids(session, TranscriptSegment, TranscriptSegment.video_id, ids)
    _delete_ids(session, VideoMention, VideoMention.video_id, ids)
    return _delete_ids(session, Video, Video.video_id, ids)


def prune_transcripts(session: Session, before: datetime) -> int:
    """Drop the caption text of videos first seen before `before` (their moments stay)."""
    query = select(Video.video_id).where(
        Video.first_seen_at < before, Video.transcript_status == "ok"
    )
    ids = list(session.scalars(query))
    _delete_ids(session, TranscriptSegment, TranscriptSegment.video_id, ids)
    _delete_ids(session, VideoMention, VideoMention.video_id, ids)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        session.execute(
            update(Video).where(Video.video_id.in_(chunk)).values(transcript_status="pruned")
        )
    return len(ids)


def prune_outbox(session: Session, before: datetime) -> int:
    """Delete sent or abandoned outbox items created before `before` (their messages go too)."""
    query = select(OutboxItem.id).where(
        and_(OutboxItem.created_at < before, OutboxItem.status != "pending")
    )
    ids = list(session.scalars(query))
    _delete_ids(session, OutboxMessage, OutboxMessage.item_id, ids)
    return _delete_ids(session, OutboxItem, OutboxItem.id, ids)


def last_run(session: Session) -> datetime | None:
    """When retention last ran (None: never)."""
    value = get_setting(session, LAST_RUN)
    return datetime.fromisoformat(value) if value is not None else None


def record_run(session: Session, now: datetime) -> None:
    """Remember that retention ran now."""
    set_setting(session, LAST_RUN, now.isoformat())


def _delete_ids(session: Session, model: type, column: object, ids: Sequence[object]) -> int:
    deleted = 0
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        result = session.execute(delete(model).where(column.in_(chunk)))  # type: ignore[attr-defined]
        deleted += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return deleted
