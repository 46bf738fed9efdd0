"""Queries on entries and on the keys every source has delivered (dedup that survives pruning)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Table, func, or_, select, update
from sqlalchemy.orm import Session

from storage.bulk import insert_rows, select_where_in
from storage.models import Entry, SeenKey

_NEARBY = (Entry.id, Entry.source_id, Entry.title, Entry.canonical_url, Entry.publisher_url)


class EntryRow(NamedTuple):
    """A new entry as the poll stage hands it to storage (a tuple: thousands a pass, cheap)."""

    key: str
    url: str | None
    canonical_url: str | None
    title: str
    summary: str
    author: str | None
    publisher: str | None
    publisher_url: str | None
    video_id: str | None
    published_at: datetime | None


_ENTRY_COLUMNS = ["source_id", "first_seen_at", *EntryRow._fields]  # the rest start NULL
_SEEN_COLUMNS = ["source_id", "key", "first_seen_at"]


@dataclass(frozen=True)
class NearbyEntry:
    """An entry stored near some time, for matching a news-search result to its outlet."""

    id: int
    source_id: int
    title: str
    canonical_url: str | None
    publisher_url: str | None
    when: datetime  # published, else first seen


def unseen_keys(session: Session, source_id: int, keys: Iterable[str]) -> set[str]:
    """The keys this source has never delivered before."""
    wanted = list(dict.fromkeys(keys))
    found = select_where_in(
        session, _table(SeenKey), ["key"], ("source_id", source_id), ("key", wanted)
    )
    return set(wanted) - {key for (key,) in found}


def insert_entries(
    session: Session, batches: list[tuple[int, list[EntryRow]]], now: datetime
) -> list[list[int]]:
    """Store new entries of several sources (source id, its rows) and remember their keys.

    Returns each batch's new ids in its rows' order. All rows go in one executemany per table
    (at the driver on SQLite, storage.bulk): a pass stores thousands of rows.
    """
    seen = [(source_id, r.key, now) for source_id, rows in batches for r in rows]
    if not seen:
        return [[] for _ in batches]
    insert_rows(session, _table(SeenKey), _SEEN_COLUMNS, seen)
    values = [(source_id, now, *row) for source_id, rows in batches for row in rows]
    insert_rows(session, _table(Entry), _ENTRY_COLUMNS, values)
    # RETURNING in parameter order makes SQLite insert row by row; asking afterwards is 1 query
    return [_ids_of(session, source_id, [r.key for r in rows]) for source_id, rows in batches]


def _ids_of(session: Session, source_id: int, keys: list[str]) -> list[int]:
    if not keys:
        return []
    where = ("source_id", source_id)
    ids = dict(select_where_in(session, _table(Entry), ["key", "id"], where, ("key", keys)))
    return [ids[key] for key in keys]


def entries_near(
    session: Session, since: datetime, until: datetime, hosts: Iterable[str], *, limit: int = 200
) -> list[NearbyEntry]:
    """Entries from these hosts (outlets' own items, not search results) published in a window."""
    patterns = [f"http%://{h}/%" for host in hosts for h in (host, f"www.{host}")]
    if not patterns:
        return []
    when = func.coalesce(Entry.published_at, Entry.first_seen_at)
    stmt = (
        select(*_NEARBY, when)
        .where(when >= since, when <= until, Entry.publisher_url.is_(None))
        .where(or_(*(Entry.canonical_url.like(p) for p in patterns)))
    )
    return [NearbyEntry(*row) for row in session.execute(stmt.order_by(Entry.id).limit(limit))]


def unmatched_news_results(
    session: Session, seen_since: datetime, search_prefix: str, *, limit: int = 500
) -> list[NearbyEntry]:
    """News-search results first seen since then whose link still points at the search site."""
    when = func.coalesce(Entry.published_at, Entry.first_seen_at)
    stmt = select(*_NEARBY, when).where(
        Entry.first_seen_at >= seen_since,
        Entry.publisher_url.is_not(None),
        Entry.canonical_url.like(f"{search_prefix}%"),
    )
    return [NearbyEntry(*row) for row in session.execute(stmt.order_by(Entry.id).limit(limit))]


def set_canonical_url(session: Session, entry_ids: list[int], canonical_url: str) -> None:
    """Point entries at the article they report (a news-search result matched to its outlet)."""
    if entry_ids:
        session.execute(
            update(Entry).where(Entry.id.in_(entry_ids)).values(canonical_url=canonical_url)
        )


def count_entries(session: Session, source_id: int | None = None) -> int:
    """How many entries are stored (for one source, or in all)."""
    stmt = select(func.count()).select_from(Entry)
    if source_id is not None:
        stmt = stmt.where(Entry.source_id == source_id)
    return int(session.scalar(stmt) or 0)


def find_entry_text(session: Session, url: str, canonical: str) -> tuple[str, str] | None:
    """The title and summary of the newest entry stored under this URL or canonical URL."""
    row = session.execute(
        select(Entry.title, Entry.summary)
        .where(or_(Entry.url == url, Entry.canonical_url == canonical))
        .order_by(Entry.first_seen_at.desc(), Entry.id.desc())
        .limit(1)
    ).first()
    return (row.title, row.summary) if row else None


def find_entry_story(session: Session, url: str, canonical: str) -> str | None:
    """The story id of the newest entry stored under this URL or canonical URL, if it has one."""
    return session.scalar(
        select(Entry.story_id)
        .where(or_(Entry.url == url, Entry.canonical_url == canonical))
        .where(Entry.story_id.is_not(None))
        .order_by(Entry.first_seen_at.desc(), Entry.id.desc())
        .limit(1)
    )


def _table(model: type[SeenKey] | type[Entry]) -> Table:
    return model.__table__
