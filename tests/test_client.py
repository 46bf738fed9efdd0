"""serve_discord against a loopback stand-in for Discord's HTTP API: login, command sync, stop."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import discord
import discord.gateway
import discord.http
import jsonschema
import pytest
import yarl

import bot.client
from bot.client import serve_discord
from storage.db import Database
from tests.fakes_discord import make_deps
from tests.loopback import LoopbackServer, Reply, Request

API = "/api/v10"
APP_ID = "4242"
JSON = {"content-type": "application/json"}
SCHEMA = Path(__file__).parent / "data" / "discord" / "application_command_create.json"
USER = {"id": APP_ID, "username": "labwatch", "discriminator": "0", "avatar": None, "bot": True}
APP_INFO = {
    "id": APP_ID,
    "name": "labwatch",
    "icon": None,
    "description": "",
    "bot_public": True,
    "bot_require_code_grant": False,
    "owner": USER,
    "verify_key": "00",
    "flags": 0,
}


def reply_json(data: object, status: int = 200) -> Reply:
    return Reply(status, json.dumps(data).encode(), JSON)


def echo_commands(request: Request) -> Reply:
    """Discord answers a bulk overwrite with the commands, ids added."""
    commands = json.loads(request.body)
    for n, command in enumerate(commands, 1):
        command.update(id=str(1000 + n), application_id=APP_ID, version="1")
    return reply_json(commands)


@pytest.fixture
def discord_api(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LoopbackServer]:
    """Point discord.py's REST calls at the loopback server; the gateway there refuses websockets."""
    monkeypatch.setattr(discord.http.Route, "BASE", server.url(API))
    # discord.py 2.x opens its first gateway connection to this default, not to /gateway/bot
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.url("/gateway"))
    )
    server.route(f"{API}/users/@me", reply_json(USER))
    server.route(f"{API}/oauth2/applications/@me", reply_json(APP_INFO))
    server.route(f"{API}/applications/{APP_ID}/commands", echo_commands)
    server.route(f"{API}/applications/{APP_ID}/guilds/77/commands", echo_commands)
    gateway = {"url": server.url("/gateway").replace("http", "ws"), "shards": 1,
               "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}}  # fmt: skip
    server.route(f"{API}/gateway/bot", reply_json(gateway))
    server.route(f"{API}/gateway", reply_json({"url": gateway["url"]}))
    release = threading.Event()

    def hang(_request: Request) -> None:
        release.wait(10)  # the gateway never answers: the bot stays logged in and connecting

    server.route("/gateway", hang)
    yield server
    release.set()


async def wait_for(condition: Callable[[], object], timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


@pytest.mark.parametrize("test_guild", [77, None])
async def test_syncs_commands_then_stops_cleanly(
    sqlite_db: Database, discord_api: LoopbackServer, test_guild: int | None
) -> None:
    app = make_deps(sqlite_db, discord={"test_guild_id": test_guild} if test_guild else {}).app
    stop = asyncio.Event()
    task = asyncio.create_task(serve_discord(app, "token-for-tests", stop))
    path = f"{API}/applications/{APP_ID}/" + (
        f"guilds/{test_guild}/commands" if test_guild else "commands"
    )
    await wait_for(lambda: discord_api.hits(path))
    assert "discord_bot" in app.extras  # what delivery uses to reach channels
    [put] = discord_api.hits(path)
    assert put.method == "PUT" and put.headers["authorization"] == "Bot token-for-tests"
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    sent = json.loads(put.body)
    assert {c["name"] for c in sent} >= {"subscribe", "digest", "watch", "source", "why", "status"}
    for command in sent:
        assert not list(validator.iter_errors(command)), command["name"]
    stop.set()
    await asyncio.wait_for(task, timeout=15)
    assert "discord_bot" not in app.extras


async def test_a_refused_token_is_logged_not_raised(
    sqlite_db: Database, discord_api: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    discord_api.route(
        f"{API}/users/@me", reply_json({"message": "401: Unauthorized", "code": 0}, 401)
    )
    app = make_deps(sqlite_db).app
    with caplog.at_level(logging.ERROR, logger="bot.client"):
        await asyncio.wait_for(serve_discord(app, "wrong", asyncio.Event()), timeout=15)
    assert "Discord refused the bot token (check DISCORD_TOKEN)" in caplog.text
    assert discord_api.hits(f"{API}/applications/{APP_ID}/commands") == []
    assert "discord_bot" not in app.extras  # never logged in: delivery must not use it


async def test_a_failing_handler_gets_one_private_sentence(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from discord import app_commands

    from bot.client import FAILED, report_command_error
    from tests.fakes_discord import FakeInteraction, as_interaction

    itx = FakeInteraction()
    await itx.response.defer(ephemeral=True, thinking=True)  # failed after acknowledging
    with caplog.at_level(logging.ERROR, logger="bot.client"):
        await report_command_error(as_interaction(itx), app_commands.AppCommandError("boom"))
    assert itx.last.content == FAILED and itx.last.ephemeral and itx.last.how == "followup"
    assert "failed in server 500" in caplog.text


async def test_delivery_reaches_channels_through_the_running_bot(
    sqlite_db: Database, discord_api: LoopbackServer
) -> None:
    """The seam with delivery: bot/delivery/channels.py's ChannelSender over the logged-in bot, before the gateway is up."""
    from bot.delivery.channels import ChannelSender

    channel = {"id": "555", "type": 0, "guild_id": "77", "name": "news", "position": 0,
               "permission_overwrites": [], "nsfw": False, "parent_id": None}  # fmt: skip
    message: dict[str, object] = {"id": "9001", "channel_id": "555", "author": USER, "content": "x",
               "timestamp": "2025-07-09T09:00:00+00:00", "edited_timestamp": None, "tts": False,
               "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
               "embeds": [], "pinned": False, "type": 0}  # fmt: skip
    discord_api.route(f"{API}/channels/555", reply_json(channel))
    discord_api.route(f"{API}/channels/555/messages", reply_json(message))
    app = make_deps(sqlite_db).app
    stop = asyncio.Event()
    task = asyncio.create_task(serve_discord(app, "token-for-tests", stop))
    await wait_for(lambda: "discord_bot" in app.extras)
    payload = {"content": "digest @everyone", "embeds": [{"title": "Jan Leike joins Anthropic"}]}
    sent_id = await ChannelSender(app.extras["discord_bot"], 555).send(payload, "nonce-1")
    assert sent_id == "9001"
    [post] = [r for r in discord_api.hits(f"{API}/channels/555/messages") if r.method == "POST"]
    body = json.loads(post.body)
    assert body["allowed_mentions"] == {"parse": []} and body["nonce"] == "nonce-1"
    schema = json.loads((SCHEMA.parent / "create_message.json").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(body))
    stop.set()
    await asyncio.wait_for(task, timeout=15)


async def test_a_bot_that_dies_is_started_again(
    sqlite_db: Database, discord_api: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """discord.py gives up when its first gateway connection fails; serve_discord does not."""
    monkeypatch.setattr(bot.client, "CLOSE_GRACE", 0.2)  # the stop may land mid-login
    discord_api.route("/gateway", Reply(404, b"no gateway here"))
    app = make_deps(sqlite_db).app
    stop = asyncio.Event()
    task = asyncio.create_task(serve_discord(app, "token-for-tests", stop, retry_delay=0.05))
    await wait_for(lambda: len(discord_api.hits(f"{API}/users/@me")) >= 2)
    stop.set()
    await asyncio.wait_for(task, timeout=15)
