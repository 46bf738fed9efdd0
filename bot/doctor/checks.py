"""`labwatch doctor`'s checks of this machine: config, database, transcripts, metrics, sources.

Each check returns findings, one line each: what is so and, when something is wrong, what to
do about it. The Discord checks (token, channel permissions, webhooks) are in doctor_discord.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import ConfigError, Settings, load_settings, parse_listen
from storage.counts import count_store
from storage.provider_states import provider_status
from storage.revisions import script_head, script_revisions
from storage.source_health import list_sources

# `doctor --quick` checks what needs no network, with the migration scripts read as text and,
# on a SQLite file, the database read by storage.lite: the fetcher (httpx), the parse workers,
# the transcript providers, Alembic, SQLAlchemy and the ORM are imported by the checks that
# use them
if TYPE_CHECKING:
    from jobs.ingest.fetch import Fetcher
    from jobs.ingest.parse_pool import ParsePool
    from storage.db import Database
    from storage.lite import AnyReader, LiteReader

    OpenDatabase = Database | LiteReader  # what check_database opened

SOURCE_TIMEOUT = 10.0  # seconds per source: a reachability check, not a full poll
CANARY_TIMEOUT = 60.0  # seconds per transcript provider (yt-dlp sleeps between requests)
MARKS = {"ok": "ok  ", "warn": "warn", "fail": "FAIL"}


@dataclass(frozen=True)
class Finding:
    """One line of the report."""

    level: str  # ok | warn | fail
    area: str
    message: str

    def __str__(self) -> str:
        return f"{MARKS[self.level]}  {self.area}: {self.message}"


def ok(area: str, message: str) -> Finding:
    return Finding("ok", area, message)


def warn(area: str, message: str) -> Finding:
    return Finding("warn", area, message)


def fail(area: str, message: str) -> Finding:
    return Finding("fail", area, message)


def check_config(given: str | None) -> tuple[Settings | None, Finding]:
    """Load the config; the finding names the file (or the defaults in use)."""
    try:
        settings = load_settings(given)
    except ConfigError as exc:
        return None, fail("config", f"{exc} — fix that line and run labwatch doctor again")
    if settings.is_default:
        return settings, warn(
            "config",
            f"no file at {settings.path}; running on the built-in defaults "
            "(labwatch init writes one to edit)",
        )
    return settings, ok("config", f"{settings.path} loads")


def check_database(settings: Settings, quick: bool = False) -> tuple[OpenDatabase | None, Finding]:
    """Open the database without creating or migrating anything; is its schema current?

    --quick reads a SQLite file through storage.lite where it can (no SQLAlchemy import);
    the full doctor opens the database that its later checks use."""
    if quick and (read := _check_lite(settings)) is not None:
        return read
    from sqlalchemy.engine import make_url

    from storage.db import Database, StorageError

    url = make_url(settings.storage_url)
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        problem = _sqlite_file_problem(Path(str(url.database)))
        if problem:
            return None, problem
    try:
        db = Database(settings.storage_url)
        db.check_connection()
    except StorageError as exc:
        return None, fail("database", f"{shown}: {exc} — check [storage] url in the config")
    return db, _schema_finding(db, shown)


def _check_lite(settings: Settings) -> tuple[LiteReader | None, Finding] | None:
    """check_database's answer for a SQLite file storage.lite reads, else None."""
    from bot.lite import open_reader, shown_url

    path, shown = settings.sqlite_file, shown_url(settings)
    if path is None or shown is None:
        return None
    problem = _sqlite_file_problem(path)
    if problem:
        return None, problem
    lite = open_reader(settings, any_revision=True)  # closed by the doctor when done
    if lite is None:
        return None
    try:
        return lite, _schema_finding(lite, shown)
    except BaseException:
        lite.close()
        raise


def _sqlite_file_problem(path: Path) -> Finding | None:
    if not path.parent.is_dir():
        return fail(
            "database", f"folder {path.parent} does not exist: create it or change [storage] url"
        )
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            return fail("database", f"cannot create {path}: the folder is not writable")
        return warn("database", f"no database yet at {path}; labwatch poll or run creates it")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return fail(
            "database",
            f"{path} (or its folder, for the WAL files) is not writable by this user: fix the "
            "owner or permissions",
        )
    return None


