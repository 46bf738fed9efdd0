"""Classifying new entries while the pass still polls: in the parse workers, beside parsing.

The analysis stage used to start when ingest had ended and ran on one core. Classifying is a
pure function of (title, summary, watch lists), so the entries each poll stores are sent to the
parse workers at once, and the stage takes those results instead of classifying again. Whatever
was not classified ahead (a job that failed, entries stored by another worker, watch lists that
changed during the pass) is classified in the stage as before: the results are the same either
way, only where the work runs differs.
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
    """Classifies the texts it is given in the pool's workers; `known()` has the results, and
    `told` whether each text tells of a move (which does not depend on the watch lists)."""

    def __init__(self, pool: ParsePool, watch: WatchLists, batch: int = BATCH) -> None:
        self.watch = watch
        self.told: dict[Text, bool] = {}
        self._pool = pool
        self._batch = batch
        self._queued: list[Text] = []
        self._jobs: list[asyncio.Task[None]] = []
        self._known: dict[Text, Analysis] = {}

    def add(self, texts: Sequence[Text]) -> None:
        """Queue the texts of newly stored entries (called on the event loop)."""
        self._queued.extend(texts)
        if len(self._queued) >= self._batch:
            self._send()

    async def known(self) -> dict[Text, Analysis]:
        """Every result, once all jobs have finished (a failed job only leaves its texts out)."""
        self._send()
        await asyncio.gather(*self._jobs)
        return self._known

    def cancel(self) -> None:
        """Stop waiting for jobs still out (the pass stopped)."""
        for job in self._jobs:
            job.cancel()

    def _send(self) -> None:
        texts, self._queued = self._queued, []
        if texts:
            self._jobs.append(asyncio.create_task(self._classify(texts)))

    async def _classify(self, texts: list[Text]) -> None:
        try:
            analyses = await self._pool.call(classify_all, texts, self.watch)
        except Exception as exc:  # the stage classifies these itself
            log.debug("classifying ahead failed (%s): the analysis stage does it", exc)
            return
        for text, values in zip(texts, analyses, strict=True):
            *fields, self.told[text] = values
            if text not in self._known:  # the fields in the dataclass's order (_field_names)
                self._known[text] = Analysis(*fields)
