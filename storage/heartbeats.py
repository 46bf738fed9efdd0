"""Heartbeats: which labwatch processes are alive, in which role, holding what."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update

from storage.claims import claim_counts
from storage.schema import heartbeats, leases

# Core only: `labwatch status` reads this module without loading the ORM
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.db import Reader


@dataclass(frozen=True)
class LiveProcess:
    """One process as `labwatch status` lists it."""

    holder: str
    role: str
    detail: str
    claims: int  # every unlapsed claim it holds
    started_at: datetime
    seen_at: datetime
    claimed: dict[str, int] = field(default_factory=dict)  # "sources", "videos", ...: how many


def beat(session: Session, holder: str, role: str, detail: str, claims: int, now: datetime) -> None:
    """Say this process is alive (insert or refresh its row; only this process writes it)."""
    mine = heartbeats.c.holder == holder
    values = {"role": role, "detail": detail, "claims": claims, "seen_at": now}
    refreshed = update(heartbeats).where(mine).values(values).returning(heartbeats.c.holder)
    if session.scalar(refreshed) is None:
        session.execute(insert(heartbeats).values(holder=holder, started_at=now, **values))


def stop_beating(session: Session, holder: str) -> None:
    """A process that stops cleanly leaves the list at once."""
    session.execute(delete(heartbeats).where(heartbeats.c.holder == holder))


def live_processes(session: Reader, now: datetime, within: timedelta) -> list[LiveProcess]:
    """Processes seen within `within`, with their current claims and leases."""
    claims = claim_counts(session, now)
    live_leases = select(leases.c.holder, leases.c.name).where(leases.c.expires_at > now)
    held = {holder: name for holder, name in session.execute(live_leases)}
    h = heartbeats.c
    rows = session.execute(
        select(h.holder, h.role, h.detail, h.started_at, h.seen_at)
        .where(h.seen_at > now - within)
        .order_by(h.role)
    )
    return [
        LiveProcess(
            r.holder, r.role, _with_lease(r.detail, held.get(r.holder)),
            sum(claims.get(r.holder, {}).values()), r.started_at, r.seen_at,
            claims.get(r.holder, {}),
        )
        for r in rows
    ]  # fmt: skip


def _with_lease(detail: str, lease: str | None) -> str:
    return ", ".join(part for part in (detail, f"lease {lease}" if lease else "") if part)


def last_seen(session: Reader, holder: str) -> datetime | None:
    """When this process last beat, if it has a row."""
    return session.scalar(select(heartbeats.c.seen_at).where(heartbeats.c.holder == holder))
