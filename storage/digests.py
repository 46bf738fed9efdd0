"""Queries behind digests: stories in a window, their reports, and what was delivered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Select, and_, insert, or_, select

from storage.schema import delivered_stories, entries, sources, stories

# Core only: `labwatch digest` prints from these queries without loading the ORM
if TYPE_CHECKING:
    from storage.db import Reader


class StoryRow(NamedTuple):
    """A stored story as digests, alerts and routing read it (the `stories` columns, in order)."""

    id: str
    kind: str
    title: str
    summary: str
    person: str | None
    action: str | None
    from_lab: str | None
    to_lab: str | None
    people: list[Any]
    labs: list[Any]
    keywords: list[Any]
    published_at: datetime
    first_seen_at: datetime
    updated_at: datetime


def _stories(session: Reader, query: Select[Any]) -> list[StoryRow]:
    return [StoryRow(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class Report:
    """One entry of a story, with the source it came from."""

    story_id: str
    title: str
    url: str | None
    canonical_url: str | None
    publisher: str | None
    publisher_url: str | None
    source_name: str
    source_kind: str
    published_at: datetime | None
    first_seen_at: datetime


def stories_published_in(session: Reader, since: datetime, until: datetime) -> list[StoryRow]:
    """Stories whose earliest report was published in [since, until)."""
    s = stories.c
    query = (
        select(stories)
        .where(s.published_at >= since, s.published_at < until)
        .order_by(s.published_at, s.id)
    )
    return _stories(session, query)


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


def reports_for_stories(session: Reader, story_ids: Iterable[str]) -> dict[str, list[Report]]:
    """Every entry of each story with its source, earliest first."""
    ids = list(story_ids)
    result: dict[str, list[Report]] = {i: [] for i in ids}
    if not ids:
        return result
    e = entries.c
    query = (
        select(e.story_id, e.title, e.url, e.canonical_url, e.publisher, e.publisher_url,
               sources.c.name.label("source_name"), sources.c.kind.label("source_kind"),
               e.published_at, e.first_seen_at)
        .join(sources, sources.c.id == e.source_id)
        .where(e.story_id.in_(ids))
        .order_by(e.first_seen_at, e.id)
    )  # fmt: skip
    for row in session.execute(query):
        result[row.story_id].append(Report(**row._asdict()))
    return result


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
