"""Read-only view of move stories for the talent-flow chart (who left which lab for which)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Story


@dataclass(frozen=True)
class MoveRow:
    """One move story as the chart needs it."""

    story_id: str
    person: str | None
    action: str | None
    from_lab: str | None
    to_lab: str | None
    published_at: datetime


def list_moves(session: Session, since: datetime, until: datetime) -> list[MoveRow]:
    """Move stories whose earliest report falls in [since, until), oldest first."""
    stmt = (
        select(
            Story.id, Story.person, Story.action, Story.from_lab, Story.to_lab, Story.published_at
        )
        .where(Story.kind == "move", Story.published_at >= since, Story.published_at < until)
        .order_by(Story.published_at, Story.id)
    )
    return [MoveRow(*row) for row in session.execute(stmt)]
