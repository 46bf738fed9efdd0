"""Logs with source ids and no secrets (httpx's own lines included); `labwatch sources` tells
the truth about failing sources and blocked transcript fetching."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from bot.cli import main
from bot.logs import LogFormat, Redactor, configure_logging
from jobs.ingest.fetch import Fetcher, FetchOptions
from jobs.ingest.poll import poll_sources
from jobs.ingest.source_kinds import feed_spec
from jobs.ingest.sources import sync_config_sources
from storage import transcripts
from storage.db import Database
from storage.types import utcnow
from tests.loopback import LoopbackServer, Reply

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"
HOOK = "https://discord.com/api/webhooks/123456789/s3cr3t-webhook-token_ABC"
SECRETS = [
    HOOK,
    f"Authorization: Bot {TOKEN}",
    "http://proxyuser:hunter2pass@proxy.example:8080",
    "token=abcdefghijklmnop1234",
]


@pytest.fixture
def log_stream() -> Iterator[io.StringIO]:
    """Our handler on the root logger, writing to a buffer; removed afterwards."""
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(True, "text", [TOKEN], stream=stream)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.NOTSET)


@pytest.mark.parametrize("style", ["text", "json"])
def test_secrets_never_reach_a_log_line(style: LogFormat) -> None:
    stream = io.StringIO()
    handler = configure_logging(False, style, [TOKEN], stream=stream)
    try:
        log = logging.getLogger("labwatch.test")
        for secret in SECRETS:
            log.warning("talking to %s", secret, extra={"url": secret})
        try:
            raise RuntimeError(f"failed at {HOOK} with {TOKEN}")
        except RuntimeError:
            log.exception("boom")
    finally:
        logging.getLogger().removeHandler(handler)
    out = stream.getvalue()
    for leaked in ("s3cr3t-webhook-token_ABC", TOKEN, "hunter2pass", "abcdefghijklmnop1234"):
        assert leaked not in out, leaked
    assert "/webhooks/123456789/***" in out and "proxyuser:***@" in out
    if style == "json":
        lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        assert lines[0]["level"] == "warning" and lines[0]["url"].endswith("/***")
        assert "RuntimeError" in lines[-1]["error"]


async def test_httpx_request_lines_are_redacted(
    server: LoopbackServer, log_stream: io.StringIO
) -> None:
    url = server.route("/api/webhooks/42/very-secret-token", Reply(200, b"{}"))
    async with httpx.AsyncClient(trust_env=False) as client:
        await client.post(url, params={"wait": "true"}, json={})
    out = log_stream.getvalue()
    assert "HTTP Request: POST" in out and "/api/webhooks/42/***" in out
    assert "very-secret-token" not in out


async def test_a_failing_source_is_logged_with_its_id(
    database: Database, server: LoopbackServer, log_stream: io.StringIO
) -> None:
    url = server.route("/down", Reply(503, b"", {"retry-after": "600"}))
    with database.transaction() as session:
        sync_config_sources(session, [feed_spec("Down feed", url)], {})
    options = FetchOptions(timeout=3, allow_private_networks=True)
    async with Fetcher(options) as fetcher:
        await poll_sources(database, fetcher, utcnow(), default_interval=timedelta(minutes=10))
    line = next(x for x in log_stream.getvalue().splitlines() if "source failed" in x)
    assert "WARNING jobs.ingest.poll: source failed: HTTP 503" in line
    assert 'source="Down feed"' in line and "source_id=1" in line and "failures=1" in line
    assert "retry_in_s=600" in line


def test_redactor_keeps_ordinary_text() -> None:
    redact = Redactor(["short"])  # too short to be a secret: never blanked everywhere
    text = "polled https://example.org/feed.xml in 0.3 s; 12 new entries (short)"
    assert redact(text) == text


def test_sources_command_shows_failures_and_blocked_transcripts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[storage]\nurl = "sqlite:///lw.db"\n[logging]\nformat = "json"\n'
        '[[sources]]\nname = "Broken"\nurl = "https://broken.example/feed"\n'
    )
    assert main(["--config", str(config), "db", "upgrade"]) == 0  # a read makes no database
    assert main(["--config", str(config), "sources"]) == 0
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    with db.transaction() as session:
        until = utcnow() + timedelta(hours=6)
        transcripts.set_provider_blocked(session, "youtube", until, "YouTube blocks this IP", 2)
        session.execute(
            text(
                "UPDATE sources SET last_status = 'error', consecutive_failures = 4, "
                "last_error = 'HTTP 503 Service Unavailable'"
            )
        )
    db.dispose()
    capsys.readouterr()
    assert main(["--config", str(config), "sources"]) == 0
    out = capsys.readouterr().out
    assert "HTTP 503" in out and "Broken" in out
    assert "YouTube is blocking this server; see docs/transcripts.md" in out
    assert "youtube: YouTube blocks this IP; paused until" in out
    assert main(["--config", str(config), "sources", "--format", "json"]) == 0
    captured = capsys.readouterr()
    [row] = json.loads(captured.out)
    assert row["consecutive_failures"] == 4 and row["last_error"].startswith("HTTP 503")
    assert "YouTube is blocking this server" in captured.err
