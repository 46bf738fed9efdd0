"""Soak: weeks of polling and daily digests on a simulated clock, in one process.

Many loopback sources with churn (new items twice a day, some down for days, some slow),
whole pipeline passes with a fake `now`, retention, and the daily digest posted to a loopback
webhook as the schedule would. Checked: memory stays flat (tracemalloc), the database stays
bounded (retention), nothing is lost, every digest goes out exactly once and no story twice.

Short variant always; the month with 300 sources with LABWATCH_LONG_TESTS=1.
"""

from __future__ import annotations

import gc
import os
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.config import Settings, parse_toml
from bot.delivery.rounds import Destinations, post_due
from bot.delivery.send import webhook_client
from jobs.ingest.fetch import Fetcher, FetchOptions
from jobs.ingest.source_kinds import feed_spec
from jobs.ingest.sources import sync_config_sources
from jobs.pipeline import run_pass
from jobs.retention import RetentionPolicy
from jobs.watch.lists import watch_from_settings
from storage.db import Database
from storage.models import Entry, OutboxItem, OutboxMessage, SeenKey, Story
from tests.conftest import clock_at
from tests.discord_webhooks import FakeWebhook, add_webhook
from tests.loopback import LoopbackServer, Reply, Request, Route

START = datetime(2030, 3, 1, tzinfo=UTC)
PER_DAY = 2  # new items a source publishes a day
WINDOW = 12  # items a feed carries (older ones drop out, as real feeds do)
LONG = os.environ.get("LABWATCH_LONG_TESTS") == "1"


@dataclass(frozen=True)
class Soak:
    days: int
    sources: int
    passes_per_day: int
    keep: RetentionPolicy
    traced: tuple[int, int]  # memory is traced from the end of one day to the end of another
    memory_growth: int  # bytes the traced days may keep (tracing costs ~4x: a window only)


SHORT = Soak(
    7, 20, 2, RetentionPolicy(timedelta(days=2), timedelta(days=1), timedelta(days=1)), (1, 3),
    3_000_000,
)  # fmt: skip
MONTH = Soak(
    30,
    300,
    4,
    RetentionPolicy(timedelta(days=10), timedelta(days=5), timedelta(days=7)),
    (20, 29),
    12_000_000,
)  # fmt: skip  (traced late in the month, when retention is pruning every day)


class World:
    """The simulated internet: what each source serves at the simulated time."""

    def __init__(self, server: LoopbackServer, sources: int) -> None:
        self.now = START
        self.server = server
        self.urls = [server.route(f"/s{i}", self.route(i)) for i in range(sources)]

    def published(self, i: int) -> list[int]:
        """Indexes of the items source `i` has published by now (the newest WINDOW)."""
        count = int((self.now - START) / timedelta(days=1) * PER_DAY) + 1
        return list(range(max(0, count - WINDOW), count))

    def when(self, i: int, j: int) -> datetime:
        return START + timedelta(days=j / PER_DAY, minutes=i % 60)

    def title(self, i: int, j: int) -> str:
        if (i + j) % 9 == 0:  # some items mention the watched person: stories for the digest
            return f"Jan Leike speaks about topic{i}x{j} at gathering number {j} of source {i}"
        return f"Source {i} market note {j}: prices of widget{i}x{j} moved"

    def down(self, i: int) -> bool:
        return i % 10 == 3 and 2 <= (self.now - START).days <= 4  # down for three days

    def route(self, i: int) -> Route:
        def serve(request: Request) -> Reply:
            if self.down(i):
                return Reply(503, b"maintenance")
            if i % 10 == 7:
                time.sleep(0.05)  # slow, within the timeout
            return Reply(200, self.feed(i), {"content-type": "application/rss+xml"})

        return serve

    def feed(self, i: int) -> bytes:
        parts = [f'<?xml version="1.0"?><rss version="2.0"><channel><title>S{i}</title>']
        for j in reversed(self.published(i)):
            parts.append(
                f"<item><guid>s{i}-{j}</guid><title>{self.title(i, j)}</title>"
                f"<link>https://s{i}.example/{j}</link>"
                f"<pubDate>{format_datetime(self.when(i, j), usegmt=True)}</pubDate></item>"
            )
        return ("".join(parts) + "</channel></rss>").encode()

    def all_keys(self, sources: int) -> set[tuple[str, str]]:
        return {(f"s{i}", f"s{i}-{j}") for i in range(sources) for j in self.published_ever(i)}

    def published_ever(self, i: int) -> range:
        return range(0, int((self.now - START) / timedelta(days=1) * PER_DAY) + 1)


def settings_for(tmp_path: Path, hook_url: str) -> Settings:
    text = f"""
[http]
allow_private_networks = true
timeout = 5
[watch]
people = [{{ name = "Jan Leike", aliases = ["Leike"] }}]
[[webhooks]]
url = "{hook_url}"
digest_at = "09:00"
timezone = "UTC"
send_empty = true
"""
    path = tmp_path / "config.toml"
    return Settings(parse_toml(text, path), path, tmp_path, is_default=False)


def traced() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


