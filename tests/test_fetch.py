"""The fetcher against real loopback servers: guard, redirects, caps, deadline, conditional GET."""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib

import pytest

from jobs.ingest.fetch import (
    BlockedAddressError,
    BodyTooLargeError,
    Fetcher,
    FetchError,
    FetchOptions,
    FetchTimeoutError,
    HTTPStatusError,
    RedirectError,
    max_age,
    retry_after,
)
from jobs.ingest.guard import is_never_allowed, is_public
from storage.types import utcnow
from tests.loopback import LoopbackServer, Reply, Request

OPEN = FetchOptions(timeout=2.0, max_body_bytes=1_000_000, allow_private_networks=True)
GUARDED = FetchOptions(timeout=2.0, max_body_bytes=1_000_000, allow_private_networks=False)


def drip(request: Request) -> None:
    """Headers at once, then one byte every 0.2 s: each read is quick, the whole is not."""
    out = request.handler.wfile
    try:
        out.write(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\ncontent-type: text/xml\r\n\r\n")
        for _ in range(100):
            out.write(b"<")
            out.flush()
            time.sleep(0.2)
    except (BrokenPipeError, ConnectionResetError):
        pass


@pytest.mark.parametrize(
    "address,public",
    [
        ("8.8.8.8", True),
        ("2606:4700::1111", True),
        ("127.0.0.1", False),
        ("10.0.0.5", False),
        ("192.168.1.1", False),
        ("100.64.0.1", False),
        ("169.254.169.254", False),
        ("0.0.0.0", False),
        ("::", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("64:ff9b::7f00:1", False),
        ("::127.0.0.1", False),  # IPv4-compatible
        ("::8.8.8.8", True),
        ("::ffff:0:7f00:1", False),  # IPv4-translated
        ("64:ff9b:1::7f00:1", False),  # local-use NAT64
        ("64:ff9b:1::808:808", False),
        ("fec0::1", False),  # site-local
        ("fe80::1%eth0", False),
        ("224.0.0.1", False),
    ],
)
def test_only_global_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(address) is public


def test_metadata_and_unspecified_are_refused_even_on_private_networks() -> None:
    assert is_never_allowed("169.254.169.254") and is_never_allowed("0.0.0.0")
    assert is_never_allowed("::") and not is_never_allowed("127.0.0.1")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "[::ffff:127.0.0.1]"])
async def test_guard_refuses_loopback_before_any_request(server: LoopbackServer, host: str) -> None:
    server.route("/feed", Reply(200, b"<rss/>"))
    async with Fetcher(GUARDED) as fetcher:
        with pytest.raises(BlockedAddressError, match="private or reserved"):
            await fetcher.get(f"http://{host}:{server.port}/feed")
    assert server.requests == []


async def test_guard_refuses_metadata_address() -> None:
    async with Fetcher(GUARDED) as fetcher:
        with pytest.raises(BlockedAddressError):
            await fetcher.get("http://169.254.169.254/latest/meta-data/")


async def test_guard_checks_what_a_name_resolves_to(server: LoopbackServer) -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return {"intranet.test": ["10.0.0.5"], "rebind.test": ["8.8.8.8", "127.0.0.1"]}[host]

    async with Fetcher(GUARDED, resolver=resolver) as fetcher:
        with pytest.raises(BlockedAddressError, match="resolves to 10.0.0.5"):
            await fetcher.get("http://intranet.test/feed")
        with pytest.raises(BlockedAddressError, match="127.0.0.1"):
            await fetcher.get(f"http://rebind.test:{server.port}/feed")
    assert server.requests == []


async def test_connects_to_the_checked_address(server: LoopbackServer) -> None:
    server.route("/feed", Reply(200, b"ok"))

    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    async with Fetcher(OPEN, resolver=resolver) as fetcher:
        result = await fetcher.get(f"http://feeds.test:{server.port}/feed")
    assert result.body == b"ok"
    assert server.requests[0].headers["host"] == f"feeds.test:{server.port}"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
async def test_only_http_and_https(url: str) -> None:
    async with Fetcher(OPEN) as fetcher:
        with pytest.raises(BlockedAddressError, match="only http and https"):
            await fetcher.get(url)


async def test_redirects_followed_by_hand_and_rechecked(server: LoopbackServer) -> None:
    server.route("/a", Reply(301, b"", {"location": "/b"}))
    server.route("/b", Reply(302, b"", {"location": f"http://127.0.0.1:{server.port}/c"}))
    server.route("/c", Reply(200, b"final"))
    server.route("/meta", Reply(302, b"", {"location": "http://169.254.169.254/latest/"}))
    server.route("/zero", Reply(302, b"", {"location": f"http://0.0.0.0:{server.port}/c"}))
    server.route("/file", Reply(302, b"", {"location": "file:///etc/passwd"}))
    async with Fetcher(OPEN) as fetcher:
        result = await fetcher.get(server.url("/a"))
        assert (result.body, result.final_url) == (b"final", server.url("/c"))
        for path in ("/meta", "/zero", "/file"):
            with pytest.raises(BlockedAddressError):
                await fetcher.get(server.url(path))
    assert len(server.hits("/c")) == 1  # the 0.0.0.0 hop never reached the server


async def test_redirect_loop_and_too_many_redirects(server: LoopbackServer) -> None:
    server.route("/loop1", Reply(302, b"", {"location": "/loop2"}))
    server.route("/loop2", Reply(302, b"", {"location": "/loop1"}))
    for n in range(10):
        server.route(f"/hop{n}", Reply(302, b"", {"location": f"/hop{n + 1}"}))
    async with Fetcher(OPEN) as fetcher:
        with pytest.raises(RedirectError, match="loop"):
            await fetcher.get(server.url("/loop1"))
        with pytest.raises(RedirectError, match="more than 5"):
            await fetcher.get(server.url("/hop0"))


