"""The sender serves several destinations at once (`[discord] max_in_flight`), each one's
messages in order and one at a time, within the global budget; a global 429 stops them all.

Concurrency is counted at the loopback Discord API (requests open at the server at once),
never inferred from how long a round took.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import discord.http
import pytest
from sqlalchemy import select

from bot.config import WebhookSettings, load_settings
from bot.delivery.channels import rest_client
from bot.delivery.pace import Pace
from bot.delivery.rounds import Destinations, deliver, sender_pace, sync_webhooks
from bot.delivery.send import deliver_pending, webhook_client
from storage import outbox, subscriptions
from storage.db import Database
from storage.models import Subscription
from storage.types import utcnow
from tests.discord_channels import FakeChannelApi
from tests.discord_webhooks import FakeWebhook, add_webhook, json_reply
from tests.loopback import LoopbackServer, Reply, Request
from tests.test_host_budget import most_in_window
from tests.test_sender_pacing import JITTER

Route = Callable[[Request], Reply | None]


class OpenAtServer:
    """Wraps every route of the server: each answer takes `delay` seconds, and the server counts
    how many requests are open at once, in all and per destination (`where` of the path)."""

    def __init__(self, server: LoopbackServer, delay: float, where: Callable[[str], str]) -> None:
        self.delay, self.where = delay, where
        self.lock = threading.Lock()
        self.open: Counter[str] = Counter()
        self.peak, self.peak_at = 0, Counter[str]()
        self.arrivals: list[float] = []
        for path, route in list(server.routes.items()):
            server.routes[path] = self.wrapped(path, route)

    def wrapped(self, path: str, route: Route) -> Route:
        def serve(request: Request) -> Reply | None:
            where = self.where(path)
            with self.lock:
                self.arrivals.append(time.monotonic())
                self.open[where] += 1
                self.peak = max(self.peak, self.open.total())
                self.peak_at[where] = max(self.peak_at[where], self.open[where])
            try:
                time.sleep(self.delay)
                return route(request)
            finally:
                with self.lock:
                    self.open[where] -= 1

        return serve

    def reset(self) -> None:
        with self.lock:
            self.peak, self.peak_at, self.arrivals = 0, Counter(), []


def destination_of(path: str) -> str:
    """/api/webhooks/ID/TOKEN → the webhook; /api/v10/channels/ID[/…] → the channel."""
    parts = path.split("?")[0].strip("/").split("/")
    if parts[:2] == ["api", "webhooks"]:
        return f"webhook {parts[2]}"
    if parts[:3] == ["api", "v10", "channels"]:
        return f"channel {parts[3]}"
    return "login"


def webhooks_config(tmp_path: Path, urls: list[str]) -> list[WebhookSettings]:
    config = tmp_path / "config.toml"
    hooks = "".join(f'[[webhooks]]\nurl = "{url}"\n' for url in urls)
    config.write_text(f"[http]\nallow_private_networks = true\n{hooks}")
    return list(load_settings(str(config)).raw.webhooks)


def queue_items(db: Database, key: str, items: int, parts: int, now: datetime) -> None:
    """`items` outbox items of `parts` messages each for one destination, "KEY item I part P"."""
    with db.transaction() as session:
        sub = session.scalar(select(Subscription).where(Subscription.key == key))
        assert sub is not None
        for n in range(items):
            payloads = [
                {"content": f"{key} item {n} part {p}", "allowed_mentions": {"parse": []}}
                for p in range(parts)
            ]
            outbox.enqueue(session, sub.id, "alert", payloads, [], now)


def expected(key: str, items: int, parts: int) -> list[str]:
    return [f"{key} item {n} part {p}" for n in range(items) for p in range(parts)]


def contents(messages: list[dict[str, object]]) -> list[str]:
    return [str(m["content"]) for m in messages]


def add_hooks(
    db: Database, server: LoopbackServer, tmp_path: Path, count: int
) -> tuple[list[FakeWebhook], list[WebhookSettings]]:
    pairs = [add_webhook(server, 700 + n, f"lane-token-{n}") for n in range(count)]
    hooks = webhooks_config(tmp_path, [url for _hook, url in pairs])
    sync_webhooks(db, hooks, utcnow())
    return [hook for hook, _url in pairs], hooks


async def test_several_destinations_are_served_at_once_each_in_order(
    sqlite_db: Database, server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    webhooks, items, parts, width = 5, 2, 2, 4
    fakes, hooks = add_hooks(sqlite_db, server, tmp_path, webhooks)
    channels = [FakeChannelApi(server, channel_id=900 + n) for n in range(2)]
    monkeypatch.setattr(discord.http.Route, "BASE", channels[0].base_url)
    now = utcnow()
    with sqlite_db.transaction() as session:
        for api in channels:
            subscriptions.subscribe_channel(session, 7, api.channel_id, now=now)
    keys = [subscriptions.webhook_key(h.url) for h in hooks]
    keys += [f"channel:{api.channel_id}" for api in channels]
    for key in keys:
        queue_items(sqlite_db, key, items, parts, now)
    at_server = OpenAtServer(server, 0.1, destination_of)
    async with rest_client("x.y.z") as client, webhook_client() as http:
        at_server.reset()  # the login's requests are not the round's
        destinations = Destinations(hooks, http, client, pace=Pace(50.0))
        report = await deliver_pending(sqlite_db, destinations, utcnow, max_in_flight=width)
    assert report.sent == len(keys) * items * parts and report.failed == []
    for fake, key in zip(fakes, keys, strict=False):
        assert contents(fake.messages) == expected(key, items, parts)  # outbox order
    for api, key in zip(channels, keys[webhooks:], strict=True):
        assert contents(api.messages) == expected(key, items, parts)
    assert 1 < at_server.peak <= width  # several at once, never more than the bound
    destinations_seen = [d for d in at_server.peak_at if d != "login"]
    assert len(destinations_seen) == len(keys)
    assert all(at_server.peak_at[d] == 1 for d in destinations_seen)  # one at a time each


@pytest.mark.parametrize("limit", [1, 2])
async def test_the_configs_max_in_flight_bounds_a_round(
    sqlite_db: Database, server: LoopbackServer, tmp_path: Path, limit: int
) -> None:
    fakes, hooks = add_hooks(sqlite_db, server, tmp_path, 4)
    for hook in hooks:
        queue_items(sqlite_db, subscriptions.webhook_key(hook.url), 2, 1, utcnow())
    config = tmp_path / "config.toml"  # the webhooks' config, with the bound added
    config.write_text(f"{config.read_text()}[discord]\nmax_in_flight = {limit}\n")
    settings = load_settings(str(config))
    at_server = OpenAtServer(server, 0.1, destination_of)
    async with webhook_client() as http:
        destinations = Destinations(hooks, http, pace=sender_pace(settings))
        report = await deliver(sqlite_db, settings, destinations, utcnow)
    assert report.sent == 8 and at_server.peak == limit


async def test_many_at_once_stay_within_the_global_budget(
    sqlite_db: Database, server: LoopbackServer, tmp_path: Path
) -> None:
    rate, webhooks, each = 10.0, 8, 3  # 0.3 s a request: one at a time would send ~3 a second
    fakes, hooks = add_hooks(sqlite_db, server, tmp_path, webhooks)
    for hook in hooks:
        queue_items(sqlite_db, subscriptions.webhook_key(hook.url), each, 1, utcnow())
    at_server = OpenAtServer(server, 0.3, destination_of)
    async with webhook_client() as http:
        destinations = Destinations(hooks, http, pace=Pace(rate))
        report = await deliver_pending(sqlite_db, destinations, utcnow, max_in_flight=webhooks)
    assert report.sent == webhooks * each
    assert at_server.peak > 1  # the budget, not one-at-a-time, is what limits this round
    times = at_server.arrivals
    assert len(times) == webhooks * each
    for width in (1.0, 2.0):
        assert most_in_window(times, width) <= int(rate * (width + JITTER)) + 1, sorted(times)


def global_limit(retry_after: float) -> Reply:
    """Discord's 429 for the bot's global limit: every route waits."""
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": True}
    headers = {"retry-after": str(retry_after), "x-ratelimit-global": "true"}
    return json_reply(429, body, headers)


async def test_a_global_429_holds_every_destination(
    sqlite_db: Database, server: LoopbackServer, tmp_path: Path
) -> None:
    webhooks, each, width, hold = 6, 6, 6, 1.0
    fakes, hooks = add_hooks(sqlite_db, server, tmp_path, webhooks)
    for hook in hooks:
        queue_items(sqlite_db, subscriptions.webhook_key(hook.url), each, 1, utcnow())
    limited: list[float] = []  # when the server answered 429

    def second_request_limited(request: Request) -> Reply:
        if len(fakes[0].messages) == 1 and not limited:
            limited.append(time.monotonic())
            return global_limit(hold)
        return fakes[0].handle(request)

    server.route(fakes[0].path, second_request_limited)
    at_server = OpenAtServer(server, 0.05, destination_of)
    async with webhook_client() as http:
        destinations = Destinations(hooks, http, pace=Pace(50.0))
        report = await deliver_pending(sqlite_db, destinations, utcnow, max_in_flight=width)
    assert report.sent == webhooks * each and report.failed == []
    assert all(len(f.messages) == each for f in fakes)
    (at,) = limited
    during = [t for t in at_server.arrivals if at < t < at + hold - 0.1]
    # only requests already on their way when the 429 came (one per other lane at most); a
    # sender that held just the limited webhook would send the other ~20 in this second
    assert len(during) <= width - 1, (len(during), sorted(t - at for t in at_server.arrivals))
    assert len([t for t in at_server.arrivals if t > at]) > width  # the rest came after


async def test_a_slow_destination_holds_up_no_other(
    sqlite_db: Database, server: LoopbackServer, tmp_path: Path
) -> None:
    fakes, hooks = add_hooks(sqlite_db, server, tmp_path, 4)
    keys = [subscriptions.webhook_key(h.url) for h in hooks]
    for key in keys:  # the slow one's message comes first in the outbox
        queue_items(sqlite_db, key, 2, 1, utcnow())
    others_done = threading.Event()
    slow_saw_others_done: list[bool] = []

    def slow(request: Request) -> Reply:
        if not slow_saw_others_done:  # its first answer waits until the others have theirs
            slow_saw_others_done.append(others_done.wait(timeout=10))
        return fakes[0].handle(request)

    def other(fake: FakeWebhook) -> Route:
        def serve(request: Request) -> Reply:
            reply = fake.handle(request)
            if sum(len(f.messages) for f in fakes[1:]) == 2 * (len(fakes) - 1):
                others_done.set()
            return reply

        return serve

    server.route(fakes[0].path, slow)
    for fake in fakes[1:]:
        server.route(fake.path, other(fake))
    async with webhook_client() as http:
        destinations = Destinations(hooks, http, pace=Pace(50.0))
        report = await deliver_pending(sqlite_db, destinations, utcnow, max_in_flight=2)
    assert report.sent == 8
    assert slow_saw_others_done == [True]  # one at a time, the others waited the 10 s behind it
    assert contents(fakes[0].messages) == expected(keys[0], 2, 1)
