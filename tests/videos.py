"""Test helper: a stored video row, as the poll stage would leave it."""

from __future__ import annotations

from datetime import datetime

from storage.db import Database
from storage.videos import upsert_video


def add_video(db: Database, video_id: str, published: datetime, title: str = "") -> None:
    """Store a video with no source, description or channel."""
    with db.transaction() as session:
        upsert_video(
            session,
            video_id,
            source_id=None,
            title=title,
            description="",
            channel_title=None,
            channel_id=None,
            published_at=published,
        )
