"""The tables. Queries live in the per-entity modules beside this one."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.types import UTCDateTime, utcnow


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """A feed, a YouTube channel or a news search; polled on its own schedule."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(
        String(16), default="feed"
    )  # feed|youtube|google_news|hacker_news
    query: Mapped[str | None] = mapped_column(Text)  # the search words of a news search
    youtube_channel_id: Mapped[str | None] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(16), default="config")  # config|discord|auto
    guild_id: Mapped[int | None] = mapped_column(
        BigInteger, index=True
    )  # who added it from Discord
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str | None] = mapped_column(String(64))  # skip parsing identical bytes
    last_status: Mapped[str] = mapped_column(String(32), default="never")
    last_http_status: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    next_poll_at: Mapped[datetime | None] = mapped_column(index=True)
    watermark: Mapped[datetime | None]  # newest publish time seen (YouTube items sliding back in)
    poll_every_seconds: Mapped[int | None] = mapped_column(Integer)  # None: the schedule's
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # a worker's claim (several processes on PostgreSQL): who polls it now, and until when
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_until: Mapped[datetime | None]


class Entry(Base):
    """One item of one source, stored once per source from the moment it is first seen."""

    __tablename__ = "entries"
    __table_args__ = (
        UniqueConstraint("source_id", "key", name="uq_entries_source_key"),
        Index("ix_entries_unanalyzed", "analyzed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(512))  # guid, else link, else hash of title+date
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(Text, index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)  # the outlet behind a news-search result
    publisher_url: Mapped[str | None] = mapped_column(Text)  # that outlet's home page
    video_id: Mapped[str | None] = mapped_column(String(32), index=True)
    published_at: Mapped[datetime | None]
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    analyzed_at: Mapped[datetime | None]
    analysis: Mapped[dict[str, Any] | None]  # people, labs, keywords, event, reasons
    story_id: Mapped[str | None] = mapped_column(
        ForeignKey("stories.id", ondelete="SET NULL"), index=True
    )


class SeenKey(Base):
    """Every entry key a source ever delivered: kept when entry rows are pruned, so none returns."""

    __tablename__ = "seen_keys"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(512), primary_key=True)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class Story(Base):
    """One real-world event (or one mention), with its reports as entries."""

    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # move|mention
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    person: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(String(16))
    from_lab: Mapped[str | None] = mapped_column(Text)
    to_lab: Mapped[str | None] = mapped_column(Text)
    people: Mapped[list[Any]] = mapped_column(default=list)
    labs: Mapped[list[Any]] = mapped_column(default=list)
    keywords: Mapped[list[Any]] = mapped_column(default=list)
    published_at: Mapped[datetime] = mapped_column(index=True)  # earliest report
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class StoryEntity(Base):
    """Blocking index for clustering: a story is compared only with stories sharing an entity."""

    __tablename__ = "story_entities"
    # candidates = stories sharing an entity within a time window: (entity, time) keeps that
    # look-up a range scan whatever the archive's size
    __table_args__ = (Index("ix_story_entities_entity_time", "entity", "published_at"),)

    story_id: Mapped[str] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    entity: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)
    published_at: Mapped[datetime | None]  # the story's, copied for the index above


class Video(Base):
    """A YouTube video seen in a feed, and the state of its transcript."""

    __tablename__ = "videos"

    video_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    channel_title: Mapped[str | None] = mapped_column(Text)
    channel_id: Mapped[str | None] = mapped_column(String(64))
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    transcript_status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    transcript_attempts: Mapped[int] = mapped_column(Integer, default=0)
    transcript_next_at: Mapped[datetime | None]
    transcript_error: Mapped[str | None] = mapped_column(Text)
    transcript_language: Mapped[str | None] = mapped_column(String(16))
    transcript_fetched_at: Mapped[datetime | None]
    transcript_provider: Mapped[str | None] = mapped_column(String(16))  # who answered last
    # a worker fetching its transcript now (several processes on PostgreSQL), and until when
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_until: Mapped[datetime | None]


class TranscriptSegment(Base):
    """One caption segment of a video."""

    __tablename__ = "transcript_segments"
    __table_args__ = (UniqueConstraint("video_id", "seq", name="uq_segments_video_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    video_id: Mapped[str] = mapped_column(ForeignKey("videos.video_id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    start: Mapped[float] = mapped_column(Float)
    duration: Mapped[float] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)


class VideoMention(Base):
    """Where a watched person or lab is named in a video's captions (computed once, reused)."""

    __tablename__ = "video_mentions"

    video_id: Mapped[str] = mapped_column(
        ForeignKey("videos.video_id", ondelete="CASCADE"), primary_key=True
    )
    entity: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)  # casefolded
    count: Mapped[int] = mapped_column(Integer, default=0)  # 0: looked for and not found
    first_start: Mapped[float | None] = mapped_column(Float)
    hits: Mapped[list[Any]] = mapped_column(default=list)  # [[seq, start, score], ...]


