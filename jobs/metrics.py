"""In-process counters for the /metrics endpoint: plain numbers, safe to bump from any thread.

The running program keeps one `Metrics`, passes it to the stages that count (the scheduler
calls `tick` each time it runs a job; each polled source `record_source`, each pass
`record_pass`; after a delivery `record_delivery`; a storage fault `record_storage_fault`), and `bot.metrics` reads it. Totals that the database already knows (entries,
stories, outbox) are not counted here but read from the database when scraped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from storage.types import utcnow


class _Result(Protocol):
    @property
    def status(self) -> str: ...  # "error" counts as a failure (jobs.ingest.poll.SourceResult)

    @property
    def new_entries(self) -> int: ...


class _PollReport(Protocol):
    @property
    def results(self) -> Iterable[_Result]: ...


@dataclass(frozen=True)
class Counter:
    """A Prometheus counter: its name and help text."""

    name: str
    help: str


POLLS = Counter("labwatch_polls_total", "Source fetches attempted.")
POLL_FAILURES = Counter("labwatch_poll_failures_total", "Source fetches that failed.")
NEW_ENTRIES = Counter("labwatch_new_entries_total", "New entries stored by polls.")
PASSES = Counter("labwatch_poll_passes_total", "Poll passes run.")
PASS_FAILURES = Counter(
    "labwatch_poll_pass_failures_total", "Poll passes stopped by a storage fault or an error."
)
DELIVERIES = Counter("labwatch_deliveries_total", "Digests and alerts delivered.")
DELIVERY_FAILURES = Counter("labwatch_delivery_failures_total", "Deliveries that failed.")
SCHEDULER_TICKS = Counter("labwatch_scheduler_ticks_total", "Scheduler job runs.")
COUNTERS = (
    POLLS,
    POLL_FAILURES,
    NEW_ENTRIES,
    PASSES,
    PASS_FAILURES,
    DELIVERIES,
    DELIVERY_FAILURES,
    SCHEDULER_TICKS,
)


class Metrics:
    """The counters of one running labwatch, the last scheduler tick and the event-loop lag."""

    def __init__(self, now: datetime | None = None) -> None:
        self._lock = threading.Lock()
        self._values = {counter.name: 0 for counter in COUNTERS}
        self.started_at = now or utcnow()
        self.last_tick: datetime | None = None
        self.loop_lag = 0.0  # seconds, the latest measurement
        self.loop_lag_max = 0.0
        self.storage_problem: str | None = None  # why the database refuses work, while it does
        self.storage_since: datetime | None = None
        self.role = "all"  # `labwatch run --role`
        self.holder: str | None = None  # this process in claims and heartbeats (its roles)

    def inc(self, counter: Counter, by: int = 1) -> None:
        """Add `by` to a counter."""
        with self._lock:
            self._values[counter.name] += by

    def value(self, counter: Counter) -> int:
        with self._lock:
            return self._values[counter.name]

    def counters(self) -> list[tuple[Counter, int]]:
        """Every counter with its value, in a fixed order."""
        with self._lock:
            return [(counter, self._values[counter.name]) for counter in COUNTERS]

    def tick(self, now: datetime | None = None) -> None:
        """The scheduler ran a job: /healthz reports healthy while ticks keep coming."""
        with self._lock:
            self.last_tick = now or utcnow()
            self._values[SCHEDULER_TICKS.name] += 1

    def record_poll(self, report: _PollReport) -> None:
        """Count one whole poll pass: every source fetched, failed, and the new entries."""
        for result in report.results:
            self.record_source(result)
            self.record_new_entries(result.new_entries)
        self.inc(PASSES)

    def record_source(self, result: _Result) -> None:
        """Count one source fetched (and failed) as soon as its poll is done."""
        with self._lock:
            self._values[POLLS.name] += 1
            self._values[POLL_FAILURES.name] += int(result.status == "error")

    def record_new_entries(self, count: int) -> None:
        """Count entries as their write commits: a pass stopped later undercounts nothing."""
        self.inc(NEW_ENTRIES, count)

    def record_storage_fault(self, problem: str, now: datetime | None = None) -> bool:
        """The database refuses work: /healthz says so until `record_storage_ok`. True when new."""
        with self._lock:
            new = self.storage_problem is None
            self.storage_problem = problem
            if new:
                self.storage_since = now or utcnow()
            return new

    def record_storage_ok(self) -> bool:
        """The database took work again; True when it had been refusing."""
        with self._lock:
            was = self.storage_problem is not None
            self.storage_problem = self.storage_since = None
            return was

    def record_pass(self, ok: bool = True) -> None:
        """Count a pass that finished, or one that stopped early."""
        self.inc(PASSES if ok else PASS_FAILURES)

    def record_delivery(self, ok: bool) -> None:
        """Count one delivered (or failed) digest or alert."""
        self.inc(DELIVERIES if ok else DELIVERY_FAILURES)

    def record_loop_lag(self, seconds: float) -> None:
        """How late a timer fired: a busy event loop makes slash commands slow."""
        with self._lock:
            self.loop_lag = seconds
            self.loop_lag_max = max(self.loop_lag_max, seconds)
