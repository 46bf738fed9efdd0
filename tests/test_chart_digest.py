"""The weekly talent-flow chart in digests: multipart webhooks, channels, crash-safe, Mondays only."""

from __future__ import annotations

import argparse
import io
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import discord
import matplotlib.image
import pytest
from sqlalchemy import select

from bot.app import open_database
from bot.commands import digest as digest_command
from bot.commands.invite import PERMISSIONS
from bot.config import Settings, load_settings
from bot.delivery.channels import ChannelSender, rest_client
from bot.delivery.plan import chart_due, plan_due_digests, week_before
from bot.delivery.rounds import Destinations
from bot.delivery.send import deliver_pending, webhook_client
from bot.discord_common import NEEDED_FOR_THREADS, NEEDED_IN_CHANNEL, NEEDED_TO_START_THREADS
from bot.render import CHART_FILE, add_chart, chart_embed, limit_problems
from jobs.watch.lists import WatchLists
from storage import outbox, subscriptions
from storage.db import Database
from storage.models import OutboxItem, OutboxMessage, Subscription
from tests.digest_samples import add_source, add_story
from tests.discord_channels import FakeChannelApi
from tests.discord_webhooks import VALIDATOR as WEBHOOK_SCHEMA
from tests.discord_webhooks import FakeWebhook, add_webhook, json_reply, request_parts
from tests.fakes_discord import call
from tests.loopback import LoopbackServer

