"""One writer for a pass: many small writes grouped into few transactions, off the event loop.

A thousand sources each committing their own transaction cost a thread hop, a BEGIN
IMMEDIATE and a commit apiece; grouped, the same work is a few dozen transactions. Each
write runs in its own savepoint, so one failing write fails only its own caller.

Writes of one kind can go further (`write_grouped`): the items queued for the same group
function are written by one call of it, one statement per kind of row instead of one per
item. When that call fails, the savepoint is rolled back and each item is written alone, in
its own savepoint, so again only the items that fail on their own fail (PostgreSQL aborts a
whole transaction on a failed statement: the savepoints are what keep the others).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from storage.db import Database, storage_fault

T = TypeVar("T")
X = TypeVar("X")
Work = Callable[[Session], Any]
Group = Callable[[Session, list[Any]], list[Any]]
Outcome = tuple[bool, Any]  # (True, result) or (False, exception)


@dataclass
class _Write:
    future: asyncio.Future[Any]
    work: Work | None = None  # a write of its own, or
    group: Group | None = None  # one item written together with the group's other items
    item: Any = None
    # told the result once committed, even when the caller stopped waiting (cancelled)
    on_done: Callable[[Any], None] | None = None


class BatchWriter:
    """`await writer.write(fn)` runs `fn(session)` in a shared transaction and returns its result.

    `linger`: seconds a write waits for others to join its transaction (unless `max_batch`
    are already queued); 0 flushes whatever is queued at once.
    """

    def __init__(self, db: Database, max_batch: int = 64, linger: float = 0.0) -> None:
        self._db = db
        self._max = max_batch
        self._linger = linger
        self._queue: list[_Write] = []
        self._flusher: asyncio.Task[None] | None = None

    async def write(self, work: Callable[[Session], T]) -> T:
        """Queue one write and wait for its result (or its exception)."""
        result: T = await self._enqueue(work=work)
        return result

    async def write_grouped(
        self,
        group: Callable[[Session, list[X]], list[T]],
        item: X,
        on_done: Callable[[T], None] | None = None,
    ) -> T:
        """Queue `item` for `group(session, items)`, which returns one result per item, in order.

        The same group function (the same object) gathers the items of one flush. `on_done`
        hears the committed result even if this caller is cancelled meanwhile.
        """
        result: T = await self._enqueue(group=group, item=item, on_done=on_done)
        return result

    async def _enqueue(self, **what: Any) -> Any:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._queue.append(_Write(future, **what))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        return await future

    async def _flush(self) -> None:
        while self._queue:
            if len(self._queue) < self._max and self._linger > 0:
                await asyncio.sleep(self._linger)  # let more writes join this transaction
            batch, self._queue = self._queue[: self._max], self._queue[self._max :]
            try:
                outcomes = await self._db.run(self._run, batch)
            except Exception as exc:  # the transaction itself failed: every caller hears it
                outcomes = [(False, exc)] * len(batch)
            for write, (ok, value) in zip(batch, outcomes, strict=True):
                if ok and write.on_done is not None:
                    write.on_done(value)
                if write.future.done():
                    continue
                if ok:
                    write.future.set_result(value)
                else:
                    write.future.set_exception(value)

    def _run(self, batch: list[_Write]) -> list[Outcome]:
        outcomes: dict[int, Outcome] = {}
        with self._db.transaction() as session:
            for indices in _units(batch):
                first = batch[indices[0]]
                if first.group is None:
                    assert first.work is not None
                    outcomes[indices[0]] = _attempt(session, first.work)
                    continue
                items = [batch[i].item for i in indices]
                outcomes.update(zip(indices, _run_group(session, first.group, items), strict=True))
        return [outcomes[i] for i in range(len(batch))]


def _units(batch: list[_Write]) -> list[list[int]]:
    """The batch's indices: one list per write of its own, one per group (where it first shows)."""
    units: list[list[int]] = []
    of_group: dict[Group, list[int]] = {}
    for index, write in enumerate(batch):
        if write.group is None:
            units.append([index])
        elif write.group in of_group:
            of_group[write.group].append(index)
        else:
            of_group[write.group] = [index]
            units.append(of_group[write.group])
    return units


def _run_group(session: Session, group: Group, items: list[Any]) -> list[Outcome]:
    ok, results = _attempt(session, lambda s: _checked(group(s, items), items))
    if ok:
        return [(True, result) for result in results]
    if len(items) == 1:
        return [(False, results)]
    # one of them failed the call for all: each alone, so only the ones that fail alone fail
    return [_attempt(session, partial(_write_alone, group, item)) for item in items]


def _write_alone(group: Group, item: Any, session: Session) -> Any:
    return group(session, [item])[0]


def _checked(results: list[Any], items: list[Any]) -> list[Any]:
    if len(results) != len(items):
        raise RuntimeError(f"a grouped write returned {len(results)} results for {len(items)}")
    return results


def _attempt(session: Session, work: Work) -> Outcome:
    try:
        with session.begin_nested():  # leaving it flushes: errors surface here
            return True, work(session)
    except Exception as exc:
        fault = storage_fault(exc)
        if fault is not None:  # disk full, read-only, locked: the whole batch fails alike
            raise fault from exc
        return False, exc
