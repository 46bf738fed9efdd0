"""A source's health as `labwatch sources` shows it: plain data, and the query that reads it.

Apart from storage.source_rows (which re-exports it) so that `labwatch sources` lists sources
without importing SQLAlchemy: from the config alone in a folder without a database, through
storage.lite on a SQLite file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from storage.lite import rows

if TYPE_CHECKING:
    from storage.lite import AnyReader


@dataclass(frozen=True)
class SourceHealth:
    """One source as `labwatch sources` shows it."""

    name: str
    url: str
    kind: str
    origin: str
    enabled: bool
    last_status: str
    last_http_status: int | None
    last_error: str | None
    entries: int
    consecutive_failures: int
    next_poll_at: datetime | None
    last_polled_at: datetime | None
    last_success_at: datetime | None


def list_sources(session: AnyReader) -> list[SourceHealth]:
    """Every source (enabled or not) with its health and number of stored entries."""
    return [
        SourceHealth(name, url, kind, origin, enabled, status, http_status, error, int(n),
                     failures, next_poll_at, polled_at, success_at)
        for (name, url, kind, origin, enabled, status, http_status, error, n, failures,
             next_poll_at, polled_at, success_at) in rows(session, "source_health")
    ]  # fmt: skip


def sync_rows(session: AnyReader) -> list[tuple[Any, ...]]:
    """Every source's config-sync columns (storage.reads.SOURCE_SYNC_COLUMNS), as tuples."""
    return [tuple(row) for row in rows(session, "source_sync_rows")]
