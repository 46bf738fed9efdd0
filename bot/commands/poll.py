"""`labwatch poll [--source NAME]`: one ingest pass now, with a per-source summary."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console, Group
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from bot.app import open_app, run_pass
from bot.config import Settings
from bot.tables import TableParts, fitted_table, print_fitted
from bot.tables import cell as cell  # the poll summary's cells; tests read them from here
from jobs.ingest.poll import PollReport, SourceResult
from jobs.ingest.sources import SourceError
from jobs.pipeline import PassReport
from storage.db import StorageFault


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--source", metavar="NAME", help="poll only the source with this name")


def main(args: argparse.Namespace, settings: Settings) -> int:
    """One full pass now (poll, transcripts, stories, moments); exit 0 even when sources fail."""
    console = Console()
    try:
        report = asyncio.run(run_poll(settings, only=args.source, console=console))
    except SourceError as exc:
        print(f"labwatch: {exc} (see `labwatch sources`)", file=sys.stderr)
        return 2
    except StorageFault as exc:  # one line, not a traceback per source
        print(
            f"labwatch poll: {settings.path}: 'storage.url': the database refused a write: {exc}; "
            "the pass stopped (what was stored before is kept), run it again once fixed",
            file=sys.stderr,
        )
        return 2
    print_fitted(console, *summary_parts(report.poll))
    console.print(summary_line(report))
    note = transcripts_note(report)
    if note:
        console.print(note, markup=False)
    return 0


async def run_poll(
    settings: Settings, *, only: str | None = None, console: Console | None = None
) -> PassReport:
    """The pass as the CLI runs it: every source (or one) now, due or not."""
    async with open_app(settings) as app:
        names = None  # only a progress bar names them: ~0.1 s of ORM rows for 1,000 sources
        if console is not None and console.is_terminal:
            names = await app.db.run(enabled_names, app.db, only)
        with progress_bar(console, names) as (on_start, on_result):
            return await run_pass(app, only=only, force=True, progress=on_result, on_start=on_start)


def enabled_names(db: Any, only: str | None) -> list[str]:
    """The sources a forced pass polls, by name (for the progress bar)."""
    from storage.sources import list_sources

    with db.session() as session:
        names = [s.name for s in list_sources(session) if s.enabled]
    return [n for n in names if only is None or n.casefold() == only.strip().casefold()]


@contextmanager
def progress_bar(
    console: Console | None, names: list[str] | None = None
) -> Iterator[tuple[Callable[[int], None] | None, Callable[[SourceResult], None] | None]]:
    """A rich progress bar on a terminal, naming a source still being waited for; nothing
    when output goes to a file or pipe. Log lines meanwhile print above the bar."""
    if console is None or not console.is_terminal:
        yield None, None
        return
    pending = list(names or [])
    columns = (
        TextColumn("polling"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=console, transient=True) as progress, logs_above(progress):
        task = progress.add_task(waiting_words(pending), total=None)

        def on_start(total: int) -> None:
            progress.update(task, total=total)

        def on_result(result: SourceResult) -> None:
            if result.name in pending:
                pending.remove(result.name)
            progress.update(task, advance=1, description=waiting_words(pending))

        yield on_start, on_result


def waiting_words(pending: list[str]) -> str:
    """ "waiting for The Verge AI (+3 more)": the slow source named."""
    if not pending:
        return ""
    more = f" (+{len(pending) - 1} more)" if len(pending) > 1 else ""
    return f"waiting for {pending[0][:40]}{more}"


@contextmanager
def logs_above(progress: Progress) -> Iterator[None]:
    """Send labwatch's log lines through the bar's console, so they print above the bar
    instead of tearing it."""
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "_labwatch", False)]
    streams = [h.setStream(progress.console.file) for h in handlers]  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for handler, stream in zip(handlers, streams, strict=True):
            handler.setStream(stream)  # type: ignore[attr-defined]


SUMMARY_TITLE = "labwatch poll"
SUMMARY_COLUMNS = ("source", "status", "new", "http", "time", "error")
SUMMARY_RIGHT = ("new", "http", "time")


def summary_table(report: PollReport) -> Group:
    """One row per source: status, new entries, HTTP status, time, error (columns that are
    empty for every source are left out, so the table fits 80 columns)."""
    return fitted_table(*summary_parts(report))


def summary_parts(
    report: PollReport,
) -> TableParts:
    """The summary's title, columns, rows, row styles and right-aligned columns (errors first)."""
    results = sorted(report.results, key=lambda r: (r.status != "error", r.name.casefold()))
    rows: list[tuple[str, ...]] = [
        (r.name, r.status, str(r.new_entries), str(r.http_status or ""), f"{r.seconds:.1f}s",
         (r.error or "")[:160])
        for r in results
    ]  # fmt: skip
    styles = ["red" if r.status == "error" else "yellow" if r.status == "malformed" else None
              for r in results]  # fmt: skip
    return SUMMARY_TITLE, SUMMARY_COLUMNS, rows, styles, SUMMARY_RIGHT


def summary_line(report: PassReport) -> str:
    """`12 sources: 10 ok, 2 failed; 37 new entries, 3 new videos; 2 new stories, ...`."""
    poll = report.poll
    failed = len(poll.failed)
    transcripts = len(report.transcripts.fetched) if report.transcripts else 0
    return (
        f"{count(len(poll.results), 'source')}: {len(poll.results) - failed} ok, {failed} failed; "
        f"{count(len(poll.new_entry_ids), 'new entry', 'new entries')}, "
        f"{count(len(poll.new_video_ids), 'new video')}; "
        f"{count(len(report.new_story_ids), 'new story', 'new stories')}, "
        f"{count(transcripts, 'transcript')}, {count(report.moments_linked, 'moment')} linked"
    )


def count(n: int, one: str, many: str | None = None) -> str:
    """ "1 source", "2 sources", "1 new entry", "3 new entries"."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def transcripts_note(report: PassReport) -> str | None:
    """Which transcript providers YouTube blocked in this pass, and until when; else None."""
    transcripts = report.transcripts
    if transcripts is None or not transcripts.blocked:
        return None
    paused = ", ".join(
        f"{name} paused until {until:%Y-%m-%d %H:%M} UTC"
        for name, until in sorted(transcripts.blocked.items())
    )
    return (
        f"note: YouTube is blocking this server ({paused}); see docs/transcripts.md, "
        "and `labwatch transcripts` for each video"
    )
