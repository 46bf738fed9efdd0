"""Small saved state as key/value pairs (when something last ran, a provider's pause)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from storage.schema import settings

# Core only: `labwatch digest --since mark` reads its mark without loading the ORM
if TYPE_CHECKING:
    from storage.db import Reader


def get_setting(session: Reader, key: str) -> str | None:
    """A saved value, or None."""
    return session.scalar(select(settings.c.value).where(settings.c.key == key))


def set_setting(session: Reader, key: str, value: str) -> None:
    """Save a value under `key`, replacing what was there."""
    changed = (
        update(settings).where(settings.c.key == key).values(value=value).returning(settings.c.key)
    )
    if session.scalar(changed) is None:
        session.execute(insert(settings).values(key=key, value=value))
