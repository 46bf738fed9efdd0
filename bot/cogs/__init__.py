"""The slash-command cogs: each one thin UI over plain functions in jobs/ and storage/."""

from __future__ import annotations

from discord.ext import commands

from bot.cogs.digest import DigestCog
from bot.cogs.lifecycle import LifecycleCog
from bot.cogs.lookup import LookupCog
from bot.cogs.sources import SourceCog
from bot.cogs.status import StatusCog
from bot.cogs.subscriptions import SubscriptionsCog
from bot.cogs.watch import WatchCog
from bot.discord_common import Deps


def make_cogs(deps: Deps) -> list[commands.Cog]:
    """One of each cog, sharing `deps`."""
    return [
        SubscriptionsCog(deps),
        DigestCog(deps),
        WatchCog(deps),
        SourceCog(deps),
        LookupCog(deps),
        StatusCog(deps),
        LifecycleCog(deps),
    ]


async def add_cogs(bot: commands.Bot, deps: Deps) -> None:
    """Add every cog (and so its slash commands) to `bot`."""
    for cog in make_cogs(deps):
        await bot.add_cog(cog)
