"""Cleaning up after Discord: the bot removed from a server, a subscribed channel deleted."""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from bot.discord_common import Deps
from jobs.guild_admin import forget_absent_guilds, forget_guild
from storage import subscriptions

log = logging.getLogger(__name__)


class LifecycleCog(commands.Cog):
    """Listeners that keep the database in step with the servers and channels that exist."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """Forget servers that removed the bot while it was not running."""
        present = {guild.id for guild in self.bot_guilds()}
        if not present:
            return  # seeing no server at all is more likely a glitch than a clean slate
        gone = await self.deps.write(forget_absent_guilds, present)
        if gone:
            log.info("removed from %d server(s) while offline: their data is removed", len(gone))

    def bot_guilds(self) -> list[discord.Guild]:
        bot = self.deps.app.extras.get("discord_bot")
        return list(bot.guilds) if bot is not None else []

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
