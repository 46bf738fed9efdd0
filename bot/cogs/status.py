"""/status: last poll, failing sources, this server's next digest, version."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import __version__
from bot.discord_common import Deps, check_guild, defer, discord_time, reply
from bot.render import safe_text
from jobs.guild_admin import GuildStatus, guild_status

MAX_FAILING_SHOWN = 5


class StatusCog(commands.Cog):
    """How labwatch is doing: UI over jobs.guild_admin.guild_status."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    @app_commands.command(
        name="status", description="Last poll, failing sources, next digest, version"
    )
    @app_commands.guild_only()
    async def status(self, interaction: discord.Interaction) -> None:
        if not await check_guild(interaction):
            return
        await defer(interaction)
        now = self.deps.clock()
        state = await self.deps.read(guild_status, interaction.guild_id, now)
        await reply(interaction, describe_status(state))


def describe_status(state: GuildStatus) -> str:
    """The status as a few lines of Discord markdown."""
    lines = [f"**labwatch {__version__}**"]
    if state.last_poll_at is None:
        lines.append(f"Sources: {state.sources}, not polled yet.")
    else:
        lines.append(
            f"Sources: {state.sources}, last poll {discord_time(state.last_poll_at, 'R')}."
        )
    if state.failing:
        lines.append(f"Failing: {len(state.failing)} source(s)")
        for source in state.failing[:MAX_FAILING_SHOWN]:
            why = safe_text(source.error or "no details", 120)
            lines.append(f"- {safe_text(source.name, 60)}: {source.failures} failures ({why})")
        if len(state.failing) > MAX_FAILING_SHOWN:
            lines.append(f"- and {len(state.failing) - MAX_FAILING_SHOWN} more (/source list)")
    else:
        lines.append("Failing: none.")
    if state.transcripts:
        lines.append(f"Transcripts: {safe_text(state.transcripts, 400)}.")
    if state.next_digest_at is None:
        lines.append("Next digest: no channel here is subscribed (/subscribe).")
    else:
        lines.append(
            f"Next digest: {discord_time(state.next_digest_at, 'f')} in "
            f"<#{state.next_digest_channel_id}>."
        )
    return "\n".join(lines)
