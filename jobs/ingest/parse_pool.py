"""Feeds parsed in worker processes under a deadline: a worker past it is killed and replaced.

A thread could not be stopped and held the GIL (the event loop stalled with it), and a
ProcessPoolExecutor breaks as a whole when one of its workers is killed. Here each worker is
its own process behind a pipe; a few threads hand jobs over and wait on the pipes (waiting
releases the GIL). A job waits for a free worker first, and only then does its deadline start:
time queued behind other feeds never counts against it.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from multiprocessing.connection import Connection
from typing import Any

from jobs.ingest.parse import FeedParseError, ParsedFeed, parse_feed

log = logging.getLogger(__name__)

DEFAULT_DEADLINE = 30.0  # seconds; a 10 MB feed took 6 s (fast path) to 31 s (feedparser)
DEFAULT_WORKERS = 2
STARTUP_LIMIT = 120.0  # a new worker importing feedparser on a busy machine


class ParseTimeout(FeedParseError):
    """A feed that took longer than the parse deadline to read."""


class _Worker:
    """One process that runs jobs it is sent, one at a time."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # the parent has threads: never fork
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child,), name="labwatch-parse", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self) -> None:
        """Block until the worker has imported what it needs (not part of any deadline)."""
        if not self.ready:
            if not self.conn.poll(STARTUP_LIMIT) or self.conn.recv() != "ready":
                raise RuntimeError("a parse worker did not start")
            self.ready = True

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
            self.process.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()


class ParsePool:
    """`await pool.parse(body, headers, url)`: parse_feed in a worker, within `deadline` s."""

    def __init__(self, workers: int = DEFAULT_WORKERS, deadline: float = DEFAULT_DEADLINE) -> None:
        self.workers = workers
        self.deadline = deadline
        self.killed = 0  # workers killed at their deadline (for tests and logs)
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        # one thread per worker: a job queued here has not started, and its clock has not either
        self._threads = ThreadPoolExecutor(workers, thread_name_prefix="labwatch-parse")
        self._closed = False

    def start(self) -> None:
        """Start every worker now without waiting for it: its imports then overlap the caller's
        own start-up (opening the database, syncing sources) instead of the first feeds."""
        with self._lock:
            missing = self.workers - len(self._all)
        for _ in range(max(0, missing)):
            if self._closed:
                return
            worker = _Worker()
            with self._lock:
                self._all.add(worker)
            self._idle.put(worker)

    async def parse(self, body: bytes, headers: dict[str, str], url: str) -> ParsedFeed:
        """The parsed feed; FeedParseError (ParseTimeout past the deadline) for this feed only."""
        result: ParsedFeed = await self.call(parse_feed, body, headers, url)
        return result

    async def call(self, function: Callable[..., Any], *args: Any) -> Any:
        """`function(*args)` in a worker (it must be importable by name); its error re-raised."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, partial(self._run, function, args))

    def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """`call` for code without an event loop (blocks)."""
        return self._threads.submit(self._run, function, args).result()

    def _run(self, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        worker = self._take()
        try:
            worker.conn.send((function, args))
            started = time.monotonic()
            if not worker.conn.poll(self.deadline):
                raise ParseTimeout(
                    f"parsing took longer than {self.deadline:g} s (the parse deadline); "
                    "the feed was not read"
                )
            kind, value = worker.conn.recv()
        except (EOFError, OSError):
            self._discard(worker)
            raise FeedParseError(
                "the parser's process died reading this feed (out of memory?)"
            ) from None
        except BaseException:
            self._discard(worker)
            raise
        self._idle.put(worker)
        log.debug("parsed in a worker in %.3f s", time.monotonic() - started)
        if kind == "error":
            raise value
        return value

    def _take(self) -> _Worker:
        try:
            worker = self._idle.get_nowait()
        except queue.Empty:
            if self._closed:
                raise RuntimeError("the parse pool is closed") from None
            worker = _Worker()
            with self._lock:
                self._all.add(worker)
        try:
            worker.wait_ready()
        except BaseException:
            self._discard(worker)
            raise
        return worker

    def _discard(self, worker: _Worker) -> None:
        """Kill a worker (past its deadline, or its pipe broke); the next job starts a new one."""
        if worker.process.is_alive():
            self.killed += 1
            log.warning("killed a parse worker past its deadline of %g s", self.deadline)
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    def close(self) -> None:
        """Stop every worker (idempotent)."""
        self._closed = True
        self._threads.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.kill()

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _serve(conn: Connection) -> None:
    """A worker's loop: run each job, send back ("ok", result) or ("error", exception)."""
    with contextlib.suppress(OSError, AttributeError):
        os.nice(5)  # the event loop's process wins every contest for a core
    conn.send("ready")
    while True:
        try:
            function, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", function(*args))
        except Exception as exc:
            reply = ("error", _portable(exc))
        try:
            conn.send(reply)
        except Exception as exc:  # a result that does not pickle
            conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))


def _portable(exc: Exception) -> Exception:
    """The exception itself if it survives pickling, else a RuntimeError saying what it was."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


_shared: ParsePool | None = None
_shared_lock = threading.Lock()


def shared_pool() -> ParsePool:
    """One pool for callers given none (tests, one-off commands); stopped at exit."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared._closed:
            _shared = ParsePool()
            atexit.register(_shared.close)
        return _shared
