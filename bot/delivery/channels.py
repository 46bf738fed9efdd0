"""Sending outbox messages to Discord channels through discord.py (the bot's connection)."""

from __future__ import annotations

import contextlib
import io
from collections.abc import AsyncIterator
from typing import Any, Protocol

import discord

from bot.delivery.pace import Pace
from bot.delivery.send import DeliveryError, DestinationRefused
from bot.styles import allowed_mentions_of
from storage.outbox import OutboxFile

THREAD_ALREADY_CREATED = 160004  # Discord: "A thread has already been created for this message"


class ChannelClient(Protocol):
    """What the sender needs of the bot: a channel by id (discord.Client fits)."""

    def get_channel(self, channel_id: int, /) -> Any: ...

    async def fetch_channel(self, channel_id: int, /) -> Any: ...

    def get_partial_messageable(self, channel_id: int, /) -> Any: ...


class ChannelSender:
    """Posts to one channel with the outbox nonce; Discord de-duplicates a resend of it.

    A payload with `thread_name` starts a forum post (forum channel) or a thread under the
    message (text channel); with `thread_id`, the payload goes into that thread.
    """

    def __init__(
        self,
        client: ChannelClient,
        channel_id: int,
        thread_id: str | None = None,
        pace: Pace | None = None,
    ) -> None:
        self.client, self.channel_id, self.thread_id = client, channel_id, thread_id
        self.pace = pace  # the bot's global budget; discord.py keeps the routes' buckets

    async def _slot(self) -> None:
        """Wait for a slot of the global budget before each request to Discord."""
        if self.pace is not None:
            await self.pace.before()

    async def send(
        self, payload: dict[str, Any], nonce: str, file: OutboxFile | None = None
    ) -> str:
        """Send one payload; discord.py sets enforce_nonce whenever a nonce is given."""
        extra: dict[str, Any] = {}
        if file is not None:  # discord.py writes the multipart form and its attachments list
            extra["file"] = discord.File(io.BytesIO(file.data), filename=file.name)
        where = f"channel {self.channel_id}"
        try:
            channel = await self._target()
            content = payload.get("content") or None
            embeds = [discord.Embed.from_dict(e) for e in payload.get("embeds") or []]
            mentions = discord_mentions(payload)
            name = payload.get("thread_name")
            await self._slot()
            if name and isinstance(channel, discord.ForumChannel):
                tags = [discord.Object(int(t)) for t in payload.get("applied_tags") or []]
                post = await channel.create_thread(
                    name=name,
                    content=content,
                    embeds=embeds,
                    allowed_mentions=mentions,
                    applied_tags=tags,  # type: ignore[arg-type]  # ids are all Discord reads
                    **extra,
                )
                return str(post.message.id)
            message = await channel.send(
                content=content, embeds=embeds, nonce=nonce, allowed_mentions=mentions, **extra
            )
            if name:
                await self._slot()
                await start_thread(message, name)
        except (discord.NotFound, discord.Forbidden) as exc:
            raise DestinationRefused(
                f"Discord refused {where} ({exc.status}: {exc.text or 'no access'}); "
                "give the bot access and subscribe again"
            ) from exc
        except discord.HTTPException as exc:
            raise DeliveryError(f"Discord answered {exc.status} for {where}") from exc
        except (OSError, TimeoutError) as exc:
            raise DeliveryError(f"{type(exc).__name__} sending to {where}") from exc
        return str(message.id)

    async def _target(self) -> Any:
        """The channel, or the thread a follow-up message belongs in."""
        if self.thread_id is not None:
            return self.client.get_partial_messageable(int(self.thread_id))
        channel = self.client.get_channel(self.channel_id)
        if channel is None:
            await self._slot()
            channel = await self.client.fetch_channel(self.channel_id)
        return channel


async def start_thread(message: Any, name: str) -> None:
    """A thread under the digest's first message; one already there (a resend) is kept."""
    try:
        await message.create_thread(name=name)
    except discord.HTTPException as exc:
        if exc.code != THREAD_ALREADY_CREATED:
            raise


def discord_mentions(payload: dict[str, Any]) -> discord.AllowedMentions:
    """Nobody pinged, except the role ids the payload's allowed_mentions lists."""
    roles = allowed_mentions_of(payload).get("roles") or []
    if not roles:
        return discord.AllowedMentions.none()
    return discord.AllowedMentions(
        everyone=False,
        users=False,
        replied_user=False,
        roles=[discord.Object(int(r)) for r in roles],
    )


@contextlib.asynccontextmanager
async def rest_client(token: str) -> AsyncIterator[discord.Client]:
    """A logged-in client without a gateway connection: enough to post to channels."""
    client = discord.Client(intents=discord.Intents.none())
    try:
        await client.login(token)
    except (discord.LoginFailure, discord.HTTPException, OSError) as exc:
        await client.close()
        raise DeliveryError(f"Discord did not accept the bot token ({exc})") from exc
    try:
        yield client
    finally:
        await client.close()
