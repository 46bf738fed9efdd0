"""`labwatch poll [--source NAME]`: one ingest pass now, with a per-source summary."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from bot.app import open_app, run_pass
from bot.config import Settings
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
    console.print(summary_table(report.poll))
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
        with progress_bar(console) as (on_start, on_result):
            return await run_pass(app, only=only, force=True, progress=on_result, on_start=on_start)


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


def summary_line(report: PassReport) -> str:
    """`12 sources: 10 ok, 2 failed; 37 new entries, 3 new videos; 2 new stories, ...`."""
    poll = report.poll
    failed = len(poll.failed)
    transcripts = len(report.transcripts.fetched) if report.transcripts else 0
    return (
        f"{len(poll.results)} sources: {len(poll.results) - failed} ok, {failed} failed; "
        f"{len(poll.new_entry_ids)} new entries, {len(poll.new_video_ids)} new videos; "
        f"{len(report.new_story_ids)} new stories, {transcripts} transcripts, "
        f"{report.moments_linked} moments linked"
    )


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
