"""The benchmarks' feed server: N RSS feeds of M entries from aiohttp in its own process.

One module for benchmarks/poll.py (four loopback hosts) and benchmarks/end_to_end.py (one host,
optionally slow): every feed answers 200 with an ETag, and 304 when the client already has it,
after `latency` seconds. The server runs in a separate process so that it takes neither the
measured program's event loop nor its GIL.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event

ONE_HOST = ("127.0.0.1",)
FOUR_HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4")


def make_feed(n: int, entries: int) -> bytes:
    """A realistic RSS 2.0 feed: HTML summaries, tracking parameters, dates."""
    items = []
    for i in range(entries):
        items.append(
            f"<item><title>Feed {n} story {i}: researcher moves between AI labs</title>"
            f"<link>https://news{n}.example/2024/story-{i}?utm_source=rss&amp;utm_medium=feed</link>"
            f'<guid isPermaLink="false">feed-{n}-item-{i}</guid>'
            f"<pubDate>Tue, 28 May 2024 {i % 24:02d}:05:00 GMT</pubDate>"
            f"<description>&lt;p&gt;Paragraph {i} of feed {n} with &lt;a href=&quot;https://x.example/"
            f"&quot;&gt;a link&lt;/a&gt; about alignment, researchers and labs, and enough words"
            f" to look like the summary of a real article.&lt;/p&gt;</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed {n}'
        f"</title><link>https://news{n}.example/</link><description>d</description>"
        f"{''.join(items)}</channel></rss>"
    ).encode()


@dataclass(frozen=True)
class FeedServer:
    """Where the feeds are: `urls` (spread over the hosts in turn) and the server's process."""

    port: int
    hosts: tuple[str, ...]
    feeds: int
    process: BaseProcess

    @property
    def urls(self) -> list[str]:
        return [
            f"http://{self.hosts[n % len(self.hosts)]}:{self.port}/feed/{n}.xml"
            for n in range(self.feeds)
        ]

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)


def start_server(
    port: int,
    feeds: int,
    entries: int,
    *,
    hosts: Sequence[str] = ONE_HOST,
    latency: float = 0.0,
) -> FeedServer:
    """Start the server process and wait until it listens on every host."""
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    process = context.Process(
        target=serve, args=(port, feeds, entries, tuple(hosts), latency, ready), daemon=True
    )
    process.start()
    if not ready.wait(120):
        process.kill()
        raise RuntimeError("the feed server did not start")
    return FeedServer(port, tuple(hosts), feeds, process)


def serve(
    port: int, feeds: int, entries: int, hosts: tuple[str, ...], latency: float, ready: Event
) -> None:
    """The server process: 200 with an ETag, 304 when the client has it, after `latency` s."""
    from aiohttp import web

    bodies = [make_feed(n, entries) for n in range(feeds)]

    async def handle(request: web.Request) -> web.Response:
        if latency:
            await asyncio.sleep(latency)
        n = int(request.match_info["n"])
        etag = f'"f{n}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=bodies[n], headers={"ETag": etag, "Content-Type": "application/rss+xml"}
        )

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/feed/{n}.xml", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        for host in hosts:
            await web.TCPSite(runner, host, port, backlog=1024).start()
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())
