"""Queries on videos seen in YouTube channel feeds."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Video
from storage.types import utcnow


def upsert_video(
    session: Session,
    video_id: str,
    *,
    source_id: int | None,
    title: str,
    description: str,
    channel_title: str | None,
    channel_id: str | None,
    published_at: datetime | None,
) -> bool:
    """Store a video once (pending transcript); an edit updates its text. True when new."""
    video = session.get(Video, video_id)
    if video is None:
        session.add(
            Video(
                video_id=video_id,
                source_id=source_id,
                title=title,
                description=description,
                channel_title=channel_title,
                channel_id=channel_id,
                published_at=published_at,
                first_seen_at=utcnow(),
            )
        )
        session.flush()
        return True
    # an edited title or description is the same video: keep its transcript state
    video.title, video.description = title, description
    video.channel_title = channel_title or video.channel_title
    video.published_at = video.published_at or published_at
    if video.source_id is None:
        video.source_id = source_id
    return False


def known_video_ids(session: Session, video_ids: list[str]) -> set[str]:
    """Which of these video ids are already stored."""
    if not video_ids:
        return set()
    return set(session.scalars(select(Video.video_id).where(Video.video_id.in_(video_ids))))
