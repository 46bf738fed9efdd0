"""The queries of the read-only commands, as Core statements: the one source of their SQL.

Each is named, and its values are bind parameters named here (`now`, `ids`, ...). On
PostgreSQL (and SQLite when storage.lite cannot take a file) they run as they are; on a SQLite
file the read-only commands run their SQLite text from storage/lite_sql.py instead, so they
never import SQLAlchemy (~0.25 s of their start). That file is written from these statements
(`python -m storage.reads`), and tests/test_lite_reads.py checks that it is what they compile
to and that both paths read the same rows from the same files.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Integer, Select, bindparam, func, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import JSON, TypeEngine

from storage.claims import CLAIMABLE
from storage.schema import (
    entries,
    heartbeats,
    leases,
    moments,
    outbox,
    outbox_messages,
    settings,
    sources,
    stories,
    transcript_segments,
    video_mentions,
    videos,
    watch_people,
)
from storage.schema import settings as settings_table
from storage.source_rows import SourceRow
from storage.types import UTCDateTime
from storage.video_list import VideoRow

LITE_SQL = Path(__file__).with_name("lite_sql.py")

# the columns of the records read, in their order
SOURCE_SYNC_COLUMNS = tuple(f.name for f in fields(SourceRow))
VIDEO_COLUMNS = tuple(f.name for f in fields(VideoRow))

CLAIMED_TABLES = CLAIMABLE  # what `labwatch status` counts (storage.process_rows.CLAIMED)


def _claims(kind: str) -> Callable[[], Select[Any]]:
    def statement() -> Select[Any]:
        c = CLAIMED_TABLES[kind].c
        return (
            select(c.claimed_by, func.count())
            .where(c.claimed_by.is_not(None), c.claimed_until > bindparam("now"))
            .group_by(c.claimed_by)
        )

    return statement


def _live_leases() -> Select[Any]:
    return select(leases.c.holder, leases.c.name).where(leases.c.expires_at > bindparam("now"))


def _live_heartbeats() -> Select[Any]:
    h = heartbeats.c
    return (
        select(h.holder, h.role, h.detail, h.started_at, h.seen_at)
        .where(h.seen_at > bindparam("since"))
        .order_by(h.role)
    )


def _source_health() -> Select[Any]:
    e, s = entries.c, sources.c
    counts = select(e.source_id, func.count().label("n")).group_by(e.source_id).subquery()
    return (
        select(s.name, s.url, s.kind, s.origin, s.enabled, s.last_status, s.last_http_status,
               s.last_error, func.coalesce(counts.c.n, 0), s.consecutive_failures,
               s.next_poll_at, s.last_polled_at, s.last_success_at)
        .outerjoin(counts, counts.c.source_id == s.id)
        .order_by(s.name)
    )  # fmt: skip


def _source_sync_rows() -> Select[Any]:
    return select(*(sources.c[name] for name in SOURCE_SYNC_COLUMNS))


def _transcript_states() -> Select[Any]:
    return select(settings.c.key, settings.c.value).where(settings.c.key.like("transcripts.%.%"))


def _setting() -> Select[Any]:
    return select(settings_table.c.value).where(settings_table.c.key == bindparam("key"))


def _recent_videos() -> Select[Any]:
    v = videos.c
    return (
        select(*(v[name] for name in VIDEO_COLUMNS))
        .order_by(v.published_at.desc().nulls_last(), v.first_seen_at.desc())
        .limit(bindparam("limit", type_=Integer))
    )


def _stories_published_in() -> Select[Any]:
    s = stories.c
    return (
        select(stories)
        .where(s.published_at >= bindparam("since"), s.published_at < bindparam("until"))
        .order_by(s.published_at, s.id)
    )


def _story_reports() -> Select[Any]:
    e = entries.c
    return (
        select(e.story_id, e.title, e.url, e.canonical_url, e.publisher, e.publisher_url,
               sources.c.name.label("source_name"), sources.c.kind.label("source_kind"),
               e.published_at, e.first_seen_at)
        .join(sources, sources.c.id == e.source_id)
        .where(e.story_id.in_(bindparam("ids", expanding=True)))
        .order_by(e.first_seen_at, e.id)
    )  # fmt: skip


def _story_moments() -> Select[Any]:
    m = moments.c
    return (
        select(m.story_id, m.video_id, videos.c.title, m.start, m.text)
        .join(videos, videos.c.video_id == m.video_id)
        .where(m.story_id.in_(bindparam("ids", expanding=True)))
        .order_by(m.story_id, m.score.desc(), m.id)
    )


def _watched_people() -> Select[Any]:
    p = watch_people.c
    return select(p.guild_id, p.name, p.aliases).order_by(p.guild_id, p.id)


def _videos_not_scanned_for() -> Select[Any]:
    v, m = videos.c, video_mentions.c
    scanned = select(m.video_id).where(m.video_id == v.video_id, m.entity == bindparam("entity"))
    return (
        select(*(v[name] for name in VIDEO_COLUMNS))
        .where(v.transcript_status == "ok", ~scanned.exists())
        .order_by(v.published_at.desc().nulls_last(), v.video_id)
        .limit(bindparam("limit", type_=Integer))
    )


def _videos_with_transcripts() -> Select[Any]:
    v = videos.c
    return (
        select(*(v[name] for name in VIDEO_COLUMNS))
        .where(v.transcript_status == "ok")
        .order_by(v.published_at.desc().nulls_last())
    )


def _videos_with_transcripts_among() -> Select[Any]:
    return _videos_with_transcripts().where(videos.c.video_id.in_(_ids("ids")))


def _mentions_of() -> Select[Any]:
    m = video_mentions.c
    return select(m.video_id, m.entity, m.count, m.first_start, m.hits).where(
        m.entity.in_(_ids("entities"))
    )


def _mentions_of_among() -> Select[Any]:
    return _mentions_of().where(video_mentions.c.video_id.in_(_ids("ids")))


def _naming_videos() -> Select[Any]:
    v, m = videos.c, video_mentions.c
    return (
        select(v.video_id, v.title, v.published_at, m.entity, m.hits)
        .join(video_mentions, m.video_id == v.video_id)
        .where(m.entity.in_(_ids("entities")), m.count > 0, v.transcript_status == "ok")
        .order_by(v.published_at.desc().nulls_last(), v.video_id)
    )


def _segment_texts() -> Select[Any]:
    s = transcript_segments.c
    return select(s.video_id, s.seq, s.text).where(
        s.video_id.in_(_ids("video_ids")), s.seq.in_(_ids("seqs"))
    )


def _ids(name: str) -> Any:
    return bindparam(name, expanding=True)


def _count_entries() -> Select[Any]:
    return select(func.count()).select_from(entries)


def _count_sources(failing: bool) -> Callable[[], Select[Any]]:
    def statement() -> Select[Any]:
        s = sources.c
        enabled = s.enabled.is_(True)
        if failing:
            return select(func.count()).where(enabled, s.consecutive_failures > 0)
        return select(func.count()).where(enabled)

    return statement


def _grouped(column: Any) -> Callable[[], Select[Any]]:
    def statement() -> Select[Any]:
        return select(column, func.count()).group_by(column).order_by(column)

    return statement


def _messages_sent() -> Select[Any]:
    return select(func.count()).where(outbox_messages.c.sent_at.is_not(None))


def _last_poll() -> Select[Any]:
    return select(func.max(sources.c.last_polled_at))


STATEMENTS: dict[str, Callable[[], Select[Any]]] = {
    **{f"claims_{kind}": _claims(kind) for kind in CLAIMED_TABLES},
    "live_leases": _live_leases,
    "live_heartbeats": _live_heartbeats,
    "source_health": _source_health,
    "source_sync_rows": _source_sync_rows,
    "transcript_states": _transcript_states,
    "setting": _setting,
    "recent_videos": _recent_videos,
    "stories_published_in": _stories_published_in,
    "story_reports": _story_reports,
    "story_moments": _story_moments,
    "watched_people": _watched_people,
    "videos_not_scanned_for": _videos_not_scanned_for,
    "videos_with_transcripts": _videos_with_transcripts,
    "videos_with_transcripts_among": _videos_with_transcripts_among,
    "mentions_of": _mentions_of,
    "mentions_of_among": _mentions_of_among,
    "naming_videos": _naming_videos,
    "segment_texts": _segment_texts,
    "count_entries": _count_entries,
    "count_sources_enabled": _count_sources(False),
    "count_sources_failing": _count_sources(True),
    "count_stories": _grouped(stories.c.kind),
    "count_videos": _grouped(videos.c.transcript_status),
    "count_outbox": _grouped(outbox.c.status),
    "count_messages_sent": _messages_sent,
    "last_poll": _last_poll,
}


@cache
def statement(name: str) -> Select[Any]:
    """The Core statement of a named query (built once)."""
    return STATEMENTS[name]()


def kind_of(type_: TypeEngine[Any]) -> str | None:
    """How storage.lite converts a value of this type: as SQLAlchemy's SQLite dialect does."""
    if isinstance(type_, UTCDateTime):
        return "utc"
    if isinstance(type_, JSON):
        return "json"
    if isinstance(type_, Boolean):
        return "bool"
    return None


