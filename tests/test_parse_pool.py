"""The parse pool: each feed parsed in a worker under its deadline; an overrunning worker dies."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator

import pytest

from jobs.ingest.parse import FeedParseError
from jobs.ingest.parse_pool import ParsePool, ParseTimeout

RSS = b'<rss version="2.0"><channel><title>T</title><item><title>A</title></item></channel></rss>'


def spin(seconds: float) -> str:
    """Busy for `seconds` (a pathological parse), then answers."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        pass
    return "done"


def fail() -> None:
    raise FeedParseError("not a feed: test")


@pytest.fixture
def pool() -> Iterator[ParsePool]:
    with ParsePool(workers=1, deadline=2.0) as pool:
        pool.run(spin, 0)  # started before any clock in the tests runs
        yield pool


async def test_a_job_past_its_deadline_is_killed_and_the_worker_replaced(pool: ParsePool) -> None:
    started = time.monotonic()
    with pytest.raises(ParseTimeout, match="longer than 2 s"):
        await pool.call(spin, 600)
    assert time.monotonic() - started < 2.0 + 5  # the deadline, not the ten minutes
    assert pool.killed == 1
    feed = await pool.parse(RSS, {}, "https://a.example/f")  # a fresh worker takes the next feed
    assert [e.title for e in feed.entries] == ["A"]


async def test_waiting_for_a_worker_is_not_on_the_clock(pool: ParsePool) -> None:
    # one worker, three jobs of 1.2 s each: the last waits 2.4 s, more than the deadline
    results = await asyncio.gather(*(pool.call(spin, 1.2) for _ in range(3)))
    assert results == ["done"] * 3 and pool.killed == 0


async def test_the_workers_errors_come_back_as_themselves(pool: ParsePool) -> None:
    with pytest.raises(FeedParseError, match="not a feed: test"):
        await pool.call(fail)
    with pytest.raises(FeedParseError, match="empty body"):
        await pool.parse(b"  ", {}, "https://a.example/f")
    assert pool.killed == 0


def test_a_closed_pool_stops_its_workers() -> None:
    pool = ParsePool(workers=1, deadline=5)
    pool.run(spin, 0)
    [worker] = list(pool._all)
    pool.close()
    assert not worker.process.is_alive()


def test_started_workers_are_the_ones_jobs_run_in() -> None:
    # start() spawns every worker at once (their imports overlap the caller's start-up), and
    # jobs then use them rather than starting more
    with ParsePool(workers=2, deadline=5) as pool:
        pool.start()
        pool.start()  # already started: nothing more
        started = {worker.process.pid for worker in pool._all}
        assert len(started) == 2
        assert {pool.run(os.getpid) for _ in range(4)} <= started
        assert {worker.process.pid for worker in pool._all} == started
