"""The optional local HTTP endpoint: `/healthz` for health checks, `/metrics` for Prometheus.

`labwatch run` starts it when `[metrics] listen` is set: aiohttp's low-level server on the bot's
own event loop (where it also measures that loop's lag), prometheus_client's exposition format.
One request per connection. Connections are capped (MAX_CONNECTIONS): when the cap is reached a
new connection pushes out the oldest one that has not sent its request yet, and every connection
gets HEAD_TIMEOUT seconds to send it, so slow or idle clients can neither exhaust the process's
open files nor lock real health checks out. aiohttp refuses request lines and headers over
8 KiB. An accept error (no file descriptors left) is logged once per burst.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from bot.config import parse_listen
from jobs.metrics import Metrics
from storage.db import Database
from storage.stats import ProcessCounts, StoreCounts, count_process, count_store
from storage.types import utcnow

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger(__name__)

DB_TIMEOUT = 3.0  # seconds a health check waits for the database
HEAD_TIMEOUT = READ_TIMEOUT = 5.0  # seconds a client has to send its request head
LAG_INTERVAL = 0.5  # seconds between event-loop lag probes
MAX_CONNECTIONS = 64  # open at once; health checks and a scraper need a handful
ACCEPT_QUIET = 60.0  # seconds without accept errors that end a burst
ACCEPT_ERROR = "socket.accept() out of system resource"


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
        """200 when the scheduler ticked recently, the database answers and takes writes."""
        problems: list[str] = []
        last = self.metrics.last_tick or self.metrics.started_at
        age = utcnow() - last
        if age > self.stale_after:
            problems.append(f"scheduler: no tick for {int(age.total_seconds())}s")
        problem, since = self.metrics.storage_problem, self.metrics.storage_since
        if problem is not None:
            when = f" since {since:%Y-%m-%d %H:%M:%S} UTC" if since else ""
            problems.append(f"storage: {problem}{when}; passes stop until it takes writes")
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
            counts, process = await asyncio.wait_for(asyncio.to_thread(self._count), DB_TIMEOUT)
        except Exception as exc:
            log.warning("metrics: cannot count the database: %s", exc)
            return format_metrics(self.metrics, None)
        return format_metrics(self.metrics, counts, process)

    def _count(self) -> tuple[StoreCounts, ProcessCounts]:
        with self.db.session() as session:
            return count_store(session), count_process(session, self.metrics.holder, utcnow())


class Snapshot:
    """A prometheus_client collector over one reading of the counters and the stored totals."""

    def __init__(
        self, metrics: Metrics, counts: StoreCounts | None, process: ProcessCounts | None = None
    ) -> None:
        self.metrics, self.counts, self.process = metrics, counts, process

    def collect(self) -> Iterator[Metric]:
        metrics = self.metrics
        for counter, value in metrics.counters():
            yield CounterMetricFamily(counter.name, counter.help, value=value)
        yield gauge("labwatch_event_loop_lag_seconds", "Latest event-loop lag.", metrics.loop_lag)
        yield gauge(
            "labwatch_event_loop_lag_max_seconds",
            "Largest event-loop lag seen.",
            metrics.loop_lag_max,
        )
        tick = metrics.last_tick.timestamp() if metrics.last_tick else 0
        yield gauge(
            "labwatch_scheduler_last_tick_timestamp_seconds",
            "Unix time of the last scheduler job run (0: none yet).",
            tick,
        )
        yield gauge(
            "labwatch_storage_ok",
            "0 while the database refuses writes (disk full, read-only, locked).",
            int(metrics.storage_problem is None),
        )
        yield gauge(
            "labwatch_database_up",
            "1 when the database answered this scrape.",
            0 if self.counts is None else 1,
        )
        yield labelled("labwatch_role", "This process's role (labwatch run --role).", "role",
                       {metrics.role: 1})  # fmt: skip
        if self.counts is not None:
            yield from store_families(self.counts)
        if self.process is not None:
            yield from process_families(self.process)


def gauge(name: str, help_text: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, help_text, value=value)


def labelled(name: str, help_text: str, label: str, values: dict[str, int]) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, help_text, labels=[label])
    for key, value in values.items():
        family.add_metric([key], value)
    return family


def store_families(c: StoreCounts) -> Iterator[Metric]:
    """The totals the database knows, read at scrape time."""
    yield gauge("labwatch_entries", "Entries stored.", c.entries)
    yield labelled(
        "labwatch_sources",
        "Enabled sources, by health.",
        "state",
        {"ok": c.sources_enabled - c.sources_failing, "failing": c.sources_failing},
    )
    yield labelled("labwatch_stories", "Stories stored, by kind.", "kind", c.stories)
    yield labelled("labwatch_videos", "Videos, by transcript status.", "transcript", c.videos)
    yield labelled(
        "labwatch_outbox_items", "Digests and alerts in the outbox, by status.", "status", c.outbox
    )
    yield gauge("labwatch_messages_sent", "Discord messages delivered.", c.messages_sent)
    last = c.last_poll_at.timestamp() if c.last_poll_at else 0
    yield gauge(
        "labwatch_last_poll_timestamp_seconds",
        "Unix time of the latest source poll (0: none yet).",
        last,
    )


def process_families(p: ProcessCounts) -> Iterator[Metric]:
    """This process's claims (and everyone's due and lapsed ones) and its heartbeat's age."""
    claims = GaugeMetricFamily(
        "labwatch_claims",
        "Claims by kind of work: held by this process, due and unclaimed, lapsed unreleased.",
        labels=["kind", "state"],
    )
    for kind, states in p.claims.items():
        for state in ("held", "due", "expired"):
            claims.add_metric([kind, state], getattr(states, state))
    yield claims
    if p.seen_at is not None:
        age = max(0.0, (utcnow() - p.seen_at).total_seconds())
        yield gauge(
            "labwatch_heartbeat_age_seconds", "Seconds since this process's heartbeat row.", age
        )


