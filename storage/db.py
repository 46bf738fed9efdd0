"""Engine setup and the session helpers every caller uses."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from storage.errors import StorageError as StorageError  # the tree's branch, named here too

P = ParamSpec("P")
T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 10_000


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
    engine = create_engine(
        url,
        json_serializer=dumps_json,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    _tune_sqlite(engine)
    return engine


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
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(labwatch_write=True), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; nothing is committed."""
        with self._reader() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on error."""
        with self._writer.begin() as session:
            yield session

    def check_connection(self) -> None:
        """Connect once, so a wrong URL or a server that is down is reported at start."""
        try:
            with self.engine.connect():
                pass
        except SQLAlchemyError as exc:
            raise StorageError(f"cannot connect: {_first_line(exc)}") from exc

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run blocking database work in a thread so the event loop keeps answering."""
        return await asyncio.to_thread(fn, *args, **kwargs)

    def dispose(self) -> None:
        self.engine.dispose()


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else exc.__class__.__name__
