"""Delivery to a loopback server speaking Discord's webhook API: once, within limits, no pings."""

from __future__ import annotations

import argparse
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from bot.app import open_database
from bot.commands import digest as digest_command
from bot.config import Settings, load_settings
from bot.delivery.send import DeliveryError, DestinationRefused, WebhookSender
from bot.logs import redact
from bot.render import limit_problems
from storage.db import Database
from storage.models import OutboxItem, Subscription
from tests.digest_samples import add_source, add_story
from tests.discord_webhooks import FakeWebhook, add_webhook, rate_limited
from tests.loopback import LoopbackServer, Reply, Request

RAW_MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>|<#\d+>")
CREATED = datetime(2025, 7, 8, 6, 0, tzinfo=UTC)
DUE_NOW = datetime(2025, 7, 9, 9, 0, 30, tzinfo=UTC)


def write_config(
    tmp_path: Path, hooks: list[tuple[str, str, str]], send_empty: bool = False
) -> Settings:
    lines = [
        '[storage]\nurl = "sqlite:///labwatch.db"\n',
        "[http]\nallow_private_networks = true\ntimeout = 5\n",
    ]
    lines.append('[watch]\npeople = ["Jan Leike", "Sam Altman"]\nkeywords = ["superalignment"]\n')
    lines.append('[discord]\ntoken_env = "LABWATCH_TEST_NO_SUCH_TOKEN"\n')
    for url, at, tz in hooks:
        lines.append(
            f'[[webhooks]]\nurl = "{url}"\ndigest_at = "{at}"\ntimezone = "{tz}"\n'
            f"send_empty = {str(send_empty).lower()}\n"
        )
    path = tmp_path / "config.toml"
    path.write_text("\n".join(lines))
    return load_settings(str(path))


def post(settings: Settings, when: datetime) -> int:
    args = argparse.Namespace(post=True, since=None, until=None, format="text")
    return digest_command.main(args, settings, clock=lambda: when)


def add_many_stories(db: Database, count: int) -> list[str]:
    """Moves and mentions with nasty text, published during the day before DUE_NOW."""
    titles = []
    with db.transaction() as s:
        src = add_source(s, "Outlet")
        for n in range(count):
            title = f"Story {n:02d} @everyone <@{n}> **joins**"
            move = n % 3 != 0
            add_story(
                s,
                f"s{n:02d}",
                title,
                datetime(2025, 7, 8, 10, 0, tzinfo=UTC) + timedelta(minutes=20 * n),
                kind="move" if move else "mention",
                summary="<b>Bold</b> @here <@&99> " + "long words " * 150,
                person="Jan Leike" if move else None,
                action="join" if move else None,
                to_lab="Anthropic" if move else None,
                people=["Jan Leike"] if move else ["Sam Altman"],
                reports=[(src, f"https://outlet.example/{n}", None)],
            )
            titles.append(f"Story {n:02d}")
    return titles


@pytest.fixture
def hooks(server: LoopbackServer) -> Iterator[tuple[FakeWebhook, str, FakeWebhook, str]]:
    ok, ok_url = add_webhook(
        server, 111, "tok-ok", script=[rate_limited(0.05), Reply(500, b"oops")]
    )
    gone, gone_url = add_webhook(server, 222, "tok-gone", gone=True)
    yield ok, ok_url, gone, gone_url


