"""Shared fixtures: real SQLite files (and PostgreSQL when asked), real loopback servers."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from storage.db import Database
from storage.migrate import upgrade
from tests.loopback import LoopbackServer

DATA = Path(__file__).parent / "data"


def clock_at(moment: datetime) -> Callable[[], datetime]:
    """A clock stopped at `moment` (one per round where a loop moves time on)."""
    return lambda: moment


PG_URL = os.environ.get("LABWATCH_TEST_DATABASE_URL")
BACKENDS = ["sqlite", "postgres"] if PG_URL else ["sqlite"]


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated once; tests get copies (a migration costs ~0.2 s each)."""
    path = tmp_path_factory.mktemp("template") / "labwatch.db"
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def fresh_sqlite(template: Path, tmp_path: Path) -> str:
    """A copy of the migrated template in this test's folder, as a URL."""
    path = tmp_path / "labwatch.db"
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh empty database: a SQLite file, or a private schema on the test PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'labwatch.db'}"
        return
    assert PG_URL is not None
    with private_schema(PG_URL) as url:
        yield url


@contextmanager
def private_schema(pg_url: str) -> Iterator[str]:
    """A new schema on the test PostgreSQL, as a URL whose search path is that schema; dropped
    afterwards (tests, and the processes they start, never see each other's tables)."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in pg_url else "?"
    yield f"{pg_url}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def database(database_url: str, migrated_sqlite: Path, tmp_path: Path) -> Iterator[Database]:
    """A migrated database (SQLite, and PostgreSQL too when LABWATCH_TEST_DATABASE_URL is set)."""
    copy = database_url.startswith("sqlite")
    db = Database(fresh_sqlite(migrated_sqlite, tmp_path) if copy else database_url)
    if not copy:
        upgrade(db.engine)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_db(migrated_sqlite: Path, tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite database only (for tests of SQLite specifics)."""
    db = Database(fresh_sqlite(migrated_sqlite, tmp_path))
    yield db
    db.dispose()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1."""
    srv = LoopbackServer().start()
    yield srv
    srv.stop()
