"""`labwatch run --role`: which roles run where, the sender's lease, shards, status, metrics."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import discord
import pytest

from bot.cli import main as cli
from bot.client import serve_discord
from bot.roles import Role, RoleError, SenderJobs, parse_role
from storage.db import Database
from storage.heartbeats import beat
from storage.migrate import upgrade
from tests.fakes_discord import make_deps
from tests.loopback import LoopbackServer
from tests.test_client import API, APP_ID, discord_api, wait_for  # noqa: F401 (a fixture)

PG = "postgresql+psycopg://labwatch@db.example/labwatch"
T0 = datetime(2030, 1, 1, tzinfo=UTC)


def test_roles_other_than_all_need_postgresql() -> None:
    assert parse_role("all", None, None, "sqlite:///x.db") == Role("all")
    assert parse_role("worker", None, None, PG) == Role("worker")
    for role in ("worker", "sender", "gateway"):
        with pytest.raises(RoleError, match="needs PostgreSQL"):
            parse_role(role, None, None, "sqlite:///x.db")


def test_shards_are_a_range_within_the_count() -> None:
    role = parse_role("gateway", "2-3", 8, PG)
    assert role.shards == (2, 3) and role.shard_count == 8 and role.detail == "shards 2-3 of 8"
    assert parse_role("gateway", "5", 8, PG).shards == (5,)
    for shards, count in (("3-9", 8), ("x", 8), ("3-2", 8), ("1-2", None), (None, 4)):
        with pytest.raises(RoleError):
            parse_role("gateway", shards, count, PG)
    with pytest.raises(RoleError, match="with --role gateway"):
        parse_role("worker", "0-1", 2, PG)


def test_a_worker_on_sqlite_is_refused_and_touches_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[storage]\nurl = "sqlite:///labwatch.db"\n')
    assert cli(["--config", str(config), "run", "--role", "worker"]) == 2
    assert "--role worker needs PostgreSQL" in capsys.readouterr().err
    assert not (tmp_path / "labwatch.db").exists()


async def test_a_standby_sender_takes_over_once_the_lease_lapses(database: Database) -> None:
    app = make_deps(database, scale={"claim_ttl": "20s"}).app
    now = [T0]
    first = SenderJobs(
        app, "sender A on far-host pid 1", Role("sender"), lambda: now[0], asyncio.Event()
    )
    second = SenderJobs(app, "sender B on far-host pid 2", Role("sender"), lambda: now[0], asyncio.Event())  # fmt: skip
    await first.keep_lease()
    await second.keep_lease()
    assert (first.holding, second.holding) == (True, False)
    now[0] += timedelta(seconds=15)
    await first.keep_lease()  # renewed: B still waits
    await second.keep_lease()
    assert second.holding is False and second.detail() == "standby"
    now[0] += timedelta(seconds=21)  # A died without renewing: within the lease time, B sends
    await second.keep_lease()
    await first.keep_lease()
    assert (first.holding, second.holding) == (False, True)


async def test_a_gateway_serves_its_shards(
    sqlite_db: Database,
    discord_api: LoopbackServer,  # noqa: F811
) -> None:
    app = make_deps(sqlite_db).app
    stop = asyncio.Event()
    task = asyncio.create_task(serve_discord(app, "token", stop, shards=((2, 3), 8)))
    await wait_for(lambda: discord_api.hits(f"{API}/applications/{APP_ID}/commands"))
    bot = app.extras["discord_bot"]
    assert isinstance(bot, discord.AutoShardedClient)
    assert (bot.shard_ids, bot.shard_count) == ([2, 3], 8)
    stop.set()
    await asyncio.wait_for(task, timeout=15)


def test_status_lists_live_processes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tmp_path}/lw.db"\n')
    assert cli(["--config", str(config), "status"]) == 0
    assert "no labwatch process" in capsys.readouterr().out
    assert not (tmp_path / "lw.db").exists()  # a read makes no database
    db = Database(f"sqlite:///{tmp_path}/lw.db")
    upgrade(db.engine)
    with db.transaction() as session:
        beat(session, "labwatch worker on h pid 7", "worker", "", 0, datetime.now(UTC))
        old = datetime.now(UTC) - timedelta(days=1)
        beat(session, "labwatch gateway on h pid 8", "gateway", "shards 0-3 of 8", 0, old)
    db.dispose()
    assert cli(["--config", str(config), "status"]) == 0
    out = capsys.readouterr().out
    assert "worker   labwatch worker on h pid 7  claims 0" in out
    assert "gateway" not in out  # its heartbeat is a day old