def test_post_delivers_every_story_once_within_limits(
    tmp_path: Path,
    server: LoopbackServer,
    hooks: tuple[FakeWebhook, str, FakeWebhook, str],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    ok, ok_url, gone, gone_url = hooks
    settings = write_config(
        tmp_path, [(ok_url, "09:00", "UTC"), (gone_url, "11:00", "Europe/Berlin")]
    )
    db = open_database(settings)
    titles = add_many_stories(db, 36)
    caplog.set_level(logging.INFO)

    assert post(settings, CREATED) == 0  # subscriptions made; nothing due yet
    assert server.requests == []
    assert post(settings, DUE_NOW) == 1  # the gone webhook is reported
    out = capsys.readouterr().out

    # every story once, in messages within every limit, nothing that could ping
    delivered = [e["title"] for e in ok.embeds()]
    assert sorted(t[:8] for t in delivered) == titles
    assert len(ok.messages) > 1 and ok.bad_bodies == []
    for message in ok.messages:
        assert message["allowed_mentions"] == {"parse": []}
        payload = {k: message[k] for k in ("content", "embeds", "allowed_mentions")}
        assert limit_problems(payload) == []
        text = " ".join([message["content"], *(str(e) for e in message["embeds"])])
        assert not RAW_MENTION.search(text)
    # 429 honoured and the 500 retried: two extra requests, then one per message
    assert len(server.hits(ok.path)) == len(ok.messages) + 2
    # the 404 disabled that webhook after one request, with a reason shown and no token leaked
    assert len(server.hits(gone.path)) == 1
    assert "disabled: webhook http://127.0.0.1:" in out and "/222/***: Discord answered 404" in out
    assert "tok-gone" not in out
    assert "tok-gone" not in caplog.text and "tok-ok" not in caplog.text
    with db.session() as s:
        subs = {x.disabled_reason is None: x for x in s.query(Subscription)}
        assert "404" in (subs[False].disabled_reason or "")

    # a second run right after sends no message at all
    before = len(server.requests)
    assert post(settings, DUE_NOW + timedelta(minutes=1)) == 0
    assert len(server.requests) == before
    db.dispose()


def test_quiet_day_brief_or_nothing(tmp_path: Path, server: LoopbackServer) -> None:
    quiet, quiet_url = add_webhook(server, 333, "tok-quiet")
    settings = write_config(tmp_path, [(quiet_url, "09:00", "UTC")], send_empty=True)
    assert post(settings, CREATED) == 0
    assert post(settings, DUE_NOW) == 0
    assert [m["content"][:28] for m in quiet.messages] == ["No lab moves or watched news"]
    silent, silent_url = add_webhook(server, 444, "tok-silent")
    (tmp_path / "other").mkdir()
    settings = write_config(tmp_path / "other", [(silent_url, "09:00", "UTC")])
    assert post(settings, CREATED) == 0 and post(settings, DUE_NOW) == 0
    assert silent.messages == []
    with open_database(settings).session() as s:
        assert s.query(OutboxItem).count() == 1  # the empty digest moved the cursor all the same


async def test_webhook_sender_gives_up_on_long_rate_limits(server: LoopbackServer) -> None:
    hook, url = add_webhook(server, 5, "t", script=[rate_limited(3600)])
    async with httpx.AsyncClient(trust_env=False) as client:
        with pytest.raises(DeliveryError, match="tried again later"):
            await WebhookSender(client, url).send({"content": "x"}, "n")
    assert hook.messages == []


async def test_webhook_sender_backs_off_then_gives_up_on_5xx(server: LoopbackServer) -> None:
    hook, url = add_webhook(server, 6, "t", script=[Reply(502)] * 5)
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    async with httpx.AsyncClient(trust_env=False) as client:
        with pytest.raises(DeliveryError):
            await WebhookSender(client, url, sleep=fake_sleep).send({"content": "x"}, "n")
    assert waits == [0.5, 1.0, 2.0]
    assert len(server.hits(hook.path)) == 4


@pytest.mark.parametrize("status", [401, 403, 404])
async def test_refused_destinations(server: LoopbackServer, status: int) -> None:
    url = server.route(f"/api/webhooks/7/secret{status}", Reply(status, b"{}"))
    async with httpx.AsyncClient(trust_env=False) as client:
        with pytest.raises(DestinationRefused) as info:
            await WebhookSender(client, url).send({"content": "x"}, "n")
    assert str(status) in str(info.value) and "secret" not in str(info.value)


def test_webhook_tokens_are_redacted() -> None:
    url = "https://discord.com/api/webhooks/123/abc-DEF_456?wait=true"
    assert redact(url) == "https://discord.com/api/webhooks/123/***?wait=true"


async def test_two_rounds_at_once_send_each_message_once(
    tmp_path: Path, server: LoopbackServer
) -> None:
    import asyncio

    from bot.delivery.rounds import Destinations
    from bot.delivery.send import deliver_pending, webhook_client
    from storage import outbox, subscriptions

    def slow(
        request: Request,
    ) -> Reply:  # Discord taking its time: the second round must not resend meanwhile
        import time

        time.sleep(0.2)
        return hook.handle(request)

    hook, _ = add_webhook(server, 88, "tok-slow")
    url = server.route(hook.path, slow)
    settings = write_config(tmp_path, [(url, "09:00", "UTC")])
    db = open_database(settings)
    with db.transaction() as s:
        (sub,) = subscriptions.sync_webhooks(s, settings.raw.webhooks)
        outbox.enqueue(s, sub.id, "digest", [{"content": "a"}, {"content": "b"}], [], CREATED)
    async with webhook_client() as client:
        destinations = Destinations(list(settings.raw.webhooks), client)
        reports = await asyncio.gather(
            deliver_pending(db, destinations, lambda: CREATED),
            deliver_pending(db, destinations, lambda: CREATED),
        )
    assert sorted(r.sent for r in reports) == [0, 2]
    assert [m["content"] for m in hook.messages] == ["a", "b"]
    db.dispose()


@pytest.mark.parametrize(
    ("url", "private", "error"),
    [
        ("https://discord.com/api/webhooks/1/abc", False, None),
        ("https://canary.discord.com/api/v10/webhooks/1/a-b_c", False, None),
        ("https://ptb.discordapp.com/api/webhooks/1/abc", False, None),
        ("https://evil.example/api/webhooks/1/abc", False, "not a Discord webhook URL"),
        ("http://discord.com/api/webhooks/1/abc", False, "not a Discord webhook URL"),
        ("https://discord.com.evil.example/api/webhooks/1/abc", False, "not a Discord webhook URL"),
        ("http://127.0.0.1:8080/api/webhooks/1/abc", False, "set [http] allow_private_networks"),
        ("http://127.0.0.1:8080/api/webhooks/1/abc", True, None),
    ],
)
def test_webhook_urls_are_checked(url: str, private: bool, error: str | None) -> None:
    from bot.config import ConfigError, parse_toml

    text = f'[http]\nallow_private_networks = {str(private).lower()}\n[[webhooks]]\nurl = "{url}"\n'
    if error is None:
        assert parse_toml(text, Path("c.toml")).webhooks[0].url == url
        return
    with pytest.raises(ConfigError) as info:
        parse_toml(text, Path("c.toml"))
    assert error in str(info.value) and str(info.value).startswith("c.toml: 'webhooks")
    assert "abc" not in str(info.value)  # the token is not repeated back
