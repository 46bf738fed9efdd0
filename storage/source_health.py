"""A source's health as `labwatch sources` shows it: plain data, no SQLAlchemy.

Apart from storage.source_rows (which reads it) so that `labwatch sources` in a folder without
a database lists the config's sources without importing SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