async def test_gzip_bomb_cut_off_without_building_the_body(server: LoopbackServer) -> None:
    bomb = zlib.compress(b"\0" * 20_000_000, 9)  # zlib-wrapped deflate, ~60 KB on the wire
    server.route("/bomb", Reply(200, bomb, {"content-encoding": "deflate"}))
    server.route("/gz", Reply(200, gzip.compress(b"\0" * 20_000_000), {"content-encoding": "gzip"}))
    async with Fetcher(OPEN) as fetcher:
        tracemalloc.start()
        try:
            for path in ("/bomb", "/gz"):
                with pytest.raises(BodyTooLargeError):
                    await fetcher.get(server.url(path))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 8 * OPEN.max_body_bytes


async def test_body_over_cap_and_decompressed_body_within(server: LoopbackServer) -> None:
    server.route("/big", Reply(200, b"x" * 1_500_000))
    server.route("/ok", Reply(200, gzip.compress(b"y" * 900_000), {"content-encoding": "gzip"}))
    async with Fetcher(OPEN) as fetcher:
        with pytest.raises(BodyTooLargeError):
            await fetcher.get(server.url("/big"))
        assert (await fetcher.get(server.url("/ok"))).body == b"y" * 900_000


async def test_slow_drip_cut_off_at_the_deadline(server: LoopbackServer) -> None:
    server.route("/drip", drip)
    options = FetchOptions(timeout=1.0, allow_private_networks=True)
    async with Fetcher(options) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchTimeoutError):
            await fetcher.get(server.url("/drip"))
    assert time.monotonic() - started < 1.8


async def test_conditional_headers_and_304(server: LoopbackServer) -> None:
    def conditional(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(304, b"")
        return Reply(
            200, b"body", {"etag": '"v1"', "last-modified": "Mon, 01 Jan 2024 00:00:00 GMT"}
        )

    server.route("/feed", conditional)
    async with Fetcher(OPEN) as fetcher:
        first = await fetcher.get(server.url("/feed"))
        second = await fetcher.get(server.url("/feed"), first.headers["etag"], "Mon, 01 Jan 2024")
    assert not first.not_modified and second.not_modified and second.body == b""
    sent = server.requests[1].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == "Mon, 01 Jan 2024"
    assert sent["accept-encoding"] == "gzip, deflate"
    assert sent["user-agent"].startswith("labwatch/")


async def test_a_304_keeps_the_connection_for_the_next_fetch(server: LoopbackServer) -> None:
    server.route("/feed", lambda r: Reply(304, b"") if r.headers.get("if-none-match") else None)
    server.route("/other", Reply(200, b"ok"))
    async with Fetcher(OPEN) as fetcher:
        for _ in range(3):
            assert (await fetcher.get(server.url("/feed"), '"v1"')).not_modified
        assert (await fetcher.get(server.url("/other"))).body == b"ok"
    clients = {request.handler.client_address for request in server.requests}
    assert len(server.requests) == 4 and len(clients) == 1  # one connection, reused


async def test_error_status_carries_headers(server: LoopbackServer) -> None:
    server.route("/busy", Reply(503, b"", {"retry-after": "120"}))
    async with Fetcher(OPEN) as fetcher:
        with pytest.raises(HTTPStatusError) as caught:
            await fetcher.get(server.url("/busy"))
    assert caught.value.status == 503 and retry_after(caught.value.headers, utcnow()) == 120
    assert str(caught.value).startswith("HTTP 503")


async def test_unsupported_encoding_and_refused_connection(server: LoopbackServer) -> None:
    server.route("/br", Reply(200, b"\x0b\x02", {"content-encoding": "br"}))
    async with Fetcher(OPEN) as fetcher:
        with pytest.raises(FetchError, match="content-encoding"):
            await fetcher.get(server.url("/br"))
        with pytest.raises(FetchError):
            await fetcher.get("http://127.0.0.1:9/closed")


async def test_proxy_variables_are_ignored(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.route("/feed", Reply(200, b"direct"))
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    async with Fetcher(OPEN) as fetcher:
        assert (await fetcher.get(server.url("/feed"))).body == b"direct"


def test_cache_headers() -> None:
    assert max_age({"cache-control": "public, max-age=3600"}) == 3600
    assert max_age({"cache-control": "no-cache"}) is None
    assert retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, utcnow()) == 0
    assert retry_after({}, utcnow()) is None


async def test_a_finished_fetch_leaves_no_reference_cycles(server: LoopbackServer) -> None:
    # httpx ties a response and its stream into a cycle; left alone, every request's objects
    # waited for the cyclic collector, whose passes stalled the event loop
    import gc

    body = b"<rss/>"
    ok = server.route("/ok", Reply(200, body, {"content-type": "text/xml"}))
    hop = server.route("/hop", Reply(302, b"", {"location": "/ok"}))
    missing = server.route("/missing", Reply(404, b"no"))
    async with Fetcher(OPEN) as fetcher:
        gc.collect()
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            for _ in range(3):
                assert (await fetcher.get(ok)).body == body
                assert (await fetcher.get(hop)).body == body
                with pytest.raises(HTTPStatusError):
                    await fetcher.get(missing)
            gc.collect()
            left = [o for o in gc.garbage if type(o).__module__.startswith(("httpx", "httpcore"))]
        finally:
            gc.set_debug(0)
            gc.garbage.clear()
    assert left == []
