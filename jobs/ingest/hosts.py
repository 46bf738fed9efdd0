"""Politeness towards one host across several workers: a request budget kept in the database.

Each worker's Fetcher keeps its own `[http] max_per_host` requests in flight; with several
workers on PostgreSQL that alone lets N workers send N times as much to one host (most feeds
live on youtube.com). `SharedHostBudget` spaces the requests to each host by 1/rate seconds
across all of them: a slot is taken from the host's row (storage.hosts) before each request,
and the wait for it happens here, outside any transaction. Feed polls take their slots with
`await budget(host)`; the transcript providers, whose requests run in threads, with
`budget.wait(host)`: both from the same row of the host, so a worker fetching captions from
www.youtube.com leaves that many fewer slots to the feed polls of youtube.com.
"""

from __future__ import annotations

import asyncio
import time

from storage.db import Database
from storage.hosts import take_slot


class SharedHostBudget:
    """`await budget(host)` returns when this process may start its next request to `host`."""

    def __init__(self, db: Database, per_second: float) -> None:
        self.db, self.spacing = db, 1.0 / per_second

    async def __call__(self, host: str) -> None:
        wait = await self.db.run(self._take, host)
        if wait > 0:
            await asyncio.sleep(wait)

    def wait(self, host: str) -> None:
        """The same slot, for a thread: blocks until this process may start the request."""
        wait = self._take(host)
        if wait > 0:
            time.sleep(wait)

    def _take(self, host: str) -> float:
        with self.db.transaction() as session:
            return take_slot(session, host, self.spacing)
