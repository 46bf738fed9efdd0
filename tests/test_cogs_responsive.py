"""Every command acknowledges at once, even while another writer (a big poll) holds the database."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

import pytest
from discord import app_commands

from bot.cogs import make_cogs
from storage.db import Database
from tests.fakes_discord import FakeInteraction, make_deps, run_command

CALLS: list[tuple[str, dict[str, Any]]] = [
    ("subscribe", {"time": "09:00", "timezone": "UTC"}),
    ("unsubscribe", {}),
    ("subscriptions", {}),
    ("digest", {"since": "7d"}),
    ("watch person add", {"name": "Jan Leike"}),
    ("watch person remove", {"name": "Jan Leike"}),
    ("watch keyword add", {"phrase": "safety"}),
    ("watch keyword remove", {"phrase": "safety"}),
    ("watch list", {}),
    ("source remove", {"name": "Nope"}),
    ("source list", {}),
    ("why", {"text_or_url": "Jan Leike joins Anthropic"}),
    ("moments", {"person": "Jan Leike"}),
    ("status", {}),
]


@pytest.mark.parametrize(("name", "options"), CALLS, ids=[c[0] for c in CALLS])
async def test_acknowledged_while_the_database_is_locked(
    sqlite_db: Database, name: str, options: dict[str, Any]
) -> None:
    commands = {}
    for cog in make_cogs(make_deps(sqlite_db)):
        for command in cog.walk_app_commands():
            if isinstance(command, app_commands.Command):
                commands[command.qualified_name] = (cog, command)
    cog, command = commands[name]
    path = sqlite_db.engine.url.database
    assert path is not None
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a writer that does not let go for a while
    try:
        itx = FakeInteraction(manager=True)
        task = asyncio.create_task(run_command(cog, command, itx, **options))
        for _ in range(100):
            if itx.response.is_done():
                break
            await asyncio.sleep(0.01)
        assert itx.acknowledged_after is not None and itx.acknowledged_after < 1.0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    await asyncio.wait_for(task, timeout=15)
    assert itx.sent, "no answer after the database was free again"
