"""The ORM classes, mapped onto the tables of storage.schema (where the columns are described).

Queries live in the per-entity modules beside this one. Only code that loads or writes objects
imports this module: it brings in sqlalchemy.orm, which read-only commands do without.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped

from storage import schema


class Base(DeclarativeBase):
    metadata = schema.metadata


class Source(Base):
    """A feed, a YouTube channel or a news search; polled on its own schedule."""

    __table__ = schema.sources

    id: Mapped[int]
    name: Mapped[str]
    url: Mapped[str]
    kind: Mapped[str]
    query: Mapped[str | None]
    youtube_channel_id: Mapped[str | None]
    origin: Mapped[str]
    guild_id: Mapped[int | None]
    enabled: Mapped[bool]
    etag: Mapped[str | None]
    last_modified: Mapped[str | None]
    body_hash: Mapped[str | None]
    last_status: Mapped[str]
    last_http_status: Mapped[int | None]
    last_error: Mapped[str | None]
    consecutive_failures: Mapped[int]
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    next_poll_at: Mapped[datetime | None]
    watermark: Mapped[datetime | None]
    poll_every_seconds: Mapped[int | None]
    created_at: Mapped[datetime]
    claimed_by: Mapped[str | None]
    claimed_until: Mapped[datetime | None]


class Entry(Base):
    """One item of one source, stored once per source from the moment it is first seen."""

    __table__ = schema.entries

    id: Mapped[int]
    source_id: Mapped[int]
    key: Mapped[str]
    url: Mapped[str | None]
    canonical_url: Mapped[str | None]
    title: Mapped[str]
    summary: Mapped[str]
    author: Mapped[str | None]
    publisher: Mapped[str | None]
    publisher_url: Mapped[str | None]
    video_id: Mapped[str | None]
    published_at: Mapped[datetime | None]
    first_seen_at: Mapped[datetime]
    analyzed_at: Mapped[datetime | None]
    analysis: Mapped[dict[str, Any] | None]
    story_id: Mapped[str | None]


class SeenKey(Base):
    """Every entry key a source ever delivered: kept when entry rows are pruned, so none returns."""

    __table__ = schema.seen_keys

    source_id: Mapped[int]
    key: Mapped[str]
    first_seen_at: Mapped[datetime]


class Story(Base):
    """One real-world event (or one mention), with its reports as entries."""

    __table__ = schema.stories

    id: Mapped[str]
    kind: Mapped[str]
    title: Mapped[str]
    summary: Mapped[str]
    person: Mapped[str | None]
    action: Mapped[str | None]
    from_lab: Mapped[str | None]
    to_lab: Mapped[str | None]
    people: Mapped[list[Any]]
    labs: Mapped[list[Any]]
    keywords: Mapped[list[Any]]
    published_at: Mapped[datetime]
    first_seen_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    last_reported_at: Mapped[datetime | None]


class StoryEntity(Base):
    """Blocking index for clustering: a story is compared only with stories sharing an entity."""

    __table__ = schema.story_entities

    story_id: Mapped[str]
    entity: Mapped[str]
    published_at: Mapped[datetime | None]


class Video(Base):
    """A YouTube video seen in a feed, and the state of its transcript."""

    __table__ = schema.videos

    video_id: Mapped[str]
    source_id: Mapped[int | None]
    title: Mapped[str]
    description: Mapped[str]
    channel_title: Mapped[str | None]
    channel_id: Mapped[str | None]
    published_at: Mapped[datetime | None]
    first_seen_at: Mapped[datetime]
    transcript_status: Mapped[str]
    transcript_attempts: Mapped[int]
    transcript_next_at: Mapped[datetime | None]
    transcript_error: Mapped[str | None]
    transcript_language: Mapped[str | None]
    transcript_fetched_at: Mapped[datetime | None]
    transcript_provider: Mapped[str | None]
    claimed_by: Mapped[str | None]
    claimed_until: Mapped[datetime | None]


class TranscriptSegment(Base):
    """One caption segment of a video."""

    __table__ = schema.transcript_segments

    id: Mapped[int]
    video_id: Mapped[str]
    seq: Mapped[int]
    start: Mapped[float]
    duration: Mapped[float]
    text: Mapped[str]


class VideoMention(Base):
    """Where a watched person or lab is named in a video's captions (computed once, reused)."""

    __table__ = schema.video_mentions

    video_id: Mapped[str]
    entity: Mapped[str]
    count: Mapped[int]
    first_start: Mapped[float | None]
    hits: Mapped[list[Any]]


