"""Engine setup and the session helpers every caller uses."""

from __future__ import annotations

import asyncio
import errno
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeAlias, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from storage.errors import FAULT_STATES, fault_in_words, first_line
from storage.errors import StorageError as StorageError  # the tree's branch, named here too
from storage.errors import StorageFault as StorageFault  # raised from here, named here too
from storage.lite import read_only_file as read_only_file

# sqlalchemy.orm (~0.1 s to import, more to configure the mappers) is loaded with the first
# session: read-only commands read through `Database.reading()` without it
if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

P = ParamSpec("P")
T = TypeVar("T")

# what a query that only reads takes: a session, or the plain connection of `Database.reading()`
Reader: TypeAlias = "Session | Connection"

SQLITE_BUSY_TIMEOUT_MS = 10_000


def storage_fault(exc: BaseException) -> StorageFault | None:
    """The fault behind a database error, or None when it is not one (a bug, a constraint)."""
    if isinstance(exc, StorageFault):
        return exc
    if not isinstance(exc, DBAPIError | OSError | sqlite3.Error):
        return None  # words in any other error (a feed's text) say nothing about storage
    orig = getattr(exc, "orig", None) or exc
    state = getattr(orig, "sqlstate", None)
    detail = first_line(exc)
    if isinstance(state, str) and state in FAULT_STATES:
        return StorageFault(FAULT_STATES[state], detail)
    if isinstance(state, str) and state.startswith("08"):
        return StorageFault("the database server is unreachable", detail)
    if isinstance(orig, OSError) and orig.errno == errno.ENOSPC:
        return StorageFault("disk full", detail)
    return fault_in_words(orig, detail)


@contextmanager
def faults_named() -> Iterator[None]:
    """Turn a database error that is a fault (disk full, read-only, locked) into StorageFault."""
    try:
        yield
    except (DBAPIError, OSError) as exc:
        fault = storage_fault(exc)
        if fault is None:
            raise
        raise fault from exc


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL, a busy timeout, foreign keys and BEGIN IMMEDIATE writes."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() != "sqlite":
        try:
            return create_engine(url, pool_pre_ping=True, json_serializer=dumps_json)
        except (ArgumentError, ImportError, SQLAlchemyError) as exc:
            raise StorageError(f"cannot use database {parsed.render_as_string()}: {exc}") from exc
    path = sqlite_file(parsed.database)
    if path is not None and read_only_file(path):
        return read_only_engine(path)
    engine = create_engine(
        url,
        json_serializer=dumps_json,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    _tune_sqlite(engine)
    return engine


def sqlite_file(database: str | None) -> Path | None:
    """The file of a SQLite URL's database (None in memory)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def read_only_engine(path: Path) -> Engine:
    """An engine that only reads the file: commands that read work, a write says "read-only".

    On a read-only mount nothing can change the file, so SQLite may skip its locks and the
    shared-memory file it could not create there (immutable); a file that is only
    write-protected is opened read-only, its WAL index shared with a writer if one runs.
    """
    mounted_ro = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if mounted_ro else "")

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(
            uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        conn.isolation_level = None
        conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA temp_store=MEMORY")
        return conn

    engine = create_engine("sqlite://", creator=connect, json_serializer=dumps_json)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine.execution_options(labwatch_read_only=True)


class JsonDumps:
    """json.dumps's text from one public `json.JSONEncoder` built once, without the check for
    circular references (our values never have them): json.dumps checks them on every call.

    An object, not a closure: psycopg caches its JSON dumpers by the function's code, and warns
    at every connection that a closure may leak; an object is its own stable cache key.
    """

    def __init__(self) -> None:
        self._encode = json.JSONEncoder(check_circular=False).encode

    def __call__(self, value: Any) -> str:
        return self._encode(value)


dumps_json = JsonDumps()


def _tune_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN in ways that break SAVEPOINT and
    # upgrade read locks to write locks mid-transaction (SQLITE_BUSY that no timeout helps);
    # we emit BEGIN ourselves, IMMEDIATE for writers, so writers queue on the busy timeout.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        # Statement journals (the pages a statement that may fail halfway changed) in memory:
        # once one outgrows 64 KiB SQLite moves it to a temp file for the rest of the
        # transaction, and analyzing 20,000 entries then made ~217,000 write calls to it.
        # Our temp tables and sorts are small.
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("labwatch_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One engine and two kinds of session: reads, and write transactions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._makers: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None

    def _sessions(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        """The session factories for reading and for writing, made at first use."""
        if self._makers is None:
            from sqlalchemy.orm import sessionmaker

            self._makers = (
                sessionmaker(self.engine, expire_on_commit=False),
                sessionmaker(
                    self.engine.execution_options(labwatch_write=True), expire_on_commit=False
                ),
            )
        return self._makers

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def read_only(self) -> bool:
        """True for a SQLite file opened read-only (its file or mount cannot be written)."""
        return bool(self.engine.get_execution_options().get("labwatch_read_only"))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; nothing is committed. Faults are raised as StorageFault."""
        with faults_named(), self._sessions()[0]() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A plain connection for Core queries that only read (no ORM); nothing is committed."""
        with faults_named(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A plain connection in a write transaction for Core statements (no ORM): committed on
        success, rolled back on error; faults are raised as StorageFault."""
        with faults_named(), self.engine.execution_options(labwatch_write=True).begin() as conn:
            yield conn

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on error.

        A disk that is full, a read-only file or a lock held past the busy timeout raise
        StorageFault (with the reason), so callers can stop cleanly instead of per row.
        """
        with faults_named(), self._sessions()[1].begin() as session:
            yield session

    def check_connection(self) -> None:
        """Connect once, so a wrong URL or a server that is down is reported at start."""
        try:
            with self.engine.connect():
                pass
        except SQLAlchemyError as exc:
            raise StorageError(f"cannot connect: {first_line(exc)}") from exc

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run blocking database work in a thread so the event loop keeps answering."""
        return await asyncio.to_thread(fn, *args, **kwargs)

    def dispose(self) -> None:
        self.engine.dispose()
