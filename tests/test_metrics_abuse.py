"""The metrics endpoint against hostile or careless clients: many idle connections, a slowloris,
a 1 MB header, a process short of file descriptors. Real health checks still get through, the
event loop keeps running, memory stays flat, accept errors are logged once per burst."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import subprocess
import sys
import textwrap
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from bot.metrics import ACCEPT_ERROR, AcceptErrors, start_metrics_server
from jobs.metrics import Metrics
from storage.db import Database

ROOT = Path(__file__).parent.parent


async def open_idle(port: int, count: int) -> list[asyncio.StreamWriter]:
    """`count` connections that never send a byte (those the server refuses are left out)."""

    async def one() -> asyncio.StreamWriter | None:
        try:
            _reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 5)
        except (OSError, TimeoutError):
            return None
        return writer

    writers = await asyncio.gather(*(one() for _ in range(count)))
    return [w for w in writers if w is not None]


async def slowloris(port: int, stop: asyncio.Event) -> None:
    """A request head one byte at a time, never finished."""
    _reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"GET /healthz HTTP/1.1\r\n")
        while not stop.is_set():
            writer.write(b"X")
            await writer.drain()
            await asyncio.sleep(0.05)
    except (ConnectionError, OSError):
        return  # pushed out or timed out: what the server should do
    finally:
        writer.close()


async def huge_header(port: int) -> bytes:
    """A 1 MB header line; what the server answers (if anything)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(
            b"GET /metrics HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 1_000_000 + b"\r\n\r\n"
        )
        await writer.drain()
    except (ConnectionError, OSError):
        pass
    try:
        return await asyncio.wait_for(reader.read(200), 10)
    except (ConnectionError, OSError, TimeoutError):
        return b""
    finally:
        writer.close()


async def worst_lag(stop: asyncio.Event, lags: list[float]) -> None:
    """How late a 20 ms timer fires while the server is under attack (the polling loop's view)."""
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        started = loop.time()
        await asyncio.sleep(0.02)
        lags.append(loop.time() - started - 0.02)


def rss() -> int:
    """This process's resident memory in bytes."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


async def attack(port: int) -> tuple[bytes, int]:
    """200 idle connections, a slowloris and a 1 MB header at once; (answer to the header, held)."""
    stop = asyncio.Event()
    idle = await open_idle(port, 200)
    loris = asyncio.create_task(slowloris(port, stop))
    big = await huge_header(port)
    await asyncio.sleep(0.5)
    stop.set()
    await loris
    for writer in idle:
        writer.close()
    return big, len(idle)


async def test_idle_crowd_slowloris_and_huge_header_neither_lock_out_nor_stall(
    sqlite_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    metrics = Metrics()
    metrics.tick()
    server = await start_metrics_server(
        sqlite_db, metrics, "127.0.0.1:0", timedelta(minutes=5), max_connections=32
    )
    stop = asyncio.Event()
    lags: list[float] = []
    lag_task = asyncio.create_task(worst_lag(stop, lags))
    before = rss()
    try:
        # the attackers run on their own loop in a thread: the lag measured is the server's
        attacking = asyncio.create_task(asyncio.to_thread(asyncio.run, attack(server.port)))
        await asyncio.sleep(0.3)
        most_open = len(server.cap.open)
        async with httpx.AsyncClient(trust_env=False, timeout=10) as client:
            started = time.monotonic()
            health = await client.get(f"http://127.0.0.1:{server.port}/healthz")
            took = time.monotonic() - started
        big, _held = await attacking
        grown = rss() - before
    finally:
        stop.set()
        await lag_task
        await server.close()
    assert most_open <= server.cap.limit + 1  # the cap holds
    assert health.status_code == 200 and health.text.startswith("ok")
    assert took < 5  # pushed an idle connection out instead of waiting for it to time out
    assert big == b"" or big.startswith((b"HTTP/1.1 4", b"HTTP/1.0 4"))  # refused, not buffered
    assert max(lags) < 1.5, f"event loop stalled for {max(lags):.2f}s"
    assert grown < 50_000_000, f"memory grew by {grown:,} bytes"
    assert server.cap.pushed_out > 0
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # no traceback each


async def test_a_connection_that_sends_nothing_is_closed_after_the_head_timeout(
    sqlite_db: Database,
) -> None:
    server = await start_metrics_server(
        sqlite_db, Metrics(), "127.0.0.1:0", timedelta(minutes=5), head_timeout=0.3
    )
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        assert await asyncio.wait_for(reader.read(), 10) == b""  # closed by the server
        writer.close()
        assert not server.cap.open
    finally:
        await server.close()


def test_accept_errors_are_logged_once_per_burst(caplog: pytest.LogCaptureFixture) -> None:
    loop = asyncio.new_event_loop()
    handled: list[dict[str, object]] = []
    loop.set_exception_handler(lambda _loop, context: handled.append(context))
    try:
        errors = AcceptErrors(loop, quiet=60)
        errors.install()
        with caplog.at_level(logging.INFO, logger="bot.metrics"):
            for _ in range(500):
                loop.call_exception_handler(
                    {"message": ACCEPT_ERROR, "exception": OSError(24, "Too many open files")}
                )
            loop.call_exception_handler({"message": "something else"})
            errors.remove()
    finally:
        loop.close()
    lines = [r for r in caplog.records if r.name == "bot.metrics"]
    assert len(lines) == 2  # the burst's start, and its count at the end
    assert "cannot accept connections" in lines[0].getMessage()
    assert "500 accept errors" in lines[1].getMessage()
    assert [c["message"] for c in handled] == ["something else"]  # others reach the old handler


SERVER = textwrap.dedent(
    """
    import asyncio, resource, sys
    from datetime import timedelta
    from bot.metrics import AcceptErrors, start_metrics_server
    from jobs.metrics import Metrics
    from storage.db import Database

    resource.setrlimit(resource.RLIMIT_NOFILE, (128, 128))  # a small LimitNOFILE

    async def main():
        metrics = Metrics()
        metrics.tick()
        db = Database(sys.argv[1])
        server = await start_metrics_server(db, metrics, "127.0.0.1:0", timedelta(minutes=5))
        AcceptErrors(asyncio.get_running_loop()).install()
        print(server.port, flush=True)
        await asyncio.sleep(3600)

    asyncio.run(main())
    """
)


async def test_a_crowd_beyond_the_open_file_limit_leaves_health_checks_working(
    tmp_path: Path,
) -> None:
    db_url = f"sqlite:///{tmp_path / 'x.db'}"
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER, db_url],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        port = int(await asyncio.to_thread(proc.stdout.readline))
        idle = await open_idle(port, 300)  # more than the process may hold open
        async with httpx.AsyncClient(trust_env=False, timeout=3) as client:
            health = await client.get(f"http://127.0.0.1:{port}/healthz")
        for writer in idle:
            writer.close()
    finally:
        proc.kill()
        _out, err = proc.communicate(timeout=30)
    assert health.status_code == 200
    assert len(err.decode().splitlines()) < 10, err.decode()[-2000:]


def test_the_systemd_unit_raises_the_open_file_limit() -> None:
    unit = (ROOT / "deploy" / "labwatch.service").read_text()
    limit = re.search(r"^LimitNOFILE=(\d+)$", unit, re.M)
    assert limit is not None and int(limit[1]) >= 4096  # systemd's default soft limit is 1,024
