"""Moments as digests show them: read with Core, so `labwatch digest` loads no ORM."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage.lite import rows

# no SQLAlchemy import of its own: on a SQLite file `labwatch digest` reads through storage.lite
if TYPE_CHECKING:
    from storage.lite import AnyReader

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


def moments_for_stories(
    session: AnyReader, story_ids: Iterable[str]
) -> dict[str, list[MomentView]]:
    """Each story's moments, best first (at most three); stories without any are absent."""
    ids = list(dict.fromkeys(story_ids))
    if not ids:
        return {}
    out: dict[str, list[MomentView]] = {}
    for story_id, video_id, title, start, text in rows(session, "story_moments", ids=ids):
        views = out.setdefault(story_id, [])
        if len(views) < MAX_PER_STORY:
            views.append(view_of(video_id, title, start, text))
    return out


def view_of(video_id: str, title: str | None, start: float, text: str) -> MomentView:
    """A MomentView with its URL."""
    return MomentView(video_id, title or "", round(start, 1), moment_url(video_id, start), text)