MONDAY = datetime(2025, 7, 14, 9, 0, tzinfo=UTC)  # a Monday, 09:00 UTC
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk, after checking the signature."""
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def add_week_of_moves(db: Database, end: datetime = MONDAY) -> None:
    """Three moves between labs in the week before `end`, one the day before."""
    with db.transaction() as s:
        src = add_source(s, "Outlet")
        moves = [
            ("Jan Leike", "OpenAI", "Anthropic", 6),
            ("John Schulman", "OpenAI", "Anthropic", 4),
            ("Ada Researcher", "Google DeepMind", "Meta", 1),
        ]
        for n, (person, left, joined, days) in enumerate(moves):
            add_story(
                s,
                f"move-{n}",
                f"{person} leaves {left} for {joined}",
                end - timedelta(days=days, hours=3),
                person=person,
                action="join",
                from_lab=left,
                to_lab=joined,
                people=[person],
                labs=[left, joined],
                reports=[(src, f"https://outlet.example/{n}", None)],
            )


def write_config(tmp_path: Path, url: str, chart: bool = True) -> Settings:
    (tmp_path / "config.toml").write_text(
        '[storage]\nurl = "sqlite:///labwatch.db"\n'
        "[http]\nallow_private_networks = true\ntimeout = 5\n"
        '[watch]\npeople = ["Jan Leike"]\n'
        '[discord]\ntoken_env = "LABWATCH_TEST_NO_SUCH_TOKEN"\n'
        f'[[webhooks]]\nurl = "{url}"\ndigest_at = "09:00"\ntimezone = "UTC"\n'
        f"chart = {str(chart).lower()}\n"
    )
    return load_settings(str(tmp_path / "config.toml"))


def subscribe_webhook(settings: Settings) -> Database:
    db = open_database(settings)
    with db.transaction() as s:
        subscriptions.sync_webhooks(s, settings.raw.webhooks, now=MONDAY - timedelta(days=3))
    return db


def post(settings: Settings, when: datetime) -> int:
    args = argparse.Namespace(post=True, since=None, until=None, format="text", chart=None)
    return digest_command.main(args, settings, clock=lambda: when)


def chart_messages(hook: FakeWebhook) -> list[dict[str, Any]]:
    return [m for m in hook.messages if m["files"]]


def test_webhook_gets_the_chart_as_multipart_on_monday_only(
    tmp_path: Path, server: LoopbackServer
) -> None:
    hook, url = add_webhook(server, 71, "tok-chart")
    settings = write_config(tmp_path, url)
    db = subscribe_webhook(settings)
    add_week_of_moves(db)
    db.dispose()

    assert post(settings, MONDAY - timedelta(days=1, seconds=-30)) == 0  # Sunday: no chart
    assert hook.messages and not chart_messages(hook)
    assert post(settings, MONDAY + timedelta(seconds=30)) == 0
    (message,) = chart_messages(hook)
    assert hook.bad_bodies == []  # every payload_json validated against Discord's schema
    name, kind, data = message["files"]["files[0]"]
    assert (name, kind) == (CHART_FILE, "image/png")
    width, height = png_size(data)
    pixels = matplotlib.image.imread(io.BytesIO(data), format="png")
    assert pixels.shape[:2] == (height, width) and width >= 800
    assert pixels[..., :3].std() > 0.05  # drawn, not blank
    assert message["attachments"] == [{"id": "0", "filename": CHART_FILE}]
    (chart,) = [e for e in message["embeds"] if e.get("image")]
    assert chart["image"]["url"] == f"attachment://{CHART_FILE}"
    assert chart["description"].startswith("3 moves between labs")
    assert message["allowed_mentions"] == {"parse": []}
    # on the wire: Discord's documented form, the JSON in payload_json, the picture in files[0]
    (request,) = [r for r in server.hits(hook.path) if b"payload_json" in r.body]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    body, files = request_parts(request)
    assert not list(WEBHOOK_SCHEMA.iter_errors(body)) and list(files) == ["files[0]"]
    assert not limit_problems(body)

    assert post(settings, MONDAY + timedelta(days=1, seconds=30)) == 0  # Tuesday: no chart
    assert len(chart_messages(hook)) == 1


def test_quiet_week_and_opted_out_subscriptions_get_no_chart(
    tmp_path: Path, server: LoopbackServer
) -> None:
    hook, url = add_webhook(server, 72, "tok-quiet")
    settings = write_config(tmp_path, url)
    subscribe_webhook(settings).dispose()
    assert post(settings, MONDAY + timedelta(seconds=30)) == 0
    assert hook.messages == []  # no moves that week, nothing new: nothing sent at all

    other, other_url = add_webhook(server, 73, "tok-off")
    (tmp_path / "off").mkdir()
    off = write_config(tmp_path / "off", other_url, chart=False)
    db = subscribe_webhook(off)
    add_week_of_moves(db)
    db.dispose()
    assert post(off, MONDAY + timedelta(seconds=30)) == 0
    assert other.messages and not chart_messages(other)


async def test_the_chart_is_stored_before_sending_and_resent_byte_for_byte(
    tmp_path: Path, server: LoopbackServer
) -> None:
    hook, url = add_webhook(server, 74, "tok-crash")
    hook.script.append(json_reply(400, {"message": "try again", "code": 0}))  # first send fails
    settings = write_config(tmp_path, url)
    db = subscribe_webhook(settings)
    add_week_of_moves(db)
    plan_due_digests(db, WatchLists(), MONDAY + timedelta(seconds=30))
    with db.session() as s:  # written with the digest, before anything was sent
        (stored,) = s.scalars(select(OutboxMessage).where(OutboxMessage.file_data.is_not(None)))
        stored_png = bytes(stored.file_data or b"")
        assert stored.file_name == CHART_FILE and stored.message_id is None
    png_size(stored_png)
    async with webhook_client() as client:
        report = await deliver_pending(db, Destinations(settings.raw.webhooks, client), _clock)
    assert report.failed and hook.messages == []
    (first_try,) = server.hits(hook.path)
    assert request_parts(first_try)[1]["files[0]"][2] == stored_png

    with db.transaction() as s:  # the week changes meanwhile: a re-drawn chart would differ
        add_story(s, "late", "Late move", MONDAY - timedelta(days=2), from_lab="A", to_lab="B")
    db.dispose()
    restarted = open_database(settings)  # as after a restart: only what the database holds
    async with webhook_client() as client:
        # after the failed destination's stored wait
        report = await deliver_pending(
            restarted,
            Destinations(settings.raw.webhooks, client),
            lambda: _clock() + timedelta(minutes=2),
        )
    assert report.sent == 1 and not report.failed
    (message,) = chart_messages(hook)
    assert message["files"]["files[0]"][2] == stored_png
    assert hook.bad_bodies == []
    with restarted.session() as s:
        assert [i.status for i in s.scalars(select(OutboxItem))] == ["sent"]
        sent = s.get(OutboxMessage, stored.id)
        assert sent is not None and sent.message_id == message["id"]
        assert (sent.file_name, sent.file_data) == (CHART_FILE, None)  # sent: bytes dropped
    restarted.dispose()


def _clock() -> datetime:
    return MONDAY + timedelta(minutes=1)


async def test_channel_sends_the_same_file_and_a_resend_posts_nothing_twice(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = FakeChannelApi(server, channel_id=42)
    monkeypatch.setattr(discord.http.Route, "BASE", api.base_url)
    png = b"\x89PNG\r\n\x1a\n" + b"chart bytes"
    payloads, seq = add_chart(
        [{"content": "digest", "embeds": [], "allowed_mentions": {"parse": []}}],
        chart_embed(2, MONDAY - timedelta(days=7), MONDAY),
        "header",
    )
    file = outbox.OutboxFile(CHART_FILE, png)
    async with rest_client("x.y.z") as client:
        sender = ChannelSender(client, 42)
        first = await sender.send(payloads[seq], "lw-nonce-1", file)
        again = await sender.send(payloads[seq], "lw-nonce-1", file)  # after a crash
    assert first == again and len(api.messages) == 1 and api.posts == 2
    (message,) = api.messages
    assert api.bad_bodies == []
    (part,) = message["files"].values()
    assert part[0] == CHART_FILE and part[2] == png
    assert message["embeds"][0]["image"]["url"] == f"attachment://{CHART_FILE}"


def test_add_chart_joins_the_last_message_or_makes_its_own() -> None:
    embed = chart_embed(1, MONDAY - timedelta(days=7), MONDAY)
    small = [{"content": "a", "embeds": [{"title": "x"}], "allowed_mentions": {"parse": []}}]
    out, seq = add_chart(small, embed, "header")
    assert seq == 0 and out[0]["embeds"][-1] is embed and small[0]["embeds"] == [{"title": "x"}]
    full = [{"content": "a", "embeds": [{"title": "x"}] * 10, "allowed_mentions": {"parse": []}}]
    out, seq = add_chart(full, embed, "header")
    assert seq == 1 and out[1]["content"] == "header" and out[1]["embeds"] == [embed]
    out, seq = add_chart([], embed, "header")  # a quiet day with moves earlier in the week
    assert seq == 0 and len(out) == 1
    assert all(not limit_problems(p) for p in out)


def test_chart_only_on_each_subscriptions_own_monday(database: Database) -> None:
    """Two zones around midnight: Monday 00:30 in Tokyo is Sunday in UTC, Monday 23:30 in Los
    Angeles is Tuesday in UTC; each gets its chart once, on its own Monday."""
    add_week_of_moves(database, end=datetime(2025, 7, 14, 12, tzinfo=UTC))  # 8, 10, 13 July
    created = datetime(2025, 7, 9, tzinfo=UTC)
    with database.transaction() as s:
        tokyo = subscriptions.subscribe_channel(
            s, 1, 10, "00:30", "Asia/Tokyo", send_empty=True, chart=True, now=created
        ).id
        los_angeles = subscriptions.subscribe_channel(
            s, 1, 20, "23:30", "America/Los_Angeles", send_empty=True, chart=True, now=created
        ).id
    now = datetime(2025, 7, 10, tzinfo=UTC)
    while now < datetime(2025, 7, 24, tzinfo=UTC):  # two weeks, hour by hour
        plan_due_digests(database, WatchLists(), now)
        now += timedelta(hours=1)
    with database.session() as s:
        charts = s.execute(
            select(OutboxItem.subscription_id, OutboxItem.window_until)
            .join(OutboxMessage, OutboxMessage.item_id == OutboxItem.id)
            .where(OutboxMessage.file_data.is_not(None))
            .order_by(OutboxItem.window_until)
        ).all()
        digests = s.scalars(select(OutboxItem.id)).all()
    assert len(digests) == 30  # one digest a day for each, 9 to 23 July
    assert [tuple(c) for c in charts] == [
        (tokyo, datetime(2025, 7, 13, 15, 30, tzinfo=UTC)),  # Mon 14 Jul 00:30 JST
        (los_angeles, datetime(2025, 7, 15, 6, 30, tzinfo=UTC)),  # Mon 14 Jul 23:30 PDT
        # the second week has no moves: no chart
    ]


def test_catch_up_digest_over_a_monday_carries_the_chart() -> None:
    sunday, tuesday = MONDAY - timedelta(days=1), MONDAY + timedelta(days=1)
    assert chart_due("09:00", "UTC", sunday, tuesday)  # down over Monday: the catch-up has it
    assert not chart_due("09:00", "UTC", MONDAY, tuesday)  # the Monday one already had it
    assert chart_due("09:00", "UTC", MONDAY - timedelta(days=30), MONDAY - timedelta(days=20))
    # a week across the end of summer time is the same local time seven days before (169 h)
    until = datetime(2025, 10, 27, 8, 0, tzinfo=UTC)  # Mon 09:00 CET
    assert until - week_before(until, "Europe/Berlin") == timedelta(hours=169)


async def test_subscribe_chart_option(database: Database) -> None:
    from bot.cogs.subscriptions import SubscriptionsCog
    from tests.fakes_discord import FakeInteraction, make_deps

    cog = SubscriptionsCog(make_deps(database))
    itx = FakeInteraction(manager=True)
    await call(cog, "subscribe", itx, chart=True)
    assert "talent-flow chart on Mondays" in itx.last.content and itx.last.ephemeral
    with database.session() as s:
        (sub,) = s.scalars(select(Subscription))
        assert sub.chart is True
    await call(cog, "subscribe", FakeInteraction(manager=True))
    with database.session() as s:
        assert s.scalars(select(Subscription)).one().chart is False  # settings are replaced


def test_channel_permissions_match_the_invite() -> None:
    needed = NEEDED_IN_CHANNEL | NEEDED_TO_START_THREADS | NEEDED_FOR_THREADS
    assert list(needed.values()) == [name for name, _bit, _why in PERMISSIONS]
