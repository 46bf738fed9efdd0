"""The schedule of `labwatch run` (the only APScheduler import).

An AsyncIOScheduler with an in-memory job store, rebuilt from the database at every start:
polling every `poll_every` with jitter, transcript retries, one daily digest job per
subscription at its `digest_at` in its own time zone (DailyTrigger: jobs/digest/daily.py's times),
and a lease renewal. Every job has max_instances=1, coalesce, a long misfire grace, and a
deadline: a hung job is cancelled instead of blocking its next runs forever.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from jobs.digest.daily import next_due_time

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[Any]]
MISFIRE_GRACE = int(timedelta(hours=12).total_seconds())  # a digest late by hours still goes out


class RunningJobs:
    """The jobs running now, so that a stop lets them finish.

    APScheduler's AsyncIOExecutor.shutdown cancels every running job at once: a digest posted
    but not yet recorded as sent went out again at the next start. A stop pauses the scheduler
    (no job starts), waits up to a grace for the running ones, and only then shuts it down."""

    def __init__(self) -> None:
        self.tasks: set[asyncio.Task[Any]] = set()

    def track(self, job: Job, after: Callable[[], None] | None = None) -> Job:
        """`job`, remembered while it runs; `after` runs when it ends, however it ends."""

        async def run() -> None:
            task = asyncio.current_task()
            assert task is not None
            self.tasks.add(task)
            try:
                await job()
            finally:
                self.tasks.discard(task)
                if after is not None:
                    after()

        return run

    async def stop(self, scheduler: AsyncIOScheduler, grace: float) -> None:
        """Start no job; give the running ones `grace` seconds, cancel the rest; shut down."""
        scheduler.pause()
        if self.tasks:
            _done, pending = await asyncio.wait(set(self.tasks), timeout=grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        scheduler.shutdown(wait=False)


@dataclass(frozen=True)
class DigestTime:
    """When one destination's digest falls due."""

    key: str  # the subscription key (or "terminal")
    digest_at: str  # "09:00"
    timezone: str  # IANA name


@dataclass(frozen=True)
class Plan:
    """The jobs and their timing, as values."""

    poll: Job
    poll_every: timedelta
    digests: Job  # delivers every digest that is due (idempotent)
    digest_times: tuple[DigestTime, ...]
    transcripts: Job | None = None
    transcripts_every: timedelta = timedelta(minutes=30)
    renew_lease: Job | None = None
    renew_every: timedelta = timedelta(seconds=30)
    refresh: Job | None = None  # re-reads digest times (subscriptions change at run time)
    refresh_every: timedelta = timedelta(minutes=1)
    deadline: timedelta = timedelta(minutes=15)


def with_deadline(name: str, job: Job, deadline: timedelta) -> Job:
    """The job, cancelled when it runs past its deadline; errors are logged, never raised."""

    async def run() -> None:
        try:
            async with asyncio.timeout(deadline.total_seconds()):
                await job()
        except TimeoutError:
            log.error("job %s ran past its %s deadline and was cut off", name, deadline)
        except Exception:
            log.exception("job %s failed", name)

    return run


class DailyTrigger(BaseTrigger):  # type: ignore[misc]  # APScheduler 3 has no types
    """Fires at `digest_at` in the destination's own zone: the moments the planner owes digests
    at, from the same calculation (jobs/digest/daily.py), so the two can never disagree."""

    def __init__(self, time: DigestTime) -> None:
        self.digest_at, self.timezone = time.digest_at, ZoneInfo(time.timezone)

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        # like a cron trigger: after the last run, else from now on (now itself included)
        after = previous_fire_time or now - timedelta(microseconds=1)
        return next_due_time(self.digest_at, self.timezone.key, after)

    def __repr__(self) -> str:
        return f"DailyTrigger({self.digest_at!r}, {self.timezone.key!r})"


def digest_trigger(time: DigestTime) -> DailyTrigger:
    """A daily trigger at `digest_at` in the destination's own time zone."""
    return DailyTrigger(time)


