"""Row counts an operator watches (/metrics, `labwatch doctor`): storage.reads's queries.

`labwatch doctor --quick` counts without the ORM, and on a SQLite file without SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from storage.lite import rows

if TYPE_CHECKING:
    from storage.lite import AnyReader


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


def count_store(session: AnyReader) -> StoreCounts:
    """Count entries, sources, stories, videos and outbox items (a few cheap aggregate queries)."""
    return StoreCounts(
        entries=_scalar(session, "count_entries"),
        sources_enabled=_scalar(session, "count_sources_enabled"),
        sources_failing=_scalar(session, "count_sources_failing"),
        stories=_grouped(session, "count_stories"),
        videos=_grouped(session, "count_videos"),
        outbox=_grouped(session, "count_outbox"),
        messages_sent=_scalar(session, "count_messages_sent"),
        last_poll_at=rows(session, "last_poll")[0][0],
    )


def _scalar(session: AnyReader, name: str) -> int:
    return int(rows(session, name)[0][0] or 0)


def _grouped(session: AnyReader, name: str) -> dict[str, int]:
    return {str(key): int(count) for key, count in rows(session, name)}
