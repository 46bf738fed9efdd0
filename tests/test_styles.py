"""Message styles (compact, templates), colours, role pings, forum posts and digest threads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.config import parse_toml
from bot.delivery.channels import ChannelSender
from bot.delivery.layout import THREAD_MARK, dress
from bot.delivery.plan import plan_alerts, plan_due_digests
from bot.delivery.rounds import Destinations
from bot.delivery.send import WebhookSender, deliver_pending, webhook_client
from bot.render import CONTENT_MAX, limit_problems
from bot.styles import (
    LINE_MAX,
    StyleError,
    check_template,
    render_digest,
    render_instant,
)
from jobs.digest.assemble import SourceLink
from jobs.language.events import Event
from jobs.watch.lists import Person, WatchLists
from storage import subscriptions
from storage.db import Database
from tests.digest_samples import add_source, add_story
from tests.discord_channels import FakeChannelApi
from tests.discord_webhooks import add_webhook
from tests.loopback import LoopbackServer
from tests.test_render import RAW_MENTION, digest_of, story

T = datetime(2025, 7, 8, 12, tzinfo=UTC)
ROLE = "123456789012345678"
EVERY_PLACEHOLDER = "{title} {person} {from} {to} {action} {sources} {moments} {date} {url} {kind}"
HOSTILE = (
    "@everyone @here <@123456789012345678> <@&876543210987654321> **bold** [x](https://evil.example)"
    " `code` \x1b[31m\u202e " + "word " * 800
)


def hostile_story(n: int) -> Any:
    base = story(n, title=HOSTILE, summary=HOSTILE, sources=30, moments=5)
    event = Event(HOSTILE, "join", HOSTILE, HOSTILE)
    sources = tuple(SourceLink(HOSTILE, f"https://x.example/{i}", HOSTILE, None) for i in range(30))
    return type(base)(**{**base.__dict__, "event": event, "sources": sources})


@pytest.mark.parametrize(
    "options",
    [
        {"style": "compact"},
        {"style": "template", "template": EVERY_PLACEHOLDER},
        {"style": "template", "template": "@everyone <@&1234567890123456789> {title} {{literal}}"},
    ],
)
def test_lines_fit_discord_and_ping_nobody_for_hostile_text(options: dict[str, Any]) -> None:
    payloads = render_digest(
        digest_of(*[hostile_story(n) for n in range(12)]), options, send_empty=False
    )
    assert len(payloads) > 1
    lines = 0
    for payload in payloads:
        assert limit_problems(payload) == [] and len(payload["content"]) <= CONTENT_MAX
        assert payload["allowed_mentions"] == {"parse": []}
        assert not RAW_MENTION.search(payload["content"]), payload["content"][:300]
        assert "\x1b" not in payload["content"] and "\u202e" not in payload["content"]
        for line in payload["content"].split("\n"):
            assert len(line) <= LINE_MAX
        lines += payload["content"].count("\n") + 1
    assert lines == 12 + 1  # one line per story, and the header


def test_template_placeholders_are_filled_and_escaped() -> None:
    s = story(1, title="Jan_Leike *joins*")
    (payload,) = render_digest(
        digest_of(s), {"template": "{person}: {from} -> {to} ({action}, {date})"}, send_empty=False
    )
    line = payload["content"].split("\n")[1]
    assert line == "Person 1: OpenAI -> Anthropic (join, 2025-07-08)"
    (payload,) = render_digest(digest_of(s), {"template": "{title} {sources}"}, send_empty=False)
    assert r"Jan\_Leike \*joins\*" in payload["content"]
    assert "[Outlet 0](https://outlet0.example/1)" in payload["content"]


@pytest.mark.parametrize(
    "bad", ["{title} {nope}", "{title!r}", "{title:>300}", "{title.__class__}", "{", "x" * 501]
)
def test_bad_templates_are_refused_when_saved(bad: str) -> None:
    with pytest.raises(StyleError):
        check_template(bad)


def test_compact_is_one_line_per_story_and_full_takes_colours() -> None:
    stories = [story(n) for n in range(1, 4)]
    (payload,) = render_digest(digest_of(*stories), {"style": "compact"}, send_empty=False)
    assert payload["content"].count("\n") == 3 and "embeds" not in payload
    assert "• **move** · [Person 1 joins Lab 1](https://outlet0.example/1)" in payload["content"]
    assert render_digest(digest_of(), {"style": "compact"}, send_empty=False) == []
    (empty,) = render_digest(digest_of(), {"style": "compact"}, send_empty=True)
    assert empty["content"].startswith("No lab moves or watched news (2025-07-08 09:00")
    (full,) = render_digest(digest_of(*stories), {"colors": {"move": 0xFF0000}}, send_empty=False)
    assert [e["color"] for e in full["embeds"]] == [0xFF0000, 0x3498DB, 0xFF0000]


def test_a_ping_names_exactly_its_roles_and_feed_text_adds_none() -> None:
    s = story(1, title=f"Leike moves <@&{'9' * 18}> @everyone", summary=f"<@&{ROLE}> again")
    (alert,) = render_instant(s, {"ping_roles": [ROLE]}, alert=True)
    assert alert["allowed_mentions"] == {"parse": [], "roles": [ROLE]}
    assert alert["content"].startswith(f"<@&{ROLE}> **labwatch alert**")
    text = str(alert["embeds"])
    assert not RAW_MENTION.search(text)  # the story's own mentions are broken
    assert limit_problems(alert) == []
    (live,) = render_instant(s, {"ping_roles": [ROLE]}, alert=False)  # not an alert: no ping
    assert live["allowed_mentions"] == {"parse": []} and "<@&" not in live["content"]


async def test_webhook_passes_on_only_role_ids(server: LoopbackServer) -> None:
    hook, url = add_webhook(server, 31, "tok")
    forged = {
        "content": "x",
        "allowed_mentions": {
            "parse": ["everyone", "users"],
            "roles": [ROLE, "everyone"],
            "users": ["1"],
        },
    }
    pinged = {"content": f"<@&{ROLE}> x", "allowed_mentions": {"parse": [], "roles": [ROLE]}}
    async with webhook_client() as client:
        await WebhookSender(client, url).send(forged, "n1")
        await WebhookSender(client, url).send(pinged, "n2")
        await WebhookSender(client, url).send({"content": "plain"}, "n3")
    assert [m["allowed_mentions"] for m in hook.messages] == [
        {"parse": [], "roles": [ROLE]},
        {"parse": [], "roles": [ROLE]},
        {"parse": []},
    ]
    assert hook.bad_bodies == []


async def test_channel_alert_pings_only_the_role(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.delivery.channels import rest_client

    api = FakeChannelApi(server, channel_id=42)
    monkeypatch.setattr(discord.http.Route, "BASE", api.base_url)
    (alert,) = render_instant(story(1), {"ping_roles": [ROLE]}, alert=True)
    async with rest_client("x.y.z") as client:
        await ChannelSender(client, 42).send(alert, "lw-nonce-ping")
    (message,) = api.messages
    assert api.bad_bodies == []
    mentions = message["allowed_mentions"]
    assert mentions["parse"] == [] and [str(r) for r in mentions["roles"]] == [ROLE]
    assert set(mentions) <= {"parse", "roles", "replied_user"}


FORUM = """
[http]
allow_private_networks = true

