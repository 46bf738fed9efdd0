"""`labwatch doctor` finds each deliberately broken setting, and passes a healthy setup.

Discord's API, the webhooks and the feeds are loopback servers; the doctor is pointed at the
API through its --discord-api seam.
"""

from __future__ import annotations

import base64
import json
import socket
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.cli import main
from bot.doctor.discord_checks import ADMINISTRATOR, channel_permissions
from storage.db import Database
from storage.migrate import upgrade
from storage.subscriptions import subscribe_channel
from tests.loopback import LoopbackServer, Reply

BOT_ID = 111111111111111111
GUILD = 222222222222222222
ROLE = 333333333333333333
TOKEN = base64.b64encode(str(BOT_ID).encode()).decode().rstrip("=") + ".GabCde." + "x" * 38
VIEW, SEND, EMBED, ATTACH = 1 << 10, 1 << 11, 1 << 14, 1 << 15
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>
<link>http://example.org/</link><description>d</description><item><title>t</title>
<link>http://example.org/1</link><guid>1</guid></item></channel></rss>"""


def as_json(value: object, status: int = 200) -> Reply:
    return Reply(status, json.dumps(value).encode(), {"content-type": "application/json"})


@pytest.fixture
def discord_api(server: LoopbackServer) -> str:
    """A loopback Discord: the bot, a server with one role, and three channels."""
    server.route("/api/v10/users/@me", as_json({"id": str(BOT_ID), "username": "labwatch"}))
    server.route(
        f"/api/v10/guilds/{GUILD}/roles",
        as_json([
            {"id": str(GUILD), "permissions": str(VIEW | SEND | EMBED | ATTACH)},  # @everyone
            {"id": str(ROLE), "permissions": "0"},
        ]),
    )  # fmt: skip
    server.route(f"/api/v10/guilds/{GUILD}/members/{BOT_ID}", as_json({"roles": [str(ROLE)]}))
    server.route(
        "/api/v10/channels/1", as_json({"id": "1", "name": "news", "guild_id": str(GUILD)})
    )
    no_files = {"id": str(ROLE), "type": 0, "allow": "0", "deny": str(ATTACH | EMBED)}
    server.route(
        "/api/v10/channels/2",
        as_json({"id": "2", "name": "locked", "guild_id": str(GUILD), "permission_overwrites": [no_files]}),
    )  # fmt: skip
    server.route("/api/v10/channels/3", as_json({"message": "Unknown Channel"}, 404))
    server.route("/api/webhooks/5/good", as_json({"id": "5", "channel_id": "9"}))
    server.route("/api/webhooks/6/deleted", as_json({"message": "Unknown Webhook"}, 404))
    server.route("/feed.xml", Reply(200, RSS, {"content-type": "application/rss+xml"}))
    server.route("/broken.xml", Reply(500, b"oops"))
    server.route(
        "/page.html", Reply(200, b"<html><body>hi</body></html>", {"content-type": "text/html"})
    )
    return server.url("/api/v10")


def setup(
    tmp_path: Path, server: LoopbackServer, extra: str = "", *, channels: Sequence[int] = ()
) -> str:
    """A config on loopback feeds and a migrated database with channel subscriptions."""
    (tmp_path / "captions").mkdir(exist_ok=True)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[storage]\nurl = "sqlite:///{tmp_path / "lw.db"}"\n'
        "[http]\nallow_private_networks = true\ntimeout = 5\n"
        '[transcripts]\nprovider = "directory"\ndirectory = "captions"\n'
        f'[[sources]]\nname = "Good feed"\nurl = "{server.url("/feed.xml")}"\n'
        f"{extra}"
    )
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    upgrade(db.engine)
    with db.transaction() as session:
        for channel in channels:
            subscribe_channel(session, GUILD, channel)
    db.dispose()
    return str(config)


def doctor(
    config: str, api: str, capsys: pytest.CaptureFixture[str], *more: str
) -> tuple[int, str]:
    code = main(["doctor", "--config", config, "--discord-api", api, *more])
    return code, capsys.readouterr().out


def fails(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("FAIL")]


