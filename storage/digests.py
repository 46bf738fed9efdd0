"""Queries behind digests: stories in a window, their reports, and what was delivered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from storage.models import DeliveredStory, Entry, Source, Story


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


def stories_published_in(session: Session, since: datetime, until: datetime) -> list[Story]:
    """Stories whose earliest report was published in [since, until)."""
    query = (
        select(Story)
        .where(Story.published_at >= since, Story.published_at < until)
        .order_by(Story.published_at, Story.id)
    )
    return list(session.scalars(query))


def stories_for_subscription(
    session: Session,
    subscription_id: int,
    cursor: datetime,
    until: datetime,
    lookback: timedelta,
) -> list[Story]:
    """Undelivered stories due in a subscription's digest that ends at `until`.

    Published in [cursor, until), or published up to `lookback` before the cursor but first
    seen after it (a late report, or found while the bot was down); never one already
    delivered to this subscription (by an alert or an earlier digest).
    """
    delivered = select(DeliveredStory.story_id).where(
        DeliveredStory.subscription_id == subscription_id
    )
    in_window = Story.published_at >= cursor
    late = and_(Story.first_seen_at >= cursor, Story.published_at >= cursor - lookback)
    query = (
        select(Story)
        .where(Story.published_at < until, or_(in_window, late), Story.id.not_in(delivered))
        .order_by(Story.published_at, Story.id)
    )
    return list(session.scalars(query))


def recent_move_ids(session: Session, since: datetime) -> list[str]:
    """Move stories first seen since then (alerts re-planned after a crash)."""
    query = select(Story.id).where(Story.kind == "move", Story.first_seen_at >= since)
    return list(session.scalars(query.order_by(Story.first_seen_at, Story.id)))


def stories_by_id(session: Session, story_ids: Iterable[str]) -> list[Story]:
    """Stories by id (missing ones are skipped)."""
    ids = list(story_ids)
    if not ids:
        return []
    return list(session.scalars(select(Story).where(Story.id.in_(ids))))


def reports_for_stories(session: Session, story_ids: Iterable[str]) -> dict[str, list[Report]]:
    """Every entry of each story with its source, earliest first."""
    ids = list(story_ids)
    result: dict[str, list[Report]] = {i: [] for i in ids}
    if not ids:
        return result
    query = (
        select(Entry, Source.name, Source.kind)
        .join(Source, Source.id == Entry.source_id)
        .where(Entry.story_id.in_(ids))
        .order_by(Entry.first_seen_at, Entry.id)
    )
    for entry, name, kind in session.execute(query):
        assert entry.story_id is not None
        result[entry.story_id].append(
            Report(
                story_id=entry.story_id,
                title=entry.title,
                url=entry.url,
                canonical_url=entry.canonical_url,
                publisher=entry.publisher,
                publisher_url=entry.publisher_url,
                source_name=name,
                source_kind=kind,
                published_at=entry.published_at,
                first_seen_at=entry.first_seen_at,
            )
        )
    return result


def delivered_story_ids(
    session: Session, subscription_id: int, story_ids: Iterable[str]
) -> set[str]:
    """Which of these stories this subscription already received."""
    ids = list(story_ids)
    if not ids:
        return set()
    query = select(DeliveredStory.story_id).where(
        DeliveredStory.subscription_id == subscription_id, DeliveredStory.story_id.in_(ids)
    )
    return set(session.scalars(query))


def record_delivered(
    session: Session, subscription_id: int, story_ids: Iterable[str], item_id: int | None
) -> None:
    """Remember that these stories are on their way to this subscription (skips known ones)."""
    ids = list(dict.fromkeys(story_ids))
    known = delivered_story_ids(session, subscription_id, ids)
    for story_id in ids:
        if story_id not in known:
            session.add(
                DeliveredStory(subscription_id=subscription_id, story_id=story_id, item_id=item_id)
            )
