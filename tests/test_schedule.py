"""Schedules with a controllable clock: two time zones, DST, downtime, a hung job, one instance."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import socket
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.orm import Session

from bot.config import Settings, load_settings
from bot.daemon import run
from bot.delivery.plan import plan_due_digests
from bot.scheduler import (
    DigestTime,
    Plan,
    RunningJobs,
    build_interval_scheduler,
    build_scheduler,
    digest_trigger,
    with_deadline,
)
from jobs.digest.daily import last_due_time
from jobs.watch.lists import WatchLists
from storage import leases, subscriptions
from storage.db import Database
from storage.models import OutboxItem
from tests.digest_samples import add_story
from tests.discord_webhooks import add_webhook
from tests.loopback import LoopbackServer

WATCH = WatchLists()
UTC_ZONE = ZoneInfo("UTC")


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def items(db: Database) -> list[tuple[int, datetime | None, datetime | None]]:
    with db.session() as s:
        rows = s.query(OutboxItem).order_by(OutboxItem.id)
        return [(r.subscription_id, r.window_since, r.window_until) for r in rows]


def subscribe(db: Database, channel: int, at: str, zone: str, created: datetime) -> int:
    with db.transaction() as s:
        return subscribe_now(s, channel, at, zone, created)


def subscribe_now(s: Session, channel: int, at: str, zone: str, created: datetime) -> int:
    return subscriptions.subscribe_channel(s, 1, channel, at, zone, now=created).id


def test_daily_digest_in_two_time_zones(database: Database) -> None:
    created = utc(2025, 7, 7, 14)  # after both digests of that day
    berlin = subscribe(database, 10, "09:00", "Europe/Berlin", created)  # 07:00 UTC in summer
    new_york = subscribe(database, 20, "09:00", "America/New_York", created)  # 13:00 UTC
    for hour in range(6, 15):  # the clock moves through the day, a check every hour
        plan_due_digests(database, WATCH, utc(2025, 7, 8, hour, 0, 30))
    assert items(database) == [
        (berlin, utc(2025, 7, 7, 7), utc(2025, 7, 8, 7)),
        (new_york, utc(2025, 7, 7, 13), utc(2025, 7, 8, 13)),
    ]


def test_dst_changes_in_berlin(database: Database) -> None:
    sub = subscribe(database, 10, "09:00", "Europe/Berlin", utc(2026, 3, 27, 12))
    for day, hour in [(28, 8), (29, 7), (30, 7)]:  # 09:00 CET, then 09:00 CEST
        plan_due_digests(database, WATCH, utc(2026, 3, day, hour) - timedelta(seconds=1))
        plan_due_digests(database, WATCH, utc(2026, 3, day, hour))
    untils = [until for _sub, _since, until in items(database)]
    assert untils == [utc(2026, 3, 28, 8), utc(2026, 3, 29, 7), utc(2026, 3, 30, 7)]
    assert {s for s, _a, _b in items(database)} == {sub}


@pytest.mark.parametrize(
    ("at", "start", "expected"),
    [
        # spring forward: 02:30 does not exist on 29 March; like the trigger, 03:30 CEST
        (
            "02:30",
            utc(2026, 3, 28, 12),
            [utc(2026, 3, 29, 1, 30), utc(2026, 3, 30, 0, 30), utc(2026, 3, 31, 0, 30)],
        ),
        # fall back: 02:30 happens twice on 25 October; the trigger fires once, at the first
        (
            "02:30",
            utc(2026, 10, 24, 12),
            [utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30), utc(2026, 10, 27, 1, 30)],
        ),
        (
            "09:00",
            utc(2026, 10, 24, 12),
            [utc(2026, 10, 25, 8), utc(2026, 10, 26, 8), utc(2026, 10, 27, 8)],
        ),
    ],
)
def test_trigger_fires_at_the_due_times_across_dst(
    database: Database, at: str, start: datetime, expected: list[datetime]
) -> None:
    trigger = digest_trigger(DigestTime("x", at, "Europe/Berlin"))
    fires: list[datetime] = []
    previous, now = None, start
    for _ in range(3):
        fire = trigger.get_next_fire_time(previous, now)
        assert fire is not None, "a daily trigger always fires again"
        fires.append(fire.astimezone(UTC))
        previous = now = fire
    assert fires == expected  # one calculation: every fire is a due time, each due time fires
    assert [last_due_time(at, "Europe/Berlin", fire) for fire in fires] == expected
    subscribe(database, 10, at, "Europe/Berlin", start)
    for fire in fires:  # the digest job runs at each trigger time
        plan_due_digests(database, WATCH, fire)
    assert [until for _s, _a, until in items(database)] == expected


def test_digest_missed_during_downtime_is_sent_once(database: Database) -> None:
    sub = subscribe(database, 10, "09:00", "UTC", utc(2025, 7, 1, 12))
    plan_due_digests(database, WATCH, utc(2025, 7, 2, 9))  # last digest before going down
    with database.transaction() as s:
        for day in (2, 3, 4):
            add_story(s, f"d{day}", f"Day {day}", utc(2025, 7, day, 12), person="P", action="join")
    # down from the 2nd to the 5th; back at 10:00 on the 5th: one digest now, then nothing
    plan_due_digests(database, WATCH, utc(2025, 7, 5, 10))
    plan_due_digests(database, WATCH, utc(2025, 7, 5, 10, 5))
    assert items(database)[1:] == [(sub, utc(2025, 7, 2, 9), utc(2025, 7, 5, 9))]
    with database.session() as s:
        item = s.query(OutboxItem).order_by(OutboxItem.id.desc()).first()
        assert item is not None and sorted(item.story_ids) == ["d2", "d3", "d4"]
    with database.transaction() as s:  # published days ago, first seen only now: a late report
        add_story(
            s,
            "late",
            "Late",
            utc(2025, 7, 3, 20),
            person="Q",
            action="join",
            first_seen=utc(2025, 7, 5, 15),
        )
    plan_due_digests(database, WATCH, utc(2025, 7, 6, 9))
    with database.session() as s:
        item = s.query(OutboxItem).order_by(OutboxItem.id.desc()).first()
        assert item is not None and item.story_ids == ["late"]


async def test_hung_job_is_cut_off_by_its_deadline(caplog: pytest.LogCaptureFixture) -> None:
    started: list[float] = []

    async def hang() -> None:
        started.append(asyncio.get_running_loop().time())
        await asyncio.sleep(3600)

    scheduler = AsyncIOScheduler(timezone=UTC_ZONE)
    scheduler.add_job(
        with_deadline("hang", hang, timedelta(seconds=0.2)),
        "interval",
        seconds=0.4,
        max_instances=1,
        next_run_time=datetime.now(UTC),
    )
    scheduler.start()
    await asyncio.sleep(1.5)
    scheduler.shutdown(wait=False)
    assert len(started) >= 3  # without the deadline, max_instances=1 would allow one run ever
    assert "ran past its 0:00:00.200000 deadline and was cut off" in caplog.text


async def test_a_stop_lets_running_jobs_finish_and_cancels_those_past_the_grace() -> None:
    # APScheduler's shutdown alone cancels every running job: a digest posted but not yet
    # recorded as sent went out again at the next start
    running, started, ended = RunningJobs(), asyncio.Event(), []

    async def short() -> None:
        started.set()
        await asyncio.sleep(0.3)
        ended.append("short finished")

    async def long() -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            ended.append("long cancelled")
            raise

    every = timedelta(hours=1)
    jobs = [("short", running.track(short), every), ("long", running.track(long), every)]
    scheduler = build_interval_scheduler(jobs, timedelta(hours=2))
    scheduler.start()
    await started.wait()
    await running.stop(scheduler, grace=1.0)
    assert sorted(ended) == ["long cancelled", "short finished"] and not running.tasks
    await asyncio.sleep(0)  # AsyncIOScheduler shuts down in the loop's next turn
    assert not scheduler.running


async def test_a_stop_during_a_pass_lets_it_finish(tmp_path: Path) -> None:
    settings = load_settings(str(run_config(tmp_path, None)))
    stop, finished = asyncio.Event(), []

    async def poll() -> list[str]:
        stop.set()  # SIGTERM while the pass runs
        await asyncio.sleep(0.3)
        finished.append(True)
        return []

    code = await run(settings, clock=lambda: utc(2025, 7, 7, 12), stop=stop, poll_pass=poll)
    assert code == 0 and finished == [True]


async def test_plan_builds_one_digest_job_per_destination() -> None:
    async def nothing() -> None:
        return None

    times = (DigestTime("a", "09:00", "Europe/Berlin"), DigestTime("b", "18:30", "Asia/Tokyo"))
    now = utc(2025, 7, 8, 12)
    scheduler = build_scheduler(Plan(nothing, timedelta(minutes=10), nothing, times), now)
    scheduler.start(paused=True)
    jobs = {j.id: j for j in scheduler.get_jobs()}
    scheduler.shutdown(wait=False)
    assert {"poll", "digest:catch-up", "digest:a", "digest:b"} <= set(jobs)
    assert jobs["digest:a"].trigger.timezone == ZoneInfo("Europe/Berlin")
    assert jobs["digest:b"].misfire_grace_time >= 3600 and jobs["digest:b"].coalesce
    assert jobs["poll"].max_instances == 1 and jobs["poll"].trigger.jitter


def run_config(tmp_path: Path, url: str | None) -> Path:
    text = (
        # no starter sources: the runs here never leave loopback
        'sources = []\n[storage]\nurl = "sqlite:///labwatch.db"\n[http]\nallow_private_networks = true\n'
        '[discord]\ntoken_env = "LABWATCH_TEST_NO_SUCH_TOKEN"\n'
        '[schedule]\ndigest_at = "09:00"\ntimezone = "Europe/Berlin"\n'
    )
    if url:
        text += f'[[webhooks]]\nurl = "{url}"\ndigest_at = "09:00"\ntimezone = "UTC"\n'
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


async def run_briefly(
    settings: Settings,
    clock: datetime,
    polls: list[str],
    seconds: float = 0.8,
    until: tuple[str, ...] = (),
    done: Callable[[], bool] | None = None,
) -> tuple[int, str]:
    """Runs `labwatch run` for `seconds`, or, when `until` names lines to wait for (or `done`
    says what to wait for), until the output holds all of them and `done` holds (at most 60 s:
    on a loaded machine the start-up pass alone can take longer than a fixed pause)."""
    stop, out = asyncio.Event(), io.StringIO()

    async def poll() -> list[str]:
        return polls

    async def stopper() -> None:
        if not until and done is None:
            await asyncio.sleep(seconds)
        for _ in range(600):
            if all(line in out.getvalue() for line in until) and (done is None or done()):
                break
            await asyncio.sleep(0.1)
        stop.set()

    task = asyncio.create_task(stopper())
    code = await run(settings, clock=lambda: clock, stop=stop, poll_pass=poll, out=out)
    await task
    return code, out.getvalue()


async def test_run_sends_a_missed_digest_once_on_restart(
    tmp_path: Path, server: LoopbackServer
) -> None:
    hook, url = add_webhook(server, 9, "run-token")
    settings = load_settings(str(run_config(tmp_path, url)))
    code, out = await run_briefly(settings, utc(2025, 7, 7, 12), [])  # first start: subscribes
    assert code == 0 and "Discord:      off (no token in $LABWATCH_TEST_NO_SUCH_TOKEN)" in out
    from bot.app import open_database

    db = open_database(settings)
    with db.transaction() as s:
        add_story(s, "m1", "A move", utc(2025, 7, 8, 6), person="P", action="join")
    db.dispose()
    # restarted two days later: the missed digest goes out once, at start (waited for: on a
    # loaded machine a fixed 0.8 s stopped the run before it sent; the stop right after the
    # post lets the digest job record it: bot/scheduler.py RunningJobs)
    sent = lambda: bool(hook.messages)  # noqa: E731
    assert (await run_briefly(settings, utc(2025, 7, 9, 10), [], done=sent))[0] == 0
    assert (await run_briefly(settings, utc(2025, 7, 9, 10, 30), [], seconds=3))[0] == 0
    assert [e["title"] for e in hook.embeds()] == ["A move"]
    assert len(hook.messages) == 1


async def test_terminal_mode_prints_new_stories_and_the_digest(tmp_path: Path) -> None:
    settings = load_settings(str(run_config(tmp_path, None)))
    from bot.app import open_database

    db = open_database(settings)
    with db.transaction() as s:
        add_story(
            s,
            "t1",
            "Jan Leike joins Anthropic",
            utc(2025, 7, 8, 6),
            person="Jan Leike",
            action="join",
            from_lab="OpenAI",
            to_lab="Anthropic",
        )
    db.dispose()
    new_move = "new move: Jan Leike: OpenAI → Anthropic — Jan Leike joins Anthropic"
    digest = "labwatch digest · 2025-07-07 07:00 → 2025-07-08 07:00 UTC · 1 move, 0 mentions"
    code, out = await run_briefly(
        settings, utc(2025, 7, 8, 9, 30), ["t1"], until=(new_move, digest)
    )
    assert code == 0
    assert new_move in out
    assert digest in out


async def test_second_instance_says_so_and_exits(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = load_settings(str(run_config(tmp_path, None)))
    from bot.app import open_database

    db = open_database(settings)
    holder = f"labwatch run on {socket.gethostname()} pid {os.getpid()}x"
    with db.transaction() as s:
        leases.acquire_lease(
            s, "labwatch-delivery", holder, datetime.now(UTC), timedelta(minutes=5)
        )
    db.dispose()
    code, _out = await run_briefly(settings, datetime.now(UTC), [])
    assert code == 1


def test_lease_is_exclusive_and_expires(database: Database) -> None:
    now = utc(2025, 7, 8, 9)
    with database.transaction() as s:
        assert leases.acquire_lease(s, "l", "a", now, timedelta(minutes=2)) is not None
    with database.transaction() as s:
        assert (
            leases.acquire_lease(s, "l", "b", now + timedelta(minutes=1), timedelta(minutes=2))
            is None
        )
    with database.transaction() as s:
        assert leases.acquire_lease(
            s, "l", "a", now + timedelta(minutes=1), timedelta(minutes=2)
        )  # renew
    with database.transaction() as s:
        assert leases.acquire_lease(
            s, "l", "b", now + timedelta(minutes=4), timedelta(minutes=2)
        )  # expired
    logging.getLogger(__name__).debug("lease checks done")


async def test_run_serves_health_while_jobs_tick(tmp_path: Path) -> None:
    import httpx

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    config = run_config(tmp_path, None)
    config.write_text(config.read_text() + f'[metrics]\nlisten = "127.0.0.1:{port}"\n')
    settings = load_settings(str(config))
    answers: list[tuple[int, str]] = []

    stop = asyncio.Event()

    async def probe() -> None:  # start-up takes seconds on a loaded machine: ask until served
        deadline = asyncio.get_running_loop().time() + 30
        async with httpx.AsyncClient(trust_env=False) as client:
            while not answers and asyncio.get_running_loop().time() < deadline:
                try:
                    response = await client.get(f"http://127.0.0.1:{port}/healthz")
                    answers.append((response.status_code, response.text))
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
        stop.set()

    async def no_poll() -> list[str]:
        return []

    task = asyncio.create_task(probe())
    code = await run(
        settings, clock=lambda: datetime.now(UTC), stop=stop, poll_pass=no_poll, out=io.StringIO()
    )
    await task
    assert code == 0
    assert answers and answers[0][0] == 200 and "scheduler: last tick" in answers[0][1]


async def test_digest_jobs_follow_subscription_changes() -> None:
    from bot.scheduler import sync_digest_jobs

    async def nothing() -> None:
        return None

    plan = Plan(nothing, timedelta(minutes=10), nothing, (DigestTime("a", "09:00", "UTC"),))
    scheduler = build_scheduler(plan)
    scheduler.start(paused=True)
    changed = (DigestTime("a", "09:00", "Asia/Tokyo"), DigestTime("b", "07:15", "UTC"))
    sync_digest_jobs(scheduler, nothing, changed, timedelta(minutes=1))
    jobs = {j.id: j for j in scheduler.get_jobs()}
    assert jobs["digest:a"].trigger.timezone == ZoneInfo("Asia/Tokyo")
    assert "digest:b" in jobs
    sync_digest_jobs(scheduler, nothing, changed[1:], timedelta(minutes=1))
    assert "digest:a" not in {j.id for j in scheduler.get_jobs()}
    scheduler.shutdown(wait=False)
