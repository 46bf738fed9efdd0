"""Everything a user types, in every wrong shape and size: one clear message, nothing changed.

The command line (in-process through `bot.cli.main`), config files with every kind of
mistake, slash-command arguments (the cogs' handlers over tests/fakes_discord.py), and feed URLs
with every SSRF trick through `jobs.ingest.sources.add_source` and the guarded fetcher — with
proxy variables set, which must not route around the guard. After each, the database's
every row is compared with a snapshot taken before.
"""

from __future__ import annotations

import shutil
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from httpcore import ConnectError

from bot.cli import main
from bot.cogs.digest import DigestCog
from bot.cogs.sources import SourceCog
from bot.cogs.subscriptions import SubscriptionsCog
from bot.cogs.watch import WatchCog
from jobs.ingest.fetch import BlockedAddressError, Fetcher, FetchError, FetchOptions
from jobs.ingest.sources import SourceError, add_source
from storage.db import Database
from tests.fakes_discord import FakeInteraction, call, make_deps
from tests.loopback import LoopbackServer, Reply

HUGE = "x" * 200_000
GUARDED = FetchOptions(timeout=3.0, max_body_bytes=1_000_000, allow_private_networks=False)


def snapshot(db_file: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (SQLite), to prove that nothing changed."""
    conn = sqlite3.connect(db_file)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'segments_fts%'"
            )
        ]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        conn.close()


# --- the command line -------------------------------------------------------------------------


CLI_CONFIG = (
    '[storage]\nurl = "sqlite:///lw.db"\n[transcripts]\nprovider = "none"\n'
    '[[sources]]\nname = "Only"\nurl = "https://only.example/feed.xml"\n'
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database made (and migrated) once by the CLI itself; each test gets a copy."""
    folder = tmp_path_factory.mktemp("template")
    (folder / "config.toml").write_text(CLI_CONFIG)
    assert main(["--config", str(folder / "config.toml"), "db", "upgrade"]) == 0  # reads make none
    assert main(["--config", str(folder / "config.toml"), "sources", "--format", "json"]) == 0
    return folder / "lw.db"


@pytest.fixture
def cli_config(tmp_path: Path, template: Path) -> Path:
    """A config with one (unreachable) source, and its database already made."""
    shutil.copy(template, tmp_path / "lw.db")
    config = tmp_path / "config.toml"
    config.write_text(CLI_CONFIG)
    return config


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own errors
        code = int(exc.code or 0)
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["digest", "--since", "yesterday"], "neither a duration"),
        (["digest", "--since", "2024-13-45"], "neither a duration"),
        (["digest", "--since", "-5d"], "--since"),
        (["digest", "--since", "99999999999999d"], "neither a duration"),
        (["digest", "--since", "1e400h"], "neither a duration"),
        (["digest", "--since", HUGE], "neither a duration"),
        (["digest", "--until", "0001-01-01", "--since", "9999-12-31"], "until"),
        (["digest", "--format", "pdf"], "--format"),
        (["sources", "--format", "xml"], "--format"),
        (["poll", "--source", "nope"], "no enabled source named 'nope'"),
        (["poll", "--source", HUGE], "no enabled source named"),
        (["poll", "--source", "\x00\x1b[31m"], "no enabled source named"),
        (["nosuchcommand"], "invalid choice"),
    ],
)
def test_wrong_arguments_exit_2_with_one_line_and_change_nothing(
    cli_config: Path, capsys: pytest.CaptureFixture[str], args: list[str], fragment: str
) -> None:
    before = snapshot(cli_config.parent / "lw.db")
    code, err = run_cli(["--config", str(cli_config), *args], capsys)
    assert code == 2, err[:300]
    lines = [line for line in err.splitlines() if line and not line.startswith("usage:")]
    lines = [line for line in lines if not line.startswith(" ")]  # argparse's usage continues
    assert len(lines) == 1 and fragment in lines[0], err[:300]
    assert len(lines[0]) < 500, "the input is not echoed in full"
    assert "Traceback" not in err
    assert snapshot(cli_config.parent / "lw.db") == before