def test_healthy_setup_passes(
    tmp_path: Path, server: LoopbackServer, discord_api: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    webhook = f'[[webhooks]]\nname = "ops"\nurl = "{server.url("/api/webhooks/5/good")}"\n'
    config = setup(tmp_path, server, webhook, channels=[1])
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    code, out = doctor(config, discord_api, capsys)
    assert code == 0, out
    assert fails(out) == []
    assert "ok    database: sqlite:///" in out and "schema current" in out
    assert f"ok    token: accepted: the bot is labwatch ({BOT_ID})" in out
    assert "ok    channel 1: the bot can post digests in #news" in out
    assert "ok    webhook ops: exists (channel 9)" in out
    assert "ok    sources: 1 of 1 answer with a readable feed" in out
    assert out.rstrip().endswith("all good")


def test_finds_missing_permissions_unknown_channel_deleted_webhook_and_bad_sources(
    tmp_path: Path, server: LoopbackServer, discord_api: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    extra = (
        f'[[sources]]\nname = "Broken"\nurl = "{server.url("/broken.xml")}"\n'
        f'[[sources]]\nname = "Web page"\nurl = "{server.url("/page.html")}"\n'
        f'[[webhooks]]\nurl = "{server.url("/api/webhooks/6/deleted")}"\n'
    )
    config = setup(tmp_path, server, extra, channels=[1, 2, 3])
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    code, out = doctor(config, discord_api, capsys)
    assert code == 1
    found = "\n".join(fails(out))
    assert "channel 2: the bot lacks Embed Links, Attach Files in #locked" in found
    assert "channel 3: the bot cannot read it (404 on /channels/3)" in found
    assert "webhook http://127.0.0.1" in found and "does not know this webhook (404)" in found
    assert "/webhooks/6/deleted" not in out  # the webhook token is never printed
    assert "source 'Broken'" in found and "500" in found
    assert "source 'Web page'" in found and "is not a feed" in found
    assert len(fails(out)) == 5
    assert "ok    channel 1" in out
    assert "5 problems to fix" in out


def test_finds_a_refused_or_malformed_token(
    tmp_path: Path, server: LoopbackServer, discord_api: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    config = setup(tmp_path, server, channels=[1])
    monkeypatch.setenv("DISCORD_TOKEN", "not-a-token")
    code, out = doctor(config, discord_api, capsys)
    assert code == 1 and "FAIL  token: DISCORD_TOKEN does not look like a bot token" in out
    server.route("/api/v10/users/@me", as_json({"message": "401: Unauthorized"}, 401))
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    code, out = doctor(config, discord_api, capsys)
    assert code == 1 and "FAIL  token: Discord refused the token in DISCORD_TOKEN (401)" in out
    monkeypatch.delenv("DISCORD_TOKEN")
    code, out = doctor(config, discord_api, capsys)
    assert "FAIL  token: 1 channel subscriptions but DISCORD_TOKEN is not set" in out


def test_finds_config_database_transcripts_and_metrics_problems(
    tmp_path: Path, server: LoopbackServer, discord_api: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config = setup(tmp_path, server, "[http]\ntimout = 3\n")
    code, out = doctor(config, discord_api, capsys, "--quick")
    assert code == 1 and out.startswith("FAIL  config:") and "http" in out

    config = setup(tmp_path, server)
    Path(config).write_text(
        Path(config).read_text().replace(str(tmp_path / "lw.db"), str(tmp_path / "no" / "lw.db"))
        .replace('directory = "captions"', 'directory = "missing"')
        + f'[metrics]\nlisten = "127.0.0.1:{closed_port()}"\n'
    )  # fmt: skip
    code, out = doctor(config, discord_api, capsys, "--quick")
    assert code == 1
    found = "\n".join(fails(out))
    assert f"database: folder {tmp_path / 'no'} does not exist" in found
    assert f"transcripts: folder {tmp_path / 'missing'} does not exist" in found
    assert "metrics: nothing answers on http://127.0.0.1:" in found
    assert "checking Discord" not in out  # --quick stays off the network


def test_finds_a_database_from_a_newer_labwatch(
    tmp_path: Path, server: LoopbackServer, discord_api: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config = setup(tmp_path, server)
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed0042'"))
    db.dispose()
    code, out = doctor(config, discord_api, capsys, "--quick")
    assert code == 1
    assert "revision f00dfeed0042, which this labwatch does not know" in out


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_channel_permissions_follow_discords_order() -> None:
    roles = {GUILD: VIEW | SEND, ROLE: EMBED}
    everyone_deny = {"id": str(GUILD), "type": 0, "allow": "0", "deny": str(SEND)}
    role_allow = {"id": str(ROLE), "type": 0, "allow": str(SEND | ATTACH), "deny": "0"}
    member_deny = {"id": str(BOT_ID), "type": 1, "allow": "0", "deny": str(ATTACH)}
    assert channel_permissions(GUILD, roles, [ROLE], BOT_ID, []) == VIEW | SEND | EMBED
    assert channel_permissions(GUILD, roles, [ROLE], BOT_ID, [everyone_deny]) == VIEW | EMBED
    both = [everyone_deny, role_allow]
    assert channel_permissions(GUILD, roles, [ROLE], BOT_ID, both) == VIEW | SEND | EMBED | ATTACH
    assert (
        channel_permissions(GUILD, roles, [ROLE], BOT_ID, [*both, member_deny])
        == VIEW | SEND | EMBED
    )
    admin = {GUILD: 0, ROLE: ADMINISTRATOR}
    assert channel_permissions(GUILD, admin, [ROLE], BOT_ID, [everyone_deny]) & ATTACH


def test_doctor_asks_every_youtube_provider_for_the_canary(
    tmp_path: Path, server: LoopbackServer, discord_api: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from jobs.video import transcripts  # doctor's checks import make_providers from here
    from tests.test_transcript_chain import FakeYouTube, Scripted, youtube_on

    youtube_site = LoopbackServer().start()
    try:
        fake = FakeYouTube(youtube_site)
        fake.mode = {"canary12345": "blocked"}
        config = setup(tmp_path, server)
        Path(config).write_text(
            Path(config)
            .read_text()
            .replace(
                'provider = "directory"',
                'providers = ["youtube", "ytdlp"]\ncanary_video = "canary12345"',
            )
        )
        ytdlp = Scripted("ytdlp")
        monkeypatch.setattr(
            transcripts, "make_providers", lambda chain, options: [youtube_on(youtube_site), ytdlp]
        )
        code, out = doctor(config, discord_api, capsys)
        assert (
            "warn  transcripts youtube: cannot get the captions of the canary video canary12345 "
            in out
        )
        assert "blocked: IpBlocked" in out and "YouTube is blocking this server" in out
        assert "ok    transcripts ytdlp: delivers the canary video canary12345" in out
        assert ytdlp.asked == ["canary12345"]
        assert code == 0  # ytdlp still delivers: a warning
        ytdlp.default = RuntimeError("down")  # any failure of the last one
        code, out = doctor(config, discord_api, capsys)
        assert "FAIL  transcripts youtube:" in out and "FAIL  transcripts ytdlp:" in out
        assert code == 1
        code, out = doctor(config, discord_api, capsys, "--quick")
        assert "canary" not in out and len(ytdlp.asked) == 2  # --quick asks nobody
    finally:
        youtube_site.stop()


async def test_forum_posts_and_digest_threads_need_thread_permissions(
    server: LoopbackServer, discord_api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx

    from bot.config import RawSettings, Settings
    from bot.doctor.discord_checks import ChannelSub, check_channel

    server.route(
        "/api/v10/channels/4",
        as_json({"id": "4", "name": "moves", "type": 15, "guild_id": str(GUILD)}),
    )
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    settings = Settings(RawSettings(), Path("config.toml"), Path("."), False)
    async with httpx.AsyncClient(trust_env=False) as http:
        forum = await check_channel(
            http, discord_api, settings, BOT_ID, ChannelSub(GUILD, 4, True, None)
        )
        thread = await check_channel(
            http, discord_api, settings, BOT_ID, ChannelSub(GUILD, 1, True, None, thread=True)
        )
        plain = await check_channel(
            http, discord_api, settings, BOT_ID, ChannelSub(GUILD, 1, True, None)
        )
    assert "lacks Send Messages in Threads in #moves" in forum.message
    assert "lacks Send Messages in Threads, Create Public Threads in #news" in thread.message
    assert "can post digests in #news" in plain.message


# feedparser 6.0 raises TypeError on a podcast chapter without a start (an odd feed, not an attack)
CRASHING = (
    b'<rss version="2.0" xmlns:psc="http://podlove.org/simple-chapters"><channel><title>T</title>'
    b"<item><title>not well-formed &nbsp;</title><psc:chapters><psc:chapter title='t'/>"
    b"</psc:chapters></item></channel></rss>"
)


def test_a_feed_that_crashes_the_parser_is_one_finding(
    tmp_path: Path, server: LoopbackServer, discord_api: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    server.route("/crash.xml", Reply(200, CRASHING, {"content-type": "application/rss+xml"}))
    extra = f'[[sources]]\nname = "Odd"\nurl = "{server.url("/crash.xml")}"\n'
    config = setup(tmp_path, server, extra, channels=[1])
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    code, out = doctor(config, discord_api, capsys)  # the TypeError ended the check before
    found = "\n".join(fails(out))
    assert code == 1 and "source 'Odd'" in found and "the parser failed: TypeError" in found
    assert "sources: 1 of 2 answer with a readable feed" in out
