"""A loopback stand-in for the part of Discord's REST API a REST-only bot login posts through.

Enough for discord.py's `login` (GET users/@me, oauth2/applications/@me), `fetch_channel` and
`channel.send`. Message creation follows Discord's documented nonce rule: with
`enforce_nonce`, a second message with the same nonce from the same author within a few
minutes returns the first message instead of creating one. Bodies are checked against
Discord's OpenAPI schema of "create message" (tests/data/discord/create_message.json).
"""

from __future__ import annotations

import itertools
import json
import threading
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from tests.discord_webhooks import json_reply, request_parts, without_files
from tests.loopback import LoopbackServer, Reply, Request

SCHEMA = json.loads((Path(__file__).parent / "data/discord/create_message.json").read_text())
VALIDATOR = Draft202012Validator(SCHEMA)
BOT = {"id": "1000", "username": "labwatch", "discriminator": "0", "avatar": None, "bot": True}
_ids = itertools.count(1_310_000_000_000_000_000)


class FakeChannelApi:
    """One text channel in one guild, served under /api/v10."""

    def __init__(self, server: LoopbackServer, channel_id: int = 42, guild_id: int = 7) -> None:
        self.channel_id, self.guild_id = channel_id, guild_id
        self.messages: list[dict[str, Any]] = []  # created ones, in order
        self.posts = 0
        self.bad_bodies: list[str] = []
        self._by_nonce: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        base = "/api/v10"
        server.route(f"{base}/users/@me", json_reply(200, BOT))
        server.route(f"{base}/oauth2/applications/@me", json_reply(200, application()))
        server.route(f"{base}/channels/{channel_id}", json_reply(200, self.channel()))
        server.route(f"{base}/channels/{channel_id}/messages", self.create_message)
        self.base_url = server.url(base)

    def channel(self) -> dict[str, Any]:
        return {
            "id": str(self.channel_id),
            "type": 0,
            "guild_id": str(self.guild_id),
            "name": "ai-news",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
        }

    def create_message(self, request: Request) -> Reply:
        body, files = request_parts(request)  # JSON, or multipart when a file is attached
        with self._lock:
            self.posts += 1
            errors = VALIDATOR.iter_errors(wire_form(body))
            self.bad_bodies += [f"{list(e.path)}: {e.message}" for e in errors]
            nonce = body.get("nonce")
            if nonce and body.get("enforce_nonce") and nonce in self._by_nonce:
                return json_reply(200, without_files(self._by_nonce[nonce]))
            message = {**self.message(body), "files": files}
            self.messages.append(message)
            if nonce:
                self._by_nonce[nonce] = message
            return json_reply(200, without_files(message))

    def message(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": str(next(_ids)),
            "channel_id": str(self.channel_id),
            "author": BOT,
            "content": body.get("content") or "",
            "timestamp": "2025-07-09T09:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": body.get("embeds") or [],
            "pinned": False,
            "type": 0,
            "nonce": body.get("nonce"),
            "allowed_mentions": body.get("allowed_mentions"),
        }


def wire_form(body: dict[str, Any]) -> dict[str, Any]:
    """The body as the spec types it: discord.py numbers a file's attachment entry with an
    integer index (`"id": 0`), which Discord accepts; the spec types ids as snowflake strings."""
    attachments = body.get("attachments")
    if not attachments:
        return body
    fixed = [{**a, "id": str(a["id"])} if isinstance(a.get("id"), int) else a for a in attachments]
    return {**body, "attachments": fixed}


def application() -> dict[str, Any]:
    return {
        "id": "2000",
        "name": "labwatch",
        "icon": None,
        "description": "",
        "bot_public": False,
        "bot_require_code_grant": False,
        "verify_key": "00",
        "flags": 0,
        "owner": BOT,
        "team": None,
        "summary": "",
    }
