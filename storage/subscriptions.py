"""Subscriptions: the Discord channels and config webhooks that receive digests.

A webhook's URL holds its token, so it never goes into the database: a webhook
subscription is keyed by a hash of its URL and the URL is looked up in the config at
delivery time (`webhook_key`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from storage.claims import claim_rows, release_held
from storage.errors import ConfigError
from storage.models import Subscription

REMOVED_FROM_CONFIG = "removed from the config"
_CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


class SubscriptionError(ConfigError):
    """Bad input for a subscription (time zone, time of day); the message is one sentence."""


class WebhookLike(Protocol):
    """What sync_webhooks needs of a configured webhook (bot.config.WebhookSettings)."""

    # read-only members: the settings are frozen
    @property
    def url(self) -> str: ...
    @property
    def digest_at(self) -> str: ...
    @property
    def timezone(self) -> str: ...
    @property
    def alerts(self) -> bool: ...
    @property
    def send_empty(self) -> bool: ...
    @property
    def chart(self) -> bool: ...
    @property
    def live(self) -> bool: ...
    def options(self) -> dict[str, Any]: ...


def channel_key(channel_id: int) -> str:
    """The subscription key of a Discord channel."""
    return f"channel:{channel_id}"


def webhook_key(url: str) -> str:
    """The subscription key of a webhook: a hash, so the token never reaches the database."""
    return "webhook:" + hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:16]


def _shown(text: object, limit: int = 60) -> str:
    # a reply never echoes a huge input (Discord refuses messages over 2,000 characters)
    text = str(text)
    return repr(text) if len(text) <= limit else repr(text[:limit]) + " (cut short)"


def check_clock(text: str) -> str:
    """ "9:00" → "09:00"; SubscriptionError for anything that is not a time of day."""
    match = _CLOCK.fullmatch(str(text).strip())
    if not match:
        raise SubscriptionError(f"{_shown(text)} is not a time of day like 09:00 (24-hour clock).")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def check_timezone(name: str) -> str:
    """An IANA zone name, checked; SubscriptionError when unknown."""
    try:
        ZoneInfo(str(name).strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise SubscriptionError(
            f"{_shown(name)} is not a known time zone; use an IANA name like Europe/Berlin or UTC."
        ) from None
    return str(name).strip()


def subscribe_channel(
    session: Session,
    guild_id: int,
    channel_id: int,
    digest_at: str = "09:00",
    timezone: str = "UTC",
    alerts: bool = False,
    send_empty: bool = False,
    *,
    chart: bool = False,
    live: bool = False,
    options: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> Subscription:
    """Subscribe a channel to the daily digest, or change an existing subscription's settings.

    `options` (routing, filters, style; checked by the caller) replace the stored ones.
    """
    clock, zone = check_clock(digest_at), check_timezone(timezone)
    sub = session.scalar(select(Subscription).where(Subscription.key == channel_key(channel_id)))
    if sub is None:
        sub = Subscription(key=channel_key(channel_id), kind="channel", channel_id=channel_id)
        if now is not None:
            sub.created_at = now
        session.add(sub)
    sub.guild_id = guild_id
    if (sub.digest_at, sub.timezone) != (clock, zone):
        sub.next_due_at = None  # a planner works it out again
    sub.digest_at, sub.timezone = clock, zone
    sub.alerts, sub.send_empty, sub.chart = alerts, send_empty, chart
    sub.live, sub.options = live, dict(options or {})
    sub.enabled, sub.disabled_reason = True, None
    session.flush()
    return sub


def channel_subscription(session: Session, channel_id: int) -> Subscription | None:
    """A channel's subscription, if it has one."""
    return session.scalar(select(Subscription).where(Subscription.key == channel_key(channel_id)))


def edit_subscription(
    session: Session,
    channel_id: int,
    options: dict[str, Any],
    *,
    live: bool | None = None,
    alerts: bool | None = None,
) -> Subscription | None:
    """Change a channel subscription's options (a None value clears one); None when unsubscribed."""
    sub = channel_subscription(session, channel_id)
    if sub is None:
        return None
    merged = {**(sub.options or {}), **options}
    sub.options = {k: v for k, v in merged.items() if v not in (None, "", [], {})}
    if live is not None:
        sub.live = live
    if alerts is not None:
        sub.alerts = alerts
    session.flush()
    return sub


def unsubscribe_channel(session: Session, channel_id: int) -> bool:
    """Remove a channel's subscription; False when it had none."""
    sub = session.scalar(select(Subscription).where(Subscription.key == channel_key(channel_id)))
    if sub is None:
        return False
    session.delete(sub)
    session.flush()
    return True


def list_subscriptions(session: Session, guild_id: int | None = None) -> list[Subscription]:
    """A guild's channel subscriptions; with guild_id None, every subscription."""
    query = select(Subscription).order_by(Subscription.id)
    if guild_id is not None:
        query = query.where(Subscription.guild_id == guild_id)
    return list(session.scalars(query))