@pytest.mark.parametrize(
    "text", [HUGE, "", "\x00\x07 Jan Leike joins \u202eAnthropic", "🙂" * 5000]
)
def test_free_text_is_taken_whatever_it_is(
    cli_config: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    before = snapshot(cli_config.parent / "lw.db")
    for command in (["check", text], ["moments", text], ["digest", "--since", text or "1h"]):
        code, err = run_cli(["--config", str(cli_config), *command], capsys)
        # check: 0 posted, 1 not posted; a refused argument: 2; never a traceback
        assert code in (0, 1, 2) and len(err) < 1000 and "Traceback" not in err, err[:300]
    assert snapshot(cli_config.parent / "lw.db") == before


# --- config files -----------------------------------------------------------------------------

CONFIG_MISTAKES = [
    ("[storage\nurl = 1", "not valid TOML"),
    ("colour = 'blue'", "unknown key 'colour'"),
    ("[http]\ntimeout = 'fast'", "'http.timeout'"),
    ("[http]\ntimeout = -1", "'http.timeout'"),
    ("[http]\nmax_body_bytes = 0", "'http.max_body_bytes'"),
    ("[http]\nallow_private_networks = 'yes'", "'http.allow_private_networks'"),
    ("[http]\nproxy = 'http://p'", "unknown key 'http.proxy'"),
    ("[schedule]\npoll_every = 'soon'", "'schedule.poll_every'"),
    ("[schedule]\npoll_every = '0s'", "'schedule.poll_every'"),
    ("[schedule]\npoll_every = '99999999999999d'", "'schedule.poll_every'"),
    ("[schedule]\ndigest_at = '25:00'", "'schedule.digest_at'"),
    ("[schedule]\ntimezone = 'Mars/Olympus'", "'schedule.timezone'"),
    ("[schedule]\ntimezone = '../../etc/passwd'", "'schedule.timezone'"),
    ("[[sources]]\nurl = 'https://a.example/feed'", "'sources[0].name' is required"),
    ("[[sources]]\nname = 'A'", "'sources[0]'"),
    ("[[sources]]\nname = 'A'\nurl = 'https://a/'\ngoogle_news = 'x'", "'sources[0]'"),
    ("[[sources]]\nname = 'A'\nyoutube_channel = 'not-a-channel'", "'sources[0]'"),
    ("[[sources]]\nname = 'A'\nurl = 'https://a/'\n[[sources]]\nname = 'a'\nurl = 'https://b/'", "'sources'"),
    ("[[sources]]\nname = ''\nurl = 'https://a/'", "'sources[0].name'"),
    (f"[[sources]]\nname = '{'n' * 300}'\nurl = 'https://a/'", "'sources[0].name'"),
    ("sources = 'https://a/'", "'sources'"),
    ("[transcripts]\nprovider = 'vimeo'", "'transcripts.provider'"),
    ("[transcripts]\nlanguages = []", "'transcripts.languages'"),
    ("[transcripts]\nproviders = ['vimeo']", "'transcripts.providers[0]'"),
    ("[transcripts]\nproviders = ['youtube', 'youtube']", "'transcripts.providers': a provider is named twice"),
    ("[transcripts]\nproviders = 'youtube'", "'transcripts.providers'"),
    ("[transcripts]\ncanary_video = 'short'", "'transcripts.canary_video'"),
    ("[transcripts]\nproxy_retries = -1", "'transcripts.proxy_retries'"),
    ("[transcripts]\nwebshare_locations = ['USA']", "'transcripts.webshare_locations[0]'"),
    ("[transcripts]\nwebshare_password = 'x'", "unknown key 'transcripts.webshare_password'"),
    ("[watch]\npeople = ['']", "'watch.people[0]'"),
    ("[watch]\npeople = [{ aliases = ['x'] }]", "'watch.people[0]"),
    ("[watch]\nkeywords = [1]", "'watch.keywords[0]'"),
    ("[[webhooks]]\nurl = 'https://evil.example/api/webhooks/1/t'", "'webhooks[0].url'"),
    ("[[webhooks]]\nurl = 'http://127.0.0.1:9/api/webhooks/1/t'", "'webhooks'"),
    ("[[webhooks]]\nurl = 'https://discord.com/api/webhooks/1/t'\ntimezone = 'Nowhere'", "'webhooks[0].timezone'"),
    ("[storage]\nurl = 'not a url'", "'storage.url'"),
    ("[storage]\nurl = 'sqlite:///no/such/folder/x.db'", "'storage.url'"),
    ("[metrics]\nlisten = 'everywhere'", "'metrics.listen'"),
    ("[retention]\nentries_days = -3", "'retention.entries_days'"),
    ("[discord]\ntoken = 'abc'", "unknown key 'discord.token'"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "fragment"), CONFIG_MISTAKES)
def test_config_mistakes_name_file_and_key_exit_2_and_change_nothing(
    cli_config: Path, capsys: pytest.CaptureFixture[str], body: str, fragment: str
) -> None:
    bad = cli_config.parent / "bad.toml"
    storage = "" if "[storage]" in body else '\n[storage]\nurl = "sqlite:///lw.db"\n'
    bad.write_text(body + storage)
    before = snapshot(cli_config.parent / "lw.db")
    for command in (["sources"], ["poll"], ["digest"]):
        code, err = run_cli(["--config", str(bad), *command], capsys)
        lines = err.strip().splitlines()
        assert code == 2 and len(lines) == 1, err[:300]
        assert str(bad) in lines[0] and fragment in lines[0], lines[0]
    assert snapshot(cli_config.parent / "lw.db") == before
    assert not (cli_config.parent / "no").exists()


def test_unreadable_config_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b"[watch]\nkeywords = ['caf\xe9']\n")
    for path in (folder, latin, tmp_path / "missing.toml"):
        code, err = run_cli(["--config", str(path), "sources"], capsys)
        assert code == 2 and len(err.strip().splitlines()) == 1 and str(path) in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.toml", "latin.toml"]


