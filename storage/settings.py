"""Small saved state as key/value pairs (when something last ran, a provider's pause)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.lite import rows

# `labwatch digest --since mark` reads its mark through storage.lite on a SQLite file: the
# writers import SQLAlchemy themselves
if TYPE_CHECKING:
    from storage.db import Reader
    from storage.lite import AnyReader


def get_setting(session: AnyReader, key: str) -> str | None:
    """A saved value, or None."""
    found = rows(session, "setting", key=key)
    return str(found[0][0]) if found else None


def set_setting(session: Reader, key: str, value: str) -> None:
    """Save a value under `key`, replacing what was there."""
    from sqlalchemy import insert, update

    from storage.schema import settings

    changed = (
        update(settings).where(settings.c.key == key).values(value=value).returning(settings.c.key)
    )
    if session.scalar(changed) is None:
        session.execute(insert(settings).values(key=key, value=value))