class Moment(Base):
    """A place in a video where a story is discussed."""

    __table__ = schema.moments

    id: Mapped[int]
    story_id: Mapped[str]
    video_id: Mapped[str]
    start: Mapped[float]
    text: Mapped[str]
    score: Mapped[float]


class WatchPerson(Base):
    """A person one Discord server watches, on top of the config's list."""

    __table__ = schema.watch_people

    id: Mapped[int]
    guild_id: Mapped[int]
    name: Mapped[str]
    aliases: Mapped[list[Any]]
    created_at: Mapped[datetime]


class WatchKeyword(Base):
    """A keyword one Discord server watches, on top of the config's list."""

    __table__ = schema.watch_keywords

    id: Mapped[int]
    guild_id: Mapped[int]
    phrase: Mapped[str]
    created_at: Mapped[datetime]


class Subscription(Base):
    """A destination of digests: a Discord channel or a webhook from the config."""

    __table__ = schema.subscriptions

    id: Mapped[int]
    key: Mapped[str]
    kind: Mapped[str]
    guild_id: Mapped[int | None]
    channel_id: Mapped[int | None]
    digest_at: Mapped[str]
    timezone: Mapped[str]
    alerts: Mapped[bool]
    send_empty: Mapped[bool]
    chart: Mapped[bool]
    live: Mapped[bool]
    options: Mapped[dict[str, Any]]
    enabled: Mapped[bool]
    disabled_reason: Mapped[str | None]
    cursor: Mapped[datetime | None]
    last_digest_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    next_due_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None]
    claimed_until: Mapped[datetime | None]


class OutboxItem(Base):
    """A digest or alert written before it is sent, so a crash neither loses nor repeats it."""

    __table__ = schema.outbox

    id: Mapped[int]
    subscription_id: Mapped[int]
    kind: Mapped[str]
    window_since: Mapped[datetime | None]
    window_until: Mapped[datetime | None]
    story_ids: Mapped[list[Any]]
    status: Mapped[str]
    error: Mapped[str | None]
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None]
    claimed_until: Mapped[datetime | None]


class OutboxMessage(Base):
    """One Discord message of an outbox item, with the id Discord gave it once sent."""

    __table__ = schema.outbox_messages

    id: Mapped[int]
    item_id: Mapped[int]
    seq: Mapped[int]
    payload: Mapped[dict[str, Any]]
    nonce: Mapped[str]
    file_name: Mapped[str | None]
    file_data: Mapped[bytes | None]
    message_id: Mapped[str | None]
    attempts: Mapped[int]
    sent_at: Mapped[datetime | None]
    next_try_at: Mapped[datetime | None]
    unsure: Mapped[int]


class DeliveredStory(Base):
    """Which story went to which subscription: alerts are not repeated in the digest."""

    __table__ = schema.delivered_stories

    subscription_id: Mapped[int]
    story_id: Mapped[str]
    item_id: Mapped[int | None]


class Lease(Base):
    """A named lock with an expiry: only one `labwatch run` drives one database."""

    __table__ = schema.leases

    name: Mapped[str]
    holder: Mapped[str]
    expires_at: Mapped[datetime]


class Heartbeat(Base):
    """A live labwatch process (`labwatch status`): its role and what it holds now."""

    __table__ = schema.heartbeats

    holder: Mapped[str]
    role: Mapped[str]
    detail: Mapped[str]
    claims: Mapped[int]
    started_at: Mapped[datetime]
    seen_at: Mapped[datetime]


class HostBudget(Base):
    """When the next request to one host may start, shared by every worker (`storage.hosts`)."""

    __table__ = schema.host_budgets

    host: Mapped[str]
    next_at: Mapped[float]


class Setting(Base):
    """Small key/value state (e.g. when the terminal digest last ran)."""

    __table__ = schema.settings

    key: Mapped[str]
    value: Mapped[str]
