"""`labwatch db upgrade|current`: database migrations by hand (start applies them anyway)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bot.config import Settings
from storage.revisions import script_head, script_revisions

# SQLAlchemy and the migrations are imported where storage.lite cannot read the file (`db
# current` on a SQLite file reads its revision with the standard library's sqlite3), or to upgrade
if TYPE_CHECKING:
    from storage.db import Database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        choices=["upgrade", "current"],
        help="upgrade: apply every migration; current: show the schema version",
    )


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Print the database's schema revision against this labwatch's; exit 1 when it is newer."""
    if args.action == "current" and settings.database_missing():  # reading creates no file
        print(
            f"database {settings.storage_url}: not created yet (the first start or `labwatch db upgrade` makes it)"
        )
        return 0
    found = revision_without_sqlalchemy(settings) if args.action == "current" else None
    if found is None:
        found = revision_with_sqlalchemy(settings, migrate=args.action == "upgrade")
    shown, current, head, known = found
    code, state = describe_revision(current, head, known)
    print(f"database {shown}: revision {current or 'none'}, {state}")
    return code


def revision_without_sqlalchemy(settings: Settings) -> tuple[str, str | None, str | None, set[str]] | None:  # fmt: skip
    """(URL as shown, stored, newest, every known revision) of a SQLite file read by
    storage.lite, or None where SQLAlchemy must open the database."""
    from bot.lite import lite_reader, shown_url

    shown, head = shown_url(settings), script_head()
    if shown is None or head is None:  # several heads: Alembic says what is wrong
        return None
    with lite_reader(settings, any_revision=True) as lite:
        if lite is None:
            return None
        return shown, lite.stored_revision(), head, script_revisions()


def revision_with_sqlalchemy(settings: Settings, *, migrate: bool) -> tuple[str, str | None, str | None, set[str]]:  # fmt: skip
    """The same, the database opened by storage.db (and upgraded first when `migrate`)."""
    from sqlalchemy.engine import make_url

    from bot.app import open_database

    db = open_database(settings, migrate=migrate)
    try:
        current, head, known = revisions(db)
    finally:
        db.dispose()
    return make_url(db.url).render_as_string(), current, head, known


def revisions(db: Database) -> tuple[str | None, str | None, set[str]]:
    """(stored, newest known, every known) revision: read as text and plain SQL when the scripts
    have one head, so that `db current` starts without importing Alembic (~0.2 s)."""
    from storage.migrate import current_revision, head_revision, known_revisions, stored_revision

    head = script_head()
    if head is None:  # several heads, or none: Alembic says what is wrong
        return current_revision(db.engine), head_revision(db.engine), known_revisions(db.engine)
    return stored_revision(db.engine), head, script_revisions()


def describe_revision(current: str | None, head: str | None, known: set[str]) -> tuple[int, str]:
    """(exit code, words) for a stored revision: up to date, behind, or newer than us."""
    if current == head:
        return 0, "up to date"
    if current is None or current in known:
        return 0, f"behind (newest is {head}): `labwatch db upgrade` or any start applies it"
    return 1, (
        f"newer than this labwatch (it knows up to {head}): "
        "run the newer labwatch, or restore a backup made before the upgrade"
    )
