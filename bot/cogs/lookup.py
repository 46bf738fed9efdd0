"""/why and /moments: the classifier's reasons, and where a person is discussed in videos."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands
from sqlalchemy.orm import Session

from bot.discord_common import Deps, check_guild, choices, defer, reply
from bot.render import link, safe_text, timestamp_link
from jobs.guild_admin import GuildAdminError, explain_text_or_url, guild_watch, routing_of_text
from jobs.video.moments import find_person_moments
from storage import watchlists
from storage.moments import MomentView

MAX_MOMENTS = 12  # 12 lines of at most ~310 characters stay inside one embed's 4,096
WHY_LIMIT = 1900


class LookupCog(commands.Cog):
    """Read-only lookups: UI over jobs.language.classify (via guild_admin) and jobs.video.moments."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    @app_commands.command(
        name="why", description="Explain how a headline (or a stored article's URL) is classified"
    )
    @app_commands.describe(text_or_url="A headline, or the URL of an article labwatch has stored")
    @app_commands.guild_only()
    async def why(self, interaction: discord.Interaction, text_or_url: str) -> None:
        if not await check_guild(interaction):
            return
        await defer(interaction)
        try:
            title, explanation = await self.deps.read(
                self._explain, interaction.guild_id, text_or_url
            )
        except GuildAdminError as exc:
            await reply(interaction, str(exc))
            return
        body = f"**{safe_text(title, 300)}**\n```\n{explanation.replace('```', 'ʼʼʼ')}\n```"
        if len(body) > WHY_LIMIT:
            body = body[: WHY_LIMIT - 5] + "…\n```"
        await reply(interaction, body)

    def _explain(self, session: Session, guild_id: int, text: str) -> tuple[str, str]:
        watch = guild_watch(session, self.deps.base_watch, guild_id)
        title, explanation = explain_text_or_url(session, text, watch)
        filters = self.deps.app.settings.raw.filters.routing()
        routes = routing_of_text(session, text, watch, guild_id, filters)
        return title, explanation + "\n\nfilters:\n" + "\n".join(f"  {r}" for r in routes)

    @app_commands.command(
        name="moments", description="Where a person is discussed in recent videos"
    )
    @app_commands.describe(person="A name, e.g. Jan Leike (watched people are suggested)")
    @app_commands.guild_only()
    async def moments(self, interaction: discord.Interaction, person: str) -> None:
        if not await check_guild(interaction):
            return
        name = " ".join(person.split())
        if not name or len(name) > 100:
            await reply(interaction, "Give a person's name of 1 to 100 characters.")
            return
        await defer(interaction)
        # writes: finding moments indexes transcripts not yet scanned for this name
        found = await self.deps.write(self._find, interaction.guild_id, name)
        if not found:
            await reply(
                interaction, f"No stored video transcript discusses {safe_text(name, 100)} yet."
            )
            return
        lines = [moment_line(m) for m in found[:MAX_MOMENTS]]
        embed = discord.Embed(
            title=f"Moments: {safe_text(name, 100)}"[:256], description="\n".join(lines)
        )
        await reply(interaction, embeds=[embed])

    def _find(self, session: Session, guild_id: int, name: str) -> list[MomentView]:
        watch = guild_watch(session, self.deps.base_watch, guild_id)
        return find_person_moments(session, name, MAX_MOMENTS, watch=watch)

    @moments.autocomplete("person")
    async def _people(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        names = [p.name for p in self.deps.base_watch.people]
        if interaction.guild_id is not None:
            rows = await self.deps.read(watchlists.list_people, interaction.guild_id)
            names += [p.name for p in rows if p.name not in names]
        return choices(names, current)


def moment_line(moment: MomentView) -> str:
    """ "- [Video title @ 4:05](url): “what is said”"."""
    label = (
        f"{safe_text(moment.video_title or moment.video_id, 90)} @ {timestamp_link(moment.start)}"
    )
    quote = safe_text(moment.text, 140)
    return f"- {link(label, moment.url)}: “{quote}”" if quote else f"- {link(label, moment.url)}"