async def soak(plan: Soak, db: Database, server: LoopbackServer, tmp_path: Path) -> None:
    world = World(server, plan.sources)
    hook, url = add_webhook(server, 4242, "soak-token")
    settings = settings_for(tmp_path, url)
    with db.transaction() as session:
        specs = [feed_spec(f"s{i}", u) for i, u in enumerate(world.urls)]
        sync_config_sources(session, specs, {})
    watch = watch_from_settings([("Jan Leike", ["Leike"])], [], None)
    every = timedelta(days=1) / plan.passes_per_day
    options = FetchOptions(timeout=5, allow_private_networks=True, max_connections=32)
    created: dict[str, datetime] = {}  # story id → published, as the passes made them
    dues: list[datetime] = []
    digests: dict[int, tuple[str, list[str], int]] = {}  # outbox item → digest_items' values
    growth = 0
    holders: list[tracemalloc.Statistic] = []
    first, last = plan.traced
    try:
        async with Fetcher(options) as fetcher, webhook_client() as client:
            destinations = Destinations(list(settings.raw.webhooks), client)
            for day in range(plan.days):
                posted = False
                for n in range(plan.passes_per_day):
                    world.now = START + timedelta(days=day) + every * n
                    report = await run_pass(
                        db, fetcher, None, watch, world.now, default_interval=every,
                        retention=plan.keep,
                    )  # fmt: skip
                    created.update(stories_published(db, report.new_story_ids))
                    server.requests.clear()  # the test server's own log is not labwatch's memory
                    if world.now.hour >= 9 and not posted:
                        clock = clock_at(world.now)
                        delivery = await post_due(db, settings, destinations, clock)
                        assert not delivery.failed, delivery.failed
                        digests.update(digest_items(db))
                        dues.append(world.now.replace(hour=9, minute=0))
                        posted = True
                if day == first:  # warmed up: what is allocated from here on and kept is growth
                    gc.collect()
                    tracemalloc.start()
                elif day == last:
                    growth = traced()
                    holders = tracemalloc.take_snapshot().statistics("filename")[:5]
                    tracemalloc.stop()
    finally:
        tracemalloc.stop()
    check_nothing_lost(db, world, plan)
    check_bounded(db, world, plan)
    check_delivered_once(db, hook, digests, created, dues)
    print(f"soak: traced memory kept over days {plan.traced}: {growth:,} bytes")
    assert growth < plan.memory_growth, f"traced memory grew by {growth:,} bytes: {holders}"


def stories_published(db: Database, ids: list[str]) -> dict[str, datetime]:
    with db.session() as session:
        rows = session.execute(select(Story.id, Story.published_at).where(Story.id.in_(ids)))
        return {story_id: published for story_id, published in rows}


def check_nothing_lost(db: Database, world: World, plan: Soak) -> None:
    """Every item any source ever published was stored once (its key is kept for good)."""
    with db.session() as session:
        rows = session.execute(
            select(SeenKey.key, SeenKey.source_id).order_by(SeenKey.source_id)
        ).all()
    keys = {key.rsplit("/", 1)[-1] for key, _source in rows}  # a guid is resolved as a link
    wanted = {key for _name, key in world.all_keys(plan.sources)}
    assert len(rows) == len(keys), "a key was stored twice"
    assert wanted <= keys, (
        f"{len(wanted - keys)} items never stored, e.g. {sorted(wanted - keys)[:3]}"
    )


def check_bounded(db: Database, world: World, plan: Soak) -> None:
    """Retention holds the entries to the policy's days (plus the digests' look-back)."""
    assert plan.keep.entries is not None
    keep = plan.keep.entries + plan.keep.digest_lookback + timedelta(days=1)
    with db.session() as session:
        oldest = session.scalar(select(func.min(Entry.first_seen_at)))
        entries = int(session.scalar(select(func.count()).select_from(Entry)) or 0)
    assert oldest is not None and world.now - oldest <= keep, (world.now, oldest)
    per_day = plan.sources * PER_DAY
    assert entries <= per_day * (keep / timedelta(days=1) + 1) + plan.sources * WINDOW


def digest_items(db: Database) -> dict[int, tuple[str, list[str], int]]:
    """The digests in the outbox now: status, stories, messages (retention prunes old ones)."""
    with db.session() as session:
        items = session.scalars(select(OutboxItem).where(OutboxItem.kind == "digest")).all()
        sent = dict(
            session.execute(
                select(OutboxMessage.item_id, func.count())
                .where(OutboxMessage.message_id.is_not(None))
                .group_by(OutboxMessage.item_id)
            ).all()
        )
        return {i.id: (i.status, list(i.story_ids), int(sent.get(i.id, 0))) for i in items}


def check_delivered_once(
    db: Database,
    hook: FakeWebhook,
    digests: dict[int, tuple[str, list[str], int]],
    created: dict[str, datetime],
    dues: list[datetime],
) -> None:
    """One digest a day after the first, each sent once; every story in exactly one digest."""
    assert [status for status, _s, _m in digests.values()] == ["sent"] * len(digests)
    assert len(digests) == len(dues) - 1  # the first day's post came before any due time
    delivered = Counter(s for _status, stories, _m in digests.values() for s in stories)
    messages = sum(m for _s, _stories, m in digests.values())
    assert messages == len(hook.messages), "a message was posted twice (or never)"
    assert max(delivered.values(), default=1) == 1, delivered.most_common(3)
    last_due = dues[-1]
    owed = {s for s, published in created.items() if dues[0] <= published < last_due}
    assert owed, "the soak made no stories to deliver"
    assert owed <= set(delivered), f"never delivered: {sorted(owed - set(delivered))[:5]}"
    assert hook.bad_bodies == []


async def test_soak_short(sqlite_db: Database, server: LoopbackServer, tmp_path: Path) -> None:
    await soak(SHORT, sqlite_db, server, tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(not LONG, reason="set LABWATCH_LONG_TESTS=1 for the month-long soak")
async def test_soak_month(sqlite_db: Database, server: LoopbackServer, tmp_path: Path) -> None:
    await soak(MONTH, sqlite_db, server, tmp_path)
