"""/watch person|keyword add|remove, /watch list: a server's people and keywords."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands
from sqlalchemy.orm import Session

from bot.discord_common import Deps, check_guild, choices, defer, reply
from bot.render import safe_text, shorten
from storage import watchlists
from storage.watchlists import WatchListError


@app_commands.guild_only()
class WatchCog(
    commands.GroupCog,
    group_name="watch",
    group_description="People and keywords this server watches",
):
    """This server's watch lists on top of the config's: UI over storage.watchlists."""

    person = app_commands.Group(name="person", description="People this server watches")
    keyword = app_commands.Group(name="keyword", description="Keywords this server watches")

    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        super().__init__()

    @person.command(name="add", description="Watch a person (news and video mentions)")
    @app_commands.describe(
        name="The person's full name, e.g. Jan Leike",
        aliases="Other spellings, comma-separated, e.g. Leike, Yan Lea",
    )
    async def person_add(
        self, interaction: discord.Interaction, name: str, aliases: str | None = None
    ) -> None:
        spellings = [" ".join(a.split()) for a in (aliases or "").split(",") if a.strip()]
        extra = f" (also: {', '.join(safe_text(a, 100) for a in spellings)})" if spellings else ""
        if await self._change(interaction, watchlists.add_person, name, spellings):
            await reply(interaction, f"Now watching {safe_text(name, 100)}{extra}.")

    @person.command(name="remove", description="Stop watching a person on this server")
    @app_commands.describe(name="A person this server watches")
    async def person_remove(self, interaction: discord.Interaction, name: str) -> None:
        if await self._change(interaction, watchlists.remove_person, name):
            await reply(interaction, f"No longer watching {safe_text(name, 100)}.")

    @keyword.command(name="add", description="Watch a keyword or phrase in headlines")
    @app_commands.describe(phrase="A word or phrase, e.g. superalignment")
    async def keyword_add(self, interaction: discord.Interaction, phrase: str) -> None:
        if await self._change(interaction, watchlists.add_keyword, phrase):
            await reply(interaction, f"Now watching the keyword '{safe_text(phrase, 100)}'.")

    @keyword.command(name="remove", description="Stop watching a keyword on this server")
    @app_commands.describe(phrase="A keyword this server watches")
    async def keyword_remove(self, interaction: discord.Interaction, phrase: str) -> None:
        if await self._change(interaction, watchlists.remove_keyword, phrase):
            await reply(interaction, f"No longer watching the keyword '{safe_text(phrase, 100)}'.")

    async def _change(self, interaction: discord.Interaction, fn: object, *args: object) -> bool:
        """Check, defer, make the change in one transaction; False (after saying why) if refused."""
        if not await check_guild(interaction, manage=True):
            return False
        await defer(interaction)
        try:
            await self.deps.write(fn, interaction.guild_id, *args)  # type: ignore[arg-type]
        except WatchListError as exc:
            await reply(interaction, str(exc))
            return False
        return True

    @person_remove.autocomplete("name")
    async def _people(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        people = await self.deps.read(watchlists.list_people, interaction.guild_id)
        return choices([p.name for p in people], current)

    @keyword_remove.autocomplete("phrase")
    async def _keywords(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        words = await self.deps.read(watchlists.list_keywords, interaction.guild_id)
        return choices([k.phrase for k in words], current)

    @app_commands.command(name="list", description="Show the people and keywords watched here")
    async def show(self, interaction: discord.Interaction) -> None:
        if not await check_guild(interaction):
            return
        await defer(interaction)
        text = await self.deps.read(self._describe, interaction.guild_id)
        await reply(interaction, text)

    def _describe(self, session: Session, guild_id: int) -> str:
        base = self.deps.base_watch
        people = watchlists.list_people(session, guild_id)
        words = watchlists.list_keywords(session, guild_id)
        lines = ["**Watched by every server** (config)"]
        lines.append("People: " + (", ".join(safe_text(p.name) for p in base.people) or "none"))
        lines.append("Keywords: " + (", ".join(safe_text(k) for k in base.keywords) or "none"))
        lines.append("**Added by this server**")
        lines.append(
            "People: " + (", ".join(_person(p) for p in people) or "none yet (/watch person add)")
        )
        lines.append(
            "Keywords: "
            + (", ".join(safe_text(k.phrase) for k in words) or "none yet (/watch keyword add)")
        )
        return shorten_lines(lines, 2000)


def _person(p: watchlists.WatchedPerson) -> str:
    name = safe_text(p.name)
    return f"{name} ({', '.join(safe_text(a) for a in p.aliases)})" if p.aliases else name


def shorten_lines(lines: list[str], limit: int) -> str:
    """Lines joined, each cut so the whole fits one message."""
    text = "\n".join(lines)
    if len(text) <= limit:
        return text
    each = max(40, limit // len(lines) - 1)
    return "\n".join(shorten(line, each) for line in lines)[:limit]
