"""Heartbeats: which labwatch processes are alive, in which role, holding what."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update

from storage.process_rows import LiveProcess as LiveProcess
from storage.process_rows import live_processes as live_processes
from storage.schema import heartbeats

# `labwatch status` reads with storage.process_rows (on a SQLite file without SQLAlchemy)
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.db import Reader


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


def last_seen(session: Reader, holder: str) -> datetime | None:
    """When this process last beat, if it has a row."""
    return session.scalar(select(heartbeats.c.seen_at).where(heartbeats.c.holder == holder))