def active_subscriptions(session: Session) -> list[Subscription]:
    """Every enabled subscription, channels and webhooks."""
    query = select(Subscription).where(Subscription.enabled.is_(True)).order_by(Subscription.id)
    return list(session.scalars(query))


def get_subscription(session: Session, subscription_id: int) -> Subscription | None:
    """One subscription by id."""
    return session.get(Subscription, subscription_id)


def remove_guild(session: Session, guild_id: int) -> int:
    """Forget every subscription of a guild (the bot left it); returns how many."""
    subs = list(session.scalars(select(Subscription).where(Subscription.guild_id == guild_id)))
    for sub in subs:
        session.delete(sub)
    session.flush()
    return len(subs)


def sync_webhooks(
    session: Session, webhooks: Iterable[WebhookLike], *, now: datetime | None = None
) -> list[Subscription]:
    """Make the webhook subscriptions match the config; ones no longer configured are disabled.

    A webhook that Discord refused (401/403/404) stays disabled: the same URL would be
    refused again, and the notice asks for a new URL (which is a new subscription).
    """
    wanted: dict[str, WebhookLike] = {webhook_key(w.url): w for w in webhooks}
    existing = {
        s.key: s
        for s in session.scalars(select(Subscription).where(Subscription.kind == "webhook"))
    }
    result: list[Subscription] = []
    for key, hook in wanted.items():
        sub = existing.get(key)
        if sub is None:
            sub = Subscription(key=key, kind="webhook")
            if now is not None:
                sub.created_at = now
            session.add(sub)
        elif sub.disabled_reason == REMOVED_FROM_CONFIG:
            sub.enabled, sub.disabled_reason = True, None
        clock, zone = check_clock(hook.digest_at), check_timezone(hook.timezone)
        if (sub.digest_at, sub.timezone) != (clock, zone):
            sub.next_due_at = None  # a planner works it out again
        sub.digest_at, sub.timezone = clock, zone
        sub.alerts, sub.send_empty, sub.chart = hook.alerts, hook.send_empty, hook.chart
        sub.live, sub.options = hook.live, hook.options()
        result.append(sub)
    for key, sub in existing.items():
        if key not in wanted and sub.enabled:
            sub.enabled, sub.disabled_reason = False, REMOVED_FROM_CONFIG
    session.flush()
    return result


def disable_subscription(session: Session, subscription_id: int, reason: str) -> None:
    """Stop delivering to a destination Discord refused, keeping the reason to show."""
    sub = session.get(Subscription, subscription_id)
    if sub is not None:
        sub.enabled, sub.disabled_reason = False, reason


def advance_cursor(
    session: Session,
    subscription_id: int,
    cursor: datetime,
    digest_at: datetime,
    next_due: datetime | None = None,
) -> None:
    """Record that stories up to `cursor` are in the outbox, when the digest was made, and
    when the next one falls due (None: a planner works it out)."""
    sub = session.get(Subscription, subscription_id)
    if sub is not None:
        sub.cursor = cursor
        sub.last_digest_at = digest_at
        sub.next_due_at = next_due


def set_next_due(session: Session, sub: Subscription, next_due: datetime) -> None:
    """Record when a subscription's next digest falls due (it was looked at: none is owed)."""
    sub.next_due_at = next_due


def due_subscriptions(now: datetime) -> tuple[ColumnElement[bool], ...]:
    """Enabled subscriptions whose next digest is due, or not known yet (what workers claim)."""
    due = or_(Subscription.next_due_at.is_(None), Subscription.next_due_at <= now)
    return (Subscription.enabled.is_(True), due)


_SOONEST = (Subscription.next_due_at.is_not(None), Subscription.next_due_at, Subscription.id)


def due_subscription_ids(session: Session, now: datetime) -> list[int]:
    """Enabled subscriptions whose next digest is due, or not known yet (one process: no claim)."""
    return list(
        session.scalars(select(Subscription.id).where(*due_subscriptions(now)).order_by(*_SOONEST))
    )


def claim_due_subscriptions(
    session: Session, now: datetime, holder: str, until: datetime, limit: int
) -> list[int]:
    """Claim up to `limit` subscriptions whose digest is due (or not known yet) for `holder`
    (storage.claims: one statement, rows being claimed elsewhere skipped)."""
    return claim_rows(
        session, Subscription.id, due_subscriptions(now), _SOONEST,
        holder=holder, now=now, until=until, limit=limit,
    )  # fmt: skip


def hold_subscription(
    session: Session, subscription_id: int, holder: str | None
) -> Subscription | None:
    """The subscription, locked to the transaction, if `holder` still holds its claim (which
    is released with the transaction's commit); with no holder, locked whatever its claim."""
    if holder is not None and not release_held(session, Subscription.id, [subscription_id], holder):
        return None
    return session.get(Subscription, subscription_id, with_for_update=True, populate_existing=True)


def lock_subscription(session: Session, subscription_id: int) -> None:
    """Hold a subscription's row for the transaction: planners of one destination take turns."""
    session.execute(
        select(Subscription.id).where(Subscription.id == subscription_id).with_for_update()
    )
