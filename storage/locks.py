"""Steps that must run one at a time across processes (folding reports into stories, planning)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from storage.db import Reader


def serialize(session: Reader, step: str) -> None:
    """Hold `step` for the rest of the transaction across processes (PostgreSQL advisory lock).

    SQLite needs nothing: its writers are serial already. The key includes the schema: two
    labwatch databases in one PostgreSQL never wait for each other.
    """
    bind = session if isinstance(session, Connection) else session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({LOCK_KEY})"), {"step": step})


LOCK_KEY = "hashtext(current_schema() || ':' || :step)"
