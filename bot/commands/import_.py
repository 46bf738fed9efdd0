"""`labwatch import opml|watch FILE`: feeds from a feed reader, watch lists from an export."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.app import open_database, parse_pool
from bot.commands.export import file_format
from bot.config import Settings, check_source_url
from jobs.ingest.opml import OpmlError, OpmlFeed, parse_opml
from jobs.ingest.urls import canonical_url
from jobs.watch.file import GuildLists, WatchFileError, parse_watch_file
from storage import watchlists
from storage.db import Database
from storage.source_rows import list_sources

# a dry run reads with Core statements: adding feeds imports the fetcher (httpx), the parse
# workers and the ORM's add_source only once there is something to add
if TYPE_CHECKING:
    from storage.db import Reader

CONCURRENT_ADDS = 4  # each feed is fetched once to check it; a few at a time


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=["opml", "watch"], help="opml: feeds; watch: watch lists")
    parser.add_argument("file", metavar="FILE", help="the OPML file, or the TOML/JSON watch lists")
    parser.add_argument(
        "--guild",
        type=int,
        metavar="ID",
        help="the Discord server the feeds or lists belong to (watch: required unless the "
        "file names its servers)",
    )
    parser.add_argument("--dry-run", action="store_true", help="show what would be added")


def main(args: argparse.Namespace, settings: Settings) -> int:
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        print(f"labwatch: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        if args.what == "opml":
            feeds = parse_opml(data)
        else:
            lists = target_lists(
                parse_watch_file(data.decode("utf-8"), file_format(args.file)), args.guild
            )
    except (OpmlError, WatchFileError, UnicodeDecodeError, ValueError) as exc:
        print(f"labwatch: {args.file}: {exc}", file=sys.stderr)
        return 1
    db = open_database(settings)
    try:
        if args.what == "opml":
            return asyncio.run(import_feeds(db, settings, feeds, args.guild, args.dry_run))
        return import_lists(db, lists, args.dry_run)
    finally:
        db.dispose()


async def import_feeds(
    db: Database, settings: Settings, feeds: list[OpmlFeed], guild_id: int | None, dry_run: bool
) -> int:
    """Add each new feed through add_source (guarded fetch, parse); print a line per feed.

    Feeds are the same when their canonical URLs are (tracking parameters dropped), in the
    file and against the stored sources; a URL that is not http(s) with a host is refused
    before anything else, in a dry run too.
    """
    known_urls, known_names = await db.run(_known_sources, db, settings)
    new: list[OpmlFeed] = []
    refused: list[tuple[OpmlFeed, str]] = []
    in_file: set[str] = set()
    twice = 0
    for feed in feeds:
        try:
            check_source_url(feed.url)
        except ValueError as exc:
            refused.append((feed, str(exc)))
            continue
        url = canonical_url(feed.url)
        twice += url in in_file and url not in known_urls
        if url not in known_urls and url not in in_file:
            new.append(feed)
        in_file.add(url)
    known = len(feeds) - len(new) - len(refused) - twice
    extra = f"{twice} listed twice, " if twice else ""
    extra += f"{len(refused)} refused, " if refused else ""
    print(
        f"{len(feeds)} feed{'' if len(feeds) == 1 else 's'} in the file, {known} already "
        f"watched, {extra}{len(new)} to add"
    )
    for feed, reason in refused:
        print(f"  refused {feed.title}: {reason}")
    if dry_run or not new:
        for feed in new:
            print(f"  would add {feed.title} <{feed.url}>")
        return 1 if refused else 0
    from jobs.ingest.fetch import Fetcher, FetchOptions
    from jobs.ingest.sources import SourceError, add_source

    done, failed = 0, 0
    limit = asyncio.Semaphore(CONCURRENT_ADDS)

    async def add(feed: OpmlFeed) -> None:
        nonlocal done, failed
        name = None if feed.title.casefold() in known_names else feed.title  # None: derived, unique
        async with limit:
            try:
                source = await add_source(
                    db, fetcher, feed.url, name, guild_id, origin="opml", parser=parser
                )
                line = f"added {source.name}"
            except SourceError as exc:
                failed += 1
                line = f"FAILED {feed.title} <{feed.url}>: {exc}"
        done += 1
        print(f"[{done}/{len(new)}] {line}", flush=True)

    with parse_pool(settings) as parser:
        async with Fetcher(FetchOptions.from_settings(settings.http)) as fetcher:
            await asyncio.gather(*(add(feed) for feed in new))
    print(f"{len(new) - failed} added, {failed} failed")
    failed += len(refused)
    if failed:
        print("fix or drop the failed feeds and run the import again (added ones are skipped)")
    return 1 if failed else 0


def _known_sources(db: Database, settings: Settings) -> tuple[set[str], set[str]]:
    """URLs and names already in use: stored sources and the config's (maybe not stored yet)."""
    with db.reading() as conn:
        stored = [(s.url, s.name) for s in list_sources(conn)]
    specs = [source.spec() for source in settings.sources]
    pairs = stored + [(spec.url, spec.name) for spec in specs]
    return {canonical_url(url) for url, _ in pairs}, {name.casefold() for _, name in pairs}


def target_lists(lists: list[GuildLists], guild_id: int | None) -> list[GuildLists]:
    """Where each list goes: --guild moves a one-server file; lists with no server need it."""
    if guild_id is not None:
        if len(lists) > 1:
            raise ValueError(
                f"the file holds {len(lists)} servers' lists; --guild takes a file with one"
            )
        return [GuildLists(guild_id, lists[0].people, lists[0].keywords)]
    if any(g.guild_id is None for g in lists):
        raise ValueError(
            "the file names no Discord server: pass --guild ID (in Discord, right-click the "
            "server → Copy Server ID, with Developer Mode on)"
        )
    return lists


class _DryRun(Exception):
    """Raised to roll the transaction back after a dry run."""


def import_lists(db: Database, lists: list[GuildLists], dry_run: bool) -> int:
    """Add each server's people and keywords that it does not watch yet, in one transaction."""
    failed = 0
    try:
        with db.writing() as conn:  # Core statements: the ORM is not loaded
            for guild in lists:
                added, skipped, problems = import_guild(conn, guild)
                failed += len(problems)
                for problem in problems:
                    print(f"  server {guild.guild_id}: {problem}")
                verb = "would add" if dry_run else "added"
                print(f"server {guild.guild_id}: {verb} {added}, {skipped} already watched")
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return 1 if failed else 0


def import_guild(session: Reader, guild: GuildLists) -> tuple[int, int, list[str]]:
    """Add one server's new people and keywords: (added, already there, problems)."""
    assert guild.guild_id is not None
    people = {p.name.casefold() for p in watchlists.list_people(session, guild.guild_id)}
    words = {k.phrase.casefold() for k in watchlists.list_keywords(session, guild.guild_id)}
    added, skipped, problems = 0, 0, list[str]()
    # (text, aliases or None for a keyword, the names already there)
    items: list[tuple[str, tuple[str, ...] | None, set[str]]]
    items = [(p.name, p.aliases, people) for p in guild.people]
    items += [(k, None, words) for k in guild.keywords]
    for text, aliases, seen in items:
        if text.casefold() in seen:
            skipped += 1
            continue
        try:
            if aliases is None:
                watchlists.add_keyword(session, guild.guild_id, text)
            else:
                watchlists.add_person(session, guild.guild_id, text, aliases)
        except watchlists.WatchListError as exc:
            problems.append(f"{text[:60]}: {exc}")
            continue
        seen.add(text.casefold())
        added += 1
    return added, skipped, problems
