"""Queries on moments: the places in videos where a story is discussed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Moment, Story, Video
from storage.moment_views import MAX_PER_STORY
from storage.moment_views import MomentView as MomentView
from storage.moment_views import moment_url as moment_url
from storage.moment_views import moments_for_stories as moments_for_stories
from storage.moment_views import view_of as view_of


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


def stories_by_id(session: Session, story_ids: Iterable[str]) -> list[Story]:
    """Stories by id (unknown ids are skipped)."""
    ids = list(story_ids)
    return list(session.scalars(select(Story).where(Story.id.in_(ids)))) if ids else []


def stories_published_between(session: Session, start: datetime, end: datetime) -> list[Story]:
    """Stories whose first report falls in [start, end]."""
    query = select(Story).where(Story.published_at >= start, Story.published_at <= end)
    return list(session.scalars(query.order_by(Story.published_at)))