def format_metrics(
    metrics: Metrics, counts: StoreCounts | None, process: ProcessCounts | None = None
) -> str:
    """The exposition text: counters, loop lag, scheduler tick and (if read) the stored totals."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(Snapshot(metrics, counts, process))
    return generate_latest(registry).decode("utf-8")


class ConnectionCap:
    """Counts the endpoint's connections and keeps them under a cap.

    A connection waits for its request head at most `head_timeout` seconds. At the cap, a new
    connection pushes out the oldest one still waiting (a real health check is answered within
    milliseconds; a slow or idle client is what waits), or is closed itself when none waits.
    """

    def __init__(self, factory: Any, limit: int, head_timeout: float) -> None:
        self.factory, self.limit, self.head_timeout = factory, limit, head_timeout
        self.open: set[asyncio.BaseTransport] = set()
        self.waiting: dict[asyncio.BaseTransport, asyncio.TimerHandle] = {}  # oldest first
        self.pushed_out = 0

    def __call__(self) -> asyncio.Protocol:
        return Counted(self.factory(), self)

    def admit(self, transport: asyncio.BaseTransport) -> bool:
        """Take a new connection in (pushing the oldest waiting one out if full)."""
        if len(self.open) >= self.limit:
            if not self.waiting:
                self.pushed_out += 1
                abort(transport)
                return False
            self.drop(next(iter(self.waiting)))
        self.open.add(transport)
        loop = asyncio.get_running_loop()
        self.waiting[transport] = loop.call_later(self.head_timeout, self.drop, transport)
        return True

    def started(self, transport: asyncio.BaseTransport | None) -> None:
        """Its request head arrived: no longer at risk of being pushed out."""
        handle = self.waiting.pop(transport, None) if transport is not None else None
        if handle is not None:
            handle.cancel()

    def closed(self, transport: asyncio.BaseTransport) -> None:
        self.open.discard(transport)
        self.started(transport)

    def drop(self, transport: asyncio.BaseTransport) -> None:
        """Close a connection that sent no request in time (or is the oldest such at the cap)."""
        self.pushed_out += 1
        self.closed(transport)
        abort(transport)


def abort(transport: asyncio.BaseTransport) -> None:
    abort_now = getattr(transport, "abort", None)
    (abort_now or transport.close)()


class Counted(asyncio.Protocol):
    """aiohttp's protocol for one connection, admitted (or not) by the cap."""

    def __init__(self, inner: asyncio.Protocol, cap: ConnectionCap) -> None:
        self.inner, self.cap = inner, cap
        self.transport: asyncio.BaseTransport | None = None
        self.admitted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        self.admitted = self.cap.admit(transport)
        if self.admitted:
            self.inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self.admitted:
            self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.admitted else None

    def connection_lost(self, exc: Exception | None) -> None:
        if self.transport is not None:
            self.cap.closed(self.transport)
        if self.admitted:
            self.inner.connection_lost(exc)

    def pause_writing(self) -> None:
        if self.admitted:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.admitted:
            self.inner.resume_writing()


