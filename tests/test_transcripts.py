"""Transcript providers, error mapping and back-off, fetching pending videos into storage."""

from __future__ import annotations

import json
import shutil
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select
from youtube_transcript_api import (
    AgeRestricted,
    IpBlocked,
    NoTranscriptFound,
    RequestBlocked,
    TranscriptsDisabled,
    VideoUnavailable,
    YouTubeRequestFailed,
)
from youtube_transcript_api._transcripts import FetchedTranscriptSnippet

from jobs.video.options import ProviderOptions
from jobs.video.rounds import fetch_pending_transcripts
from jobs.video.transcripts import (
    DirectoryProvider,
    NoCaptions,
    ProviderBlocked,
    RotatingProxyConfig,
    TranscriptError,
    VideoGone,
    YouTubeProvider,
    make_provider,
    make_youtube_api,
)
from jobs.watch.lists import Person, WatchLists
from storage import transcripts as store
from storage.db import Database
from storage.models import TranscriptSegment, Video, VideoMention
from tests.loopback import LoopbackServer, Reply
from tests.videos import ToYouTube, add_video

CAPTIONS = Path(__file__).parent / "data" / "captions"
SEED_ID = "edhOP4nzY-w"
NOW = datetime(2024, 5, 29, 12, 0, tzinfo=UTC)
WATCH = WatchLists(people=(Person("Jan Leike"), Person("Sam Altman")))


def video(db: Database, video_id: str) -> Video:
    with db.session() as session:
        row = session.get(Video, video_id)
        assert row is not None
        return row


# --- directory provider ---------------------------------------------------------------


def test_directory_provider_prefers_language_then_json(tmp_path: Path) -> None:
    for name in ("edhOP4nzY-w.en.vtt", "edhOP4nzY-w.srt", "edhOP4nzY-w.json"):
        shutil.copy(CAPTIONS / name, tmp_path / name)
    (tmp_path / "edhOP4nzY-w.de.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nhallo\n")
    (tmp_path / "edhOP4nzY-wX.json").write_text("[]")  # another id with this one as prefix
    provider = DirectoryProvider(tmp_path, ["en", "de"])
    assert provider.find_file(SEED_ID) == tmp_path / "edhOP4nzY-w.en.vtt"
    transcript = provider.fetch(SEED_ID)
    assert transcript.language == "en"
    assert transcript.segments[2].text == "that Yan Lea has um signed on with"
    assert DirectoryProvider(tmp_path, ["fr"]).find_file(SEED_ID) == tmp_path / "edhOP4nzY-w.json"


def test_directory_provider_without_a_file_or_with_a_broken_one(tmp_path: Path) -> None:
    provider = DirectoryProvider(tmp_path, ["en"])
    with pytest.raises(NoCaptions):
        provider.fetch("nothing1234")
    (tmp_path / "broken12345.json").write_text("{oops")
    with pytest.raises(TranscriptError):
        provider.fetch("broken12345")
    with pytest.raises(NoCaptions):
        DirectoryProvider(tmp_path / "missing", ["en"]).fetch("nothing1234")


def test_make_provider_kinds(tmp_path: Path) -> None:
    options = ProviderOptions(directory=tmp_path)
    assert isinstance(make_provider("directory", options), DirectoryProvider)
    assert isinstance(make_provider("youtube", options), YouTubeProvider)
    with pytest.raises(ValueError, match="known: youtube, ytdlp, directory"):
        make_provider("ftp", options)


def test_proxy_is_handed_to_the_library() -> None:
    api = make_youtube_api(RotatingProxyConfig("http://user:pw@127.0.0.1:3128", 3))
    session = api._fetcher._http_client
    assert session.proxies == {
        "http": "http://user:pw@127.0.0.1:3128",
        "https": "http://user:pw@127.0.0.1:3128",
    }


# --- youtube provider: a fake api object, and the real library against loopback --------


class FakeTranscript:
    def __init__(self, code: str, generated: bool, text: str) -> None:
        self.language_code, self.is_generated, self.text = code, generated, text

    def fetch(self) -> list[FetchedTranscriptSnippet]:
        return [FetchedTranscriptSnippet(self.text, 1.0, 2.0)]


class FakeListing:
    def __init__(self, manual: dict[str, FakeTranscript], generated: dict[str, FakeTranscript]):
        self.manual, self.generated = manual, generated

    def _find(self, table: dict[str, FakeTranscript], codes: list[str]) -> FakeTranscript:
        for code in codes:
            if code in table:
                return table[code]
        raise NoTranscriptFound("vid", codes, "none")

    def find_manually_created_transcript(self, codes: list[str]) -> FakeTranscript:
        return self._find(self.manual, codes)

    def find_generated_transcript(self, codes: list[str]) -> FakeTranscript:
        return self._find(self.generated, codes)


class FakeApi:
    def __init__(self, outcome: FakeListing | Exception) -> None:
        self.outcome = outcome
        self.calls: list[tuple[str, int]] = []

    def list(self, video_id: str) -> FakeListing:
        self.calls.append((video_id, threading.get_ident()))
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome


def test_manual_captions_are_preferred_in_language_order() -> None:
    listing = FakeListing(
        manual={"de": FakeTranscript("de", False, "manuell")},
        generated={"en": FakeTranscript("en", True, "generated english")},
    )
    provider = YouTubeProvider(["en", "de"], api_factory=lambda: FakeApi(listing))
    transcript = provider.fetch("vid")
    assert transcript.language == "de" and transcript.segments[0].text == "manuell"
    only_generated = FakeListing({}, {"en": FakeTranscript("en", True, "auto")})
    provider = YouTubeProvider(["en"], api_factory=lambda: FakeApi(only_generated))
    assert provider.fetch("vid").segments[0].text == "auto"


