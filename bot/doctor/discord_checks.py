"""`labwatch doctor`'s Discord checks over the REST API: the token, the bot's permissions in
each subscribed channel, and that each configured webhook still exists.

Plain HTTP (httpx) rather than discord.py: a few GETs, no gateway login. `api` is the seam a
test points at a loopback server.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import httpx

from bot.commands.invite import IN_CHANNEL, IN_THREADS, STARTS_THREADS, application_id_from_token
from bot.config import Settings
from bot.delivery.send import discord_user_agent
from bot.doctor import DISCORD_API
from bot.doctor.checks import Finding, fail, ok, warn
from bot.logs import redact
from storage.db import Database
from storage.subscriptions import list_subscriptions

ADMINISTRATOR = 1 << 3
ALL_PERMISSIONS = (1 << 53) - 1
PORTAL = "https://discord.com/developers/applications"


@dataclass(frozen=True)
class ChannelSub:
    guild_id: int | None
    channel_id: int
    enabled: bool
    disabled_reason: str | None
    thread: bool = False  # digests go in a thread under a header message


# (name, bit) also needed where messages go inside threads: forum posts and digest threads
FORUM = 15


def channel_subscriptions(db: Database | None) -> list[ChannelSub]:
    """Every channel subscription in the database (none when there is no database yet)."""
    if db is None:
        return []
    try:
        with db.session() as session:
            rows = list_subscriptions(session)
    except Exception:  # no tables yet
        return []
    return [
        ChannelSub(
            r.guild_id,
            r.channel_id,
            r.enabled,
            r.disabled_reason,
            bool((r.options or {}).get("thread")),
        )
        for r in rows
        if r.kind == "channel" and r.channel_id is not None
    ]


async def check_discord(
    settings: Settings, channels: list[ChannelSub], api: str = DISCORD_API
) -> list[Finding]:
    """The token, then each channel's permissions, then each webhook."""
    headers = {"user-agent": discord_user_agent()}
    async with httpx.AsyncClient(
        trust_env=False, follow_redirects=False, timeout=10, headers=headers
    ) as http:
        findings, bot_id = await check_token(http, settings, channels, api)
        if bot_id is not None:
            for channel in channels:
                findings.append(await check_channel(http, api, settings, bot_id, channel))
        findings += await asyncio.gather(*(check_webhook(http, w) for w in settings.webhooks))
    return findings


async def check_token(
    http: httpx.AsyncClient, settings: Settings, channels: list[ChannelSub], api: str
) -> tuple[list[Finding], int | None]:
    """Is a token set, shaped like a bot token, and accepted by Discord? (and the bot's id)"""
    env = settings.discord.token_env
    token = settings.discord_token()
    if token is None:
        if channels:
            return [
                fail(
                    "token",
                    f"{len(channels)} channel subscriptions but {env} is not set: "
                    f"export {env}=<the bot token from {PORTAL}>",
                )
            ], None
        if settings.webhooks:
            return [ok("token", f"{env} not set: delivering to webhooks only")], None
        return [
            warn(
                "token",
                f"{env} not set and no webhooks: digests only print here. For "
                f"Discord: create a bot at {PORTAL}, export {env}, run labwatch invite",
            )
        ], None
    if application_id_from_token(token) is None:
        return [
            fail(
                "token",
                f"{env} does not look like a bot token: copy it again from "
                f"{PORTAL} → your app → Bot → Reset Token",
            )
        ], None
    try:
        response = await http.get(f"{api}/users/@me", headers=_auth(token))
    except httpx.HTTPError as exc:
        return [
            warn(
                "token", f"cannot reach the Discord API ({type(exc).__name__}); token not verified"
            )
        ], None
    if response.status_code == 401:
        return [
            fail(
                "token",
                f"Discord refused the token in {env} (401): reset it at "
                f"{PORTAL} → Bot → Reset Token and set {env} again",
            )
        ], None
    if response.status_code != 200:
        return [
            warn(
                "token",
                f"Discord answered {response.status_code} to /users/@me; token not verified",
            )
        ], None
    me = response.json()
    return [ok("token", f"accepted: the bot is {me.get('username')} ({me.get('id')})")], int(
        me["id"]
    )


