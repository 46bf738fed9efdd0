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
THREADS = json.loads((Path(__file__).parent / "data/discord/threads.json").read_text())
BOT = {"id": "1000", "username": "labwatch", "discriminator": "0", "avatar": None, "bot": True}
_ids = itertools.count(1_310_000_000_000_000_000)


class FakeChannelApi:
    """One text channel in one guild, served under /api/v10."""

    def __init__(
        self, server: LoopbackServer, channel_id: int = 42, guild_id: int = 7, kind: int = 0
    ) -> None:
        self.channel_id, self.guild_id, self.kind = channel_id, guild_id, kind
        self.server = server
        self.threads: dict[str, dict[str, Any]] = {}  # thread id → how it was created
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
        server.route(f"{base}/channels/{channel_id}/threads", self.create_forum_post)
        self.base_url = server.url(base)

    def channel(self) -> dict[str, Any]:
        return {
            "id": str(self.channel_id),
            "type": self.kind,  # 0 text, 15 forum
            "guild_id": str(self.guild_id),
            "name": "ai-news",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "available_tags": [
                {
                    "id": "1400000000000000001",
                    "name": "moves",
                    "moderated": False,
                    "emoji_id": None,
                    "emoji_name": None,
                }
            ],
            "flags": 0,
        }

    def create_forum_post(self, request: Request) -> Reply:
        """POST /channels/{forum}/threads: a post whose first message shares the thread's id."""
        body, _files = request_parts(request)
        with self._lock:
            self.posts += 1
            self.bad_bodies += thread_errors("CreateForumThreadRequest", body)
            if self.kind != 15:
                return json_reply(400, {"message": "Not a forum channel", "code": 50024})
            message = {**self.message(body["message"]), "thread_name": body["name"]}
            message["channel_id"] = message["id"]
            message["applied_tags"] = body.get("applied_tags") or []
            self.messages.append(message)
            self.open_thread(message["id"], body["name"])
            return json_reply(201, {**self.thread(message["id"], body["name"]), "message": message})

    def create_thread_from(self, message_id: str) -> Any:
        def handle(request: Request) -> Reply:
            body, _files = request_parts(request)
            with self._lock:
                self.bad_bodies += thread_errors("CreateTextThreadWithMessageRequest", body)
                if message_id in self.threads:
                    return json_reply(
                        400,
                        {
                            "message": "A thread has already been created for this message",
                            "code": 160004,
                        },
                    )
                self.open_thread(message_id, body["name"])
                return json_reply(201, self.thread(message_id, body["name"]))

        return handle

    def open_thread(self, thread_id: str, name: str) -> None:
        """Serve a new thread: messages posted in it are recorded with its id."""
        self.threads[thread_id] = {"name": name, "messages": []}
        path = f"/api/v10/channels/{thread_id}/messages"
        self.server.route(path, lambda request: self.post_in_thread(thread_id, request))

    def post_in_thread(self, thread_id: str, request: Request) -> Reply:
        body, _files = request_parts(request)
        with self._lock:
            self.posts += 1
            errors = VALIDATOR.iter_errors(wire_form(body))
            self.bad_bodies += [f"{list(e.path)}: {e.message}" for e in errors]
            message = {**self.message(body), "channel_id": thread_id}
            self.threads[thread_id]["messages"].append(message)
            self.messages.append(message)
            return json_reply(200, message)

    def thread(self, thread_id: str, name: str) -> dict[str, Any]:
        return {
            "id": thread_id,
            "type": 11,
            "guild_id": str(self.guild_id),
            "parent_id": str(self.channel_id),
            "name": name,
            "owner_id": BOT["id"],
            "message_count": 0,
            "member_count": 1,
            "rate_limit_per_user": 0,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": 1440,
                "archive_timestamp": "2025-07-09T09:00:00+00:00",
                "locked": False,
            },
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
            path = f"/api/v10/channels/{self.channel_id}/messages/{message['id']}/threads"
            self.server.route(path, self.create_thread_from(message["id"]))
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


def thread_errors(schema: str, body: dict[str, Any]) -> list[str]:
    """Where a thread-creating body breaks Discord's schema (tests/data/discord/threads.json)."""
    validator = Draft202012Validator({"$ref": f"#/components/schemas/{schema}", **THREADS})
    return [f"{schema} {list(e.path)}: {e.message}" for e in validator.iter_errors(body)]


def wire_form(body: dict[str, Any]) -> dict[str, Any]:
    """The body as the spec types it: discord.py numbers a file's attachment entry with an
    integer index (`"id": 0`) and sends allowed role ids as integers, both of which Discord
    accepts; the spec types ids as snowflake strings."""
    attachments = body.get("attachments")
    if attachments:
        fixed = [
            {**a, "id": str(a["id"])} if isinstance(a.get("id"), int) else a for a in attachments
        ]
        body = {**body, "attachments": fixed}
    mentions = body.get("allowed_mentions")
    if isinstance(mentions, dict) and mentions.get("roles"):
        body = {
            **body,
            "allowed_mentions": {**mentions, "roles": [str(r) for r in mentions["roles"]]},
        }
    return body


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
