"""Cleaning up after Discord: the bot removed from a server, a subscribed channel deleted."""

from __future__ import annotations

import logging

import discord
from discord.ext import commands
from sqlalchemy.orm import Session

from bot.discord_common import Deps
from storage import subscriptions, watchlists

log = logging.getLogger(__name__)


def forget_guild(session: Session, guild_id: int) -> tuple[int, int]:
    """Remove a server's subscriptions and watch lists; (subscriptions, list rows) removed."""
    # the watch lists go too: they only shape that server's digests, and a server that
    # invites the bot again starts from the config's lists rather than from stale data
    return subscriptions.remove_guild(session, guild_id), watchlists.remove_guild_lists(
        session, guild_id
    )


class LifecycleCog(commands.Cog):
    """Listeners that keep the database in step with the servers and channels that exist."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        subs, rows = await self.deps.write(forget_guild, guild.id)
        log.info(
            "left server %s: removed %d subscriptions and %d watch-list rows", guild.id, subs, rows
        )

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        if await self.deps.write(subscriptions.unsubscribe_channel, channel.id):
            log.info("channel %s was deleted: its subscription is removed", channel.id)

    @commands.Cog.listener()
    async def on_raw_thread_delete(self, payload: discord.RawThreadDeleteEvent) -> None:
        if await self.deps.write(subscriptions.unsubscribe_channel, payload.thread_id):
            log.info("thread %s was deleted: its subscription is removed", payload.thread_id)