async def check_channel(
    http: httpx.AsyncClient, api: str, settings: Settings, bot_id: int, sub: ChannelSub
) -> Finding:
    """Can the bot see the channel and does it hold every permission a digest needs there?"""
    area = f"channel {sub.channel_id}"
    if not sub.enabled:
        return warn(
            area,
            f"subscription paused: {sub.disabled_reason or 'disabled'} — fix "
            "that, then /subscribe in the channel again",
        )
    headers = _auth(settings.discord_token() or "")
    try:
        channel = await _get_json(http, api, f"/channels/{sub.channel_id}", headers)
        guild_id = int(channel.get("guild_id") or sub.guild_id or 0)
        roles = await _get_json(http, api, f"/guilds/{guild_id}/roles", headers)
        member = await _get_json(http, api, f"/guilds/{guild_id}/members/{bot_id}", headers)
    except _Refused as exc:
        return fail(
            area,
            f"the bot cannot read it ({exc}): the bot was removed from the server "
            "or the channel hides it — invite it again (labwatch invite), or /unsubscribe",
        )
    except httpx.HTTPError as exc:
        return warn(area, f"not checked: the Discord API failed ({type(exc).__name__})")
    granted = channel_permissions(
        guild_id,
        {int(r["id"]): int(r["permissions"]) for r in roles},
        [int(r) for r in member.get("roles", [])],
        bot_id,
        channel.get("permission_overwrites", []),
    )
    needed = list(IN_CHANNEL)
    if sub.thread or channel.get("type") == FORUM:
        needed += IN_THREADS
    if sub.thread:
        needed += STARTS_THREADS
    missing = [name for name, bit, _why in needed if not granted & (1 << bit)]
    name = f"#{channel.get('name')}" if channel.get("name") else area
    if missing:
        return fail(
            area,
            f"the bot lacks {', '.join(missing)} in {name}: allow them for the "
            "bot's role in the channel's settings → Permissions",
        )
    return ok(area, f"the bot can post digests in {name}")


def channel_permissions(
    guild_id: int,
    role_permissions: dict[int, int],
    member_roles: list[int],
    member_id: int,
    overwrites: list[dict[str, Any]],
) -> int:
    """A member's permissions in a channel, computed as Discord documents it."""
    base = role_permissions.get(guild_id, 0)  # @everyone's role id is the guild id
    for role in member_roles:
        base |= role_permissions.get(role, 0)
    if base & ADMINISTRATOR:
        return ALL_PERMISSIONS
    by_id = {int(o["id"]): (int(o["allow"]), int(o["deny"]), int(o["type"])) for o in overwrites}
    perms = base
    if guild_id in by_id:
        allow, deny, _ = by_id[guild_id]
        perms = (perms & ~deny) | allow
    allow = deny = 0
    for role in member_roles:
        if role in by_id and by_id[role][2] == 0:
            allow, deny = allow | by_id[role][0], deny | by_id[role][1]
    perms = (perms & ~deny) | allow
    if member_id in by_id and by_id[member_id][2] == 1:
        allow, deny, _ = by_id[member_id]
        perms = (perms & ~deny) | allow
    return perms


async def check_webhook(http: httpx.AsyncClient, webhook: Any) -> Finding:
    """A webhook URL answers GET with the webhook while it exists (no message is sent)."""
    area = f"webhook {webhook.name or redact(webhook.url)}"
    try:
        response = await http.get(webhook.url)
    except httpx.HTTPError as exc:
        return warn(area, f"not checked: cannot reach it ({type(exc).__name__})")
    if response.status_code in (401, 403, 404):
        return fail(
            area,
            f"Discord does not know this webhook ({response.status_code}): it was "
            "deleted or its URL is wrong — make a new one (channel settings → "
            "Integrations → Webhooks) and put its URL in [[webhooks]] url",
        )
    if response.status_code != 200:
        return warn(area, f"answered {response.status_code}; not verified")
    return ok(area, f"exists (channel {response.json().get('channel_id', '?')})")


class _Refused(Exception):
    pass


async def _get_json(http: httpx.AsyncClient, api: str, path: str, headers: dict[str, str]) -> Any:
    response = await http.get(api + path, headers=headers)
    if response.status_code in (401, 403, 404):
        raise _Refused(f"{response.status_code} on {path}")
    response.raise_for_status()
    return response.json()


def _auth(token: str) -> dict[str, str]:
    return {"authorization": f"Bot {token}"}
