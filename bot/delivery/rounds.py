"""One delivery round, as the schedule and `labwatch digest --post` run it.

Sync the config's webhooks, write every due digest to the outbox (cursor moved in the same
transaction), then send whatever the outbox holds.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import httpx

from bot.app import global_watch
from bot.config import Settings, WebhookSettings
from bot.delivery.layout import THREAD_MARK
from bot.delivery.pace import Pace
from bot.delivery.plan import (
    AlertPolicy,
    Planned,
    plan_alerts,
    plan_digests,
    plan_due_digests,
)
from bot.delivery.send import (
    Clock,
    DeliveryReport,
    Sender,
    Sleep,
    WebhookSender,
    deliver_pending,
)
from bot.holder import holder_is_gone, this_process
from bot.logs import redact
from jobs.digest.daily import next_due_time
from storage import errors, leases, outbox, subscriptions
from storage.claims import Claim, drop_claims_of
from storage.db import Database
from storage.locks import serialize
from storage.outbox import ID_UNKNOWN, PendingMessage
from storage.subscriptions import webhook_key

if TYPE_CHECKING:
    from bot.delivery.channels import ChannelClient

LEASE_NAME = "labwatch-delivery"


class LeaseHeld(errors.DeliveryError):
    """Another labwatch process drives this database."""


def webhook_names(hooks: list[WebhookSettings]) -> dict[str, str]:
    """Subscription key → what to call the webhook in notices (never its token)."""
    return {webhook_key(h.url): h.name or redact(h.url) for h in hooks}


class Destinations:
    """Finds the sender for an outbox message: a webhook from the config, or a channel."""

    def __init__(
        self,
        hooks: list[WebhookSettings],
        client: httpx.AsyncClient,
        channels: ChannelClient | None = None,
        sleep: Sleep = asyncio.sleep,
        pace: Pace | None = None,
    ) -> None:
        self.urls = {webhook_key(h.url): h.url for h in hooks}
        self.client, self.channels, self.sleep = client, channels, sleep
        # every message of this sender shares Discord's budgets (`[discord] requests_per_second`)
        self.pace = pace or Pace(sleep=sleep)

    def __call__(self, msg: PendingMessage) -> Sender | None:
        thread_id = msg.first_message_id if msg.payload.get(THREAD_MARK) else None
        if msg.payload.get(THREAD_MARK) and thread_id is None:
            return None  # the thread's first message is not out yet: keep the order
        if msg.subscription_kind == "webhook":
            url = self.urls.get(msg.subscription_key)
            if thread_id == ID_UNKNOWN:
                thread_id = None  # the thread's first message went out without an id
            return (
                WebhookSender(
                    self.client, url, thread_id=thread_id, sleep=self.sleep, pace=self.pace
                )
                if url
                else None
            )
        channels = self.channels
        if channels is None or not getattr(channels, "available", True):
            return None  # no bot connection now: the message waits for `labwatch run`
        if msg.channel_id is not None:
            from bot.delivery.channels import ChannelSender  # discord loads only when used

            return ChannelSender(channels, msg.channel_id, thread_id=thread_id, pace=self.pace)
        return None


def sender_pace(settings: Settings) -> Pace:
    """Discord's budgets for one sender, at the config's `[discord] requests_per_second`."""
    return Pace(settings.raw.discord.requests_per_second)


async def deliver(
    db: Database,
    settings: Settings,
    destinations: Destinations,
    clock: Clock,
    claim: Claim | None = None,
) -> DeliveryReport:
    """Send what the outbox holds, up to the config's `[discord] max_in_flight` at once."""
    limit = settings.raw.discord.max_in_flight
    return await deliver_pending(db, destinations, clock, claim, max_in_flight=limit)


def sync_webhooks(db: Database, hooks: list[WebhookSettings], now: datetime) -> None:
    """Make the webhook subscriptions match the config."""
    with db.transaction() as session:
        serialize(session, "config")  # two senders starting together would add one twice
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
    return await deliver(db, settings, destinations, clock)


async def post_alerts(
    db: Database, settings: Settings, destinations: Destinations, story_ids: list[str], clock: Clock
) -> DeliveryReport:
    """Queue alerts for new moves of watched people and send them."""
    policy, filters = alert_policy(settings), settings.raw.filters.routing()
    await db.run(plan_alerts, db, story_ids, global_watch(settings), clock(), filters, policy)
    return await deliver(db, settings, destinations, clock)


@dataclass(frozen=True)
class Destination:
    """A subscription as the admin knows it: its name, schedule and cursor."""

    subscription_id: int
    key: str
    name: str
    digest_at: str
    timezone: str
    cursor: datetime | None
    created_at: datetime


