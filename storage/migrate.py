"""Alembic migrations, applied from code (on start and by `labwatch db upgrade`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from storage.db import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*['\"]?([\w-]+|None)", re.M)


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
    if stored == script_head():
        return
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
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def script_revisions() -> set[str]:
    """Every revision among the migration scripts, read as text (no Alembic import)."""
    found: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        revision = dict(_REVISION.findall(path.read_text())).get("revision")
        if revision:
            found.add(revision)
    return found


def script_head() -> str | None:
    """The newest revision among the migration scripts, read as text (no Alembic import)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((key, value) for key, value in _REVISION.findall(path.read_text()))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision", "None"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None  # several heads: let Alembic complain
