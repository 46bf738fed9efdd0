"""Where a destination's messages go: webhook name and avatar, forum posts, digest threads.

The first message of a forum post or thread carries Discord's `thread_name` (and a forum's
`applied_tags`); the messages after it carry the marker THREAD_MARK, and the sender posts them
in the thread the first message started (a thread started by a message, and a forum post,
share the id of that first message).
"""

from __future__ import annotations

from typing import Any

from bot.render import NO_MENTIONS
from bot.styles import thread_title

THREAD_MARK = "_lw_thread"  # internal: never sent to Discord


def dress(
    payloads: list[dict[str, Any]],
    kind: str,
    options: dict[str, Any],
    title: str,
    *,
    digest: bool,
) -> list[dict[str, Any]]:
    """The payloads with the destination's name, avatar and thread placement added."""
    if not payloads:
        return payloads
    out = [dict(p) for p in payloads]
    if options.get("forum"):
        out = in_thread(out, title, options.get("forum_tags") or [])
    elif options.get("thread") and digest:
        head = (out[0].get("content") or title).split("\n", 1)[0]
        opener = {"content": head, "allowed_mentions": NO_MENTIONS}
        out = in_thread([opener, *out], title, [])
    if kind == "webhook":
        look = {k: options[k] for k in ("username", "avatar_url") if options.get(k)}
        out = [{**p, **look} for p in out]
    return out


def in_thread(payloads: list[dict[str, Any]], title: str, tags: list[str]) -> list[dict[str, Any]]:
    """The first payload starts a thread named `title`; the rest are marked to follow it."""
    first = {**payloads[0], "thread_name": thread_title(title)}
    if tags:
        first["applied_tags"] = [str(t) for t in tags][:5]
    return [first, *({**p, THREAD_MARK: True} for p in payloads[1:])]


def wire_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload without labwatch's internal keys."""
    return {k: v for k, v in payload.items() if not k.startswith("_lw_")}
