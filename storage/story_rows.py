"""Stories and their reports as digests read them: plain data and the queries `labwatch digest`
prints from (no SQLAlchemy import of its own: on a SQLite file the command reads through
storage.lite). storage.digests holds the other digest queries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from storage.lite import rows

if TYPE_CHECKING:
    from storage.lite import AnyReader


class StoryRow(NamedTuple):
    """A stored story as digests, alerts and routing read it (the `stories` columns, in order)."""

    id: str
    kind: str
    title: str
    summary: str
    person: str | None
    action: str | None
    from_lab: str | None
    to_lab: str | None
    people: list[Any]
    labs: list[Any]
    keywords: list[Any]
    published_at: datetime
    first_seen_at: datetime
    updated_at: datetime
    last_reported_at: datetime | None


@dataclass(frozen=True)
class Report:
    """One entry of a story, with the source it came from."""

    story_id: str
    title: str
    url: str | None
    canonical_url: str | None
    publisher: str | None
    publisher_url: str | None
    source_name: str
    source_kind: str
    published_at: datetime | None
    first_seen_at: datetime


def stories_published_in(session: AnyReader, since: datetime, until: datetime) -> list[StoryRow]:
    """Stories whose earliest report was published in [since, until)."""
    found = rows(session, "stories_published_in", since=since, until=until)
    return [StoryRow(*row) for row in found]


def reports_for_stories(session: AnyReader, story_ids: Iterable[str]) -> dict[str, list[Report]]:
    """Every entry of each story with its source, earliest first."""
    ids = list(story_ids)
    result: dict[str, list[Report]] = {i: [] for i in ids}
    if not ids:
        return result
    for row in rows(session, "story_reports", ids=ids):
        result[row[0]].append(Report(*row))
    return result