def compiled(name: str) -> tuple[str, tuple[tuple[str, str | None, object], ...], tuple[str | None, ...]]:  # fmt: skip
    """(SQLite text, its parameters in order as (name, kind, fixed value), result kinds).

    A parameter named in the statement is given at run time; one SQLAlchemy made of a literal
    (`like('transcripts.%.%')`) carries its value, already as the driver takes it."""
    stmt = statement(name)
    dialect = sqlite.dialect()
    done = stmt.compile(dialect=dialect)
    params: list[tuple[str, str | None, object]] = []
    for key in done.positiontup or ():
        bind = done.binds[key]
        if bind.unique:  # anonymous: a literal of the statement
            processor = bind.type._cached_bind_processor(dialect)
            value = processor(bind.value) if processor else bind.value
            params.append(("", None, value))
        else:
            params.append((key, kind_of(bind.type), None))
    kinds = tuple(kind_of(column.type) for column in stmt.selected_columns)
    return done.string, tuple(params), kinds


def render_module() -> str:
    """storage/lite_sql.py's text: every statement compiled for SQLite."""
    lines = [
        '"""SQLite text of storage.reads\'s statements, for storage.lite: WRITTEN BY'
        " `python -m storage.reads`,",
        'never by hand (tests/test_lite_reads.py fails when it is not what they compile to)."""',
        "",
        "# name: (SQL, parameters in order as (name, kind, fixed value), result column kinds)",
        "QUERIES: dict[str, tuple[str, tuple[tuple[str, str | None, object], ...], "
        "tuple[str | None, ...]]] = {",
    ]
    for name in STATEMENTS:
        sql, params, kinds = compiled(name)
        lines.append(f"    {name!r}: (")
        lines.append(f"        {sql!r},")
        lines.append(f"        {params!r},")
        lines.append(f"        {kinds!r},")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    LITE_SQL.write_text(render_module())
    print(f"wrote {LITE_SQL}", file=sys.stderr)
