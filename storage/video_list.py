"""Videos with their transcript state, as `labwatch transcripts` lists them: plain data and the
query that reads it (no SQLAlchemy import of its own: on a SQLite file the command reads
through storage.lite). storage.video_rows holds the other video queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from storage.lite import rows

if TYPE_CHECKING:
    from storage.lite import AnyReader


@dataclass(frozen=True)
class VideoRow:
    """A video and the state of its transcript."""

    video_id: str
    title: str
    description: str
    published_at: datetime | None
    transcript_status: str
    transcript_provider: str | None
    transcript_attempts: int
    transcript_next_at: datetime | None
    transcript_error: str | None


def recent_videos(session: AnyReader, limit: int) -> list[VideoRow]:
    """The newest videos with their transcript state."""
    return [VideoRow(*row) for row in rows(session, "recent_videos", limit=limit)]
