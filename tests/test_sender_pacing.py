"""The sender keeps within Discord's budgets: the bot's global requests per second over every
destination, and each webhook's bucket as its X-RateLimit headers describe it. Counted at the
loopback Discord API, per window of time."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import discord.http
import pytest
from sqlalchemy import select

from bot.config import WebhookSettings, load_settings
from bot.delivery.channels import rest_client
from bot.delivery.pace import Pace
from bot.delivery.rounds import Destinations, sync_webhooks
from bot.delivery.send import deliver_pending, webhook_client
from storage import outbox, subscriptions
from storage.db import Database
from storage.models import Subscription
from storage.types import utcnow
from tests.discord_channels import FakeChannelApi
from tests.discord_webhooks import FakeWebhook, add_webhook, rate_limited
from tests.loopback import LoopbackServer, Reply, Request
from tests.test_host_budget import most_in_window

JITTER = 0.15  # seconds a request may reach the server late after its slot (a busy machine)


class Arrivals:
    """When each request reached the loopback server (every route, wrapped)."""

    def __init__(self, server: LoopbackServer) -> None:
        self.times: list[float] = []
        self.lock = threading.Lock()
        for path, route in list(server.routes.items()):
            server.routes[path] = self.timed(route)

    def timed(self, route: Callable[[Request], Reply | None]) -> Callable[[Request], Reply | None]:
        def serve(request: Request) -> Reply | None:
            with self.lock:
                self.times.append(time.monotonic())
            return route(request)

        return serve

    def since(self, start: float) -> list[float]:
        with self.lock:
            return [t for t in self.times if t >= start]


def webhook_settings(tmp_path: Path, url: str) -> list[WebhookSettings]:
    config = tmp_path / "config.toml"
    config.write_text(f'[http]\nallow_private_networks = true\n[[webhooks]]\nurl = "{url}"\n')
    return list(load_settings(str(config)).raw.webhooks)


def queue(db: Database, key: str, count: int, now: datetime) -> None:
    with db.transaction() as session:
        sub = session.scalar(select(Subscription).where(Subscription.key == key))
        assert sub is not None
        for n in range(count):
            payload = {"content": f"message {n}", "allowed_mentions": {"parse": []}}
            outbox.enqueue(session, sub.id, "alert", [payload], [], now)


async def test_every_destination_together_stays_within_the_global_budget(
    sqlite_db: Database, server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rate, each = 5.0, 6  # unpaced, this machine sent ~20 a second: a rate well below that
    api = FakeChannelApi(server, channel_id=42)
    monkeypatch.setattr(discord.http.Route, "BASE", api.base_url)
    hook, url = add_webhook(server, 61, "pace-token")
    hooks = webhook_settings(tmp_path, url)
    now = utcnow()
    sync_webhooks(sqlite_db, hooks, now)
    with sqlite_db.transaction() as session:
        subscriptions.subscribe_channel(session, 7, 42, now=now)
    queue(sqlite_db, "channel:42", each, now)
    queue(sqlite_db, subscriptions.webhook_key(url), each, now)
    arrivals = Arrivals(server)
    async with rest_client("x.y.z") as client, webhook_client() as http:
        destinations = Destinations(hooks, http, client, pace=Pace(rate))
        start = time.monotonic()
        report = await deliver_pending(sqlite_db, destinations, utcnow)
    assert report.sent == 2 * each and report.failed == []
    assert len(api.messages) == each and len(hook.messages) == each
    times = arrivals.since(start)  # channel sends fetch the channel first: 3 requests a pair
    assert len(times) >= 3 * each
    for width in (1.0, 2.0):
        assert most_in_window(times, width) <= int(rate * (width + JITTER)) + 1, sorted(times)


class Bucket:
    """A webhook's rate limit as Discord keeps it: `limit` requests a `per`-second window,
    said in X-RateLimit headers; a request into an empty bucket is answered 429."""

    def __init__(self, hook: FakeWebhook, limit: int, per: float) -> None:
        self.hook, self.limit, self.per = hook, limit, per
        self.start, self.used, self.refused, self.windows = 0.0, 0, 0, 0
        self.lock = threading.Lock()

    def handle(self, request: Request) -> Reply:
        with self.lock:
            now = time.monotonic()
            if now - self.start >= self.per:
                self.start, self.used, self.windows = now, 0, self.windows + 1
            reset = self.start + self.per - now
            if self.used >= self.limit:
                self.refused += 1
                return rate_limited(round(reset, 3))
            self.used += 1
            headers = {
                "x-ratelimit-limit": str(self.limit),
                "x-ratelimit-remaining": str(self.limit - self.used),
                "x-ratelimit-reset-after": f"{reset:.3f}",
                "x-ratelimit-bucket": "abcd",
            }
        reply = self.hook.handle(request)
        reply.headers.update(headers)
        return reply


async def test_a_webhooks_bucket_is_waited_for_not_run_into(
    sqlite_db: Database, server: LoopbackServer, tmp_path: Path
) -> None:
    hook, url = add_webhook(server, 62, "bucket-token")
    bucket = Bucket(hook, limit=5, per=0.5)
    server.route(hook.path, bucket.handle)
    hooks = webhook_settings(tmp_path, url)
    now = utcnow()
    sync_webhooks(sqlite_db, hooks, now)
    queue(sqlite_db, subscriptions.webhook_key(url), 12, now)
    async with webhook_client() as http:
        destinations = Destinations(hooks, http, pace=Pace(50.0))
        report = await deliver_pending(sqlite_db, destinations, utcnow)
    assert report.sent == 12 and len(hook.messages) == 12
    assert bucket.refused == 0  # never a 429: the sender waited for the bucket's reset
    assert bucket.windows >= 3


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


async def test_a_global_429_holds_every_route_and_a_routes_429_only_that_one() -> None:
    fake = FakeTime()
    pace = Pace(10.0, sleep=fake.sleep, clock=fake.clock)
    await pace.before("a")
    await pace.before("b")  # the next global slot: 0.1 s on
    pace.after("a", 429, {"retry-after": "3"}, 3.0)
    await pace.before("b")  # only "a" is held
    await pace.before("a")
    pace.after("b", 429, {"x-ratelimit-global": "true"}, 5.0)
    await pace.before("c")
    assert fake.slept == [0.1, 0.1, 2.9, 5.0]


async def test_a_request_waiting_for_its_slot_waits_out_a_global_429_that_came_meanwhile() -> None:
    """Several messages are in flight at once: while one waits for its slot of the budget,
    another's answer may be a global 429. The waiting one must not go out inside that hold."""
    fake = FakeTime()
    pace: Pace

    async def sleep(seconds: float) -> None:
        if not fake.slept:  # another request's answer arrives while this one waits
            pace.after("a", 429, {"x-ratelimit-global": "true"}, 2.0)
        await fake.sleep(seconds)

    pace = Pace(10.0, sleep=sleep, clock=fake.clock)
    await pace.before("a")  # its slot at once (100.0)
    await pace.before("b")  # the next slot is 100.1: it waits, and the 429 comes meanwhile
    assert fake.now >= 102.0  # out only after the hold (100.0 + 2 s), not at 100.1
    assert fake.slept == [0.1, 1.9]


async def test_a_global_429_asking_for_hours_holds_every_route_a_minute_at_most() -> None:
    fake = FakeTime()
    pace = Pace(10.0, sleep=fake.sleep, clock=fake.clock)
    pace.after("a", 429, {"x-ratelimit-global": "true"}, 3600.0)
    await pace.before("b")
    assert fake.slept == [60.0]  # "a" itself backs off as asked (its destination's next try)
