"""/subscribe, /unsubscribe, /subscriptions: which channels get the daily digest."""

from __future__ import annotations

from functools import partial
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.destinations import (
    LIST_INPUTS,
    OptionsError,
    describe_options,
    options_from_inputs,
    split_list,
)
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
from bot.render import safe_text
from jobs.digest.daily import next_due_time
from jobs.guild_admin import search_timezones
from storage import subscriptions
from storage.models import Subscription
from storage.subscriptions import SubscriptionError, check_clock, check_timezone

GONE = "That channel no longer exists (or I cannot see it); pick another one."
LIST_HELP = "comma-separated; - clears"
ROUTING_HELP = {
    "live": "Also post every new story as it is found, not only in the digest (default: off)",
    "thread": "Post each digest in a thread under a one-line header (text channels)",
    "kinds": "Which stories: moves, mentions, or all (default: all)",
    "labs": f"Only stories about these labs ({LIST_HELP})",
    "people": f"Only stories about these people ({LIST_HELP})",
    "keywords": f"Only stories with these words ({LIST_HELP})",
    "sources": f"Only from these sources, outlets or groups like youtube ({LIST_HELP})",
    "exclude_keywords": f"Never stories with these words ({LIST_HELP})",
    "exclude_labs": f"Never stories about these labs ({LIST_HELP})",
    "exclude_people": f"Never stories about these people ({LIST_HELP})",
    "exclude_sources": f"Never from these sources or outlets ({LIST_HELP})",
    "match": "Only stories whose title or summary matches this pattern (RE2; - clears)",
    "style": "full embeds, or compact: one line per story",
    "template": "One line per story, e.g. {person}: {from} -> {to} {sources} (- clears)",
    "ping_roles": "Roles to ping on alerts about watched people, e.g. @moves (- clears)",
    "tags": "Forum tags for each post, comma-separated names (forum channels)",
}
KIND_CHOICES = [
    app_commands.Choice(name="all", value="all"),
    app_commands.Choice(name="moves", value="move"),
    app_commands.Choice(name="mentions", value="mention"),
]
STYLE_CHOICES = [
    app_commands.Choice(name="full", value="full"),
    app_commands.Choice(name="compact", value="compact"),
]
INPUT_NAMES = ("kinds", "style", "template", "match", "ping_roles", *LIST_INPUTS)


