"""/source add|remove|list at the handler level, against a real loopback feed server."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.cogs.sources import SourceCog, describe_source
from bot.discord_common import NOT_A_MANAGER
from bot.discord_pages import Pager
from storage.db import Database
from storage.models import Source
from storage.sources import list_sources
from tests.fakes_discord import FakeInteraction, autocomplete, call, make_deps
from tests.loopback import LoopbackServer, Reply

FEEDS = Path(__file__).parent / "data" / "feeds"
RSS = {"content-type": "application/rss+xml"}


@pytest.fixture
def cog(database: Database) -> SourceCog:
    return SourceCog(make_deps(database, http={"allow_private_networks": True, "timeout": 5.0}))


def names(cog: SourceCog) -> list[str]:
    with cog.deps.app.db.session() as session:
        return [s.name for s in list_sources(session)]


async def test_add_fetches_once_then_saves(cog: SourceCog, server: LoopbackServer) -> None:
    url = server.route("/feed.xml", Reply(200, (FEEDS / "rss2.xml").read_bytes(), RSS))
    itx = FakeInteraction(manager=True)
    await call(cog, "add", itx, url_or_channel=url, name="Lab news")
    assert itx.response.deferred == {"ephemeral": True, "thinking": True}
    assert itx.last.ephemeral and itx.last.content.startswith("Added the feed **Lab news**")
    assert names(cog) == ["Lab news"] and len(server.hits("/feed.xml")) == 1
    with cog.deps.app.db.session() as session:
        [row] = session.query(Source).all()
    assert (row.origin, row.guild_id) == ("discord", 500)

    dup = FakeInteraction(manager=True)
    await call(cog, "add", dup, url_or_channel=url)
    assert "already watched" in dup.last.content and names(cog) == ["Lab news"]


@pytest.mark.parametrize(
    ("route", "text", "expected"),
    [
        (None, "file:///etc/passwd", "is not an http(s) URL"),
        ("/page.html", None, "cannot be used"),
        ("/missing", None, "cannot fetch"),
        (None, "   ", "Give a feed URL"),
    ],
)
async def test_bad_sources_are_one_sentence_and_change_nothing(
    cog: SourceCog, server: LoopbackServer, route: str | None, text: str | None, expected: str
) -> None:
    if route == "/page.html":
        server.route(
            route, Reply(200, (FEEDS / "page.html").read_bytes(), {"content-type": "text/html"})
        )
    itx = FakeInteraction(manager=True)
    await call(cog, "add", itx, url_or_channel=text or server.url(route or "/"))
    assert len(itx.sent) == 1 and itx.last.ephemeral
    assert expected.casefold() in itx.last.content.casefold()
    assert itx.last.content[0].isupper() and itx.last.content.endswith(".")
    assert names(cog) == []


async def test_private_addresses_are_refused_by_default(
    database: Database, server: LoopbackServer
) -> None:
    cog = SourceCog(make_deps(database))  # allow_private_networks = false, as in production
    url = server.route("/feed.xml", Reply(200, (FEEDS / "rss2.xml").read_bytes(), RSS))
    itx = FakeInteraction(manager=True)
    await call(cog, "add", itx, url_or_channel=url)
    assert itx.last.content.startswith("Cannot fetch") and names(cog) == []
    assert server.hits("/feed.xml") == []  # refused before connecting


async def test_add_and_remove_need_manage_server(cog: SourceCog, server: LoopbackServer) -> None:
    url = server.route("/feed.xml", Reply(200, (FEEDS / "rss2.xml").read_bytes(), RSS))
    itx = FakeInteraction(manager=False)
    await call(cog, "add", itx, url_or_channel=url)
    assert itx.last.content == NOT_A_MANAGER and server.hits("/feed.xml") == []
    removing = FakeInteraction(manager=False)
    await call(cog, "remove", removing, name="anything")
    assert removing.last.content == NOT_A_MANAGER


async def test_remove_own_source_only(cog: SourceCog) -> None:
    with cog.deps.app.db.transaction() as session:
        session.add_all(
            [
                Source(name="Ours", url="https://a.example/feed", origin="discord", guild_id=500),
                Source(name="Theirs", url="https://b.example/feed", origin="discord", guild_id=501),
                Source(name="Configured", url="https://c.example/feed", origin="config"),
            ]
        )
    assert [
        c.value for c in await autocomplete(cog, SourceCog._removable, FakeInteraction(), "")
    ] == [
        "Ours",
        "Theirs",
    ]
    for name, expected in [
        ("Theirs", "There is no source named 'Theirs'."),
        ("Configured", "'Configured' comes from the config file; remove it there."),
        ("Nope", "There is no source named 'Nope'."),
    ]:
        itx = FakeInteraction(manager=True)
        await call(cog, "remove", itx, name=name)
        assert itx.last.content == expected
    itx = FakeInteraction(manager=True)
    await call(cog, "remove", itx, name="ours")
    assert itx.last.content.startswith("Removed the source") and "Ours" not in names(cog)


async def test_list_shows_health_and_pages(cog: SourceCog) -> None:
    now = cog.deps.clock()
    empty = FakeInteraction()
    await call(cog, "show", empty)
    assert "/source add" in empty.last.content
    with cog.deps.app.db.transaction() as session:
        session.add(Source(name="A flaky feed", url="https://f.example/feed", consecutive_failures=2,
                           last_error="HTTP 502", last_success_at=now - timedelta(hours=3),
                           next_poll_at=now + timedelta(minutes=20)))  # fmt: skip
        for n in range(20):
            session.add(Source(name=f"Feed {n:02d}", url=f"https://{n}.example/feed"))
    itx = FakeInteraction()
    await call(cog, "show", itx)
    first = itx.last
    assert first.ephemeral and "**Sources** (21)" in first.content
    assert isinstance(first.view, Pager) and len(first.view.pages) == 3
    assert all(len(p.content or "") <= 2000 for p in first.view.pages)
    flaky = next(line for line in first.content.splitlines() if "A flaky feed" in line)
    success = int((now - timedelta(hours=3)).timestamp())
    assert f"last success <t:{success}:R>" in flaky and "2 failures (HTTP 502)" in flaky
    assert "next <t:" in flaky
    first.view.stop()


def test_describe_source_never_polled() -> None:
    from datetime import UTC, datetime

    from storage.sources import SourceHealth

    row = SourceHealth("New", "https://n.example/feed", "feed", "config", True, "never", None,
                       None, 0, 0, None, None, None)  # fmt: skip
    assert describe_source(row, datetime(2025, 1, 1, tzinfo=UTC)) == (
        "- • New (feed): 0 entries, never fetched yet"
    )


async def test_add_uses_the_running_apps_fetcher(
    database: Database, server: LoopbackServer
) -> None:
    from jobs.ingest.fetch import Fetcher, FetchOptions

    cog = SourceCog(make_deps(database))  # settings refuse loopback...
    url = server.route("/feed.xml", Reply(200, (FEEDS / "rss2.xml").read_bytes(), RSS))
    async with Fetcher(FetchOptions(allow_private_networks=True, timeout=5.0)) as shared:
        cog.deps.app.fetcher = shared  # ...the shared one (as `labwatch run` opens it) allows it
        itx = FakeInteraction(manager=True)
        await call(cog, "add", itx, url_or_channel=url, name="Shared")
    assert itx.last.content.startswith("Added the feed **Shared**")
