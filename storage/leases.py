"""Leases: a named lock with a holder and an expiry, so one process drives one database."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import Lease


def acquire_lease(
    session: Session, name: str, holder: str, now: datetime, ttl: timedelta
) -> Lease | None:
    """Take or renew the lease; None when someone else holds it. The current row otherwise."""
    lease = session.get(Lease, name, with_for_update=True)
    if lease is None:
        lease = Lease(name=name, holder=holder, expires_at=now + ttl)
        try:
            with session.begin_nested():
                session.add(lease)
        except IntegrityError:  # another process inserted it first
            return None
        return lease
    if lease.holder != holder and lease.expires_at > now:
        return None
    lease.holder, lease.expires_at = holder, now + ttl
    return lease


def current_holder(session: Session, name: str, now: datetime) -> Lease | None:
    """The unexpired lease of that name, if any."""
    lease = session.get(Lease, name)
    return lease if lease is not None and lease.expires_at > now else None


def release_lease(session: Session, name: str, holder: str) -> None:
    """Give the lease up if we hold it."""
    session.execute(delete(Lease).where(Lease.name == name, Lease.holder == holder))


def take_over_lease(
    session: Session, name: str, old_holder: str, holder: str, now: datetime, ttl: timedelta
) -> bool:
    """Take a lease from a holder known to be gone (only if it still holds it)."""
    lease = session.get(Lease, name, with_for_update=True)
    if lease is None or lease.holder != old_holder:
        return False
    lease.holder, lease.expires_at = holder, now + ttl
    return True
