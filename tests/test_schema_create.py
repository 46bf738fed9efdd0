"""A new database is created from storage.schema's metadata and stamped at Alembic's head: the
same schema, by SQLAlchemy's inspection, as running every migration (SQLite, and PostgreSQL
when LABWATCH_TEST_DATABASE_URL is set); databases that exist are still migrated."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, insert, inspect, select, text

from storage import schema
from storage.db import Database
from storage.migrate import (
    alembic_config,
    create_schema,
    run_migrations,
    script_head,
    stored_revision,
    upgrade,
)
from tests.conftest import PG_URL, private_schema


@pytest.fixture
def other_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """A second empty database on the same backend as `database_url`."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'other.db'}"
        return
    assert PG_URL is not None
    with private_schema(PG_URL) as url:
        yield url


def schema_of(engine: Engine) -> dict[str, Any]:
    """Every table with its columns in order (type, nullability, default), primary key, foreign
    keys, indexes, unique and check constraints; SQLite's triggers and virtual tables; the
    stamped revision."""
    found: dict[str, Any] = {}
    with engine.connect() as conn:
        seen = inspect(conn)
        for name in sorted(seen.get_table_names()):
            found[name] = {
                "columns": [
                    (
                        c["name"],
                        str(c["type"]),
                        c["nullable"],
                        str(c["default"]),
                        c.get("autoincrement"),
                    )
                    for c in seen.get_columns(name)
                ],  # fmt: skip
                "primary key": seen.get_pk_constraint(name),
                "foreign keys": sorted(map(repr, seen.get_foreign_keys(name))),
                "indexes": sorted(map(repr, seen.get_indexes(name))),
                "unique": sorted(map(repr, seen.get_unique_constraints(name))),
                "checks": sorted(map(repr, seen.get_check_constraints(name))),
            }
        if conn.dialect.name == "sqlite":
            found["sqlite_master"] = conn.execute(
                text(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master "
                    "WHERE type = 'trigger' OR sql LIKE 'CREATE VIRTUAL%' ORDER BY name"
                )
            ).all()
        found["revision"] = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    return found


def test_a_new_database_is_created_as_the_migrations_make_it(
    database_url: str, other_url: str
) -> None:
    created, migrated = Database(database_url), Database(other_url)
    try:
        upgrade(created.engine)  # empty: created from the metadata
        run_migrations(migrated.engine, None)  # every migration script, by Alembic
        expected = schema_of(migrated.engine)
        assert expected["revision"] == [(script_head(),)]
        assert "sources" in expected and "outbox_messages" in expected
        assert schema_of(created.engine) == expected
    finally:
        created.dispose()
        migrated.dispose()


def test_a_database_that_exists_is_migrated_as_before(database_url: str, other_url: str) -> None:
    older, fresh = Database(database_url), Database(other_url)
    try:
        command.upgrade(alembic_config(older.engine), "0005")
        with older.engine.begin() as conn:
            conn.execute(text("INSERT INTO settings (key, value) VALUES ('kept', 'yes')"))
        upgrade(older.engine)  # from 0005 by the migrations, the row kept
        upgrade(fresh.engine)
        assert schema_of(older.engine) == schema_of(fresh.engine)
        with older.engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM settings")).scalar() == "yes"
    finally:
        older.dispose()
        fresh.dispose()


def test_a_database_with_some_table_of_its_own_is_not_created_over(database_url: str) -> None:
    db = Database(database_url)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE theirs (id INTEGER PRIMARY KEY)"))
        assert create_schema(db.engine, "0007") is False
        assert stored_revision(db.engine) is None
        assert inspect(db.engine).get_table_names() == ["theirs"]
    finally:
        db.dispose()


def test_creating_a_new_database_imports_no_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    code = (
        "import sys\n"
        "from storage.db import Database\n"
        "from storage.migrate import script_head, stored_revision, upgrade\n"
        f"db = Database({url!r})\n"
        "upgrade(db.engine)\n"
        "assert stored_revision(db.engine) == script_head()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    assert done.stdout.strip() == "[]"


def test_stories_get_their_latest_reports_time_by_migration(database_url: str) -> None:
    # 0008: a story's latest report (published, else first seen) becomes its last_reported_at
    db = Database(database_url)
    t0 = datetime(2025, 3, 1, 9, tzinfo=UTC)
    try:
        command.upgrade(alembic_config(db.engine), "0007")
        with db.engine.begin() as conn:
            conn.execute(insert(schema.sources).values(id=1, name="a", url="https://a/rss"))
            for n, published in enumerate([t0, t0 + timedelta(days=12), None, t0]):
                conn.execute(
                    insert(schema.entries).values(
                        source_id=1,
                        key=f"k{n}",
                        published_at=published,
                        first_seen_at=t0 + timedelta(days=3),
                    )
                )
            for story in ("st_1", "st_2", "st_3"):
                values = {"id": story, "kind": "move", "title": story, "published_at": t0}
                conn.execute(insert(schema.stories).values(**values))
            conn.execute(text("UPDATE entries SET story_id = 'st_1' WHERE key != 'k3'"))
            conn.execute(text("UPDATE entries SET story_id = 'st_2' WHERE key = 'k3'"))
        upgrade(db.engine)
        with db.engine.connect() as conn:
            rows = conn.execute(select(schema.stories.c.id, schema.stories.c.last_reported_at))
            latest = {story: when for story, when in rows}
        # st_3 has no entries: its first report's time
        assert latest == {"st_1": t0 + timedelta(days=12), "st_2": t0, "st_3": t0}
    finally:
        db.dispose()
