"""One ingest pass: poll → transcripts → classify and cluster → link moments.

Each stage is its own plain function; this module only runs them in order and passes the
new ids from one to the next. Database work goes to a thread so the event loop keeps answering.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from jobs.ingest.fetch import Fetcher
from jobs.ingest.parse_pool import ParsePool, shared_pool
from jobs.ingest.poll import Claim, PollReport, SourceResult, poll_sources
from jobs.language.classify import Analysis
from jobs.retention import RetentionPolicy, apply_retention, retention_due
from jobs.stories.ahead import Ahead, Text
from jobs.stories.stage import AnalyzeReport, analyze_pending, watch_for_analysis
from jobs.watch.lists import WatchLists
from storage.db import Database, StorageFault
from storage.locks import serialize
from storage.retention import PruneCounts

# transcripts (requests, yt-dlp) and moments (numpy, rapidfuzz) load when a pass has videos or
# stories for them: a warm pass, where every feed answers 304, needs neither
if TYPE_CHECKING:
    from jobs.video.rounds import TranscriptChain, TranscriptReport

log = logging.getLogger(__name__)
ANALYSIS_STEP = 2000  # entries per analysis transaction while the workers still classify


@dataclass
class PassReport:
    """What one pass did, stage by stage."""

    poll: PollReport
    transcripts: TranscriptReport | None
    analysis: AnalyzeReport
    moments_linked: int = 0
    new_story_ids: list[str] = field(default_factory=list)
    pruned: PruneCounts | None = None  # None: retention did not run in this pass


async def run_pass(
    db: Database,
    fetcher: Fetcher,
    chain: TranscriptChain | None,
    watch: WatchLists,
    now: datetime,
    *,
    default_interval: timedelta,
    only: str | None = None,
    force: bool = False,
    progress: Callable[[SourceResult], None] | None = None,
    on_stored: Callable[[int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    parser: ParsePool | None = None,
    retention: RetentionPolicy | None = None,
    claim: Claim | None = None,
) -> PassReport:
    """Run every stage once; a failing source or video is recorded, never fatal to the pass.

    With a `retention` policy, old content is pruned at the end of the first pass of each day.
    """
    # classify what the poll stores while it polls, in the parse workers (both cores)
    ahead_watch = await db.run(load_everyones_watch, db, watch)
    ahead = Ahead(parser or shared_pool(), ahead_watch)
    try:
        poll = await poll_sources(
            db,
            fetcher,
            now,
            default_interval=default_interval,
            only=only,
            force=force,
            progress=progress,
            on_stored=on_stored,
            parser=parser,
            on_start=on_start,
            claim=claim,
            on_texts=ahead.add,
        )
        ahead.flush()
        everyone = await db.run(load_everyones_watch, db, watch)
        transcripts = None
        if chain is not None:  # captions are indexed for every watched name as they arrive
            from jobs.video.rounds import fetch_pending_transcripts

            # a worker's claim covers its videos too: two workers never fetch one transcript
            transcripts = await fetch_pending_transcripts(
                db, chain, now, watch=everyone, claim=claim
            )
        if everyone == ahead.watch:
            analysis = await analyze_as_classified(db, ahead, everyone, now)
        else:  # a server changed its lists meanwhile: classify anew
            ahead.cancel()
            analysis = await db.run(analyze_in_transaction, db, everyone, now, None, ahead.told)
    finally:
        ahead.cancel()
    fetched = list(transcripts.fetched) if transcripts else []
    linked = await db.run(link_in_transaction, db, now, analysis, fetched, everyone)
    pruned = await db.run(retain_in_transaction, db, retention, now) if retention else None
    return PassReport(poll, transcripts, analysis, linked, list(analysis.new_story_ids), pruned)


def retain_in_transaction(
    db: Database, policy: RetentionPolicy, now: datetime
) -> PruneCounts | None:
    """Prune once a day; a failure is logged and never costs the pass its results."""
    try:
        with db.transaction() as session:
            serialize(session, "retention")
            if not retention_due(session, now):
                return None
            counts = apply_retention(session, policy, now)
    except StorageFault:
        raise  # disk full, read-only: the pass stops with one line, like any other stage
    except Exception:
        log.exception("retention failed; it is tried again at the next pass")
        return None
    pruned = {k: v for k, v in dataclasses.asdict(counts).items() if v}
    log.log(
        logging.INFO if pruned else logging.DEBUG,
        "retention: pruned %s",
        ", ".join(f"{v} {k}" for k, v in pruned.items()) or "nothing",
        extra=pruned,
    )
    return counts


def load_everyones_watch(db: Database, watch: WatchLists) -> WatchLists:
    """The config's lists plus every server's additions: stories are shared, digests filter."""
    with db.session() as session:
        return watch_for_analysis(session, watch)


async def analyze_as_classified(
    db: Database, ahead: Ahead, watch: WatchLists, now: datetime
) -> AnalyzeReport:
    """The analysis stage while the parse workers still classify the pass's last entries.

    Each step analyzes as many of the oldest pending entries as have had their texts
    classified (entries are stored, and sent to be classified, oldest first), in a transaction
    of its own; the rest once every job has ended. The stage's work on the event loop's
    process then overlaps the workers' instead of following it on one core. An entry whose
    result is not in yet (stored by another worker, say) is classified by the stage itself.
    """
    report = AnalyzeReport()
    ready = 0
    while not ahead.done:
        ready = await ahead.wait_for(ready + ANALYSIS_STEP)
        if ahead.done or ready <= report.analyzed:
            continue
        most = ready - report.analyzed
        part = await db.run(analyze_in_transaction, db, watch, now, ahead.known, ahead.told, most)
        add_report(report, part)
    add_report(
        report, await db.run(analyze_in_transaction, db, watch, now, ahead.known, ahead.told)
    )
    report.changed_story_ids = [
        s for s in report.changed_story_ids if s not in report.new_story_ids
    ]
    return report


def add_report(total: AnalyzeReport, part: AnalyzeReport) -> None:
    total.analyzed += part.analyzed
    total.new_story_ids.extend(part.new_story_ids)
    total.changed_story_ids.extend(part.changed_story_ids)


def analyze_in_transaction(
    db: Database,
    watch: WatchLists,
    now: datetime,
    known: dict[Text, Analysis] | None = None,
    told: dict[Text, bool] | None = None,
    most: int | None = None,
) -> AnalyzeReport:
    with db.transaction() as session:
        # one analyzer at a time across workers: two folding reports of one event at once
        # would each start a story for it
        serialize(session, "analysis")
        return analyze_pending(session, watch, now, known=known, told=told, most=most)


def link_in_transaction(
    db: Database, now: datetime, analysis: AnalyzeReport, video_ids: list[str], watch: WatchLists
) -> int:
    story_ids = sorted(set(analysis.new_story_ids) | set(analysis.changed_story_ids))
    if not story_ids and not video_ids:
        return 0
    from jobs.video.moments import link_moments

    with db.transaction() as session:
        serialize(session, "analysis")
        linked = 0
        if story_ids:
            linked += link_moments(session, now, story_ids=story_ids, watch=watch)
        if video_ids:
            linked += link_moments(session, now, video_ids=video_ids, watch=watch)
        return linked
