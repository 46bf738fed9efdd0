"""The config's sources (and the watch list's searches) made to match the database's.

Every command syncs them at its start, so this runs on plain rows (storage.source_rows) and
loads no ORM: read-only commands stay quick.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from jobs.ingest.source_kinds import SourceSpec
from jobs.ingest.sync_check import DISABLED_BY_HAND as DISABLED_BY_HAND
from jobs.ingest.sync_check import REMOVED
from jobs.ingest.sync_check import person_search_specs as person_search_specs
from storage.source_rows import (
    SourceIndex,
    SourceRow,
    disable_sources_except,
    insert_sources,
    update_source,
)

if TYPE_CHECKING:
    from storage.db import Reader

log = logging.getLogger("jobs.ingest.sources")


def sync_config_sources(
    session: Reader,
    specs: list[SourceSpec],
    intervals: dict[str, timedelta],
    *,
    auto_specs: list[SourceSpec] | None = None,
) -> None:
    """Upsert config sources by name; disable (never delete) those the file no longer lists."""
    index = SourceIndex(session)
    new = NewSources(session, index)
    for origin, group in (("config", specs), ("auto", auto_specs or [])):
        keep: set[int] = set()
        for spec in group:
            every = intervals.get(spec.name)
            seconds = int(every.total_seconds()) if every else None
            source = _upsert(session, index, new, spec, origin, seconds)
            if source is not None:
                keep.add(source.id)
        new.insert()
        disable_sources_except(session, origin, {new.ids.get(n, n) for n in keep})


class NewSources:
    """Sources new to the database, inserted together: a new config of 1,000 sources was 1,000
    INSERT statements (~0.2 s of CPU at a first start), now one.

    Each waits in the index under a placeholder id (negative) until `insert`; a later spec that
    would find a waiting one, or ask the database, has them inserted first, so every decision
    is the one the source-by-source inserts made."""

    def __init__(self, session: Reader, index: SourceIndex) -> None:
        self._session = session
        self._index = index
        self._waiting: list[tuple[SourceRow, dict[str, Any]]] = []
        self.ids: dict[int, int] = {}  # placeholder id -> the stored row's id

    def add(self, values: dict[str, Any]) -> SourceRow:
        placeholder = -1 - len(self.ids) - len(self._waiting)
        row = SourceRow(placeholder, values["name"], values["url"], values["kind"],
                        values["query"], values["youtube_channel_id"], values["origin"], True,
                        "never", values["poll_every_seconds"])  # fmt: skip
        self._waiting.append((row, values))
        return self._index.added(row)

    def insert(self) -> None:
        stored = insert_sources(self._session, [values for _, values in self._waiting])
        for waiting, _ in self._waiting:
            source = stored[waiting.url]
            self._index.settled(waiting, source)
            self.ids[waiting.id] = source.id
        self._waiting.clear()

    def needed_by(self, spec: SourceSpec) -> bool:
        """Whether looking `spec` up needs the waiting sources stored first."""
        if not self._waiting:
            return False
        if not self._index.from_memory(spec.name):
            return True
        found = (self._index.by_name(spec.name), self._index.by_url(spec.url))
        return any(source is not None and source.id < 0 for source in found)


def _upsert(
    session: Reader,
    index: SourceIndex,
    new: NewSources,
    spec: SourceSpec,
    origin: str,
    every: int | None,
) -> SourceRow | None:
    if new.needed_by(spec):
        new.insert()
    source = index.by_name(spec.name)
    by_url = index.by_url(spec.url)
    if source is None:
        source = by_url
    elif by_url is not None and by_url.id != source.id:
        log.warning(
            "source %r: %s is already polled as %r; skipped", spec.name, spec.url, by_url.name
        )
        return None
    if source is None:
        values = {**spec_fields(spec), "origin": origin, "poll_every_seconds": every}
        return new.add(values)
    if origin == "auto" and source.origin == "config":
        return source  # the config's own source of that name wins
    old_name, old_url = source.name, source.url
    changes: dict[str, Any] = {}
    if source.url != spec.url:
        changes.update(etag=None, last_modified=None, body_hash=None, next_poll_at=None)
    # a source disabled by hand (`labwatch source disable`) stays disabled across restarts
    held = source.last_status == DISABLED_BY_HAND
    wanted = {**spec_fields(spec), "origin": origin, "enabled": not held, "poll_every_seconds": every}  # fmt: skip
    # unchanged rows are not written
    changes.update(
        {name: value for name, value in wanted.items() if getattr(source, name) != value}
    )
    if source.last_status == REMOVED:
        changes["last_status"] = "never"
    if changes:
        update_source(session, source.id, changes)
        for name, value in changes.items():
            if hasattr(source, name):
                setattr(source, name, value)
    index.moved(source, old_name, old_url)
    return source


def spec_fields(spec: SourceSpec) -> dict[str, object]:
    """The columns a source spec sets."""
    return {
        "name": spec.name,
        "url": spec.url,
        "kind": spec.kind,
        "query": spec.query,
        "youtube_channel_id": spec.youtube_channel_id,
    }
