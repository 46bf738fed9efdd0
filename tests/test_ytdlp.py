"""The ytdlp provider: yt-dlp's own processing (subtitle choice, file naming, writing) runs for
real on info dicts shaped like YouTube's answers; only the network extraction is replaced, at
the seam where labwatch hands yt-dlp its options. No network at all."""

from __future__ import annotations

import shlex
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yt_dlp

from bot.cli import main
from jobs.video.options import ProviderOptions, Webshare
from jobs.video.rounds import TranscriptChain, fetch_pending_transcripts
from jobs.video.transcripts import (
    NoCaptions,
    PoTokenNeeded,
    ProviderBlocked,
    ProviderMissing,
    TranscriptError,
    VideoGone,
)
from jobs.video.ytdlp import YtDlpProvider, map_ytdlp_error
from storage.db import Database
from storage.models import Video
from tests.videos import add_video

NOW = datetime(2024, 5, 29, 12, 0, tzinfo=UTC)
# YouTube's auto-captions roll: each cue repeats the line before it
VTT = (
    "WEBVTT\nKind: captions\nLanguage: en\n\n"
    "00:00:01.000 --> 00:00:03.000 align:start position:0%\n"
    "Jan<00:00:01.500><c> Leike</c><00:00:02.000><c> has</c>\n\n"
    "00:00:03.000 --> 00:00:03.010 align:start position:0%\n"
    "Jan Leike has\n \n\n"
    "00:00:03.010 --> 00:00:05.000 align:start position:0%\n"
    "Jan Leike has\nsigned on with Anthropic\n"
)
# a format as YouTube lists it (skip_download: never fetched)
FORMAT = {"format_id": "18", "url": "https://rr1.googlevideo.invalid/videoplayback", "ext": "mp4",
          "vcodec": "avc1.42001E", "acodec": "mp4a.40.2", "width": 640, "height": 360}  # fmt: skip
NO_JS = (
    "[youtube] No supported JavaScript runtime could be found. Only deno is enabled by default; "
    "YouTube extraction without a JS runtime has been deprecated, and some formats may be missing."
)
BOT_CHECK = (
    "[youtube] {id}: Sign in to confirm you’re not a bot. Use --cookies-from-browser or "
    "--cookies for the authentication. See  https://github.com/yt-dlp/yt-dlp/wiki/FAQ"
)
PO_TOKEN = (
    "[youtube] {id}: Some web client subtitles require a PO Token which was not provided. They "
    "will be discarded since they are not downloadable as-is."
)


def youtube_dl(scenario: str, seen: list[dict[str, Any]] | None = None) -> type:
    """A real YoutubeDL whose extraction answers like YouTube in one scenario."""

    # yt-dlp ships no type information, so YoutubeDL is Any to mypy
    class LikeYouTube(yt_dlp.YoutubeDL):  # type: ignore[misc]
        def __init__(self, params: dict[str, Any]) -> None:
            super().__init__(params)
            if seen is not None:
                seen.append(self.params)

        def extract_info(self, url: str, download: bool = True, **kwargs: Any) -> Any:
            vid = url.split("v=")[1]
            if scenario in ("bot", "429", "gone", "age", "rate"):
                message = {
                    "bot": BOT_CHECK,
                    "429": "[youtube] {id}: HTTP Error 429: Too Many Requests",
                    "rate": "[youtube] {id}: Video unavailable. This content isn't available, "
                    "try again later.",
                    "gone": "[youtube] {id}: Private video. Sign in if you've been granted access",
                    "age": "[youtube] {id}: Sign in to confirm your age. This video may be "
                    "inappropriate for some users.",
                }[scenario]
                self.report_error(message.format(id=vid))  # raises DownloadError, as yt-dlp does
            auto: dict[str, Any] = {}
            if scenario == "ok":
                auto = {"en": [{"ext": "json3", "data": "{}"}, {"ext": "vtt", "data": VTT}],
                        "de": [{"ext": "vtt", "data": "WEBVTT\n\n00:01.000 --> 00:02.000\nhallo\n"}]}  # fmt: skip
            if scenario == "po_token":
                self.report_warning(PO_TOKEN.format(id=vid))
            if scenario == "no_js":
                self.report_warning(NO_JS)
            info = {"id": vid, "title": "t", "ext": "mp4", "webpage_url": url,
                    "extractor": "youtube", "extractor_key": "Youtube", "formats": [FORMAT],
                    "subtitles": {}, "automatic_captions": auto}  # fmt: skip
            return self.process_ie_result(info, download=download)

    return LikeYouTube


def provider(scenario: str, **options: Any) -> YtDlpProvider:
    return YtDlpProvider(ProviderOptions(ytdlp_sleep=0, **options), youtube_dl(scenario))


def test_captions_are_written_by_yt_dlp_and_read_by_the_caption_reader() -> None:
    transcript = provider("ok").fetch("aaaaaaaaaaa")
    assert transcript.language == "en"
    assert [(s.start, s.text) for s in transcript.segments] == [
        (1.0, "Jan Leike has"),
        (3.01, "signed on with Anthropic"),
    ]


@pytest.mark.parametrize(
    ("scenario", "error"),
    [
        ("bot", ProviderBlocked),
        ("429", ProviderBlocked),
        ("rate", ProviderBlocked),
        ("po_token", PoTokenNeeded),
        ("no_captions", NoCaptions),
        ("no_js", TranscriptError),  # no JS runtime: never taken for "no captions"
        ("gone", VideoGone),
        ("age", VideoGone),
    ],
)
def test_each_answer_gets_its_status(scenario: str, error: type[Exception]) -> None:
    with pytest.raises(TranscriptError) as caught:
        provider(scenario).fetch("aaaaaaaaaaa")
    assert type(caught.value) is error
    assert str(caught.value).startswith("yt-dlp: ")
    assert "\n" not in str(caught.value)


