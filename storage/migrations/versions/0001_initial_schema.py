"""initial schema

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "leases",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("expires_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("query", sa.Text(), nullable=True),
        sa.Column("youtube_channel_id", sa.String(length=64), nullable=True),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("body_hash", sa.String(length=64), nullable=True),
        sa.Column("last_status", sa.String(length=32), nullable=False),
        sa.Column("last_http_status", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("last_polled_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("last_success_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("next_poll_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("watermark", storage.types.UTCDateTime(), nullable=True),
        sa.Column("poll_every_seconds", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("url"),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_guild_id"), ["guild_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sources_next_poll_at"), ["next_poll_at"], unique=False)

    op.create_table(
        "stories",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("person", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=True),
        sa.Column("from_lab", sa.Text(), nullable=True),
        sa.Column("to_lab", sa.Text(), nullable=True),
        sa.Column("people", sa.JSON(), nullable=False),
        sa.Column("labs", sa.JSON(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("published_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("first_seen_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stories_first_seen_at"), ["first_seen_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_stories_published_at"), ["published_at"], unique=False)

    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("channel_id", sa.BigInteger(), nullable=True),
        sa.Column("digest_at", sa.String(length=5), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("alerts", sa.Boolean(), nullable=False),
        sa.Column("send_empty", sa.Boolean(), nullable=False),
        sa.Column("chart", sa.Boolean(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("disabled_reason", sa.Text(), nullable=True),
        sa.Column("cursor", storage.types.UTCDateTime(), nullable=True),
        sa.Column("last_digest_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subscriptions_guild_id"), ["guild_id"], unique=False)

    op.create_table(
        "watch_keywords",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("phrase", sa.String(length=200), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("guild_id", "phrase", name="uq_watch_keywords"),
    )
    with op.batch_alter_table("watch_keywords", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watch_keywords_guild_id"), ["guild_id"], unique=False)

    op.create_table(
        "watch_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("guild_id", "name", name="uq_watch_people"),
    )
    with op.batch_alter_table("watch_people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watch_people_guild_id"), ["guild_id"], unique=False)

    op.create_table(
        "seen_keys",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("first_seen_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("source_id", "key"),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("canonical_url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("publisher_url", sa.Text(), nullable=True),
        sa.Column("video_id", sa.String(length=32), nullable=True),
        sa.Column("published_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("first_seen_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("analyzed_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("analysis", sa.JSON(), nullable=True),
        sa.Column("story_id", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_id", "key", name="uq_entries_source_key"),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_entries_canonical_url"), ["canonical_url"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_entries_first_seen_at"), ["first_seen_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_entries_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_entries_story_id"), ["story_id"], unique=False)
        batch_op.create_index("ix_entries_unanalyzed", ["analyzed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_entries_video_id"), ["video_id"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("window_since", storage.types.UTCDateTime(), nullable=True),
        sa.Column("window_until", storage.types.UTCDateTime(), nullable=True),
        sa.Column("story_ids", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("sent_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["subscription_id"], ["subscriptions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_outbox_subscription_id"), ["subscription_id"], unique=False
        )

    op.create_table(
        "story_entities",
        sa.Column("story_id", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=200), nullable=False),
        sa.Column("published_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "entity"),
    )
    with op.batch_alter_table("story_entities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_entities_entity"), ["entity"], unique=False)
        batch_op.create_index(
            "ix_story_entities_entity_time", ["entity", "published_at"], unique=False
        )

    op.create_table(
        "videos",
        sa.Column("video_id", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("channel_title", sa.Text(), nullable=True),
        sa.Column("channel_id", sa.String(length=64), nullable=True),
        sa.Column("published_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("first_seen_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("transcript_status", sa.String(length=16), nullable=False),
        sa.Column("transcript_attempts", sa.Integer(), nullable=False),
        sa.Column("transcript_next_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("transcript_error", sa.Text(), nullable=True),
        sa.Column("transcript_language", sa.String(length=16), nullable=True),
        sa.Column("transcript_fetched_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("video_id"),
    )
    with op.batch_alter_table("videos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_videos_published_at"), ["published_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_videos_transcript_status"), ["transcript_status"], unique=False
        )

    op.create_table(
        "delivered_stories",
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.String(length=40), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["outbox.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["subscription_id"], ["subscriptions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("subscription_id", "story_id"),
    )
    op.create_table(
        "moments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.String(length=40), nullable=False),
        sa.Column("video_id", sa.String(length=32), nullable=False),
        sa.Column("start", sa.Float(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["video_id"], ["videos.video_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("story_id", "video_id", name="uq_moments_story_video"),
    )
    with op.batch_alter_table("moments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_moments_story_id"), ["story_id"], unique=False)

    op.create_table(
        "outbox_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("nonce", sa.String(length=25), nullable=False),
        sa.Column("file_name", sa.String(length=100), nullable=True),
        sa.Column("file_data", sa.LargeBinary(), nullable=True),
        sa.Column("message_id", sa.String(length=32), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sent_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["outbox.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "seq", name="uq_outbox_messages_seq"),
    )
    op.create_table(
        "transcript_segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("video_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("start", sa.Float(), nullable=False),
        sa.Column("duration", sa.Float(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["video_id"], ["videos.video_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("video_id", "seq", name="uq_segments_video_seq"),
    )
    op.create_table(
        "video_mentions",
        sa.Column("video_id", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("first_start", sa.Float(), nullable=True),
        sa.Column("hits", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["video_id"], ["videos.video_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("video_id", "entity"),
    )
    with op.batch_alter_table("video_mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_video_mentions_entity"), ["entity"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        # full-text index of caption text, kept in step with transcript_segments by triggers
        # A migration keeps its own copy: storage.schema.SQLITE_SEGMENTS_FTS is what a new
        # database gets today and may change; a change there belongs in a new migration
        # (tests/test_schema_create.py holds the two paths' results equal).
        op.execute(
            "CREATE VIRTUAL TABLE segments_fts USING fts5("
            "text, content='transcript_segments', content_rowid='id')"
        )
        op.execute(
            "CREATE TRIGGER segments_fts_ai AFTER INSERT ON transcript_segments BEGIN "
            "INSERT INTO segments_fts(rowid, text) VALUES (new.id, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER segments_fts_ad AFTER DELETE ON transcript_segments BEGIN "
            "INSERT INTO segments_fts(segments_fts, rowid, text) "
            "VALUES ('delete', old.id, old.text); END"
        )


def downgrade() -> None:

    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS segments_fts_ad")
        op.execute("DROP TRIGGER IF EXISTS segments_fts_ai")
        op.execute("DROP TABLE IF EXISTS segments_fts")
    with op.batch_alter_table("video_mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_video_mentions_entity"))

    op.drop_table("video_mentions")
    op.drop_table("transcript_segments")
    op.drop_table("outbox_messages")
    with op.batch_alter_table("moments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_moments_story_id"))

    op.drop_table("moments")
    op.drop_table("delivered_stories")
    with op.batch_alter_table("videos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_videos_transcript_status"))
        batch_op.drop_index(batch_op.f("ix_videos_published_at"))

    op.drop_table("videos")
    with op.batch_alter_table("story_entities", schema=None) as batch_op:
        batch_op.drop_index("ix_story_entities_entity_time")
        batch_op.drop_index(batch_op.f("ix_story_entities_entity"))

    op.drop_table("story_entities")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_subscription_id"))
        batch_op.drop_index(batch_op.f("ix_outbox_status"))

    op.drop_table("outbox")
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entries_video_id"))
        batch_op.drop_index("ix_entries_unanalyzed")
        batch_op.drop_index(batch_op.f("ix_entries_story_id"))
        batch_op.drop_index(batch_op.f("ix_entries_source_id"))
        batch_op.drop_index(batch_op.f("ix_entries_first_seen_at"))
        batch_op.drop_index(batch_op.f("ix_entries_canonical_url"))

    op.drop_table("entries")
    op.drop_table("seen_keys")
    with op.batch_alter_table("watch_people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_watch_people_guild_id"))

    op.drop_table("watch_people")
    with op.batch_alter_table("watch_keywords", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_watch_keywords_guild_id"))

    op.drop_table("watch_keywords")
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subscriptions_guild_id"))

    op.drop_table("subscriptions")
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stories_published_at"))
        batch_op.drop_index(batch_op.f("ix_stories_first_seen_at"))

    op.drop_table("stories")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_next_poll_at"))
        batch_op.drop_index(batch_op.f("ix_sources_guild_id"))

    op.drop_table("sources")
    op.drop_table("settings")
    op.drop_table("leases")
