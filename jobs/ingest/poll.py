"""One polling pass: every due source fetched, parsed off the loop, stored, its health recorded.

A failing source is recorded and backed off; it never stops the others (Miniflux's RefreshFeed,
as a pass over many sources at once).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from sqlalchemy.orm import Session

from jobs.ingest.fetch import (
    Fetcher,
    FetchError,
    FetchResult,
    HTTPStatusError,
    max_age,
    retry_after,
)
from jobs.ingest.parse import FeedParseError, ParsedFeed
from jobs.ingest.parse_pool import ParsePool, shared_pool
from jobs.ingest.sources import SourceError
from jobs.ingest.store import FeedWrite, Stored, link_news_results, store_feeds
from jobs.ingest.writer import BatchWriter
from storage.claims import Claim as Claim  # where callers of poll_sources find it
from storage.db import Database, StorageFault
from storage.sources import (
    PollOutcome,
    PollStatus,
    PollTarget,
    claim_due_targets,
    due_targets,
    get_source,
    record_polls,
)
from storage.types import utcnow

log = logging.getLogger(__name__)

MAX_DELAY = timedelta(days=1)
SHORT_ERROR = 80  # a summary line's error column
START_SLICE = 50  # polls started per event-loop turn
# how long a write waits for others to share its transaction: flushed as they came, a cold pass's
# writes went in ~800 transactions of 2-3 sources (~1 ms of main-process CPU each); waiting
# 50 ms makes ~80 of 20-30 (measured: the pass's main-process CPU 5.6 s -> 3.9 s)
WRITE_LINGER = 0.05
_CLASS_NAME = re.compile(r"[A-Z]\w*(?:Error|Exception|Timeout|Warning)")
_ERRNO = re.compile(r"^\[Errno -?\d+\] ")
_SAX_PLACE = re.compile(r"^<unknown>:(\d+):\d+$")


@dataclass(frozen=True)
class SourceResult:
    """How one source's poll went."""

    name: str
    status: PollStatus
    new_entries: int
    error: str | None = None
    http_status: int | None = None
    seconds: float = 0.0


@dataclass
class PollReport:
    """A whole pass: per-source results and what is new."""

    results: list[SourceResult] = field(default_factory=list)
    new_entry_ids: list[int] = field(default_factory=list)
    new_video_ids: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[SourceResult]:
        return [r for r in self.results if r.status == "error"]


@dataclass
class _Pass:
    db: Database
    fetcher: Fetcher
    now: datetime
    default_interval: timedelta
    parser: ParsePool
    report: PollReport
    progress: Callable[[SourceResult], None] | None
    writer: BatchWriter
    on_stored: Callable[[int], None] | None = None  # new entries, as each write commits
    holder: str | None = None
    on_texts: Callable[[Sequence[tuple[str, str]]], None] | None = None  # what was stored
    # the writer gathers the items of one group function into one call: one object per pass
    store_feeds: Callable[[Session, list[FeedWrite]], list[Stored]] = field(init=False)
    record_polls: Callable[[Session, list[tuple[int, PollOutcome]]], list[None]] = field(init=False)

    def __post_init__(self) -> None:
        self.store_feeds = partial(store_feeds, now=self.now, holder=self.holder)
        self.record_polls = partial(_record_polls, now=self.now, holder=self.holder)


async def poll_sources(
    db: Database,
    fetcher: Fetcher,
    now: datetime,
    *,
    default_interval: timedelta,
    only: str | None = None,
    force: bool = False,
    progress: Callable[[SourceResult], None] | None = None,
    parser: ParsePool | None = None,
    on_start: Callable[[int], None] | None = None,
    on_stored: Callable[[int], None] | None = None,
    claim: Claim | None = None,
    on_texts: Callable[[Sequence[tuple[str, str]]], None] | None = None,
) -> PollReport:
    """Poll every due source (or only one, by name) concurrently within the fetcher's limits.

    `parser`: the worker processes feeds are parsed in, each under its deadline (None: the
    shared pool with the default deadline). A fetch's deadline covers the fetch only; a feed
    waiting for a free worker is on no clock.
    `on_start` is told how many sources this pass polls, `progress` each one's result,
    `on_stored` how many new entries each write committed (exact even if the pass stops early),
    `on_texts` the (title, summary) of the entries each write stored (the analysis classifies
    them while the pass goes on: jobs/stories/ahead.py).
    With a `claim`, the pass polls only the due sources it claims, a batch at a time.
    """
    targets = [] if claim else await db.run(_load_targets, db, now, only, force)
    if only is not None and not targets:
        raise SourceError(f"there is no enabled source named {only.strip()[:200]!r}")
    if on_start is not None and claim is None:
        on_start(len(targets))
    # one writer: few transactions, no thread pile-up on SQLite's lock
    writer = BatchWriter(db, linger=WRITE_LINGER)
    # parsing in processes: a thread could not be stopped, and held the GIL the loop needs
    state = _Pass(
        db,
        fetcher,
        now,
        default_interval,
        parser or shared_pool(),
        PollReport(),
        progress,
        writer,
        on_stored,
        claim.holder if claim else None,
        on_texts,
    )
    if claim is None:
        await _poll_all(state, targets)
    else:
        await _poll_claimed(state, claim)
    if state.report.new_entry_ids:
        await writer.write(lambda session: link_news_results(session, now))
    return state.report


