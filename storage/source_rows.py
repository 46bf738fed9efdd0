"""Sources as plain rows (Core, no ORM): the config sync and the health list.

Every command starts by syncing the config's sources, and `labwatch sources` then lists them:
both run here without loading or configuring the ORM (~0.1 s of a read-only command's start).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update

from storage.schema import sources
from storage.source_health import SourceHealth as SourceHealth
from storage.source_health import list_sources as list_sources

if TYPE_CHECKING:
    from storage.db import Reader


@dataclass
class SourceRow:
    """The columns of a source the config sync reads and sets (changed in place as it goes)."""

    id: int
    name: str
    url: str
    kind: str
    query: str | None
    youtube_channel_id: str | None
    origin: str
    enabled: bool
    last_status: str
    poll_every_seconds: int | None


_ROW_COLUMNS = [sources.c[f.name] for f in fields(SourceRow)]


def source_rows(session: Reader) -> list[SourceRow]:
    """Every source's sync columns."""
    return [SourceRow(*row) for row in session.execute(select(*_ROW_COLUMNS))]


def find_source_row(session: Reader, *, name: str | None = None, url: str | None = None) -> SourceRow | None:  # fmt: skip
    """The source with this name (case-insensitive) or exactly this URL, if any."""
    query = select(*_ROW_COLUMNS)
    if name is not None:
        query = query.where(func.lower(sources.c.name) == name.strip().lower())
    if url is not None:
        query = query.where(sources.c.url == url)
    row = session.execute(query.limit(1)).first()
    return SourceRow(*row) if row is not None else None


def insert_sources(session: Reader, rows: list[dict[str, Any]]) -> dict[str, SourceRow]:
    """Add sources (each dict with the same keys; the other columns take their defaults) in one
    statement; their sync columns, ids included, by URL (unique). RETURNING's order is not
    asked for: on SQLite, SQLAlchemy would send one INSERT per row to keep it."""
    if not rows:
        return {}
    stored = session.execute(insert(sources).returning(*_ROW_COLUMNS), rows)
    return {source.url: source for source in (SourceRow(*row) for row in stored)}


def update_source(session: Reader, source_id: int, values: dict[str, Any]) -> None:
    """Set these columns of one source."""
    session.execute(update(sources).where(sources.c.id == source_id).values(values))


def disable_sources_except(session: Reader, origin: str, keep_ids: set[int]) -> int:
    """Disable (never delete) sources of this origin that the config no longer lists."""
    s = sources.c
    stmt = update(sources).where(s.origin == origin, s.enabled.is_(True))
    if keep_ids:
        stmt = stmt.where(s.id.not_in(keep_ids))
    stmt = stmt.values(enabled=False, last_status="removed from config").returning(s.id)
    return len(session.execute(stmt).all())


class SourceIndex:
    """find_source_row by name and by URL, answered from memory where that gives the same answer
    (syncing a config of 1,000 sources asked the database two questions per source, ~1 s of
    each command's start).

    Names are compared case-insensitively by the database's lower(): in ASCII every database
    lowers alike, so the index answers only for ASCII names, and only while no two names differ
    by case alone (the query's first match would be arbitrary); otherwise it asks the database.
    Callers that rename or re-point a source say so with `moved`, new ones with `added`.
    """

    def __init__(self, session: Reader) -> None:
        self._session = session
        self._by_name: dict[str, SourceRow] = {}
        self._by_url: dict[str, SourceRow] = {}
        self._exact = True
        for source in source_rows(session):
            self.added(source)

    def by_name(self, name: str) -> SourceRow | None:
        key = name.strip().lower()
        if not (self._exact and key.isascii()):
            return find_source_row(self._session, name=name)
        return self._by_name.get(key)

    def by_url(self, url: str) -> SourceRow | None:
        if not self._exact:
            return find_source_row(self._session, url=url)
        return self._by_url.get(url)

    def added(self, source: SourceRow) -> SourceRow:
        key = source.name.lower()
        if not source.name.isascii() or self._by_name.get(key, source).id != source.id:
            self._exact = False
        self._by_name[key] = source
        self._by_url[source.url] = source
        return source

    def from_memory(self, name: str) -> bool:
        """Whether looking up `name` (and any URL) asks no question of the database."""
        return self._exact and name.strip().lower().isascii()

    def settled(self, waiting: SourceRow, source: SourceRow) -> None:
        """`waiting`, added before it was inserted, is now stored as `source`."""
        for found, key in ((self._by_name, waiting.name.lower()), (self._by_url, waiting.url)):
            if found.get(key) is waiting:
                found[key] = source

    def moved(self, source: SourceRow, old_name: str, old_url: str) -> None:
        """`source` was called `old_name` and polled `old_url` a moment ago."""
        if (known := self._by_name.get(old_name.lower())) is not None and known.id == source.id:
            del self._by_name[old_name.lower()]
        if (known := self._by_url.get(old_url)) is not None and known.id == source.id:
            del self._by_url[old_url]
        self.added(source)
