"""`labwatch poll [--source NAME]`: one ingest pass now, with a per-source summary."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from bot.app import open_database
from bot.config import Settings
from jobs.fetch import Fetcher, FetchOptions
from jobs.poll import PollReport, SourceResult, make_parse_pool, poll_sources
from jobs.sources import SourceError, person_search_specs, sync_config_sources
from storage.db import Database
from storage.types import utcnow

HELP = "fetch every source once now and print how each one went"
# a process pool parses on every core, but starting it costs more than a few feeds take
POOL_FROM_SOURCES = 40


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--source", metavar="NAME", help="poll only the source with this name")


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Sync the config's sources, poll, print the summary; exit 0 even when sources fail."""
    db = open_database(settings)
    console = Console()
    try:
        report = asyncio.run(run_poll(settings, db, only=args.source, console=console))
    except SourceError as exc:
        print(f"labwatch: {exc} (see `labwatch sources`)", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    console.print(summary_table(report))
    console.print(summary_line(report))
    return 0


def sync_sources(db: Database, settings: Settings) -> None:
    """Bring the database's config sources (and watch-list searches) in line with the file."""
    specs = [source.spec() for source in settings.sources]
    intervals = {s.name: s.poll_every for s in settings.sources if s.poll_every is not None}
    auto = []
    if settings.watch.news_search_for_people:
        auto = person_search_specs([p.name for p in settings.watch.people_named()])
    with db.transaction() as session:
        sync_config_sources(session, specs, intervals, auto_specs=auto)


async def run_poll(
    settings: Settings, db: Database, *, only: str | None = None, console: Console | None = None
) -> PollReport:
    """The poll stage as the CLI runs it: sync sources, then poll every one (or one) now."""
    await db.run(sync_sources, db, settings)
    with progress_bar(console) as (on_start, on_result):
        async with Fetcher(FetchOptions.from_settings(settings.http)) as fetcher:
            with parse_pool(len(settings.sources)) as pool:
                return await poll_sources(
                    db,
                    fetcher,
                    utcnow(),
                    default_interval=settings.schedule.poll_every,
                    only=only,
                    force=True,
                    progress=on_result,
                    parse_executor=pool,
                    on_start=on_start,
                )


@contextmanager
def parse_pool(sources: int) -> Iterator[Executor | None]:
    """A process pool for many sources (both cores parse), None (a thread) for a few."""
    if sources < POOL_FROM_SOURCES:
        yield None
        return
    with make_parse_pool() as pool:
        yield pool


@contextmanager
def progress_bar(
    console: Console | None,
) -> Iterator[tuple[Callable[[int], None] | None, Callable[[SourceResult], None] | None]]:
    """A rich progress bar on a terminal; nothing when output goes to a file or pipe."""
    if console is None or not console.is_terminal:
        yield None, None
        return
    columns = (TextColumn("polling"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("poll", total=None)

        def on_start(total: int) -> None:
            progress.update(task, total=total)

        def on_result(_result: SourceResult) -> None:
            progress.advance(task)

        yield on_start, on_result


def summary_table(report: PollReport) -> Table:
    """One row per source: status, new entries, HTTP status, time, error."""
    table = Table(title="labwatch poll", title_justify="left")
    for column in ("source", "status", "new", "http", "time", "error"):
        table.add_column(column, justify="right" if column in ("new", "http", "time") else "left")
    for r in sorted(report.results, key=lambda r: (r.status != "error", r.name.casefold())):
        style = "red" if r.status == "error" else "yellow" if r.status == "malformed" else None
        table.add_row(
            r.name, r.status, str(r.new_entries), str(r.http_status or "-"),
            f"{r.seconds:.1f}s", (r.error or "")[:80], style=style,
        )  # fmt: skip
    return table


def summary_line(report: PollReport) -> str:
    """`12 sources: 10 ok, 2 failed; 37 new entries, 3 new videos`."""
    failed = len(report.failed)
    return (
        f"{len(report.results)} sources: {len(report.results) - failed} ok, {failed} failed; "
        f"{len(report.new_entry_ids)} new entries, {len(report.new_video_ids)} new videos"
    )
