"""Whether the config sync (jobs.ingest.config_sync) would change anything: answered from the
stored sources' rows alone, without SQLAlchemy.

A read-only command on a SQLite file (`labwatch sources`, `source list`) reads through
storage.lite when the sync has nothing to write; otherwise it syncs as before. The answer is
cautious: True only where every step of `sync_config_sources` would find its source in memory
(storage.source_rows.SourceIndex answers without asking the database), change no column, skip
no source with a warning, insert nothing and disable nothing. tests/test_lite_reads.py holds
it to the sync itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from jobs.ingest.source_kinds import SourceSpec, google_news_spec

DISABLED_BY_HAND = "disabled"  # a source's last_status after `labwatch source disable`
REMOVED = "removed from config"  # a source's last_status once the config dropped it


def person_search_specs(names: list[str]) -> list[SourceSpec]:
    """A Google News search per watched person (`news_search_for_people`)."""
    return [google_news_spec(f"{name} in the news", name) for name in dict.fromkeys(names)]


def config_in_sync(
    stored: Sequence[Sequence[Any]],
    specs: list[SourceSpec],
    intervals: dict[str, timedelta],
    auto_specs: list[SourceSpec],
) -> bool:
    """True when syncing these specs would leave the stored sources as they are.

    `stored` holds every source's sync columns in storage.source_rows.SourceRow's order: id,
    name, url, kind, query, youtube_channel_id, origin, enabled, last_status,
    poll_every_seconds."""
    by_name: dict[str, Sequence[Any]] = {}
    by_url: dict[str, Sequence[Any]] = {}
    for row in stored:
        key = str(row[1]).lower()
        if not str(row[1]).isascii() or key in by_name:
            return False  # the sync's index would ask the database: let the sync run
        by_name[key] = row
        by_url[row[2]] = row
    kept: dict[str, set[int]] = {"config": set(), "auto": set()}
    for origin, group in (("config", specs), ("auto", auto_specs)):
        for spec in group:
            same = _unchanged(by_name, by_url, spec, origin, intervals.get(spec.name))
            if same is None:
                return False
            kept[origin].add(same[0])
    # what disable_sources_except would disable: an enabled source the config no longer lists
    return not any(row[6] in kept and row[7] and row[0] not in kept[row[6]] for row in stored)


def _unchanged(
    by_name: dict[str, Sequence[Any]],
    by_url: dict[str, Sequence[Any]],
    spec: SourceSpec,
    origin: str,
    every: timedelta | None,
) -> Sequence[Any] | None:
    """The stored row `spec` keeps as it is, or None when the sync would insert, update or
    skip it (a new source, a URL another source polls, a column that differs, a source the
    config had dropped): the steps of config_sync._upsert, in its order."""
    key = spec.name.strip().lower()
    if not key.isascii():
        return None
    row, same_url = by_name.get(key), by_url.get(spec.url)
    if row is None:
        row = same_url
    elif same_url is not None and same_url is not row:
        return None  # another source polls that URL: the sync skips this one with a warning
    if row is None:
        return None  # a new source
    if origin == "auto" and row[6] == "config":
        return row  # the config's own source of that name wins
    seconds = int(every.total_seconds()) if every else None
    wanted = (spec.name, spec.url, spec.kind, spec.query, spec.youtube_channel_id, origin,
              row[8] != DISABLED_BY_HAND, seconds)  # fmt: skip
    have = (row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]), row[9])
    return row if wanted == have and row[8] != REMOVED else None