def list_destinations(db: Database, hooks: list[WebhookSettings]) -> list[Destination]:
    """Every active destination, named: a webhook by its config name, a channel by its id."""
    names = webhook_names(hooks)
    with db.session() as session:
        return [
            Destination(
                s.id,
                s.key,
                names.get(s.key) or (f"channel {s.channel_id}" if s.channel_id else s.key),
                s.digest_at,
                s.timezone,
                s.cursor,
                s.created_at,
            )
            for s in subscriptions.active_subscriptions(session)
        ]


def pick_destinations(found: list[Destination], name: str | None) -> list[Destination]:
    """All destinations, or the one called `name` (its name, channel id or key); ValueError."""
    if name is None:
        return found
    wanted = name.strip().casefold()
    chosen = [
        d
        for d in found
        if wanted in (d.name.casefold(), d.key.casefold(), d.key.removeprefix("channel:"))
    ]
    if not chosen:
        known = ", ".join(repr(d.name) for d in found) or "none (add a [[webhooks]] entry)"
        raise ValueError(f"no destination named {name!r}; the destinations are: {known}")
    return chosen


async def post_round(
    db: Database,
    settings: Settings,
    destinations: Destinations,
    clock: Clock,
    chosen: list[int] | None = None,
    *,
    at_once: bool = False,
) -> tuple[list[Planned], DeliveryReport]:
    """Plan the due digests (or, `at_once`, digests up to now) and send every pending message."""
    planned = await db.run(
        plan_digests,
        db,
        global_watch(settings),
        clock(),
        chosen,
        at_once=at_once,
        filters=settings.raw.filters.routing(),
    )
    return planned, await deliver(db, settings, destinations, clock)


TEST_TEXT = (
    "**labwatch test message** · this destination works. Digests arrive daily at {at} {zone}; "
    "the next one {when}."
)


def queue_test_messages(db: Database, chosen: list[Destination], now: datetime) -> None:
    """One short test message per destination, through the outbox like every other message."""
    with db.transaction() as session:
        for dest in chosen:
            due = next_due_time(dest.digest_at, dest.timezone, now)
            text = TEST_TEXT.format(
                at=dest.digest_at, zone=dest.timezone, when=f"{local_time(due, dest.timezone)}"
            )
            payload = {"content": text, "allowed_mentions": {"parse": []}}
            outbox.enqueue(session, dest.subscription_id, "test", [payload], [], now)


def local_time(moment: datetime, timezone: str) -> str:
    """ "2026-12-07 09:00 Europe/Berlin"."""
    return f"{moment.astimezone(ZoneInfo(timezone)):%Y-%m-%d %H:%M} {timezone}"


def in_words(delta: timedelta) -> str:
    """ "in 20 h", "in 35 min", "in 2 days"."""
    minutes = max(1, round(delta.total_seconds() / 60))
    if minutes < 60:
        return f"in {minutes} min"
    hours = round(minutes / 60)
    return f"in {hours} h" if hours < 48 else f"in {round(hours / 24)} days"


def next_digest_words(dest: Destination, now: datetime, first: bool | None = None) -> str:
    """ "next digest 2026-12-07 09:00 Europe/Berlin, in 20 h" ("first digest" when new)."""
    due = next_due_time(dest.digest_at, dest.timezone, now)
    which = "first" if (dest.cursor is None if first is None else first) else "next"
    return f"{which} digest {local_time(due, dest.timezone)}, {in_words(due - now)}"


def describe_destinations(
    chosen: list[Destination],
    planned: list[Planned],
    report: DeliveryReport,
    now: datetime,
    tests: bool = False,
) -> list[str]:
    """One line per destination: what it got now, and when its next digest is due."""
    by_sub = {p.subscription_id: p for p in planned}
    failed = {line.partition(": ")[0] for line in [*report.failed, *report.disabled]}
    lines = []
    for dest in chosen:
        sent = report.sent_to.get(dest.key, 0)
        done = by_sub.get(dest.subscription_id)
        if dest.key in failed:
            what = "sending failed (see below)"
        elif tests:
            what = "sent the test message" if sent else "test message queued"
        elif done is not None and done.messages:
            what = (
                f"sent the digest ({done.stories} stor{'y' if done.stories == 1 else 'ies'}, "
                f"{sent} message{'s' * (sent != 1)})"
            )
        elif done is not None:
            what = "no stories in its window, nothing sent (send_empty = false)"
        elif sent:
            what = f"sent {sent} waiting message{'s' * (sent != 1)}"
        elif dest.cursor is None:
            what = f"nothing due yet (added {dest.created_at:%Y-%m-%d %H:%M} UTC)"
        else:
            what = "nothing due"
        first = dest.cursor is None and done is None
        lines.append(f"{dest.name}: {what}; {next_digest_words(dest, now, first)}")
    return lines


def alert_policy(settings: Settings) -> AlertPolicy:
    """The config's [alerts] section as the planner takes it."""
    alerts = settings.raw.alerts
    return AlertPolicy(alerts.max_age, alerts.per_minute, alerts.keywords)


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
                drop_claims_of(session, old)  # its outbox items are free at once, not in ttl
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
