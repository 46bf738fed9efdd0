"""`labwatch sources [--format table|json]`: every source with its health."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import Any

from rich.console import Console, Group

from bot.commands import add_format_argument
from bot.config import Settings
from bot.tables import TableParts, fitted_table, print_fitted
from storage.source_health import SourceHealth

# the database side is imported once there is a database to read (in a folder with none, the
# config's sources are listed without it), and SQLAlchemy and the config sync only where
# storage.lite cannot read the file or the sync has something to write


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_format_argument(parser, "table", "json")


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Print the sources (the config's are synced first, so new ones show as 'never')."""
    if settings.database_missing():  # reading never creates a database file
        rows = [never_polled(s.spec()) for s in settings.sources]
        print(
            json.dumps([health_to_json(h) for h in rows], indent=2)
        ) if args.format == "json" else print_fitted(Console(), *health_parts(rows))
        return 0
    from storage.provider_states import provider_status
    from storage.source_health import list_sources

    read = read_without_sqlalchemy(settings)
    if read is not None:
        read_only, rows, transcripts = read
        if read_only:
            print("note: the database is read-only; sources as last stored", file=sys.stderr)
        return show_sources(args, rows, transcripts)
    from bot.app import open_database, sync_sources

    db = open_database(settings)
    try:
        if db.read_only:  # shown as stored: config changes wait for a writable database
            print("note: the database is read-only; sources as last stored", file=sys.stderr)
        else:
            sync_sources(settings, db)
        with db.reading() as conn:
            rows = list_sources(conn)
            transcripts = provider_status(conn, utcnow())
    finally:
        db.dispose()
    return show_sources(args, rows, transcripts)


def read_without_sqlalchemy(settings: Settings) -> tuple[bool, list[SourceHealth], str | None] | None:  # fmt: skip
    """(read-only file, sources, transcript note) read by storage.lite, or None where SQLAlchemy
    must read: not a SQLite file it can take, or a config sync with something to write."""
    from bot.lite import config_synced, lite_reader
    from storage.provider_states import provider_status
    from storage.source_health import list_sources

    with lite_reader(settings) as lite:
        if lite is None or not (lite.read_only or config_synced(settings, lite)):
            return None
        return lite.read_only, list_sources(lite), provider_status(lite, utcnow())


def show_sources(
    args: argparse.Namespace, rows: list[SourceHealth], transcripts: str | None
) -> int:
    """The list as a table or JSON, and a line when YouTube blocks transcript fetching."""
    if args.format == "json":
        print(json.dumps([health_to_json(h) for h in rows], indent=2))
    else:
        print_fitted(Console(), *health_parts(rows))
    if transcripts:  # blocked transcript fetching is health too (stderr keeps JSON clean)
        print(f"note: {transcripts}", file=sys.stderr if args.format == "json" else sys.stdout)
    return 0


def health_to_json(h: SourceHealth) -> dict[str, Any]:
    """One source as a JSON object (times in ISO 8601 UTC)."""
    return {
        "name": h.name,
        "url": h.url,
        "kind": h.kind,
        "origin": h.origin,
        "enabled": h.enabled,
        "last_status": h.last_status,
        "last_http_status": h.last_http_status,
        "last_error": h.last_error,
        "entries": h.entries,
        "consecutive_failures": h.consecutive_failures,
        "next_poll_at": iso(h.next_poll_at),
        "last_polled_at": iso(h.last_polled_at),
        "last_success_at": iso(h.last_success_at),
    }


def utcnow() -> datetime:
    """storage.types.utcnow, without importing SQLAlchemy's types for it."""
    return datetime.now(UTC)


def iso(when: datetime | None) -> str | None:
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z") if when else None


def health_table(rows: list[SourceHealth]) -> Group:
    """The human view: failing sources stand out; disabled ones are dimmed. Columns empty for
    every source are left out, so the table fits 80 columns."""
    return fitted_table(*health_parts(rows))


def health_parts(
    rows: list[SourceHealth],
) -> TableParts:
    """The source list's title, columns, rows, row styles and right-aligned columns."""
    now = utcnow()
    cells: list[tuple[str, ...]] = [
        (h.name, h.kind, h.last_status, str(h.entries), str(h.consecutive_failures or ""),
         ago(h.last_success_at, now), until(h.next_poll_at, now), (h.last_error or "")[:160])
        for h in rows
    ]  # fmt: skip
    styles = ["dim" if not h.enabled else "red" if h.consecutive_failures else None for h in rows]
    columns = ("name", "kind", "status", "entries", "fails", "last ok", "next", "error")
    title = f"{len(rows)} source{'s' * (len(rows) != 1)}"
    return title, columns, cells, styles, ("entries", "fails")


def never_polled(spec: Any) -> SourceHealth:
    """A config source as it shows before the first poll."""
    return SourceHealth(spec.name, spec.url, spec.kind, "config", True, "never", None, None, 0,
                        0, None, None, None)  # fmt: skip


def ago(when: datetime | None, now: datetime) -> str:
    return "never" if when is None else f"{_span((now - when).total_seconds())} ago"


def until(when: datetime | None, now: datetime) -> str:
    if when is None or when <= now:
        return "now"
    return f"in {_span((when - now).total_seconds())}"


def _span(seconds: float) -> str:
    seconds = max(0, int(seconds))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
