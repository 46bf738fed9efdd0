"""Queries for classifying entries and keeping stories: pending entries, candidates, bulk writes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import JSON, Connection, Select, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from storage import schema
from storage.bulk import bind_processor, insert_rows, result_processor, update_rows
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
    last_reported_at: datetime | None = None  # None only for rows older than migration 0008
    entities: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    title_urls: dict[str, str] = field(default_factory=dict)  # member title -> its URL


# index rows that are only looked up (stories_near), never loaded with a story: a retold
# move's key (jobs/stories/scoring.py, retold_key), which scoring does not count as an entity
LOOKUP_ONLY = "r:"

# the stories table's columns, in order (storage.digests.StoryRow and StoryRecord's row fields
# list the same; tests/test_stories.py holds them to it)
STORY_COLUMNS = list(schema.stories.c.keys())


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
    to_time = [
        result_processor(dialect, schema.entries, c) for c in ("published_at", "first_seen_at")
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
    """Stories sharing any of the entities whose index rows' time (save_stories: the first
    report's, or the latest's of a long story) lies in [since, until]."""
    ids: set[str] = set()
    wanted = sorted(set(entities))
    conn = session.connection()  # Core rows: the ORM's row handling costs more than the query
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        ids.update(_near_ids(conn, chunk, since, until))
    return load_stories(session, ids)


def _near_ids(conn: Connection, entities: list[str], since: datetime, until: datetime) -> set[str]:
    if conn.dialect.name != "sqlite":
        # all rows in one fetch: iterating the result fetches them one call at a time
        return set(conn.scalars(near_query(entities, since, until)).all())
    # the query near_query builds, its times bound as the column stores them: Core compiles
    # a 500-value IN anew at each call, which cost more than the query
    bind = bind_processor(conn.dialect, schema.story_entities, "published_at")
    low, high = (bind(t) if bind else t for t in (since, until))
    marks = ", ".join("?" * len(entities))
    sql = (
        "SELECT story_id FROM story_entities"
        f" WHERE entity IN ({marks}) AND published_at >= ? AND published_at <= ?"
    )
    return {row[0] for row in conn.exec_driver_sql(sql, (*entities, low, high)).fetchall()}


def near_query(entities: list[str], since: datetime, until: datetime) -> Select[str]:
    """Story ids by entity and time: a range scan of ix_story_entities_entity_time."""
    return select(StoryEntity.story_id).where(
        StoryEntity.entity.in_(entities),
        StoryEntity.published_at >= since,
        StoryEntity.published_at <= until,
    )


def load_stories(session: Session, ids: Iterable[str]) -> list[StoryRecord]:
    """Stories by id with their entities, (up to 20) member titles and every member title's
    URL."""
    records: dict[str, StoryRecord] = {}
    wanted = sorted(set(ids))
    conn = session.connection()  # Core rows, not ORM objects: clustering loads many stories
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        for row in _story_rows(conn, chunk):
            records[row[0]] = StoryRecord(*row)
        for story_id, entity in _entity_rows_of(conn, chunk):
            records[story_id].entities.add(entity)
        for member_of, title, url in _member_rows(conn, chunk):
            story_id = str(member_of)
            record = records.get(story_id)
            if record is None:
                continue
            if len(record.titles) < 20:
                record.titles.append(title)
            # every member's URL: the story's face may be a later member (is it a video's?)
            record.title_urls.setdefault(title, url or "")
    return list(records.values())


def _story_rows(conn: Connection, story_ids: list[str]) -> Sequence[Sequence[Any]]:
    """The stories' rows (STORY_COLUMNS, in order), each value as Core gives it."""
    if conn.dialect.name != "sqlite":
        columns = [Story.__table__.c[name] for name in STORY_COLUMNS]
        return conn.execute(select(*columns).where(Story.id.in_(story_ids))).fetchall()
    # clustering loads ~2,000 stories a batch: the driver's rows, each value through its
    # column's own result processor (Core's row objects cost more than the query)
    quote = conn.dialect.identifier_preparer.quote
    marks = ", ".join("?" * len(story_ids))
    sql = f"SELECT {', '.join(map(quote, STORY_COLUMNS))} FROM stories WHERE id IN ({marks})"
    procs = _story_processors(conn.dialect)
    rows: list[list[Any]] = []
    for row in conn.exec_driver_sql(sql, tuple(story_ids)).fetchall():
        values = list(row)
        for i, proc in procs:
            values[i] = proc(values[i])
        rows.append(values)
    return rows


def _story_processors(dialect: Dialect) -> list[tuple[int, Callable[[Any], Any]]]:
    """(position, result processor) of the story columns that have one; each time converted
    once per call (a batch's stories share their updated_at)."""
    procs: list[tuple[int, Callable[[Any], Any]]] = []
    for i, name in enumerate(STORY_COLUMNS):
        proc = result_processor(dialect, schema.stories, name)
        if proc is not None:
            # (a JSON list is each row's own)
            shared = not isinstance(schema.stories.c[name].type, JSON)
            procs.append((i, _memoized(proc) if shared else proc))
    return procs


def _entity_rows_of(conn: Connection, story_ids: list[str]) -> Sequence[Any]:
    """(story id, entity) of the stories' index rows."""
    if conn.dialect.name == "sqlite":  # plain text columns: the driver's rows as they are
        marks = ", ".join("?" * len(story_ids))
        sql = (
            "SELECT story_id, entity FROM story_entities"
            f" WHERE story_id IN ({marks}) AND entity NOT LIKE '{LOOKUP_ONLY}%'"
        )
        return conn.exec_driver_sql(sql, tuple(story_ids)).fetchall()
    query = select(StoryEntity.story_id, StoryEntity.entity).where(
        StoryEntity.story_id.in_(story_ids), StoryEntity.entity.not_like(f"{LOOKUP_ONLY}%")
    )
    return conn.execute(query).fetchall()


