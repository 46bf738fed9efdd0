"""/subscribe, /unsubscribe, /subscriptions: which channels get the daily digest."""

from __future__ import annotations

from functools import partial
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_common import (
    Deps,
    check_guild,
    choices,
    defer,
    discord_time,
    join_words,
    missing_permissions,
    reply,
)
from jobs.guild_admin import next_digest_time, search_timezones
from storage import subscriptions
from storage.subscriptions import SubscriptionError, check_clock, check_timezone

GONE = "That channel no longer exists (or I cannot see it); pick another one."


class SubscriptionsCog(commands.Cog):
    """Subscribing channels to the digest: UI over storage.subscriptions."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    @app_commands.command(
        name="subscribe", description="Post the daily digest (and optional instant alerts) here"
    )
    @app_commands.describe(
        time="Time of day for the digest, 24-hour clock, e.g. 09:00 (default: the config's)",
        timezone="IANA time zone of that time, e.g. Europe/Berlin (default: the config's)",
        alerts="Also post each new move as soon as it is found (default: off)",
        chart="Attach a picture of the week's moves between labs to Monday's digest (default: off)",
        channel="Channel to subscribe (default: this one)",
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def subscribe(
        self,
        interaction: discord.Interaction,
        time: str | None = None,
        timezone: str | None = None,
        alerts: bool = False,
        channel: discord.TextChannel | None = None,
        chart: bool = False,
    ) -> None:
        if not await check_guild(interaction, manage=True):
            return
        schedule = self.deps.app.settings.schedule
        try:
            clock = check_clock(time or schedule.digest_at)
            zone = check_timezone(timezone or schedule.timezone)
        except SubscriptionError as exc:
            await reply(interaction, str(exc))
            return
        target = await self._postable_channel(interaction, channel)
        if target is None:
            return
        await defer(interaction)
        assert interaction.guild_id is not None
        sub = await self.deps.write(
            partial(subscriptions.subscribe_channel, chart=chart),
            interaction.guild_id,
            target.id,
            clock,
            zone,
            alerts,
        )
        due = next_digest_time(sub.digest_at, sub.timezone, self.deps.clock())
        extra = " and instant alerts" if sub.alerts else ""
        extra += ", with the week's talent-flow chart on Mondays" if sub.chart else ""
        await reply(
            interaction,
            f"<#{target.id}> gets the daily digest at {sub.digest_at} {sub.timezone}{extra}; "
            f"the next one {discord_time(due, 'R')}.",
        )

    async def _postable_channel(
        self, interaction: discord.Interaction, chosen: discord.abc.GuildChannel | None
    ) -> Any:
        """The target channel if it exists and the bot may post there; else None, after saying why."""
        assert interaction.guild is not None
        channel_id = chosen.id if chosen is not None else interaction.channel_id
        live = interaction.guild.get_channel_or_thread(channel_id) if channel_id else None
        if live is None:
            await reply(interaction, GONE)
            return None
        if channel_id == interaction.channel_id:
            perms = interaction.app_permissions  # resolved by Discord, overwrites included
        else:
            perms = live.permissions_for(interaction.guild.me)
        missing = missing_permissions(perms)
        if missing:
            await reply(
                interaction,
                f"I cannot post digests in <#{live.id}>: I need {join_words(missing)} there.",
            )
            return None
        return live

    @subscribe.autocomplete("timezone")
    async def _timezones(
        self, _interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(search_timezones(current), "")

    @app_commands.command(name="unsubscribe", description="Stop posting the digest in a channel")
    @app_commands.describe(channel="Channel to unsubscribe (default: this one)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def unsubscribe(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        if not await check_guild(interaction, manage=True):
            return
        channel_id = channel.id if channel is not None else interaction.channel_id
        await defer(interaction)
        removed = await self.deps.write(subscriptions.unsubscribe_channel, channel_id)
        if removed:
            await reply(interaction, f"<#{channel_id}> no longer gets the digest.")
        else:
            await reply(interaction, f"<#{channel_id}> was not subscribed; nothing changed.")

    @app_commands.command(
        name="subscriptions", description="Which channels of this server get the digest"
    )
    @app_commands.guild_only()
    async def list_subscriptions(self, interaction: discord.Interaction) -> None:
        if not await check_guild(interaction):
            return
        await defer(interaction)
        rows = await self.deps.read(subscriptions.list_subscriptions, interaction.guild_id)
        if not rows:
            await reply(interaction, "No channel of this server gets the digest; use /subscribe.")
            return
        now = self.deps.clock()
        lines = [self._describe(row, now) for row in rows]
        await reply(interaction, "\n".join(["**Digest subscriptions**", *lines])[:2000])

    @staticmethod
    def _describe(row: subscriptions.Subscription, now: Any) -> str:
        alerts = ", instant alerts" if row.alerts else ""
        alerts += ", chart on Mondays" if row.chart else ""
        if not row.enabled:
            return f"- <#{row.channel_id}>: paused ({row.disabled_reason or 'disabled'})"
        due = next_digest_time(row.digest_at, row.timezone, now)
        return (
            f"- <#{row.channel_id}>: daily at {row.digest_at} {row.timezone}{alerts}; "
            f"next {discord_time(due, 'R')}"
        )
