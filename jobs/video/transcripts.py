"""Transcript providers (YouTube, a folder of caption files) and fetching the pending ones.

youtube-transcript-api is synchronous and not thread-safe: each worker thread gets its own
instance, and every call runs in a thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from youtube_transcript_api import (
    AgeRestricted,
    CouldNotRetrieveTranscript,
    InvalidVideoId,
    IpBlocked,
    NoTranscriptFound,
    RequestBlocked,
    TranscriptsDisabled,
    VideoUnavailable,
    VideoUnplayable,
    YouTubeTranscriptApi,
)
from youtube_transcript_api.proxies import GenericProxyConfig

from jobs.video.captions import CaptionError, Segment, parse_captions, segments_from_snippets
from jobs.video.moments import entities_for, index_mentions
from jobs.watch.lists import WatchLists
from storage import transcripts as store
from storage.db import Database

log = logging.getLogger(__name__)

CAPTION_SUFFIXES = (".json", ".vtt", ".srt")
FRESH = timedelta(days=2)  # YouTube adds auto-captions some time after upload
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(hours=1)
LONGEST_RETRY = timedelta(hours=24)
FIRST_BLOCK = timedelta(hours=1)
LONGEST_BLOCK = timedelta(hours=24)


class TranscriptError(Exception):
    """A transcript could not be had this time (worth another try later)."""


class NoCaptions(TranscriptError):
    """The video has no captions in the wanted languages (or they are turned off)."""


class VideoGone(TranscriptError):
    """The video cannot be played: removed, private, age-restricted, not a video id."""


class ProviderBlocked(TranscriptError):
    """The provider refuses us altogether (YouTube blocked this IP, or rate limiting)."""


@dataclass(frozen=True)
class Transcript:
    """Caption segments of one video, and their language."""

    segments: list[Segment]
    language: str | None = None


class TranscriptProvider(Protocol):
    """Gets the transcript of a video id; synchronous (called in a worker thread)."""

    name: str

    def fetch(self, video_id: str) -> Transcript: ...


@dataclass
class TranscriptReport:
    """What one round of transcript fetching did."""

    fetched: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (video id, status: why)
    blocked: bool = False
    blocked_until: datetime | None = None


class DirectoryProvider:
    """Reads `<video_id>*.json|.vtt|.srt` caption files from a folder (e.g. yt-dlp's output)."""

    name = "directory"

    def __init__(self, directory: Path, languages: Sequence[str] = ("en",)) -> None:
        self.directory = Path(directory)
        self.languages = [lang.casefold() for lang in languages]

    def fetch(self, video_id: str) -> Transcript:
        path = self.find_file(video_id)
        if path is None:
            raise NoCaptions(f"no caption file for {video_id} in {self.directory}")
        try:
            segments = parse_captions(path.read_bytes(), path.suffix)
        except (OSError, CaptionError) as exc:
            raise TranscriptError(f"{path.name}: {exc}") from exc
        if not segments:
            raise NoCaptions(f"{path.name} holds no captions")
        return Transcript(segments, self._language_of(path))

    def find_file(self, video_id: str) -> Path | None:
        """The best caption file for a video: a wanted language first, then JSON, VTT, SRT."""
        if not self.directory.is_dir():
            return None
        found = [
            p
            for p in self.directory.iterdir()
            if p.suffix.lower() in CAPTION_SUFFIXES
            and (p.stem == video_id or p.name.startswith(video_id + "."))
        ]
        return min(found, key=self._rank, default=None)

    def _rank(self, path: Path) -> tuple[int, int, str]:
        lang = self._language_of(path)
        lang_rank = self.languages.index(lang) if lang in self.languages else len(self.languages)
        return (lang_rank, CAPTION_SUFFIXES.index(path.suffix.lower()), path.name)

    def _language_of(self, path: Path) -> str | None:
        parts = path.name.split(".")
        return parts[-2].casefold() if len(parts) >= 3 else None


class YouTubeProvider:
    """youtube-transcript-api: manual captions preferred over generated, in language order."""

    name = "youtube"

    def __init__(
        self,
        languages: Sequence[str],
        proxy: str | None = None,
        api_factory: Callable[[], Any] | None = None,
    ) -> None:
        self.languages = list(languages)
        self._factory = api_factory or (lambda: make_youtube_api(proxy))
        self._local = threading.local()

    def fetch(self, video_id: str) -> Transcript:
        try:
            listing = self._api().list(video_id)
            chosen = self._choose(listing)
            snippets = chosen.fetch()
        except CouldNotRetrieveTranscript as exc:
            raise map_youtube_error(exc) from exc
        try:
            segments = segments_from_snippets(snippets)
        except CaptionError as exc:
            raise TranscriptError(str(exc)) from exc
        return Transcript(segments, getattr(chosen, "language_code", None))

    def _api(self) -> Any:
        # one instance per worker thread: the library's requests Session is not thread-safe
        api = getattr(self._local, "api", None)
        if api is None:
            api = self._local.api = self._factory()
        return api

    def _choose(self, listing: Any) -> Any:
        try:
            return listing.find_manually_created_transcript(self.languages)
        except NoTranscriptFound:
            return listing.find_generated_transcript(self.languages)


def make_youtube_api(proxy: str | None = None, http_client: Any = None) -> YouTubeTranscriptApi:
    """A YouTubeTranscriptApi, through an http(s) proxy when one is configured."""
    config = GenericProxyConfig(http_url=proxy, https_url=proxy) if proxy else None
    return YouTubeTranscriptApi(proxy_config=config, http_client=http_client)


def map_youtube_error(exc: CouldNotRetrieveTranscript) -> TranscriptError:
    """The library's exception → ours, with its first line as the message."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    message = f"{type(exc).__name__}: {lines[1] if len(lines) > 1 else lines[0] if lines else ''}"
    if isinstance(exc, RequestBlocked | IpBlocked):
        return ProviderBlocked(message)
    if isinstance(exc, NoTranscriptFound | TranscriptsDisabled):
        return NoCaptions(message)
    if isinstance(exc, VideoUnavailable | VideoUnplayable | AgeRestricted | InvalidVideoId):
        return VideoGone(message)
    return TranscriptError(message)


def make_provider(
    kind: str, *, directory: Path, languages: list[str], proxy: str | None
) -> TranscriptProvider | None:
    """The configured provider; "none" → None."""
    if kind == "none":
        return None
    if kind == "directory":
        return DirectoryProvider(directory, languages)
    if kind == "youtube":
        return YouTubeProvider(languages, proxy)
    raise ValueError(f"unknown transcript provider {kind!r}")


async def fetch_pending_transcripts(
    db: Database,
    provider: TranscriptProvider,
    now: datetime,
    *,
    limit: int = 50,
    watch: WatchLists | None = None,
) -> TranscriptReport:
    """Fetch the transcripts that are due, one video at a time, each call in a worker thread."""
    report = TranscriptReport()
    until = await db.run(blocked_until, db, now)
    if until is not None:
        report.blocked, report.blocked_until = True, until
        return report
    pending = await db.run(_load_pending, db, now, limit)
    entities = entities_for(watch)
    for video_id, published_at, attempts in pending:
        try:
            transcript = await asyncio.to_thread(provider.fetch, video_id)
        except ProviderBlocked as exc:
            report.blocked = True
            report.blocked_until = await db.run(_block_provider, db, now, str(exc))
            log.warning(
                "transcripts: %s refused %s (%s); paused until %s",
                provider.name,
                video_id,
                exc,
                report.blocked_until,
                extra={"video_id": video_id, "provider": provider.name},
            )
            break
        except Exception as exc:  # noqa: BLE001 (one bad video must not stop the round)
            error = exc if isinstance(exc, TranscriptError) else TranscriptError(repr(exc))
            status = await db.run(_record_failure, db, video_id, error, published_at, attempts, now)
            log.info(
                "transcripts: %s %s: %s", video_id, status, error, extra={"video_id": video_id}
            )
            report.failed.append((video_id, f"{status}: {error}"))
            continue
        await db.run(_store_transcript, db, video_id, transcript, entities, now)
        report.fetched.append(video_id)
    if report.fetched and not report.blocked:
        await db.run(_clear_block, db)
    return report


def failure_outcome(
    error: TranscriptError, published_at: datetime | None, attempts: int, now: datetime
) -> tuple[str, datetime | None]:
    """(status, next try) after a failed attempt: gone and caption-less videos are not retried,
    except a fresh upload whose auto-captions may still come; other errors a few times."""
    tries = attempts + 1
    later = now + min(FIRST_RETRY * 2 ** (tries - 1), LONGEST_RETRY)
    if isinstance(error, VideoGone):
        return "unavailable", None
    if isinstance(error, NoCaptions):
        fresh = published_at is not None and now - published_at < FRESH
        return ("retry", later) if fresh and tries < MAX_ATTEMPTS else ("none", None)
    return ("retry", later) if tries < MAX_ATTEMPTS else ("failed", None)


def blocked_until(db: Database, now: datetime) -> datetime | None:
    """When the provider's back-off ends, if it is backed off now."""
    with db.session() as session:
        until, _, _ = store.provider_block(session)
    return until if until is not None and until > now else None


def _load_pending(
    db: Database, now: datetime, limit: int
) -> list[tuple[str, datetime | None, int]]:
    with db.session() as session:
        videos = store.pending_videos(session, now, limit)
        return [(v.video_id, v.published_at, v.transcript_attempts) for v in videos]


def _block_provider(db: Database, now: datetime, reason: str) -> datetime:
    with db.transaction() as session:
        _, _, strikes = store.provider_block(session)
        until = now + min(FIRST_BLOCK * 2**strikes, LONGEST_BLOCK)
        store.set_provider_blocked(session, until, reason, strikes + 1)
    return until


def _clear_block(db: Database) -> None:
    with db.transaction() as session:
        store.clear_provider_block(session)


def _record_failure(
    db: Database,
    video_id: str,
    error: TranscriptError,
    published_at: datetime | None,
    attempts: int,
    now: datetime,
) -> str:
    status, next_at = failure_outcome(error, published_at, attempts, now)
    with db.transaction() as session:
        store.mark_transcript(session, video_id, status, str(error)[:500], next_at)
    return status


def _store_transcript(
    db: Database, video_id: str, transcript: Transcript, entities: list, now: datetime
) -> None:
    rows = [(s.start, s.duration, s.text) for s in transcript.segments]
    with db.transaction() as session:
        store.save_segments(session, video_id, rows, language=transcript.language, now=now)
        video = store.video_by_id(session, video_id)
        if video is not None:
            index_mentions(session, video, entities)