def test_options_reach_yt_dlp(tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []
    cookies = tmp_path / "cookies.txt"
    cookies.write_text("# Netscape HTTP Cookie File\n")
    options = ProviderOptions(
        languages=("en", "de"),
        proxy_url="http://user:pw@127.0.0.1:3128",
        ytdlp_cookies=cookies,
        ytdlp_po_token_url="http://127.0.0.1:4416",
        ytdlp_sleep=7.5,
    )
    YtDlpProvider(options, youtube_dl("ok", seen)).fetch("aaaaaaaaaaa")
    [params] = seen
    assert params["cookiefile"] == str(cookies)
    assert params["proxy"] == "http://user:pw@127.0.0.1:3128"
    assert params["sleep_interval_requests"] == params["sleep_interval_subtitles"] == 7.5
    assert params["subtitleslangs"] == ["en", "de"] and params["subtitlesformat"] == "vtt"
    assert params["writeautomaticsub"] and params["skip_download"]
    assert params["socket_timeout"] == 20.0
    assert params["extractor_args"] == {
        "youtubepot-bgutilhttp": {"base_url": ["http://127.0.0.1:4416"]}
    }
    webshare = ProviderOptions(webshare=Webshare("me", "secret", ("us",)), proxy_url="http://x:1")
    assert YtDlpProvider(webshare, youtube_dl("ok")).ydl_options(tmp_path, None)["proxy"] == (
        "http://me-US-rotate:secret@p.webshare.io:80/"
    )


def test_unknown_errors_are_plain_failures() -> None:
    error = map_ytdlp_error("ERROR: [youtube] x: Unable to extract initial player response")
    assert type(error) is TranscriptError
    assert str(error) == "yt-dlp: [youtube] x: Unable to extract initial player response"


def test_not_installed_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "yt_dlp", None)  # import yt_dlp now raises ImportError
    with pytest.raises(ProviderMissing, match=r"pip install 'labwatch\[ytdlp\]'"):
        YtDlpProvider(ProviderOptions())
    config = tmp_path / "config.toml"
    config.write_text('[storage]\nurl = "sqlite:///lw.db"\n[transcripts]\nproviders = ["ytdlp"]\n')
    assert main(["--config", str(config), "poll"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"labwatch: {config}: '[transcripts] providers': the ytdlp transcript provider needs "
        "yt-dlp, which is not installed: pip install 'labwatch[ytdlp]'"
    )
    assert main(["doctor", "--config", str(config), "--quick"]) == 1
    assert (
        "FAIL  transcripts: the ytdlp transcript provider needs yt-dlp" in capsys.readouterr().out
    )


async def test_ytdlp_takes_over_when_youtube_is_blocked(database: Database) -> None:
    from tests.test_transcript_chain import CANARY, Scripted

    add_video(database, "aaaaaaaaaaa", NOW - timedelta(days=1))
    youtube = Scripted("youtube", default=ProviderBlocked("IpBlocked: blocked"))
    chain = TranscriptChain((youtube, provider("ok")), CANARY)
    report = await fetch_pending_transcripts(database, chain, NOW)
    assert report.fetched == ["aaaaaaaaaaa"] and report.delivered == {"ytdlp": 1}
    assert report.canary == {"youtube": "blocked: IpBlocked: blocked", "ytdlp": None}
    with database.session() as session:
        row = session.get(Video, "aaaaaaaaaaa")
        assert row is not None and (row.transcript_status, row.transcript_provider) == (
            "ok",
            "ytdlp",
        )


def test_the_documented_cron_line_is_valid_yt_dlp_and_fills_the_directory_provider(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jobs.video.transcripts import DirectoryProvider

    docs = (Path(__file__).parents[1] / "docs" / "transcripts.md").read_text()
    [line] = [ln for ln in docs.splitlines() if ln.startswith("0 * * * * ") and "yt-dlp" in ln]
    command = line.split("&& ", 1)[1].split(";", 1)[0]
    args = shlex.split(command)
    assert args[0] == "yt-dlp"
    monkeypatch.chdir(tmp_path)
    channel = "https://www.youtube.com/channel/UCXZCJLdBC09xxGZ6gcdrc6A/videos"
    (tmp_path / "channels.txt").write_text(channel + "\n")
    parsed = yt_dlp.parse_options(args[1:])  # SystemExit on an unknown option
    opts = parsed.ydl_opts
    assert parsed.urls == [channel]
    assert opts["skip_download"] and opts["writeautomaticsub"] and opts["writesubtitles"]
    assert opts["subtitleslangs"] == ["en"] and opts["subtitlesformat"] == "vtt"
    assert opts["playlistend"] == 5
    # the same options, given to yt-dlp's own processing, write a file the folder provider reads
    out = tmp_path / "captions"
    params = {**opts, "paths": {"home": str(out)}, "quiet": True}
    with youtube_dl("ok")(params) as ydl:
        ydl.extract_info("https://www.youtube.com/watch?v=aaaaaaaaaaa")
    assert sorted(p.name for p in out.iterdir()) == ["aaaaaaaaaaa.en.vtt"]
    text = DirectoryProvider(out, ["en"]).fetch("aaaaaaaaaaa").segments[1].text
    assert text == "signed on with Anthropic"
