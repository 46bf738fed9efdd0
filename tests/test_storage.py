"""The schema: migrations match the models, SQLite is tuned, both backends work."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from storage.db import Database
from storage.migrate import current_revision, head_revision, run_migrations, upgrade
from storage.models import Base, Source


def test_migrations_match_models(database_url: str) -> None:
    migrated = Database(database_url)  # by the scripts: `upgrade` creates a new one from models
    run_migrations(migrated.engine, None)
    with migrated.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    migrated.dispose()
    # full-text index tables are created by hand in the migration, not from the models
    diff = [
        d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("segments_fts"))
    ]
    assert diff == []


def test_upgrade_is_idempotent(database: Database) -> None:
    upgrade(database.engine)
    assert current_revision(database.engine) == head_revision(database.engine)


def test_sqlite_is_tuned(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        busy_timeout = conn.execute(text("PRAGMA busy_timeout")).scalar()
        assert busy_timeout is not None and busy_timeout >= 5000


def test_write_then_read_keeps_utc(database: Database) -> None:
    with database.transaction() as session:
        session.add(Source(name="a", url="https://example.com/feed"))
    with database.session() as session:
        source = session.scalars(select(Source)).one()
    assert source.created_at.tzinfo is not None
    assert source.last_status == "never"
