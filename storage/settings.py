"""Small saved state as key/value pairs (when something last ran, a provider's pause)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage.models import Setting


def get_setting(session: Session, key: str) -> str | None:
    """A saved value, or None."""
    row = session.get(Setting, key)
    return row.value if row else None


def set_setting(session: Session, key: str, value: str) -> None:
    """Save a value under `key`, replacing what was there."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