[[webhooks]]
url = "{url}"
forum = true
forum_tags = ["1400000000000000001"]
username = "AI moves"
avatar_url = "https://example.org/a.png"
"""


async def test_webhook_forum_post_carries_the_whole_digest(
    server: LoopbackServer, database: Database
) -> None:
    hook, url = add_webhook(server, 41, "forum")
    raw = parse_toml(FORUM.format(url=url), Path("config.toml"))
    with database.transaction() as s:
        subscriptions.sync_webhooks(s, raw.webhooks, now=T - timedelta(days=2))
        src = add_source(s, "Feed")
        for n in range(23):  # three messages of embeds
            add_story(
                s,
                f"s{n}",
                f"Person {n} joins Anthropic",
                T - timedelta(hours=20, minutes=n),
                person=f"Person {n}",
                action="join",
                to_lab="Anthropic",
                summary="words " * 300,
                reports=[(src, f"https://x.example/{n}", None)],
            )
    plan_due_digests(database, WatchLists(), T)
    async with webhook_client() as client:
        report = await deliver_pending(
            database, Destinations(list(raw.webhooks), client), lambda: T
        )
    assert report.sent == len(hook.messages) == 3 and hook.bad_bodies == []
    first, *rest = hook.messages
    assert first["thread_name"] == "labwatch digest 2025-07-08"
    assert first["applied_tags"] == ["1400000000000000001"]
    assert {m["channel_id"] for m in rest} == {first["id"]}  # ?thread_id= the post's id
    assert all(m["thread_name"] is None for m in rest)
    assert {(m["username"], m["avatar_url"]) for m in hook.messages} == {
        ("AI moves", "https://example.org/a.png")
    }


async def test_channel_forum_post_and_text_thread(
    server: LoopbackServer, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.delivery.channels import rest_client

    forum = FakeChannelApi(server, channel_id=42, kind=15)
    text = FakeChannelApi(server, channel_id=43)
    monkeypatch.setattr(discord.http.Route, "BASE", forum.base_url)
    watch = WatchLists(people=(Person("Jan Leike"),))
    with database.transaction() as s:
        subscriptions.subscribe_channel(
            s,
            7,
            42,
            alerts=True,
            now=T - timedelta(days=2),
            options={"forum": True, "forum_tags": ["1400000000000000001"]},
        )
        subscriptions.subscribe_channel(
            s, 7, 43, now=T - timedelta(days=2), options={"thread": True}
        )
        add_story(
            s,
            "leike",
            "Jan Leike joins Anthropic",
            T - timedelta(hours=1),
            person="Jan Leike",
            action="join",
            to_lab="Anthropic",
        )
        add_story(
            s,
            "other",
            "Someone joins xAI",
            T - timedelta(hours=20),
            person="Someone",
            action="join",
            to_lab="xAI",
        )
    plan_alerts(database, ["leike"], watch, T)
    plan_due_digests(database, watch, T)
    async with rest_client("x.y.z") as client, webhook_client() as http:
        destinations = Destinations([], http, client)
        report = await deliver_pending(database, destinations, lambda: T)
        again = await deliver_pending(database, destinations, lambda: T)
    assert forum.bad_bodies == [] and text.bad_bodies == []
    assert again.sent == 0
    # the forum: the alert is a post named after the story, with its tag
    alert = forum.messages[0]
    assert alert["thread_name"] == "Jan Leike joins Anthropic"
    assert alert["applied_tags"] == ["1400000000000000001"]
    # the text channel: a header line in the channel, the stories in a thread under it
    header, *inside = text.messages
    assert header["content"].startswith("**labwatch digest**") and header["embeds"] == []
    assert text.threads[header["id"]]["name"] == "labwatch digest 2025-07-08"
    assert inside and all(m["channel_id"] == header["id"] for m in inside)
    assert report.sent == len(forum.messages) + len(text.messages)


def test_dress_places_messages() -> None:
    payloads = [{"content": "a"}, {"content": "b"}]
    forum = dress(payloads, "webhook", {"forum": True, "username": "x"}, "T" * 300, digest=True)
    assert forum[0]["thread_name"] == "T" * 99 + "…" and THREAD_MARK in forum[1]
    assert all(p["username"] == "x" for p in forum)
    assert dress(payloads, "channel", {"thread": True}, "t", digest=False) == payloads
    assert dress(payloads, "channel", {"username": "x"}, "t", digest=True) == payloads


def test_a_digest_thread_keeps_the_chart_on_its_message(database: Database) -> None:
    from storage import outbox
    from tests.test_chart_digest import MONDAY, add_week_of_moves

    add_week_of_moves(database)
    with database.transaction() as s:
        subscriptions.subscribe_channel(
            s, 7, 43, chart=True, now=MONDAY - timedelta(days=2), options={"thread": True}
        )
    plan_due_digests(database, WatchLists(), MONDAY + timedelta(seconds=30))
    with database.session() as s:
        header, *rest = outbox.pending_messages(s)
    assert header.payload["thread_name"] and header.file is None
    (chart,) = [m.file for m in rest if m.file is not None]
    (charted,) = [m for m in rest if m.file is not None]
    assert charted.payload["attachments"][0]["filename"] == chart.name


LIVE = """
[http]
allow_private_networks = true

