"""Managing sources: config sync, adding from a URL or channel, removing, and the CLI views."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bot.cli import main as cli
from jobs.ingest.fetch import Fetcher, FetchOptions
from jobs.ingest.source_kinds import feed_spec, google_news_spec, youtube_spec
from jobs.ingest.sources import (
    SourceError,
    add_source,
    channel_id_from_page,
    person_search_specs,
    remove_source,
    resolve_spec,
    sync_config_sources,
)
from storage.db import Database
from storage.models import Source
from storage.sources import list_sources
from tests.loopback import LoopbackServer, Reply

FEEDS = Path(__file__).parent / "data" / "feeds"
OPEN = FetchOptions(timeout=2.0, allow_private_networks=True)
CHANNEL = "UCvKRFNawVcuz4b9ihUTApCg"


def sources(db: Database) -> dict[str, Source]:
    with db.session() as session:
        return {s.name: s for s in session.scalars(select(Source))}


def test_sync_upserts_by_name_and_disables_what_the_file_dropped(database: Database) -> None:
    a, b = feed_spec("A", "https://a.example/feed"), youtube_spec("B", CHANNEL)
    with database.transaction() as session:
        sync_config_sources(session, [a, b], {"A": timedelta(hours=1)})
    with database.transaction() as session:
        session.execute(update(Source).where(Source.name == "A").values(etag='"x"'))
    moved = feed_spec("A", "https://a.example/new-feed")
    with database.transaction() as session:
        sync_config_sources(session, [moved], {})
    rows = sources(database)
    assert rows["A"].url == "https://a.example/new-feed" and rows["A"].etag is None
    assert rows["A"].poll_every_seconds is None and rows["A"].enabled
    assert rows["B"].enabled is False and rows["B"].kind == "youtube"  # kept, not deleted
    with database.transaction() as session:
        sync_config_sources(session, [moved, b], {})
    assert sources(database)["B"].enabled


def test_sync_finds_sources_by_name_any_case_and_by_url(database: Database) -> None:
    # the config sync answers from one query of every source (storage/source_index.py): the
    # same answers as a query per source, renames and moves within one sync included
    specs = [feed_spec("Desk", "https://a.example/f"), feed_spec("Élan", "https://e.example/f")]
    with database.transaction() as session:
        sync_config_sources(session, specs, {})
    first = sources(database)
    renamed = [
        feed_spec("desk news", "https://a.example/f"),  # found by URL: renamed
        feed_spec("ÉLAN", "https://e.example/f"),  # found by URL (lower() is ASCII-only)
        feed_spec("New", "https://a.example/g"),
        feed_spec("NEW", "https://a.example/g"),  # the source just added, by name
    ]
    with database.transaction() as session:
        sync_config_sources(session, renamed, {})
    rows = sources(database)
    assert set(rows) == {"desk news", "ÉLAN", "NEW"}
    assert rows["desk news"].id == first["Desk"].id and rows["ÉLAN"].id == first["Élan"].id
    assert all(r.enabled for r in rows.values())
    with database.transaction() as session:
        sync_config_sources(session, [feed_spec("DESK NEWS", "https://a.example/h")], {})
    rows = sources(database)
    assert rows["DESK NEWS"].id == first["Desk"].id and rows["DESK NEWS"].url.endswith("/h")
    assert not rows["NEW"].enabled and not rows["ÉLAN"].enabled


def test_person_searches_are_auto_sources(database: Database) -> None:
    specs = person_search_specs(["Jan Leike", "Jan Leike", "Ilya Sutskever"])
    assert [s.name for s in specs] == ["Jan Leike in the news", "Ilya Sutskever in the news"]
    assert specs[0].kind == "google_news" and "%22Jan+Leike%22" in specs[0].url
    with database.transaction() as session:
        sync_config_sources(session, [], {}, auto_specs=specs)
    with database.transaction() as session:
        sync_config_sources(session, [], {}, auto_specs=specs[:1])
    rows = sources(database)
    assert rows["Jan Leike in the news"].origin == "auto"
    assert rows["Ilya Sutskever in the news"].enabled is False


async def test_add_a_feed_url_fetched_and_parsed_once(
    database: Database, server: LoopbackServer
) -> None:
    url = server.route("/feed.xml", Reply(200, (FEEDS / "atom.xml").read_bytes()))
    server.route("/page", Reply(200, (FEEDS / "page.html").read_bytes()))
    async with Fetcher(OPEN) as fetcher:
        added = await add_source(database, fetcher, url, None, guild_id=42)
        assert (added.name, added.origin, added.guild_id) == ("Lab Notes", "discord", 42)
        with pytest.raises(SourceError, match="already watched as 'Lab Notes'"):
            await add_source(database, fetcher, url, "Other", guild_id=42)
        with pytest.raises(SourceError, match="HTML page"):
            await add_source(database, fetcher, server.url("/page"), None, guild_id=42)
    assert len(server.hits("/feed.xml")) == 1


async def test_adding_an_odd_feed_is_one_clear_answer(
    database: Database, server: LoopbackServer
) -> None:
    from tests.test_doctor import CRASHING

    crash = server.route("/crash.xml", Reply(200, CRASHING))
    emoji = server.route(
        "/emoji.xml",
        Reply(200, b'<rss version="2.0"><channel><title>Emoji &#55357;&#56832;</title>'
              b"<item><title>Hi &#55357;&#56832;</title><guid>1</guid></item></channel></rss>"),
    )  # fmt: skip
    async with Fetcher(OPEN) as fetcher:
        with pytest.raises(SourceError, match="cannot be used: .*the parser failed: TypeError"):
            await add_source(database, fetcher, crash, None, guild_id=42)  # TypeError before
        added = await add_source(database, fetcher, emoji, None, guild_id=42)
    assert added.name == "Emoji \ufffd\ufffd"


@pytest.mark.parametrize("text", ["https://[abc", "http://a.example:99999/feed"])
async def test_a_malformed_url_is_a_source_error(text: str) -> None:
    async with Fetcher(OPEN) as fetcher:
        with pytest.raises(SourceError, match="is not a valid URL"):  # ValueError before
            await resolve_spec(fetcher, text)


async def test_add_refuses_private_addresses_without_a_request(
    database: Database, server: LoopbackServer
) -> None:
    url = server.route("/feed.xml", Reply(200, (FEEDS / "atom.xml").read_bytes()))
    async with Fetcher(FetchOptions(allow_private_networks=False)) as fetcher:
        with pytest.raises(SourceError, match="private or reserved"):
            await add_source(database, fetcher, url, None, guild_id=1)
    assert server.requests == [] and sources(database) == {}


async def test_youtube_inputs_resolve_to_the_channel_feed(server: LoopbackServer) -> None:
    page = f'<html><link rel="canonical" href="https://www.youtube.com/channel/{CHANNEL}">'
    server.route("/@DaveShap", Reply(200, page.encode()))
    async with Fetcher(OPEN) as fetcher:
        for text in (CHANNEL, f"https://www.youtube.com/channel/{CHANNEL}"):
            spec = await resolve_spec(fetcher, text)
            assert spec.kind == "youtube" and spec.url.endswith(f"channel_id={CHANNEL}")
        assert await channel_id_from_page(fetcher, server.url("/@DaveShap")) == CHANNEL
        with pytest.raises(SourceError, match="no YouTube channel id"):
            server.route("/@nobody", Reply(200, b"<html></html>"))
            await channel_id_from_page(fetcher, server.url("/@nobody"))
        with pytest.raises(SourceError, match="not an http"):
            await resolve_spec(fetcher, "ftp://example.org/feed")


def test_remove_only_own_discord_sources(database: Database) -> None:
    with database.transaction() as session:
        sync_config_sources(session, [google_news_spec("Config", "Jan Leike")], {})
        session.add(Source(name="Mine", url="https://m.example/f", origin="discord", guild_id=1))
    with database.transaction() as session:
        with pytest.raises(SourceError, match="config file"):
            remove_source(session, "config", 1)
        with pytest.raises(SourceError, match="no source named 'Mine'"):
            remove_source(session, "Mine", 2)
        with pytest.raises(SourceError, match="no source named 'Nope'"):
            remove_source(session, "Nope", 1)
        remove_source(session, "mine", 1)
    assert set(sources(database)) == {"Config"}


def write_config(tmp_path: Path, server: LoopbackServer) -> Path:
    server.route("/rss2.xml", Reply(200, (FEEDS / "rss2.xml").read_bytes()))
    server.route("/down.xml", Reply(503, b"", {"retry-after": "60"}))
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[storage]
url = "sqlite:///{tmp_path / "cli.db"}"
[http]
allow_private_networks = true
timeout = 2
[[sources]]
name = "Frontier Wire"
url = "{server.url("/rss2.xml")}"
[[sources]]
name = "Down"
url = "{server.url("/down.xml")}"
""",
        encoding="utf-8",
    )
    return config


