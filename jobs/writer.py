"""One writer for a pass: many small writes grouped into few transactions, off the event loop.

A thousand sources each committing their own transaction cost a thread hop, a BEGIN
IMMEDIATE and a commit apiece; grouped, the same work is a few dozen transactions. Each
write runs in its own savepoint, so one failing write fails only its own caller.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from storage.db import Database

T = TypeVar("T")
Work = Callable[[Session], Any]


class BatchWriter:
    """`await writer.write(fn)` runs `fn(session)` in a shared transaction and returns its result."""

    def __init__(self, db: Database, max_batch: int = 64) -> None:
        self._db = db
        self._max = max_batch
        self._queue: list[tuple[Work, asyncio.Future[Any]]] = []
        self._flusher: asyncio.Task[None] | None = None

    async def write(self, work: Callable[[Session], T]) -> T:
        """Queue one write and wait for its result (or its exception)."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.append((work, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        return await future

    async def _flush(self) -> None:
        while self._queue:
            batch, self._queue = self._queue[: self._max], self._queue[self._max :]
            try:
                outcomes = await self._db.run(self._run, [work for work, _ in batch])
            except Exception as exc:  # the transaction itself failed: every caller hears it
                outcomes = [(False, exc)] * len(batch)
            for (_, future), (ok, value) in zip(batch, outcomes, strict=True):
                if future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)

    def _run(self, works: list[Work]) -> list[tuple[bool, Any]]:
        outcomes: list[tuple[bool, Any]] = []
        with self._db.transaction() as session:
            for work in works:
                try:
                    with session.begin_nested():  # leaving it flushes: errors surface here
                        result = work(session)
                except Exception as exc:
                    outcomes.append((False, exc))
                else:
                    outcomes.append((True, result))
        return outcomes
