"""One delivery round, as the schedule and `labwatch digest --post` run it.

Sync the config's webhooks, write every due digest to the outbox (cursor moved in the same
transaction), then send whatever the outbox holds.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import httpx

from bot.app import global_watch
from bot.config import Settings, WebhookSettings
from bot.delivery.layout import THREAD_MARK
from bot.delivery.plan import plan_alerts, plan_due_digests
from bot.delivery.send import (
    Clock,
    DeliveryReport,
    Sender,
    Sleep,
    WebhookSender,
    deliver_pending,
    redact_webhook,
)
from bot.holder import holder_is_gone, this_process
from storage import leases, subscriptions
from storage.db import Database
from storage.outbox import ID_UNKNOWN, PendingMessage
from storage.subscriptions import webhook_key

if TYPE_CHECKING:
    from bot.delivery.channels import ChannelClient

LEASE_NAME = "labwatch-delivery"


class LeaseHeld(Exception):
    """Another labwatch process drives this database."""


def webhook_names(hooks: list[WebhookSettings]) -> dict[str, str]:
    """Subscription key → what to call the webhook in notices (never its token)."""
    return {webhook_key(h.url): h.name or redact_webhook(h.url) for h in hooks}


class Destinations:
    """Finds the sender for an outbox message: a webhook from the config, or a channel."""

    def __init__(
        self,
        hooks: list[WebhookSettings],
        client: httpx.AsyncClient,
        channels: ChannelClient | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.urls = {webhook_key(h.url): h.url for h in hooks}
        self.client, self.channels, self.sleep = client, channels, sleep

    def __call__(self, msg: PendingMessage) -> Sender | None:
        thread_id = msg.first_message_id if msg.payload.get(THREAD_MARK) else None
        if msg.payload.get(THREAD_MARK) and thread_id is None:
            return None  # the thread's first message is not out yet: keep the order
        if msg.subscription_kind == "webhook":
            url = self.urls.get(msg.subscription_key)
            if thread_id == ID_UNKNOWN:
                thread_id = None  # the thread's first message went out without an id
            return (
                WebhookSender(self.client, url, thread_id=thread_id, sleep=self.sleep)
                if url
                else None
            )
        channels = self.channels
        if channels is None or not getattr(channels, "available", True):
            return None  # no bot connection now: the message waits for `labwatch run`
        if msg.channel_id is not None:
            from bot.delivery.channels import ChannelSender  # discord loads only when used

            return ChannelSender(channels, msg.channel_id, thread_id=thread_id)
        return None


def sync_webhooks(db: Database, hooks: list[WebhookSettings], now: datetime) -> None:
    """Make the webhook subscriptions match the config."""
    with db.transaction() as session:
        subscriptions.sync_webhooks(session, hooks, now=now)


async def post_due(
    db: Database,
    settings: Settings,
    destinations: Destinations,
    clock: Clock,
) -> DeliveryReport:
    """Plan the digests due now and send every pending message."""
    await db.run(sync_webhooks, db, list(settings.raw.webhooks), clock())
    filters = settings.raw.filters.routing()
    await db.run(plan_due_digests, db, global_watch(settings), clock(), filters)
    return await deliver_pending(db, destinations, clock)


async def post_alerts(
    db: Database, settings: Settings, destinations: Destinations, story_ids: list[str], clock: Clock
) -> DeliveryReport:
    """Queue alerts for new moves of watched people and send them."""
    filters = settings.raw.filters.routing()
    await db.run(plan_alerts, db, story_ids, global_watch(settings), clock(), filters)
    return await deliver_pending(db, destinations, clock)


def take_lease(db: Database, holder: str, now: datetime, ttl: timedelta) -> None:
    """Take the delivery lease or raise LeaseHeld naming who holds it.

    A holder certainly gone (its process, in our PID namespace on this boot, exited or is a
    zombie) is taken over at once; any other holder keeps its lease until it expires.
    """
    with db.transaction() as session:
        if leases.acquire_lease(session, LEASE_NAME, holder, now, ttl) is not None:
            return
        lease = leases.current_holder(session, LEASE_NAME, now)
        if lease is None or holder_is_gone(lease.holder):
            old = lease.holder if lease else ""
            if leases.take_over_lease(session, LEASE_NAME, old, holder, now, ttl):
                return
    who = f"{lease.holder} (until {lease.expires_at:%H:%M:%S} UTC)" if lease else "another process"
    raise LeaseHeld(f"another labwatch is driving this database: {who}")


def lease_holder(what: str) -> str:
    """A holder string unique to this process (see bot.holder): "labwatch run on HOST pid N [...]"."""
    return str(this_process(what))


def drop_lease(db: Database, holder: str) -> None:
    with db.transaction() as session:
        leases.release_lease(session, LEASE_NAME, holder)


@contextlib.contextmanager
def holding_lease(db: Database, holder: str, now: datetime, ttl: timedelta) -> Iterator[None]:
    """Hold the delivery lease for a block (a `digest --post` run)."""
    take_lease(db, holder, now, ttl)
    try:
        yield
    finally:
        drop_lease(db, holder)


def describe_report(report: DeliveryReport, names: dict[str, str] | None = None) -> list[str]:
    """Lines for the terminal: what was sent, what failed, what was disabled (webhooks named)."""
    lines = [f"sent {report.sent} message{'s' * (report.sent != 1)}"]
    if report.waiting:
        lines.append(
            f"{report.waiting} message(s) for Discord channels wait for a bot connection "
            "(set the token and run `labwatch run`)"
        )
    lines += [
        f"sent, id unknown (may have arrived twice): {name_of(x, names)}" for x in report.unsure
    ]
    lines += [f"will retry: {name_of(x, names)}" for x in report.failed]
    lines += [f"failed: {name_of(x, names)}" for x in report.given_up]
    lines += [f"disabled: {name_of(x, names)}" for x in report.disabled]
    return lines


def name_of(line: str, names: dict[str, str] | None) -> str:
    """ "webhook:3f2a…: reason" with the key replaced by the webhook's name from the config."""
    key, sep, rest = line.partition(": ")
    return f"webhook {names[key]}{sep}{rest}" if names and key in names else line
