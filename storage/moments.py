"""Queries on moments: the places in videos where a story is discussed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
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


def replace_moments(
    session: Session,
    story_id: str,
    window: tuple[datetime, datetime],
    best: Iterable[tuple[str, float, str, float]],
    only: Iterable[str] | None = None,
    keep: int = MAX_PER_STORY,
) -> int:
    """Set a story's moments among the videos published in `window` (and among `only`, if given)
    to `best` (video_id, start, text, score); keep its `keep` best overall. Returns how many
    links are new or moved."""
    rows = session.execute(
        select(Moment, Video.published_at)
        .join(Video, Video.video_id == Moment.video_id)
        .where(Moment.story_id == story_id)
    ).all()
    current = {m.video_id: m for m, _ in rows}
    allowed = set(only) if only is not None else None
    considered = {
        m.video_id
        for m, published in rows
        if published is not None
        and window[0] <= published <= window[1]
        and (allowed is None or m.video_id in allowed)
    }
    chosen = {video_id: (start, text, score) for video_id, start, text, score in best}
    for video_id in considered - set(chosen):
        session.delete(current.pop(video_id))
    changed: set[str] = set()
    for video_id, (start, text, score) in chosen.items():
        moment = current.get(video_id)
        if moment is None:
            moment = Moment(
                story_id=story_id, video_id=video_id, start=start, text=text, score=score
            )
            session.add(moment)
            current[video_id] = moment
            changed.add(video_id)
            continue
        if (moment.start, moment.text) != (start, text):
            changed.add(video_id)
        moment.start, moment.text, moment.score = start, text, score
    session.flush()
    for moment in sorted(current.values(), key=lambda m: (-m.score, m.id))[keep:]:
        changed.discard(moment.video_id)
        session.delete(moment)
    return len(changed)


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
