"""Grouped writes of a pass: one call stores many sources; a source that fails it fails alone.

The database itself refuses the poisoned source's entries (a trigger), as a real constraint or
a driver error would: on PostgreSQL that aborts the transaction, which only the savepoints
around the grouped call and around each retried source make survivable.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from functools import partial

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from jobs.ingest.parse import parse_feed
from jobs.ingest.source_kinds import feed_spec
from jobs.ingest.sources import sync_config_sources
from jobs.ingest.store import FeedWrite, Stored, store_feeds
from jobs.ingest.writer import BatchWriter
from storage.db import Database
from storage.models import Entry, SeenKey, Source
from storage.sources import PollOutcome, PollTarget, due_targets
from storage.types import utcnow
from tests.faults import XML, items, ok, rss
from tests.loopback import LoopbackServer, Reply, Route
from tests.test_poll import EVERY, add_sources, health, run_pass

GOOD = ["alpha", "beta", "gamma"]


def poison_titles(db: Database) -> None:
    """Make the database refuse any entry whose title says 'poison'."""
    with db.transaction() as session:
        if db.is_sqlite:
            session.execute(
                text(
                    "CREATE TRIGGER poison BEFORE INSERT ON entries"
                    " WHEN NEW.title LIKE '%poison%'"
                    " BEGIN SELECT RAISE(ABORT, 'poisoned entry'); END"
                )
            )
            return
        session.execute(
            text(
                "CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN"
                " IF NEW.title LIKE '%poison%' THEN RAISE EXCEPTION 'poisoned entry'; END IF;"
                " RETURN NEW; END $$ LANGUAGE plpgsql"
            )
        )
        session.execute(
            text(
                "CREATE TRIGGER poison BEFORE INSERT ON entries"
                " FOR EACH ROW EXECUTE FUNCTION refuse_poison()"
            )
        )


def due_sources(db: Database, names: list[str], now: datetime) -> list[PollTarget]:
    """Config sources with these names, every one due at `now`."""
    with db.transaction() as session:
        specs = [feed_spec(name, f"https://{name}.example/feed") for name in names]
        sync_config_sources(session, specs, {})
    with db.session() as session:
        return due_targets(session, now, force=True)


def feed_writes(targets: list[PollTarget], entries: int, now: datetime) -> list[FeedWrite]:
    """One successful poll of each target with `entries` new entries."""
    outcome = PollOutcome("ok", 200, None, now + timedelta(hours=1))
    return [
        FeedWrite(t, parse_feed(rss(items(t.name, entries)), XML, t.url), outcome) for t in targets
    ]


def entry_counts(db: Database) -> dict[str, tuple[int, int]]:
    """Per source name: (entries, seen keys)."""
    with db.session() as session:
        names = {i: n for i, n in session.execute(select(Source.id, Source.name))}
        entries = list(session.scalars(select(Entry.source_id)))
        seen = list(session.scalars(select(SeenKey.source_id)))
    return {name: (entries.count(i), seen.count(i)) for i, name in names.items()}


async def test_one_failing_source_in_a_grouped_write_fails_alone(database: Database) -> None:
    names = ["alpha", "beta", "poisoned", "gamma"]
    now = utcnow()
    targets = due_sources(database, names, now)
    poison_titles(database)
    calls: list[list[str]] = []

    def group(session: Session, writes: list[FeedWrite]) -> list[Stored]:
        calls.append([w.target.name for w in writes])
        return store_feeds(session, writes, now)

    def write_of(target_name: str) -> FeedWrite:
        target = next(t for t in targets if t.name == target_name)
        body = rss(items(target_name, 3))
        parsed = parse_feed(body, XML, target.url)
        outcome = PollOutcome("ok", 200, None, now + EVERY, None, None, target_name)
        return FeedWrite(target, parsed, outcome)

    writer = BatchWriter(database)
    results = await asyncio.gather(
        *(writer.write_grouped(group, write_of(name)) for name in names), return_exceptions=True
    )

    # one call for all four; it failed, so each was written alone and only "poisoned" failed
    assert calls == [names, ["alpha"], ["beta"], ["poisoned"], ["gamma"]]
    by_name = dict(zip(names, results, strict=True))
    assert isinstance(by_name["poisoned"], Exception) and "poisoned entry" in str(
        by_name["poisoned"]
    )
    for name in GOOD:
        stored = by_name[name]
        assert isinstance(stored, Stored) and len(stored.entry_ids) == 3, name
    assert entry_counts(database) == {**{n: (3, 3) for n in GOOD}, "poisoned": (0, 0)}
    states = health(database)
    assert {n: states[n].last_status for n in names} == {
        **{n: "ok" for n in GOOD}, "poisoned": "never",  # its write left no trace at all
    }  # fmt: skip


async def test_a_grouped_write_that_succeeds_is_one_call(database: Database) -> None:
    now = utcnow()
    targets = due_sources(database, GOOD, now)
    calls: list[int] = []
    store = partial(store_feeds, now=now)

    def group(session: Session, writes: list[FeedWrite]) -> list[Stored]:
        calls.append(len(writes))
        return store(session, writes)

    writes = feed_writes(targets, 2, now)
    writer = BatchWriter(database)
    results = await asyncio.gather(*(writer.write_grouped(group, w) for w in writes))
    assert calls == [3] and [len(r.entry_ids) for r in results] == [2, 2, 2]
    # every id is its own entry, in its feed's order
    with database.session() as session:
        for write, stored in zip(writes, results, strict=True):
            keys = [session.get_one(Entry, i).key for i in stored.entry_ids]
            assert keys == [e.key for e in write.parsed.entries]
    assert entry_counts(database) == {n: (2, 2) for n in GOOD}


async def test_a_pass_records_the_failing_source_and_stores_the_others(
    database: Database, server: LoopbackServer
) -> None:
    routes: dict[str, Reply | Route] = {f"/{name}": ok(rss(items(name, 4))) for name in GOOD}
    routes["/poisoned"] = ok(rss(items("poisoned", 4)))
    add_sources(database, server, routes)
    poison_titles(database)

    report = await run_pass(database)

    by_name = {r.name: r for r in report.results}
    assert by_name["poisoned"].status == "error"
    assert {n: (by_name[n].status, by_name[n].new_entries) for n in GOOD} == {
        n: ("ok", 4) for n in GOOD
    }
    states = health(database)
    poisoned = states["poisoned"]
    assert poisoned.last_status == "error" and "poisoned entry" in (poisoned.last_error or "")
    assert poisoned.consecutive_failures == 1 and poisoned.entries == 0
    assert entry_counts(database) == {**{n: (4, 4) for n in GOOD}, "poisoned": (0, 0)}

    # the next pass: the good ones unchanged, the poisoned one failing again, backed off more
    report = await run_pass(database, force=True)
    assert {r.name: r.status for r in report.results} == {
        **{n: "unchanged" for n in GOOD}, "poisoned": "error",
    }  # fmt: skip
    assert health(database)["poisoned"].consecutive_failures == 2


async def test_writes_within_the_linger_share_one_call(database: Database) -> None:
    now = utcnow()
    targets = due_sources(database, GOOD, now)
    calls: list[int] = []

    def group(session: Session, writes: list[FeedWrite]) -> list[Stored]:
        calls.append(len(writes))
        return store_feeds(session, writes, now)

    writes = feed_writes(targets, 1, now)
    writer = BatchWriter(database, linger=0.05)

    async def later(delay: float, write: FeedWrite) -> Stored:
        await asyncio.sleep(delay)  # the timer fires before the writer's 50 ms one
        return await writer.write_grouped(group, write)

    await asyncio.gather(*(later(0.01 * n, w) for n, w in enumerate(writes)))
    assert calls == [3]
    assert entry_counts(database) == {n: (1, 1) for n in GOOD}
