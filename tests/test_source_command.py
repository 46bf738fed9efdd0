"""`labwatch source list|add|remove|disable|enable` for sources of every origin."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from storage.db import Database
from storage.sources import list_sources
from tests.loopback import LoopbackServer, Reply
from tests.test_opml import RSS

RSS_TYPE = {"content-type": "application/rss+xml"}


def config_with(tmp_path: Path, feed: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(
        '[storage]\nurl = "sqlite:///lw.db"\n[http]\nallow_private_networks = true\n'
        f'[[sources]]\nname = "From config"\nurl = "{feed}"\n'
    )
    return str(path)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def stored(tmp_path: Path) -> dict[str, tuple[str, bool]]:
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    with db.session() as session:
        rows = {s.name: (s.origin, s.enabled) for s in list_sources(session)}
    db.dispose()
    return rows


def test_source_commands_manage_every_origin(
    tmp_path: Path, server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_with(tmp_path, server.route("/config.xml", Reply(200, RSS % b"C", RSS_TYPE)))
    added = server.route("/added.xml", Reply(200, RSS % b"Added", RSS_TYPE))
    # a read in a fresh folder lists the config's sources and creates no database file
    code, out, _ = cli(capsys, "--config", config, "source", "list")
    assert code == 0 and "From config  (config file, feed)" in out
    assert not (tmp_path / "lw.db").exists()

    code, out, _ = cli(capsys, "--config", config, "source", "add", "Lab notes", added)
    assert code == 0 and "added Lab notes" in out
    assert stored(tmp_path)["Lab notes"] == ("cli", True)
    code, _, err = cli(capsys, "--config", config, "source", "add", "x", "file:///etc/passwd")
    assert code == 2 and "not an http(s) URL" in err and "x" not in stored(tmp_path)

    # disable holds for a config source across restarts (config sync), enable undoes it
    assert cli(capsys, "--config", config, "source", "disable", "From config")[0] == 0
    assert cli(capsys, "--config", config, "sources")[0] == 0  # syncs the config again
    assert stored(tmp_path)["From config"] == ("config", False)
    code, out, _ = cli(capsys, "--config", config, "source", "list")
    assert "From config  (config file, feed, disabled)" in out
    assert "Lab notes  (command line, feed)" in out
    assert cli(capsys, "--config", config, "source", "enable", "From config")[0] == 0
    assert stored(tmp_path)["From config"] == ("config", True)

    # remove: a config source is the file's to remove; others go
    code, _, err = cli(capsys, "--config", config, "source", "remove", "From config")
    assert code == 2 and "remove it there" in err and "source disable" in err
    assert cli(capsys, "--config", config, "source", "remove", "Lab notes")[0] == 0
    assert "Lab notes" not in stored(tmp_path)
    code, _, err = cli(capsys, "--config", config, "source", "disable", "nobody")
    assert code == 2 and "no source named 'nobody'" in err


def test_opml_imported_sources_are_managed_too(
    tmp_path: Path, server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime

    from jobs.ingest.opml import OpmlFeed, write_opml

    config = config_with(tmp_path, server.route("/config.xml", Reply(200, RSS % b"C", RSS_TYPE)))
    feed = server.route("/reader.xml", Reply(200, RSS % b"Reader", RSS_TYPE))
    opml = tmp_path / "feeds.opml"
    opml.write_bytes(write_opml([OpmlFeed("Reader", feed)], "t", datetime(2025, 1, 1, tzinfo=UTC)))
    assert cli(capsys, "--config", config, "import", "opml", str(opml))[0] == 0
    code, out, _ = cli(capsys, "--config", config, "source", "list")
    assert "Reader  (OPML import, feed)" in out
    assert cli(capsys, "--config", config, "source", "disable", "Reader")[0] == 0
    assert stored(tmp_path)["Reader"] == ("opml", False)
    assert cli(capsys, "--config", config, "source", "remove", "Reader")[0] == 0


def test_source_list_prints_every_source_in_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # read with Core (storage.source_rows): names in order, origin, kind, state and URL
    config = tmp_path / "config.toml"
    config.write_text(
        '[storage]\nurl = "sqlite:///lw.db"\n'
        '[[sources]]\nname = "Verge"\nurl = "https://www.theverge.com/rss/index.xml"\n'
        '[[sources]]\nname = "Shapiro"\nyoutube_channel = "UCvKRFNawVcuz4b9ihUTApCg"\n'
        '[[sources]]\nname = "Leike news"\ngoogle_news = "Jan Leike"\n'
    )
    assert cli(capsys, "--config", str(config), "source", "disable", "Verge")[0] == 0
    code, out, _ = cli(capsys, "--config", str(config), "source", "list")
    assert code == 0
    assert out == "\n".join([
        "3 sources",
        "Leike news  (config file, google_news)",
        "    https://news.google.com/rss/search?q=%22Jan+Leike%22&hl=en-US&gl=US&ceid=US:en",
        "Shapiro  (config file, youtube)",
        "    https://www.youtube.com/feeds/videos.xml?channel_id=UCvKRFNawVcuz4b9ihUTApCg",
        "Verge  (config file, feed, disabled)",
        "    https://www.theverge.com/rss/index.xml",
    ]) + "\n"  # fmt: skip
