"""Steps that must run one at a time across processes (folding reports into stories, planning)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def serialize(session: Session, step: str) -> None:
    """Hold `step` for the rest of the transaction across processes (PostgreSQL advisory lock).

    SQLite needs nothing: its writers are serial already. The key includes the schema: two
    labwatch databases in one PostgreSQL never wait for each other.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({LOCK_KEY})"), {"step": step})


LOCK_KEY = "hashtext(current_schema() || ':' || :step)"