# --- slash commands ---------------------------------------------------------------------------


SLASH_ABUSE = [
    (WatchCog, "person_add", {"name": HUGE}),
    (WatchCog, "person_add", {"name": "   "}),
    (WatchCog, "person_add", {"name": "Jan Leike", "aliases": ",".join(["a" * 300] * 50)}),
    (WatchCog, "person_remove", {"name": "\x00"}),
    (WatchCog, "keyword_add", {"phrase": HUGE}),
    (WatchCog, "keyword_add", {"phrase": ""}),
    (WatchCog, "keyword_remove", {"phrase": "never added"}),
    (SubscriptionsCog, "subscribe", {"time": "25:99"}),
    (SubscriptionsCog, "subscribe", {"time": HUGE}),
    (SubscriptionsCog, "subscribe", {"timezone": "Mars/Olympus"}),
    (SubscriptionsCog, "subscribe", {"timezone": "../../../etc/localtime"}),
    (DigestCog, "digest", {"since": HUGE}),
    (DigestCog, "digest", {"since": "99999999999999d"}),
    (DigestCog, "digest", {"since": "9999-12-31"}),
    (SourceCog, "add", {"url_or_channel": HUGE}),
    (SourceCog, "add", {"url_or_channel": "javascript:alert(1)"}),
    (SourceCog, "add", {"url_or_channel": "http://127.0.0.1:9/feed"}),
    (SourceCog, "remove", {"name": "never added"}),
]


@pytest.mark.parametrize(("cog_type", "command", "options"), SLASH_ABUSE)
async def test_slash_arguments_get_one_short_reply_and_change_nothing(
    sqlite_db: Database, tmp_path: Path, cog_type: type, command: str, options: dict[str, Any]
) -> None:
    cog = cog_type(make_deps(sqlite_db, http={"timeout": 3.0}))
    before = snapshot(tmp_path / "labwatch.db")
    itx = FakeInteraction(manager=True)
    await call(cog, command, itx, **options)
    assert len(itx.sent) == 1 and itx.last.ephemeral, itx.sent
    text = itx.last.content or ""
    assert 0 < len(text) <= 2000 and HUGE not in text, text[:300]
    assert snapshot(tmp_path / "labwatch.db") == before


# --- feed URLs: every SSRF trick ----------------------------------------------------------------


def fake_resolver(names: dict[str, list[str]]) -> Any:
    """Names from the table; numeric forms as the C library reads them; no DNS at all."""

    async def resolve(host: str, port: int) -> list[str]:
        if host in names:
            return names[host]
        try:
            return [socket.inet_ntoa(socket.inet_aton(host))]  # 2130706433, 0x7f.1, 0177.0.0.1
        except OSError:
            pass
        try:
            return [str(socket.inet_pton(socket.AF_INET6, host) and host)]
        except OSError:
            raise ConnectError(f"cannot resolve {host}") from None

    return resolve


NAMES = {
    "intranet.example": ["10.1.2.3"],
    "metadata.example": ["169.254.169.254"],
    "rebind.example": ["93.184.216.34", "127.0.0.1"],
    "mapped.example": ["::ffff:127.0.0.1"],
    "nat64.example": ["64:ff9b::a9fe:a9fe"],
    "localhost": ["127.0.0.1", "::1"],
}


