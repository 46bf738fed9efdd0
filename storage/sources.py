"""Queries on sources: what is due, how each poll went, and every source's health."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Literal

from sqlalchemy import ColumnElement, Update, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from storage.claims import claim_rows
from storage.models import Source
from storage.source_rows import SourceHealth as SourceHealth
from storage.source_rows import disable_sources_except as disable_sources_except
from storage.source_rows import list_sources as list_sources

PollStatus = Literal["ok", "malformed", "not_modified", "unchanged", "error"]

_SOURCES = Source.__table__
_TARGET_COLUMNS = (  # PollTarget's fields, in order
    Source.id, Source.name, Source.url, Source.kind, Source.etag, Source.last_modified,
    Source.body_hash, Source.watermark, Source.consecutive_failures, Source.poll_every_seconds,
)  # fmt: skip
_MARK_VIDEO = (
    update(_SOURCES)
    .where(_SOURCES.c.id == bindparam("b_id"), _SOURCES.c.kind == "feed")
    .values(kind="youtube")
)


@dataclass(frozen=True)
class PollTarget:
    """What one poll of one source needs to know, detached from any session."""

    id: int
    name: str
    url: str
    kind: str
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    watermark: datetime | None
    consecutive_failures: int
    poll_every_seconds: int | None


@dataclass(frozen=True)
class PollOutcome:
    """The result of one poll, written back onto the source."""

    status: PollStatus
    http_status: int | None
    error: str | None
    next_poll_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    watermark: datetime | None = None


def get_source(session: Session, name: str) -> Source | None:
    """The source with this name (case-insensitive), if any."""
    return session.scalars(
        select(Source).where(func.lower(Source.name) == name.strip().lower())
    ).first()


def get_source_by_url(session: Session, url: str) -> Source | None:
    """The source polling this exact URL, if any."""
    return session.scalars(select(Source).where(Source.url == url)).first()


def source_names(session: Session) -> list[str]:
    """The names of every source, enabled or not."""
    return list(session.scalars(select(Source.name).order_by(Source.name)))


def save_source(session: Session, source: Source) -> Source:
    """Add a new source row and give it its id."""
    session.add(source)
    session.flush()
    return source


def delete_source(session: Session, source: Source) -> None:
    """Delete a source; its entries and seen keys go with it (videos stay, unlinked)."""
    session.delete(source)
    session.flush()


def due_targets(
    session: Session, now: datetime, *, only: str | None = None, force: bool = False
) -> list[PollTarget]:
    """Enabled sources whose next poll time has come (or every enabled one with force/only)."""
    # columns, not Source objects: a pass starts by loading a thousand of them, and building
    # ORM objects held the GIL (the event loop's) for tens of milliseconds
    stmt = select(*_TARGET_COLUMNS).where(Source.enabled.is_(True))
    if only is not None:
        stmt = stmt.where(func.lower(Source.name) == only.strip().lower())
    elif not force:
        stmt = stmt.where(or_(Source.next_poll_at.is_(None), Source.next_poll_at <= now))
    rows = session.execute(stmt.order_by(Source.next_poll_at.is_not(None), Source.next_poll_at))
    return [PollTarget(*tuple(row)) for row in rows]


def due_sources(now: datetime) -> tuple[ColumnElement[bool], ...]:
    """Enabled sources whose next poll time has come (what workers claim)."""
    return (
        Source.enabled.is_(True),
        or_(Source.next_poll_at.is_(None), Source.next_poll_at <= now),
    )


def claim_due_targets(
    session: Session, now: datetime, holder: str, until: datetime, limit: int
) -> list[PollTarget]:
    """Claim up to `limit` due sources nobody holds (or whose claim lapsed) for `holder`.

    One statement: rows other workers are claiming at this moment are skipped, not waited for
    (SKIP LOCKED; SQLite has one writer and ignores it).
    """
    order = (Source.next_poll_at.is_not(None), Source.next_poll_at, Source.id)
    ids = claim_rows(
        session, Source.id, due_sources(now), order,
        holder=holder, now=now, until=until, limit=limit,
    )  # fmt: skip
    if not ids:
        return []
    rows = session.execute(select(*_TARGET_COLUMNS).where(Source.id.in_(ids)))
    return [PollTarget(*tuple(row)) for row in rows]


def held_claims(session: Session, source_ids: list[int], holder: str) -> set[int]:
    """Which of these sources `holder` still holds; their rows stay locked to the transaction."""
    if not source_ids:
        return set()
    stmt = (
        select(Source.id)
        .where(Source.id.in_(source_ids), Source.claimed_by == holder)
        .with_for_update()
    )
    return set(session.scalars(stmt))


def mark_video_channel(session: Session, source_id: int) -> None:
    """A plain feed whose entries carry YouTube video ids is a video channel."""
    session.connection().execute(_MARK_VIDEO, {"b_id": source_id})


def record_polls(
    session: Session,
    polls: list[tuple[int, PollOutcome]],
    now: datetime,
    holder: str | None = None,
) -> None:
    """Write polls' outcomes (source id, outcome): success resets the failure count, an error
    increments it. One executemany per shape of outcome (a pass's polls have a handful).

    With a `holder` (a worker's claim), only sources it still holds are written, and their
    claim is released."""
    shapes: dict[tuple[tuple[str, ...], bool, bool], list[dict[str, object]]] = {}
    for source_id, outcome in polls:
        values = _poll_values(outcome, now)
        params = {f"v_{column}": value for column, value in values.items()}
        shape = (tuple(values), outcome.status == "error", holder is not None)
        claim = {"b_holder": holder} if holder is not None else {}
        shapes.setdefault(shape, []).append({"b_id": source_id, **claim, **params})
    conn = session.connection()
    for (columns, failed, claimed), rows in shapes.items():
        conn.execute(_poll_update(columns, failed, claimed), rows)


def _poll_values(outcome: PollOutcome, now: datetime) -> dict[str, object]:
    values: dict[str, object] = {
        "last_status": outcome.status,
        "last_http_status": outcome.http_status,
        "last_polled_at": now,
        "next_poll_at": outcome.next_poll_at,
        "last_error": outcome.error,
    }
    if outcome.status != "error":  # a malformed-but-readable feed is a success with a complaint
        values.update(consecutive_failures=0, last_success_at=now)
        if outcome.status != "not_modified":
            # validators and hash move together: a new body brings its own (or none)
            values.update(
                etag=outcome.etag, last_modified=outcome.last_modified, body_hash=outcome.body_hash
            )
        if outcome.watermark is not None:
            values["watermark"] = outcome.watermark
    return values


@cache
def _poll_update(columns: tuple[str, ...], failed: bool, claimed: bool = False) -> Update:
    # Core, compiled once per shape: the ORM's update built per call cost ~7x as much
    statement = (
        update(_SOURCES)
        .where(_SOURCES.c.id == bindparam("b_id"))
        .values({column: bindparam(f"v_{column}") for column in columns})
    )
    if claimed:  # a lapsed claim another worker has taken: its result wins, ours is dropped
        statement = statement.where(_SOURCES.c.claimed_by == bindparam("b_holder")).values(
            claimed_by=None, claimed_until=None
        )
    if failed:
        statement = statement.values(consecutive_failures=_SOURCES.c.consecutive_failures + 1)
    return statement
