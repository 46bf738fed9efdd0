"""The Discord side of `labwatch run`: a bot that serves the slash commands until told to stop."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import App
from bot.cogs import add_cogs
from bot.discord_common import NO_MENTIONS, Deps, reply

log = logging.getLogger(__name__)
FAILED = "Something went wrong on my side; the error is in labwatch's log."
RETRY_DELAY = 5.0  # seconds before a dead bot is started again; doubles up to MAX_RETRY_DELAY
MAX_RETRY_DELAY = 300.0
CLOSE_GRACE = 5.0  # seconds a stopping bot may take to log out before it is cancelled
UNUSABLE = "I cannot use that value (a channel I cannot see, or one of the wrong kind)."


Shards = tuple[tuple[int, ...], int]  # (these shard ids, of this many): a gateway's share


class LabwatchBot(commands.Bot):
    """A bot with only the intents it needs (guilds: channels, roles, joins and leaves)."""

    def __init__(self, deps: Deps, **options: Any) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # channel permissions, on_guild_remove, on_guild_channel_delete
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            help_command=None,
            **options,
        )
        self.deps = deps

    async def setup_hook(self) -> None:
        """Add the cogs, then register the commands with Discord (runs once, after login)."""
        # logged in: from now on delivery can reach channels (REST until the gateway is ready)
        self.deps.app.extras["discord_bot"] = self
        self.tree.on_error = report_command_error  # type: ignore[method-assign]
        await add_cogs(self, self.deps)
        await sync_commands(self.tree, self.deps.app.settings.discord.test_guild_id)


async def report_command_error(
    interaction: discord.Interaction, error: app_commands.AppCommandError
) -> None:
    """Log a handler's failure with its command, and tell the caller in one private sentence."""
    if isinstance(error, app_commands.TransformerError):
        with contextlib.suppress(discord.HTTPException):
            await reply(interaction, UNUSABLE)
        return
    name = interaction.command.qualified_name if interaction.command else "?"
    log.error("/%s failed in server %s", name, interaction.guild_id, exc_info=error)
    with contextlib.suppress(discord.HTTPException):
        await reply(interaction, FAILED)


def build_bot(app: App, deps: Deps | None = None, shards: Shards | None = None) -> LabwatchBot:
    """A bot for `app` that has not connected yet (tests build one and never connect)."""
    deps = deps or Deps(app, app.watch)
    if shards is None:
        return LabwatchBot(deps)
    ids, count = shards
    return sharded_bot_class()(deps, shard_ids=list(ids), shard_count=count)


@functools.cache
def sharded_bot_class() -> type[LabwatchBot]:
    """The same bot on some of the shards (`labwatch run --role gateway --shards A-B`)."""
    # made on first use: merely defining it at import time broke the unsharded bot's start
    # (discord.py 2.x; seen in tests/test_client.py)
    return type("ShardedLabwatchBot", (LabwatchBot, commands.AutoShardedBot), {})


async def sync_commands(tree: app_commands.CommandTree, test_guild_id: int | None) -> None:
    """Register the commands: to the test server instantly, else globally (up to an hour)."""
    try:
        if test_guild_id:
            guild = discord.Object(id=test_guild_id)
            tree.copy_global_to(guild=guild)
            synced = await tree.sync(guild=guild)
            log.info("Discord: %d commands registered in test server %s", len(synced), guild.id)
        else:
            synced = await tree.sync()
            log.info("Discord: %d commands registered globally", len(synced))
    except discord.HTTPException as exc:
        # the bot keeps serving commands registered earlier; a wrong test_guild_id shows here
        log.error("Discord: registering slash commands failed: %s", exc)


async def serve_discord(
    app: App,
    token: str,
    stop: asyncio.Event,
    *,
    retry_delay: float = RETRY_DELAY,
    shards: Shards | None = None,
) -> None:
    """Serve slash commands until `stop` is set; a refused token is logged, not raised.

    discord.py reconnects by itself once connected; when the bot dies anyway (the first
    gateway connection failing, for one) a fresh bot starts after a growing pause, so a
    network outage at start does not turn Discord off for the whole run.
    Once logged in, the bot is `app.extras["discord_bot"]`: delivery sends to channels with
    its `get_channel` / `fetch_channel` (bot.delivery.channels.ChannelSender).
    """
    delay = retry_delay
    while not stop.is_set():
        if await _serve_once(app, token, stop, shards):
            return
        log.warning("Discord: starting the bot again in %.0f s", delay)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=delay)
        delay = min(delay * 2, MAX_RETRY_DELAY)


async def _serve_once(app: App, token: str, stop: asyncio.Event, shards: Shards | None) -> bool:
    """One bot's life; True when it is over for good (stopped, or the token refused)."""
    bot = build_bot(app, shards=shards)
    try:
        async with bot:
            return await _run_until_stopped(bot, token, stop)
    finally:
        app.extras.pop("discord_bot", None)


async def _run_until_stopped(bot: LabwatchBot, token: str, stop: asyncio.Event) -> bool:
    runner = asyncio.create_task(bot.start(token), name="discord-bot")
    stopper = asyncio.create_task(stop.wait(), name="discord-stop")
    try:
        await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
    if not runner.done():
        await bot.close()  # logs out and closes the gateway; start() then returns
        # ...except mid-request: aiohttp may never wake a read whose session was closed
        done, _ = await asyncio.wait({runner}, timeout=CLOSE_GRACE)
        if not done:
            runner.cancel()
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await runner
        return True
    exc = runner.exception()
    if isinstance(exc, discord.LoginFailure):
        env = bot.deps.app.settings.discord.token_env
        log.error("Discord refused the bot token (check %s); slash commands are off", env)
        return True
    if exc is not None:
        log.error("Discord connection ended: %s", exc, exc_info=exc)
    return stop.is_set()