def test_cli_poll_and_sources(
    tmp_path: Path, server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(write_config(tmp_path, server))
    assert cli(["sources", "--config", config, "--format", "json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert {s["last_status"] for s in before} == {"never"}
    assert cli(["poll", "--config", config]) == 0  # a failing source is no failed command
    out = capsys.readouterr().out
    assert "Frontier Wire" in out and "HTTP 503" in out and "3 new entries" in out
    assert cli(["poll", "--config", config, "--source", "Nope"]) == 2
    assert "no enabled source named 'Nope'" in capsys.readouterr().err
    assert cli(["sources", "--config", config, "--format", "json"]) == 0
    after = {s["name"]: s for s in json.loads(capsys.readouterr().out)}
    assert after["Frontier Wire"]["entries"] == 3 and after["Frontier Wire"]["last_error"] is None
    down = after["Down"]
    assert down["last_status"] == "error" and down["consecutive_failures"] == 1
    assert down["next_poll_at"].endswith("Z") and down["last_success_at"] is None
    assert cli(["sources", "--config", config]) == 0
    assert "HTTP 503" in capsys.readouterr().out


def test_list_sources_counts_entries(database: Database) -> None:
    with database.transaction() as session:
        sync_config_sources(session, [feed_spec("A", "https://a.example/f")], {})
    with database.session() as session:
        [row] = list_sources(session)
    assert (row.name, row.entries, row.last_status) == ("A", 0, "never")


def test_new_sources_are_inserted_together_with_the_answers_of_one_by_one(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy import event

    specs = [feed_spec(f"feed {n}", f"https://f.example/{n}") for n in range(200)]
    specs[50:50] = [feed_spec("FEED 7", "https://f.example/seven")]  # the 8th by name: moved
    specs[120:120] = [feed_spec("Other", "https://f.example/9")]  # the 10th's URL: renamed
    specs[130:130] = [feed_spec("feed 3", "https://f.example/4")]  # the 5th's URL: skipped
    specs.append(feed_spec("Élan", "https://e.example/f"))  # asks the database (not ASCII)
    inserts: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        inserts.extend([statement] if statement.startswith("INSERT INTO sources") else [])

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        with database.transaction() as session:
            sync_config_sources(session, specs, {})
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    rows = sources(database)
    assert len(inserts) <= 4 and len(rows) == 201  # 200 feeds and Élan, not one by one
    assert rows["FEED 7"].url == "https://f.example/seven" and "feed 7" not in rows
    assert rows["Other"].url == "https://f.example/9" and "feed 9" not in rows
    assert (
        rows["feed 3"].url == "https://f.example/3" and "already polled as 'feed 4'" in caplog.text
    )
    names = [{7: "FEED 7", 9: "Other"}.get(n, f"feed {n}") for n in range(200)] + ["Élan"]
    ids = [rows[name].id for name in names]
    assert ids == sorted(ids)  # stored in the config's order
    assert all(r.enabled and r.last_status == "never" for r in rows.values())
