"""The daemon behind `labwatch run`: the schedule (polling, transcripts, digests), webhooks and the
Discord bot, until SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TextIO

from bot import __version__
from bot.app import App, open_app, open_database, run_pass
from bot.config import Settings
from bot.delivery.rounds import (
    Destinations,
    LeaseHeld,
    deliver,
    drop_lease,
    lease_holder,
    list_destinations,
    next_digest_words,
    post_alerts,
    post_due,
    sender_pace,
    sync_webhooks,
    take_lease,
    webhook_names,
)
from bot.delivery.send import DeliveryReport, webhook_client
from bot.durations import words
from bot.metrics import metrics_of, serve_metrics
from bot.roles import Role, run_role
from bot.run_terminal import TerminalOutput
from bot.scheduler import (
    DigestTime,
    Plan,
    RunningJobs,
    build_scheduler,
    run_once,
    sync_digest_jobs,
)
from storage import subscriptions
from storage.db import StorageFault
from storage.sources import list_sources

LEASE_TTL = timedelta(minutes=2)
ALERT_CATCH_UP = timedelta(hours=6)  # how far back a pass looks for moves never alerted
STOP_GRACE = 10.0  # seconds a running job gets to finish on SIGINT/SIGTERM

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
PollPass = Callable[[], Awaitable[list[str]]]  # one ingest pass; returns new story ids


def utc_now() -> datetime:
    return datetime.now(UTC)


class LiveChannels:
    """The Discord client of the running bot, once it is connected (bot/client.py's serve_discord)."""

    def __init__(self, app: App) -> None:
        self.app = app

    @property
    def client(self) -> Any:
        return self.app.extras.get("discord_bot")

    @property
    def available(self) -> bool:
        """False until the bot is connected: channel messages wait in the outbox meanwhile."""
        client = self.client
        return client is not None and bool(getattr(client, "is_ready", lambda: True)())

    def get_channel(self, channel_id: int) -> Any:
        return self.client.get_channel(channel_id) if self.client else None

    async def fetch_channel(self, channel_id: int) -> Any:
        if self.client is None:
            raise OSError("the Discord bot is not connected")
        return await self.client.fetch_channel(channel_id)

    def get_partial_messageable(self, channel_id: int) -> Any:
        """A thread to post in by id (a forum post's or digest thread's further messages)."""
        if self.client is None:
            raise OSError("the Discord bot is not connected")
        return self.client.get_partial_messageable(channel_id)


async def run(
    settings: Settings,
    *,
    clock: Clock = utc_now,
    stop: asyncio.Event | None = None,
    poll_pass: PollPass | None = None,
    out: TextIO = sys.stdout,
    role: Role | None = None,
) -> int:
    """Open, take the lease, sync config, schedule, serve; release everything on stop.

    A `role` other than all runs one share of the work instead (bot/roles.py)."""
    if role is not None and role.name != "all":
        stop = stop or asyncio.Event()
        install_signal_handlers(stop)
        return await run_role(settings, role, clock=clock, stop=stop, out=out)
    db = open_database(settings)
    holder = lease_holder("labwatch run")
    try:
        await db.run(take_lease, db, holder, clock(), LEASE_TTL)
    except LeaseHeld as exc:
        print(f"labwatch run: {exc}; stop it first", file=sys.stderr)
        db.dispose()
        return 1
    stop = stop or asyncio.Event()
    try:
        install_signal_handlers(stop)
        async with open_app(settings, db) as app:
            await serve(app, holder, clock, stop, poll_pass or make_poll_pass(app, clock), out)
    finally:
        await db.run(drop_lease, db, holder)
        db.dispose()
    return 0


async def serve(
    app: App, holder: str, clock: Clock, stop: asyncio.Event, poll: PollPass, out: TextIO
) -> None:
    """Sync the config into the database, start the schedule and the bot, wait for stop."""
    settings, db = app.settings, app.db
    await db.run(sync_config, app, clock())
    token = settings.discord_token()
    terminal = (
        TerminalOutput(db, settings, clock, out) if not token and not settings.webhooks else None
    )
    async with webhook_client(settings.raw.http.timeout) as client:
        destinations = Destinations(
            list(settings.raw.webhooks), client, LiveChannels(app), pace=sender_pace(settings)
        )
        jobs = Jobs(app, holder, clock, stop, poll, destinations, terminal)
        scheduler = build_scheduler(jobs.plan(await db.run(jobs.digest_times)))
        jobs.scheduler = scheduler
        scheduler.start()
        bot_task = start_bot(app, token, stop)
        listen = settings.raw.metrics.listen
        metrics_task = asyncio.create_task(serve_metrics(app, listen, stop)) if listen else None
        summary = await db.run(startup_summary, app, token is not None, clock())
        print("\n".join(summary), file=out, flush=True)  # flushed: under Docker too
        log.info("started: the first poll pass is under way", extra={"version": __version__})
        await stop.wait()
        await jobs.running.stop(scheduler, STOP_GRACE)
        for task in (bot_task, metrics_task):
            if task is not None:
                await task


def startup_summary(app: App, discord_on: bool, now: datetime) -> list[str]:
    """What this run works with: config, database, sources, destinations, Discord, metrics."""
    settings = app.settings
    config = (
        f"none at {settings.path}, using the built-in defaults"
        if settings.is_default
        else str(settings.path)
    )
    with app.db.session() as session:
        found = list_sources(session)
    enabled = sum(1 for s in found if s.enabled)
    every = words(settings.raw.schedule.poll_every)
    lines = [
        f"labwatch {__version__} starting",
        f"  config:       {config}",
        f"  database:     {redact(settings.storage_url)}",
        f"  sources:      {enabled} enabled of {len(found)}, polled every {every}",
    ]
    dests = list_destinations(app.db, list(settings.raw.webhooks))
    if not dests:
        schedule = settings.raw.schedule
        where = "here" if not discord_on else "nowhere until a channel subscribes"
        lines.append(
            f"  destinations: none; the digest prints {where} at {schedule.digest_at} "
            f"{schedule.timezone}"
        )
    for n, dest in enumerate(dests):
        head = "  destinations: " if n == 0 else " " * 16
        lines.append(f"{head}{dest.name}: {next_digest_words(dest, now)}")
    env = settings.raw.discord.token_env
    lines.append(f"  Discord:      {'on' if discord_on else f'off (no token in ${env})'}")
    listen = settings.raw.metrics.listen
    lines.append(f"  metrics:      {f'http://{listen}/metrics' if listen else 'off'}")
    return lines


def redact(url: str) -> str:
    """A database URL without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def start_bot(app: App, token: str | None, stop: asyncio.Event) -> asyncio.Task[None] | None:
    """Serve Discord slash commands when a token is configured."""
    if token is None:
        return None
    from bot.client import serve_discord  # imports discord: only when it is used

    return asyncio.create_task(serve_discord(app, token, stop), name="discord")


def sync_config(app: App, now: datetime) -> None:
    """Config webhooks into the database (open_app synced the sources)."""
    sync_webhooks(app.db, list(app.settings.raw.webhooks), now)


def make_poll_pass(app: App, clock: Clock) -> PollPass:
    """The scheduled ingest pass: the whole pipeline with the app's shared parts."""

    async def one_pass() -> list[str]:
        metrics = metrics_of(app)
        started = time.monotonic()
        try:  # each source is counted when done: a pass stopped halfway undercounts nothing
            report = await run_pass(
                app,
                now=clock(),
                progress=metrics.record_source,
                on_stored=metrics.record_new_entries,
            )
        except Exception:
            metrics.record_pass(ok=False)
            raise
        metrics.record_pass()
        log_pass(report, time.monotonic() - started)
        return list(report.new_story_ids)

    return one_pass


class Jobs:
    """The scheduled jobs of one run, sharing its clock, database and destinations."""

    def __init__(
        self,
        app: App,
        holder: str,
        clock: Clock,
        stop: asyncio.Event,
        poll: PollPass,
        destinations: Destinations,
        terminal: TerminalOutput | None,
    ) -> None:
        self.app, self.db, self.holder, self.clock, self.stop = app, app.db, holder, clock, stop
        self.poll_pass, self.destinations, self.terminal = poll, destinations, terminal
        self.scheduler: Any = None
        self.running = RunningJobs()
        self.digest_round = asyncio.Lock()
        self.digest_queued = False  # a digest round is waiting to start

    def plan(self, times: tuple[DigestTime, ...]) -> Plan:
        every = self.app.settings.raw.schedule.poll_every
        return Plan(
            poll=self.tracked(self.poll),
            poll_every=every,
            digests=self.tracked(self.digests),
            digest_times=times,
            renew_lease=self.renew_lease,
            refresh=self.refresh,
            deadline=max(timedelta(minutes=15), every * 2),
        )

    def tracked(self, job: Callable[[], Awaitable[None]]) -> Callable[[], Awaitable[None]]:
        """Remember running jobs so a stop can let them finish (or cancel them)."""
        return self.running.track(job, after=lambda: metrics_of(self.app).tick(self.clock()))

    async def poll(self) -> None:
        """One pass and its alerts; a storage fault stops it with one line and marks health."""
        try:
            await self.poll_and_alert()
        except StorageFault as exc:
            self.storage_failed("poll pass stopped", exc)
            return
        self.storage_ok()

    async def poll_and_alert(self) -> None:
        new_ids = await self.poll_pass()
        if self.terminal is not None:
            await self.terminal.print_stories(new_ids)
        else:  # alerts for new moves, and whatever earlier rounds left in the outbox
            # moves stored by a pass that was killed before its alerts were planned are new
            # to no later pass: look back, plan_alerts skips what was already delivered
            since = self.clock() - ALERT_CATCH_UP
            story_ids = await self.db.run(alert_candidates, self.db, new_ids, since)
            report = await post_alerts(
                self.db, self.app.settings, self.destinations, story_ids, self.clock
            )
            self.record(report)

    async def digests(self) -> None:
        """Plan every due digest and send; a job firing while a round waits joins that round.

        Twelve destinations due at 09:00 are twelve jobs, but one or two rounds: the round that
        starts after a job fired plans and sends that job's digest too.
        """
        if self.digest_queued:
            return
        self.digest_queued, started = True, False
        try:
            async with self.digest_round:
                self.digest_queued, started = False, True
                await self.digest_now()
        finally:
            if not started:  # cancelled while waiting: the next job queues a round again
                self.digest_queued = False

    async def digest_now(self) -> None:
        try:
            if self.terminal is not None:
                await self.terminal.print_due_digest()
                return
            report = await post_due(self.db, self.app.settings, self.destinations, self.clock)
        except StorageFault as exc:
            self.storage_failed("digests wait", exc)
            return
        self.record(report)

    async def retry(self) -> None:
        """Send what waited for its destination's next try (nothing is planned here)."""
        try:
            report = await deliver(self.db, self.app.settings, self.destinations, self.clock)
        except StorageFault as exc:
            self.storage_failed("delivery waits", exc)
            return
        self.record(report)

    def storage_failed(self, what: str, exc: StorageFault, *, quiet: bool = False) -> None:
        """One line for the log (unless `quiet` and already known), and /healthz says 503."""
        new = metrics_of(self.app).record_storage_fault(str(exc), self.clock())
        if new or not quiet:
            log.error(
                "%s: the database refused work: %s; nothing stored is lost, "
                "labwatch goes on by itself once it takes writes again",
                what,
                exc,
            )

    def storage_ok(self) -> None:
        if metrics_of(self.app).record_storage_ok():
            log.info("storage: the database takes writes again")

    def record(self, report: DeliveryReport) -> None:
        """Log a delivery round (a line per destination that got messages), count it for
        /metrics, and come back for what must be retried."""
        names = webhook_names(list(self.app.settings.raw.webhooks))
        for key, count in report.sent_to.items():
            name = names.get(key, key)
            log.info(
                "delivery: %s: sent %d message%s",
                name,
                count,
                "s" * (count != 1),
                extra={"destination": name, "messages": count},
            )
        metrics = metrics_of(self.app)
        for _ in range(report.sent):
            metrics.record_delivery(True)
        for _ in range(len(report.failed) + len(report.disabled) + len(report.given_up)):
            metrics.record_delivery(False)
        if report.retry_at is not None and self.scheduler is not None:
            # the scheduler keeps wall-clock time; our clock may be another (tests)
            at = utc_now() + max(report.retry_at - self.clock(), timedelta(0))
            deadline = self.plan(()).deadline
            run_once(self.scheduler, "delivery:retry", self.tracked(self.retry), at, deadline)

    async def renew_lease(self) -> None:
        """Renew the lease (a small write every 30 s: it also tells when storage works again)."""
        try:
            await self.db.run(take_lease, self.db, self.holder, self.clock(), LEASE_TTL)
        except LeaseHeld as exc:
            log.error("lost the lease (%s); stopping so that two processes never deliver", exc)
            self.stop.set()
        except StorageFault as exc:
            self.storage_failed("lease renewal", exc, quiet=True)
        else:
            self.storage_ok()

    def digest_times(self) -> tuple[DigestTime, ...]:
        """Every destination's daily digest time, read from the database."""
        if self.terminal is not None:
            schedule = self.app.settings.raw.schedule
            return (DigestTime("terminal", schedule.digest_at, schedule.timezone),)
        with self.db.session() as session:
            subs = subscriptions.active_subscriptions(session)
            return tuple(DigestTime(s.key, s.digest_at, s.timezone) for s in subs)

    async def refresh(self) -> None:
        """Subscriptions change at run time (slash commands): keep one job per destination."""
        times = await self.db.run(self.digest_times)
        deadline = self.plan(times).deadline
        sync_digest_jobs(self.scheduler, self.tracked(self.digests), times, deadline)


def log_pass(report: Any, seconds: float) -> None:
    """One INFO line per poll pass (with -v, one DEBUG line per source as well)."""
    poll = report.poll
    failed = len(poll.failed)
    fields = {
        "sources": len(poll.results),
        "ok": len(poll.results) - failed,
        "failed": failed,
        "new_entries": len(poll.new_entry_ids),
        "new_stories": len(report.new_story_ids),
        "seconds": round(seconds, 1),
    }
    log.info(
        "poll: %d source%s, %d ok, %d failed, %d new entr%s, %d new stor%s in %.1f s",
        fields["sources"],
        "" if fields["sources"] == 1 else "s",
        fields["ok"],
        failed,
        fields["new_entries"],
        "y" if fields["new_entries"] == 1 else "ies",
        fields["new_stories"],
        "y" if fields["new_stories"] == 1 else "ies",
        seconds,
        extra=fields,
    )
    for result in poll.results:
        log.debug(
            "poll: %s: %s, %d new in %.1f s%s",
            result.name,
            result.status,
            result.new_entries,
            result.seconds,
            f" ({result.error})" if result.error else "",
            extra={"source": result.name, "status": result.status},
        )


def alert_candidates(db: Any, new_ids: list[str], since: datetime) -> list[str]:
    """This pass's new stories plus every move first seen since `since`."""
    from storage.digests import recent_move_ids

    with db.session() as session:
        return list(dict.fromkeys([*new_ids, *recent_move_ids(session, since)]))


def install_signal_handlers(stop: asyncio.Event) -> None:
    """SIGINT/SIGTERM set `stop`: the current job finishes (or is cancelled), the lease is freed."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)
