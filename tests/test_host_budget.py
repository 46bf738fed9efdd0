"""The per-host request budget the workers share on PostgreSQL (storage.hosts, jobs.ingest.hosts).

Slots of one host are one spacing apart whoever takes them; three real worker processes polling
sources that all live on one loopback host stay within `[scale] per_host_rate` together,
counted at the server. Transcript fetches (the youtube provider's requests to www.youtube.com)
take their slots from the same rows: three workers' transcript rounds stay within the rate
together, and wait for the slots a feed poll took.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

import jobs.video.transcripts as transcripts
from jobs.ingest.hosts import SharedHostBudget
from jobs.video.options import ProviderOptions
from jobs.video.rounds import TranscriptChain, fetch_pending_transcripts
from storage.claims import Claim
from storage.db import Database
from storage.hosts import take_slot
from storage.migrate import upgrade
from storage.models import Source
from storage.types import utcnow
from tests.conftest import PG_URL, private_schema
from tests.loopback import LoopbackServer, Reply, Request
from tests.test_scale_out import Cluster, idle, live, wait_for
from tests.test_transcript_chain import FakeYouTube
from tests.videos import ToYouTube, add_video

RATE = 10.0  # requests per second to the one host, all workers together
SOURCES = 45
WORKERS = 3
JITTER = 0.3  # seconds a request may arrive late at the server after its slot (a busy machine)
# Three worker processes on a loaded machine wait for a CPU after their slot: arrivals 0.8 s late
# were seen at load average 10 (16 in one second against 14 allowed). A second of lateness
# still fails a budget each worker keeps alone: three workers at RATE each put 3 * RATE in
# one second, above RATE * 2 + 1.
LATE_IN_PROCESSES = 1.0


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
        allowed = int(RATE * (width + LATE_IN_PROCESSES)) + 1
        assert most_in_window(arrivals, width) <= allowed, (width, sorted(arrivals))


# --- transcript fetches under the same budget ---------------------------------------------

VIDEOS = 15  # each fetch is three requests to www.youtube.com: watch page, player, captions


@pytest.fixture
def youtube(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """www.youtube.com answered by the loopback server for every provider built from here on
    (the provider's own paced session, its address changed); the requests' arrival times."""
    fake, arrivals, lock = FakeYouTube(server), [], threading.Lock()

    def counted(route: Callable[[Request], Reply]) -> Callable[[Request], Reply]:
        def serve(request: Request) -> Reply:
            with lock:
                arrivals.append(time.monotonic())
            return route(request)

        return serve

    captions = server.routes["/api/timedtext"]
    server.route("/watch", counted(fake.watch))
    server.route("/youtubei/v1/player", counted(fake.player))
    server.route("/api/timedtext", counted(lambda r: captions(r) or Reply(500)))

    class ToLoopback(transcripts.TimeoutSession):
        def __init__(self, timeout: float, pacer: transcripts.HostPacer | None = None) -> None:
            super().__init__(timeout, pacer)
            self.trust_env = False
            self.mount("https://www.youtube.com", ToYouTube(server.url("")))

    monkeypatch.setattr(transcripts, "TimeoutSession", ToLoopback)
    return arrivals


def paced_chain(db: Database) -> TranscriptChain:
    """A worker's chain as `labwatch run --role worker` builds it: the youtube provider, its
    requests paced by this worker's own view of the shared budget."""
    budget = SharedHostBudget(db, RATE)
    provider = transcripts.make_provider("youtube", ProviderOptions(timeout=10), budget.wait)
    return TranscriptChain((provider,))


def test_a_transcript_fetch_waits_for_the_slots_feed_polls_took(
    pg_db: Database, youtube: list[float]
) -> None:
    take(pg_db, "www.youtube.com", 1 / RATE)  # a feed poll took the slot that was free now
    (provider,) = paced_chain(pg_db).providers
    started = time.monotonic()
    provider.fetch("working123")
    # its three requests had the next three slots: 1, 2 and 3 spacings from now
    assert len(youtube) == 3
    assert youtube[0] - started >= 0.8 / RATE
    assert youtube[-1] - started >= 2.8 / RATE


def test_three_workers_transcripts_stay_within_the_hosts_rate_together(
    pg_db: Database, youtube: list[float]
) -> None:
    now = utcnow()
    for i in range(VIDEOS):
        add_video(pg_db, f"video{i:06d}", now - timedelta(hours=1))

    async def workers() -> None:
        await asyncio.gather(
            *(
                fetch_pending_transcripts(
                    pg_db, paced_chain(pg_db), now,
                    claim=Claim(f"w{n}", batch=2, ttl=timedelta(minutes=1)),
                )
                for n in range(WORKERS)
            )
        )  # fmt: skip

    asyncio.run(workers())
    print(f"\n{len(youtube)} requests in {max(youtube) - min(youtube):.2f} s")
    assert len(youtube) == 3 * VIDEOS  # every video fetched, once
    for width in (1.0, 2.0, 3.0):
        allowed = int(RATE * (width + JITTER)) + 1
        assert most_in_window(youtube, width) <= allowed, (width, sorted(youtube))
