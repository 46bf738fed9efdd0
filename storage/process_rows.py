"""The live processes `labwatch status` lists, read with storage.reads's queries (no
SQLAlchemy import of its own: on a SQLite file the command reads through storage.lite)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from storage.lite import rows

if TYPE_CHECKING:
    from storage.lite import AnyReader

# what `labwatch status` counts, by the name it shows (storage.claims.CLAIMABLE's tables)
CLAIMED = ("sources", "videos", "subscriptions", "outbox")


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


def claim_counts(reader: AnyReader, now: datetime) -> dict[str, dict[str, int]]:
    """Unlapsed claims per holder, by what is claimed ("sources", "videos", ...)."""
    counts: dict[str, dict[str, int]] = {}
    for kind in CLAIMED:
        for holder, n in rows(reader, f"claims_{kind}", now=now):
            counts.setdefault(str(holder), {})[kind] = int(n)
    return counts


def live_processes(reader: AnyReader, now: datetime, within: timedelta) -> list[LiveProcess]:
    """Processes seen within `within`, with their current claims and leases."""
    claims = claim_counts(reader, now)
    held = {holder: name for holder, name in rows(reader, "live_leases", now=now)}
    return [
        LiveProcess(
            holder, role, _with_lease(detail, held.get(holder)),
            sum(claims.get(holder, {}).values()), started_at, seen_at, claims.get(holder, {}),
        )
        for holder, role, detail, started_at, seen_at in rows(
            reader, "live_heartbeats", since=now - within
        )
    ]  # fmt: skip


def _with_lease(detail: str, lease: str | None) -> str:
    return ", ".join(part for part in (detail, f"lease {lease}" if lease else "") if part)
