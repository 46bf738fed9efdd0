"""Storage under faults: the engine's quirks, full disks, read-only files, newer schemas."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.db import Database, dumps_json
from tests.conftest import PG_URL
from tests.loopback import LoopbackServer


def test_json_dumps_matches_the_standard_library() -> None:
    import json

    value = {"a": [1, 2.5, None, "é"], "b": {"c": True}}
    assert dumps_json(value) == json.dumps(value)


@pytest.mark.postgres
def test_postgresql_json_serializer_draws_no_closure_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    if not PG_URL:
        pytest.skip("needs LABWATCH_TEST_DATABASE_URL (PostgreSQL)")
    db = Database(PG_URL)
    try:
        with caplog.at_level(logging.WARNING, logger="psycopg"), db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        assert not [r for r in caplog.records if "closure" in r.getMessage()]
    finally:
        db.dispose()


# ---- a full disk: one line per pass, /healthz 503 with the reason, resumes by itself ----


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (root only; skipped where mounting is not permitted)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
            capture_output=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        pytest.skip("cannot run mount")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, timeout=30)


def fill_to_the_brim(folder: Path) -> Path:
    """A file that takes every free byte of the file system."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 1):  # big chunks, then the last few bytes one at a time
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


async def test_a_full_disk_stops_each_pass_with_one_line_and_a_503_then_resumes(
    tiny_disk: Path, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.app import open_app, open_database
    from bot.config import load_settings
    from bot.daemon import Jobs, make_poll_pass
    from bot.delivery.rounds import Destinations, lease_holder
    from bot.delivery.send import webhook_client
    from bot.metrics import Endpoint, metrics_of
    from jobs.metrics import NEW_ENTRIES, PASS_FAILURES, PASSES
    from storage.models import Entry
    from tests.faults import items, ok, rss

    config = tiny_disk.parent / "config.toml"
    sources = ""
    for n in range(6):
        url = server.route(f"/feed{n}.xml", ok(rss(items(f"src{n}", 60, 0), title=f"F{n}")))
        sources += f'[[sources]]\nname = "Feed {n}"\nurl = "{url}"\n'
    config.write_text(
        f'[storage]\nurl = "sqlite:///{tiny_disk / "labwatch.db"}"\n'
        "[http]\nallow_private_networks = true\n"
        '[discord]\ntoken_env = "LABWATCH_TEST_NO_SUCH_TOKEN"\n' + sources
    )
    settings = load_settings(str(config))
    db = open_database(settings)
    clock = lambda: datetime.now(UTC)  # noqa: E731
    async with open_app(settings, db) as app, webhook_client(5) as client:
        jobs = Jobs(
            app,
            lease_holder("labwatch run"),
            clock,
            asyncio.Event(),
            make_poll_pass(app, clock),
            Destinations([], client),
            None,
        )
        endpoint = Endpoint(db, metrics_of(app), timedelta(minutes=5))
        filler = fill_to_the_brim(tiny_disk)
        for _ in range(2):  # every pass: one line, no traceback
            caplog.clear()
            with caplog.at_level(logging.INFO):
                await jobs.poll()
            loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
            assert len(loud) == 1, [r.getMessage() for r in loud]
            assert "disk full" in loud[0].getMessage() and loud[0].exc_info is None
            status, body = await endpoint.health()
            assert status == 503 and "storage: disk full" in body, body
        metrics = metrics_of(app)
        assert metrics.value(PASS_FAILURES) == 2 and metrics.value(PASSES) == 0

        filler.unlink()  # the cause goes away: the next pass stores everything by itself
        with db.transaction() as s:  # sources are due again (the stopped passes set no times)
            s.execute(text("UPDATE sources SET next_poll_at = NULL"))
        await jobs.poll()
        status, body = await endpoint.health()
        assert status == 200, body
        with db.session() as s:
            assert s.query(Entry).count() == 6 * 60
        assert metrics.value(PASSES) == 1
        assert metrics.value(NEW_ENTRIES) == s_count(db)
    db.dispose()


def s_count(db: Database) -> int:
    from storage.models import Entry

    with db.session() as s:
        return s.query(Entry).count()


# ---- a read-only database: reading commands work, writing ones say so in one line ----


def labwatch(config: Path, *argv: str) -> tuple[int, str, str]:
    """`labwatch --config CONFIG ARGV...` in a subprocess: (exit code, stdout, stderr)."""
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), *argv],
        cwd=Path(__file__).parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout, done.stderr


def test_a_read_only_database_serves_reading_commands(tiny_disk: Path) -> None:
    from bot.app import open_database
    from bot.config import load_settings
    from tests.digest_samples import add_story

    config = tiny_disk.parent / "config.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tiny_disk / "labwatch.db"}"\n')
    db = open_database(load_settings(str(config)))
    with db.transaction() as s:
        add_story(s, "m1", "Jan Leike joins Anthropic", datetime.now(UTC) - timedelta(hours=2))
    db.dispose()
    remount = ["mount", "-o", "remount,ro", str(tiny_disk)]
    assert subprocess.run(remount, capture_output=True, timeout=30).returncode == 0
    code, out, err = labwatch(config, "digest", "--format", "json")
    assert code == 0, err
    assert [s["title"] for s in json.loads(out)["stories"]] == ["Jan Leike joins Anthropic"]
    code, out, err = labwatch(config, "sources", "--format", "json")
    assert code == 0 and json.loads(out) is not None and "read-only" in err
    code, out, _err = labwatch(config, "db", "current")
    assert code == 0 and "up to date" in out
    code, out, err = labwatch(config, "poll")  # a writer: one line, no traceback
    assert code == 2 and "read-only" in err and len(err.strip().splitlines()) == 1, err


def test_db_current_tells_newer_from_older(sqlite_db: Database, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "{sqlite_db.url}"\n')
    code, out, _err = labwatch(config, "db", "current")
    assert code == 0 and "up to date" in out
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    code, out, _err = labwatch(config, "db", "current")
    assert code == 0 and "revision 0001, behind" in out
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    code, out, _err = labwatch(config, "db", "current")
    assert code == 1 and "newer than this labwatch" in out and "behind" not in out


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("database or disk is full", "disk full"),
        ("attempt to write a readonly database", "read-only"),
        ("database is locked", "locked past its timeout"),
        ("disk I/O error", "disk I/O error"),
    ],
)
def test_sqlite_faults_are_named(message: str, reason: str) -> None:
    from sqlalchemy.exc import OperationalError

    from storage.db import storage_fault

    fault = storage_fault(OperationalError("INSERT ...", {}, sqlite3.OperationalError(message)))
    assert fault is not None and fault.reason == reason
    assert (
        storage_fault(OperationalError("x", {}, sqlite3.OperationalError("no such table"))) is None
    )


def test_a_disk_full_write_raises_storage_fault_from_a_transaction(sqlite_db: Database) -> None:
    from storage.db import StorageFault

    with pytest.raises(StorageFault, match="disk full"), sqlite_db.transaction() as s:
        s.execute(text("PRAGMA max_page_count = 1"))  # the file may not grow: as a full disk
        s.execute(text("CREATE TABLE filler (x TEXT)"))
        s.execute(text("INSERT INTO filler VALUES (:x)"), {"x": "x" * 100_000})


def test_a_newer_database_is_refused_in_one_line(sqlite_db: Database, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "{sqlite_db.url}"\n')
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    code, _out, err = labwatch(config, "sources")
    assert code == 2 and "newer than this labwatch" in err and len(err.strip().splitlines()) == 1