class AcceptErrors:
    """The event loop's exception handler, with accept errors logged once per burst.

    Out of file descriptors, asyncio reports every failed accept (about once a second per
    listening socket, for as long as it lasts); one line at the start of a burst, and one
    with the count when it is over, say the same.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, quiet: float = ACCEPT_QUIET) -> None:
        self.loop, self.quiet = loop, quiet
        self.previous = loop.get_exception_handler()
        self.count = 0
        self.last = 0.0

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        if context.get("message") != ACCEPT_ERROR:
            if self.previous is not None:
                self.previous(loop, context)
            else:
                loop.default_exception_handler(context)
            return
        now = loop.time()
        if self.count and now - self.last > self.quiet:
            self.end_burst()
        if not self.count:
            log.error(
                "metrics: cannot accept connections: %s (open files exhausted? raise LimitNOFILE);"
                " further accept errors of this burst are counted, not logged",
                context.get("exception"),
            )
        self.count += 1
        self.last = now

    def end_burst(self) -> None:
        if self.count > 1:
            log.warning("metrics: %d accept errors in the last burst", self.count)
        self.count = 0

    def install(self) -> None:
        self.loop.set_exception_handler(self)

    def remove(self) -> None:
        self.end_burst()
        self.loop.set_exception_handler(self.previous)


class QuietBadRequests(logging.LoggerAdapter[logging.Logger]):
    """aiohttp logs every malformed request (a 1 MB header, a port scan) with a traceback at
    ERROR: anyone could fill the log that way. One line at DEBUG says enough."""

    def exception(self, msg: object, *args: object, **kwargs: Any) -> None:
        kwargs.pop("exc_info", None)
        self.debug(msg, *args, **kwargs)


class MetricsServer:
    """A listening endpoint; `port` is the bound port (useful with port 0)."""

    def __init__(
        self, server: asyncio.Server, handler: web.Server, endpoint: Endpoint, cap: ConnectionCap
    ) -> None:
        self.server, self.handler, self.endpoint, self.cap = server, handler, endpoint, cap
        self.port: int = server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        self.server.close()
        for transport in list(self.cap.open):
            abort(transport)
        await self.handler.shutdown(1.0)
        await self.server.wait_closed()


async def start_metrics_server(
    db: Database,
    metrics: Metrics,
    listen: str,
    stale_after: timedelta,
    *,
    max_connections: int = MAX_CONNECTIONS,
    head_timeout: float = HEAD_TIMEOUT,
) -> MetricsServer:
    """Listen on `listen` (host:port); OSError when the address is taken or not local."""
    host, port = parse_listen(listen)
    endpoint = Endpoint(db, metrics, stale_after)
    cap: ConnectionCap

    async def handle(request: web.BaseRequest) -> web.StreamResponse:
        cap.started(request.transport)
        response = await respond(endpoint, request)
        response.force_close()  # one request per connection
        return response

    handler = web.Server(
        handle, access_log=None, keepalive_timeout=head_timeout, logger=QuietBadRequests(log)
    )
    cap = ConnectionCap(handler, max_connections, head_timeout)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(cap, host, port, backlog=max_connections)
    return MetricsServer(server, handler, endpoint, cap)


async def respond(endpoint: Endpoint, request: web.BaseRequest) -> web.Response:
    """The answer to one request."""
    if request.path not in ("/healthz", "/metrics"):
        status, body = 404, "not found: try /healthz or /metrics\n"
    elif request.method not in ("GET", "HEAD"):
        status, body = 405, "only GET and HEAD\n"
    elif request.path == "/healthz":
        status, body = await endpoint.health()
    else:
        status, body = 200, await endpoint.metrics_text()
    response = web.Response(status=status, body=body.encode("utf-8"))
    response.headers["Content-Type"] = CONTENT_TYPE_PLAIN_0_0_4
    return response


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
    accept_errors = AcceptErrors(asyncio.get_running_loop())
    accept_errors.install()
    probe = asyncio.create_task(probe_loop_lag(metrics, stop, lag_interval))
    try:
        await stop.wait()
    finally:
        probe.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await probe
        accept_errors.remove()
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
