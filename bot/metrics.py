"""The optional local HTTP endpoint: `/healthz` for health checks, `/metrics` for Prometheus.

`labwatch run` starts it when `[metrics] listen` is set. A tiny HTTP/1.1 server on asyncio
(one request per connection) is enough for a health check and a scraper every few seconds,
and keeps the endpoint on the bot's own event loop, where it also measures that loop's lag.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.config import parse_listen
from jobs.metrics import Metrics
from storage.db import Database
from storage.stats import StoreCounts, count_store
from storage.types import utcnow

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger(__name__)

DB_TIMEOUT = 3.0  # seconds a health check waits for the database
READ_TIMEOUT = 5.0  # seconds a client has to send its request head
LAG_INTERVAL = 0.5  # seconds between event-loop lag probes
REASONS = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 503: "Service Unavailable"}


def metrics_of(app: App) -> Metrics:
    """The running program's one counter registry (created on first use)."""
    metrics = app.extras.get("metrics")
    if not isinstance(metrics, Metrics):
        metrics = app.extras["metrics"] = Metrics()
    return metrics


def stale_after_for(app: App) -> timedelta:
    """How long without a scheduler tick counts as unhealthy: three poll intervals, ≥ 5 min."""
    return max(3 * app.settings.schedule.poll_every, timedelta(minutes=5))


@dataclass
class Endpoint:
    """Answers /healthz and /metrics from the database and the counters."""

    db: Database
    metrics: Metrics
    stale_after: timedelta

    async def health(self) -> tuple[int, str]:
        """200 when the scheduler ticked recently and the database answers, else 503."""
        problems: list[str] = []
        last = self.metrics.last_tick or self.metrics.started_at
        age = utcnow() - last
        if age > self.stale_after:
            problems.append(f"scheduler: no tick for {int(age.total_seconds())}s")
        try:
            await asyncio.wait_for(asyncio.to_thread(self.db.check_connection), DB_TIMEOUT)
        except Exception as exc:  # any failure to answer is the finding
            problems.append(f"database: {str(exc) or f'no answer within {DB_TIMEOUT:g}s'}")
        if problems:
            return 503, "unhealthy\n" + "\n".join(problems) + "\n"
        ticked = (
            "none yet" if self.metrics.last_tick is None else f"{int(age.total_seconds())}s ago"
        )
        return 200, f"ok\nscheduler: last tick {ticked}\ndatabase: ok\n"

    async def metrics_text(self) -> str:
        """Prometheus text exposition (version 0.0.4) of the counters and stored totals."""
        try:
            counts = await asyncio.wait_for(asyncio.to_thread(self._count), DB_TIMEOUT)
        except Exception as exc:
            log.warning("metrics: cannot count the database: %s", exc)
            counts = None
        return format_metrics(self.metrics, counts)

    def _count(self) -> StoreCounts:
        with self.db.session() as session:
            return count_store(session)


def format_metrics(metrics: Metrics, counts: StoreCounts | None) -> str:
    """The exposition text: counters, loop lag, scheduler tick and (if read) the stored totals."""
    out: list[str] = []
    for counter, value in metrics.counters():
        _family(out, counter.name, "counter", counter.help, [("", value)])
    _family(
        out,
        "labwatch_event_loop_lag_seconds",
        "gauge",
        "Latest event-loop lag.",
        [("", metrics.loop_lag)],
    )
    _family(
        out,
        "labwatch_event_loop_lag_max_seconds",
        "gauge",
        "Largest event-loop lag seen.",
        [("", metrics.loop_lag_max)],
    )
    role = _labelled("role", {metrics.role: 1})
    _family(out, "labwatch_process_info", "gauge", "This process's role (--role).", role)
    claims = _labelled("role", {metrics.role: metrics.claims})
    _family(out, "labwatch_claims", "gauge", "Sources this process holds claimed.", claims)
    tick = metrics.last_tick.timestamp() if metrics.last_tick else 0
    _family(
        out,
        "labwatch_scheduler_last_tick_timestamp_seconds",
        "gauge",
        "Unix time of the last scheduler job run (0: none yet).",
        [("", tick)],
    )
    _family(
        out,
        "labwatch_database_up",
        "gauge",
        "1 when the database answered this scrape.",
        [("", 0 if counts is None else 1)],
    )
    if counts is not None:
        _store_families(out, counts)
    return "\n".join(out) + "\n"


