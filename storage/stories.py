"""Queries for classifying entries and keeping stories: pending entries, candidates, bulk writes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import Select, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from storage.models import Entry, Story, StoryEntity

_BATCH = 500  # bound parameters per IN (...) stay under every backend's limit


class PendingEntry(NamedTuple):
    """An entry not yet classified (a named tuple: thousands are made per batch)."""

    id: int
    title: str
    summary: str
    canonical_url: str | None
    published_at: datetime | None
    first_seen_at: datetime


@dataclass
class StoryRecord:
    """A story as clustering sees it: its row values, entities and member titles."""

    id: str
    kind: str
    title: str
    summary: str
    person: str | None
    action: str | None
    from_lab: str | None
    to_lab: str | None
    people: list[str]
    labs: list[str]
    keywords: list[str]
    published_at: datetime
    first_seen_at: datetime
    updated_at: datetime
    entities: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)


STORY_COLUMNS = [
    "id",
    "kind",
    "title",
    "summary",
    "person",
    "action",
    "from_lab",
    "to_lab",
    "people",
    "labs",
    "keywords",
    "published_at",
    "first_seen_at",
    "updated_at",
]


def pending_entries(session: Session, limit: int = 2000) -> list[PendingEntry]:
    """Entries whose analyzed_at is NULL, oldest id first."""
    if session.get_bind().dialect.name == "sqlite":
        return _pending_from_driver(session, limit)
    rows = session.execute(
        select(
            Entry.id,
            Entry.title,
            Entry.summary,
            Entry.canonical_url,
            Entry.published_at,
            Entry.first_seen_at,
        )
        .where(Entry.analyzed_at.is_(None))
        .order_by(Entry.id)
        .limit(limit)
    )
    return [PendingEntry(*row) for row in rows]


def _pending_from_driver(session: Session, limit: int) -> list[PendingEntry]:
    # straight from the driver, the datetimes through the columns' own result processors
    dialect = session.get_bind().dialect
    table = cast(Table, Entry.__table__)
    to_time = [
        table.c[c].type.dialect_impl(dialect).result_processor(dialect, None)
        for c in ("published_at", "first_seen_at")
    ]
    published, first_seen = (_memoized(p) if p else (lambda v: v) for p in to_time)
    rows = (
        session.connection()
        .exec_driver_sql(
            "SELECT id, title, summary, canonical_url, published_at, first_seen_at FROM entries"
            " WHERE analyzed_at IS NULL ORDER BY id LIMIT ?",
            (limit,),
        )
        .fetchall()
    )
    return [
        PendingEntry(i, title, summary, url, published(pub), first_seen(seen))
        for i, title, summary, url, pub, seen in rows
    ]


def stories_near(
    session: Session, entities: Iterable[str], since: datetime, until: datetime
) -> list[StoryRecord]:
    """Stories sharing any of the entities whose earliest report lies in [since, until]."""
    ids: set[str] = set()
    wanted = sorted(set(entities))
    conn = session.connection()  # Core rows: the ORM's row handling costs more than the query
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        ids.update(conn.scalars(near_query(chunk, since, until)))
    return load_stories(session, ids)


def near_query(entities: list[str], since: datetime, until: datetime) -> Select[str]:
    """Story ids by entity and time: a range scan of ix_story_entities_entity_time."""
    return select(StoryEntity.story_id).where(
        StoryEntity.entity.in_(entities),
        StoryEntity.published_at >= since,
        StoryEntity.published_at <= until,
    )


def load_stories(session: Session, ids: Iterable[str]) -> list[StoryRecord]:
    """Stories by id with their entities and (up to 20) member titles."""
    records: dict[str, StoryRecord] = {}
    wanted = sorted(set(ids))
    conn = session.connection()  # Core rows, not ORM objects: clustering loads many stories
    columns = [cast(Table, Story.__table__).c[name] for name in STORY_COLUMNS]
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        for row in conn.execute(select(*columns).where(Story.id.in_(chunk))):
            records[row[0]] = StoryRecord(**dict(zip(STORY_COLUMNS, row, strict=True)))
        for story_id, entity in conn.execute(
            select(StoryEntity.story_id, StoryEntity.entity).where(StoryEntity.story_id.in_(chunk))
        ):
            records[story_id].entities.add(entity)
        for member_of, title in conn.execute(
            select(Entry.story_id, Entry.title).where(Entry.story_id.in_(chunk)).order_by(Entry.id)
        ):
            story_id = str(member_of)
            if story_id in records and len(records[story_id].titles) < 20:
                records[story_id].titles.append(title)
    return list(records.values())


def stories_for_urls(session: Session, urls: Iterable[str]) -> dict[str, str]:
    """Canonical URL → the story an already-classified entry with that URL belongs to."""
    found: dict[str, str] = {}
    wanted = sorted({u for u in urls if u})
    conn = session.connection()
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        for url, story_id in conn.execute(
            select(Entry.canonical_url, Entry.story_id).where(
                Entry.canonical_url.in_(chunk), Entry.story_id.is_not(None)
            )
        ):
            if url and story_id:
                found.setdefault(url, story_id)
    return found


def save_stories(
    session: Session,
    new: list[StoryRecord],
    changed: list[StoryRecord],
    new_entities: dict[str, set[str]],
) -> None:
    """Insert new stories, update changed ones, and keep their entity index rows in step."""
    if new:
        _insert_many(session, cast(Table, Story.__table__), [_story_values(r) for r in new])
    if changed:
        stories = cast(Table, Story.__table__)  # Core executemany: no per-row ORM bookkeeping
        columns = [c for c in STORY_COLUMNS if c != "id"]
        session.execute(
            update(stories)
            .where(stories.c.id == bindparam("b_id"))
            .values({c: bindparam(f"v_{c}") for c in columns}),
            [{"b_id": r.id, **{f"v_{c}": getattr(r, c) for c in columns}} for r in changed],
        )
        index = cast(Table, StoryEntity.__table__)
        session.execute(
            update(index)
            .where(index.c.story_id == bindparam("b_story_id"))
            .values(published_at=bindparam("when")),
            [{"b_story_id": r.id, "when": r.published_at} for r in changed],
        )
    rows = [
        {"story_id": story_id, "entity": entity, "published_at": when}
        for story_id, entities, when in _entity_rows(new, changed, new_entities)
        for entity in entities
    ]
    if rows:
        _insert_many(session, cast(Table, StoryEntity.__table__), rows)


def _entity_rows(
    new: list[StoryRecord], changed: list[StoryRecord], new_entities: dict[str, set[str]]
) -> list[tuple[str, set[str], datetime]]:
    when = {r.id: r.published_at for r in (*new, *changed)}
    return [(sid, ents, when[sid]) for sid, ents in new_entities.items() if ents]


def mark_analyzed(session: Session, updates: list[dict[str, Any]]) -> None:
    """Bulk-set analyzed_at, analysis and story_id by entry id."""
    if not updates:
        return
    table = cast(Table, Entry.__table__)
    if session.get_bind().dialect.name == "sqlite":
        # the row tuples built by hand: this runs once per analyzed entry
        dialect = session.get_bind().dialect
        when = _memoized(_bind_processor(table, "analyzed_at", dialect))
        analysis = _bind_processor(table, "analysis", dialect)
        values = [
            (when(u["analyzed_at"]), analysis(u["analysis"]), u["story_id"], u["id"])
            for u in updates
        ]
        sql = "UPDATE entries SET analyzed_at = ?, analysis = ?, story_id = ? WHERE id = ?"
        session.connection().exec_driver_sql(sql, values)
        return
    statement = (
        update(table)
        .where(table.c.id == bindparam("entry_id"))
        .values(
            analyzed_at=bindparam("analyzed_at"),
            analysis=bindparam("analysis"),
            story_id=bindparam("story_id"),
        )
    )
    rows = [
        {
            "entry_id": u["id"],
            "analyzed_at": u["analyzed_at"],
            "analysis": u["analysis"],
            "story_id": u["story_id"],
        }
        for u in updates
    ]
    session.execute(statement, rows)  # one executemany, not the ORM's per-row bookkeeping


def _insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One INSERT executemany; on SQLite straight to the driver (no per-row compile step)."""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(insert(table), rows)
        return
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    session.connection().exec_driver_sql(sql, _driver_rows(session, table, columns, rows))


