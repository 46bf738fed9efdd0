"""Counts for /metrics and `labwatch doctor`: how much is stored, and in which state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import InstrumentedAttribute, Session

from storage.claims import ClaimStates, claim_states
from storage.counts import StoreCounts as StoreCounts  # counted in Core (doctor reads them)
from storage.counts import count_store as count_store
from storage.heartbeats import last_seen
from storage.models import OutboxItem, Source, Subscription, Video
from storage.outbox import due_items
from storage.sources import due_sources
from storage.subscriptions import due_subscriptions
from storage.transcripts import due_videos

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