def build_scheduler(plan: Plan, start_at: datetime | None = None) -> AsyncIOScheduler:
    """A scheduler holding every job of the plan (start it inside the running loop).

    APScheduler keeps its own wall-clock time; `start_at` (default: now) is when the first
    poll and the catch-up digest run.
    """
    now = start_at or datetime.now(UTC)
    scheduler = AsyncIOScheduler(
        timezone=ZoneInfo("UTC"),
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE},
    )
    every = plan.poll_every.total_seconds()
    add_job(
        scheduler,
        "poll",
        plan.poll,
        plan.deadline,
        IntervalTrigger(seconds=every, jitter=max(1, int(every * 0.1)), timezone=ZoneInfo("UTC")),
        next_run_time=now,
    )
    if plan.transcripts is not None:
        trigger = IntervalTrigger(
            seconds=plan.transcripts_every.total_seconds(), timezone=ZoneInfo("UTC")
        )
        add_job(scheduler, "transcripts", plan.transcripts, plan.deadline, trigger)
    if plan.renew_lease is not None:
        trigger = IntervalTrigger(
            seconds=plan.renew_every.total_seconds(), timezone=ZoneInfo("UTC")
        )
        add_job(scheduler, "lease", plan.renew_lease, plan.renew_every, trigger)
    if plan.refresh is not None:
        trigger = IntervalTrigger(
            seconds=plan.refresh_every.total_seconds(), timezone=ZoneInfo("UTC")
        )
        add_job(scheduler, "refresh", plan.refresh, plan.deadline, trigger)
    # catch up at start: a digest missed while we were down goes out once, now
    add_job(scheduler, "digest:catch-up", plan.digests, plan.deadline, None, next_run_time=now)
    sync_digest_jobs(scheduler, plan.digests, plan.digest_times, plan.deadline)
    return scheduler


def run_once(
    scheduler: AsyncIOScheduler, job_id: str, job: Job, at: datetime, deadline: timedelta
) -> None:
    """Run `job` once at `at`, unless a one-off of that id already runs at or before `at`."""
    existing = scheduler.get_job(job_id)
    if existing is not None and existing.next_run_time and existing.next_run_time <= at:
        return
    add_job(scheduler, job_id, job, deadline, DateTrigger(run_date=at, timezone=ZoneInfo("UTC")))


def add_job(
    scheduler: AsyncIOScheduler,
    job_id: str,
    job: Job,
    deadline: timedelta,
    trigger: Any,
    next_run_time: datetime | None = None,
) -> None:
    kwargs: dict[str, Any] = {"id": job_id, "name": job_id, "replace_existing": True}
    if next_run_time is not None:
        kwargs["next_run_time"] = next_run_time
    scheduler.add_job(with_deadline(job_id, job, deadline), trigger, **kwargs)


def sync_digest_jobs(
    scheduler: AsyncIOScheduler, digests: Job, times: tuple[DigestTime, ...], deadline: timedelta
) -> None:
    """One cron job per destination; jobs of removed destinations go, changed ones are replaced."""
    wanted = {f"digest:{t.key}": t for t in times}
    for job in scheduler.get_jobs():
        if job.id.startswith("digest:") and job.id != "digest:catch-up" and job.id not in wanted:
            job.remove()
    for job_id, time in wanted.items():
        existing = scheduler.get_job(job_id)
        if existing is not None and repr(existing.trigger) == repr(digest_trigger(time)):
            continue
        add_job(scheduler, job_id, digests, deadline, digest_trigger(time))


def next_digest_times(scheduler: AsyncIOScheduler) -> dict[str, datetime]:
    """When each digest job fires next (for `run`'s start-up notice and tests)."""
    return {
        job.id.removeprefix("digest:"): job.next_run_time
        for job in scheduler.get_jobs()
        if job.id.startswith("digest:") and job.id != "digest:catch-up" and job.next_run_time
    }


def build_interval_scheduler(
    jobs: list[tuple[str, Job, timedelta]], deadline: timedelta, start_at: datetime | None = None
) -> AsyncIOScheduler:
    """A scheduler running each (name, job, every) at once and then every `every` (the roles of
    several processes: each one's jobs are few and periodic; due work is found in the database)."""
    now = start_at or datetime.now(UTC)
    scheduler = AsyncIOScheduler(
        timezone=ZoneInfo("UTC"),
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE},
    )
    for name, job, every in jobs:
        trigger = IntervalTrigger(seconds=every.total_seconds(), timezone=ZoneInfo("UTC"))
        add_job(scheduler, name, job, deadline, trigger, now)
    return scheduler
