"""the time of each story's latest report

Index rows (story_entities) keep their first report's time: clustering writes a long story's
latest report's time there from now on (storage.stories.save_stories), and stories reported
before this revision are looked up as they were.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("last_reported_at", storage.types.UTCDateTime(), nullable=True)
        )
    # a report's time is its published time, else when it was first seen (as clustering reads it)
    op.execute(
        "UPDATE stories SET last_reported_at = COALESCE("
        "(SELECT MAX(COALESCE(entries.published_at, entries.first_seen_at)) FROM entries"
        " WHERE entries.story_id = stories.id), stories.published_at)"
    )


def downgrade() -> None:
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_column("last_reported_at")
