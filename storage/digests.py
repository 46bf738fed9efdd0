"""Queries behind digests: stories in a window, their reports, and what was delivered."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, insert, or_, select

from storage.schema import delivered_stories, stories
from storage.story_rows import Report as Report
from storage.story_rows import StoryRow as StoryRow
from storage.story_rows import reports_for_stories as reports_for_stories
from storage.story_rows import stories_published_in as stories_published_in

# `labwatch digest` prints from storage.story_rows (on a SQLite file without SQLAlchemy)
if TYPE_CHECKING:
    from storage.db import Reader


def _stories(session: Reader, query: Select[Any]) -> list[StoryRow]:
    return [StoryRow(*row) for row in session.execute(query)]


def stories_for_subscription(
    session: Reader,
    subscription_id: int,
    cursor: datetime,
    until: datetime,
    lookback: timedelta,
) -> list[StoryRow]:
    """Undelivered stories due in a subscription's digest that ends at `until`.

    Published in [cursor, until), or published up to `lookback` before the cursor but first
    seen after it (a late report, or found while the bot was down); never one already
    delivered to this subscription (by an alert or an earlier digest).
    """
    d, s = delivered_stories.c, stories.c
    delivered = select(d.story_id).where(d.subscription_id == subscription_id)
    in_window = s.published_at >= cursor
    late = and_(s.first_seen_at >= cursor, s.published_at >= cursor - lookback)
    query = (
        select(stories)
        .where(s.published_at < until, or_(in_window, late), s.id.not_in(delivered))
        .order_by(s.published_at, s.id)
    )
    return _stories(session, query)


def recent_move_ids(session: Reader, since: datetime) -> list[str]:
    """Move stories first seen since then (alerts re-planned after a crash)."""
    s = stories.c
    query = select(s.id).where(s.kind == "move", s.first_seen_at >= since)
    return list(session.scalars(query.order_by(s.first_seen_at, s.id)))


def stories_by_id(session: Reader, story_ids: Iterable[str]) -> list[StoryRow]:
    """Stories by id (missing ones are skipped)."""
    ids = list(story_ids)
    if not ids:
        return []
    return _stories(session, select(stories).where(stories.c.id.in_(ids)))


def delivered_story_ids(
    session: Reader, subscription_id: int, story_ids: Iterable[str]
) -> set[str]:
    """Which of these stories this subscription already received."""
    ids = list(story_ids)
    if not ids:
        return set()
    d = delivered_stories.c
    query = select(d.story_id).where(d.subscription_id == subscription_id, d.story_id.in_(ids))
    return set(session.scalars(query))


def record_delivered(
    session: Reader, subscription_id: int, story_ids: Iterable[str], item_id: int | None
) -> None:
    """Remember that these stories are on their way to this subscription (skips known ones)."""
    ids = list(dict.fromkeys(story_ids))
    known = delivered_story_ids(session, subscription_id, ids)
    rows = [
        {"subscription_id": subscription_id, "story_id": story_id, "item_id": item_id}
        for story_id in ids
        if story_id not in known
    ]
    if rows:
        session.execute(insert(delivered_stories), rows)
