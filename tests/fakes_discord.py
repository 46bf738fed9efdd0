"""Small stand-ins for discord.py's interaction objects, recording what a handler sends.

Every send, follow-up and edit must pass allowed_mentions that ping nobody; a second
response to one interaction fails as it would on Discord.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands
from discord.ext import commands

if TYPE_CHECKING:
    from bot.discord_common import Deps
    from storage.db import Database


@dataclass
class Sent:
    """One message a handler sent (or an edit it made)."""

    content: str  # "" when the message had none (embeds only)
    embeds: list[discord.Embed]
    ephemeral: bool
    view: discord.ui.View | None
    how: str  # "response" | "followup" | "edit"
    files: list[discord.File] = field(default_factory=list)


def _check_mentions(kwargs: dict[str, Any]) -> None:
    mentions = kwargs.get("allowed_mentions")
    assert mentions is not None, "allowed_mentions missing: Discord would parse mentions"
    assert mentions.to_dict() == {"parse": []}, f"mentions would ping: {mentions.to_dict()}"


def _record(kwargs: dict[str, Any], how: str, ephemeral: bool) -> Sent:
    _check_mentions(kwargs)
    embeds = list(kwargs.get("embeds") or ([kwargs["embed"]] if kwargs.get("embed") else []))
    files = list(kwargs.get("files") or ([kwargs["file"]] if kwargs.get("file") else []))
    return Sent(kwargs.get("content") or "", embeds, ephemeral, kwargs.get("view"), how, files)


class FakeResponse:
    def __init__(self, interaction: FakeInteraction) -> None:
        self._interaction = interaction
        self._done = False
        self.deferred: dict[str, Any] | None = None
        self.choices: list[discord.app_commands.Choice[Any]] | None = None

    def is_done(self) -> bool:
        return self._done

    def _acknowledge(self) -> None:
        assert not self._done, "interaction answered twice"
        self._done = True
        self._interaction.acknowledged_after = time.monotonic() - self._interaction.created

    async def defer(self, *, ephemeral: bool = False, thinking: bool = False) -> None:
        self._acknowledge()
        self.deferred = {"ephemeral": ephemeral, "thinking": thinking}

    async def send_message(self, content: str | None = None, **kwargs: Any) -> None:
        self._acknowledge()
        kwargs["content"] = content if content is not None else kwargs.get("content")
        self._interaction.sent.append(
            _record(kwargs, "response", bool(kwargs.get("ephemeral", False)))
        )

    async def edit_message(self, **kwargs: Any) -> None:
        self._acknowledge()
        self._interaction.sent.append(_record(kwargs, "edit", False))

    async def autocomplete(self, choices: list[discord.app_commands.Choice[Any]]) -> None:
        self._acknowledge()
        self.choices = choices


class FakeFollowup:
    def __init__(self, interaction: FakeInteraction) -> None:
        self._interaction = interaction

    async def send(self, content: str | None = None, **kwargs: Any) -> None:
        assert self._interaction.response.is_done(), "follow-up before the interaction was answered"
        kwargs["content"] = content if content is not None else kwargs.get("content")
        deferred = self._interaction.response.deferred
        # the first follow-up after a deferral replaces the "thinking" message: it keeps its flag
        ephemeral = bool(kwargs.get("ephemeral")) or bool(deferred and deferred["ephemeral"])
        self._interaction.sent.append(_record(kwargs, "followup", ephemeral))


@dataclass
class FakeUser:
    id: int = 1001
    name: str = "alice"
    guild_permissions: discord.Permissions = field(default_factory=discord.Permissions.none)
    bot: bool = False


@dataclass
class FakeTag:
    id: int
    name: str


class FakeChannel:
    def __init__(
        self,
        channel_id: int,
        guild: FakeGuild | None,
        bot_perms: discord.Permissions,
        tags: list[FakeTag] | None = None,
    ):
        self.id = channel_id
        self.name = f"channel-{channel_id}"
        self.guild = guild
        self.bot_perms = bot_perms
        self.mention = f"<#{channel_id}>"
        # a forum when it has tags (as many forums do): its digests and alerts are posts
        self.type = discord.ChannelType.forum if tags is not None else discord.ChannelType.text
        self.available_tags = tags or []

    def permissions_for(self, _member: Any) -> discord.Permissions:
        return self.bot_perms


class FakeGuild:
    def __init__(self, guild_id: int = 500) -> None:
        self.id = guild_id
        self.name = f"server-{guild_id}"
        self.me = FakeUser(id=9, name="labwatch", bot=True)
        self.channels: dict[int, FakeChannel] = {}

    def add_channel(
        self,
        channel_id: int,
        bot_perms: discord.Permissions | None = None,
        tags: list[FakeTag] | None = None,
    ) -> FakeChannel:
        channel = FakeChannel(channel_id, self, bot_perms or posting_permissions(), tags)
        self.channels[channel_id] = channel
        return channel

    def get_channel(self, channel_id: int) -> FakeChannel | None:
        return self.channels.get(channel_id)

    get_channel_or_thread = get_channel


def posting_permissions(**more: bool) -> discord.Permissions:
    """What the bot needs in a digest channel (and `more`, e.g. for threads)."""
    return discord.Permissions(
        view_channel=True, send_messages=True, embed_links=True, attach_files=True, **more
    )


def member_permissions() -> discord.Permissions:
    """An ordinary member: reads and writes, manages nothing."""
    return discord.Permissions(view_channel=True, send_messages=True)


def manager_permissions() -> discord.Permissions:
    return discord.Permissions(manage_guild=True, view_channel=True, send_messages=True)


class FakeInteraction:
    """An application-command interaction in channel 700 of server 500 (or a DM)."""

    def __init__(
        self,
        *,
        manager: bool = False,
        guild: FakeGuild | None = None,
        in_dm: bool = False,
        channel_id: int = 700,
        user: FakeUser | None = None,
        app_permissions: discord.Permissions | None = None,
    ) -> None:
        self.created = time.monotonic()
        self.acknowledged_after: float | None = None
        self.sent: list[Sent] = []
        self.extras: dict[str, Any] = {}
        perms = manager_permissions() if manager else member_permissions()
        self.user = user or FakeUser(guild_permissions=perms)
        self.permissions = perms
        self.app_permissions = app_permissions or posting_permissions()
        self.guild = None if in_dm else (guild or FakeGuild())
        self.guild_id = self.guild.id if self.guild else None
        if self.guild is not None and channel_id not in self.guild.channels:
            self.guild.add_channel(channel_id, self.app_permissions)
        self.channel = self.guild.get_channel(channel_id) if self.guild else None
        self.channel_id = channel_id
        self.response = FakeResponse(self)
        self.followup = FakeFollowup(self)
        self.original_edits: list[dict[str, Any]] = []
        self.command: app_commands.Command[Any, ..., Any] | None = None  # the one being run

    async def edit_original_response(self, **kwargs: Any) -> None:
        _check_mentions(kwargs)
        self.original_edits.append(kwargs)

    @property
    def last(self) -> Sent:
        assert self.sent, "the handler sent nothing"
        return self.sent[-1]

    @property
    def text(self) -> str:
        """Everything sent, as one string (content and embed text)."""
        parts: list[str] = []
        for sent in self.sent:
            parts.append(sent.content or "")
            for embed in sent.embeds:
                parts.append(str(embed.to_dict()))
        return "\n".join(parts)


def as_interaction(itx: FakeInteraction) -> discord.Interaction:
    """The fake where a handler takes a discord.Interaction: it has what the handlers use
    (response, followup, user, guild, channel, permissions), not the rest of the class."""
    return cast("discord.Interaction", itx)


def as_guild(guild: FakeGuild) -> discord.Guild:
    """The fake where a listener takes a discord.Guild (it reads the id and channels)."""
    return cast("discord.Guild", guild)


def as_channel(channel: FakeChannel) -> discord.abc.GuildChannel:
    """The fake where a listener takes a guild channel (it reads the id)."""
    return cast("discord.abc.GuildChannel", channel)


async def call(cog: commands.Cog, command: str, itx: FakeInteraction, /, **options: Any) -> None:
    """Run the slash command named `command` (the attribute) of `cog` as Discord would."""
    found = getattr(cog, command)
    assert isinstance(found, app_commands.Command), f"{command} is no slash command"
    await run_command(cog, found, itx, **options)


async def run_command(
    cog: commands.Cog,
    command: app_commands.Command[Any, ..., Any],
    itx: FakeInteraction,
    /,
    **options: Any,
) -> None:
    """Run one of `cog`'s slash commands with the fake interaction."""
    # discord.py types a command's callback as a union (with or without the cog first)
    callback: Callable[..., Awaitable[object]] = command.callback
    await callback(cog, itx, **options)


async def autocomplete(
    cog: commands.Cog,
    handler: Callable[..., Awaitable[list[app_commands.Choice[str]]]],
    itx: FakeInteraction,
    text: str,
) -> list[app_commands.Choice[str]]:
    """An autocomplete handler's choices for `text`, called as discord.py does: the function
    from the cog's class (`WatchCog._people`), given the cog first."""
    return await handler(cog, itx, text)


def make_deps(db: Database, now: datetime | None = None, **raw: Any) -> Deps:
    """Cog dependencies over a real database and settings built from `raw` sections."""
    from bot.app import App
    from bot.config import RawSettings, Settings
    from bot.discord_common import Deps

    settings = Settings(RawSettings.model_validate(raw), Path("config.toml"), Path("."), False)
    app = App(settings, db)
    moment = now or datetime(2025, 7, 9, 8, 0, tzinfo=UTC)
    return Deps(app, app.watch, clock=lambda: moment)