class PostableChannel(app_commands.Transformer):
    """A channel option limited to text, announcement and forum channels."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [discord.ChannelType.text, discord.ChannelType.news, discord.ChannelType.forum]

    async def transform(self, interaction: discord.Interaction, value: Any) -> Any:
        return value


Postable = app_commands.Transform[Any, PostableChannel]


def is_forum(channel: Any) -> bool:
    """True for a forum channel (its digests and alerts are posts)."""
    return getattr(channel, "type", None) == discord.ChannelType.forum


def forum_tag_ids(channel: Any, names: str) -> list[str]:
    """The ids of the forum's tags named (comma-separated); OptionsError names an unknown one."""
    available = {t.name.casefold(): str(t.id) for t in getattr(channel, "available_tags", [])}
    ids: list[str] = []
    for name in split_list(names) if names.strip() else []:
        if name.casefold() not in available:
            known = ", ".join(t.name for t in getattr(channel, "available_tags", [])) or "none"
            raise OptionsError(f"The forum has no tag {safe_text(name, 60)} (its tags: {known}).")
        ids.append(available[name.casefold()])
    if len(ids) > 5:
        raise OptionsError("A forum post takes at most 5 tags.")
    return ids


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
        channel="Text or forum channel to subscribe (default: this one)",
        **ROUTING_HELP,
    )
    @app_commands.choices(kinds=KIND_CHOICES, style=STYLE_CHOICES)
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def subscribe(
        self,
        interaction: discord.Interaction,
        time: str | None = None,
        timezone: str | None = None,
        alerts: bool = False,
        channel: Postable | None = None,
        chart: bool = False,
        live: bool = False,
        thread: bool = False,
        kinds: str | None = None,
        labs: str | None = None,
        people: str | None = None,
        keywords: str | None = None,
        sources: str | None = None,
        exclude_keywords: str | None = None,
        exclude_labs: str | None = None,
        exclude_people: str | None = None,
        exclude_sources: str | None = None,
        match: str | None = None,
        style: str | None = None,
        template: str | None = None,
        ping_roles: str | None = None,
        tags: str | None = None,
    ) -> None:
        if not await check_guild(interaction, manage=True):
            return
        schedule = self.deps.app.settings.schedule
        inputs = {k: v for k, v in locals().items() if k in INPUT_NAMES}
        try:
            clock = check_clock(time or schedule.digest_at)
            zone = check_timezone(timezone or schedule.timezone)
            options = options_from_inputs(inputs, interaction.guild_id)
        except (SubscriptionError, OptionsError) as exc:
            await reply(interaction, str(exc))
            return
        target = await self._postable_channel(interaction, channel, thread=thread)
        if target is None:
            return
        place = await self._placement(interaction, target, thread, tags)
        if place is None:
            return
        options = {k: v for k, v in {**options, **place}.items() if v}
        await defer(interaction)
        assert interaction.guild_id is not None
        sub = await self.deps.write(
            partial(subscriptions.subscribe_channel, chart=chart, live=live, options=options),
            interaction.guild_id,
            target.id,
            clock,
            zone,
            alerts,
        )
        due = next_due_time(sub.digest_at, sub.timezone, self.deps.clock())
        extra = " and instant alerts" if sub.alerts else ""
        extra += ", every new story as found" if sub.live else ""
        extra += ", with the week's talent-flow chart on Mondays" if sub.chart else ""
        routing = describe_options(sub.options or {})
        await reply(
            interaction,
            f"<#{target.id}> gets the daily digest at {sub.digest_at} {sub.timezone}{extra}; "
            f"the next one {discord_time(due, 'R')}." + (f"\nOnly: {routing}" if routing else ""),
        )

    async def _placement(
        self, interaction: discord.Interaction, target: Any, thread: bool, tags: str | None
    ) -> dict[str, Any] | None:
        """Forum posts (with tags) or a digest thread; None after saying what is wrong."""
        if not is_forum(target):
            if tags:
                await reply(interaction, "Tags are for forum channels; pick a forum or drop them.")
                return None
            return {"thread": thread}
        try:
            return {"forum": True, "forum_tags": forum_tag_ids(target, tags or "")}
        except OptionsError as exc:
            await reply(interaction, str(exc))
            return None

    async def _postable_channel(
        self,
        interaction: discord.Interaction,
        chosen: discord.abc.GuildChannel | None,
        *,
        thread: bool = False,
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
        missing = missing_permissions(perms, forum=is_forum(live), thread=thread)
        if missing:
            await reply(
                interaction,
                f"I cannot post digests in <#{live.id}>: I need {join_words(missing)} there.",
            )
            return None
        return live

    subscription = app_commands.Group(
        name="subscription",
        description="Change what a subscribed channel gets and how it looks",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    @subscription.command(
        name="edit", description="Change a subscription's routing, filters, style or pings"
    )
    @app_commands.describe(
        channel="Subscribed channel to change (default: this one)",
        alerts="Post each new move of a watched person as soon as it is found",
        **ROUTING_HELP,
    )
    @app_commands.choices(kinds=KIND_CHOICES, style=STYLE_CHOICES)
    async def edit(
        self,
        interaction: discord.Interaction,
        channel: Postable | None = None,
        alerts: bool | None = None,
        live: bool | None = None,
        thread: bool | None = None,
        kinds: str | None = None,
        labs: str | None = None,
        people: str | None = None,
        keywords: str | None = None,
        sources: str | None = None,
        exclude_keywords: str | None = None,
        exclude_labs: str | None = None,
        exclude_people: str | None = None,
        exclude_sources: str | None = None,
        match: str | None = None,
        style: str | None = None,
        template: str | None = None,
        ping_roles: str | None = None,
        tags: str | None = None,
    ) -> None:
        if not await check_guild(interaction, manage=True):
            return
        inputs = {k: v for k, v in locals().items() if k in INPUT_NAMES}
        try:
            options = options_from_inputs(inputs, interaction.guild_id)
        except OptionsError as exc:
            await reply(interaction, str(exc))
            return
        if thread is not None or tags is not None:
            target = await self._postable_channel(interaction, channel, thread=bool(thread))
            place = target and await self._placement(interaction, target, bool(thread), tags)
            if not place:
                return
            options |= {k: v or None for k, v in place.items()}
        channel_id = channel.id if channel is not None else interaction.channel_id
        await defer(interaction)
        sub = await self.deps.write(
            partial(subscriptions.edit_subscription, live=live, alerts=alerts),
            channel_id,
            options,
        )
        if sub is None:
            await reply(interaction, f"<#{channel_id}> is not subscribed; use /subscribe first.")
            return
        routing = describe_options(sub.options or {}) or "everything, in full embeds"
        await reply(interaction, f"<#{channel_id}> now gets: {routing}."[:2000])

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
    def _describe(row: Subscription, now: Any) -> str:
        alerts = ", instant alerts" if row.alerts else ""
        alerts += ", every new story as found" if row.live else ""
        alerts += ", chart on Mondays" if row.chart else ""
        routing = describe_options(row.options or {})
        alerts += f"; only {routing}" if routing else ""
        if not row.enabled:
            return f"- <#{row.channel_id}>: paused ({row.disabled_reason or 'disabled'})"
        due = next_due_time(row.digest_at, row.timezone, now)
        return (
            f"- <#{row.channel_id}>: daily at {row.digest_at} {row.timezone}{alerts}; "
            f"next {discord_time(due, 'R')}"
        )
