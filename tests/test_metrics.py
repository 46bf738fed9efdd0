"""/healthz and /metrics on a real loopback port, against a real database."""

from __future__ import annotations

import asyncio
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from bot.app import App
from bot.config import Settings, load_settings
from bot.metrics import format_metrics, metrics_of, serve_metrics, start_metrics_server
from jobs.metrics import POLL_FAILURES, POLLS, Metrics
from storage.db import Database
from storage.models import Entry, OutboxItem, Source, Story, Subscription
from storage.stats import StoreCounts
from storage.types import utcnow


@dataclass
class Result:
    name: str
    status: str
    new_entries: int
    error: str | None


@dataclass
class Report:
    results: list[Result]


def fill(db: Database) -> None:
    now = utcnow()
    with db.transaction() as session:
        ok = Source(name="ok", url="http://127.0.0.1/ok", last_polled_at=now)
        bad = Source(name="bad", url="http://127.0.0.1/bad", consecutive_failures=2)
        session.add_all([ok, bad])
        session.flush()
        session.add_all(
            [Entry(source_id=ok.id, key=f"k{i}", title=f"t{i}") for i in range(3)]
            + [
                Story(id="s1", kind="move", title="x", published_at=now),
                Story(id="s2", kind="mention", title="y", published_at=now),
                Story(id="s3", kind="move", title="z", published_at=now),
            ]
        )
        sub = Subscription(key="channel:1", kind="channel", channel_id=1)
        session.add(sub)
        session.flush()
        session.add(OutboxItem(subscription_id=sub.id, kind="digest", status="sent"))


def sample(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    raise AssertionError(f"{name} not in metrics")


async def get_metrics(db: Database, metrics: Metrics) -> httpx.Response:
    """GET /metrics from a metrics server started for this one request."""
    server = await start_metrics_server(db, metrics, "127.0.0.1:0", timedelta(minutes=5))
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
            return await client.get("/metrics")
    finally:
        await server.close()


async def test_metrics_report_counters_and_stored_totals(sqlite_db: Database) -> None:
    fill(sqlite_db)
    metrics = Metrics()
    metrics.record_poll(
        Report([Result("ok", "ok", 3, None), Result("bad", "error", 0, "HTTP 500 from server")])
    )
    metrics.record_delivery(True)
    response = await get_metrics(sqlite_db, metrics)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    text = response.text
    assert "# TYPE labwatch_polls_total counter" in text
    assert sample(text, "labwatch_polls_total") == 2
    assert sample(text, "labwatch_poll_failures_total") == 1
    assert sample(text, "labwatch_new_entries_total") == 3
    assert sample(text, "labwatch_deliveries_total") == 1
    assert sample(text, "labwatch_entries") == 3
    assert sample(text, 'labwatch_stories{kind="move"}') == 2
    assert sample(text, 'labwatch_stories{kind="mention"}') == 1
    assert sample(text, 'labwatch_sources{state="failing"}') == 1
    assert sample(text, 'labwatch_sources{state="ok"}') == 1
    assert sample(text, 'labwatch_outbox_items{status="sent"}') == 1
    assert sample(text, "labwatch_database_up") == 1
    assert sample(text, "labwatch_last_poll_timestamp_seconds") > 1.7e9


async def test_healthz_follows_scheduler_ticks_and_database(
    sqlite_db: Database, tmp_path: Path
) -> None:
    metrics = Metrics(now=utcnow() - timedelta(hours=1))  # started an hour ago, never ticked
    server = await start_metrics_server(sqlite_db, metrics, "127.0.0.1:0", timedelta(minutes=5))
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
            stale = await client.get("/healthz")
            metrics.tick()
            healthy = await client.get("/healthz")
            server.endpoint.db = Database(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
            no_db = await client.get("/healthz")
            head = await client.head("/healthz")
            missing = await client.get("/nothing")
            post = await client.post("/metrics")
    finally:
        await server.close()
    assert stale.status_code == 503 and "scheduler: no tick for 3600s" in stale.text
    assert healthy.status_code == 200 and "last tick 0s ago" in healthy.text
    assert no_db.status_code == 503 and "database: cannot connect" in no_db.text
    assert head.status_code == 503 and head.content == b""
    assert missing.status_code == 404 and "/healthz" in missing.text
    assert post.status_code == 405


def test_metrics_text_without_database() -> None:
    metrics = Metrics()
    metrics.inc(POLLS, 4)
    metrics.tick(datetime(2025, 1, 1, tzinfo=UTC))
    text = format_metrics(metrics, None)
    assert sample(text, "labwatch_database_up") == 0
    assert sample(text, "labwatch_polls_total") == 4
    assert sample(text, "labwatch_scheduler_last_tick_timestamp_seconds") == 1735689600
    assert "labwatch_entries" not in text
    escaped = format_metrics(metrics, StoreCounts(stories={'odd"kind': 1}))
    assert 'labwatch_stories{kind="odd\\"kind"} 1' in escaped
    assert metrics.value(POLL_FAILURES) == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_serve_metrics_runs_until_stopped_and_measures_loop_lag(
    sqlite_db: Database, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[schedule]\npoll_every = "1m"\n')
    app = App(load_settings(str(config)), sqlite_db)
    port = free_port()
    stop = asyncio.Event()
    task = asyncio.create_task(serve_metrics(app, f"127.0.0.1:{port}", stop, lag_interval=0.05))
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        for _ in range(50):
            try:
                response = await client.get("/healthz")
                break
            except httpx.ConnectError:
                await asyncio.sleep(0.02)
        assert response.status_code == 200  # within the start-up grace, before any tick
        time.sleep(0.3)  # block the loop, as a slow synchronous call would
        await asyncio.sleep(0.1)
        text = (await client.get("/metrics")).text
    stop.set()
    await asyncio.wait_for(task, 2)
    assert metrics_of(app).loop_lag_max >= 0.2
    assert sample(text, "labwatch_event_loop_lag_max_seconds") >= 0.2
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient() as client:
            await client.get(f"http://127.0.0.1:{port}/healthz")


async def test_serve_metrics_on_a_taken_port_logs_and_returns(
    sqlite_db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = App(_settings(tmp_path), sqlite_db)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        await asyncio.wait_for(serve_metrics(app, f"127.0.0.1:{port}", asyncio.Event()), 2)
    assert "cannot listen on" in caplog.text and "[metrics] listen" in caplog.text


def _settings(tmp_path: Path) -> Settings:
    config = tmp_path / "config.toml"
    config.write_text("")
    return load_settings(str(config))
