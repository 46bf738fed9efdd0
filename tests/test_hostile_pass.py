"""One pass over 20 healthy feeds and one feed of each hostile kind: nothing stalls the others."""

from __future__ import annotations

import time

from jobs.ingest.fetch import FetchOptions
from jobs.ingest.parse_pool import ParsePool
from storage.db import Database
from tests.loopback import LoopbackServer, Reply, Route
from tests.test_poll import add_sources, health, run_pass, titles

DEADLINE = 8.0  # the parse deadline of this pass; normal parses take milliseconds, and a
# machine busy with other work must not push the feeds a browser reads past it
OPTIONS = FetchOptions(timeout=15, max_body_bytes=5_000_000, allow_private_networks=True)
XML = {"content-type": "application/rss+xml"}
HEALTHY, ENTRIES = 20, 25


def rss(items: str, head: bytes = b'<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    channel = f'<rss version="2.0"><channel><title>T</title><link>https://a.example/</link>{items}'
    return head + (channel + "</channel></rss>").encode()


def items(source: int, count: int = ENTRIES, extra: str = "") -> str:
    return "".join(
        f"<item><title>Story {source}-{n}</title><link>https://a.example/{source}/{n}</link>"
        f"<guid>https://a.example/{source}/{n}</guid>{extra}</item>"
        for n in range(count)
    )


HOSTILE = {
    # a megabyte of escaped "<": the tag stripper took minutes and stalled the pass
    "/lt": rss(items(100, 1, "<description>" + "&lt;" * 250_000 + "</description>")),
    # a megabyte of raw "<": not XML at all (feedparser's forgiving parser needs ~7 s)
    "/raw-lt": b"<rss>" + b"<" * 1_000_000,
    # half-open tags: feedparser's forgiving parser needs ~25 s (4 MB), so the deadline stops it
    "/slow-markup": rss(items(105, 1, "<description>" + "a<b " * 1_000_000 + "</description>")),
    "/deep": rss(items(101, 2, "<x>" * 5000 + "</x>" * 5000)),
    "/surrogates": rss(items(102, 2).replace("Story", "&#55357;&#56832; Story")),
    "/cdata-doctype": rss(items(103, 2, "<description><![CDATA[ <!DOCTYPE ]]></description>")),
    "/bad-encoding": rss(items(104, 2), head=b'<?xml version="1.0" encoding="utf\xff8"?>'),
}


async def test_hostile_feeds_never_stall_a_pass(database: Database, server: LoopbackServer) -> None:
    routes: dict[str, Reply | Route] = {
        f"/healthy-{i}": Reply(200, rss(items(i)), XML) for i in range(HEALTHY)
    }
    routes.update({path: Reply(200, body, XML) for path, body in HOSTILE.items()})
    add_sources(database, server, routes)
    with ParsePool(workers=2, deadline=DEADLINE) as parser:
        for _ in range(2):
            await parser.call(int, "1")  # the workers start before the clock does
        started = time.monotonic()
        report = await run_pass(database, OPTIONS, parser=parser)
        took = time.monotonic() - started
    assert took < DEADLINE + 8  # the slowest feed's deadline, and a few seconds
    assert len(report.results) == HEALTHY + len(HOSTILE)
    rows = health(database)
    for i in range(HEALTHY):  # every healthy feed stored in full
        assert len(titles(database, f"healthy-{i}")) == ENTRIES, rows[f"healthy-{i}"]
    for path in HOSTILE:
        name, row = path.strip("/"), rows[path.strip("/")]
        stored = titles(database, name)
        if row.last_status == "error":  # one clear line, no traceback, no "internal error"
            assert row.last_error and "\n" not in row.last_error, name
            assert "internal error" not in row.last_error, (name, row.last_error)
        elif name != "raw-lt":  # raw-lt holds no item: read in time, it stores nothing
            assert stored, (name, row)
    # the ones a browser reads, we store
    for name in ("lt", "deep", "surrogates", "cdata-doctype", "bad-encoding"):
        assert titles(database, name), (name, rows[name])
    assert titles(database, "surrogates")[0] == "\ufffd\ufffd Story 102-0"
    assert (rows["slow-markup"].last_error or "").startswith(
        f"parsing took longer than {DEADLINE:g} s"
    )
    assert parser.killed >= 1
