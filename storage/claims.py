"""Claims: several processes share due rows through the database, none working on one twice.

A claim is `claimed_by` (a process, unique among the live ones) and `claimed_until` (it lapses
then: the process died, another takes the row). One statement claims a batch:

    UPDATE t SET claimed_by = :me, claimed_until = :until
    WHERE key IN (SELECT key FROM t WHERE <due> AND <free> ORDER BY ... LIMIT :n
                  FOR UPDATE SKIP LOCKED) RETURNING key

Rows another process is claiming at this moment are skipped, not waited for; SQLite has one
writer and renders no FOR UPDATE. The holder then works outside any transaction and writes its
result only while it still holds the claim (`release_held`, in the result's transaction).
Sources, videos (transcripts), subscriptions (digest planning) and outbox items (sending) are
claimed this way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Table, and_, func, or_, select, update

from storage import schema
from storage.process_rows import claim_counts as claim_counts

# the ORM is for the claiming processes; `labwatch status` counts claims with Core alone
if TYPE_CHECKING:
    from sqlalchemy.orm import InstrumentedAttribute, Session


# what `labwatch status` counts, by the name it shows
CLAIMABLE: dict[str, Table] = {
    "sources": schema.sources,
    "videos": schema.videos,
    "subscriptions": schema.subscriptions,
    "outbox": schema.outbox,
}


@dataclass(frozen=True)
class Claim:
    """How a process (one of several) takes its share of some due rows."""

    holder: str  # this process, unique among the live ones
    batch: int  # rows claimed at once
    ttl: timedelta  # a claim lapses after this (the holder died): another process takes it


def claim_rows(
    session: Session,
    key: InstrumentedAttribute[Any],
    due: Sequence[ColumnElement[bool]],
    order_by: Sequence[Any],
    *,
    holder: str,
    now: datetime,
    until: datetime,
    limit: int,
) -> list[Any]:
    """Claim up to `limit` rows that are `due` and free (unclaimed, or their claim lapsed) for
    `holder` until `until`; their keys, in no particular order (RETURNING keeps none)."""
    model = key.class_
    free = or_(model.claimed_by.is_(None), model.claimed_until <= now)
    chosen = (
        select(key).where(*due, free).order_by(*order_by).limit(limit)
        .with_for_update(skip_locked=True)
    )  # fmt: skip
    claimed = (
        update(model)
        .where(key.in_(chosen.scalar_subquery()))
        .values(claimed_by=holder, claimed_until=until)
        .returning(key)
    )
    return list(session.scalars(claimed, execution_options={"synchronize_session": False}))


def release_held(session: Session, key: InstrumentedAttribute[Any], ids: Iterable[Any], holder: str) -> set[Any]:  # fmt: skip
    """Release the claims `holder` still holds on these rows; the keys it held.

    The rows stay locked to the transaction: a result written in it is written only for rows
    in the answer (a lapsed claim another process took is that process's to finish)."""
    return update_held(session, key, ids, holder, claimed_by=None, claimed_until=None)


def renew_held(
    session: Session, key: InstrumentedAttribute[Any], ids: Iterable[Any], holder: str, until: datetime
) -> set[Any]:  # fmt: skip
    """Extend `holder`'s claims on these rows to `until`; the keys it still held."""
    return update_held(session, key, ids, holder, claimed_until=until)


def update_held(
    session: Session, key: InstrumentedAttribute[Any], ids: Iterable[Any], holder: str, **values: Any
) -> set[Any]:  # fmt: skip
    """Set `values` on the rows among `ids` that `holder` still claims; their keys."""
    wanted = list(ids)
    if not wanted:
        return set()
    model = key.class_
    held = (
        update(model)
        .where(key.in_(wanted), model.claimed_by == holder)
        .values(**values)
        .returning(key)
    )
    return set(session.scalars(held, execution_options={"synchronize_session": False}))


def drop_claims_of(session: Session, holder: str) -> None:
    """Release every claim of a holder known to be gone (its rows are free at once)."""
    for table in CLAIMABLE.values():
        session.execute(
            update(table)
            .where(table.c.claimed_by == holder)
            .values(claimed_by=None, claimed_until=None)
        )


@dataclass(frozen=True)
class ClaimStates:
    """Claims of one kind of work as /metrics shows them."""

    held: int  # unlapsed claims of one holder
    due: int  # due rows nobody holds: waiting for a process
    expired: int  # claims that lapsed unreleased (their holder died or stalled)


def claim_states(
    session: Session,
    key: InstrumentedAttribute[Any],
    due: Sequence[ColumnElement[bool]],
    holder: str | None,
    now: datetime,
) -> ClaimStates:
    """How many rows `holder` holds, how many due ones nobody holds, how many claims lapsed."""
    model = key.class_
    live = model.claimed_until > now
    free = or_(model.claimed_by.is_(None), model.claimed_until <= now)
    row = session.execute(
        select(
            func.count().filter(model.claimed_by == (holder or ""), live),
            func.count().filter(and_(*due, free)),
            func.count().filter(model.claimed_by.is_not(None), model.claimed_until <= now),
        ).select_from(model)
    ).one()
    return ClaimStates(int(row[0]), int(row[1]), int(row[2]))
