"""Per-host request budgets shared by several workers: one row per host, its next free slot.

A worker takes a slot with one atomic `UPDATE … RETURNING` (the row is locked for that
statement only, never across the request): the slot is the row's `next_at` or now, whichever is
later, and `next_at` moves one spacing past it. Slots of one host are therefore at least one
spacing apart, whichever worker took them. Times are the database's clock, so workers on
machines whose clocks disagree still share one schedule.
"""

from __future__ import annotations

from sqlalchemy import Float, cast, func, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from storage.models import HostBudget

_NOW = cast(func.extract("epoch", func.clock_timestamp()), Float)


def take_slot(session: Session, host: str, spacing: float) -> float:
    """Reserve the next request slot of `host`; seconds to wait until it (0: now). PostgreSQL."""
    wait = _take(session, host, spacing)
    if wait is None:  # the host's first request ever: its row, then the slot
        session.execute(insert(HostBudget).values(host=host, next_at=_NOW).on_conflict_do_nothing())
        wait = _take(session, host, spacing)
    return max(0.0, wait or 0.0)


def _take(session: Session, host: str, spacing: float) -> float | None:
    slot = func.greatest(HostBudget.next_at, _NOW)
    statement = (
        update(HostBudget)
        .where(HostBudget.host == host)
        .values(next_at=slot + spacing)
        .returning(HostBudget.next_at - spacing - _NOW)
    )
    found = session.execute(statement, execution_options={"synchronize_session": False})
    value = found.scalar_one_or_none()
    return None if value is None else float(value)