def _store_families(out: list[str], c: StoreCounts) -> None:
    _family(out, "labwatch_entries", "gauge", "Entries stored.", [("", c.entries)])
    _family(
        out,
        "labwatch_sources",
        "gauge",
        "Enabled sources, by health.",
        [
            ('{state="ok"}', c.sources_enabled - c.sources_failing),
            ('{state="failing"}', c.sources_failing),
        ],
    )
    _family(
        out, "labwatch_stories", "gauge", "Stories stored, by kind.", _labelled("kind", c.stories)
    )
    _family(
        out,
        "labwatch_videos",
        "gauge",
        "Videos, by transcript status.",
        _labelled("transcript", c.videos),
    )
    _family(
        out,
        "labwatch_outbox_items",
        "gauge",
        "Digests and alerts in the outbox, by status.",
        _labelled("status", c.outbox),
    )
    _family(
        out,
        "labwatch_messages_sent",
        "gauge",
        "Discord messages delivered.",
        [("", c.messages_sent)],
    )
    last = c.last_poll_at.timestamp() if c.last_poll_at else 0
    _family(
        out,
        "labwatch_last_poll_timestamp_seconds",
        "gauge",
        "Unix time of the latest source poll (0: none yet).",
        [("", last)],
    )


def _labelled(label: str, values: dict[str, int]) -> list[tuple[str, float]]:
    return [(f'{{{label}="{_escape(key)}"}}', value) for key, value in values.items()]


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _family(
    out: list[str], name: str, kind: str, help_text: str, samples: list[tuple[str, float]]
) -> None:
    out.append(f"# HELP {name} {help_text}")
    out.append(f"# TYPE {name} {kind}")
    out.extend(f"{name}{labels} {_number(value)}" for labels, value in samples)


def _number(value: float) -> str:
    # full precision: a Unix timestamp in %g form would lose its last digits
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class MetricsServer:
    """A listening endpoint; `port` is the bound port (useful with port 0)."""

    def __init__(self, server: asyncio.Server, endpoint: Endpoint) -> None:
        self.server = server
        self.endpoint = endpoint
        self.port: int = server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        self.server.close()
        await self.server.wait_closed()


async def start_metrics_server(
    db: Database, metrics: Metrics, listen: str, stale_after: timedelta
) -> MetricsServer:
    """Listen on `listen` (host:port); OSError when the address is taken or not local."""
    host, port = parse_listen(listen)
    endpoint = Endpoint(db, metrics, stale_after)
    server = await asyncio.start_server(lambda r, w: answer(endpoint, r, w), host, port)
    return MetricsServer(server, endpoint)


async def serve_metrics(
    app: App, listen: str, stop: asyncio.Event, *, lag_interval: float = LAG_INTERVAL
) -> None:
    """Serve /healthz and /metrics and measure event-loop lag until `stop` is set."""
    metrics = metrics_of(app)
    try:
        server = await start_metrics_server(app.db, metrics, listen, stale_after_for(app))
    except OSError as exc:
        # the bot goes on without its endpoint rather than not at all
        log.error("metrics: cannot listen on %s: %s (change [metrics] listen)", listen, exc)
        return
    log.info("metrics: serving /healthz and /metrics on %s", listen)
    probe = asyncio.create_task(probe_loop_lag(metrics, stop, lag_interval))
    try:
        await stop.wait()
    finally:
        probe.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await probe
        await server.close()


async def probe_loop_lag(
    metrics: Metrics, stop: asyncio.Event, interval: float = LAG_INTERVAL
) -> None:
    """Sleep `interval` again and again; how much later than asked we wake is the loop's lag."""
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        started = loop.time()
        await asyncio.sleep(interval)
        metrics.record_loop_lag(max(0.0, loop.time() - started - interval))


async def answer(
    endpoint: Endpoint, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """Read one request head, write one response, close."""
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_TIMEOUT)
        method, path = _request_line(head)
        status, body = await _route(endpoint, method, path)
        payload = body.encode("utf-8")
        content_type = "text/plain; version=0.0.4; charset=utf-8"
        writer.write(
            f"HTTP/1.1 {status} {REASONS[status]}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n".encode("ascii")
            + (payload if method != "HEAD" else b"")
        )
        await writer.drain()
    except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        pass  # a client that went away or never spoke HTTP gets nothing
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()


def _request_line(head: bytes) -> tuple[str, str]:
    parts = head.split(b"\r\n", 1)[0].decode("latin-1").split()
    if len(parts) != 3:
        return "", ""
    return parts[0].upper(), parts[1].split("?", 1)[0]


async def _route(endpoint: Endpoint, method: str, path: str) -> tuple[int, str]:
    if path not in ("/healthz", "/metrics"):
        return 404, "not found: try /healthz or /metrics\n"
    if method not in ("GET", "HEAD"):
        return 405, "only GET and HEAD\n"
    if path == "/healthz":
        return await endpoint.health()
    return 200, await endpoint.metrics_text()
