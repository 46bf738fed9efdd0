"""/digest: the digest now, for this server's watch lists, paged with buttons."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands
from sqlalchemy.orm import Session

from bot.discord_common import Deps, check_guild, defer, reply
from bot.discord_pages import Page, Pager
from bot.durations import parse_when
from bot.render import CHART_FILE, render_messages
from jobs.digest.assemble import build_digest
from jobs.digest.chart import render_flow_png, talent_flow
from jobs.guild_admin import guild_watch, mark_posted

DEFAULT_WINDOW = timedelta(hours=24)
NO_CHART = "No moves between labs in this window, so no talent-flow chart."
NO_POSTING = "You cannot send messages in this channel, so I will not post the digest here."
NO_MANAGE = (
    "Posting the digest for everyone needs the Manage Server permission; "
    "without post:True you see it yourself."
)


class DigestCog(commands.Cog):
    """The digest on demand: UI over jobs.digest.assemble and bot.render."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    @app_commands.command(
        name="digest", description="Show the digest now, for this server's watch lists"
    )
    @app_commands.describe(
        since="How far back: a duration like 24h or 7d, or a date like 2025-07-01 (default 24h)",
        post="Post today's digest in this channel now, for everyone (Manage Server; "
        "default: only you see it)",
        chart="Add a picture of the window's moves between labs (default: off)",
    )
    @app_commands.guild_only()
    async def digest(
        self,
        interaction: discord.Interaction,
        since: str | None = None,
        post: bool = False,
        chart: bool = False,
    ) -> None:
        if not await check_guild(interaction):
            return
        now = self.deps.clock()
        try:
            start = parse_when(since, now) if since else now - DEFAULT_WINDOW
        except ValueError as exc:
            await reply(interaction, f"{exc}.")
            return
        if start >= now:
            await reply(interaction, "That start lies in the future; give a time in the past.")
            return
        if post and not interaction.permissions.manage_guild:
            await reply(interaction, NO_MANAGE)
            return
        if post and not interaction.permissions.send_messages:
            await reply(interaction, NO_POSTING)
            return
        await defer(interaction, ephemeral=not post)
        payloads, story_ids = await self.deps.read(self._render, interaction.guild_id, start, now)
        pager = Pager([Page.from_payload(p) for p in payloads], interaction.user.id)
        pager.origin = interaction
        first = pager.first_message()
        content, files = first["content"], []
        if chart:  # drawing takes 0.1-0.3 s of CPU: a thread, after the deferral
            png = await self.deps.read(draw_chart, start, now)
            if png is None:
                content = f"{content or ''}\n{NO_CHART}".strip()
            else:
                files = [discord.File(io.BytesIO(png), filename=CHART_FILE)]
        await reply(
            interaction,
            content,
            ephemeral=not post,
            embeds=first["embeds"],
            view=first.get("view"),
            files=files,
        )
        if post:  # today's digest went out here: the scheduled one does not repeat it
            await self.deps.write(mark_posted, interaction.channel_id, story_ids)

    def _render(
        self, session: Session, guild_id: int, since: datetime, now: datetime
    ) -> tuple[list[dict[str, Any]], list[str]]:
        watch = guild_watch(session, self.deps.base_watch, guild_id)
        digest = build_digest(session, since, now, watch, now)
        return render_messages(digest, send_empty=True), [s.id for s in digest.stories]


def draw_chart(session: Session, since: datetime, until: datetime) -> bytes | None:
    """The talent-flow PNG of [since, until), or None when nobody moved between labs."""
    flow = talent_flow(session, since, until)
    return render_flow_png(flow) if flow.total else None
