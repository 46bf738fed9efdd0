"""Reading a SQLite file with the standard library's sqlite3: no SQLAlchemy (~0.25 s of a
read-only command's start, its import).

The read-only commands (`status`, `sources`, `source list`, `transcripts`, `digest`, `db
current`, `doctor --quick`) open their file here first. Where this cannot read it exactly as
the SQLAlchemy path would — the schema is not at this labwatch's revision (that path migrates
it, or says why it cannot), the file is not a database, its journal is not WAL yet — `open_lite`
gives None and the command takes the SQLAlchemy path, so its answers and messages stay the
same. The SQL is storage.reads's statements compiled for SQLite (storage/lite_sql.py); values
are converted as SQLAlchemy's SQLite dialect converts them (storage.types.UTCDateTime, JSON,
Boolean). `rows` runs a named query on either kind of reader.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from storage.errors import fault_in_words, first_line
from storage.lite_sql import QUERIES
from storage.revisions import STORED_REVISION_SQL, script_head, single_revision

if TYPE_CHECKING:
    from storage.db import Reader

# what the read functions of storage take: a LiteReader, or a SQLAlchemy session or connection
AnyReader: TypeAlias = "Reader | LiteReader"

SQLITE_BUSY_TIMEOUT_MS = 10_000  # storage.db's
EXPANDING = "(__[POSTCOMPILE_{}])"  # how SQLAlchemy leaves an IN list to fill at run time


class LiteReader:
    """An open SQLite file that only reads, answering storage.reads's named queries."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only  # the file (or its mount) cannot be written

    def rows(self, name: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """The rows of a named query, each value as SQLAlchemy would have read it."""
        sql, spec, kinds = QUERIES[name]
        values: list[Any] = []
        for key, kind, fixed in spec:
            if not key:
                values.append(fixed)
                continue
            value = params[key]
            if isinstance(value, list | tuple):  # an IN list: one placeholder per value
                if not value:
                    raise ValueError(f"{name}: an empty list for {key!r}")
                sql = sql.replace(EXPANDING.format(key), f"({', '.join('?' * len(value))})")
                values.extend(value)
            else:
                values.append(_bind(value, kind))
        converters = [_CONVERT.get(kind) if kind else None for kind in kinds]
        try:
            result = self.conn.execute(sql, values).fetchall()
        except sqlite3.Error as exc:  # as storage.db.faults_named names them
            fault = fault_in_words(exc, first_line(exc))
            if fault is None:
                raise
            raise fault from exc
        if not any(converters):
            return result
        return [
            tuple(
                v if f is None or v is None else f(v) for f, v in zip(converters, row, strict=True)
            )
            for row in result
        ]

    def text_rows(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """The rows of SQL written for SQLite itself (its full-text index), named parameters."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            fault = fault_in_words(exc, first_line(exc))
            if fault is None:
                raise
            raise fault from exc

    def stored_revision(self) -> str | None:
        """alembic_version's one revision (None when there is no such table or row)."""
        try:
            return single_revision(self.conn.execute(STORED_REVISION_SQL).fetchall())
        except sqlite3.Error:
            return None

    def close(self) -> None:
        self.conn.close()


def _bind(value: Any, kind: str | None) -> Any:
    """A parameter as SQLAlchemy binds it on SQLite (UTCDateTime: naive UTC, as text)."""
    if kind == "utc" and value is not None:
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        u = value.astimezone(UTC)  # sqlalchemy.dialects.sqlite.DATETIME's storage format:
        return (
            f"{u.year:04d}-{u.month:02d}-{u.day:02d} "
            f"{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond:06d}"
        )
    if isinstance(value, bool):
        return int(value)
    return value


def _utc(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


_CONVERT: dict[str, Callable[[Any], Any]] = {"utc": _utc, "json": json.loads, "bool": bool}


def rows(reader: AnyReader, name: str, **params: Any) -> Sequence[Sequence[Any]]:
    """Run a named query of storage.reads on a LiteReader, or on a SQLAlchemy connection or
    session (its Core statement)."""
    if isinstance(reader, LiteReader):
        return reader.rows(name, params)
    from storage.reads import statement

    return reader.execute(statement(name), params).all()


def open_lite(path: Path | None, *, any_revision: bool = False) -> LiteReader | None:
    """The SQLite file opened for reading, or None where the SQLAlchemy path must read it: no
    such file, not a database, not in WAL mode, or (unless `any_revision`) its schema is not at
    this labwatch's newest revision."""
    if path is None or not path.is_file():
        return None
    read_only = read_only_file(path)
    try:
        conn = sqlite3.connect(
            lite_uri(path, read_only), uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error:
        return None
    reader = LiteReader(conn, path, read_only)
    try:
        # never a write: a writable file is opened read-write only so that closing the last
        # connection checkpoints and removes the WAL files, as the SQLAlchemy path does
        conn.execute("PRAGMA query_only=ON")
        conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA temp_store=MEMORY")
        # storage.db switches a writable file to WAL when it connects: leave that to it
        wal = read_only or conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        current = any_revision or reader.stored_revision() == script_head()
    except sqlite3.Error:
        wal = current = False
    if wal and current:
        conn.isolation_level = None
        conn.execute("BEGIN")  # one snapshot for every query, as a SQLAlchemy connection reads
        return reader
    reader.close()
    return None


def lite_uri(path: Path, read_only: bool) -> str:
    """The file as an sqlite3 URI: read-write but never created (`mode=rw`), or read-only as
    storage.db.read_only_engine opens it (immutable on a read-only mount)."""
    if not read_only:
        return f"{path.resolve().as_uri()}?mode=rw"
    mounted_ro = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if mounted_ro else "")


def read_only_file(path: Path) -> bool:
    """True when the database file exists and cannot be written (permissions, read-only mount)."""
    if not path.is_file():
        return False
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(path, os.W_OK)
