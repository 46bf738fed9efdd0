"""Queries on moments: the places in videos where a story is discussed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.models import Moment, Story, Video

MAX_PER_STORY = 3


@dataclass(frozen=True)
class MomentView:
    """A moment as the digest shows it."""

    video_id: str
    video_title: str
    start: float
    url: str
    text: str

    def to_json(self) -> dict[str, object]:
        return {
            "video_id": self.video_id,
            "video_title": self.video_title,
            "start": self.start,
            "url": self.url,
            "text": self.text,
        }


def moment_url(video_id: str, start: float) -> str:
    """The watch URL that starts playing at `start` (whole seconds)."""
    return f"https://www.youtube.com/watch?v={video_id}&t={max(int(start), 0)}s"


def save_moment(
    session: Session, story_id: str, video_id: str, start: float, text: str, score: float
) -> bool:
    """Link a story to a place in a video (one per story and video). True when new or moved."""
    moment = session.scalars(
        select(Moment).where(Moment.story_id == story_id, Moment.video_id == video_id)
    ).first()
    if moment is None:
        session.add(
            Moment(story_id=story_id, video_id=video_id, start=start, text=text, score=score)
        )
        session.flush()
        return True
    changed = (moment.start, moment.text) != (start, text)
    moment.start, moment.text, moment.score = start, text, score
    return changed


def unlink_videos(session: Session, story_id: str, video_ids: Iterable[str]) -> None:
    """Unlink a story from these videos (they no longer qualify)."""
    ids = list(video_ids)
    if ids:
        session.execute(delete(Moment).where(Moment.story_id == story_id, Moment.video_id.in_(ids)))


def trim_moments(session: Session, story_id: str, keep: int = MAX_PER_STORY) -> None:
    """Keep only a story's best `keep` moments."""
    ranked = session.scalars(
        select(Moment).where(Moment.story_id == story_id).order_by(Moment.score.desc(), Moment.id)
    ).all()
    for moment in ranked[keep:]:
        session.delete(moment)
    session.flush()


def moments_for_stories(session: Session, story_ids: Iterable[str]) -> dict[str, list[MomentView]]:
    """Each story's moments, best first (at most three); stories without any are absent."""
    ids = list(dict.fromkeys(story_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(Moment, Video.title)
        .join(Video, Video.video_id == Moment.video_id)
        .where(Moment.story_id.in_(ids))
        .order_by(Moment.story_id, Moment.score.desc(), Moment.id)
    )
    out: dict[str, list[MomentView]] = {}
    for moment, title in rows:
        views = out.setdefault(moment.story_id, [])
        if len(views) < MAX_PER_STORY:
            views.append(view_of(moment.video_id, title, moment.start, moment.text))
    return out


def view_of(video_id: str, title: str | None, start: float, text: str) -> MomentView:
    """A MomentView with its URL."""
    return MomentView(video_id, title or "", round(start, 1), moment_url(video_id, start), text)


def stories_by_id(session: Session, story_ids: Iterable[str]) -> list[Story]:
    """Stories by id (unknown ids are skipped)."""
    ids = list(story_ids)
    return list(session.scalars(select(Story).where(Story.id.in_(ids)))) if ids else []


def stories_published_between(session: Session, start: datetime, end: datetime) -> list[Story]:
    """Stories whose first report falls in [start, end]."""
    query = select(Story).where(Story.published_at >= start, Story.published_at <= end)
    return list(session.scalars(query.order_by(Story.published_at)))
