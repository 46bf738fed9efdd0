"""Sending outbox messages to Discord channels through discord.py (the bot's connection)."""

from __future__ import annotations

import contextlib
import io
from collections.abc import AsyncIterator
from typing import Any, Protocol

import discord

from bot.delivery.send import DeliveryError, DestinationRefused
from storage.outbox import OutboxFile


class ChannelClient(Protocol):
    """What the sender needs of the bot: a channel by id (discord.Client fits)."""

    def get_channel(self, channel_id: int, /) -> Any: ...

    async def fetch_channel(self, channel_id: int, /) -> Any: ...


class ChannelSender:
    """Posts to one channel with the outbox nonce; Discord de-duplicates a resend of it."""

    def __init__(self, client: ChannelClient, channel_id: int) -> None:
        self.client, self.channel_id = client, channel_id

    async def send(
        self, payload: dict[str, Any], nonce: str, file: OutboxFile | None = None
    ) -> str:
        """Send one payload; discord.py sets enforce_nonce whenever a nonce is given."""
        extra: dict[str, Any] = {}
        if file is not None:  # discord.py writes the multipart form and its attachments list
            extra["file"] = discord.File(io.BytesIO(file.data), filename=file.name)
        try:
            channel = self.client.get_channel(self.channel_id)
            if channel is None:
                channel = await self.client.fetch_channel(self.channel_id)
            message = await channel.send(
                content=payload.get("content") or None,
                embeds=[discord.Embed.from_dict(e) for e in payload.get("embeds") or []],
                nonce=nonce,
                allowed_mentions=discord.AllowedMentions.none(),
                **extra,
            )
        except (discord.NotFound, discord.Forbidden) as exc:
            raise DestinationRefused(
                f"Discord refused channel {self.channel_id} ({exc.status}: {exc.text or 'no access'}); "
                "give the bot access and subscribe again"
            ) from exc
        except discord.HTTPException as exc:
            raise DeliveryError(
                f"Discord answered {exc.status} for channel {self.channel_id}"
            ) from exc
        except (OSError, TimeoutError) as exc:
            raise DeliveryError(
                f"{type(exc).__name__} sending to channel {self.channel_id}"
            ) from exc
        return str(message.id)


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
