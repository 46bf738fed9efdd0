"""Import and export: sources as OPML (read safely, added through the guard), watch lists as TOML/JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from jobs.ingest.opml import OpmlError, OpmlFeed, parse_opml, write_opml
from jobs.watch.file import (
    GuildLists,
    PersonEntry,
    WatchFileError,
    format_watch_file,
    parse_watch_file,
)
from storage.db import Database
from storage.models import Source
from storage.sources import list_sources
from storage.watchlists import add_keyword, add_person, list_keywords, list_people
from tests.loopback import LoopbackServer, Reply

NOW = datetime(2025, 7, 9, 9, 0, tzinfo=UTC)
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title>
<link>http://example.org/</link><description>d</description>
<item><title>Jan Leike joins Anthropic</title><link>http://example.org/1</link>
<guid>1</guid><pubDate>Tue, 28 May 2024 17:00:00 GMT</pubDate></item></channel></rss>"""
READER_EXPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>My feeds</title></head><body>
  <outline text="AI news" title="AI news">
    <outline type="rss" text="Lab &amp; Co" xmlUrl="https://a.example/feed" htmlUrl="https://a.example/"/>
    <outline type="rss" title="  Second   feed " text="ignored" xmlUrl="https://b.example/rss"/>
    <outline text="Nested"><outline text="Deep" xmlUrl="https://c.example/atom"/></outline>
  </outline>
  <outline type="rss" text="Loose" xmlUrl="https://d.example/feed"/>
  <outline type="rss" text="Duplicate" xmlUrl="https://a.example/feed"/>
  <outline text="just a note"/>
