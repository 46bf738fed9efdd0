"""SQLite text of storage.reads's statements, for storage.lite: WRITTEN BY `python -m storage.reads`,
never by hand (tests/test_lite_reads.py fails when it is not what they compile to)."""

# name: (SQL, parameters in order as (name, kind, fixed value), result column kinds)
QUERIES: dict[
    str, tuple[str, tuple[tuple[str, str | None, object], ...], tuple[str | None, ...]]
] = {
    "claims_sources": (
        "SELECT sources.claimed_by, count(*) AS count_1 \nFROM sources \nWHERE sources.claimed_by IS NOT NULL AND sources.claimed_until > ? GROUP BY sources.claimed_by",
        (("now", "utc", None),),
        (None, None),
    ),
    "claims_videos": (
        "SELECT videos.claimed_by, count(*) AS count_1 \nFROM videos \nWHERE videos.claimed_by IS NOT NULL AND videos.claimed_until > ? GROUP BY videos.claimed_by",
        (("now", "utc", None),),
        (None, None),
    ),
    "claims_subscriptions": (
        "SELECT subscriptions.claimed_by, count(*) AS count_1 \nFROM subscriptions \nWHERE subscriptions.claimed_by IS NOT NULL AND subscriptions.claimed_until > ? GROUP BY subscriptions.claimed_by",
        (("now", "utc", None),),
        (None, None),
    ),
    "claims_outbox": (
        "SELECT outbox.claimed_by, count(*) AS count_1 \nFROM outbox \nWHERE outbox.claimed_by IS NOT NULL AND outbox.claimed_until > ? GROUP BY outbox.claimed_by",
        (("now", "utc", None),),
        (None, None),
    ),
    "live_leases": (
        "SELECT leases.holder, leases.name \nFROM leases \nWHERE leases.expires_at > ?",
        (("now", "utc", None),),
        (None, None),
    ),
    "live_heartbeats": (
        "SELECT heartbeats.holder, heartbeats.role, heartbeats.detail, heartbeats.started_at, heartbeats.seen_at \nFROM heartbeats \nWHERE heartbeats.seen_at > ? ORDER BY heartbeats.role",
        (("since", "utc", None),),
        (None, None, None, "utc", "utc"),
    ),
    "source_health": (
        "SELECT sources.name, sources.url, sources.kind, sources.origin, sources.enabled, sources.last_status, sources.last_http_status, sources.last_error, coalesce(anon_1.n, ?) AS coalesce_1, sources.consecutive_failures, sources.next_poll_at, sources.last_polled_at, sources.last_success_at \nFROM sources LEFT OUTER JOIN (SELECT entries.source_id AS source_id, count(*) AS n \nFROM entries GROUP BY entries.source_id) AS anon_1 ON anon_1.source_id = sources.id ORDER BY sources.name",
        (("", None, 0),),
        (None, None, None, None, "bool", None, None, None, None, None, "utc", "utc", "utc"),
    ),
    "source_sync_rows": (
        'SELECT sources.id, sources.name, sources.url, sources.kind, sources."query", sources.youtube_channel_id, sources.origin, sources.enabled, sources.last_status, sources.poll_every_seconds \nFROM sources',
        (),
        (None, None, None, None, None, None, None, "bool", None, None),
    ),
    "transcript_states": (
        'SELECT settings."key", settings.value \nFROM settings \nWHERE settings."key" LIKE ?',
        (("", None, "transcripts.%.%"),),
        (None, None),
    ),
    "setting": (
        'SELECT settings.value \nFROM settings \nWHERE settings."key" = ?',
        (("key", None, None),),
        (None,),
    ),
    "recent_videos": (
        "SELECT videos.video_id, videos.title, videos.description, videos.published_at, videos.transcript_status, videos.transcript_provider, videos.transcript_attempts, videos.transcript_next_at, videos.transcript_error \nFROM videos ORDER BY videos.published_at DESC NULLS LAST, videos.first_seen_at DESC\n LIMIT ? OFFSET ?",
        (("limit", None, None), ("", None, 0)),
        (None, None, None, "utc", None, None, None, "utc", None),
    ),
    "stories_published_in": (
        "SELECT stories.id, stories.kind, stories.title, stories.summary, stories.person, stories.action, stories.from_lab, stories.to_lab, stories.people, stories.labs, stories.keywords, stories.published_at, stories.first_seen_at, stories.updated_at, stories.last_reported_at \nFROM stories \nWHERE stories.published_at >= ? AND stories.published_at < ? ORDER BY stories.published_at, stories.id",
        (("since", "utc", None), ("until", "utc", None)),
        (
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "json",
            "json",
            "json",
            "utc",
            "utc",
            "utc",
            "utc",
        ),
    ),
    "story_reports": (
        "SELECT entries.story_id, entries.title, entries.url, entries.canonical_url, entries.publisher, entries.publisher_url, sources.name AS source_name, sources.kind AS source_kind, entries.published_at, entries.first_seen_at \nFROM entries JOIN sources ON sources.id = entries.source_id \nWHERE entries.story_id IN (__[POSTCOMPILE_ids]) ORDER BY entries.first_seen_at, entries.id",
        (("ids", None, None),),
        (None, None, None, None, None, None, None, None, "utc", "utc"),
    ),
    "story_moments": (
        "SELECT moments.story_id, moments.video_id, videos.title, moments.start, moments.text \nFROM moments JOIN videos ON videos.video_id = moments.video_id \nWHERE moments.story_id IN (__[POSTCOMPILE_ids]) ORDER BY moments.story_id, moments.score DESC, moments.id",
        (("ids", None, None),),
        (None, None, None, None, None),
    ),
    "watched_people": (
        "SELECT watch_people.guild_id, watch_people.name, watch_people.aliases \nFROM watch_people ORDER BY watch_people.guild_id, watch_people.id",
        (),
        (None, None, "json"),
    ),
    "videos_not_scanned_for": (
        "SELECT videos.video_id, videos.title, videos.description, videos.published_at, videos.transcript_status, videos.transcript_provider, videos.transcript_attempts, videos.transcript_next_at, videos.transcript_error \nFROM videos \nWHERE videos.transcript_status = ? AND NOT (EXISTS (SELECT video_mentions.video_id \nFROM video_mentions \nWHERE video_mentions.video_id = videos.video_id AND video_mentions.entity = ?)) ORDER BY videos.published_at DESC NULLS LAST, videos.video_id\n LIMIT ? OFFSET ?",
        (("", None, "ok"), ("entity", None, None), ("limit", None, None), ("", None, 0)),
        (None, None, None, "utc", None, None, None, "utc", None),
    ),
    "videos_with_transcripts": (
        "SELECT videos.video_id, videos.title, videos.description, videos.published_at, videos.transcript_status, videos.transcript_provider, videos.transcript_attempts, videos.transcript_next_at, videos.transcript_error \nFROM videos \nWHERE videos.transcript_status = ? ORDER BY videos.published_at DESC NULLS LAST",
        (("", None, "ok"),),
        (None, None, None, "utc", None, None, None, "utc", None),
    ),
    "videos_with_transcripts_among": (
        "SELECT videos.video_id, videos.title, videos.description, videos.published_at, videos.transcript_status, videos.transcript_provider, videos.transcript_attempts, videos.transcript_next_at, videos.transcript_error \nFROM videos \nWHERE videos.transcript_status = ? AND videos.video_id IN (__[POSTCOMPILE_ids]) ORDER BY videos.published_at DESC NULLS LAST",
        (("", None, "ok"), ("ids", None, None)),
        (None, None, None, "utc", None, None, None, "utc", None),
    ),
    "mentions_of": (
        "SELECT video_mentions.video_id, video_mentions.entity, video_mentions.count, video_mentions.first_start, video_mentions.hits \nFROM video_mentions \nWHERE video_mentions.entity IN (__[POSTCOMPILE_entities])",
        (("entities", None, None),),
        (None, None, None, None, "json"),
    ),
    "mentions_of_among": (
        "SELECT video_mentions.video_id, video_mentions.entity, video_mentions.count, video_mentions.first_start, video_mentions.hits \nFROM video_mentions \nWHERE video_mentions.entity IN (__[POSTCOMPILE_entities]) AND video_mentions.video_id IN (__[POSTCOMPILE_ids])",
        (("entities", None, None), ("ids", None, None)),
        (None, None, None, None, "json"),
    ),
    "naming_videos": (
        "SELECT videos.video_id, videos.title, videos.published_at, video_mentions.entity, video_mentions.hits \nFROM videos JOIN video_mentions ON video_mentions.video_id = videos.video_id \nWHERE video_mentions.entity IN (__[POSTCOMPILE_entities]) AND video_mentions.count > ? AND videos.transcript_status = ? ORDER BY videos.published_at DESC NULLS LAST, videos.video_id",
        (("entities", None, None), ("", None, 0), ("", None, "ok")),
        (None, None, "utc", None, "json"),
    ),
    "segment_texts": (
        "SELECT transcript_segments.video_id, transcript_segments.seq, transcript_segments.text \nFROM transcript_segments \nWHERE transcript_segments.video_id IN (__[POSTCOMPILE_video_ids]) AND transcript_segments.seq IN (__[POSTCOMPILE_seqs])",
        (("video_ids", None, None), ("seqs", None, None)),
        (None, None, None),
    ),
    "count_entries": (
        "SELECT count(*) AS count_1 \nFROM entries",
        (),
        (None,),
    ),
    "count_sources_enabled": (
        "SELECT count(*) AS count_1 \nFROM sources \nWHERE sources.enabled IS 1",
        (),
        (None,),
    ),
    "count_sources_failing": (
        "SELECT count(*) AS count_1 \nFROM sources \nWHERE sources.enabled IS 1 AND sources.consecutive_failures > ?",
        (("", None, 0),),
        (None,),
    ),
    "count_stories": (
        "SELECT stories.kind, count(*) AS count_1 \nFROM stories GROUP BY stories.kind ORDER BY stories.kind",
        (),
        (None, None),
    ),
    "count_videos": (
        "SELECT videos.transcript_status, count(*) AS count_1 \nFROM videos GROUP BY videos.transcript_status ORDER BY videos.transcript_status",
        (),
        (None, None),
    ),
    "count_outbox": (
        "SELECT outbox.status, count(*) AS count_1 \nFROM outbox GROUP BY outbox.status ORDER BY outbox.status",
        (),
        (None, None),
    ),
    "count_messages_sent": (
        "SELECT count(*) AS count_1 \nFROM outbox_messages \nWHERE outbox_messages.sent_at IS NOT NULL",
        (),
        (None,),
    ),
    "last_poll": (
        "SELECT max(sources.last_polled_at) AS max_1 \nFROM sources",
        (),
        ("utc",),
    ),
}
