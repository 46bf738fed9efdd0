"""Moments as digests show them: read with Core, so `labwatch digest` loads no ORM."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from storage.schema import moments, videos

if TYPE_CHECKING:
    from storage.db import Reader

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


def moments_for_stories(session: Reader, story_ids: Iterable[str]) -> dict[str, list[MomentView]]:
    """Each story's moments, best first (at most three); stories without any are absent."""
    ids = list(dict.fromkeys(story_ids))
    if not ids:
        return {}
    m = moments.c
    rows = session.execute(
        select(m.story_id, m.video_id, videos.c.title, m.start, m.text)
        .join(videos, videos.c.video_id == m.video_id)
        .where(m.story_id.in_(ids))
        .order_by(m.story_id, m.score.desc(), m.id)
    )
    out: dict[str, list[MomentView]] = {}
    for story_id, video_id, title, start, text in rows:
        views = out.setdefault(story_id, [])
        if len(views) < MAX_PER_STORY:
            views.append(view_of(video_id, title, start, text))
    return out


def view_of(video_id: str, title: str | None, start: float, text: str) -> MomentView:
    """A MomentView with its URL."""
    return MomentView(video_id, title or "", round(start, 1), moment_url(video_id, start), text)
