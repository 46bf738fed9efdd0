"""Opening what commands need: the database (migrated), the fetcher, the watch lists."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, TypedDict

from bot.config import ConfigError, Settings
from bot.lite import sync_inputs
from bot.watch import global_watch as global_watch
from jobs.watch.lists import WatchLists
from storage.db import Database, StorageError
from storage.locks import serialize
from storage.migrate import upgrade
from storage.types import utcnow

# the network side, the pipeline and its numpy are imported where a pass is opened, so that
# read-only commands (sources, digest, db) start in a fraction of a second
if TYPE_CHECKING:
    from bot.client import LabwatchBot
    from jobs.ingest.fetch import Fetcher
    from jobs.ingest.hosts import SharedHostBudget
    from jobs.ingest.parse_pool import ParsePool
    from jobs.ingest.poll import Claim, SourceResult
    from jobs.metrics import Metrics
    from jobs.pipeline import PassReport
    from jobs.retention import RetentionPolicy
    from jobs.video.rounds import TranscriptChain


def open_database(settings: Settings, migrate: bool = True) -> Database:
    """Open the configured database and bring its schema up to date."""
    where = f"{settings.path}: 'storage.url'"
    try:
        db = Database(settings.storage_url)
        db.check_connection()
        if migrate and db.read_only:
            check_read_only_schema(db)
        elif migrate:
            upgrade(db.engine)
    except StorageError as exc:
        raise StorageError(f"{where}: {exc}") from exc
    except Exception as exc:  # a driver's own error on connect: say which database
        raise StorageError(f"{where}: cannot open the database: {exc}") from exc
    return db


def check_read_only_schema(db: Database) -> None:
    """A read-only database can be read as it is, but never migrated: say so when it is behind."""
    from storage.migrate import script_head, stored_revision

    stored, head = stored_revision(db.engine), script_head()
    if stored != head:
        db.dispose()
        raise StorageError(
            f"the database file is read-only and at schema revision {stored or 'none'}, "
            f"this labwatch needs {head}: run `labwatch db upgrade` where it can be written"
        )


class Extras(TypedDict, total=False):
    """Parts that join a running labwatch later, each with its type."""

    discord_bot: LabwatchBot  # once logged in: delivery sends to channels through it
    metrics: Metrics  # the counters behind /metrics


@dataclass
class App:
    """What a running labwatch holds: settings read once, and the parts built from them.

    `fetcher` and `transcripts` are None where a command opened no network side (`open_app`
    opens both); `extras` holds parts that join while running (the Discord client, metrics).
    """

    settings: Settings
    db: Database
    fetcher: Fetcher | None = None
    transcripts: TranscriptChain | None = None
    parser: ParsePool | None = None  # feeds are parsed here, each under the parse deadline
    watch: WatchLists = field(init=False)
    extras: Extras = field(default_factory=lambda: Extras())

    def __post_init__(self) -> None:
        self.watch = global_watch(self.settings)


def sync_sources(settings: Settings, db: Database) -> None:
    """Make the database's config sources match the file (and the per-person searches)."""
    from jobs.ingest.config_sync import sync_config_sources

    specs, intervals, auto = sync_inputs(settings)
    with db.writing() as conn:
        serialize(conn, "config")  # workers starting together would insert a source twice
        sync_config_sources(conn, specs, intervals, auto_specs=auto)


@contextmanager
def parse_pool(settings: Settings, start: bool = False) -> Iterator[ParsePool]:
    """The worker processes feeds are parsed in (started now, or else at the first feed;
    stopped at exit)."""
    from jobs.ingest.parse_pool import ParsePool

    with ParsePool(settings.http.parse_workers, settings.http.parse_timeout) as pool:
        if start:
            pool.start()
        yield pool


def freeze_startup_heap() -> None:
    """Leave what exists once the app is open out of every later garbage collection.

    A full collection walks every object the collector tracks: ~90,000 at start (modules,
    classes, SQLAlchemy's and httpx's own), and the two or three a poll pass of 1,000 feeds sets
    off each held the event loop (and the GIL) for 60-190 ms. Collected once and frozen, they
    are never walked again (they live as long as the process anyway); whatever is made later is
    collected as before.
    """
    gc.collect()
    gc.freeze()


@asynccontextmanager
async def open_app(
    settings: Settings,
    db: Database | None = None,
    budget: SharedHostBudget | None = None,
    *,
    polls: bool = True,
) -> AsyncIterator[App]:
    """The database (given or opened), one shared fetcher, the transcript chain, synced sources.

    `budget`: what the fetcher and the transcript providers wait for before each request to a
    host (a worker's shared per-host budget, jobs.ingest.hosts); None keeps the limits in this
    process only. `polls`: this process polls feeds, so its parse workers start at once (a
    sender or a gateway starts them only if it ever parses a feed, which it does not)."""
    from jobs.ingest.fetch import Fetcher, FetchOptions

    # a provider that cannot be built: nothing is touched
    chain = transcript_chain(settings, budget.wait if budget is not None else None)
    # the parse workers start first: their imports run on the other core while this process
    # opens the database and syncs the sources (~1 s of a cold `labwatch poll`)
    with parse_pool(settings, start=polls) as pool:
        owned = db is None
        db = db or open_database(settings)
        try:
            await db.run(sync_sources, settings, db)
            options = FetchOptions.from_settings(settings.http)
            async with Fetcher(options, pacer=budget) as fetcher:
                freeze_startup_heap()
                yield App(settings, db, fetcher, chain, pool)
        finally:
            if owned:
                db.dispose()


async def run_pass(
    app: App,
    *,
    only: str | None = None,
    force: bool = False,
    progress: Callable[[SourceResult], None] | None = None,
    on_stored: Callable[[int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    now: datetime | None = None,
    claim: Claim | None = None,
) -> PassReport:
    """One full ingest pass (poll, transcripts, stories, moments) with the app's parts."""
    from jobs.pipeline import run_pass as run_pipeline_pass

    if app.fetcher is None:
        raise RuntimeError("run_pass needs an app from open_app (it has no fetcher)")
    return await run_pipeline_pass(
        app.db,
        app.fetcher,
        app.transcripts,
        app.watch,
        now or utcnow(),
        default_interval=app.settings.schedule.poll_every,
        only=only,
        force=force,
        progress=progress,
        on_stored=on_stored,
        on_start=on_start,
        parser=app.parser,
        retention=retention_policy(app.settings),
        claim=claim,
    )


def transcript_chain(
    settings: Settings, pacer: Callable[[str], None] | None = None
) -> TranscriptChain | None:
    """The configured providers in order (None: no transcripts); a provider that cannot be
    built here is a config error naming the key. `pacer`: what each of their requests waits
    for first (a worker's share of the per-host budget)."""
    names = settings.transcripts.chain()
    if not names:
        return None  # and the transcript stage (requests, numpy) is never imported
    from jobs.video.rounds import TranscriptChain
    from jobs.video.transcripts import ProviderMissing, make_providers

    try:
        providers = make_providers(names, settings.transcript_options(), pacer)
    except ProviderMissing as exc:
        raise ConfigError(f"{settings.path}: '[transcripts] providers': {exc}") from exc
    return TranscriptChain(tuple(providers), settings.transcripts.canary_video or None)


def retention_policy(settings: Settings) -> RetentionPolicy:
    """The `[retention]` settings as the pipeline takes them."""
    from bot.delivery.plan import LOOKBACK  # a digest may reach this far behind its cursor
    from jobs.retention import RetentionPolicy

    keep = settings.raw.retention
    return RetentionPolicy(keep.entries(), keep.transcripts(), LOOKBACK)
