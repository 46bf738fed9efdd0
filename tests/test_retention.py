"""Retention: old content goes, what a digest still owes stays, pruned items never come back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bot.config import ConfigError, parse_toml
from jobs.ingest.fetch import Fetcher, FetchOptions
from jobs.ingest.source_kinds import feed_spec
from jobs.ingest.sources import sync_config_sources
from jobs.pipeline import PassReport, run_pass
from jobs.retention import RetentionPolicy, apply_retention, retention_due
from jobs.watch.lists import watch_from_settings
from storage import outbox, transcripts
from storage.db import Database
from storage.models import (
    Entry,
    Moment,
    OutboxItem,
    SeenKey,
    Source,
    Story,
    Subscription,
    TranscriptSegment,
    Video,
)
from tests import faults as F
from tests.digest_samples import add_moment, add_source, add_story
from tests.loopback import LoopbackServer, Reply

T0 = datetime(2030, 1, 1, tzinfo=UTC)
POLICY = RetentionPolicy(timedelta(days=90), timedelta(days=30), timedelta(days=7))
OPTIONS = FetchOptions(timeout=3, allow_private_networks=True)
WATCH = watch_from_settings([("Jan Leike", ["Leike"])], [], None)


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


async def one_pass(db: Database, now: datetime) -> PassReport:
    async with Fetcher(OPTIONS) as fetcher:
        return await run_pass(
            db, fetcher, None, WATCH, now, default_interval=timedelta(minutes=10),
            force=True, retention=POLICY,
        )  # fmt: skip


async def test_old_entries_go_their_keys_stay_and_they_never_return(
    database: Database, server: LoopbackServer
) -> None:
    feed = {"items": F.items("old", 5)}
    url = server.route("/feed", lambda _r: Reply(200, F.rss(feed["items"]), F.XML))
    with database.transaction() as session:
        sync_config_sources(session, [feed_spec("feed", url)], {})
    first = await one_pass(database, T0)
    assert first.poll.results[0].new_entries == 5 and first.pruned is not None
    assert first.pruned.entries == 0  # nothing is old yet

    feed["items"] = F.items("old", 6)  # the feed still carries the five, plus one new item
    later = await one_pass(database, T0 + timedelta(days=100))
    assert later.poll.results[0].new_entries == 1, "pruned entries must never be stored again"
    assert later.pruned is not None and later.pruned.entries == 5
    assert count(database, Entry) == 1 and count(database, SeenKey) == 6
    again = await one_pass(database, T0 + timedelta(days=100, hours=1))
    assert again.pruned is None  # once a day
    with database.session() as session:
        assert retention_due(session, T0 + timedelta(days=101))


def add_old_story(db: Database, story_id: str, kind: str, first_seen: datetime) -> None:
    with db.transaction() as session:
        source = session.scalars(select(Source)).first() or add_source(session, "Outlet")
        add_story(
            session, story_id, f"Story {story_id}", first_seen, kind=kind, person="Jan Leike",
            reports=[(source, f"https://outlet.example/{story_id}", None)],
        )  # fmt: skip
        session.execute(text("UPDATE entries SET analyzed_at = first_seen_at"))


def prune(db: Database, now: datetime, policy: RetentionPolicy = POLICY) -> None:
    with db.transaction() as session:
        apply_retention(session, policy, now)


def story_ids(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Story.id)))


def test_mentions_go_with_their_entries_moves_stay(database: Database) -> None:
    add_old_story(database, "mention-old", "mention", T0)
    add_old_story(database, "move-old", "move", T0)
    add_old_story(database, "mention-new", "mention", T0 + timedelta(days=80))
    prune(database, T0 + timedelta(days=100))
    assert story_ids(database) == {"move-old", "mention-new"}
    with database.session() as session:
        assert set(session.scalars(select(Entry.story_id))) == {"mention-new"}


def subscribe(db: Database, cursor: datetime | None, enabled: bool = True) -> int:
    with db.transaction() as session:
        sub = Subscription(
            key=f"webhook:{cursor}{enabled}", kind="webhook", cursor=cursor, enabled=enabled,
            created_at=T0 - timedelta(days=1),
        )  # fmt: skip
        session.add(sub)
        session.flush()
        return sub.id


def test_an_open_digest_window_holds_retention_back(database: Database) -> None:
    add_old_story(database, "a", "mention", T0)
    subscribe(database, T0 - timedelta(days=300), enabled=False)  # disabled: holds nothing
    sub = subscribe(database, T0 + timedelta(days=2))  # down since: its digest still owes "a"
    prune(database, T0 + timedelta(days=100))
    assert story_ids(database) == {"a"} and count(database, Entry) == 1
    with database.transaction() as session:
        session.get_one(Subscription, sub).cursor = T0 + timedelta(days=99)
    prune(database, T0 + timedelta(days=101))
    assert story_ids(database) == set() and count(database, Entry) == 0


def test_a_pending_outbox_item_keeps_its_stories(database: Database) -> None:
    add_old_story(database, "owed", "mention", T0)
    add_old_story(database, "sent", "mention", T0)
    sub = subscribe(database, T0 + timedelta(days=99))
    with database.transaction() as session:
        outbox.enqueue(session, sub, "digest", [{"content": "x"}], ["owed"], T0)
        done = outbox.enqueue(session, sub, "digest", [], ["sent"], T0)  # no payload: sent
        assert done.status == "sent"
    prune(database, T0 + timedelta(days=100))
    assert story_ids(database) == {"owed"}
    with database.session() as session:
        assert [i.status for i in session.scalars(select(OutboxItem))] == ["pending"]


def test_caption_text_goes_after_its_days_moments_stay(database: Database) -> None:
    add_old_story(database, "s", "move", T0)
    with database.transaction() as session:
        add_moment(session, "s", "vidvidvid01", "A video", 5.0, "Leike joins Anthropic")
        add_moment(session, "s", "vidvidvid02", "Recent video", 5.0, "Leike again")
        session.add(Video(video_id="vidvidvid03", title="Unlinked", first_seen_at=T0))
        for vid, seen in (("vidvidvid01", T0), ("vidvidvid02", T0 + timedelta(days=25))):
            video = session.get(Video, vid)
            assert video is not None
            video.first_seen_at = seen
            transcripts.save_segments(
                session, vid, [(0.0, 2.0, "yan lea signed on"), (2.0, 2.0, "with anthropic")],
                language="en", now=seen,
            )  # fmt: skip
    prune(database, T0 + timedelta(days=40))
    with database.session() as session:
        first, second = session.get(Video, "vidvidvid01"), session.get(Video, "vidvidvid02")
        assert first is not None and first.transcript_status == "pruned"
        assert second is not None and second.transcript_status == "ok"
        assert {s.video_id for s in session.scalars(select(TranscriptSegment))} == {"vidvidvid02"}
        assert count(database, Moment) == 2
        assert session.get(Video, "vidvidvid03") is not None  # younger than the entries' days
        if database.engine.dialect.name == "sqlite":  # the full-text index followed the delete
            assert transcripts.search_segments(session, ["anthropic"]) == ["vidvidvid02"]
            assert session.scalar(text("PRAGMA integrity_check")) == "ok"
    prune(database, T0 + timedelta(days=100))
    with database.session() as session:
        assert session.get(Video, "vidvidvid03") is None  # old and linked to nothing
        assert session.get(Video, "vidvidvid01") is not None  # a moment points at it


def test_zero_keeps_forever(database: Database) -> None:
    add_old_story(database, "a", "mention", T0)
    prune(database, T0 + timedelta(days=1000), RetentionPolicy(None, None))
    assert story_ids(database) == {"a"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[retention]\nentries_days = -1\n", "'retention.entries_days'"),
        ("[retention]\ntranscripts_days = 'a month'\n", "'retention.transcripts_days'"),
        ("[retention]\nkeep = 3\n", "unknown key 'retention.keep'"),
    ],
)
def test_retention_config_mistakes_name_the_key(body: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_toml(body, Path("config.toml"))
    assert parse_toml("", Path("c.toml")).retention.entries() == timedelta(days=90)
