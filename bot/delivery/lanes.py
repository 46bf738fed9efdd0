"""Serving several destinations at once, each one's work in order, one piece at a time.

Work is queued per key (a destination). A fixed number of workers serve the keys: a key is
served by one worker at a time, which takes its queue in order until it is empty; other keys
are served by the other workers meanwhile. So at most `width` pieces of work run at once, never
two of one key, and a slow key holds only the worker serving it.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class Lanes(Generic[T]):
    """`add` work, then `close`; `serve` runs it: `width` workers, one key per worker at a time."""

    def __init__(
        self, width: int, key: Callable[[T], Hashable], serve: Callable[[T], Awaitable[None]]
    ) -> None:
        self.width, self.key, self.serve = width, key, serve
        self.queues: dict[Hashable, deque[T]] = {}  # keys waiting for or held by a worker
        self.ready: asyncio.Queue[Hashable | None] = asyncio.Queue()  # None: no more work

    def add(self, work: T) -> None:
        """Queue work behind its key's earlier work; a key nobody serves waits for a worker."""
        key = self.key(work)
        queue = self.queues.get(key)
        if queue is not None:
            queue.append(work)  # the worker serving (or about to serve) the key takes it in turn
            return
        self.queues[key] = deque([work])
        self.ready.put_nowait(key)

    def close(self) -> None:
        """No more work will be added: each worker stops once nothing is left for it."""
        for _ in range(self.width):
            self.ready.put_nowait(None)

    async def run(self) -> None:
        """Serve until closed and every queue is empty (the first error stops the others)."""
        await together(*(self._worker() for _ in range(self.width)))

    async def _worker(self) -> None:
        while (key := await self.ready.get()) is not None:
            queue = self.queues[key]
            while queue:
                await self.serve(queue.popleft())
            del self.queues[key]  # no await since the queue was seen empty: nothing added since


async def together(*jobs: Awaitable[None]) -> None:
    """Run jobs at once; the first to fail cancels the rest and its exception is raised as it is
    (callers catch StorageFault and the like, not an ExceptionGroup)."""
    try:
        async with asyncio.TaskGroup() as group:
            for job in jobs:
                group.create_task(_awaited(job))
    except BaseExceptionGroup as failed:
        raise failed.exceptions[0] from None


async def _awaited(job: Awaitable[None]) -> None:
    await job
