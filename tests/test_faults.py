"""The fault world in one pass: every misbehaving server at once, good sources still ingested.

tests/test_fetch.py and tests/test_poll.py cover the fetcher's and the poll stage's basics
(drip, bombs, loops, entities, HTML, empty); this file adds what they do not (silence, resets,
429/503 with and without Retry-After, a bomb inside a redirect, external entities, wrong
encodings, one GUID for every entry, a feed growing by 10,000 entries) and runs them all
through the whole pipeline pass (`jobs.pipeline.run_pass`) together with good sources.
"""

from __future__ import annotations

import os
import time
import tracemalloc
from datetime import timedelta

from sqlalchemy import func, select

from jobs.ingest.fetch import Fetcher, FetchOptions
from jobs.ingest.source_kinds import feed_spec
from jobs.ingest.sources import sync_config_sources
from jobs.pipeline import PassReport, run_pass
from jobs.watch.lists import watch_from_settings
from storage.db import Database
from storage.models import Entry, Source
from storage.sources import SourceHealth, list_sources
from storage.types import utcnow
from tests import faults as F
from tests.loopback import LoopbackServer, Reply, Route

OPTIONS = FetchOptions(timeout=1.5, max_body_bytes=5_000_000, allow_private_networks=True)
EVERY = timedelta(minutes=10)
WATCH = watch_from_settings([("Jan Leike", ["Leike"])], [], None)
GOOD = {"good-a": 30, "good-b": 7, "good-c": 120}
LONG = os.environ.get("LABWATCH_LONG_TESTS") == "1"
# feedparser takes ~1 ms an entry here: the full 10,000 only in the long variant
GROWTH = 10_000 if LONG else 2_000


def register(db: Database, server: LoopbackServer, routes: dict[str, Reply | Route]) -> None:
    specs = [feed_spec(name, server.route(f"/{name}", route)) for name, route in routes.items()]
    with db.transaction() as session:
        sync_config_sources(session, specs, {})


async def one_pass(db: Database, *, force: bool = False) -> PassReport:
    async with Fetcher(OPTIONS) as fetcher:
        return await run_pass(
            db, fetcher, None, WATCH, utcnow(), default_interval=EVERY, force=force
        )


def entry_counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        rows = session.execute(
            select(Source.name, func.count(Entry.id))
            .join(Entry, isouter=True)
            .group_by(Source.name)
        )
        return {name: count for name, count in rows}


def fault_routes(server: LoopbackServer) -> tuple[dict[str, Reply | Route], dict[str, str]]:
    """name → route, and name → a fragment the source's recorded error must contain."""
    port = server.port
    routes: dict[str, Reply | Route] = {
        "silent": F.slow(OPTIONS.timeout + 1.5),
        "drip": F.drip(),
        "reset": F.reset_mid_body(F.rss(F.items("r", 300))),
        "429-retry-after": F.status(429, "3600"),
        "429-bare": F.status(429),
        "503-bare": F.status(503),
        "500-retry-after": F.status(500, "7200"),
        "to-metadata": F.redirect("http://169.254.169.254/latest/meta-data/"),
        "to-zero": F.redirect(f"http://0.0.0.0:{port}/good-a"),
        "to-any6": F.redirect(f"http://[::]:{port}/good-a"),
        "to-file": F.redirect("file:///etc/passwd"),
        "loop": F.redirect("/loop"),
        "external-entity": F.ok(F.EXTERNAL_ENTITY),
        "nested-entities": F.ok(F.NESTED_ENTITIES),
        "large-entity": F.ok(F.one_large_entity()),
        "noise": F.ok(F.binary_noise()),
        "utf16-says-utf8": F.ok(F.utf16_declared_utf8("w", 5)),
        "html": Reply(200, F.HTML_PAGE, {"content-type": "text/html"}),
        "empty": F.ok(b""),
        "bomb": F.bomb(),
    }
    expected = {
        "silent": "within 1.5 s", "drip": "within 1.5 s", "reset": "broke off",
        "429-retry-after": "HTTP 429", "429-bare": "HTTP 429", "503-bare": "HTTP 503",
        "500-retry-after": "HTTP 500", "to-metadata": "private or reserved",
        "to-zero": "private or reserved", "to-any6": "private or reserved",
        "to-file": "only http and https", "loop": "redirect loop",
        "external-entity": "entit", "nested-entities": "entit", "large-entity": "entit",
        "noise": "not a feed", "utf16-says-utf8": "not a feed", "html": "HTML page",
        "empty": "empty body", "bomb": "cap",
    }  # fmt: skip
    return routes, expected


