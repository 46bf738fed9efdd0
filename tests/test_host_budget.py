"""The per-host request budget the workers share on PostgreSQL (storage.hosts, jobs.ingest.hosts).

Slots of one host are one spacing apart whoever takes them; three real worker processes polling
sources that all live on one loopback host stay within `[scale] per_host_rate` together,
counted at the server.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobs.ingest.hosts import SharedHostBudget
from storage.db import Database
from storage.hosts import take_slot
from storage.migrate import upgrade
from storage.models import Source
from tests.conftest import PG_URL, private_schema
from tests.loopback import LoopbackServer, Reply, Request
from tests.test_scale_out import Cluster, idle, live, wait_for

RATE = 10.0  # requests per second to the one host, all workers together
SOURCES = 45
WORKERS = 3
JITTER = 0.3  # seconds a request may arrive late at the server after its slot (a busy machine)


@pytest.fixture
def pg_db() -> Iterator[Database]:
    if not PG_URL:
        pytest.skip("the shared budget is PostgreSQL's: set LABWATCH_TEST_DATABASE_URL")
    with private_schema(PG_URL) as url:
        db = Database(url)
        upgrade(db.engine)
        yield db
        db.dispose()


def take(db: Database, host: str, spacing: float) -> float:
    with db.transaction() as session:
        return take_slot(session, host, spacing)


def test_slots_of_one_host_are_one_spacing_apart(pg_db: Database) -> None:
    waits = [take(pg_db, "youtube.com", 10.0) for _ in range(4)]
    assert waits[0] == 0.0  # a host never asked before: at once
    for n, wait in enumerate(waits):
        assert n * 10.0 - 1.0 < wait <= n * 10.0, waits
    assert take(pg_db, "example.org", 10.0) == 0.0  # another host has its own row


async def test_the_budget_makes_a_fetch_wait_for_its_slot(pg_db: Database) -> None:
    budget = SharedHostBudget(pg_db, per_second=4.0)
    take(pg_db, "youtube.com", 0.25)  # another worker took the slot that was free now
    started = time.monotonic()
    await budget("youtube.com")
    assert time.monotonic() - started >= 0.2


def most_in_window(times: list[float], width: float) -> int:
    """The largest number of requests that arrived within any `width` seconds."""
    times = sorted(times)
    most, first = 0, 0
    for last, t in enumerate(times):
        while t - times[first] >= width:
            first += 1
        most = max(most, last - first + 1)
    return most


def test_three_workers_stay_within_the_hosts_rate_together(
    tmp_path: Path, server: LoopbackServer, pg_db: Database
) -> None:
    arrivals: list[float] = []
    lock = threading.Lock()

    def serve(request: Request) -> Reply:
        with lock:
            arrivals.append(time.monotonic())
        body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
        return Reply(200, body, {"content-type": "application/rss+xml"})

    with pg_db.transaction() as session:
        for i in range(SOURCES):  # one host, as YouTube channel feeds are
            url = server.route(f"/feeds/videos.xml?channel_id=c{i}", serve)
            session.add(Source(name=f"c{i}", url=url, kind="feed", origin="discord"))
    config = tmp_path / "config.toml"
    config.write_text(
        f'sources = []\n[storage]\nurl = "{pg_db.engine.url.render_as_string(False)}"\n'
        "[http]\nallow_private_networks = true\nmax_per_host = 4\n"
        '[schedule]\npoll_every = "1h"\n[transcripts]\nprovider = "none"\n'
        f'[scale]\nclaim_batch = 3\nclaim_ttl = "3s"\nworker_tick = "0.2s"\nper_host_rate = {RATE}\n'
    )
    cluster = Cluster(config, logs=tmp_path)
    try:
        for n in range(WORKERS):
            cluster.start(f"w{n}", "worker")
        wait_for("every source polled", lambda: idle(pg_db), cluster, 60)
        assert live(pg_db, "worker") == WORKERS
    finally:
        cluster.stop_all()
    print(f"\n{len(arrivals)} requests in {max(arrivals) - min(arrivals):.2f} s")
    assert len(arrivals) == SOURCES
    for width in (1.0, 2.0, 3.0):
        allowed = int(RATE * (width + JITTER)) + 1
        assert most_in_window(arrivals, width) <= allowed, (width, sorted(arrivals))
