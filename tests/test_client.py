"""serve_discord against a loopback stand-in for Discord's HTTP API: login, command sync, stop."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import discord
import discord.http
import jsonschema
import pytest

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
    server.route(f"{API}/users/@me", reply_json(USER))
    server.route(f"{API}/oauth2/applications/@me", reply_json(APP_INFO))
    server.route(f"{API}/applications/{APP_ID}/commands", echo_commands)
    server.route(f"{API}/applications/{APP_ID}/guilds/77/commands", echo_commands)
    gateway = {"url": server.url("/gateway").replace("http", "ws"), "shards": 1,
               "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}}  # fmt: skip
    server.route(f"{API}/gateway/bot", reply_json(gateway))
    server.route(f"{API}/gateway", reply_json({"url": gateway["url"]}))
    yield server


async def wait_for(condition: object, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():  # type: ignore[operator]
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


async def test_a_failing_handler_gets_one_private_sentence(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from discord import app_commands

    from bot.client import FAILED, report_command_error
    from tests.fakes_discord import FakeInteraction

    itx = FakeInteraction()
    itx.command = None  # type: ignore[attr-defined]
    await itx.response.defer(ephemeral=True, thinking=True)  # failed after acknowledging
    with caplog.at_level(logging.ERROR, logger="bot.client"):
        await report_command_error(itx, app_commands.AppCommandError("boom"))  # type: ignore[arg-type]
    assert itx.last.content == FAILED and itx.last.ephemeral and itx.last.how == "followup"
    assert "failed in server 500" in caplog.text
