"""Classifying new entries while the pass still polls: in the parse workers, beside parsing.

The analysis stage used to start when ingest had ended and ran on one core. Classifying is a
pure function of (title, summary, watch lists), so the entries each poll stores are sent to the
parse workers at once, and the stage takes those results instead of classifying again. Whatever
was not classified ahead (a job that failed, entries stored by another worker, watch lists that
changed during the pass) is classified in the stage as before: the results are the same either
way, only where the work runs differs. Once the poll has ended, the stage does not wait for the
last jobs either: it analyzes the oldest entries as their results come in
(jobs/pipeline.py, analyze_as_classified).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from jobs.language.classify import Analysis, classify
from jobs.stories.scoring import tells_a_move
from jobs.watch.lists import WatchLists

if TYPE_CHECKING:
    from jobs.ingest.parse_pool import ParsePool

log = logging.getLogger(__name__)

Text = tuple[str, str]  # an entry's (title, summary) as stored
BATCH = 100  # texts per job: a feed's new entries, or a few feeds' (fewer round trips)


def classify_all(texts: Sequence[Text], watch: WatchLists) -> list[tuple[Any, ...]]:
    """classify() of each (title, summary), as tuples of Analysis's fields followed by
    tells_a_move(title, summary); run in a worker.

    Tuples, not the dataclass: the main process unpickles them in a third of the time, and that
    time is the event loop's. tells_a_move is the stage's other test of every entry's text
    (~7 µs each, a third of the stage's serial time in a cold pass): done here, beside classify.
    """
    names = _field_names()
    return [(*_fields(classify(*t, watch), names), tells_a_move(*t)) for t in texts]


def _fields(analysis: Analysis, names: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(getattr(analysis, n) for n in names)


@cache
def _field_names() -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(Analysis))


class Ahead:
    """Classifies the texts it is given in the pool's workers; `known` has the results as they
    come in, and `told` whether each text tells of a move (which does not depend on the watch
    lists). The analysis stage may take results from `known` in another thread while jobs
    are still out: each insertion and pop is one dict operation."""

    def __init__(self, pool: ParsePool, watch: WatchLists, batch: int = BATCH) -> None:
        self.watch = watch
        self.told: dict[Text, bool] = {}
        self.known: dict[Text, Analysis] = {}
        self.received = 0  # texts whose job has ended (a failed job's included)
        self._pool = pool
        self._batch = batch
        self._queued: list[Text] = []
        self._jobs: list[asyncio.Task[None]] = []
        self._sent = 0
        self._ended = asyncio.Event()  # set whenever a job ends

    def add(self, texts: Sequence[Text]) -> None:
        """Queue the texts of newly stored entries (called on the event loop)."""
        self._queued.extend(texts)
        if len(self._queued) >= self._batch:
            self._send()

    def flush(self) -> None:
        """Send what is queued: nothing more will be added."""
        self._send()

    @property
    def done(self) -> bool:
        """Whether every job sent has ended."""
        return self.received >= self._sent

    async def wait_for(self, count: int) -> int:
        """Until `count` texts (or all that were sent) have their jobs ended; how many have."""
        while self.received < min(count, self._sent):
            self._ended.clear()
            await self._ended.wait()
        return self.received

    def cancel(self) -> None:
        """Stop waiting for jobs still out (the pass stopped)."""
        for job in self._jobs:
            job.cancel()

    def _send(self) -> None:
        texts, self._queued = self._queued, []
        if texts:
            self._sent += len(texts)
            self._jobs.append(asyncio.create_task(self._classify(texts)))

    async def _classify(self, texts: list[Text]) -> None:
        try:
            try:
                analyses = await self._pool.call(classify_all, texts, self.watch)
            except Exception as exc:  # the stage classifies these itself
                log.debug("classifying ahead failed (%s): the analysis stage does it", exc)
                return
            for text, values in zip(texts, analyses, strict=True):
                *fields, self.told[text] = values
                if text not in self.known:  # the fields in the dataclass's order (_field_names)
                    self.known[text] = Analysis(*fields)
        finally:
            self.received += len(texts)
            self._ended.set()
