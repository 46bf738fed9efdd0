"""What analyze_pending reads and writes of stories: the same values by the driver's path as by
Core's, and entity index rows that keep their story's time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from jobs.stories.stage import analyze_pending
from jobs.watch.lists import watch_from_settings
from storage.db import Database
from storage.models import Entry, Source, Story, StoryEntity
from storage.stories import STORY_COLUMNS, load_stories

T0 = datetime(2025, 3, 3, 9, tzinfo=UTC)
WATCH = watch_from_settings([("Jan Leike", [])], ["superalignment"], None)


def add(db: Database, *rows: tuple[str, str, datetime]) -> None:
    """(title, summary, published) rows as entries of one feed."""
    with db.transaction() as s:
        source = s.scalars(select(Source).where(Source.name == "wire")).first()
        if source is None:
            source = Source(name="wire", url="https://wire.example/rss")
            s.add(source)
            s.flush()
        count = len(s.scalars(select(Entry.id)).all())
        for n, (title, summary, published) in enumerate(rows, count):
            url = f"https://wire.example/{n}"
            s.add(
                Entry(
                    source_id=source.id,
                    key=url,
                    url=url,
                    canonical_url=url,
                    title=title,
                    summary=summary,
                    published_at=published,
                    first_seen_at=published + timedelta(minutes=5),
                )
            )


def analyze(db: Database) -> None:
    with db.transaction() as s:
        analyze_pending(s, WATCH, T0 + timedelta(days=40))


def index_times(db: Database) -> dict[str, set[datetime | None]]:
    """Story id → the times its entity index rows hold."""
    with db.session() as s:
        out: dict[str, set[datetime | None]] = {}
        for story_id, when in s.execute(select(StoryEntity.story_id, StoryEntity.published_at)):
            out.setdefault(story_id, set()).add(when)
        return out


def test_index_rows_follow_the_story_to_an_earlier_report(database: Database) -> None:
    add(database, ("Priya Okonjo leaves Cohere for Mistral", "She starts next month.", T0))
    analyze(database)
    # a later report, then an earlier one: the story's time moves only with the second
    add(database, ("Mistral hires Cohere's Priya Okonjo", "", T0 + timedelta(hours=6)))
    analyze(database)
    add(database, ("Cohere's Priya Okonjo is joining Mistral", "", T0 - timedelta(hours=5)))
    analyze(database)
    with database.session() as s:
        stories = {sid: when for sid, when in s.execute(select(Story.id, Story.published_at))}
    assert list(stories.values()) == [T0 - timedelta(hours=5)]
    assert index_times(database) == {sid: {when} for sid, when in stories.items()}


def test_index_rows_keep_their_time_when_a_later_report_joins(database: Database) -> None:
    add(
        database,
        ("Jan Leike resigns from OpenAI", "", T0),
        ("Tomas Brandt quits Anthropic", "", T0 + timedelta(hours=1)),
    )
    analyze(database)
    add(
        database,
        ("Jan Leike has resigned from OpenAI", "", T0 + timedelta(hours=3)),
        ("Anthropic loses Tomas Brandt, who quits", "", T0 - timedelta(hours=2)),
    )
    analyze(database)
    with database.session() as s:
        stories = {sid: when for sid, when in s.execute(select(Story.id, Story.published_at))}
    assert sorted(stories.values()) == [T0 - timedelta(hours=2), T0]
    assert index_times(database) == {sid: {when} for sid, when in stories.items()}


def test_stories_load_from_the_driver_as_core_reads_them(sqlite_db: Database) -> None:
    add(
        sqlite_db,
        ("Jan Leike resigns from OpenAI", "He led superalignment.", T0),
        ("Jan Leike joins Anthropic", "Leike left OpenAI last week.", T0 + timedelta(days=9)),
        ("Priya Okonjo leaves Cohere for Mistral", "", T0 + timedelta(days=1)),
    )
    analyze(sqlite_db)
    with sqlite_db.session() as s:
        columns = [Story.__table__.c[name] for name in STORY_COLUMNS]
        by_core = {row[0]: tuple(row) for row in s.execute(select(*columns))}
        loaded = load_stories(s, list(by_core))
    assert len(loaded) == len(by_core) == 3
    for record in loaded:
        values = tuple(getattr(record, name) for name in STORY_COLUMNS)
        assert values == by_core[record.id]
        assert all(type(v) is type(w) for v, w in zip(values, by_core[record.id], strict=True))
        assert record.published_at.tzinfo is not None
