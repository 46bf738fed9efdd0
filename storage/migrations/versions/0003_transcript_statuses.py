"""transcript provider per video, honest statuses, per-provider back-off

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("videos", schema=None) as batch_op:
        batch_op.add_column(sa.Column("transcript_provider", sa.String(length=16), nullable=True))
    # "none" was "no captions" (final); "retry" was a fresh video without captions yet or an
    # error worth another try: both are tried again at their next time, as "failed" is
    op.execute(
        "UPDATE videos SET transcript_status = 'no_captions' WHERE transcript_status = 'none'"
    )
    op.execute("UPDATE videos SET transcript_status = 'failed' WHERE transcript_status = 'retry'")
    # the one pause of the whole provider was YouTube's: it becomes the youtube provider's
    for what in ("blocked_until", "blocked_reason", "blocked_strikes"):
        op.execute(
            f"UPDATE settings SET key = 'transcripts.youtube.{what}' "
            f"WHERE key = 'transcripts.{what}'"
        )


def downgrade() -> None:
    for what in ("blocked_until", "blocked_reason", "blocked_strikes"):
        op.execute(
            f"UPDATE settings SET key = 'transcripts.{what}' "
            f"WHERE key = 'transcripts.youtube.{what}'"
        )
    op.execute("DELETE FROM settings WHERE key LIKE 'transcripts.%.%'")
    op.execute(
        "UPDATE videos SET transcript_status = 'retry' "
        "WHERE transcript_status IN ('no_captions', 'failed', 'blocked', 'po_token_required') "
        "AND transcript_next_at IS NOT NULL"
    )
    op.execute(
        "UPDATE videos SET transcript_status = 'none' "
        "WHERE transcript_status IN ('no_captions', 'blocked', 'po_token_required')"
    )
    with op.batch_alter_table("videos", schema=None) as batch_op:
        batch_op.drop_column("transcript_provider")