class Moment(Base):
    """A place in a video where a story is discussed."""

    __tablename__ = "moments"
    __table_args__ = (UniqueConstraint("story_id", "video_id", name="uq_moments_story_video"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    video_id: Mapped[str] = mapped_column(ForeignKey("videos.video_id", ondelete="CASCADE"))
    start: Mapped[float] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)


class WatchPerson(Base):
    """A person one Discord server watches, on top of the config's list."""

    __tablename__ = "watch_people"
    __table_args__ = (UniqueConstraint("guild_id", "name", name="uq_watch_people"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger, index=True)
    name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WatchKeyword(Base):
    """A keyword one Discord server watches, on top of the config's list."""

    __tablename__ = "watch_keywords"
    __table_args__ = (UniqueConstraint("guild_id", "phrase", name="uq_watch_keywords"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger, index=True)
    phrase: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Subscription(Base):
    """A destination of digests: a Discord channel or a webhook from the config."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)  # channel:<id> | webhook:<sha256/16>
    kind: Mapped[str] = mapped_column(String(16))  # channel|webhook
    guild_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    channel_id: Mapped[int | None] = mapped_column(BigInteger)
    digest_at: Mapped[str] = mapped_column(String(5), default="09:00")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    alerts: Mapped[bool] = mapped_column(Boolean, default=False)
    send_empty: Mapped[bool] = mapped_column(Boolean, default=False)
    chart: Mapped[bool] = mapped_column(Boolean, default=False)  # weekly talent-flow picture
    # every new story as found, not only in the digest (alerts' routing and folding)
    live: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # routing, filters and style (jobs.digest.routing, bot.styles): only what differs from default
    options: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    cursor: Mapped[datetime | None]  # stories up to here are delivered
    last_digest_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # when the next digest falls due (None: not known yet, a planner looks); a worker planning
    # it now, and until when
    next_due_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_until: Mapped[datetime | None]


class OutboxItem(Base):
    """A digest or alert written before it is sent, so a crash neither loses nor repeats it."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(
        ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # digest|alert
    window_since: Mapped[datetime | None]
    window_until: Mapped[datetime | None]
    story_ids: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    # the sender sending it now, and until when (renewed before each message)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_until: Mapped[datetime | None]


class OutboxMessage(Base):
    """One Discord message of an outbox item, with the id Discord gave it once sent."""

    __tablename__ = "outbox_messages"
    __table_args__ = (UniqueConstraint("item_id", "seq", name="uq_outbox_messages_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]]
    nonce: Mapped[str] = mapped_column(String(25))
    # an attached picture (the talent-flow chart), stored so a resend carries the same bytes
    file_name: Mapped[str | None] = mapped_column(String(100))
    file_data: Mapped[bytes | None] = mapped_column(LargeBinary)
    message_id: Mapped[str | None] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None]
    # not before this time: the destination failed and backs off (stored, so every job agrees)
    next_try_at: Mapped[datetime | None]
    # sends that ended without knowing whether Discord took the message (a read timeout)
    unsure: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class DeliveredStory(Base):
    """Which story went to which subscription: alerts are not repeated in the digest."""

    __tablename__ = "delivered_stories"

    subscription_id: Mapped[int] = mapped_column(
        ForeignKey("subscriptions.id", ondelete="CASCADE"), primary_key=True
    )
    story_id: Mapped[str] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id", ondelete="SET NULL"))


class Lease(Base):
    """A named lock with an expiry: only one `labwatch run` drives one database."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime]


class Heartbeat(Base):
    """A live labwatch process (`labwatch status`): its role and what it holds now."""

    __tablename__ = "heartbeats"

    holder: Mapped[str] = mapped_column(String(200), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")  # shards, lease held
    claims: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime]
    seen_at: Mapped[datetime]


class HostBudget(Base):
    """When the next request to one host may start, shared by every worker (`storage.hosts`)."""

    __tablename__ = "host_budgets"

    host: Mapped[str] = mapped_column(String(255), primary_key=True)
    # seconds since the epoch on the database's clock: workers on several machines share one
    next_at: Mapped[float] = mapped_column(Float)


class Setting(Base):
    """Small key/value state (e.g. when the terminal digest last ran)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
