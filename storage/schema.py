"""The tables as SQLAlchemy Core `Table`s: what every query is written against.

storage.models maps its ORM classes onto these tables; commands that only read (`labwatch
status`, `sources`, `digest`) query the tables here and never import or configure the ORM.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)

from storage.types import UTCDateTime, utcnow

metadata = MetaData()

# A feed, a YouTube channel or a news search; polled on its own schedule.
sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("url", Text, nullable=False, unique=True),
    Column("kind", String(16), nullable=False, default="feed"),  # feed|youtube|google_news|...
    Column("query", Text),  # the search words of a news search
    Column("youtube_channel_id", String(64)),
    Column("origin", String(16), nullable=False, default="config"),  # config|discord|auto
    Column("guild_id", BigInteger, index=True),  # who added it from Discord
    Column("enabled", Boolean, nullable=False, default=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("body_hash", String(64)),  # skip parsing identical bytes
    Column("last_status", String(32), nullable=False, default="never"),
    Column("last_http_status", Integer),
    Column("last_error", Text),
    Column("consecutive_failures", Integer, nullable=False, default=0),
    Column("last_polled_at", UTCDateTime),
    Column("last_success_at", UTCDateTime),
    Column("next_poll_at", UTCDateTime, index=True),
    Column("watermark", UTCDateTime),  # newest publish time seen (YouTube items sliding back in)
    Column("poll_every_seconds", Integer),  # None: the schedule's
    Column("created_at", UTCDateTime, nullable=False, default=utcnow),
    # a worker's claim (several processes on PostgreSQL): who polls it now, and until when
    Column("claimed_by", String(200)),
    Column("claimed_until", UTCDateTime),
)

# One item of one source, stored once per source from the moment it is first seen.
entries = Table(
    "entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "source_id",
        Integer,
        ForeignKey("sources.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("key", String(512), nullable=False),  # guid, else link, else hash of title+date
    Column("url", Text),
    Column("canonical_url", Text, index=True),
    Column("title", Text, nullable=False, default=""),
    Column("summary", Text, nullable=False, default=""),
    Column("author", Text),
    Column("publisher", Text),  # the outlet behind a news-search result
    Column("publisher_url", Text),  # that outlet's home page
    Column("video_id", String(32), index=True),
    Column("published_at", UTCDateTime),
    Column("first_seen_at", UTCDateTime, nullable=False, index=True, default=utcnow),
    Column("analyzed_at", UTCDateTime),
    Column("analysis", JSON),  # people, labs, keywords, event, reasons
    Column("story_id", String(40), ForeignKey("stories.id", ondelete="SET NULL"), index=True),
    UniqueConstraint("source_id", "key", name="uq_entries_source_key"),
    Index("ix_entries_unanalyzed", "analyzed_at"),
)

# Every entry key a source ever delivered: kept when entry rows are pruned, so none returns.
seen_keys = Table(
    "seen_keys",
    metadata,
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(512), primary_key=True),
    Column("first_seen_at", UTCDateTime, nullable=False, default=utcnow),
)

# One real-world event (or one mention), with its reports as entries.
stories = Table(
    "stories",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("kind", String(16), nullable=False),  # move|mention
    Column("title", Text, nullable=False),
    Column("summary", Text, nullable=False, default=""),
    Column("person", Text),
    Column("action", String(16)),
    Column("from_lab", Text),
    Column("to_lab", Text),
    Column("people", JSON, nullable=False, default=list),
    Column("labs", JSON, nullable=False, default=list),
    Column("keywords", JSON, nullable=False, default=list),
    Column("published_at", UTCDateTime, nullable=False, index=True),  # earliest report
    Column("first_seen_at", UTCDateTime, nullable=False, index=True, default=utcnow),
    Column("updated_at", UTCDateTime, nullable=False, default=utcnow),
    # the latest report's time: clustering's windows run from a story's first report, and a
    # report hours after the story's latest one is near it too (jobs/stories/placing.py)
    Column("last_reported_at", UTCDateTime),
)

# Blocking index for clustering: a story is compared only with stories sharing an entity.
story_entities = Table(
    "story_entities",
    metadata,
    Column("story_id", String(40), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("entity", String(200), primary_key=True, index=True),
    # the story's first report's time, copied for the index below, or its latest report's
    # once the story runs longer than clustering's window (storage.stories.save_stories)
    Column("published_at", UTCDateTime),
    # candidates = stories sharing an entity within a time window: (entity, time) keeps that
    # look-up a range scan whatever the archive's size
    Index("ix_story_entities_entity_time", "entity", "published_at"),
)

# A YouTube video seen in a feed, and the state of its transcript.
videos = Table(
    "videos",
    metadata,
    Column("video_id", String(32), primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("title", Text, nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
    Column("channel_title", Text),
    Column("channel_id", String(64)),
    Column("published_at", UTCDateTime, index=True),
    Column("first_seen_at", UTCDateTime, nullable=False, default=utcnow),
    Column("transcript_status", String(16), nullable=False, index=True, default="pending"),
    Column("transcript_attempts", Integer, nullable=False, default=0),
    Column("transcript_next_at", UTCDateTime),
    Column("transcript_error", Text),
    Column("transcript_language", String(16)),
    Column("transcript_fetched_at", UTCDateTime),
    Column("transcript_provider", String(16)),  # who answered last
    # a worker fetching its transcript now (several processes on PostgreSQL), and until when
    Column("claimed_by", String(200)),
    Column("claimed_until", UTCDateTime),
)

# One caption segment of a video.
transcript_segments = Table(
    "transcript_segments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "video_id", String(32), ForeignKey("videos.video_id", ondelete="CASCADE"), nullable=False
    ),
    Column("seq", Integer, nullable=False),
    Column("start", Float, nullable=False),
    Column("duration", Float, nullable=False),
    Column("text", Text, nullable=False),
    UniqueConstraint("video_id", "seq", name="uq_segments_video_seq"),
)

# Where a watched person or lab is named in a video's captions (computed once, reused).
video_mentions = Table(
    "video_mentions",
    metadata,
    Column(
        "video_id", String(32), ForeignKey("videos.video_id", ondelete="CASCADE"), primary_key=True
    ),
    Column("entity", String(200), primary_key=True, index=True),  # casefolded
    Column("count", Integer, nullable=False, default=0),  # 0: looked for and not found
    Column("first_start", Float),
    Column("hits", JSON, nullable=False, default=list),  # [[seq, start, score], ...]
)

# A place in a video where a story is discussed.
moments = Table(
    "moments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "story_id",
        String(40),
        ForeignKey("stories.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "video_id", String(32), ForeignKey("videos.video_id", ondelete="CASCADE"), nullable=False
    ),
    Column("start", Float, nullable=False),
    Column("text", Text, nullable=False),
    Column("score", Float, nullable=False),
    UniqueConstraint("story_id", "video_id", name="uq_moments_story_video"),
)

# A person one Discord server watches, on top of the config's list.
watch_people = Table(
    "watch_people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("guild_id", BigInteger, nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("aliases", JSON, nullable=False, default=list),
    Column("created_at", UTCDateTime, nullable=False, default=utcnow),
    UniqueConstraint("guild_id", "name", name="uq_watch_people"),
)

# A keyword one Discord server watches, on top of the config's list.
watch_keywords = Table(
    "watch_keywords",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("guild_id", BigInteger, nullable=False, index=True),
    Column("phrase", String(200), nullable=False),
    Column("created_at", UTCDateTime, nullable=False, default=utcnow),
    UniqueConstraint("guild_id", "phrase", name="uq_watch_keywords"),
)

# A destination of digests: a Discord channel or a webhook from the config.
subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(100), nullable=False, unique=True),  # channel:<id> | webhook:<sha256/16>
    Column("kind", String(16), nullable=False),  # channel|webhook
    Column("guild_id", BigInteger, index=True),
    Column("channel_id", BigInteger),
    Column("digest_at", String(5), nullable=False, default="09:00"),
    Column("timezone", String(64), nullable=False, default="UTC"),
    Column("alerts", Boolean, nullable=False, default=False),
    Column("send_empty", Boolean, nullable=False, default=False),
    Column("chart", Boolean, nullable=False, default=False),  # weekly talent-flow picture
    Column("enabled", Boolean, nullable=False, default=True),
    Column("disabled_reason", Text),
    Column("cursor", UTCDateTime),  # stories up to here are delivered
    Column("last_digest_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False, default=utcnow),
    # (the columns below are in the order the migrations added them: a new database is created
    # from this table, and has the columns in the same order as a migrated one)
    # every new story as found, not only in the digest (alerts' routing and folding)
    Column("live", Boolean, nullable=False, default=False, server_default=false()),
    # routing, filters and style (jobs.digest.routing, bot.styles): only what differs from default
    Column("options", JSON, nullable=False, default=dict, server_default="{}"),
    # a worker planning the next digest now, and until when; when that digest falls due (None:
    # not known yet, a planner looks)
    Column("claimed_by", String(200)),
    Column("claimed_until", UTCDateTime),
    Column("next_due_at", UTCDateTime),
)

# A digest or alert written before it is sent, so a crash neither loses nor repeats it.
outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "subscription_id",
        Integer,
        ForeignKey("subscriptions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("kind", String(16), nullable=False),  # digest|alert
    Column("window_since", UTCDateTime),
    Column("window_until", UTCDateTime),
    Column("story_ids", JSON, nullable=False, default=list),
    Column("status", String(16), nullable=False, index=True, default="pending"),
    Column("error", Text),
    Column("created_at", UTCDateTime, nullable=False, default=utcnow),
    Column("sent_at", UTCDateTime),
    # the sender sending it now, and until when (renewed before each message)
    Column("claimed_by", String(200)),
    Column("claimed_until", UTCDateTime),
)

# One Discord message of an outbox item, with the id Discord gave it once sent.
outbox_messages = Table(
    "outbox_messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("outbox.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("nonce", String(25), nullable=False),
    # an attached picture (the talent-flow chart), stored so a resend carries the same bytes
    Column("file_name", String(100)),
    Column("file_data", LargeBinary),
    Column("message_id", String(32)),
    Column("attempts", Integer, nullable=False, default=0),
    Column("sent_at", UTCDateTime),
    # not before this time: the destination failed and backs off (stored, so every job agrees)
    Column("next_try_at", UTCDateTime),
    # sends that ended without knowing whether Discord took the message (a read timeout)
    Column("unsure", Integer, nullable=False, default=0, server_default=text("0")),
    UniqueConstraint("item_id", "seq", name="uq_outbox_messages_seq"),
)

# Which story went to which subscription: alerts are not repeated in the digest.
delivered_stories = Table(
    "delivered_stories",
    metadata,
    Column(
        "subscription_id",
        Integer,
        ForeignKey("subscriptions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("story_id", String(40), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", Integer, ForeignKey("outbox.id", ondelete="SET NULL")),
)

# A named lock with an expiry: only one `labwatch run` drives one database.
leases = Table(
    "leases",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("holder", String(200), nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
)

# A live labwatch process (`labwatch status`): its role and what it holds now.
heartbeats = Table(
    "heartbeats",
    metadata,
    Column("holder", String(200), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("detail", Text, nullable=False, default=""),  # shards, lease held
    Column("claims", Integer, nullable=False, default=0),
    Column("started_at", UTCDateTime, nullable=False),
    Column("seen_at", UTCDateTime, nullable=False),
)

# When the next request to one host may start, shared by every worker (`storage.hosts`).
host_budgets = Table(
    "host_budgets",
    metadata,
    Column("host", String(255), primary_key=True),
    # seconds since the epoch on the database's clock: workers on several machines share one
    Column("next_at", Float, nullable=False),
)

# Small key/value state (e.g. when the terminal digest last ran).
settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

# SQLite only: a full-text index of caption text, kept in step with transcript_segments by
# triggers. Migration 0001 runs these statements and a new database runs them after its tables
# (storage.migrate.create_schema): never change them, add a migration instead.
SQLITE_SEGMENTS_FTS = (
    "CREATE VIRTUAL TABLE segments_fts USING fts5("
    "text, content='transcript_segments', content_rowid='id')",
    "CREATE TRIGGER segments_fts_ai AFTER INSERT ON transcript_segments BEGIN "
    "INSERT INTO segments_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER segments_fts_ad AFTER DELETE ON transcript_segments BEGIN "
    "INSERT INTO segments_fts(segments_fts, rowid, text) "
    "VALUES ('delete', old.id, old.text); END",
)
