"""The migration scripts' revisions, read as text: no SQLAlchemy, no Alembic.

`labwatch db current`, `doctor --quick` and the read-only commands on a SQLite file
(storage.lite) compare the database's `alembic_version` with these without importing either.
"""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*['\"]?([\w-]+|None)", re.M)

# what storage.migrate.stored_revision and storage.lite read: Alembic's one row
STORED_REVISION_SQL = "SELECT version_num FROM alembic_version"


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


def single_revision(rows: list[tuple[str]]) -> str | None:
    """The revision in alembic_version's rows: None unless there is exactly one."""
    return rows[0][0] if len(rows) == 1 else None