def ssrf_urls(port: int) -> list[str]:
    return [
        f"http://127.0.0.1:{port}/feed",
        f"http://2130706433:{port}/feed",  # decimal
        f"http://0x7f000001:{port}/feed",  # hex
        f"http://0177.0.0.1:{port}/feed",  # octal
        f"http://127.1:{port}/feed",  # short form
        f"http://[::ffff:127.0.0.1]:{port}/feed",  # IPv4-mapped IPv6
        f"http://[::ffff:7f00:1]:{port}/feed",
        f"http://[::]:{port}/feed",
        f"http://[::1]:{port}/feed",
        f"http://0.0.0.0:{port}/feed",
        f"http://0:{port}/feed",
        f"http://localhost:{port}/feed",
        f"http://LOCALHOST.:{port}/feed",
        f"http://example.com@127.0.0.1:{port}/feed",  # userinfo: the host is after the @
        f"http://127.0.0.1:{port}#@example.com/feed",
        f"http://user:pass@[::1]:{port}/feed",
        "http://intranet.example/feed",  # names resolving to private addresses
        "http://metadata.example/latest/meta-data/",
        "http://rebind.example/feed",  # one public and one private answer
        "http://mapped.example/feed",
        "http://nat64.example/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1%25eth0]/feed",
        "http://224.0.0.1/feed",
        "file:///etc/passwd",
        "gopher://127.0.0.1:70/_stats",
        "ftp://127.0.0.1/feed.xml",
        "dict://127.0.0.1:11211/stats",
        "data:text/xml,<rss/>",
        "javascript:alert(1)",
        f"http://127.0.0.1:{port}/\r\nHost: evil.example",
    ]


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    """A 'proxy' on loopback that records whatever reaches it, named by every proxy variable."""
    proxy = LoopbackServer().start()
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, proxy.url(""))
    monkeypatch.delenv("NO_PROXY", raising=False)
    yield proxy
    proxy.stop()


async def test_every_ssrf_trick_is_refused_before_any_request_and_adds_nothing(
    sqlite_db: Database, tmp_path: Path, server: LoopbackServer, proxy_env: LoopbackServer
) -> None:
    server.route(
        "/feed", Reply(200, b'<rss version="2.0"><channel><title>t</title></channel></rss>')
    )
    before = snapshot(tmp_path / "labwatch.db")
    async with Fetcher(GUARDED, resolver=fake_resolver(NAMES)) as fetcher:
        for url in ssrf_urls(server.port):
            with pytest.raises(FetchError) as raised:
                await fetcher.get(url)
            message = str(raised.value)
            assert message and "\n" not in message and len(message) < 400, (url, message)
            with pytest.raises(SourceError) as refused:
                await add_source(sqlite_db, fetcher, url, None, 500)
            assert "\n" not in str(refused.value), (url, str(refused.value))
    assert server.requests == [] and proxy_env.requests == []
    assert snapshot(tmp_path / "labwatch.db") == before


async def test_private_names_are_refused_with_the_address_named(proxy_env: LoopbackServer) -> None:
    async with Fetcher(GUARDED, resolver=fake_resolver(NAMES)) as fetcher:
        for host, address in [("intranet.example", "10.1.2.3"), ("rebind.example", "127.0.0.1")]:
            with pytest.raises(BlockedAddressError, match=f"resolves to {address}"):
                await fetcher.get(f"http://{host}/feed")
    assert proxy_env.requests == []


async def test_a_redirect_to_a_private_address_is_refused_at_the_hop(
    server: LoopbackServer, proxy_env: LoopbackServer
) -> None:
    # the first hop is allowed only because this test allows private networks; the hops that
    # are never allowed (metadata, unspecified, link-local) stay refused even then
    opened = FetchOptions(timeout=3.0, allow_private_networks=True)
    for n, target in enumerate(
        ["http://169.254.169.254/", "http://[::]/", "http://0.0.0.0/", "http://[fe80::1]/",
         "http://metadata.example/", "gopher://127.0.0.1/", "file:///etc/passwd"]
    ):  # fmt: skip
        server.route(f"/r{n}", Reply(302, b"", {"location": target}))
    async with Fetcher(opened, resolver=fake_resolver(NAMES)) as fetcher:
        for n in range(7):
            with pytest.raises(BlockedAddressError):
                await fetcher.get(server.url(f"/r{n}"))
    assert proxy_env.requests == [] and len(server.requests) == 7
