"""What every cog shares: its dependencies, replies that never ping, and the permission checks.

Handlers stay thin: check who may do it, acknowledge at once (defer), hand the work to a
plain function in a thread, and turn a domain error into one ephemeral sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

import discord

from bot.app import App
from bot.render import shorten
from jobs.watch.lists import WatchLists
from storage.types import utcnow

T = TypeVar("T")

NO_MENTIONS = discord.AllowedMentions.none()
# what the bot needs in a channel it posts digests to: the same set `labwatch invite` asks
# for and `labwatch doctor` checks (Attach Files: the talent-flow chart picture)
NEEDED_IN_CHANNEL = {
    "view_channel": "View Channel",
    "send_messages": "Send Messages",
    "embed_links": "Embed Links",
    "attach_files": "Attach Files",
}
# forum posts and digest threads: the follow-up messages go inside the thread
NEEDED_FOR_THREADS = {"send_messages_in_threads": "Send Messages in Threads"}
NEEDED_TO_START_THREADS = {"create_public_threads": "Create Public Threads"}
NOT_A_MANAGER = "You need the Manage Server permission to change labwatch's settings here."
NOT_IN_GUILD = "Use this command in a server, not in a direct message."


@dataclass
class Deps:
    """What the cogs need: the running app, the config's watch lists, and a clock."""

    app: App
    base_watch: WatchLists
    clock: Callable[[], datetime] = field(default=utcnow)

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(session, *args)` on a read session in a thread."""
        return await self.app.db.run(_in_session, self.app, fn, args)

    async def write(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(session, *args)` as one transaction in a thread: all of it or nothing."""
        return await self.app.db.run(_in_transaction, self.app, fn, args)


def _in_session(app: App, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
    with app.db.session() as session:
        return fn(session, *args)


def _in_transaction(app: App, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
    with app.db.transaction() as session:
        return fn(session, *args)


async def reply(
    interaction: discord.Interaction,
    content: str | None = None,
    *,
    ephemeral: bool = True,
    embeds: Sequence[discord.Embed] = (),
    view: discord.ui.View | None = None,
    files: Sequence[discord.File] = (),
) -> None:
    """Answer, or follow up when already deferred; mentions are never pinged."""
    kwargs: dict[str, Any] = {"ephemeral": ephemeral, "allowed_mentions": NO_MENTIONS}
    if content is not None:
        kwargs["content"] = content
    if embeds:
        kwargs["embeds"] = list(embeds)
    if files:
        kwargs["files"] = list(files)
    if view is not None:
        kwargs["view"] = view
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)


async def defer(interaction: discord.Interaction, *, ephemeral: bool = True) -> None:
    """Acknowledge now (Discord allows 3 s); the answer follows when the work is done."""
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)


def can_manage_server(interaction: discord.Interaction) -> bool:
    """Whether the caller has Manage Server here (Discord resolves administrators to all)."""
    perms = interaction.permissions
    return bool(perms.manage_guild or perms.administrator)


async def check_guild(interaction: discord.Interaction, *, manage: bool = False) -> bool:
    """True when the command may go on; otherwise the caller was told why, ephemerally.

    Enforced here because `default_permissions` is only a hint: server admins can
    override it, and Discord ignores it on subcommands.
    """
    if interaction.guild_id is None:
        await reply(interaction, NOT_IN_GUILD)
        return False
    if manage and not can_manage_server(interaction):
        await reply(interaction, NOT_A_MANAGER)
        return False
    return True


def missing_permissions(
    perms: discord.Permissions, *, forum: bool = False, thread: bool = False
) -> list[str]:
    """The names of the permissions the bot lacks to post digests, in a fixed order.

    A forum post needs Send Messages to start and Send Messages in Threads to continue; a
    digest thread in a text channel also needs Create Public Threads.
    """
    if perms.administrator:
        return []
    needed = dict(NEEDED_IN_CHANNEL)
    if forum or thread:
        needed |= NEEDED_FOR_THREADS
    if thread:
        needed |= NEEDED_TO_START_THREADS
    return [label for attr, label in needed.items() if not getattr(perms, attr)]


def join_words(words: Sequence[str]) -> str:
    """["a", "b", "c"] → "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def choices(values: Sequence[str], current: str) -> list[discord.app_commands.Choice[str]]:
    """Autocomplete choices: values containing what was typed, best (prefix) first, at most 25."""
    typed = current.casefold().strip()
    hits = [v for v in values if typed in v.casefold()]
    hits.sort(key=lambda v: (not v.casefold().startswith(typed), v.casefold()))
    # Discord limits a choice's name and value to 100 characters
    return [discord.app_commands.Choice(name=v[:100], value=v[:100]) for v in hits[:25]]


def sentence(text: str, limit: int = 300) -> str:
    """A service's error message as one sentence for a user: capitalised, with a full stop."""
    text = shorten(" ".join(text.split()), limit)
    if text and text[-1] not in ".!?…":
        text += "."
    return text[:1].upper() + text[1:]


def discord_time(moment: datetime, style: str = "f") -> str:
    """A Discord timestamp tag: every reader sees it in their own time zone."""
    return f"<t:{int(moment.timestamp())}:{style}>"
