"""Transcript settings: the chain from providers/provider, proxies that rotate, Webshare's
secrets from the environment, and `labwatch transcripts [retry]`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from youtube_transcript_api.proxies import GenericProxyConfig, WebshareProxyConfig

from bot.app import transcript_chain
from bot.cli import main
from bot.config import ConfigError, Settings, load_settings
from jobs.video.transcripts import (
    DirectoryProvider,
    RotatingProxyConfig,
    TimeoutSession,
    YouTubeProvider,
    youtube_proxy_config,
)
from storage import transcripts as store
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Video
from tests.videos import add_video


def settings(tmp_path: Path, body: str) -> Settings:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///lw.db"\n[transcripts]\n{body}\n')
    return load_settings(str(config))


@pytest.mark.parametrize(
    ("body", "chain"),
    [
        ("", ["youtube"]),
        ('provider = "directory"', ["directory"]),
        ('provider = "none"', []),
        ('providers = ["ytdlp", "directory"]', ["ytdlp", "directory"]),
        ('providers = ["directory", "youtube"]\nprovider = "none"', ["directory", "youtube"]),
        ("providers = []", []),
    ],
)
def test_chain_from_providers_or_the_older_provider(
    tmp_path: Path, body: str, chain: list[str]
) -> None:
    assert settings(tmp_path, body).transcripts.chain() == chain


def test_transcript_chain_is_built_in_order_with_its_canary(tmp_path: Path) -> None:
    built = transcript_chain(settings(tmp_path, 'providers = ["directory", "youtube"]'))
    assert built is not None and built.canary == "dQw4w9WgXcQ"
    assert [type(p) for p in built.providers] == [DirectoryProvider, YouTubeProvider]
    off = transcript_chain(settings(tmp_path, 'provider = "youtube"\ncanary_video = ""'))
    assert off is not None and off.canary is None
    assert transcript_chain(settings(tmp_path, 'provider = "none"')) is None


def test_proxy_url_rotates_unless_told_not_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = settings(tmp_path, 'proxy_url = "http://u:p@proxy.example:8080"').transcript_options()
    config = youtube_proxy_config(options)
    assert isinstance(config, RotatingProxyConfig)
    assert config.prevent_keeping_connections_alive and config.retries_when_blocked == 10
    assert config.to_requests_dict()["https"] == "http://u:p@proxy.example:8080"
    fixed = settings(tmp_path, 'proxy_url = "http://p:1"\nproxy_retries = 0').transcript_options()
    config = youtube_proxy_config(fixed)
    assert type(config) is GenericProxyConfig and not config.prevent_keeping_connections_alive
    older = settings(tmp_path, 'proxy = "http://old:1"').transcript_options()
    assert older.proxy_url == "http://old:1"
    monkeypatch.setenv("MY_PROXY", "http://secret:pw@proxy.example:1")
    from_env = settings(tmp_path, 'proxy_url_env = "MY_PROXY"')
    assert from_env.transcript_options().proxy_url == "http://secret:pw@proxy.example:1"
    assert "http://secret:pw@proxy.example:1" in from_env.transcript_secrets()
    assert youtube_proxy_config(settings(tmp_path, "").transcript_options()) is None
    config_file = tmp_path / "config.toml"
    config_file.write_text('[http]\ntimeout = 7\n[transcripts]\nproviders = ["youtube"]\n')
    built = transcript_chain(load_settings(str(config_file)))
    assert built is not None and isinstance(built.providers[0], YouTubeProvider)
    api = built.providers[0]._factory()
    client = api._fetcher._http_client
    assert isinstance(client, TimeoutSession) and client.timeout == 7.0  # a deadline on each


def test_webshare_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = 'webshare_locations = ["de", "US"]\nproxy_retries = 4\nproxy_url = "http://ignored:1"'
    monkeypatch.setenv("WEBSHARE_PROXY_USERNAME", "me")
    monkeypatch.setenv("WEBSHARE_PROXY_PASSWORD", "s3cret")
    loaded = settings(tmp_path, body)
    config = youtube_proxy_config(loaded.transcript_options())
    assert isinstance(config, WebshareProxyConfig)
    assert config.url == "http://me-DE-US-rotate:s3cret@p.webshare.io:80/"
    assert config.prevent_keeping_connections_alive and config.retries_when_blocked == 4
    assert "s3cret" in loaded.transcript_secrets()
    assert "s3cret" not in repr(loaded.transcript_options())
    monkeypatch.delenv("WEBSHARE_PROXY_PASSWORD")
    with pytest.raises(ConfigError, match=r"\$WEBSHARE_PROXY_PASSWORD is not set"):
        loaded.transcript_options()
    monkeypatch.setenv("WS_PW", "other")
    named = settings(tmp_path, 'webshare_password_env = "WS_PW"').transcript_options()
    assert named.webshare is not None and named.webshare.password == "other"


# --- labwatch transcripts -------------------------------------------------------------------

NOW = datetime.now(UTC).replace(microsecond=0)


def cli_setup(tmp_path: Path) -> tuple[str, Database]:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tmp_path / "lw.db"}"\n')
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    upgrade(db.engine)
    add_video(db, "okokokokoko", NOW - timedelta(days=1), "Leike interview")
    add_video(db, "blockedvid1", NOW - timedelta(days=2), "Blocked one")
    add_video(db, "nocaptions1", NOW - timedelta(days=3), "No captions")
    with db.transaction() as session:
        store.save_segments(session, "okokokokoko", [(0.0, 1.0, "hi")], language="en",
                            now=NOW, provider="ytdlp")  # fmt: skip
        store.mark_transcript(session, "blockedvid1", "blocked", "youtube: IpBlocked: x",
                              NOW + timedelta(hours=2), "youtube")  # fmt: skip
        store.mark_transcript(
            session, "nocaptions1", "no_captions", "youtube: off", None, "youtube"
        )
    return str(config), db


def test_transcripts_lists_status_provider_and_next_try(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, db = cli_setup(tmp_path)
    db.dispose()
    assert main(["--config", config, "transcripts", "--format", "json"]) == 0
    rows = {r["video_id"]: r for r in json.loads(capsys.readouterr().out)}
    assert list(rows) == ["okokokokoko", "blockedvid1", "nocaptions1"]  # newest first
    assert (rows["okokokokoko"]["status"], rows["okokokokoko"]["provider"]) == ("ok", "ytdlp")
    blocked = rows["blockedvid1"]
    assert (blocked["status"], blocked["provider"]) == ("blocked", "youtube")
    assert blocked["next_try_at"] == (NOW + timedelta(hours=2)).isoformat().replace("+00:00", "Z")
    assert rows["nocaptions1"]["next_try_at"] is None
    assert main(["--config", config, "transcripts", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "blockedvid1" in out and "in 1h" in out and "youtube" in out
    assert "nocaptions1" not in out


def test_transcripts_prints_every_cell_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the whole output, read with Core (storage.video_rows): the table's cells row by row and
    # every JSON field of every video
    monkeypatch.setenv("COLUMNS", "120")
    config, db = cli_setup(tmp_path)
    db.dispose()
    assert main(["--config", config, "transcripts"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].rstrip() == "3 newest videos"
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in lines if "│" in line]
    day = [f"{NOW - timedelta(days=n):%Y-%m-%d}" for n in range(4)]
    assert cells == [
        ["okokokokoko", day[1], "ok", "ytdlp", "never", "Leike interview", ""],
        ["blockedvid1", day[2], "blocked", "youtube", "in 1h", "Blocked one", "youtube: IpBlocked: x"],
        ["nocaptions1", day[3], "no_captions", "youtube", "never", "No captions", "youtube: off"],
    ]  # fmt: skip
    assert main(["--config", config, "transcripts", "--format", "json"]) == 0

    def iso(when: datetime) -> str:
        return when.isoformat().replace("+00:00", "Z")

    assert json.loads(capsys.readouterr().out) == [
        {"video_id": "okokokokoko", "title": "Leike interview",
         "published_at": iso(NOW - timedelta(days=1)), "status": "ok", "provider": "ytdlp",
         "attempts": 1, "next_try_at": None, "error": None},
        {"video_id": "blockedvid1", "title": "Blocked one",
         "published_at": iso(NOW - timedelta(days=2)), "status": "blocked", "provider": "youtube",
         "attempts": 1, "next_try_at": iso(NOW + timedelta(hours=2)),
         "error": "youtube: IpBlocked: x"},
        {"video_id": "nocaptions1", "title": "No captions",
         "published_at": iso(NOW - timedelta(days=3)), "status": "no_captions",
         "provider": "youtube", "attempts": 1, "next_try_at": None, "error": "youtube: off"},
    ]  # fmt: skip


def test_transcripts_retry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, db = cli_setup(tmp_path)
    assert main(["--config", config, "transcripts", "retry", "nocaptions1"]) == 0
    assert "due at the next round" in capsys.readouterr().out
    with db.session() as session:
        row = session.get(Video, "nocaptions1")
        assert row is not None and (row.transcript_status, row.transcript_next_at) == (
            "pending",
            None,
        )
        assert [v.video_id for v in store.pending_videos(session, NOW, 10)] == ["nocaptions1"]
    assert main(["--config", config, "transcripts", "retry", "unknown1234"]) == 1
    assert "no video 'unknown1234' is stored" in capsys.readouterr().err
    assert main(["--config", config, "transcripts", "retry"]) == 2
    assert "give a VIDEO_ID" in capsys.readouterr().err
    db.dispose()


def test_proxy_passwords_never_reach_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import logging

    from bot.cli import configure_logging

    monkeypatch.setenv("WEBSHARE_PROXY_USERNAME", "me")
    monkeypatch.setenv("WEBSHARE_PROXY_PASSWORD", "webshare-pw-123")
    loaded = settings(tmp_path, 'proxy_url = "http://u:file-pw-4567@proxy.example:8080"')
    assert {"webshare-pw-123", "file-pw-4567"} <= set(loaded.transcript_secrets())
    configure_logging(False, loaded)
    try:
        logging.getLogger("jobs.video.rounds").warning("refused webshare-pw-123 and file-pw-4567")
        err = capsys.readouterr().err
        assert "refused *** and ***" in err and "pw-" not in err
    finally:
        configure_logging(False)


def test_poll_says_which_providers_youtube_blocked() -> None:
    from bot.commands.poll import transcripts_note
    from jobs.ingest.poll import PollReport
    from jobs.pipeline import PassReport
    from jobs.stories.stage import AnalyzeReport
    from jobs.video.rounds import TranscriptReport

    quiet = TranscriptReport(fetched=["a"])
    assert transcripts_note(PassReport(PollReport(), quiet, AnalyzeReport())) is None
    assert transcripts_note(PassReport(PollReport(), None, AnalyzeReport())) is None
    at = datetime(2026, 1, 5, 14, 0, tzinfo=UTC)
    blocked = TranscriptReport(blocked={"ytdlp": at, "youtube": at})
    note = transcripts_note(PassReport(PollReport(), blocked, AnalyzeReport()))
    assert note == (
        "note: YouTube is blocking this server (youtube paused until 2026-01-05 14:00 UTC, "
        "ytdlp paused until 2026-01-05 14:00 UTC); see docs/transcripts.md, and "
        "`labwatch transcripts` for each video"
    )
