"""Outbox, alerts, channel sends with a nonce, and the `digest` command's windows and errors."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import discord
import pytest
from discord.http import handle_message_parameters
from jsonschema import Draft202012Validator

from bot.app import open_database
from bot.commands import digest as digest_command
from bot.config import load_settings
from bot.delivery.channels import ChannelSender
from bot.delivery.plan import plan_alerts, plan_due_digests
from bot.delivery.send import DestinationRefused, deliver_pending
from bot.render import render_messages
from jobs.digest.assemble import Digest
from jobs.watch.lists import Person, WatchLists
from storage import outbox, subscriptions
from storage.db import Database
from storage.models import OutboxItem
from tests.digest_samples import add_story
from tests.loopback import LoopbackServer

SCHEMA = json.loads((Path(__file__).parent / "data/discord/create_message.json").read_text())
T = datetime(2025, 7, 8, 12, tzinfo=UTC)


class FakeChannel:
    """A channel that, like Discord with enforce_nonce, returns the first message for a nonce."""

    def __init__(self) -> None:
        self.sent: dict[str, dict[str, Any]] = {}
        self.calls: list[dict[str, Any]] = []

    async def send(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        nonce = kwargs["nonce"]
        if nonce not in self.sent:
            self.sent[nonce] = {"id": 9000 + len(self.sent), **kwargs}

        class Message:
            id = self.sent[nonce]["id"]

        return Message()


class FakeClient:
    def __init__(self, channel: FakeChannel | None) -> None:
        self.channel = channel

    def get_channel(self, channel_id: int) -> Any:
        return self.channel

    def get_partial_messageable(self, channel_id: int) -> Any:
        raise AssertionError("these tests post to channels, not into threads")

    async def fetch_channel(self, channel_id: int) -> Any:
        response = type("R", (), {"status": 404, "reason": "Not Found"})()
        raise discord.NotFound(response, {"message": "Unknown Channel", "code": 10003})


async def test_channel_send_uses_nonce_and_allows_no_mentions(database: Database) -> None:
    channel = FakeChannel()
    with database.transaction() as s:
        sub = subscriptions.subscribe_channel(s, 1, 42, now=T - timedelta(days=2))
        add_story(s, "a", "@everyone move", T - timedelta(hours=30), person="P", action="join")
    plan_due_digests(database, WatchLists(), T)
    (msg,) = _pending(database)
    sender = ChannelSender(FakeClient(channel), 42)
    first = await sender.send(msg.payload, msg.nonce)
    again = await sender.send(msg.payload, msg.nonce)  # a resend after a crash
    assert first == again and len(channel.sent) == 1
    call = channel.calls[0]
    assert call["allowed_mentions"].to_dict() == {"parse": []}
    # what discord.py puts on the wire: enforce_nonce set, and valid for Discord's schema
    params = handle_message_parameters(
        content=call["content"],
        embeds=call["embeds"],
        nonce=call["nonce"],
        allowed_mentions=call["allowed_mentions"],
    )
    body = params.payload
    assert body is not None
    assert body["enforce_nonce"] is True and body["nonce"] == msg.nonce
    assert list(Draft202012Validator(SCHEMA).iter_errors(body)) == []
    report = await deliver_pending(database, lambda m: sender, lambda: T)
    assert report.sent == 1 and _pending(database) == []
    assert sub.id


async def test_unknown_channel_is_refused() -> None:
    with pytest.raises(DestinationRefused, match="channel 42"):
        await ChannelSender(FakeClient(None), 42).send({"content": "x"}, "n")


def _pending(db: Database) -> list[outbox.PendingMessage]:
    with db.session() as s:
        return outbox.pending_messages(s)


def test_alerts_go_once_and_not_again_in_the_digest(database: Database) -> None:
    watch = WatchLists(people=(Person("Jan Leike"),))
    with database.transaction() as s:
        alerted = subscriptions.subscribe_channel(
            s, 1, 1, alerts=True, now=T - timedelta(days=2)
        ).id
        quiet = subscriptions.subscribe_channel(s, 1, 2, alerts=False, now=T - timedelta(days=2)).id
        add_story(
            s, "leike", "Jan Leike joins", T - timedelta(hours=3), person="Jan Leike", action="join"
        )
        add_story(
            s, "other", "Someone joins", T - timedelta(hours=3), person="Other", action="join"
        )
    assert len(plan_alerts(database, ["leike", "other"], watch, T)) == 1
    assert plan_alerts(database, ["leike", "other"], watch, T) == []  # not twice
    plan_due_digests(database, watch, T + timedelta(days=1))
    with database.session() as s:
        rows = {(i.subscription_id, i.kind): i.story_ids for i in s.query(OutboxItem)}
    assert rows[(alerted, "alert")] == ["leike"]
    assert rows[(alerted, "digest")] == ["other"]
    assert sorted(rows[(quiet, "digest")]) == ["leike", "other"]


def test_outbox_item_is_sent_when_all_messages_are(database: Database) -> None:
    with database.transaction() as s:
        sub = subscriptions.subscribe_channel(s, 1, 1)
        item = outbox.enqueue(s, sub.id, "digest", [{"content": "a"}, {"content": "b"}], [], T)
    first, second = _pending(database)
    assert len(first.nonce) <= 25 and first.nonce != second.nonce
    with database.transaction() as s:
        outbox.mark_sent(s, first.message_row_id, "1", T)
    with database.session() as s:
        assert s.get_one(OutboxItem, item.id).status == "pending"
    with database.transaction() as s:
        outbox.mark_sent(s, second.message_row_id, "2", T)
    with database.session() as s:
        assert s.get_one(OutboxItem, item.id).status == "sent"
        assert outbox.sent_message_count(s) == 2


def test_empty_digest_payloads() -> None:
    empty = Digest(T, T - timedelta(days=1), T, ())
    assert render_messages(empty, send_empty=False) == []


# --- the `digest` command -----------------------------------------------------------------


def cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], now: datetime, **kw: Any
) -> tuple[int, str, str]:
    config = tmp_path / "config.toml"
    if not config.exists():
        config.write_text('[storage]\nurl = "sqlite:///labwatch.db"\n')
    args = argparse.Namespace(
        post=kw.get("post", False),
        since=kw.get("since"),
        until=kw.get("until"),
        format=kw.get("format", "text"),
        mark=kw.get("mark", False),
        now=kw.get("at_once", False),
        to=kw.get("to"),
        test=kw.get("test", False),
    )
    code = digest_command.main(args, load_settings(str(config)), clock=lambda: now)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_digest_command_windows_and_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[storage]\nurl = "sqlite:///labwatch.db"\n')
    db = open_database(load_settings(str(config)))
    with db.transaction() as s:
        add_story(s, "old", "Old move", T - timedelta(days=3), person="A", action="join")
        add_story(
            s,
            "new",
            "New move",
            T - timedelta(hours=2),
            person="B",
            action="leave",
            from_lab="OpenAI",
        )
    db.dispose()
    code, out, _ = cli(tmp_path, capsys, T)
    assert code == 0 and "New move" in out and "Old move" not in out  # default: 24h
    code, out, _ = cli(tmp_path, capsys, T + timedelta(hours=1))
    assert "New move" in out  # printing consumed nothing: the same 24 hours again
    assert cli(tmp_path, capsys, T, since="mark")[0] == 2  # no mark yet
    code, out, _ = cli(tmp_path, capsys, T + timedelta(hours=1), mark=True)
    assert "New move" in out
    code, out, _ = cli(tmp_path, capsys, T + timedelta(hours=2), since="mark")
    assert "No lab moves or watched news" in out  # continues where --mark left off
    code, out, _ = cli(tmp_path, capsys, T + timedelta(hours=2), since="1y")
    assert "Old move" in out and "New move" in out
    code, out, _ = cli(tmp_path, capsys, T, since="7d", format="json")
    data = json.loads(out)
    assert [s["id"] for s in data["stories"]] == ["new", "old"]
    assert data["stories"][0]["event"] == {
        "person": "B",
        "action": "leave",
        "from": "OpenAI",
        "to": None,
    }
    code, out, _ = cli(
        tmp_path, capsys, T, since="2025-07-05", until="2025-07-06", format="markdown"
    )
    assert code == 0 and "### " in out and "Old move" in out


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        (
            {"since": "yesterday"},
            "'yesterday' is neither a duration (24h, 7d) nor an ISO date/time",
        ),
        ({"since": "1h", "until": "2h"}, "--since (2025-07-08T11:00:00Z) must be before --until"),
        ({"post": True, "since": "1h"}, "--post delivers each subscription's own window"),
        ({"at_once": True}, "--now goes with --post"),
        ({"post": True, "to": "nobody"}, "no destination named 'nobody'"),
        ({"post": True, "at_once": True, "test": True}, "not both"),
    ],
)
def test_digest_command_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kw: dict[str, Any], message: str
) -> None:
    code, _out, err = cli(tmp_path, capsys, T, **kw)
    assert code == 2 and err.startswith("labwatch digest: ") and message in err
    assert len(err.strip().splitlines()) == 1


def test_mentions_follow_each_servers_watch_list(database: Database) -> None:
    from storage import watchlists

    base = WatchLists(people=(Person("Jan Leike"),))
    with database.transaction() as s:
        one = subscriptions.subscribe_channel(s, 1, 11, now=T - timedelta(days=2)).id
        two = subscriptions.subscribe_channel(s, 2, 22, now=T - timedelta(days=2)).id
        watchlists.add_person(s, 1, "Guild Person", [])
        add_story(
            s,
            "gp",
            "Guild Person speaks",
            T - timedelta(hours=30),
            kind="mention",
            people=["Guild Person"],
        )
        add_story(
            s,
            "jl",
            "Jan Leike speaks",
            T - timedelta(hours=30),
            kind="mention",
            people=["Jan Leike"],
        )
        add_story(s, "mv", "Someone moves", T - timedelta(hours=30), person="X", action="join")
    plan_due_digests(database, base, T)
    with database.session() as s:
        got = {i.subscription_id: sorted(i.story_ids) for i in s.query(OutboxItem)}
    assert got == {one: ["gp", "jl", "mv"], two: ["jl", "mv"]}


def test_post_with_a_refused_token_still_serves_webhooks(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    server: LoopbackServer,
) -> None:
    import discord.http

    from tests.loopback import Reply

    server.route("/api/v10/users/@me", Reply(401, b'{"message": "401: Unauthorized", "code": 0}'))
    monkeypatch.setattr(discord.http.Route, "BASE", server.url("/api/v10"))
    monkeypatch.setenv("LABWATCH_TEST_TOKEN", "bad.token.here")
    config = tmp_path / "config.toml"
    config.write_text(
        '[storage]\nurl = "sqlite:///labwatch.db"\n[discord]\ntoken_env = "LABWATCH_TEST_TOKEN"\n'
    )
    code, out, err = cli(tmp_path, capsys, T, post=True)
    assert code == 0 and "sent 0 messages" in out
    assert "Discord did not accept the bot token" in err and "$LABWATCH_TEST_TOKEN" in err
    assert "bad.token.here" not in err
