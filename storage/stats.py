"""Counts for /metrics and `labwatch doctor`: how much is stored, and in which state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from storage.claims import ClaimStates, claim_states
from storage.heartbeats import last_seen
from storage.models import Entry, OutboxItem, OutboxMessage, Source, Story, Subscription, Video
from storage.outbox import due_items
from storage.sources import due_sources
from storage.subscriptions import due_subscriptions
from storage.transcripts import due_videos


@dataclass(frozen=True)
class StoreCounts:
    """Row counts of the tables an operator watches."""

    entries: int = 0
    sources_enabled: int = 0
    sources_failing: int = 0  # enabled sources whose last poll failed
    stories: dict[str, int] = field(default_factory=dict)  # kind → count
    videos: dict[str, int] = field(default_factory=dict)  # transcript status → count
    outbox: dict[str, int] = field(default_factory=dict)  # item status → count
    messages_sent: int = 0
    last_poll_at: datetime | None = None


def count_store(session: Session) -> StoreCounts:
    """Count entries, sources, stories, videos and outbox items (a few cheap aggregate queries)."""
    enabled = Source.enabled.is_(True)
    return StoreCounts(
        entries=_scalar(session, select(func.count()).select_from(Entry)),
        sources_enabled=_scalar(session, select(func.count()).where(enabled)),
        sources_failing=_scalar(
            session, select(func.count()).where(enabled, Source.consecutive_failures > 0)
        ),
        stories=_grouped(session, Story.kind),
        videos=_grouped(session, Video.transcript_status),
        outbox=_grouped(session, OutboxItem.status),
        messages_sent=_scalar(
            session, select(func.count()).where(OutboxMessage.sent_at.is_not(None))
        ),
        last_poll_at=session.execute(select(func.max(Source.last_polled_at))).scalar(),
    )


Due = Callable[[datetime], Sequence[ColumnElement[bool]]]
# every kind of work that is claimed, by the name /metrics gives it: its key, when a row is due
CLAIM_KINDS: dict[str, tuple[InstrumentedAttribute[Any], Due]] = {
    "sources": (Source.id, due_sources),
    "videos": (Video.video_id, lambda now: (due_videos(now),)),
    "subscriptions": (Subscription.id, due_subscriptions),
    "outbox": (OutboxItem.id, due_items),
}


@dataclass(frozen=True)
class ProcessCounts:
    """What the database knows about one process: its claims by kind, its last heartbeat."""

    claims: dict[str, ClaimStates]
    seen_at: datetime | None  # None: no heartbeat row (`--role all` beats none)


def count_process(session: Session, holder: str | None, now: datetime) -> ProcessCounts:
    """The claims held by `holder` (and the due and lapsed ones of everyone), per kind."""
    claims = {
        kind: claim_states(session, key, due(now), holder, now)
        for kind, (key, due) in CLAIM_KINDS.items()
    }
    return ProcessCounts(claims, last_seen(session, holder) if holder else None)


def _scalar(session: Session, stmt: Any) -> int:
    return int(session.execute(stmt).scalar() or 0)


def _grouped(session: Session, column: Any) -> dict[str, int]:
    rows = session.execute(select(column, func.count()).group_by(column).order_by(column))
    return {str(key): int(count) for key, count in rows}
