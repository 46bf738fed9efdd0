"""Delivery against webhooks that misbehave: slow after accepting, 2xx without an id, failing for
good, failing among many. Copies and attempts stay bounded, and do not grow with the number of
destinations due at once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import open_database
from bot.config import Settings
from bot.delivery.rounds import Destinations, post_due
from bot.delivery.send import MAX_SENDS, UNSURE_SENDS, deliver_pending, webhook_client
from storage import outbox, subscriptions
from storage.db import Database
from storage.models import OutboxItem, OutboxMessage
from tests.conftest import clock_at
from tests.discord_webhooks import FakeWebhook, add_webhook, json_reply, rate_limited
from tests.loopback import LoopbackServer, Reply, Request, Route
from tests.test_delivery import write_config

START = datetime(2025, 7, 8, 6, 0, tzinfo=UTC)
PARTS = ["part 1/4", "part 2/4", "part 3/4", "part 4/4"]


async def no_sleep(_seconds: float) -> None:
    return None


def queue_digest(db: Database, settings: Settings, parts: list[str] = PARTS) -> None:
    with db.transaction() as s:
        for sub in subscriptions.sync_webhooks(s, settings.raw.webhooks, now=START):
            outbox.enqueue(s, sub.id, "digest", [{"content": p} for p in parts], [], START)


async def rounds(
    db: Database, settings: Settings, count: int, step: timedelta, timeout: float = 5
) -> None:
    """`count` delivery rounds, the clock moving on by `step` between them."""
    async with webhook_client(timeout) as client:
        destinations = Destinations(list(settings.raw.webhooks), client, sleep=no_sleep)
        for n in range(count):
            now = START + step * n
            await deliver_pending(db, destinations, clock_at(now))


def accepting_then(hook: FakeWebhook, reply: Callable[[], Reply | None]) -> Route:
    """A webhook that creates the message, then answers with `reply()` (None: nothing)."""

    def handle(request: Request) -> Reply | None:
        hook.handle(request)
        return reply()

    return handle


def slow_after_accepting(hook: FakeWebhook) -> Route:
    def late() -> Reply:
        time.sleep(1.0)  # Discord has the message; our read timeout is shorter
        return json_reply(200, {"id": "1"})

    return accepting_then(hook, late)


async def test_a_webhook_timing_out_after_accepting_gets_a_bounded_number_of_copies(
    tmp_path: Path, server: LoopbackServer
) -> None:
    hook, _ = add_webhook(server, 41, "slow")
    url = server.route(hook.path, slow_after_accepting(hook))
    settings = write_config(tmp_path, [(url, "09:00", "UTC")])
    db = open_database(settings)
    queue_digest(db, settings)
    await rounds(db, settings, 12, timedelta(hours=2), timeout=0.3)
    contents = [m["content"] for m in hook.messages]
    # every part arrives (none starves behind part 1), none more than UNSURE_SENDS times
    assert sorted(set(contents)) == PARTS
    assert all(contents.count(p) <= UNSURE_SENDS for p in PARTS), contents
    assert len(server.hits(hook.path)) == len(PARTS) * UNSURE_SENDS
    with db.session() as s:
        assert {m.message_id for m in s.query(OutboxMessage)} == {outbox.ID_UNKNOWN}
        assert [i.status for i in s.query(OutboxItem)] == ["sent"]
    db.dispose()


@pytest.mark.parametrize(
    "answer",
    [lambda: Reply(204), lambda: json_reply(200, {}), lambda: json_reply(200, {"id": None})],
    ids=["204", "200-no-id", "200-null-id"],
)
async def test_a_2xx_without_a_message_id_is_sent_once(
    tmp_path: Path, server: LoopbackServer, answer: Callable[[], Reply]
) -> None:
    hook, _ = add_webhook(server, 42, "noid")
    url = server.route(hook.path, accepting_then(hook, answer))
    settings = write_config(tmp_path, [(url, "09:00", "UTC")])
    db = open_database(settings)
    queue_digest(db, settings)
    await rounds(db, settings, 5, timedelta(hours=2))
    assert [m["content"] for m in hook.messages] == PARTS  # each once, in order
    db.dispose()


async def test_a_destination_failing_for_good_is_given_up_after_bounded_sends(
    tmp_path: Path, server: LoopbackServer
) -> None:
    url = server.route("/api/webhooks/43/down", lambda _r: Reply(500, b"down"))
    settings = write_config(tmp_path, [(url, "09:00", "UTC")])
    db = open_database(settings)
    queue_digest(db, settings)
    await rounds(db, settings, MAX_SENDS + 5, timedelta(hours=2))
    hits = len(server.hits("/api/webhooks/43/down"))
    assert hits == MAX_SENDS * 4  # each send is up to four posts with short pauses
    with db.session() as s:
        item = s.query(OutboxItem).one()
        assert item.status == "failed" and "gave up after" in (item.error or "")
    db.dispose()


async def test_a_failed_destination_waits_for_its_stored_next_try(
    tmp_path: Path, server: LoopbackServer
) -> None:
    url = server.route("/api/webhooks/44/down", lambda _r: Reply(503, b"busy"))
    settings = write_config(tmp_path, [(url, "09:00", "UTC")])
    db = open_database(settings)
    queue_digest(db, settings)
    # many rounds within the first minute: only the first one tries
    await rounds(db, settings, 10, timedelta(seconds=5))
    assert len(server.hits("/api/webhooks/44/down")) == 4
    with db.session() as s:
        waits = {m.next_try_at for m in s.query(OutboxMessage)}
        assert waits == {START + timedelta(minutes=1)}  # stored on every message it holds
    db.dispose()


FAILING = {
    "500": lambda _r: Reply(500, b"oops"),
    "429-retry-after-0": lambda _r: rate_limited(0),
}


@pytest.mark.parametrize("failure", sorted(FAILING))
async def test_one_failing_among_twelve_gets_the_attempts_it_would_get_alone(
    tmp_path: Path, server: LoopbackServer, failure: str
) -> None:
    async def attempts_with(others: int, folder: str) -> int:
        path = f"/api/webhooks/50/{folder}"
        bad = server.route(path, FAILING[failure])
        good = [add_webhook(server, 60 + n, f"{folder}{n}")[1] for n in range(others)]
        (tmp_path / folder).mkdir()
        hooks = [(url, "09:00", "UTC") for url in [bad, *good]]
        settings = write_config(tmp_path / folder, hooks, send_empty=True)
        db = open_database(settings)
        with db.transaction() as s:
            subscriptions.sync_webhooks(s, settings.raw.webhooks, now=START - timedelta(days=1))
        async with webhook_client(5) as client:
            destinations = Destinations(list(settings.raw.webhooks), client, sleep=no_sleep)
            for minute in range(0, 12):  # twelve minutes from the due time
                now = datetime(2025, 7, 8, 9, minute, 1, tzinfo=UTC)
                # every destination's digest job fires at 09:00, each one a round
                jobs = len(hooks) if minute == 0 else 1
                for _ in range(jobs):
                    await post_due(db, settings, destinations, clock_at(now))
        db.dispose()
        return len(server.hits(path))

    alone = await attempts_with(0, "alone")
    among_twelve = await attempts_with(11, "among")
    assert alone == among_twelve
    assert alone <= 4 * 4  # four sends in twelve minutes (after 1, 2 and 4 minutes of waiting)


async def test_run_comes_back_for_a_failed_destination_by_itself(
    tmp_path: Path, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot import daemon
    from bot.delivery import send

    monkeypatch.setattr(send, "RETRY_FIRST", timedelta(seconds=0.5))
    hook, url = add_webhook(server, 45, "later", script=[Reply(502)] * 4)
    settings = write_config(tmp_path, [(url, "09:00", "UTC")])
    db = open_database(settings)
    queue_digest(db, settings, ["only part"])
    db.dispose()
    stop = asyncio.Event()

    async def no_poll() -> list[str]:
        return []

    async def until_sent() -> None:
        deadline = time.monotonic() + 20
        while not hook.messages and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        stop.set()

    waiter = asyncio.create_task(until_sent())
    code = await daemon.run(settings, stop=stop, poll_pass=no_poll)
    await waiter
    assert code == 0
    assert [m["content"] for m in hook.messages] == ["only part"]  # the retry job sent it


async def test_twelve_digest_jobs_firing_together_make_at_most_two_rounds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot import daemon
    from bot.app import App
    from bot.delivery.send import DeliveryReport

    settings = write_config(tmp_path, [])
    db = open_database(settings)
    rounds_run: list[int] = []

    async def slow_round(*_args: object) -> DeliveryReport:
        rounds_run.append(1)
        await asyncio.sleep(0.05)  # planning and sending take a while
        return DeliveryReport()

    async def no_poll() -> list[str]:
        return []

    monkeypatch.setattr(daemon, "post_due", slow_round)
    async with webhook_client(5) as client:  # post_due is replaced: nothing is sent through it
        destinations = Destinations([], client)
        jobs = daemon.Jobs(App(settings, db), "h", clock_at(START), asyncio.Event(), no_poll, destinations, None)  # fmt: skip
        await asyncio.gather(*(jobs.digests() for _ in range(12)))
        assert len(rounds_run) == 2  # the one running, and one covering every job fired meanwhile
        await jobs.digests()
        assert len(rounds_run) == 3  # a job after that gets its own round
    db.dispose()
