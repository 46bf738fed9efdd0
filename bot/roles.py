"""The roles of several processes on one PostgreSQL database (`labwatch run --role ...`).

`all` (bot/daemon.py) does everything in one process. Here: a `worker` claims due sources,
polls them, analyzes (one analyzer at a time) and plans alerts and digests into the outbox;
a `sender` holds the delivery lease and empties the outbox (a standby takes over once the lease
lapses); a `gateway` serves the slash commands of its shards. Every process beats a heartbeat
row that `labwatch status` lists.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, TextIO, TypeGuard, get_args

from sqlalchemy.engine import make_url

from bot.app import App, global_watch, open_app, open_database, run_pass
from bot.config import Settings
from bot.delivery.plan import plan_alerts, plan_due_digests
from bot.delivery.rounds import (
    Destinations,
    LeaseHeld,
    alert_policy,
    deliver,
    describe_report,
    drop_lease,
    lease_holder,
    sender_pace,
    sync_webhooks,
    take_lease,
)
from bot.delivery.send import DeliveryReport, webhook_client
from bot.metrics import metrics_of, serve_metrics
from bot.scheduler import Job, RunningJobs, build_interval_scheduler
from jobs.ingest.hosts import SharedHostBudget
from jobs.ingest.poll import Claim
from storage import heartbeats
from storage.claims import claim_counts
from storage.db import Database
from storage.errors import ConfigError

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]

RoleName = Literal["all", "worker", "gateway", "sender"]
ROLES: tuple[RoleName, ...] = get_args(RoleName)
ALERT_CATCH_UP = timedelta(hours=6)  # as bot/daemon.py: moves stored by a killed pass
PLAN_EVERY = timedelta(
    minutes=1
)  # digest cursors are checked this often (cron times to the minute)
STOP_GRACE = 10.0  # seconds a running job gets to finish on SIGINT/SIGTERM (bot/scheduler.py)


class RoleError(ConfigError):
    """A role that cannot run with these settings (SQLite, bad shards, no token)."""


@dataclass(frozen=True)
class Role:
    """What `--role`, `--shards` and `--shard-count` asked for."""

    name: RoleName = "all"
    shards: tuple[int, ...] | None = None
    shard_count: int | None = None

    @property
    def detail(self) -> str:
        if self.shards is None:
            return ""
        return f"shards {self.shards[0]}-{self.shards[-1]} of {self.shard_count}"


def is_role_name(name: str) -> TypeGuard[RoleName]:
    return name in ROLES


def parse_role(name: str, shards: str | None, shard_count: int | None, url: str) -> Role:
    """Check the role against the database and the shard options; RoleError says what is wrong."""
    if not is_role_name(name):
        raise RoleError(f"unknown role {name!r}; one of {', '.join(ROLES)}")
    if name != "all" and make_url(url).get_backend_name() == "sqlite":
        raise RoleError(
            f"--role {name} needs PostgreSQL ([storage] url): on SQLite one process does "
            "everything, run `labwatch run` (--role all)"
        )
    if (shards is None) != (shard_count is None) or (shards is not None and name != "gateway"):
        raise RoleError("--shards A-B and --shard-count N go together, with --role gateway")
    if shards is None or shard_count is None:
        return Role(name)
    first, sep, last = shards.partition("-")
    if not first.isdigit() or (sep and not last.isdigit()):
        raise RoleError(f"--shards {shards!r} is not a range like 0-3")
    low, high = int(first), int(last) if sep else int(first)
    if shard_count < 1 or not low <= high < shard_count:
        raise RoleError(f"--shards {shards} is not within 0-{shard_count - 1} (--shard-count)")
    return Role(name, tuple(range(low, high + 1)), shard_count)


async def run_role(
    settings: Settings, role: Role, *, clock: Clock, stop: asyncio.Event, out: TextIO = sys.stdout
) -> int:
    """Run one worker, sender or gateway until `stop`; its heartbeat goes when it stops."""
    token = settings.discord_token()
    if role.name == "gateway" and token is None:
        print(f"labwatch run --role gateway: no token in ${settings.raw.discord.token_env}", file=sys.stderr)  # fmt: skip
        return 2
    db = open_database(settings)
    holder = lease_holder(f"labwatch {role.name}")
    try:
        budget = host_budget(settings, role, db)
        async with open_app(settings, db, budget, polls=role.name == "worker") as app:
            metrics = metrics_of(app)
            metrics.role, metrics.holder = role.name, holder
            jobs = ROLE_JOBS[role.name](app, holder, role, clock, stop)
            await jobs.serve()
    finally:
        await db.run(forget, db, holder)
        db.dispose()
    return 0


def host_budget(settings: Settings, role: Role, db: Database) -> SharedHostBudget | None:
    """A worker's requests to one host (feeds and transcripts) share the workers' budget
    (`[scale] per_host_rate`)."""
    rate = settings.scale.per_host_rate
    if role.name != "worker" or not rate:
        return None  # `all` is the only poller: [http] max_per_host in this process suffices
    return SharedHostBudget(db, rate)


def forget(db: Database, holder: str) -> None:
    """A clean stop: leave the process list and give the delivery lease up at once."""
    with db.transaction() as session:
        heartbeats.stop_beating(session, holder)
    drop_lease(db, holder)


class RoleJobs:
    """The periodic jobs of one role, its heartbeat, and its /metrics endpoint."""

    def __init__(self, app: App, holder: str, role: Role, clock: Clock, stop: asyncio.Event):
        self.app, self.db, self.holder, self.role = app, app.db, holder, role
        self.clock, self.stop = clock, stop
        scale = app.settings.raw.scale
        self.ttl, self.tick, self.batch = scale.claim_ttl, scale.worker_tick, scale.claim_batch
        self.beat_every = max(min(self.ttl / 4, timedelta(seconds=30)), timedelta(seconds=0.2))

    def jobs(self) -> list[tuple[str, Job, timedelta]]:
        return [("heartbeat", self.heartbeat, self.beat_every)]

    def detail(self) -> str:
        return self.role.detail

    async def serve(self) -> None:
        """Run the jobs (and whatever `running` adds) until stop."""
        deadline = max(timedelta(minutes=15), self.tick * 2)
        running = RunningJobs()
        jobs = [(name, running.track(job), every) for name, job, every in self.jobs()]
        scheduler = build_interval_scheduler(jobs, deadline)
        listen = self.app.settings.raw.metrics.listen
        tasks = [asyncio.create_task(serve_metrics(self.app, listen, self.stop))] if listen else []
        async with self.running():
            scheduler.start()
            log.info("labwatch %s started as %s", self.role.name, self.holder)
            await self.stop.wait()
            await running.stop(scheduler, STOP_GRACE)
        for task in tasks:
            await task

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        yield

    async def heartbeat(self) -> None:
        await self.db.run(self.beat, self.clock())
        metrics_of(self.app).tick(self.clock())  # /metrics reads claims from the database

    def beat(self, now: datetime) -> None:
        with self.db.transaction() as session:
            claims = sum(claim_counts(session, now).get(self.holder, {}).values())
            heartbeats.beat(session, self.holder, self.role.name, self.detail(), claims, now)


class WorkerJobs(RoleJobs):
    """Claim due sources and poll them; analyze; plan alerts and due digests into the outbox."""

    def jobs(self) -> list[tuple[str, Job, timedelta]]:
        return [
            *super().jobs(),
            ("pass", self.one_pass, self.tick),
            ("plan", self.plan_digests, min(PLAN_EVERY, self.tick * 6)),
        ]

    async def one_pass(self) -> None:
        claim = Claim(self.holder, self.batch, self.ttl)
        report = await run_pass(self.app, now=self.clock(), claim=claim)
        metrics_of(self.app).record_poll(report.poll)
        since = self.clock() - ALERT_CATCH_UP
        from bot.daemon import alert_candidates

        story_ids = await self.db.run(alert_candidates, self.db, report.new_story_ids, since)
        watch = global_watch(self.app.settings)
        policy, filters = alert_policy(self.app.settings), self.app.settings.raw.filters.routing()
        await self.db.run(plan_alerts, self.db, story_ids, watch, self.clock(), filters, policy)

    async def plan_digests(self) -> None:
        watch = global_watch(self.app.settings)
        claim = Claim(self.holder, self.batch, self.ttl)  # each due subscription planned once
        filters = self.app.settings.raw.filters.routing()
        await self.db.run(plan_due_digests, self.db, watch, self.clock(), filters, claim)


class SenderJobs(RoleJobs):
    """Hold the delivery lease (or wait to take it over) and send what the outbox holds."""

    holding = False
    destinations: Destinations | None = None

    def jobs(self) -> list[tuple[str, Job, timedelta]]:
        return [*super().jobs(), ("lease", self.keep_lease, self.beat_every),
                ("send", self.send, self.tick)]  # fmt: skip

    def detail(self) -> str:
        return "sending" if self.holding else "standby"

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        settings = self.app.settings
        await self.db.run(sync_webhooks, self.db, list(settings.raw.webhooks), self.clock())
        async with (
            webhook_client(settings.raw.http.timeout) as http,
            channel_client(settings.discord_token()) as channels,
        ):
            hooks, pace = list(settings.raw.webhooks), sender_pace(settings)
            self.destinations = Destinations(hooks, http, channels, pace=pace)
            yield

    async def keep_lease(self) -> None:
        try:
            await self.db.run(take_lease, self.db, self.holder, self.clock(), self.ttl)
        except LeaseHeld as exc:
            if self.holding:
                log.error("sender lost the delivery lease (%s); standing by", exc)
            self.holding = False
            return
        if not self.holding:
            log.info("sender holds the delivery lease")
        self.holding = True

    async def send(self) -> None:
        if not self.holding or self.destinations is None:
            return
        claim = Claim(self.holder, self.batch, self.ttl)  # a lease lost mid-round sends no more
        settings = self.app.settings
        report = await deliver(self.db, settings, self.destinations, self.clock, claim)
        record_delivery(self.app, report)


@contextlib.asynccontextmanager
async def channel_client(token: str | None) -> AsyncIterator[Any]:
    """Discord's REST client when a token is set (channel messages), else None."""
    if token is None:
        yield None
        return
    from bot.delivery.channels import rest_client  # discord loads only where it is used

    async with rest_client(token) as client:
        yield client


def record_delivery(app: App, report: DeliveryReport) -> None:
    """Log a delivery round and count it for /metrics."""
    for line in describe_report(report):
        log.info("delivery: %s", line)
    metrics = metrics_of(app)
    for _ in range(report.sent):
        metrics.record_delivery(True)
    for _ in range(len(report.failed) + len(report.disabled)):
        metrics.record_delivery(False)


class GatewayJobs(RoleJobs):
    """Serve the slash commands of this gateway's shards (AutoShardedClient)."""

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        from bot.client import serve_discord  # imports discord: only when it is used

        token = self.app.settings.discord_token()
        assert token is not None  # run_role refuses a gateway without one
        ids, count = self.role.shards, self.role.shard_count
        shards = (ids, count) if ids is not None and count is not None else None
        task = asyncio.create_task(serve_discord(self.app, token, self.stop, shards=shards))
        try:
            yield
        finally:
            await task


ROLE_JOBS: dict[RoleName, Callable[[App, str, Role, Clock, asyncio.Event], RoleJobs]] = {
    "worker": WorkerJobs,
    "sender": SenderJobs,
    "gateway": GatewayJobs,
}
