"""the time of each story's latest report, and the clustering index keyed on it

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
    op.execute(
        "UPDATE story_entities SET published_at = (SELECT stories.last_reported_at FROM stories"
        " WHERE stories.id = story_entities.story_id)"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE story_entities SET published_at = (SELECT stories.published_at FROM stories"
        " WHERE stories.id = story_entities.story_id)"
    )
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_column("last_reported_at")
