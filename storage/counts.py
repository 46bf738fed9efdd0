"""Row counts an operator watches (/metrics, `labwatch doctor`), as Core queries on the tables.

Core only: `labwatch doctor --quick` counts without importing or configuring the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from storage.schema import entries, outbox, outbox_messages, sources, stories, videos

if TYPE_CHECKING:
    from storage.db import Reader


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


def count_store(session: Reader) -> StoreCounts:
    """Count entries, sources, stories, videos and outbox items (a few cheap aggregate queries)."""
    s = sources.c
    enabled = s.enabled.is_(True)
    return StoreCounts(
        entries=_scalar(session, select(func.count()).select_from(entries)),
        sources_enabled=_scalar(session, select(func.count()).where(enabled)),
        sources_failing=_scalar(
            session, select(func.count()).where(enabled, s.consecutive_failures > 0)
        ),
        stories=_grouped(session, stories.c.kind),
        videos=_grouped(session, videos.c.transcript_status),
        outbox=_grouped(session, outbox.c.status),
        messages_sent=_scalar(
            session, select(func.count()).where(outbox_messages.c.sent_at.is_not(None))
        ),
        last_poll_at=session.execute(select(func.max(s.last_polled_at))).scalar(),
    )


def _scalar(session: Reader, stmt: Any) -> int:
    return int(session.execute(stmt).scalar() or 0)


def _grouped(session: Reader, column: Any) -> dict[str, int]:
    rows = session.execute(select(column, func.count()).group_by(column).order_by(column))
    return {str(key): int(count) for key, count in rows}
