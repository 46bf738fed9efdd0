"""The provider chain: fall-through, honest statuses, per-provider back-off and the canary,
with the real youtube provider answering from a loopback YouTube (blocked, captions off,
PO token required, working) and scripted providers for the rest."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from jobs.video.rounds import (
    MAX_ATTEMPTS,
    NO_CAPTIONS_RECHECK,
    Attempt,
    TranscriptChain,
    fetch_pending_transcripts,
    video_outcome,
)
from jobs.video.transcripts import (
    DirectoryProvider,
    NoCaptions,
    PoTokenNeeded,
    ProviderBlocked,
    RotatingProxyConfig,
    Transcript,
    TranscriptError,
    VideoGone,
    YouTubeProvider,
    make_youtube_api,
)
from storage import transcripts as store
from storage.db import Database
from storage.models import Video
from tests.loopback import LoopbackServer, Reply, Request
from tests.videos import ToYouTube, add_video

CAPTIONS = Path(__file__).parent / "data" / "captions"
SEED_ID = "edhOP4nzY-w"
CANARY = "canary12345"
NOW = datetime(2024, 5, 29, 12, 0, tzinfo=UTC)


def video(db: Database, video_id: str) -> Video:
    with db.session() as session:
        row = session.get(Video, video_id)
        assert row is not None
        return row


class Scripted:
    """A provider that answers from a table: video id → exception or "ok"; default for others."""

    def __init__(
        self,
        name: str,
        answers: dict[str, Any] | None = None,
        default: Any = "ok",
        youtube: bool = True,
    ) -> None:
        self.name, self.asks_youtube = name, youtube
        self.answers, self.default = answers or {}, default
        self.asked: list[str] = []
        self.threads: list[int] = []

    def fetch(self, video_id: str) -> Transcript:
        self.asked.append(video_id)
        self.threads.append(threading.get_ident())
        answer = self.answers.get(video_id, self.default)
        if isinstance(answer, Exception):
            raise answer
        return DirectoryProvider(CAPTIONS, ["en"]).fetch(SEED_ID)


def chain(*providers: Any, canary: str | None = None) -> TranscriptChain:
    return TranscriptChain(tuple(providers), canary)


# --- the real youtube provider against a loopback YouTube -------------------------------


WATCH_OK = b'<html><script>var c = {"INNERTUBE_API_KEY": "k3y"};</script></html>'
RECAPTCHA = b'<html><form><div class="g-recaptcha" data-sitekey="x"></div></form></html>'
TIMEDTEXT = (
    b'<transcript><text start="0.4" dur="3.5">Jan Leike has</text>'
    b'<text start="3.0" dur="3.5">signed on</text></transcript>'
)


class FakeYouTube:
    """Answers like YouTube for each video id: "ok", "blocked" (a reCAPTCHA page), "bot" (the
    player's "Sign in to confirm you're not a bot"), "no_captions", "po_token" (caption URLs
    with &exp=xpe) or "gone"; `blocks_left` reCAPTCHA pages are served before anything else."""

    def __init__(self, server: LoopbackServer, prefix: str = "") -> None:
        self.server, self.blocks_left = server, 0
        self.mode: dict[str, str] = {}  # video id → how YouTube answers for it
        self.watch_hits: list[Request] = []
        server.route(f"{prefix}/watch", self.watch)
        server.route(f"{prefix}/youtubei/v1/player", self.player)
        server.route(f"{prefix}/api/timedtext", Reply(200, TIMEDTEXT, {"content-type": "text/xml"}))
        self.prefix = prefix

    def watch(self, request: Request) -> Reply:
        self.watch_hits.append(request)
        vid = request.path.split("v=")[1].split("&")[0]
        if self.blocks_left > 0 or self.mode.get(vid) == "blocked":
            self.blocks_left -= 1
            return Reply(200, RECAPTCHA, {"content-type": "text/html"})
        return Reply(200, WATCH_OK, {"content-type": "text/html"})

    def player(self, request: Request) -> Reply:
        vid = json.loads(request.body)["videoId"]
        mode = self.mode.get(vid, "ok")
        url = f"https://www.youtube.com/api/timedtext?v={vid}&lang=en"
        track = {
            "baseUrl": url + "&exp=xpe" if mode == "po_token" else url,
            "name": {"runs": [{"text": "English"}]},
            "languageCode": "en",
            "kind": "asr",
        }
        body: dict[str, Any] = {"playabilityStatus": {"status": "OK"}}
        if mode == "bot":
            reason = "Sign in to confirm you’re not a bot"
            body = {"playabilityStatus": {"status": "LOGIN_REQUIRED", "reason": reason}}
        elif mode == "gone":
            reason = "This video is unavailable"
            body = {"playabilityStatus": {"status": "ERROR", "reason": reason}}
        elif mode != "no_captions":
            body["captions"] = {"playerCaptionsTracklistRenderer": {"captionTracks": [track]}}
        return Reply(200, json.dumps(body).encode(), {"content-type": "application/json"})


def youtube_on(server: LoopbackServer, proxy: RotatingProxyConfig | None = None) -> YouTubeProvider:
    """The real provider, its requests sent to the loopback server (or through it as a proxy)."""

    def api() -> Any:
        session = requests.Session()
        session.trust_env = False
        # through a proxy the request line carries the absolute http://www.youtube.com URL
        session.mount(
            "https://www.youtube.com",
            ToYouTube("http://www.youtube.com" if proxy else server.url("")),
        )
        return make_youtube_api(proxy, http_client=session)

    return YouTubeProvider(["en"], proxy, api_factory=api)


def test_real_youtube_provider_tells_each_answer_apart(server: LoopbackServer) -> None:
    fake = FakeYouTube(server)
    fake.mode = {"blocked1234": "blocked", "botcheck123": "bot", "nocaps12345": "no_captions",
                 "potoken1234": "po_token", "gone1234567": "gone"}  # fmt: skip
    provider = youtube_on(server)
    assert [s.text for s in provider.fetch("working123").segments] == ["Jan Leike has", "signed on"]
    expected = {"blocked1234": ProviderBlocked, "botcheck123": ProviderBlocked,
                "nocaps12345": NoCaptions, "potoken1234": PoTokenNeeded, "gone1234567": VideoGone}  # fmt: skip
    for video_id, error in expected.items():
        with pytest.raises(error) as caught:
            provider.fetch(video_id)
        assert type(caught.value) is error  # a block is never "no captions", and so on


def test_rotating_proxy_gets_a_new_connection_and_retries_a_block(server: LoopbackServer) -> None:
    # the loopback server is the proxy: requests arrive in absolute form, keep-alive is off, and
    # two reCAPTCHA pages (two blocked exit IPs) are retried until a third one answers
    fake = FakeYouTube(server, prefix="http://www.youtube.com")
    fake.blocks_left = 2
    provider = youtube_on(server, RotatingProxyConfig(server.url(""), retries=5))
    assert provider.fetch("working123").segments[0].text == "Jan Leike has"
    assert len(fake.watch_hits) == 3
    assert all(hit.headers.get("connection") == "close" for hit in fake.watch_hits)
    # with fewer retries than blocks the block is reported, as a block
    fake.blocks_left, fake.watch_hits = 5, []
    provider = youtube_on(server, RotatingProxyConfig(server.url(""), retries=2))
    with pytest.raises(ProviderBlocked):
        provider.fetch("working123")
    assert len(fake.watch_hits) == 2


async def test_chain_with_real_youtube_blocked_falls_through_to_the_folder(
    database: Database, server: LoopbackServer, tmp_path: Path
) -> None:
    fake = FakeYouTube(server)
    fake.mode = {vid: "blocked" for vid in ("aaaaaaaaaaa", "bbbbbbbbbbb", CANARY)}
    (tmp_path / "aaaaaaaaaaa.en.vtt").write_bytes((CAPTIONS / f"{SEED_ID}.en.vtt").read_bytes())
    add_video(database, "aaaaaaaaaaa", NOW - timedelta(days=1))
    add_video(database, "bbbbbbbbbbb", NOW - timedelta(days=2))
    folder = DirectoryProvider(tmp_path, ["en"])
    report = await fetch_pending_transcripts(
        database, chain(youtube_on(server), folder, canary=CANARY), NOW
    )
    assert report.fetched == ["aaaaaaaaaaa"] and report.delivered == {"directory": 1}
    assert report.blocked == {"youtube": NOW + timedelta(hours=1)}
    assert report.canary["youtube"] is not None and report.canary["youtube"].startswith("blocked")
    assert (video(database, "aaaaaaaaaaa").transcript_provider) == "directory"
    # blocked at the canary: YouTube is not asked for the videos at all this round
    assert [h.path.split("v=")[1] for h in fake.watch_hits] == [CANARY]
    b = video(database, "bbbbbbbbbbb")
    assert (b.transcript_status, b.transcript_provider) == ("blocked", "youtube")
    assert b.transcript_next_at == NOW + timedelta(hours=1)
    with database.session() as session:
        line = store.provider_status(session, NOW)
    assert line is not None and line.startswith("YouTube is blocking this server; see docs")
    assert "IpBlocked" in line


# --- statuses and back-off ------------------------------------------------------------


async def test_chain_falls_through_and_records_who_delivered(database: Database) -> None:
    add_video(database, "aaaaaaaaaaa", NOW - timedelta(days=1))
    add_video(database, "bbbbbbbbbbb", NOW - timedelta(days=2))
    add_video(database, "ccccccccccc", NOW - timedelta(days=3))
    youtube = Scripted("youtube", {"aaaaaaaaaaa": PoTokenNeeded("PoTokenRequired: x"),
                                   "bbbbbbbbbbb": TranscriptError("HTTP 500")})  # fmt: skip
    ytdlp = Scripted("ytdlp", {"bbbbbbbbbbb": TranscriptError("timeout")})
    folder = Scripted("directory", youtube=False)
    report = await fetch_pending_transcripts(database, chain(youtube, ytdlp, folder), NOW)
    assert sorted(report.fetched) == ["aaaaaaaaaaa", "bbbbbbbbbbb", "ccccccccccc"]
    assert report.delivered == {"youtube": 1, "ytdlp": 1, "directory": 1}
    assert video(database, "aaaaaaaaaaa").transcript_provider == "ytdlp"
    assert video(database, "bbbbbbbbbbb").transcript_provider == "directory"
    assert video(database, "ccccccccccc").transcript_provider == "youtube"
    assert ytdlp.asked == ["aaaaaaaaaaa", "bbbbbbbbbbb"]  # only where youtube failed
    assert threading.get_ident() not in youtube.threads  # never on the event loop's thread


async def test_a_block_never_marks_a_video_caption_less(database: Database) -> None:
    add_video(database, "aaaaaaaaaaa", NOW - timedelta(days=1))
    add_video(database, "bbbbbbbbbbb", NOW - timedelta(days=2))
    youtube = Scripted("youtube", default=ProviderBlocked("IpBlocked: blocked"))
    folder = Scripted("directory", default=NoCaptions("no caption file"), youtube=False)
    report = await fetch_pending_transcripts(database, chain(youtube, folder), NOW)
    assert report.blocked == {"youtube": NOW + timedelta(hours=1)}
    assert youtube.asked == ["aaaaaaaaaaa"]  # paused at its first block, for the whole round
    # neither is marked caption-less on the folder's "no file yet": both wait for YouTube
    for vid in ("aaaaaaaaaaa", "bbbbbbbbbbb"):
        row = video(database, vid)
        assert (row.transcript_status, row.transcript_provider) == ("blocked", "youtube")
        assert row.transcript_next_at == NOW + timedelta(hours=1)
    assert "paused after a block" in (video(database, "bbbbbbbbbbb").transcript_error or "")
    # the folder alone says "no captions" but keeps looking, as a failure does: the home
    # machine may sync the file later
    add_video(database, "ccccccccccc", NOW)
    await fetch_pending_transcripts(database, folder, NOW)
    c = video(database, "ccccccccccc")
    assert (c.transcript_status, c.transcript_provider) == ("no_captions", "directory")
    assert c.transcript_next_at == NOW + timedelta(hours=1)


async def test_block_back_off_is_per_provider_and_exponential(database: Database) -> None:
    add_video(database, "aaaaaaaaaaa", NOW - timedelta(days=1))
    youtube = Scripted("youtube", default=ProviderBlocked("IpBlocked: blocked"))
    ytdlp = Scripted("ytdlp", default=TranscriptError("HTTP 500"))
    report = await fetch_pending_transcripts(database, chain(youtube, ytdlp), NOW)
    assert report.blocked == {"youtube": NOW + timedelta(hours=1)}
    # while paused youtube is not asked; ytdlp still is (the video is due again in 1 h)
    at = NOW + timedelta(minutes=90)
    report = await fetch_pending_transcripts(database, chain(youtube, ytdlp), at)
    assert youtube.asked == ["aaaaaaaaaaa", "aaaaaaaaaaa"]  # the pause was over at 13:00
    assert report.blocked["youtube"] == at + timedelta(hours=2)  # doubled
    with database.session() as session:
        assert store.provider_block(session, "ytdlp") == (None, None, 0)
        assert store.provider_block(session, "youtube")[2] == 2
    # a delivery forgets the back-off
    fine = Scripted("youtube")
    retry_at = at + timedelta(hours=3)
    report = await fetch_pending_transcripts(database, chain(fine), retry_at)
    assert report.fetched == ["aaaaaaaaaaa"]
    with database.session() as session:
        assert store.provider_block(session, "youtube") == (None, None, 0)
        assert store.provider_status(session, retry_at) is None


async def test_every_provider_paused_leaves_videos_untouched(database: Database) -> None:
    add_video(database, "aaaaaaaaaaa", NOW - timedelta(days=1))
    with database.transaction() as session:
        store.set_provider_blocked(session, "youtube", NOW + timedelta(hours=1), "blocked", 1)
    youtube = Scripted("youtube")
    report = await fetch_pending_transcripts(database, chain(youtube, canary=CANARY), NOW)
    assert youtube.asked == [] and report.blocked == {"youtube": NOW + timedelta(hours=1)}
    row = video(database, "aaaaaaaaaaa")
    assert (row.transcript_status, row.transcript_attempts) == ("pending", 0)


async def test_no_captions_is_rechecked_once_later(database: Database) -> None:
    add_video(database, "aaaaaaaaaaa", NOW - timedelta(hours=2))
    none = Scripted("youtube", default=NoCaptions("TranscriptsDisabled: off"))
    await fetch_pending_transcripts(database, none, NOW)
    row = video(database, "aaaaaaaaaaa")
    assert (row.transcript_status, row.transcript_next_at) == (
        "no_captions",
        NOW + NO_CAPTIONS_RECHECK,
    )
    await fetch_pending_transcripts(database, none, NOW + timedelta(hours=1))
    assert none.asked == ["aaaaaaaaaaa"]  # not due yet
    await fetch_pending_transcripts(database, none, NOW + NO_CAPTIONS_RECHECK)
    row = video(database, "aaaaaaaaaaa")
    assert (row.transcript_status, row.transcript_next_at) == ("no_captions", None)
    await fetch_pending_transcripts(database, none, NOW + timedelta(days=30))
    assert len(none.asked) == 2  # never again


async def test_believed_no_captions_skips_other_youtube_providers_not_the_folder(
    database: Database,
) -> None:
    add_video(database, "aaaaaaaaaaa", NOW - timedelta(days=1))
    youtube = Scripted("youtube", {CANARY: "ok"}, default=NoCaptions("TranscriptsDisabled: off"))
    ytdlp = Scripted("ytdlp")
    folder = Scripted("directory", default=NoCaptions("no caption file"), youtube=False)
    await fetch_pending_transcripts(database, chain(youtube, ytdlp, folder, canary=CANARY), NOW)
    assert youtube.asked == [CANARY, "aaaaaaaaaaa"] and ytdlp.asked == [CANARY]
    assert folder.asked == ["aaaaaaaaaaa"]
    row = video(database, "aaaaaaaaaaa")
    assert (row.transcript_status, row.transcript_provider) == ("no_captions", "youtube")


async def test_unavailable_and_failed_statuses(database: Database) -> None:
    add_video(database, "gone1234567", NOW - timedelta(days=1))
    add_video(database, "flaky123456", NOW - timedelta(days=2))
    youtube = Scripted("youtube", {"gone1234567": VideoGone("VideoUnavailable: gone"),
                                   "flaky123456": TranscriptError("HTTP 500")})  # fmt: skip
    await fetch_pending_transcripts(database, youtube, NOW)
    gone, flaky = video(database, "gone1234567"), video(database, "flaky123456")
    assert (gone.transcript_status, gone.transcript_next_at) == ("unavailable", None)
    assert (flaky.transcript_status, flaky.transcript_next_at) == (
        "failed",
        NOW + timedelta(hours=1),
    )
    assert flaky.transcript_error == "youtube: HTTP 500"


async def test_canary_failing_turns_the_rounds_no_captions_into_blocked(database: Database) -> None:
    add_video(database, "aaaaaaaaaaa", NOW - timedelta(days=1))
    add_video(database, "bbbbbbbbbbb", NOW - timedelta(days=2))
    hidden = NoCaptions("TranscriptsDisabled: no captions")
    youtube = Scripted("youtube", default=hidden)  # the canary too: captions hidden from us
    ytdlp = Scripted("ytdlp", {CANARY: "ok"}, default=NoCaptions("yt-dlp: no captions"))
    report = await fetch_pending_transcripts(database, chain(youtube, ytdlp, canary=CANARY), NOW)
    assert report.canary == {"youtube": "no_captions: TranscriptsDisabled: no captions",
                             "ytdlp": None}  # fmt: skip
    assert report.blocked == {"youtube": NOW + timedelta(hours=1)}
    # youtube's "no captions" was a block: ytdlp (which passed the canary) was asked and believed
    a = video(database, "aaaaaaaaaaa")
    assert (a.transcript_status, a.transcript_provider) == ("no_captions", "ytdlp")
    assert "canary failed too" in (a.transcript_error or "")
    # with no provider passing the canary nothing is marked caption-less
    add_video(database, "ccccccccccc", NOW)
    only = Scripted("ytdlp", default=hidden)
    later = NOW + timedelta(hours=2)
    report = await fetch_pending_transcripts(database, chain(only, canary=CANARY), later)
    c = video(database, "ccccccccccc")
    assert (c.transcript_status, c.transcript_next_at) == ("blocked", later + timedelta(hours=1))
    with database.session() as session:
        line = store.provider_status(session, later)
    assert line is not None and "YouTube is blocking this server" in line and "ytdlp" in line


async def test_canary_is_not_asked_without_work_or_of_a_folder(database: Database) -> None:
    youtube = Scripted("youtube")
    folder = Scripted("directory", youtube=False)
    report = await fetch_pending_transcripts(database, chain(youtube, folder, canary=CANARY), NOW)
    assert youtube.asked == [] and report.canary == {}
    add_video(database, "aaaaaaaaaaa", NOW)
    report = await fetch_pending_transcripts(database, chain(youtube, folder, canary=CANARY), NOW)
    assert youtube.asked == [CANARY, "aaaaaaaaaaa"] and folder.asked == []
    assert report.canary == {"youtube": None}
    with database.session() as session:
        canary = store.canary_of(session, "youtube")
    assert canary is not None and canary["ok"] and canary["video_id"] == CANARY


def test_outcome_picks_the_most_telling_answer() -> None:
    blocked = {"youtube": NOW + timedelta(hours=4), "ytdlp": NOW + timedelta(hours=2)}
    yt_block = Attempt("youtube", ProviderBlocked("x"), True)
    dl_block = Attempt("ytdlp", ProviderBlocked("x"), True)
    no_file = Attempt("directory", NoCaptions("x"), False)
    po = Attempt("ytdlp", PoTokenNeeded("x"), True)
    status, at, decisive = video_outcome([yt_block, dl_block], "pending", 1, NOW, blocked)
    assert (status, at, decisive.provider) == ("blocked", NOW + timedelta(hours=2), "youtube")
    status, at, decisive = video_outcome([yt_block, dl_block, no_file], "pending", 1, NOW, blocked)
    assert (status, at, decisive.provider) == ("blocked", NOW + timedelta(hours=1), "youtube")
    assert video_outcome([yt_block, po], "pending", 1, NOW, blocked)[:2] == (
        "po_token_required",
        NOW + timedelta(hours=1),
    )
    assert video_outcome([po], "pending", MAX_ATTEMPTS, NOW, {})[:2] == ("po_token_required", None)
    gone = Attempt("youtube", VideoGone("x"), True)
    assert video_outcome([gone, no_file], "pending", 1, NOW, {})[:2] == ("unavailable", None)
    failed = Attempt("youtube", TranscriptError("x"), True)
    assert video_outcome([failed, no_file], "pending", 4, NOW, {})[:2] == (
        "failed",
        NOW + timedelta(hours=8),
    )
    assert video_outcome([failed], "failed", MAX_ATTEMPTS, NOW, {})[:2] == ("failed", None)
    # a folder in the chain is looked at again before a long YouTube pause ends
    long = {"youtube": NOW + timedelta(hours=16)}
    assert video_outcome([yt_block, no_file], "blocked", 3, NOW, long)[:2] == (
        "blocked",
        NOW + timedelta(hours=4),
    )
    assert video_outcome([no_file], "no_captions", 2, NOW, {})[:2] == (
        "no_captions",
        NOW + timedelta(hours=2),
    )
    assert video_outcome([no_file], "no_captions", MAX_ATTEMPTS, NOW, {})[1] is None


def test_a_youtube_that_never_answers_is_a_failure_within_the_timeout(
    server: LoopbackServer,
) -> None:
    import time

    from jobs.video.transcripts import TimeoutSession

    release = threading.Event()

    def hang(_request: Request) -> Reply:
        release.wait(30)
        return Reply(200, WATCH_OK)

    server.route("/watch", hang)

    def api() -> Any:
        session = TimeoutSession(0.5)
        session.trust_env = False
        session.mount("https://www.youtube.com", ToYouTube(server.url("")))
        return make_youtube_api(None, http_client=session)

    started = time.monotonic()
    try:
        with pytest.raises(TranscriptError) as caught:
            YouTubeProvider(["en"], api_factory=api).fetch("working123")
    finally:
        release.set()
    assert type(caught.value) is TranscriptError and "ReadTimeout" in str(caught.value)
    assert time.monotonic() - started < 0.5 + 10