@contextmanager
def reading(db: OpenDatabase) -> Iterator[AnyReader]:
    """A reader on what check_database opened."""
    from storage.lite import LiteReader

    if isinstance(db, LiteReader):
        yield db
        return
    with db.reading() as conn:
        yield conn


def close(db: OpenDatabase) -> None:
    """Close what check_database opened."""
    from storage.lite import LiteReader

    db.close() if isinstance(db, LiteReader) else db.dispose()


def _stored_revision(db: OpenDatabase) -> str | None:
    from storage.lite import LiteReader

    if isinstance(db, LiteReader):
        return db.stored_revision()
    from storage.migrate import stored_revision

    return stored_revision(db.engine)


def _schema_finding(db: OpenDatabase, shown: str) -> Finding:
    head = script_head()
    current = _stored_revision(db)
    if current is None:
        return warn("database", f"{shown} is empty; labwatch run or db upgrade creates the tables")
    if current not in script_revisions():
        return fail(
            "database",
            f"{shown} is at revision {current}, which this labwatch does not know: it was "
            "written by a newer version; upgrade labwatch",
        )
    if current != head:
        return warn(
            "database",
            f"{shown} is at revision {current}, newest is {head}: labwatch run upgrades it on "
            "start (or labwatch db upgrade now)",
        )
    with reading(db) as conn:
        counts = count_store(conn)
    stories = sum(counts.stories.values())
    return ok(
        "database",
        f"{shown}: schema current, {counts.entries} entries, {stories} stories, "
        f"{counts.sources_enabled} sources",
    )


def check_transcripts(settings: Settings, db: OpenDatabase | None) -> Finding:
    """The chain can be built (yt-dlp installed, Webshare's secrets both set), the directory
    provider has its folder, and no provider is paused after a block."""
    chain = settings.transcripts.chain()
    if not chain:
        return ok("transcripts", "off ([transcripts] providers = [] or provider = none)")
    from jobs.video.transcripts import ProviderMissing, make_providers

    try:
        make_providers(chain, settings.transcript_options())
    except (ProviderMissing, ConfigError) as exc:
        return fail("transcripts", str(exc))
    if "directory" in chain:
        folder = settings.transcripts_dir
        if not folder.is_dir():
            return fail(
                "transcripts",
                f"folder {folder} does not exist: create it (mkdir -p {folder}) or change "
                "[transcripts] directory",
            )
    status = _provider_status(db)
    if status:
        return warn(
            "transcripts",
            f"{status} — set a rotating residential proxy ([transcripts] proxy_url or Webshare), "
            "or fill the directory provider from a home machine",
        )
    return ok("transcripts", f"{' → '.join(chain)}: {describe_chain(settings, chain)}")


def describe_chain(settings: Settings, chain: list[str]) -> str:
    """What the chain reads from: the folder's files, the proxy, the canary."""
    parts = []
    if "directory" in chain:
        folder = settings.transcripts_dir
        files = sum(1 for p in folder.iterdir() if p.suffix in (".vtt", ".srt", ".json"))
        parts.append(f"reading captions from {folder} ({files} files)")
    options = settings.transcript_options()
    if options.webshare is not None:
        parts.append("through Webshare's rotating proxies")
    elif options.proxy_url:
        rotates = "rotating" if options.proxy_retries else "fixed"
        parts.append(f"through a {rotates} proxy")
    elif set(chain) & {"youtube", "ytdlp"}:
        parts.append("from this machine's own address (no proxy)")
    return ", ".join(parts)


async def check_canary(settings: Settings) -> list[Finding]:
    """Ask every YouTube-facing provider for the canary video: a failure means YouTube blocks
    (or hides captions from) this server. FAIL when no provider of the chain can deliver."""
    chain, video_id = settings.transcripts.chain(), settings.transcripts.canary_video
    if not video_id or not set(chain) & {"youtube", "ytdlp"}:
        return []
    from jobs.video.rounds import canary_answer
    from jobs.video.transcripts import ProviderMissing, make_providers

    try:
        providers = make_providers(chain, settings.transcript_options())
    except (ProviderMissing, ConfigError):
        return []  # check_transcripts has said so
    findings, working = [], 0
    for provider in providers:
        if not provider.asks_youtube:
            working += 1  # a folder never blocks: it delivers what the home machine synced
            continue
        try:
            reason = await asyncio.wait_for(
                asyncio.to_thread(canary_answer, provider, video_id), CANARY_TIMEOUT
            )
        except TimeoutError:
            reason = f"failed: no answer within {CANARY_TIMEOUT:.0f} s"
        area = f"transcripts {provider.name}"
        if reason is None:
            working += 1
            findings.append(ok(area, f"delivers the canary video {video_id}"))
        else:
            findings.append(
                warn(
                    area,
                    f"cannot get the captions of the canary video {video_id} ({reason}): YouTube is "
                    "blocking this server; see docs/transcripts.md",
                )
            )
    if working == 0:
        findings = [dataclasses.replace(f, level="fail") for f in findings]
    return findings