@pytest.mark.parametrize(
    ("error", "mapped"),
    [
        (TranscriptsDisabled("vid"), NoCaptions),
        (NoTranscriptFound("vid", ["en"], "no english"), NoCaptions),
        (VideoUnavailable("vid"), VideoGone),
        (AgeRestricted("vid"), VideoGone),
        (RequestBlocked("vid"), ProviderBlocked),
        (IpBlocked("vid"), ProviderBlocked),
        (YouTubeRequestFailed("vid", requests.HTTPError("500 Server Error")), TranscriptError),
    ],
)
def test_library_errors_are_mapped(error: Exception, mapped: type[Exception]) -> None:
    provider = YouTubeProvider(["en"], api_factory=lambda: FakeApi(error))
    with pytest.raises(mapped) as caught:
        provider.fetch("vid")
    assert type(error).__name__ in str(caught.value)
    assert "\n" not in str(caught.value)


def test_one_api_instance_per_thread() -> None:
    made: list[FakeApi] = []

    def factory() -> FakeApi:
        made.append(FakeApi(FakeListing({}, {"en": FakeTranscript("en", True, "x")})))
        return made[-1]

    provider = YouTubeProvider(["en"], api_factory=factory)
    provider.fetch("a")
    provider.fetch("b")
    worker = threading.Thread(target=provider.fetch, args=("c",))
    worker.start()
    worker.join()
    assert len(made) == 2


def loopback_youtube(server: LoopbackServer, player: dict[str, Any], status: int = 200) -> Any:
    html = b'<html><script>var c = {"INNERTUBE_API_KEY": "k3y"};</script></html>'
    server.route("/watch", Reply(status, html, {"content-type": "text/html"}))
    server.route("/youtubei/v1/player", Reply(200, json.dumps(player).encode()))
    xml = b'<transcript><text start="0.4" dur="3.5">so &amp;#39;Yan Lea&amp;#39; has</text>'
    xml += b'<text start="3.0" dur="3.5">signed on</text></transcript>'
    server.route("/api/timedtext", Reply(200, xml, {"content-type": "text/xml"}))
    session = requests.Session()
    session.mount("https://www.youtube.com", ToYouTube(server.url("")))
    return lambda: make_youtube_api(None, http_client=session)


def track(kind: str = "asr") -> dict[str, Any]:
    return {
        "baseUrl": "https://www.youtube.com/api/timedtext?v=vid&lang=en",
        "name": {"runs": [{"text": "English"}]},
        "languageCode": "en",
        "kind": kind,
    }


def test_real_library_against_loopback_fetches_captions(server: LoopbackServer) -> None:
    player = {
        "playabilityStatus": {"status": "OK"},
        "captions": {"playerCaptionsTracklistRenderer": {"captionTracks": [track()]}},
    }
    provider = YouTubeProvider(["en"], api_factory=loopback_youtube(server, player))
    transcript = provider.fetch("vid")
    assert [(s.start, s.text) for s in transcript.segments] == [
        (0.4, "so 'Yan Lea' has"),
        (3.0, "signed on"),
    ]
    assert transcript.segments[0].duration == pytest.approx(2.6)


def test_real_library_against_loopback_maps_blocks_and_missing_captions(
    server: LoopbackServer,
) -> None:
    provider = YouTubeProvider(["en"], api_factory=loopback_youtube(server, {}, status=429))
    with pytest.raises(ProviderBlocked):
        provider.fetch("vid")
    no_tracks = {"playabilityStatus": {"status": "OK"}}
    provider = YouTubeProvider(["en"], api_factory=loopback_youtube(server, no_tracks))
    with pytest.raises(NoCaptions):
        provider.fetch("vid")
    gone = {"playabilityStatus": {"status": "ERROR", "reason": "This video is unavailable"}}
    provider = YouTubeProvider(["en"], api_factory=loopback_youtube(server, gone))
    with pytest.raises(VideoGone):
        provider.fetch("vid")


# --- fetching pending videos into storage ---------------------------------------------


async def test_fetch_stores_segments_index_and_mentions(database: Database, tmp_path: Path) -> None:
    shutil.copy(CAPTIONS / "edhOP4nzY-w.en.vtt", tmp_path)
    add_video(database, SEED_ID, NOW - timedelta(days=1), "Jan Leike joins Anthropic")
    report = await fetch_pending_transcripts(
        database, DirectoryProvider(tmp_path, ["en"]), NOW, watch=WATCH
    )
    assert report.fetched == [SEED_ID] and not report.blocked and report.failed == []
    row = video(database, SEED_ID)
    assert (row.transcript_status, row.transcript_language) == ("ok", "en")
    with database.session() as session:
        segments = session.scalars(select(TranscriptSegment)).all()
        assert len(segments) == 334
        assert store.search_segments(session, ["anthropic"]) == [SEED_ID]
        assert store.search_segments(session, ["anthrop*"]) == [SEED_ID]
        assert store.search_segments(session, ["zebra"]) == []
        mentions = {m.entity: m for m in session.scalars(select(VideoMention))}
    assert mentions["jan leike"].count >= 1
    assert mentions["jan leike"].first_start == pytest.approx(5.6)
    assert mentions["sam altman"].count >= 10
    assert mentions["openai"].count >= 1
    # nothing left to do: a second round fetches nothing
    again = await fetch_pending_transcripts(database, DirectoryProvider(tmp_path, ["en"]), NOW)
    assert again.fetched == []
