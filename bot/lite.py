"""The read-only commands' way to a SQLite file without SQLAlchemy (storage.lite).

Each command asks `lite_reader` first; None means the SQLAlchemy path reads (PostgreSQL, a
database to migrate, a config sync with something to write), exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.config import Settings

if TYPE_CHECKING:
    from jobs.ingest.source_kinds import SourceSpec
    from storage.lite import LiteReader

# a SQLite URL whose file path SQLAlchemy's make_url(...).render_as_string() shows unchanged
# (it escapes '@', ':', '#', '%' and non-ASCII letters; a query string is shown as given)
_PLAIN_SQLITE_URL = re.compile(r"(sqlite(?:\+pysqlite)?):///([A-Za-z0-9_./ -]+)")


@contextmanager
def lite_reader(settings: Settings, *, any_revision: bool = False) -> Iterator[LiteReader | None]:
    """The database file opened by storage.lite, or None where SQLAlchemy must read it (closed
    on exit)."""
    reader = open_reader(settings, any_revision=any_revision)
    try:
        yield reader
    finally:
        if reader is not None:
            reader.close()


def open_reader(settings: Settings, *, any_revision: bool = False) -> LiteReader | None:
    """lite_reader's reader, to be closed by the caller."""
    path = settings.sqlite_file
    if path is None or _PLAIN_SQLITE_URL.fullmatch(settings.raw.storage.url) is None:
        return None  # PostgreSQL, in-memory, or options in the URL: storage.db opens it
    from storage.lite import open_lite

    return open_lite(path, any_revision=any_revision)


def shown_url(settings: Settings) -> str | None:
    """settings.storage_url as make_url(...).render_as_string() shows it, or None where only
    SQLAlchemy can say (tests/test_lite_reads.py compares the two)."""
    path = settings.sqlite_file
    match = _PLAIN_SQLITE_URL.fullmatch(settings.raw.storage.url)
    if path is None or match is None or _PLAIN_SQLITE_URL.fullmatch(f"sqlite:///{path}") is None:
        return None
    return f"{match[1]}:///{path}"


def sync_inputs(
    settings: Settings,
) -> tuple[list[SourceSpec], dict[str, timedelta], list[SourceSpec]]:
    """What the config sync takes: the config's sources, their intervals, the per-person
    searches."""
    from jobs.ingest.sync_check import person_search_specs

    specs = [source.spec() for source in settings.sources]
    intervals = {s.name: s.poll_every for s in settings.sources if s.poll_every is not None}
    auto = []
    if settings.watch.news_search_for_people:
        auto = person_search_specs([p.name for p in settings.watch.people_named()])
    return specs, intervals, auto


def config_synced(settings: Settings, reader: LiteReader) -> bool:
    """True when the config sync would write nothing to this database."""
    from jobs.ingest.sync_check import config_in_sync
    from storage.source_health import sync_rows

    return config_in_sync(sync_rows(reader), *sync_inputs(settings))
