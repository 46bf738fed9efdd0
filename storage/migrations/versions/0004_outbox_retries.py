"""outbox messages: when to try next, and how many sends ended without knowing

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_try_at", storage.types.UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("unsure", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.drop_column("unsure")
        batch_op.drop_column("next_try_at")
