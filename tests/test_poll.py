"""Polling passes against real loopback servers: ingest, dedup, health, backoff, hostile servers."""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable, Mapping
from datetime import timedelta
from pathlib import Path

import pytest
from httpcore import ConnectError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from jobs.ingest.fetch import Fetcher, FetchOptions
from jobs.ingest.parse_pool import ParsePool
from jobs.ingest.poll import Claim, PollReport, poll_sources, short_error
from jobs.ingest.source_kinds import SourceSpec, feed_spec
from jobs.ingest.sources import SourceError, sync_config_sources
from storage.db import Database
from storage.models import Entry, Source, Video
from storage.sources import SourceHealth, list_sources
from storage.types import utcnow
from tests.loopback import LoopbackServer, Reply, Request, Route
from tests.test_feeds import LAUGHS
from tests.test_fetch import drip

FEEDS = Path(__file__).parent / "data" / "feeds"
OPTIONS = FetchOptions(timeout=1.5, max_body_bytes=500_000, allow_private_networks=True)
EVERY = timedelta(minutes=10)
XML = {"content-type": "application/xml"}


def feed(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


def add_sources(db: Database, server: LoopbackServer, routes: Mapping[str, Reply | Route]) -> None:
    """Serve each route and register it as a config source named after its path."""
    specs: list[SourceSpec] = []
    for path, reply in routes.items():
        url = server.route(path, reply)
        specs.append(feed_spec(path.strip("/"), url))
    with db.transaction() as session:
        sync_config_sources(session, specs, {})


async def run_pass(
    db: Database,
    options: FetchOptions = OPTIONS,
    *,
    only: str | None = None,
    force: bool = False,
    parser: ParsePool | None = None,
    claim: Claim | None = None,
) -> PollReport:
    async with Fetcher(options) as fetcher:
        return await poll_sources(
            db, fetcher, utcnow(), default_interval=EVERY, only=only, force=force, parser=parser,
            claim=claim,
        )  # fmt: skip


def health(db: Database) -> dict[str, SourceHealth]:
    with db.session() as session:
        return {h.name: h for h in list_sources(session)}


def titles(db: Database, source: str) -> list[str]:
    with db.session() as session:
        stmt = select(Entry.title).join(Source).where(Source.name == source).order_by(Entry.id)
        return list(session.scalars(stmt))


async def test_every_feed_kind_is_ingested(database: Database, server: LoopbackServer) -> None:
    add_sources(
        database,
        server,
        {
            "/rss2": Reply(200, feed("rss2.xml"), XML),
            "/atom": Reply(200, feed("atom.xml"), XML),
            "/rss1": Reply(200, feed("rss1.xml"), XML),
            "/youtube": Reply(200, feed("youtube.xml"), XML),
        },
    )
    report = await run_pass(database)
    assert {r.name: r.new_entries for r in report.results} == {
        "rss2": 3, "atom": 2, "rss1": 2, "youtube": 2,
    }  # fmt: skip
    assert len(report.new_entry_ids) == 9
    assert sorted(report.new_video_ids) == ["aaaaaaaaaaa", "edhOP4nzY-w"]
    with database.session() as session:
        video = session.get(Video, "edhOP4nzY-w")
        assert video is not None and video.transcript_status == "pending"
        assert video.channel_id == "UCvKRFNawVcuz4b9ihUTApCg"
        assert video.description.startswith("Yan Lea")
    states = health(database)
    assert all(h.last_status == "ok" and h.last_success_at for h in states.values())


async def test_second_poll_is_conditional_and_stores_nothing(
    database: Database, server: LoopbackServer
) -> None:
    def conditional(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(
            200,
            feed("rss2.xml"),
            {**XML, "etag": '"v1"', "last-modified": "Tue, 28 May 2024 17:05:00 GMT"},
        )

    add_sources(database, server, {"/feed": conditional})
    first = await run_pass(database)
    second = await run_pass(database, force=True)
    assert first.results[0].new_entries == 3
    assert second.results[0].status == "not_modified" and second.new_entry_ids == []
    sent = server.hits("/feed")[1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Tue, 28 May 2024 17:05:00 GMT"
    assert len(titles(database, "feed")) == 3


async def test_same_bytes_without_validators_are_not_parsed_again(
    database: Database, server: LoopbackServer
) -> None:
    add_sources(database, server, {"/feed": Reply(200, feed("atom.xml"), XML)})
    await run_pass(database)
    again = await run_pass(database, force=True)
    assert again.results[0].status == "unchanged" and again.new_entry_ids == []


async def test_edited_entries_are_not_new_and_pruned_ones_never_return(
    database: Database, server: LoopbackServer
) -> None:
    body = feed("youtube.xml")
    add_sources(database, server, {"/yt": lambda _r: Reply(200, body, XML)})
    await run_pass(database)
    body = body.replace(b'views="45000"', b'views="99000"').replace(b"What it means", b"Why")
    with database.transaction() as session:  # a retention job deletes content rows
        session.execute(delete(Entry))
    edited = await run_pass(database, force=True)
    assert edited.results[0].status == "ok" and edited.new_entry_ids == []
    assert titles(database, "yt") == []


async def test_tracking_parameters_do_not_split_an_article(
    database: Database, server: LoopbackServer
) -> None:
    add_sources(
        database,
        server,
        {"/a": Reply(200, feed("rss2.xml"), XML), "/b": Reply(200, feed("atom.xml"), XML),
         "/hn": Reply(200, feed("hnrss.xml"), XML)},
    )  # fmt: skip
    await run_pass(database)
    with database.session() as session:
        urls = session.scalars(
            select(Entry.canonical_url).where(Entry.title.like("Jan Leike joins%"))
        ).all()
    assert len(urls) == 3 and len(set(urls)) == 1


@pytest.mark.parametrize("outlet_first", [True, False])
async def test_google_news_result_is_recognised_as_the_outlets_article(
    database: Database, server: LoopbackServer, outlet_first: bool
) -> None:
    first, second = ("/outlet", "/gnews") if outlet_first else ("/gnews", "/outlet")
    bodies = {"/outlet": feed("rss2.xml"), "/gnews": feed("google_news.xml")}
    add_sources(database, server, {first: Reply(200, bodies[first], XML)})
    await run_pass(database)
    add_sources(database, server, {second: Reply(200, bodies[second], XML)})
    with database.transaction() as session:  # keep the first source in config
        sync_config_sources(
            session, [feed_spec(p.strip("/"), server.url(p)) for p in (first, second)], {}
        )
    await run_pass(database)
    with database.session() as session:
        rows = session.execute(
            select(Entry.canonical_url, Entry.publisher, Entry.title).where(
                Entry.title == "Jan Leike joins Anthropic to lead alignment team"
            )
        ).all()
    assert len(rows) == 2
    assert {r.canonical_url for r in rows} == {
        "https://frontierwire.example/2024/05/leike-anthropic"
    }
    assert {r.publisher for r in rows} == {None, "Frontier Wire"}


async def test_bad_sources_are_recorded_while_good_ones_are_ingested(
    database: Database, server: LoopbackServer
) -> None:
    big_entity = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "' + b"x" * 40_000 + b'">]><rss/>'
    server.route("/private", Reply(200, feed("rss2.xml"), XML))
    bad: dict[str, Reply | Route] = {
        "/status500": Reply(500, b"oops"),
        "/garbage": Reply(200, b"\x00\x01 binary junk, no markup at all", XML),
        "/html": Reply(200, feed("page.html"), {"content-type": "text/html"}),
        "/empty": Reply(200, b"", XML),
        "/loop": Reply(302, b"", {"location": "/loop2"}),
        "/loop2": Reply(302, b"", {"location": "/loop"}),
        "/to-private": Reply(302, b"", {"location": "http://169.254.169.254/feed"}),
        "/overcap": Reply(200, b"<rss>" + b" " * 600_000, XML),
        "/bomb": Reply(200, gzip.compress(b" " * 30_000_000), {"content-encoding": "gzip"}),
        "/entities": Reply(200, LAUGHS, XML),
        "/bigentity": Reply(200, big_entity, XML),
        "/drip": drip,
    }
    good = {
        "/malformed": Reply(200, feed("malformed.xml"), XML),
        "/rss2": Reply(200, feed("rss2.xml"), XML),
        "/atom": Reply(200, feed("atom.xml"), XML),
        "/rss1": Reply(200, feed("rss1.xml"), XML),
        "/youtube": Reply(200, feed("youtube.xml"), XML),
    }
    add_sources(database, server, {**bad, **good})
    with database.transaction() as session:  # /loop2 is only a redirect hop, not a source
        session.execute(delete(Source).where(Source.name == "loop2"))
    started = time.monotonic()
    report = await run_pass(database)
    assert time.monotonic() - started < OPTIONS.timeout + 2
    by_name = {r.name: r for r in report.results}
    expected = {
        "status500": "HTTP 500", "garbage": "not a feed", "html": "HTML page",
        "empty": "empty body", "loop": "redirect loop", "to-private": "private or reserved",
        "overcap": "cap", "bomb": "cap", "entities": "entit", "bigentity": "entit",
        "drip": "within 1.5 s",
    }  # fmt: skip
    states = health(database)
    for name, fragment in expected.items():
        assert by_name[name].status == "error", name
        state = states[name]
        assert state.last_status == "error" and fragment in (state.last_error or ""), (name, state)
        assert state.consecutive_failures == 1 and state.next_poll_at is not None
    assert {n: by_name[n].new_entries for n in ("rss2", "atom", "rss1", "youtube")} == {
        "rss2": 3, "atom": 2, "rss1": 2, "youtube": 2,
    }  # fmt: skip
    assert states["status500"].last_http_status == 500
    malformed = states["malformed"]
    assert by_name["malformed"].new_entries == 2 and malformed.last_status == "malformed"
    assert "not well-formed" in (malformed.last_error or "")


async def test_backoff_doubles_honours_retry_after_and_never_disables(
    database: Database, server: LoopbackServer
) -> None:
    add_sources(
        database,
        server,
        {"/down": Reply(503, b"", {"retry-after": "7200"}), "/flaky": Reply(500),
         "/cached": Reply(200, feed("rss1.xml"), {**XML, "cache-control": "max-age=5400"})},
    )  # fmt: skip
    delays: list[float] = []
    for _ in range(3):
        now = utcnow()
        async with Fetcher(OPTIONS) as fetcher:
            await poll_sources(database, fetcher, now, default_interval=EVERY, force=True)
        with database.session() as session:
            flaky = session.scalars(select(Source).where(Source.name == "flaky")).one()
            assert flaky.next_poll_at is not None
            delays.append((flaky.next_poll_at - now).total_seconds())
    assert delays == [600, 1200, 2400]
    states = health(database)
    down, cached = states["down"], states["cached"]
    assert down.consecutive_failures == 3 and down.enabled
    assert down.next_poll_at and (down.next_poll_at - utcnow()) > timedelta(minutes=110)
    assert cached.next_poll_at and (cached.next_poll_at - utcnow()) > timedelta(minutes=85)


async def test_due_sources_only_and_unknown_name(
    database: Database, server: LoopbackServer
) -> None:
    add_sources(
        database,
        server,
        {"/one": Reply(200, feed("rss1.xml"), XML), "/two": Reply(200, feed("atom.xml"), XML)},
    )
    first = await run_pass(database)
    assert len(first.results) == 2
    assert (await run_pass(database)).results == []  # nothing is due yet
    only = await run_pass(database, only="TWO")
    assert [r.name for r in only.results] == ["two"]
    with pytest.raises(SourceError, match="no enabled source named 'nope'"):
        await run_pass(database, only="nope")


async def test_old_video_sliding_back_in_is_stored_but_not_news(
    database: Database, server: LoopbackServer
) -> None:
    body = feed("youtube.xml")
    add_sources(database, server, {"/yt": lambda _r: Reply(200, body, XML)})
    await run_pass(database)
    old = (
        b"<entry><id>yt:video:oldoldold00</id><yt:videoId>oldoldold00</yt:videoId>"
        b"<title>An old video</title><published>2023-01-01T00:00:00+00:00</published>"
        b'<link rel="alternate" href="https://www.youtube.com/watch?v=oldoldold00"/></entry>'
    )
    body = body.replace(b"</feed>", old + b"</feed>")
    report = await run_pass(database, force=True)
    assert report.new_entry_ids == [] and report.new_video_ids == []
    assert "An old video" in titles(database, "yt")


async def test_batch_writer_isolates_a_failing_write(database: Database) -> None:
    from jobs.ingest.writer import BatchWriter

    writer = BatchWriter(database, max_batch=3)

    def add(name: str) -> Callable[[Session], None]:
        return lambda session: session.add(Source(name=name, url=f"https://{name}.example/f"))

    def fail(session: Session) -> None:
        raise ValueError("boom")

    import asyncio

    results = await asyncio.gather(
        *(writer.write(add(f"s{i}")) for i in range(4)), writer.write(fail),
        writer.write(add("s0")), return_exceptions=True,  # a duplicate name: IntegrityError
    )  # fmt: skip
    assert results[:4] == [None] * 4
    assert isinstance(results[4], ValueError) and isinstance(results[5], Exception)
    with database.session() as session:
        assert sorted(session.scalars(select(Source.name))) == ["s0", "s1", "s2", "s3"]


async def test_summary_errors_are_short_and_whole_while_last_error_keeps_everything(
    database: Database,
) -> None:
    async def resolver(host: str, port: int) -> list[str]:  # what guard.resolve raises
        raise ConnectError(f"cannot resolve {host}: [Errno -2] Name or service not known")

    with database.transaction() as session:
        sync_config_sources(session, [feed_spec("Verge", "https://www.theverge.com/rss")], {})
    async with Fetcher(OPTIONS, resolver=resolver) as fetcher:
        report = await poll_sources(database, fetcher, utcnow(), default_interval=EVERY)
    assert report.results[0].error == "cannot resolve www.theverge.com"
    state = health(database)["Verge"]
    assert "Name or service not known" in (state.last_error or "")


def test_short_error() -> None:
    assert short_error("ConnectError: [Errno 111] Connection refused") == "Connection refused"
    assert short_error("HTTP 404 File not found") == "HTTP 404 File not found"
    malformed = "malformed feed (entries kept): SAXParseException: <unknown>:5:12: not well-formed"
    assert short_error(malformed) == "malformed feed (entries kept): line 5: not well-formed"
    long = short_error("the server said " + "something rather long " * 10)
    assert len(long) <= 80 and long.endswith(("rather…", "long…"))