def _driver_rows(
    session: Session, table: Table, columns: list[str], rows: list[dict[str, Any]]
) -> list[tuple[Any, ...]]:
    """Rows as driver tuples, each value through its column type's bind processor (JSON,
    UTC datetimes): what SQLAlchemy would send, without its per-row bookkeeping."""
    dialect = session.get_bind().dialect
    procs = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    pairs = [(c, None if p is None else _memoized(p)) for c, p in zip(columns, procs, strict=True)]
    return [tuple(row[c] if proc is None else proc(row[c]) for c, proc in pairs) for row in rows]


def _bind_processor(table: Table, column: str, dialect: Any) -> Callable[[Any], Any]:
    """The column type's bind processor (the value unchanged when the type has none)."""
    proc = table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
    return proc if proc is not None else _same


def _same(value: Any) -> Any:
    return value


def _memoized(proc: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The processor, each datetime (or stored time text) converted once: a batch shares `now`
    on every row, and reports of one hour share their times."""
    seen: dict[Any, Any] = {}

    def process(value: Any) -> Any:
        if not isinstance(value, datetime | str):
            return proc(value)
        if value not in seen:
            seen[value] = proc(value)
        return seen[value]

    return process


def _story_values(record: StoryRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in STORY_COLUMNS}


def story_entries(session: Session, story_id: str) -> list[tuple[int, str]]:
    """(entry id, title) of one story's reports, oldest first."""
    rows = session.execute(
        select(Entry.id, Entry.title).where(Entry.story_id == story_id).order_by(Entry.id)
    )
    return [(int(i), str(t)) for i, t in rows]


def group_by_story(session: Session, entry_ids: Iterable[int]) -> dict[str | None, list[int]]:
    """Entry ids grouped by the story they were put in."""
    groups: dict[str | None, list[int]] = defaultdict(list)
    wanted = sorted(set(entry_ids))
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        for entry_id, story_id in session.execute(
            select(Entry.id, Entry.story_id).where(Entry.id.in_(chunk))
        ):
            groups[story_id].append(entry_id)
    return dict(groups)