async def _poll_all(state: _Pass, targets: list[PollTarget]) -> None:
    """Start the polls a slice at a time, then wait for every one."""
    # a task's first step runs in the loop turn after it is created: a thousand started at once
    # held the loop for one long turn (the worst stall of a warm pass); slices let it breathe
    tasks: list[asyncio.Task[None]] = []
    try:
        for start in range(0, len(targets), START_SLICE):
            for target in targets[start : start + START_SLICE]:
                tasks.append(asyncio.create_task(_poll_one(state, target)))
            await asyncio.sleep(0)
        await asyncio.gather(*tasks)
    except BaseException:  # cancelled, or the database refused: no poll outlives the pass
        for task in tasks:
            task.cancel()
        # collected, so that the others' errors are neither lost nor logged one by one
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


async def _poll_claimed(state: _Pass, claim: Claim) -> None:
    """Claim a batch, poll it, and again, until nothing due is left unclaimed."""
    while batch := await state.db.run(_claim_targets, state.db, state.now, claim):
        await _poll_all(state, batch)


def _claim_targets(db: Database, now: datetime, claim: Claim) -> list[PollTarget]:
    # the lease runs from the claim, not from the pass's start: a long pass's later batches
    # would otherwise be claimed already lapsed, and polled again by other workers
    until = max(now, utcnow()) + claim.ttl
    with db.transaction() as session:
        return claim_due_targets(session, now, claim.holder, until, claim.batch)


def _load_targets(db: Database, now: datetime, only: str | None, force: bool) -> list[PollTarget]:
    with db.session() as session:
        if only is not None and get_source(session, only) is None:
            return []
        return due_targets(session, now, only=only, force=force)


async def _poll_one(state: _Pass, target: PollTarget) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        result = await _fetch_and_store(state, target)
    except (FetchError, FeedParseError) as exc:
        result = await _record_failure(state, target, exc)
    except StorageFault:
        raise  # disk full, read-only, locked: every other source would fail the same way
    except Exception as exc:  # a bug or a database error: this source only, never the pass
        log.exception(
            "polling source %s (%s) failed", target.id, target.name,
            extra={"source_id": target.id, "source": target.name},
        )  # fmt: skip
        result = await _record_failure(state, target, exc)
    result = SourceResult(**{**result.__dict__, "seconds": loop.time() - started})
    state.report.results.append(result)
    if state.progress is not None:
        state.progress(result)


async def _fetch_and_store(state: _Pass, target: PollTarget) -> SourceResult:
    result = await state.fetcher.get(target.url, target.etag, target.last_modified)
    next_at = state.now + success_delay(target, result.headers, state.default_interval)
    if result.not_modified:
        outcome = PollOutcome("not_modified", result.status, None, next_at)
        await _record(state, target, outcome)
        return SourceResult(target.name, "not_modified", 0, None, result.status)
    digest = hashlib.sha256(result.body).hexdigest()
    etag, modified = result.headers.get("etag"), result.headers.get("last-modified")
    if digest == target.body_hash:  # the server ignores conditional requests: same bytes
        outcome = PollOutcome("unchanged", result.status, None, next_at, etag, modified, digest)
        await _record(state, target, outcome)
        return SourceResult(target.name, "unchanged", 0, None, result.status)
    parsed = await _parse(state, result)
    status: PollStatus = "malformed" if parsed.problem else "ok"  # entries kept, complaint noted
    problem = f"malformed feed (entries kept): {parsed.problem}" if parsed.problem else None
    outcome = PollOutcome(status, result.status, problem, next_at, etag, modified, digest)
    stored = await _store(state, target, parsed, outcome)
    state.report.new_entry_ids.extend(stored.entry_ids)
    state.report.new_video_ids.extend(stored.video_ids)
    if state.on_texts is not None and stored.texts:
        state.on_texts(stored.texts)
    short = short_error(problem) if problem else None
    return SourceResult(target.name, status, len(stored.entry_ids), short, result.status)


