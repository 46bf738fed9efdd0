"""Transcript providers (YouTube, yt-dlp, a folder of caption files) and what their errors mean.

Every provider is synchronous and called in a worker thread, never on the event loop.
youtube-transcript-api is not thread-safe: each worker thread gets its own instance.
The rounds that fetch pending videos through the chain of providers are in `rounds`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests
from youtube_transcript_api import (
    AgeRestricted,
    CouldNotRetrieveTranscript,
    InvalidVideoId,
    IpBlocked,
    NoTranscriptFound,
    PoTokenRequired,
    RequestBlocked,
    TranscriptsDisabled,
    VideoUnavailable,
    VideoUnplayable,
    YouTubeTranscriptApi,
)
from youtube_transcript_api.proxies import GenericProxyConfig, ProxyConfig, WebshareProxyConfig

from jobs.video.captions import CaptionError, Segment, parse_captions, segments_from_snippets
from jobs.video.options import ProviderOptions
from storage.errors import ConfigError, FetchError

log = logging.getLogger(__name__)

CAPTION_SUFFIXES = (".json", ".vtt", ".srt")
# blocks until this process may send its next request to the host (jobs.ingest.hosts)
HostPacer = Callable[[str], None]
PROVIDERS = ("youtube", "ytdlp", "directory")


class TranscriptError(FetchError):
    """A transcript could not be had this time (worth another try later): status "failed"."""


class NoCaptions(TranscriptError):
    """The video has no captions in the wanted languages (or they are turned off)."""


class VideoGone(TranscriptError):
    """The video cannot be played: removed, private, age-restricted, not a video id."""


class ProviderBlocked(TranscriptError):
    """The provider refuses us altogether (YouTube blocked this IP, or rate limiting)."""


class PoTokenNeeded(TranscriptError):
    """YouTube wants a proof-of-origin token for these captions."""


class ProviderMissing(ConfigError, ValueError):
    """A configured provider cannot be built here (an optional package is not installed)."""


@dataclass(frozen=True)
class Transcript:
    """Caption segments of one video, and their language."""

    segments: list[Segment]
    language: str | None = None


class TranscriptProvider(Protocol):
    """Gets the transcript of a video id; synchronous (called in a worker thread).

    `asks_youtube`: the provider talks to YouTube, so it can be blocked and is asked for the
    canary; a provider that does not (a folder) only says "no file yet", never "no captions".
    """

    name: str
    asks_youtube: bool

    def fetch(self, video_id: str) -> Transcript: ...


class DirectoryProvider:
    """Reads `<video_id>*.json|.vtt|.srt` caption files from a folder (e.g. yt-dlp's output)."""

    name = "directory"
    asks_youtube = False

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
    asks_youtube = True

    def __init__(
        self,
        languages: Sequence[str],
        proxy_config: ProxyConfig | None = None,
        api_factory: Callable[[], Any] | None = None,
        timeout: float = 20.0,
        pacer: HostPacer | None = None,
    ) -> None:
        self.languages = list(languages)
        self.proxy_config = proxy_config
        self._factory = api_factory or (
            lambda: make_youtube_api(proxy_config, TimeoutSession(timeout, pacer))
        )
        self._local = threading.local()

    def fetch(self, video_id: str) -> Transcript:
        try:
            listing = self._api().list(video_id)
            chosen = self._choose(listing)
            snippets = chosen.fetch()
        except CouldNotRetrieveTranscript as exc:
            raise map_youtube_error(exc) from exc
        except requests.RequestException as exc:  # a timeout, a proxy that does not answer
            raise TranscriptError(f"{type(exc).__name__}: {first_words(exc)}") from exc
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


class TimeoutSession(requests.Session):
    """A requests Session whose every request has a deadline (the library sets none) and, with
    a `pacer`, first waits for a slot of its host's budget (a worker's `[scale] per_host_rate`,
    shared with the feed polls: jobs.ingest.hosts)."""

    def __init__(self, timeout: float, pacer: HostPacer | None = None) -> None:
        super().__init__()
        self.timeout, self.pacer = timeout, pacer

    def request(self, method: str, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", self.timeout)
        if self.pacer is not None:  # the URL's host: redirects (followed in send) take no slot
            self.pacer(host_of(url))
        return super().request(method, url, *args, **kwargs)


def host_of(url: str | bytes) -> str:
    """A URL's host, lowercase, as the feed fetcher keys its budget (jobs.ingest.fetch)."""
    text = url.decode("ascii", "replace") if isinstance(url, bytes) else url
    return (urlsplit(text).hostname or "").lower()


def first_words(exc: Exception) -> str:
    """An exception's text on one line, at most 200 characters."""
    return " ".join(str(exc).split())[:200]


class RotatingProxyConfig(GenericProxyConfig):
    """A proxy whose exit IP changes per connection: keep-alive off, and a block is retried."""

    def __init__(self, url: str, retries: int) -> None:
        super().__init__(http_url=url, https_url=url)
        self._retries = retries

    @property
    def prevent_keeping_connections_alive(self) -> bool:
        # one kept-alive connection would keep one exit IP, blocked or not
        return True

    @property
    def retries_when_blocked(self) -> int:
        return self._retries


def youtube_proxy_config(options: ProviderOptions) -> ProxyConfig | None:
    """Webshare when its credentials are set, else proxy_url (rotating when retries > 0)."""
    if options.webshare is not None:
        return WebshareProxyConfig(
            proxy_username=options.webshare.username,
            proxy_password=options.webshare.password,
            filter_ip_locations=list(options.webshare.locations),
            retries_when_blocked=options.proxy_retries,
        )
    if not options.proxy_url:
        return None
    if options.proxy_retries > 0:
        return RotatingProxyConfig(options.proxy_url, options.proxy_retries)
    return GenericProxyConfig(http_url=options.proxy_url, https_url=options.proxy_url)


def make_youtube_api(
    proxy_config: ProxyConfig | None = None, http_client: Any = None
) -> YouTubeTranscriptApi:
    """A YouTubeTranscriptApi, through the configured proxy if any, with our User-Agent."""
    if http_client is None:  # our User-Agent on every request, as on feed fetches
        import requests

        from jobs.ingest.fetch import default_user_agent

        http_client = requests.Session()
        http_client.headers["User-Agent"] = default_user_agent()
    return YouTubeTranscriptApi(proxy_config=proxy_config, http_client=http_client)


def map_youtube_error(exc: CouldNotRetrieveTranscript) -> TranscriptError:
    """The library's exception → ours, with its first line as the message."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    message = f"{type(exc).__name__}: {lines[1] if len(lines) > 1 else lines[0] if lines else ''}"
    if isinstance(exc, RequestBlocked | IpBlocked):
        return ProviderBlocked(message)
    if isinstance(exc, PoTokenRequired):
        return PoTokenNeeded(message)
    if isinstance(exc, NoTranscriptFound | TranscriptsDisabled):
        return NoCaptions(message)
    if isinstance(exc, VideoUnavailable | VideoUnplayable | AgeRestricted | InvalidVideoId):
        return VideoGone(message)
    return TranscriptError(message)


def make_provider(
    kind: str, options: ProviderOptions, pacer: HostPacer | None = None
) -> TranscriptProvider:
    """One provider by name; ProviderMissing when its optional package is not installed.
    `pacer`: what each request to YouTube waits for first (a worker's shared per-host budget)."""
    if kind == "directory":
        return DirectoryProvider(options.directory, options.languages)
    if kind == "youtube":
        return YouTubeProvider(
            options.languages,
            youtube_proxy_config(options),
            timeout=options.timeout,
            pacer=pacer,
        )
    if kind == "ytdlp":
        from jobs.video.ytdlp import YtDlpProvider

        return YtDlpProvider(options, pacer=pacer)
    raise ValueError(f"unknown transcript provider {kind!r} (known: {', '.join(PROVIDERS)})")


def make_providers(
    chain: Sequence[str], options: ProviderOptions, pacer: HostPacer | None = None
) -> list[TranscriptProvider]:
    """The configured chain, in order (empty: no transcripts)."""
    return [make_provider(kind, options, pacer) for kind in chain]