async def test_every_fault_at_once_and_good_sources_fully_ingested(
    database: Database, server: LoopbackServer
) -> None:
    bad, expected = fault_routes(server)
    grow_route, grow = F.growing("big", 10, 10 + GROWTH)
    readable: dict[str, Reply | Route] = {
        # readable despite the fault: everything in them is stored
        "redirect-with-bomb-body": F.redirect("/good-b", body=F.gzip_bomb(), gzip_body=True),
        "latin1-says-utf8": F.ok(F.latin1_declared_utf8("l", 6)),
        "unknown-encoding": F.ok(F.unknown_encoding("u", 4)),
        "one-guid": F.ok(F.one_guid(50)),
        "grows": grow_route,
    }
    good = {name: F.ok(F.rss(F.items(name, n), title=name)) for name, n in GOOD.items()}
    register(database, server, {**bad, **readable, **good})
    started = time.monotonic()
    first = await one_pass(database)
    assert time.monotonic() - started < OPTIONS.timeout + 3  # the bad ones wait in parallel

    results = {r.name: r for r in first.poll.results}
    counts = entry_counts(database)
    health = {h.name: h for h in with_health_rows(database)}
    for name, fragment in expected.items():
        assert results[name].status == "error", (name, results[name])
        assert fragment in (health[name].last_error or ""), (name, health[name].last_error)
        assert health[name].consecutive_failures == 1 and counts[name] == 0
    assert {n: counts[n] for n in GOOD} == GOOD
    assert counts["redirect-with-bomb-body"] == GOOD["good-b"]
    assert counts["latin1-says-utf8"] == 6 and counts["unknown-encoding"] == 4
    assert counts["one-guid"] == 50, "items sharing one GUID but not a link are all kept"
    assert counts["grows"] == 10
    with database.session() as session:  # the damaged text is stored readable, not as bytes
        titles = session.scalars(select(Entry.title).where(Entry.title.like("%caf%"))).all()
    assert len(titles) == 6 and all(t.isprintable() for t in titles)

    now = utcnow()  # backoff: Retry-After honoured, otherwise the interval
    next_polls = {n: health[n].next_poll_at for n in expected}
    waits = {n: (when - now).total_seconds() for n, when in next_polls.items() if when}
    assert waits.keys() == expected.keys(), "every failed source has its next poll set"
    assert waits["429-retry-after"] > 3500 and waits["500-retry-after"] > 7100
    assert 500 < waits["429-bare"] < 700 and 500 < waits["503-bare"] < 700

    grow()
    started = time.monotonic()
    second = await one_pass(database, force=True)
    took = time.monotonic() - started
    again = {r.name: r for r in second.poll.results}
    assert again["grows"].new_entries == GROWTH, again["grows"]
    assert entry_counts(database)["grows"] == 10 + GROWTH
    assert all(again[n].new_entries == 0 for n in GOOD)  # nothing stored twice
    assert second.analysis.analyzed >= GROWTH
    assert took < 10 + GROWTH * 0.006, f"{GROWTH:,} new entries took {took:.1f} s"


def with_health_rows(db: Database) -> list[SourceHealth]:
    with db.session() as session:
        return list_sources(session)


async def test_a_bomb_in_a_redirect_body_is_never_inflated(server: LoopbackServer) -> None:
    server.route("/hop", F.redirect("/feed", body=F.gzip_bomb(30_000_000), gzip_body=True))
    server.route("/feed", F.ok(F.rss(F.items("x", 3))))
    async with Fetcher(OPTIONS) as fetcher:
        tracemalloc.start()
        try:
            result = await fetcher.get(server.url("/hop"))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert result.final_url == server.url("/feed") and b"x headline number 2" in result.body
    assert peak < 5_000_000  # 30 MB of zeros were never decompressed


async def test_a_source_failing_for_days_recovers_and_loses_nothing(
    database: Database, server: LoopbackServer
) -> None:
    state = {"down": True}

    def flaky(request: object) -> Reply:
        return F.status(503) if state["down"] else F.ok(F.rss(F.items("f", 12)))

    register(database, server, {"flaky": flaky})
    for _ in range(5):
        report = await one_pass(database, force=True)
        assert report.poll.results[0].status == "error"
    with database.session() as session:
        source = session.scalars(select(Source)).one()
        assert source.enabled and source.consecutive_failures == 5
        # five failures: the wait has doubled each time, and is capped at a day
        assert source.next_poll_at is not None
    state["down"] = False
    report = await one_pass(database, force=True)
    assert report.poll.results[0].new_entries == 12
    assert [h.consecutive_failures for h in with_health_rows(database)] == [0]
