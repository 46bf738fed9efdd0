"""Claims: several workers share the due sources through the database, each polled once."""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from jobs.ingest.poll import Claim
from jobs.ingest.store import store_feeds
from storage.db import Database
from storage.heartbeats import beat, live_processes, stop_beating
from storage.locks import LOCK_KEY, serialize
from storage.models import Entry, Source
from storage.sources import PollOutcome, PollTarget, claim_due_targets, record_polls
from storage.types import utcnow
from tests.faults import items, ok, rss
from tests.loopback import LoopbackServer
from tests.test_poll import add_sources, run_pass
from tests.test_poll_batches import due_sources, feed_writes

NAMES = [f"s{n:02}" for n in range(10)]
TTL = timedelta(minutes=5)
TRY_LOCK = text(f"SELECT pg_try_advisory_xact_lock({LOCK_KEY})")


def claim(db: Database, holder: str, limit: int, at: datetime | None = None) -> list[str]:
    now = at or utcnow()
    with db.transaction() as session:
        got = claim_due_targets(session, now, holder, now + TTL, limit)
    return sorted(t.name for t in got)


def claims(db: Database) -> dict[str, str | None]:
    with db.session() as session:
        return dict(session.execute(select(Source.name, Source.claimed_by)).all())


def test_two_workers_claim_disjoint_sources(database: Database) -> None:
    now = utcnow()
    due_sources(database, NAMES, now)
    first = claim(database, "w1", 4)
    second = claim(database, "w2", 100)
    assert len(first) == 4 and not set(first) & set(second)
    assert sorted(first + second) == NAMES
    assert claim(database, "w3", 100) == []  # nothing left unclaimed
    # a lapsed claim (its worker died) is taken by the next one
    assert claim(database, "w3", 100, at=now + TTL + timedelta(seconds=1)) == NAMES


def test_a_result_is_written_only_while_the_claim_is_held(database: Database) -> None:
    now = utcnow()
    due_sources(database, ["kept", "lost"], now)
    targets = {t.name: t for t in claim_targets(database, "w1")}
    with database.transaction() as session:  # "lost" lapsed and another worker took it
        session.execute(text("UPDATE sources SET claimed_by = 'w2' WHERE name = 'lost'"))
    writes = feed_writes(list(targets.values()), 2, now)
    with database.transaction() as session:
        stored = store_feeds(session, writes, now, holder="w1")
    assert sorted(len(s.entry_ids) for s in stored) == [0, 2]
    with database.session() as session:
        owners = dict(session.execute(select(Source.name, Source.claimed_by)).all())
        statuses = dict(session.execute(select(Source.name, Source.last_status)).all())
        entries = session.scalar(select(text("count(*)")).select_from(Entry))
    assert owners == {"kept": None, "lost": "w2"}  # ours released, theirs untouched
    assert statuses == {"kept": "ok", "lost": "never"} and entries == 2
    outcome = PollOutcome("error", 500, "boom", now + TTL)
    with database.transaction() as session:
        record_polls(session, [(targets["lost"].id, outcome)], now, holder="w1")
    assert claims(database)["lost"] == "w2"


def claim_targets(db: Database, holder: str) -> list[PollTarget]:
    now = utcnow()
    with db.transaction() as session:
        return claim_due_targets(session, now, holder, now + TTL, 100)


async def test_workers_passes_poll_each_due_source_once(
    database: Database, server: LoopbackServer
) -> None:
    add_sources(database, server, {f"/{n}": ok(rss(items(n, 2))) for n in NAMES})
    claim_of = [Claim(f"w{n}", 3, TTL) for n in range(3)]
    reports = await asyncio.gather(*(run_pass(database, claim=c) for c in claim_of))
    polled = sorted(r.name for report in reports for r in report.results)
    assert polled == NAMES
    assert all(len(server.hits(f"/{n}")) == 1 for n in NAMES)
    assert set(claims(database).values()) == {None}
    # every source is due again only after its interval: a second round polls nothing
    again = await asyncio.gather(*(run_pass(database, claim=c) for c in claim_of))
    assert [r.results for r in again] == [[], [], []]


def test_serialized_step_excludes_other_processes(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite writers are serial already")
    other = Database(database.url)
    try:
        with database.transaction() as session:
            serialize(session, "analysis")
            with other.session() as probe:
                taken = probe.scalar(TRY_LOCK, {"step": "analysis"})
        assert taken is False
        with other.session() as probe:
            assert probe.scalar(TRY_LOCK, {"step": "analysis"})
    finally:
        other.dispose()


def test_live_processes_list_roles_and_claims(database: Database) -> None:
    now = utcnow()
    due_sources(database, NAMES, now)
    claim(database, "w1", 3)
    with database.transaction() as session:
        beat(session, "w1", "worker", "", 3, now)
        beat(session, "s1", "sender", "", 0, now)
        beat(session, "old", "worker", "", 0, now - timedelta(hours=1))
    with database.session() as session:
        live = live_processes(session, now, timedelta(minutes=1))
    assert [(p.holder, p.role, p.claims) for p in live] == [
        ("s1", "sender", 0),
        ("w1", "worker", 3),
    ]
    with database.transaction() as session:
        stop_beating(session, "w1")
    with database.session() as session:
        assert [p.holder for p in live_processes(session, now, timedelta(minutes=1))] == ["s1"]


def test_config_sync_waits_for_another_process_syncing(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite writers are serial already")
    from bot.app import sync_sources
    from tests.fakes_discord import make_deps

    app = make_deps(database, sources=[{"name": "one", "url": "https://one.example/feed"}]).app
    done = threading.Event()
    other = Database(database.url)
    try:
        with other.transaction() as session:  # another process is syncing the config
            serialize(session, "config")

            def sync_then_say_so() -> None:
                sync_sources(app.settings, database)
                done.set()

            worker = threading.Thread(target=sync_then_say_so)
            worker.start()
            assert not done.wait(0.5)  # it waits rather than inserting "one" alongside
        assert done.wait(10)
        worker.join()
    finally:
        other.dispose()
    with database.session() as session:
        assert list(session.scalars(select(Source.name))) == ["one"]
