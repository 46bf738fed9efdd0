"""Migration 0003: old transcript statuses and the one provider pause carry over, and back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from storage.db import Database
from storage.migrate import alembic_config


def test_old_statuses_and_pause_are_carried_over_and_back(database_url: str) -> None:
    db = Database(database_url)
    try:
        config = alembic_config(db.engine)
        command.upgrade(config, "0002")
        with db.engine.begin() as conn:
            for vid, status, next_at in [
                ("none1234567", "none", None),
                ("retry123456", "retry", "2030-01-01 00:00:00"),
                ("okokokokoko", "ok", None),
            ]:
                conn.execute(
                    text(
                        "INSERT INTO videos (video_id, title, description, first_seen_at, "
                        "transcript_status, transcript_attempts, transcript_next_at) "
                        "VALUES (:v, '', '', '2024-01-01 00:00:00', :s, 1, :n)"
                    ),
                    {"v": vid, "s": status, "n": next_at},
                )
            conn.execute(
                text(
                    "INSERT INTO settings (key, value) VALUES ('transcripts.blocked_strikes', '3')"
                )
            )
        command.upgrade(config, "head")
        with db.engine.connect() as conn:
            rows: dict[str, str] = dict(
                conn.execute(text("SELECT video_id, transcript_status FROM videos")).all()
            )
            keys = conn.execute(text("SELECT key, value FROM settings")).all()
            provider = conn.execute(text("SELECT transcript_provider FROM videos")).scalars().all()
        assert rows == {"none1234567": "no_captions", "retry123456": "failed", "okokokokoko": "ok"}
        assert ("transcripts.youtube.blocked_strikes", "3") in [tuple(k) for k in keys]
        assert provider == [None, None, None]
        command.downgrade(config, "0002")
        with db.engine.connect() as conn:
            rows = dict(conn.execute(text("SELECT video_id, transcript_status FROM videos")).all())
            keys = conn.execute(text("SELECT key FROM settings")).scalars().all()
        assert rows == {"none1234567": "none", "retry123456": "retry", "okokokokoko": "ok"}
        assert "transcripts.blocked_strikes" in keys
    finally:
        db.dispose()
