"""Heartbeats: which labwatch processes are alive, in which role, holding what."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.claims import claim_counts
from storage.models import Heartbeat, Lease


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
    """Say this process is alive (insert or refresh its row)."""
    row = session.get(Heartbeat, holder)
    if row is None:
        session.add(Heartbeat(holder=holder, role=role, detail=detail, claims=claims,
                              started_at=now, seen_at=now))  # fmt: skip
        return
    row.role, row.detail, row.claims, row.seen_at = role, detail, claims, now


def stop_beating(session: Session, holder: str) -> None:
    """A process that stops cleanly leaves the list at once."""
    session.execute(delete(Heartbeat).where(Heartbeat.holder == holder))


def live_processes(session: Session, now: datetime, within: timedelta) -> list[LiveProcess]:
    """Processes seen within `within`, with their current claims and leases."""
    claims = claim_counts(session, now)
    leases = {
        lease.holder: lease.name
        for lease in session.scalars(select(Lease).where(Lease.expires_at > now))
    }
    rows = session.scalars(
        select(Heartbeat).where(Heartbeat.seen_at > now - within).order_by(Heartbeat.role)
    )
    return [
        LiveProcess(
            r.holder, r.role, _with_lease(r.detail, leases.get(r.holder)),
            sum(claims.get(r.holder, {}).values()), r.started_at, r.seen_at,
            claims.get(r.holder, {}),
        )
        for r in rows
    ]  # fmt: skip


def _with_lease(detail: str, lease: str | None) -> str:
    return ", ".join(part for part in (detail, f"lease {lease}" if lease else "") if part)


def last_seen(session: Session, holder: str) -> datetime | None:
    """When this process last beat, if it has a row."""
    return session.scalar(select(Heartbeat.seen_at).where(Heartbeat.holder == holder))
