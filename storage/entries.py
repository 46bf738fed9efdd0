"""Queries on entries and on the keys every source has delivered (dedup that survives pruning)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from operator import attrgetter
from typing import cast

from sqlalchemy import Table, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from storage.bulk import insert_rows
from storage.models import Entry, SeenKey

_KEY_BATCH = 500  # stays under every backend's bound-parameter limit
_NEARBY = (Entry.id, Entry.source_id, Entry.title, Entry.canonical_url, Entry.publisher_url)


@dataclass(frozen=True)
class EntryRow:
    """A new entry as the poll stage hands it to storage."""

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


_ROW_FIELDS = [f.name for f in fields(EntryRow)]
_ROW_VALUES = attrgetter(*_ROW_FIELDS)  # an EntryRow's values as a tuple, in _ROW_FIELDS order
_ENTRY_COLUMNS = ["source_id", "first_seen_at", *_ROW_FIELDS]  # the rest start NULL
_SEEN_COLUMNS = ["source_id", "key", "first_seen_at"]
# built once with an expanding parameter: an IN of 50 literals costs more to build than to run
_SEEN = select(SeenKey.key).where(
    SeenKey.source_id == bindparam("source_id"), SeenKey.key.in_(bindparam("keys", expanding=True))
)
_IDS = select(Entry.key, Entry.id).where(
    Entry.source_id == bindparam("source_id"), Entry.key.in_(bindparam("keys", expanding=True))
)


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
    seen: set[str] = set()
    conn = session.connection()  # Core, not the ORM: this runs once per source in a pass
    for start in range(0, len(wanted), _KEY_BATCH):
        chunk = wanted[start : start + _KEY_BATCH]
        seen.update(key for (key,) in conn.execute(_SEEN, {"source_id": source_id, "keys": chunk}))
    return set(wanted) - seen


def insert_entries(
    session: Session, source_id: int, rows: list[EntryRow], now: datetime
) -> list[int]:
    """Store new entries and remember their keys; returns the new ids in the rows' order."""
    if not rows:
        return []
    # one executemany each, at the driver on SQLite (storage.bulk): a pass stores thousands of rows
    insert_rows(session, _table(SeenKey), _SEEN_COLUMNS, [(source_id, r.key, now) for r in rows])
    values = [(source_id, now, *_ROW_VALUES(r)) for r in rows]
    insert_rows(session, _table(Entry), _ENTRY_COLUMNS, values)
    # RETURNING in parameter order makes SQLite insert row by row; asking afterwards is 1 query
    conn = session.connection()
    ids: dict[str, int] = {}
    keys = [r.key for r in rows]
    for start in range(0, len(keys), _KEY_BATCH):
        chunk = keys[start : start + _KEY_BATCH]
        found = conn.execute(_IDS, {"source_id": source_id, "keys": chunk})
        ids.update((key, entry_id) for key, entry_id in found)
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


def _table(model: type[SeenKey] | type[Entry]) -> Table:
    return cast(Table, model.__table__)
