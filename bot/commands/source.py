"""`labwatch source list|add|remove|disable|enable`: sources of every origin, by hand."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.config import Settings, check_source_url

# the database side is imported once there is a database (`source list` in a folder with none
# lists the config's sources without it), and SQLAlchemy and the config sync only where
# storage.lite cannot read the file or the sync has something to write
if TYPE_CHECKING:
    from storage.db import Database

ORIGINS = {
    "config": "config file",
    "discord": "Discord",
    "opml": "OPML import",
    "cli": "command line",
    "auto": "watch list",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, help="what to do (list, add, ...)"
    )
    actions.add_parser("list", help="every source: name, origin, kind, enabled, URL")
    add = actions.add_parser("add", help="add a feed URL or YouTube channel (fetched once first)")
    add.add_argument("name", help="what to call the source")
    add.add_argument("url", help="an http(s) feed URL, a YouTube channel URL or a UC… id")
    for action, text in (
        ("remove", "delete a source added from Discord, the command line or an OPML import"),
        ("disable", "stop polling a source; it keeps its history (any origin)"),
        ("enable", "poll a disabled source again"),
    ):
        sub = actions.add_parser(action, help=text)
        sub.add_argument("name", help="the source's name (labwatch source list)")


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Run one action; a bad name or URL is one line on stderr and exit 2."""
    if args.action == "list" and settings.database_missing():
        return list_config_only(settings)  # reading never creates a database file
    if args.action == "list" and (rows := stored_without_sqlalchemy(settings)) is not None:
        print_rows(rows)
        return 0
    if args.action == "add":
        try:
            check_source_url(args.url) if "://" in args.url else None
        except ValueError as exc:
            return fail(str(exc))
    from bot.app import open_database, sync_sources

    db = open_database(settings)
    try:
        sync_sources(settings, db)
        if args.action == "list":
            return list_sources(db)
        if args.action == "add":
            import asyncio

            return asyncio.run(add(db, settings, args.name, args.url))
        return change(db, settings, args.action, args.name)
    finally:
        db.dispose()


def fail(message: str) -> int:
    print(f"labwatch source: {message}", file=sys.stderr)
    return 2


def list_sources(db: Database) -> int:
    from storage.source_rows import list_sources as stored  # Core: listing loads no ORM

    with db.reading() as conn:
        rows = [(s.name, s.origin, s.kind, s.enabled, s.url) for s in stored(conn)]
    print_rows(rows)
    return 0


def stored_without_sqlalchemy(settings: Settings) -> list[tuple[str, str, str, bool, str]] | None:
    """The stored sources read by storage.lite, or None where SQLAlchemy must read them: not a
    SQLite file it can take, or a config sync with something to write."""
    from bot.lite import config_synced, lite_reader
    from storage.source_health import list_sources as stored

    with lite_reader(settings) as lite:
        if lite is None or not config_synced(settings, lite):
            return None
        return [(s.name, s.origin, s.kind, s.enabled, s.url) for s in stored(lite)]


def list_config_only(settings: Settings) -> int:
    rows = [(s.name, "config", s.spec().kind, True, s.spec().url) for s in settings.sources]
    print_rows(rows)
    return 0


def print_rows(rows: Sequence[tuple[str, str, str, bool, str]]) -> None:
    """Two lines a source, so that long names and URLs never wrap mid-word in 80 columns."""
    count = len(rows)
    print(f"{count} source{'s' * (count != 1)}")
    for name, origin, kind, enabled, url in rows:
        state = "" if enabled else ", disabled"
        print(f"{name}  ({ORIGINS.get(origin, origin)}, {kind}{state})")
        print(f"    {url}")


async def add(db: Database, settings: Settings, name: str, url: str) -> int:
    """Fetch and parse the feed once through the network guard, then store it."""
    from jobs.ingest.fetch import Fetcher, FetchOptions
    from jobs.ingest.sources import SourceError, add_source

    if any(s.name.casefold() == name.strip().casefold() for s in settings.sources):
        return fail(f"the config file already has a source named {name!r}")
    async with Fetcher(FetchOptions.from_settings(settings.http)) as fetcher:
        try:
            source = await add_source(db, fetcher, url, name, None, origin="cli")
        except SourceError as exc:
            return fail(str(exc))
    print(f"added {source.name} ({source.kind}): {source.url}")
    return 0


def change(db: Database, settings: Settings, action: str, name: str) -> int:
    """remove, disable or enable one source."""
    from jobs.ingest.sources import SourceError, remove_source, set_enabled

    try:
        with db.transaction() as session:
            if action == "remove":
                remove_source(session, name, None)
                done = f"removed {name}"
            else:
                source = set_enabled(session, name, action == "enable")
                done = f"{action}d {source.name}"
    except SourceError as exc:
        hint = "; `labwatch source disable` stops polling it" if "config file" in str(exc) else ""
        return fail(f"{exc}{hint}")
    print(done)
    return 0
