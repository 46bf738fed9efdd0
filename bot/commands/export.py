"""`labwatch export opml|watch FILE`: sources as OPML 2.0, watch lists as TOML or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.app import open_database
from bot.config import Settings
from jobs.ingest.opml import OpmlFeed, write_opml
from jobs.watch.file import GuildLists, PersonEntry, format_watch_file
from storage import watchlists
from storage.db import Database
from storage.source_rows import list_sources
from storage.types import utcnow

FOLDERS = {
    "youtube": "YouTube channels",
    "google_news": "News searches",
    "hacker_news": "News searches",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=["opml", "watch"], help="opml: sources; watch: watch lists")
    parser.add_argument("file", metavar="FILE", help="where to write ('-': standard output)")
    parser.add_argument("--guild", type=int, metavar="ID", help="watch: only this server's lists")
    parser.add_argument(
        "--format", choices=["toml", "json"], help="watch: file format (default: from FILE's name)"
    )


def main(args: argparse.Namespace, settings: Settings) -> int:
    db = open_database(settings)
    try:
        if args.what == "opml":
            feeds = export_feeds(db, settings)
            text = write_opml(feeds, "labwatch sources", utcnow()).decode("utf-8")
            summary = f"{len(feeds)} source{'s' if len(feeds) != 1 else ''}"
        else:
            lists = export_lists(db, args.guild)
            text = format_watch_file(lists, args.format or file_format(args.file), utcnow())
            summary = f"the watch lists of {len(lists)} server{'s' if len(lists) != 1 else ''}"
    finally:
        db.dispose()
    return write_output(args.file, text, summary)


def export_feeds(db: Database, settings: Settings) -> list[OpmlFeed]:
    """Every enabled source in the database, and config sources not polled yet."""
    with db.reading() as conn:  # Core: exporting loads no ORM
        stored = [s for s in list_sources(conn) if s.enabled]
    feeds = {s.url: OpmlFeed(s.name, s.url, FOLDERS.get(s.kind)) for s in stored}
    for source in settings.sources:
        spec = source.spec()
        feeds.setdefault(spec.url, OpmlFeed(spec.name, spec.url, FOLDERS.get(spec.kind)))
    return sorted(feeds.values(), key=lambda f: (f.category or "", f.title.casefold()))


def export_lists(db: Database, guild_id: int | None) -> list[GuildLists]:
    """Each server's people and keywords (only one server's with guild_id)."""
    with db.reading() as conn:
        people = watchlists.list_people(conn, guild_id)
        keywords = watchlists.list_keywords(conn, guild_id)
    guilds = sorted({p.guild_id for p in people} | {k.guild_id for k in keywords})
    return [
        GuildLists(
            guild,
            tuple(PersonEntry(p.name, p.aliases) for p in people if p.guild_id == guild),
            tuple(k.phrase for k in keywords if k.guild_id == guild),
        )
        for guild in guilds
    ]


def file_format(name: str) -> str:
    """json for a .json file, else toml."""
    return "json" if name.lower().endswith(".json") else "toml"


def write_output(name: str, text: str, summary: str) -> int:
    if name == "-":
        sys.stdout.write(text)
        return 0
    try:
        Path(name).write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"labwatch: cannot write {name}: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {summary} to {name}")
    return 0