async def _parse(state: _Pass, result: FetchResult) -> ParsedFeed:
    return await state.parser.parse(result.body, result.headers, result.final_url)


async def _store(
    state: _Pass, target: PollTarget, parsed: ParsedFeed, outcome: PollOutcome
) -> Stored:
    counted = None
    if state.on_stored is not None:
        on_stored = state.on_stored
        counted = lambda stored: on_stored(len(stored.entry_ids))  # noqa: E731
    return await state.writer.write_grouped(
        state.store_feeds, FeedWrite(target, parsed, outcome), counted
    )


async def _record(state: _Pass, target: PollTarget, outcome: PollOutcome) -> None:
    await state.writer.write_grouped(state.record_polls, (target.id, outcome))


def _record_polls(
    session: Session, polls: list[tuple[int, PollOutcome]], now: datetime, holder: str | None
) -> list[None]:
    record_polls(session, polls, now, holder)
    return [None] * len(polls)


async def _record_failure(state: _Pass, target: PollTarget, exc: Exception) -> SourceResult:
    status = exc.status if isinstance(exc, HTTPStatusError) else None
    headers = exc.headers if isinstance(exc, HTTPStatusError) else {}
    message = describe(exc)
    delay = failure_delay(target, headers, state.default_interval, state.now)
    outcome = PollOutcome("error", status, message, state.now + delay)
    fields = {
        "source_id": target.id,
        "source": target.name,
        "failures": target.consecutive_failures + 1,
    }
    log.warning(
        "source failed: %s", message, extra={**fields, "retry_in_s": int(delay.total_seconds())}
    )
    try:
        await _record(state, target, outcome)
    except StorageFault:
        raise
    except Exception:
        log.exception("cannot record the failure of source %s", target.id, extra=fields)
    return SourceResult(target.name, "error", 0, short_error(message), status)


def describe(exc: Exception) -> str:
    """One line for `last_error`."""
    if isinstance(exc, FetchError | FeedParseError):
        text = str(exc)
    else:
        text = f"internal error: {type(exc).__name__}: {exc}"
    return (text.strip().splitlines() or [type(exc).__name__])[0][:500]


def short_error(text: str, limit: int = SHORT_ERROR) -> str:
    """An error in a few whole words for a summary line (`last_error` keeps the full text).

    "ConnectError: cannot resolve example.com: [Errno -2] Name or service not known" becomes
    "cannot resolve example.com"; what is still too long is cut at a word, with an ellipsis.
    """
    parts: list[str] = []
    for part in text.strip().splitlines()[0].split(": ") if text.strip() else []:
        if _CLASS_NAME.fullmatch(part) and parts != ["internal error"]:
            continue  # an exception's class name says little to a reader
        parts.append(_SAX_PLACE.sub(r"line \1", _ERRNO.sub("", part)))
        if part.startswith("cannot resolve "):
            break  # the resolver's own wording adds nothing
    short = ": ".join(parts) or text.strip()
    if len(short) <= limit:
        return short
    cut = short[: limit - 1].rsplit(" ", 1)[0].rstrip(" :,;(")
    return cut + "…"


def interval_of(target: PollTarget, default: timedelta) -> timedelta:
    """The source's own poll interval, else the schedule's."""
    return timedelta(seconds=target.poll_every_seconds) if target.poll_every_seconds else default


def success_delay(target: PollTarget, headers: dict[str, str], default: timedelta) -> timedelta:
    """The poll interval, or longer when Cache-Control max-age asks (capped at a day)."""
    delay = interval_of(target, default)
    age = max_age(headers)
    if age is not None:
        delay = max(delay, min(timedelta(seconds=age), MAX_DELAY))
    return delay


def failure_delay(
    target: PollTarget, headers: dict[str, str], default: timedelta, now: datetime
) -> timedelta:
    """Exponential backoff from the interval, at least Retry-After, at most a day."""
    failures = target.consecutive_failures  # before this failure
    delay = interval_of(target, default) * (2 ** min(failures, 16))
    wait = retry_after(headers, now)
    if wait is not None:
        delay = max(delay, timedelta(seconds=wait))
    shortest: timedelta = min(delay, MAX_DELAY)
    return shortest
