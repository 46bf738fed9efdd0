"""Start-up cost: what a command imports before it does anything (a test on sys.modules)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from storage.db import Database
from storage.migrate import head_revision, script_head, stored_revision

HEAVY = ("discord", "matplotlib", "feedparser", "numpy", "httpx", "apscheduler", "alembic")


def imported_by(module: str) -> set[str]:
    """The top-level packages importing `module` loads, in a fresh interpreter."""
    code = (
        f"import sys, {module}; print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_cli_imports_no_heavy_library() -> None:
    loaded = imported_by("bot.cli")
    assert not loaded & {*HEAVY, "sqlalchemy", "pydantic"}


@pytest.mark.parametrize(
    "command", ["bot.commands.sources", "bot.commands.db", "bot.commands.digest"]
)
def test_read_only_commands_skip_discord_charts_and_feeds(command: str) -> None:
    loaded = imported_by(command)
    assert not loaded & {"discord", "matplotlib", "feedparser", "numpy", "apscheduler"}


def test_script_head_is_alembics(database: Database) -> None:
    assert script_head() == head_revision(database.engine)
    assert stored_revision(database.engine) == script_head()
