"""/source add|remove|list: feeds and YouTube channels, with their health."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import datetime

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_common import (
    Deps,
    check_guild,
    choices,
    defer,
    discord_time,
    reply,
    sentence,
)
from bot.discord_pages import Page, Pager
from bot.render import safe_text, shorten
from jobs.ingest.fetch import Fetcher, FetchOptions
from jobs.ingest.sources import SourceError, add_source, remove_source
from storage.sources import SourceHealth, list_sources

LINES_PER_PAGE = 7  # 7 lines of at most 260 characters fit one 2,000-character message


@app_commands.guild_only()
class SourceCog(
    commands.GroupCog,
    group_name="source",
    group_description="Feeds and YouTube channels labwatch polls",
):
    """Sources: UI over jobs.ingest.sources and storage.sources."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        super().__init__()

    @app_commands.command(
        name="add", description="Watch a feed or YouTube channel (checked once first)"
    )
    @app_commands.describe(
        url_or_channel="A feed URL, a YouTube channel URL, @handle or UC… channel id",
        name="A name for it (default: the feed's own title)",
    )
    async def add(
        self, interaction: discord.Interaction, url_or_channel: str, name: str | None = None
    ) -> None:
        if not await check_guild(interaction, manage=True):
            return
        if not url_or_channel.strip():
            await reply(interaction, "Give a feed URL, a YouTube channel URL or an @handle.")
            return
        await defer(interaction)  # fetching and parsing the feed takes a moment
        try:
            async with self._fetcher() as fetcher:
                source = await add_source(
                    self.deps.app.db,
                    fetcher,
                    url_or_channel,
                    name,
                    interaction.guild_id,
                    parser=self.deps.app.parser,
                )
        except SourceError as exc:
            await reply(interaction, sentence(str(exc)))
            return
        kind = "YouTube channel" if source.kind == "youtube" else "feed"
        await reply(
            interaction,
            f"Added the {kind} **{safe_text(source.name, 100)}**; it is polled from now on.",
        )

    @contextlib.asynccontextmanager
    async def _fetcher(self) -> AsyncIterator[Fetcher]:
        """The running app's shared fetcher, or (outside `labwatch run`) a short-lived one."""
        if self.deps.app.fetcher is not None:
            yield self.deps.app.fetcher
            return
        async with Fetcher(FetchOptions.from_settings(self.deps.app.settings.http)) as fetcher:
            yield fetcher

    @app_commands.command(name="remove", description="Stop polling a source this server added")
    @app_commands.describe(name="The source's name, as /source list shows it")
    async def remove(self, interaction: discord.Interaction, name: str) -> None:
        if not await check_guild(interaction, manage=True):
            return
        await defer(interaction)
        try:
            await self.deps.write(remove_source, name, interaction.guild_id)
        except SourceError as exc:
            await reply(interaction, sentence(str(exc)))
            return
        await reply(interaction, f"Removed the source **{safe_text(name, 100)}** and its entries.")

    @remove.autocomplete("name")
    async def _removable(
        self, _interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        rows = await self.deps.read(list_sources)
        return choices([s.name for s in rows if s.origin == "discord"], current)

    @app_commands.command(name="list", description="Every source with its health")
    async def show(self, interaction: discord.Interaction) -> None:
        if not await check_guild(interaction):
            return
        await defer(interaction)
        rows = await self.deps.read(list_sources)
        if not rows:
            await reply(interaction, "No sources yet; add one with /source add.")
            return
        now = self.deps.clock()
        lines = [describe_source(row, now) for row in rows]
        pages = [
            Page(f"**Sources** ({len(rows)})\n" + "\n".join(lines[i : i + LINES_PER_PAGE]))
            for i in range(0, len(lines), LINES_PER_PAGE)
        ]
        pager = Pager(pages, interaction.user.id)
        pager.origin = interaction
        first = pager.first_message()
        await reply(interaction, first["content"], view=first.get("view"))


def describe_source(row: SourceHealth, now: datetime) -> str:
    """One line of health: status, last success, failures, next poll."""
    name = safe_text(row.name, 60)
    if not row.enabled:
        return f"- ⏸ {name}: disabled"
    mark = "⚠️" if row.consecutive_failures else "✅" if row.last_success_at else "•"
    parts = [f"{row.entries} entries"]
    parts.append(
        f"last success {discord_time(row.last_success_at, 'R')}"
        if row.last_success_at
        else "never fetched yet"
    )
    if row.consecutive_failures:
        error = safe_text(row.last_error or row.last_status, 80)
        parts.append(f"{row.consecutive_failures} failures ({error})")
    if row.next_poll_at is not None:
        when = (
            "due now" if row.next_poll_at <= now else f"next {discord_time(row.next_poll_at, 'R')}"
        )
        parts.append(when)
    return shorten(f"- {mark} {name} ({row.kind}): " + ", ".join(parts), 230)