def _provider_status(db: OpenDatabase | None) -> str | None:
    if db is None:
        return None
    try:
        with reading(db) as conn:
            return provider_status(conn, datetime.now(UTC))
    except Exception:  # an empty database has no settings table yet: nothing to report
        return None


async def check_metrics(settings: Settings, quick: bool) -> Finding | None:
    """With [metrics] listen set, /healthz must answer 200 (the health check of a container)."""
    listen = settings.metrics.listen
    if listen is None:
        return None
    import httpx

    from jobs.ingest.fetch import default_user_agent

    host, port = parse_listen(listen)
    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/healthz"
    try:
        headers = {"user-agent": default_user_agent()}
        async with httpx.AsyncClient(trust_env=False, timeout=5, headers=headers) as client:
            response = await client.get(url)
    except httpx.HTTPError as exc:
        level = fail if quick else warn
        why = type(exc).__name__
        return level("metrics", f"nothing answers on {url} ({why}): is labwatch run running?")
    if response.status_code == 200:
        return ok("metrics", f"{url} says healthy")
    detail = "; ".join(response.text.split("\n")[1:]).strip("; ") or f"HTTP {response.status_code}"
    return fail("metrics", f"{url} says unhealthy: {detail}")


def sources_to_check(settings: Settings, db: OpenDatabase | None) -> list[tuple[str, str]]:
    """(name, url) of the config's sources and the enabled stored ones, each URL once."""
    found = {spec.url: spec.name for spec in (s.spec() for s in settings.sources)}
    if db is not None:
        try:
            with reading(db) as conn:
                for source in list_sources(conn):
                    if source.enabled:
                        found.setdefault(source.url, source.name)
        except Exception:  # no tables yet: only the config's sources
            pass
    return [(name, url) for url, name in found.items()]


async def check_sources(settings: Settings, sources: list[tuple[str, str]]) -> list[Finding]:
    """Fetch every source once through the guarded fetcher and parse it; one line per failure."""
    from jobs.ingest.fetch import Fetcher, FetchOptions
    from jobs.ingest.parse_pool import ParsePool

    options = FetchOptions.from_settings(settings.http)
    options = dataclasses.replace(options, timeout=min(options.timeout, SOURCE_TIMEOUT))
    with ParsePool(settings.http.parse_workers, settings.http.parse_timeout) as parser:
        async with Fetcher(options) as fetcher:
            checks = (_check_source(fetcher, parser, n, u) for n, u in sources)
            # one source's unexpected failure is its own finding, never the end of the check
            answers = await asyncio.gather(*checks, return_exceptions=True)
    problems = [
        fail(f"source {name!r}", f"{url}: cannot be checked ({type(a).__name__}: {a})"[:400])
        if isinstance(a, BaseException) else a
        for a, (name, url) in zip(answers, sources, strict=True)
    ]  # fmt: skip
    findings = [p for p in problems if p is not None]
    answered = len(sources) - len(findings)
    summary = f"{answered} of {len(sources)} answer with a readable feed"
    if answered == 0 and len(sources) > 2:
        summary += ": is this machine online (DNS, proxy, firewall)?"
    head = ok("sources", summary) if not findings else warn("sources", summary)
    return [head, *findings]


async def _check_source(fetcher: Fetcher, parser: ParsePool, name: str, url: str) -> Finding | None:
    from jobs.ingest.fetch import FetchError
    from jobs.ingest.parse import FeedParseError

    area = f"source {name!r}"
    try:
        result = await fetcher.get(url)
        await parser.parse(result.body, result.headers, result.final_url)
    except FetchError as exc:
        return fail(area, f"{url}: {exc} — check the URL, or remove the source")
    except FeedParseError as exc:
        return fail(area, f"{url} answers but is not a feed ({exc}) — use the feed's own URL")
    return None