</body></opml>"""


def test_parse_reader_export_flattens_folders_and_drops_duplicates() -> None:
    assert parse_opml(READER_EXPORT) == [
        OpmlFeed("Lab & Co", "https://a.example/feed", "AI news", "https://a.example/"),
        OpmlFeed("Second feed", "https://b.example/rss", "AI news"),
        OpmlFeed("Deep", "https://c.example/atom", "Nested"),
        OpmlFeed("Loose", "https://d.example/feed", None),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
            b'<opml><body><outline text="&b;" xmlUrl="https://x/"/></body></opml>',
            "refused: the file declares XML entities",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b'<opml><body><outline text="&e;" xmlUrl="https://x/"/></body></opml>',
            "refused",
        ),
        (b"<rss><channel/></rss>", "not an OPML file"),
        (b"<opml><body><outline", "not well-formed XML"),
    ],
)
def test_unsafe_or_wrong_files_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(OpmlError, match=message):
        parse_opml(data)


def test_written_opml_reads_back() -> None:
    feeds = [
        OpmlFeed('Quotes " & <angles>', "https://x.example/feed?a=1&b=2", "News searches"),
        OpmlFeed("Plain", "https://y.example/rss", None, "https://y.example/"),
    ]
    data = write_opml(feeds, "labwatch sources", NOW)
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<opml version=\"2.0\">")
    assert b"<dateCreated>Wed, 09 Jul 2025 09:00:00 +0000</dateCreated>" in data
    assert parse_opml(data) == feeds


def write_config(tmp_path: Path, sources: str = "", private: bool = True) -> str:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[storage]\nurl = "sqlite:///{tmp_path / "lw.db"}"\n'
        f"[http]\nallow_private_networks = {'true' if private else 'false'}\ntimeout = 5\n"
        f"{sources}"
    )
    return str(config)


def test_import_opml_adds_feeds_through_the_fetcher(
    tmp_path: Path, server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    rss = {"content-type": "application/rss+xml"}
    good = server.route("/good.xml", Reply(200, RSS % b"Good feed", rss))
    taken = server.route("/taken.xml", Reply(200, RSS % b"Other", rss))
    gone = server.route("/gone.xml", Reply(404, b"no"))
    page = server.route(
        "/page", Reply(200, b"<html><body>hello</body></html>", {"content-type": "text/html"})
    )
    config = write_config(tmp_path, f'[[sources]]\nname = "Taken"\nurl = "{taken}"\n')
    opml = tmp_path / "feeds.opml"
    feeds = [
        OpmlFeed("Good", good),
        OpmlFeed("Taken", taken),
        OpmlFeed("Gone", gone),
        OpmlFeed("Page", page),
    ]
    opml.write_bytes(write_opml(feeds, "t", NOW))

    assert main(["import", "opml", str(opml), "--config", config, "--guild", "77"]) == 1
    out = capsys.readouterr().out
    assert "4 feeds in the file, 1 already watched, 3 to add" in out
    assert "added Good" in out
    assert f"FAILED Gone <{gone}>" in out and "404" in out
    assert f"FAILED Page <{page}>" in out
    assert "1 added, 2 failed" in out
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    with db.session() as session:
        by_name = {s.name: s for s in list_sources(session)}
        assert set(by_name) == {"Good"}  # "Taken" is the config's, stored when polled
        assert by_name["Good"].url == good and by_name["Good"].origin == "opml"
        assert session.query(Source).filter_by(name="Good").one().guild_id == 77
    db.dispose()

    assert main(["import", "opml", str(opml), "--config", config, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 already watched, 2 to add" in out and f"would add Gone <{gone}>" in out


def test_import_opml_dedupes_on_the_canonical_url_and_validates_in_a_dry_run(
    tmp_path: Path, server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = server.route(
        "/feed.xml", Reply(200, RSS % b"Feed", {"content-type": "application/rss+xml"})
    )
    config = write_config(tmp_path, f'[[sources]]\nname = "Known"\nurl = "{feed}"\n')
    opml = tmp_path / "feeds.opml"
    feeds = [
        OpmlFeed("Known again", f"{feed}?utm_source=reader&utm_medium=rss"),
        OpmlFeed("New", f"{feed}?page=2"),
        OpmlFeed("New twice", f"{feed}?page=2&fbclid=abc"),
        OpmlFeed("Passwords", "file:///etc/passwd"),
    ]
    opml.write_bytes(write_opml(feeds, "t", NOW))
    assert main(["import", "opml", str(opml), "--config", config, "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "4 feeds in the file, 1 already watched, 1 listed twice, 1 refused, 1 to add" in out
    assert "refused Passwords: 'file:///etc/passwd' is not an http(s) URL" in out
    assert "would add New <" in out and "would add New twice" not in out
    assert "would add Passwords" not in out


def test_import_opml_goes_through_the_network_guard(
    tmp_path: Path, server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.route(
        "/feed.xml", Reply(200, RSS % b"Feed", {"content-type": "application/rss+xml"})
    )
    config = write_config(tmp_path, private=False)
    opml = tmp_path / "feeds.opml"
    opml.write_bytes(write_opml([OpmlFeed("Local", url)], "t", NOW))
    assert main(["import", "opml", str(opml), "--config", config]) == 1
    assert "FAILED Local" in capsys.readouterr().out
    assert server.hits("/feed.xml") == []  # refused before connecting


def test_export_opml_lists_config_and_added_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(
        tmp_path,
        '[[sources]]\nname = "Verge"\nurl = "https://www.theverge.com/rss/index.xml"\n'
        '[[sources]]\nname = "Shapiro"\nyoutube_channel = "UCvKRFNawVcuz4b9ihUTApCg"\n',
    )
    out = tmp_path / "out.opml"
    assert main(["export", "opml", str(out), "--config", config]) == 0
    assert "wrote 2 sources to" in capsys.readouterr().out
    assert parse_opml(out.read_bytes()) == [
        OpmlFeed("Verge", "https://www.theverge.com/rss/index.xml", None),
        OpmlFeed(
            "Shapiro",
            "https://www.youtube.com/feeds/videos.xml?channel_id=UCvKRFNawVcuz4b9ihUTApCg",
            "YouTube channels",
        ),
    ]


def test_watch_file_round_trips_in_toml_and_json() -> None:
    lists = [
        GuildLists(
            123456789012345678,
            (PersonEntry("Jan Leike", ("Leike", 'J. "Jan" L.')), PersonEntry("Ilya Sutskever")),
            ("superalignment", "chief scientist"),
        ),
        GuildLists(5, (), ("acqui-hire",)),
    ]
    for fmt in ("toml", "json"):
        assert parse_watch_file(format_watch_file(lists, fmt, NOW), fmt) == lists
    config_style = '[watch]\npeople = ["A B", { name = "C D", aliases = ["D"] }]\nkeywords = ["k"]'
    assert parse_watch_file(config_style, "toml") == [
        GuildLists(None, (PersonEntry("A B"), PersonEntry("C D", ("D",))), ("k",))
    ]
    with pytest.raises(WatchFileError, match=r"guilds\[0\].people\[1\].name: expected a non-empty"):
        parse_watch_file(
            json.dumps({"guilds": [{"guild_id": 1, "people": ["x", {"aliases": []}]}]}), "json"
        )
    with pytest.raises(WatchFileError, match="guild_id: expected a Discord server id"):
        parse_watch_file('[[guilds]]\nguild_id = "abc"\n', "toml")


def test_import_and_export_watch_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path)
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    assert main(["db", "upgrade", "--config", config]) == 0
    with db.transaction() as session:
        add_person(session, 1, "Jan Leike", ["Leike"])
        add_keyword(session, 1, "superalignment")
    lists = tmp_path / "lists.toml"
    lists.write_text(
        'people = ["jan leike", { name = "Mira Murati", aliases = ["Murati"] }, "'
        + "x" * 150
        + '"]\n'
        'keywords = ["SUPERALIGNMENT", "acqui-hire"]\n'
    )
    capsys.readouterr()
    assert main(["import", "watch", str(lists), "--config", config]) == 1
    assert "pass --guild ID" in capsys.readouterr().err
    assert (
        main(["import", "watch", str(lists), "--config", config, "--guild", "1", "--dry-run"]) == 1
    )
    assert "would add 2, 2 already watched" in capsys.readouterr().out
    with db.session() as session:
        assert [p.name for p in list_people(session, 1)] == ["Jan Leike"]
    assert main(["import", "watch", str(lists), "--config", config, "--guild", "1"]) == 1
    out = capsys.readouterr().out
    assert "server 1: added 2, 2 already watched" in out and "limit is 100" in out
    with db.session() as session:
        assert [(p.name, p.aliases) for p in list_people(session, 1)] == [
            ("Jan Leike", ("Leike",)),
            ("Mira Murati", ("Murati",)),
        ]
        assert [k.phrase for k in list_keywords(session, 1)] == ["superalignment", "acqui-hire"]
    db.dispose()

    exported = tmp_path / "export.json"
    assert main(["export", "watch", str(exported), "--config", config]) == 0
    data = json.loads(exported.read_text())
    assert data["guilds"] == [
        {
            "guild_id": 1,
            "people": [
                {"name": "Jan Leike", "aliases": ["Leike"]},
                {"name": "Mira Murati", "aliases": ["Murati"]},
            ],
            "keywords": ["superalignment", "acqui-hire"],
        }
    ]
    # the same lists onto another server
    assert main(["import", "watch", str(exported), "--config", config, "--guild", "2"]) == 0
    assert "server 2: added 4, 0 already watched" in capsys.readouterr().out


def test_deeply_nested_folders_are_one_clear_error() -> None:
    nested = b'<outline text="f">' * 5000 + b"</outline>" * 5000  # RecursionError before
    with pytest.raises(OpmlError, match="nest more than"):
        parse_opml(b'<opml version="2.0"><body>' + nested + b"</body></opml>")
    fine = b'<outline text="f">' * 20 + b'<outline xmlUrl="https://a.example/f"/>'
    feeds = parse_opml(b"<opml><body>" + fine + b"</outline>" * 20 + b"</body></opml>")
    assert [(f.url, f.category) for f in feeds] == [("https://a.example/f", "f")]
