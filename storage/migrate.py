"""Alembic migrations, applied from code (on start and by `labwatch db upgrade`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Column, Engine, MetaData, PrimaryKeyConstraint, String, Table, text
from sqlalchemy.exc import SQLAlchemyError

from storage.db import StorageError
from storage.locks import serialize
from storage.revisions import MIGRATIONS as MIGRATIONS
from storage.revisions import STORED_REVISION_SQL, single_revision
from storage.revisions import script_head as script_head
from storage.revisions import script_revisions as script_revisions

if TYPE_CHECKING:
    from alembic.config import Config


# Alembic's own version table, as `alembic stamp` creates it (name, type, constraint name)
ALEMBIC_VERSION = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def alembic_config(engine: Engine) -> Config:
    """An Alembic config that runs against `engine` without any ini file."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision; safe to call on every start."""
    # Alembic itself costs ~0.2 s to import and read the scripts: skip it when already current
    stored = stored_revision(engine)
    head = script_head()
    if stored == head:
        return
    if stored is None and head is not None and create_schema(engine, head):
        return
    run_migrations(engine, stored)


def run_migrations(engine: Engine, stored: str | None) -> None:
    """Every migration script from `stored` (None: from nothing) up to the newest, by Alembic."""
    if stored is not None and stored not in script_revisions():
        raise StorageError(
            f"the database's schema is at revision {stored}, newer than this labwatch "
            f"(it knows up to {script_head()}): run the newer labwatch, or restore a backup"
        )
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot migrate the database: {exc.__class__.__name__}: {exc}") from exc


def create_schema(engine: Engine, head: str) -> bool:
    """Create a brand-new database's schema at once: the tables of storage.schema's metadata
    (and SQLite's full-text index), with Alembic's version table stamped at `head`.

    Alembic's documentation recommends this for new databases ("create_all, then stamp");
    running the seven migrations instead cost ~0.3 s of CPU at the start of a first `labwatch
    poll`, Alembic's import included. tests/test_schema_create.py proves the result identical to
    the migrations' on SQLite and PostgreSQL. False, and nothing done, when the database holds
    any table already: those are migrated.
    """
    from sqlalchemy import inspect

    from storage.schema import SQLITE_SEGMENTS_FTS, metadata

    try:
        with engine.connect().execution_options(labwatch_write=True) as conn, conn.begin():
            serialize(conn, "schema")  # two workers starting on one new database
            if inspect(conn).get_table_names():
                return False
            metadata.create_all(conn, checkfirst=False)
            if conn.dialect.name == "sqlite":
                for statement in SQLITE_SEGMENTS_FTS:
                    conn.exec_driver_sql(statement)
            ALEMBIC_VERSION.create(conn, checkfirst=False)
            conn.execute(ALEMBIC_VERSION.insert().values(version_num=head))
    except SQLAlchemyError as exc:
        raise StorageError(
            f"cannot create the database's tables: {exc.__class__.__name__}: {exc}"
        ) from exc
    return True


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    """The newest revision this program knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def known_revisions(engine: Engine) -> set[str]:
    """Every revision among this program's migration scripts."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(engine))
    return {script.revision for script in scripts.walk_revisions()}


def stored_revision(engine: Engine) -> str | None:
    """The single revision in alembic_version, read with plain SQL (None when not there)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(STORED_REVISION_SQL)).all()
    except SQLAlchemyError:
        return None
    return single_revision([tuple(row) for row in rows])