[filters]
exclude_keywords = ["crypto"]

[[webhooks]]
url = "{url}"
live = true
style = "compact"
ping_roles = ["{role}"]
exclude_people = ["Sam Altman"]
"""


async def test_a_live_webhook_gets_each_new_story_routed_and_pings_only_alerts(
    server: LoopbackServer, database: Database
) -> None:
    hook, url = add_webhook(server, 51, "live")
    raw = parse_toml(LIVE.format(url=url, role=ROLE), Path("config.toml"))
    watch = WatchLists(people=(Person("Jan Leike"),))
    with database.transaction() as s:
        subscriptions.sync_webhooks(s, raw.webhooks, now=T - timedelta(days=2))
        add_story(s, "leike", "Jan Leike joins Anthropic", T, person="Jan Leike", action="join",
                  to_lab="Anthropic")  # fmt: skip
        add_story(s, "note", "Jan Leike on safety @everyone", T, kind="mention",
                  people=["Jan Leike"])  # fmt: skip
        add_story(s, "coin", "Jan Leike and crypto", T, kind="mention", people=["Jan Leike"])
        add_story(s, "sam", "Sam Altman joins xAI", T, person="Sam Altman", action="join")
    ids = ["leike", "note", "coin", "sam"]
    plan_alerts(database, ids, watch, T, raw.filters.routing())
    assert plan_alerts(database, ids, watch, T, raw.filters.routing()) == []  # once only
    async with webhook_client() as client:
        await deliver_pending(database, Destinations(list(raw.webhooks), client), lambda: T)
    assert hook.bad_bodies == [] and len(hook.messages) == 2
    alert, live = sorted(hook.messages, key=lambda m: "alert" not in m["content"])
    assert alert["content"].startswith(f"<@&{ROLE}> **labwatch alert**")
    assert alert["allowed_mentions"] == {"parse": [], "roles": [ROLE]}
    assert "Jan Leike joins Anthropic" in alert["content"] and not alert["embeds"]
    assert live["allowed_mentions"] == {"parse": []} and "@\u200beveryone" in live["content"]
    plan_due_digests(database, watch, T + timedelta(days=1), raw.filters.routing())
    with database.session() as s:
        from storage import outbox

        assert outbox.pending_messages(s) == []  # nothing repeated in the digest


def test_folded_alerts_ping_the_roles_too(database: Database) -> None:
    from bot.delivery.plan import AlertPolicy
    from storage import outbox

    with database.transaction() as s:
        subscriptions.subscribe_channel(
            s, 7, 44, alerts=True, now=T - timedelta(days=1), options={"ping_roles": [ROLE]}
        )
        for n in range(4):
            add_story(s, f"m{n}", f"Jan Leike joins Lab {n}", T - timedelta(minutes=9 - n),
                      person="Jan Leike", action="join", first_seen=T)  # fmt: skip
    watch = WatchLists(people=(Person("Jan Leike"),))
    plan_alerts(database, [f"m{n}" for n in range(4)], watch, T, None, AlertPolicy(per_minute=2))
    with database.session() as s:
        messages = outbox.pending_messages(s)
    assert len(messages) == 2 and "folded" in messages[1].payload["content"]
    for message in messages:
        assert message.payload["allowed_mentions"] == {"parse": [], "roles": [ROLE]}
        assert message.payload["content"].startswith(f"<@&{ROLE}> ")
        assert limit_problems(message.payload) == []
