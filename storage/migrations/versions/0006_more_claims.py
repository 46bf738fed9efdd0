"""claims on videos, subscriptions and outbox items; each subscription's next digest time

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CLAIMED = ("videos", "subscriptions", "outbox")


def upgrade() -> None:
    for table in CLAIMED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("claimed_by", sa.String(length=200), nullable=True))
            batch.add_column(sa.Column("claimed_until", storage.types.UTCDateTime(), nullable=True))
    with op.batch_alter_table("subscriptions") as batch:
        # None: not known yet; the next planner computes it (from the cursor, as today)
        batch.add_column(sa.Column("next_due_at", storage.types.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("next_due_at")
    for table in reversed(CLAIMED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("claimed_until")
            batch.drop_column("claimed_by")