def _member_rows(conn: Connection, story_ids: list[str]) -> Sequence[Any]:
    """(story id, title, canonical URL) of the stories' entries, oldest first."""
    if conn.dialect.name == "sqlite":  # clustering loads thousands a batch: no Core row objects
        marks = ", ".join("?" * len(story_ids))
        sql = (
            "SELECT story_id, title, canonical_url FROM entries"
            f" WHERE story_id IN ({marks}) ORDER BY id"
        )
        return conn.exec_driver_sql(sql, tuple(story_ids)).fetchall()
    query = (
        select(Entry.story_id, Entry.title, Entry.canonical_url)
        .where(Entry.story_id.in_(story_ids))
        .order_by(Entry.id)
    )
    return conn.execute(query).fetchall()


def stories_for_urls(session: Session, urls: Iterable[str]) -> dict[str, str]:
    """Canonical URL → the story an already-classified entry with that URL belongs to."""
    found: dict[str, str] = {}
    wanted = sorted({u for u in urls if u})
    conn = session.connection()
    for start in range(0, len(wanted), _BATCH):
        for url, story_id in _url_rows(conn, wanted[start : start + _BATCH]):
            if url and story_id:
                found.setdefault(url, story_id)
    return found


def _url_rows(conn: Connection, urls: list[str]) -> Sequence[Any]:
    if conn.dialect.name == "sqlite":  # Core builds and renders the 500-value IN anew each time
        marks = ", ".join("?" * len(urls))
        sql = (
            "SELECT canonical_url, story_id FROM entries"
            f" WHERE canonical_url IN ({marks}) AND story_id IS NOT NULL"
        )
        return conn.exec_driver_sql(sql, tuple(urls)).fetchall()
    query = select(Entry.canonical_url, Entry.story_id).where(
        Entry.canonical_url.in_(urls), Entry.story_id.is_not(None)
    )
    return conn.execute(query).fetchall()


def save_stories(
    session: Session,
    new: list[StoryRecord],
    changed: list[StoryRecord],
    new_entities: dict[str, set[str]],
    moved: list[StoryRecord] | None = None,
    reindex_after: timedelta | None = None,
) -> None:
    """Insert new stories, update changed ones, and keep their entity index rows in step.

    Index rows carry the story's first report's time, or its latest report's once the story
    runs longer than `reindex_after` (None: the first's always): the look-up for a report
    near a long story's latest report then finds it, and the rows of the many short stories
    are not rewritten at every report. `moved`: the changed stories whose index rows' time
    (index_time) is another than stored, if known: only their rows are rewritten (None:
    every changed story's)."""
    stories = Story.__table__
    index = StoryEntity.__table__
    insert_rows(session, stories, STORY_COLUMNS, [_values(r, STORY_COLUMNS) for r in new])
    columns = [c for c in STORY_COLUMNS if c != "id"]
    update_rows(session, stories, "id", columns, [(*_values(r, columns), r.id) for r in changed])
    moved = changed if moved is None else moved
    update_rows(
        session,
        index,
        "story_id",
        ["published_at"],
        [(index_time(r, reindex_after), r.id) for r in moved],
    )
    rows = [
        (story_id, entity, when)
        for story_id, entities, when in _entity_rows(new, changed, new_entities, reindex_after)
        for entity in entities
    ]
    insert_rows(session, index, ["story_id", "entity", "published_at"], rows)


def _values(record: StoryRecord, columns: list[str]) -> tuple[Any, ...]:
    return tuple(getattr(record, name) for name in columns)


def _entity_rows(
    new: list[StoryRecord],
    changed: list[StoryRecord],
    new_entities: dict[str, set[str]],
    reindex_after: timedelta | None,
) -> list[tuple[str, set[str], datetime]]:
    when = {r.id: index_time(r, reindex_after) for r in (*new, *changed)}
    return [(sid, ents, when[sid]) for sid, ents in new_entities.items() if ents]


def index_time(record: StoryRecord, reindex_after: timedelta | None) -> datetime:
    """The time a story's index rows carry (save_stories)."""
    latest = record.last_reported_at
    if reindex_after is None or latest is None or latest - record.published_at <= reindex_after:
        return record.published_at
    return latest


def mark_analyzed(session: Session, updates: list[dict[str, Any]]) -> None:
    """Bulk-set analyzed_at, analysis and story_id by entry id.

    A pending entry has no story yet (story_id is only ever set here, with analyzed_at), so
    the entries put in none leave story_id out of their UPDATE: most entries of a pass are in
    no story, and naming the column costs each row a rewrite of its story_id index entry
    (SQLite: 50,000 rows in 0.21 s of CPU instead of 0.38 s).
    """
    table = Entry.__table__
    # in id order: each UPDATE then finds its row next to the last one's (clustering hands the
    # placed entries over by kind and time)
    updates = sorted(updates, key=_by_id)
    placed = [(u["analyzed_at"], u["analysis"], u["story_id"], u["id"]) for u in updates
              if u["story_id"] is not None]  # fmt: skip
    rest = [(u["analyzed_at"], u["analysis"], u["id"]) for u in updates if u["story_id"] is None]
    update_rows(session, table, "id", ["analyzed_at", "analysis", "story_id"], placed)
    update_rows(session, table, "id", ["analyzed_at", "analysis"], rest)


def _by_id(update: dict[str, Any]) -> int:
    return int(update["id"])


def _memoized(proc: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The result processor, each stored time text converted once: reports of one poll share
    their first-seen time."""
    seen: dict[Any, Any] = {}

    def process(value: Any) -> Any:
        if value not in seen:
            seen[value] = proc(value)
        return seen[value]

    return process


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
