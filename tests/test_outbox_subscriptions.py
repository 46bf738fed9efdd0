"""Subscriptions: channels subscribe and unsubscribe, webhooks follow the config."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from storage.db import Database
from storage.subscriptions import (
    REMOVED_FROM_CONFIG,
    SubscriptionError,
    disable_subscription,
    list_subscriptions,
    remove_guild,
    subscribe_channel,
    sync_webhooks,
    unsubscribe_channel,
    webhook_key,
)


@dataclass
class Hook:
    url: str
    digest_at: str = "09:00"
    timezone: str = "UTC"
    alerts: bool = False
    send_empty: bool = False
    chart: bool = False
    live: bool = False

    def options(self) -> dict[str, Any]:
        return {}


def test_subscribe_update_and_unsubscribe(database: Database) -> None:
    with database.transaction() as s:
        sub = subscribe_channel(s, 1, 10, "7:30", "Europe/Berlin", alerts=True, send_empty=False)
        assert (sub.key, sub.digest_at, sub.timezone) == ("channel:10", "07:30", "Europe/Berlin")
    with database.transaction() as s:
        subscribe_channel(s, 1, 10, "08:00", "UTC")
        subscribe_channel(s, 1, 11)
        subscribe_channel(s, 2, 20)
    with database.session() as s:
        assert [x.channel_id for x in list_subscriptions(s, 1)] == [10, 11]
        assert list_subscriptions(s, 1)[0].digest_at == "08:00"
    with database.transaction() as s:
        assert unsubscribe_channel(s, 10) is True
        assert unsubscribe_channel(s, 10) is False
        assert remove_guild(s, 2) == 1
    with database.session() as s:
        assert [x.channel_id for x in list_subscriptions(s)] == [11]


@pytest.mark.parametrize(
    ("clock", "zone", "message"),
    [
        ("25:00", "UTC", "'25:00' is not a time of day like 09:00 (24-hour clock)."),
        ("9am", "UTC", "'9am' is not a time of day like 09:00 (24-hour clock)."),
        ("09:00", "Mars/Olympus", "'Mars/Olympus' is not a known time zone; use an IANA name"),
    ],
)
def test_bad_input_is_one_sentence(database: Database, clock: str, zone: str, message: str) -> None:
    with database.transaction() as s, pytest.raises(SubscriptionError) as info:
        subscribe_channel(s, 1, 10, clock, zone)
    assert str(info.value).startswith(message)


def test_webhooks_follow_the_config(database: Database) -> None:
    a, b = (
        Hook("https://discord.com/api/webhooks/1/aaa"),
        Hook("https://discord.com/api/webhooks/2/b"),
    )
    with database.transaction() as s:
        sync_webhooks(s, [a, b])
    with database.transaction() as s:
        subs = {x.key: x for x in list_subscriptions(s)}
        assert "aaa" not in "".join(subs)  # the token never reaches the database
        disable_subscription(s, subs[webhook_key(b.url)].id, "Discord answered 404")
        sync_webhooks(s, [Hook(a.url, "10:15", "Asia/Tokyo", send_empty=True), b])
    with database.transaction() as s:
        subs = {x.key: x for x in list_subscriptions(s)}
        hook_a = subs[webhook_key(a.url)]
        assert (hook_a.digest_at, hook_a.timezone, hook_a.send_empty) == (
            "10:15",
            "Asia/Tokyo",
            True,
        )
        assert subs[webhook_key(b.url)].enabled is False  # refused stays refused
        sync_webhooks(s, [b])
    with database.transaction() as s:
        hook_a = {x.key: x for x in list_subscriptions(s)}[webhook_key(a.url)]
        assert (hook_a.enabled, hook_a.disabled_reason) == (False, REMOVED_FROM_CONFIG)
        sync_webhooks(s, [a])
    with database.session() as s:
        assert {x.key: x for x in list_subscriptions(s)}[webhook_key(a.url)].enabled is True
