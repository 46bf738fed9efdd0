"""The ytdlp transcript provider: auto-subtitles through yt-dlp's Python API (optional extra).

yt-dlp writes the captions as WebVTT into a private temporary folder; the caption reader that
reads the directory provider's files reads them. Its errors arrive as messages, so their words
decide the status: a bot check is a block, never "no captions".
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jobs.video.options import ProviderOptions
from jobs.video.transcripts import (
    DirectoryProvider,
    HostPacer,
    NoCaptions,
    PoTokenNeeded,
    ProviderBlocked,
    ProviderMissing,
    Transcript,
    TranscriptError,
    VideoGone,
    host_of,
)

MISSING = (
    "the ytdlp transcript provider needs yt-dlp, which is not installed: "
    "pip install 'labwatch[ytdlp]'"
)
# "This content isn't available, try again later" is YouTube's rate limit, not a removed video
BLOCKED_WORDS = (
    "not a bot",
    "http error 429",
    "too many requests",
    "rate-limited",
    "content isn't available",
    "try again later",
)
PO_TOKEN_WORDS = ("po token", "po_token")
GONE_WORDS = (
    "video unavailable",
    "private video",
    "has been removed",
    "members-only",
    "members only",
    "premieres in",
    "this live event",
    "not a valid url",
    "incomplete youtube id",
)


class _Messages:
    """yt-dlp's logger: keeps warnings and errors, whose words tell what went wrong."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def debug(self, message: str) -> None:
        pass

    def info(self, message: str) -> None:
        pass

    def warning(self, message: str) -> None:
        self.warnings.append(message)

    def error(self, message: str) -> None:
        self.warnings.append(message)


def load_youtube_dl() -> Callable[[dict[str, Any]], Any]:
    """yt_dlp.YoutubeDL, or ProviderMissing naming the extra to install."""
    try:
        import yt_dlp
    except ImportError:
        raise ProviderMissing(MISSING) from None
    factory: Callable[[dict[str, Any]], Any] = yt_dlp.YoutubeDL
    return factory


class YtDlpProvider:
    """Auto-subtitles (or uploaded ones) in the wanted languages, as VTT, through yt-dlp."""

    name = "ytdlp"
    asks_youtube = True

    def __init__(
        self,
        options: ProviderOptions,
        ydl_factory: Callable[[dict[str, Any]], Any] | None = None,
        pacer: HostPacer | None = None,
    ) -> None:
        self.options, self.pacer = options, pacer
        self._factory = ydl_factory or load_youtube_dl()

    def ydl_options(self, folder: Path, logger: Any) -> dict[str, Any]:
        """yt-dlp's parameters: captions only, into `folder`, with cookies, proxy and sleeps."""
        o = self.options
        params: dict[str, Any] = {
            "skip_download": True,
            "writesubtitles": True,
            "writeautomaticsub": True,
            "subtitleslangs": list(o.languages),
            "subtitlesformat": "vtt",
            "outtmpl": {"default": str(folder / "%(id)s.%(ext)s")},
            "paths": {"home": str(folder)},
            "noplaylist": True,
            "ignore_no_formats_error": True,  # no playable formats still has captions
            "quiet": True,
            "noprogress": True,
            "logger": logger,
            "sleep_interval_requests": o.ytdlp_sleep,
            "sleep_interval_subtitles": o.ytdlp_sleep,
            "socket_timeout": o.timeout,
        }
        if o.ytdlp_cookies is not None:
            params["cookiefile"] = str(o.ytdlp_cookies)
        proxy = o.proxy_for_ytdlp()
        if proxy:
            params["proxy"] = proxy
        if o.ytdlp_po_token_url:
            # the bgutil PO-token provider plugin's HTTP server
            params["extractor_args"] = {
                "youtubepot-bgutilhttp": {"base_url": [o.ytdlp_po_token_url]}
            }
        return params

    def fetch(self, video_id: str) -> Transcript:
        with tempfile.TemporaryDirectory(prefix="labwatch-ytdlp-") as tmp:
            folder, messages = Path(tmp), _Messages()
            try:
                with self._factory(self.ydl_options(folder, messages)) as ydl:
                    if self.pacer is not None:
                        pace_requests(ydl, self.pacer)
                    info = ydl.extract_info(f"https://www.youtube.com/watch?v={video_id}")
            except Exception as exc:  # noqa: BLE001 (yt-dlp raises many kinds; its words decide)
                raise map_ytdlp_error(str(exc)) from exc
            reader = DirectoryProvider(folder, self.options.languages)
            if reader.find_file(video_id) is None:
                raise self._no_file(video_id, info, messages.warnings)
            try:
                return reader.fetch(video_id)
            except NoCaptions:
                raise
            except TranscriptError as exc:
                raise TranscriptError(f"yt-dlp's captions: {exc}") from exc

    def _no_file(self, video_id: str, info: Any, warnings: list[str]) -> TranscriptError:
        joined = " ".join(warnings)
        if any(word in joined.lower() for word in PO_TOKEN_WORDS):
            return PoTokenNeeded(f"yt-dlp: {first_line(joined)}")
        error = map_ytdlp_error(joined) if warnings else None
        if isinstance(error, ProviderBlocked):
            return error
        if "javascript runtime" in joined.lower():
            # YouTube without a JS runtime hides things: not to be taken as "no captions"
            return TranscriptError(
                "yt-dlp: no captions found, and no JavaScript runtime: install deno "
                "(or name another runtime to yt-dlp)"
            )
        langs = ", ".join(self.options.languages)
        return NoCaptions(f"yt-dlp: {video_id} has no captions in {langs}")


def pace_requests(ydl: Any, pacer: HostPacer) -> None:
    """Every request of this YoutubeDL (the extractor's pages and the caption downloads all go
    through its `urlopen`) waits for a slot of its host's budget first."""
    send = ydl.urlopen

    def paced(request: Any, *args: Any, **kwargs: Any) -> Any:
        url = request if isinstance(request, str) else getattr(request, "url", "")
        pacer(host_of(url))
        return send(request, *args, **kwargs)

    ydl.urlopen = paced


def map_ytdlp_error(message: str) -> TranscriptError:
    """yt-dlp's error message → our status: blocked, PO token, gone, or a plain failure."""
    lowered = message.lower().replace("’", "'")
    text = f"yt-dlp: {first_line(message)}"
    if "confirm your age" in lowered:
        return VideoGone(text)
    if any(word in lowered for word in BLOCKED_WORDS) or "sign in to confirm you" in lowered:
        return ProviderBlocked(text)
    if any(word in lowered for word in PO_TOKEN_WORDS):
        return PoTokenNeeded(text)
    if any(word in lowered for word in GONE_WORDS):
        return VideoGone(text)
    return TranscriptError(text)


def first_line(message: str) -> str:
    """The first non-empty line without yt-dlp's "ERROR: " prefix, at most 300 characters."""
    lines = [ln.strip() for ln in message.splitlines() if ln.strip()]
    return (lines[0] if lines else "no message").removeprefix("ERROR: ")[:300]
