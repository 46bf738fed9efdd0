"""A loopback stand-in for Discord's webhook API: execute with ?wait=true, scripted failures.

Every request body is checked against Discord's own OpenAPI schema of the endpoint
(tests/data/discord/execute_webhook.json, copied from discord/discord-api-spec).
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from jsonschema import Draft202012Validator

from tests.loopback import LoopbackServer, Reply, Request

SCHEMA = json.loads((Path(__file__).parent / "data/discord/execute_webhook.json").read_text())
VALIDATOR = Draft202012Validator(SCHEMA)
THREADS = json.loads((Path(__file__).parent / "data/discord/threads.json").read_text())
QUERY = set(THREADS["x-webhook-execute-query"])  # wait, thread_id, with_components
_ids = itertools.count(1_300_000_000_000_000_000)
FormFile = tuple[str | None, str, bytes]


def schema_errors(body: dict[str, Any]) -> list[str]:
    """Where a request body breaks Discord's schema for executing a webhook."""
    return [f"{list(e.path)}: {e.message}" for e in VALIDATOR.iter_errors(body)]


@dataclass
class FakeWebhook:
    """One webhook: the messages it created, and replies to give before succeeding."""

    webhook_id: int
    token: str
    script: list[Reply] = field(default_factory=list)  # consumed first, one per request
    gone: bool = False  # answer 404 Unknown Webhook
    messages: list[dict[str, Any]] = field(default_factory=list)
    bad_bodies: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def path(self) -> str:
        return f"/api/webhooks/{self.webhook_id}/{self.token}"

    def handle(self, request: Request) -> Reply:
        if request.method != "POST" or "wait=true" not in request.path:
            return Reply(405, b'{"message": "only POST ?wait=true here"}')
        if self.gone:
            return json_reply(404, {"message": "Unknown Webhook", "code": 10015})
        with self.lock:
            if self.script:
                return self.script.pop(0)
            body, files = request_parts(request)
            self.bad_bodies += schema_errors(body)
            query = parse_qs(urlsplit(request.path).query)
            self.bad_bodies += [f"query {k!r} unknown to Discord" for k in set(query) - QUERY]
            self.bad_bodies += [f"body key {k!r}" for k in body if k.startswith("_")]
            message_id = str(next(_ids))
            thread_id = query["thread_id"][0] if query.get("thread_id") else None
            if body.get("thread_name"):  # a forum post: the thread takes the message's id
                thread_id = message_id
            message = {
                "id": message_id,
                "type": 0,
                "channel_id": thread_id or "555",
                "thread_name": body.get("thread_name"),
                "applied_tags": body.get("applied_tags"),
                "username": body.get("username"),
                "avatar_url": body.get("avatar_url"),
                "webhook_id": str(self.webhook_id),
                "content": body.get("content") or "",
                "embeds": body.get("embeds") or [],
                "allowed_mentions": body.get("allowed_mentions"),
                "attachments": body.get("attachments") or [],
                "files": files,  # form field → (filename, content type, bytes)
            }
            self.messages.append(message)
            return json_reply(200, without_files(message))

    def embeds(self) -> Iterator[dict[str, Any]]:
        for message in self.messages:
            yield from message["embeds"]


def request_parts(request: Request) -> tuple[dict[str, Any], dict[str, FormFile]]:
    """The JSON body, or Discord's multipart form: `payload_json` and the `files[n]` parts."""
    kind = request.headers.get("content-type", "")
    if not kind.startswith("multipart/form-data"):
        return json.loads(request.body), {}
    form = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {kind}\r\n\r\n".encode() + request.body
    )
    body: dict[str, Any] = {}
    files: dict[str, FormFile] = {}
    for part in form.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True)
        assert isinstance(data, bytes), f"form part {name!r} is not a single part"
        if name == "payload_json":
            body = json.loads(data)
        else:
            files[str(name)] = (part.get_filename(), part.get_content_type(), data)
    return body, files


def without_files(message: dict[str, Any]) -> dict[str, Any]:
    """A stored message as Discord returns it (the uploaded bytes are ours to inspect)."""
    return {k: v for k, v in message.items() if k != "files"}


def json_reply(status: int, data: Any, headers: dict[str, str] | None = None) -> Reply:
    return Reply(
        status, json.dumps(data).encode(), {"content-type": "application/json", **(headers or {})}
    )


def rate_limited(retry_after: float) -> Reply:
    """Discord's 429 body (and header)."""
    return json_reply(
        429,
        {"message": "You are being rate limited.", "retry_after": retry_after, "global": False},
        {"retry-after": str(retry_after)},
    )


def add_webhook(
    server: LoopbackServer, webhook_id: int, token: str, **kwargs: Any
) -> tuple[FakeWebhook, str]:
    """Serve a fake webhook; returns it and its URL."""
    hook = FakeWebhook(webhook_id, token, **kwargs)
    return hook, server.route(hook.path, hook.handle)
