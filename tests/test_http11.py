"""The fetcher's HTTP/1.1 client against a raw loopback server that sends exact bytes:
body framings, keep-alive, broken and hostile answers."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpcore
import pytest

from jobs.ingest import guard, http11
from jobs.ingest.fetch import (
    BlockedAddressError,
    Fetcher,
    FetchError,
    FetchOptions,
    NetworkError,
    read_capped,
)
from jobs.ingest.guard import GuardedBackend
from jobs.ingest.http11 import MAX_HEAD

OPEN = FetchOptions(timeout=2.0, max_body_bytes=1_000_000, allow_private_networks=True)


@dataclass
class RawServer:
    """Answers the n-th request with answers[n] (bytes written as they are); `close_after`
    hangs up after those answers' indices. Records each request's head and connection."""

    answers: list[bytes]
    close_after: set[int] = field(default_factory=set)
    heads: list[bytes] = field(default_factory=list)
    connections: list[int] = field(default_factory=list)
    port: int = 0
    opened: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.opened += 1
        connection = self.opened  # (not id(writer): a closed writer's id can come back)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                index = len(self.heads)
                self.heads.append(head)
                self.connections.append(connection)
                writer.write(self.answers[min(index, len(self.answers) - 1)])
                await writer.drain()
                if index in self.close_after:
                    return
        finally:
            writer.close()

    def url(self, path: str = "/feed") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


Serve = Callable[..., Awaitable[RawServer]]


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    servers: list[asyncio.Server] = []

    async def start(answers: list[bytes], close_after: set[int] | None = None) -> RawServer:
        raw = RawServer(answers, close_after or set())
        server = await asyncio.start_server(raw.handle, "127.0.0.1", 0)
        raw.port = server.sockets[0].getsockname()[1]
        servers.append(server)
        return raw

    yield start
    for server in servers:
        server.close()


def ok(body: bytes, *headers: str) -> bytes:
    extra = "".join(f"{h}\r\n" for h in headers)
    return f"HTTP/1.1 200 OK\r\ncontent-length: {len(body)}\r\n{extra}\r\n".encode() + body


async def test_chunked_body_with_extensions_and_trailers_keeps_the_connection(serve: Serve) -> None:
    chunked = (
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"
        b"5;name=value\r\n<rss>\r\n1A\r\n" + b"x" * 26 + b"\r\n0\r\nx-trailer: 1\r\n\r\n"
    )
    server = await serve([chunked, ok(b"second")])
    async with Fetcher(OPEN) as fetcher:
        assert (await fetcher.get(server.url())).body == b"<rss>" + b"x" * 26
        assert (await fetcher.get(server.url())).body == b"second"
    assert len(set(server.connections)) == 1  # read to its end: the connection was reused


async def test_a_body_up_to_the_close_and_a_new_connection_after_it(serve: Serve) -> None:
    server = await serve([b"HTTP/1.0 200 OK\r\ncontent-type: text/xml\r\n\r\n<rss/>"], {0, 1})
    async with Fetcher(OPEN) as fetcher:
        assert (await fetcher.get(server.url())).body == b"<rss/>"
        assert (await fetcher.get(server.url())).body == b"<rss/>"
    assert len(set(server.connections)) == 2


async def test_a_connection_the_server_dropped_while_idle_is_replaced(serve: Serve) -> None:
    # keep-alive announced, then closed after the answer: the next request goes on a new one
    server = await serve([ok(b"one"), ok(b"two")], {0})
    async with Fetcher(OPEN) as fetcher:
        assert (await fetcher.get(server.url())).body == b"one"
        await asyncio.sleep(0.05)
        assert (await fetcher.get(server.url())).body == b"two"
    assert len(set(server.connections)) == 2


async def test_a_dropped_connection_not_seen_before_the_request_is_retried_once(
    serve: Serve, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the server's close can arrive after the idle check: the request then fails on the dead
    # connection before any answer, and goes again on a new one (a GET may be sent twice)
    monkeypatch.setattr(guard, "_is_readable", lambda sock: False)
    server = await serve([ok(b"one"), ok(b"two")], {0})
    async with Fetcher(OPEN) as fetcher:
        assert (await fetcher.get(server.url())).body == b"one"
        await asyncio.sleep(0.05)
        assert (await fetcher.get(server.url())).body == b"two"
    assert len(set(server.connections)) == 2


async def test_informational_answers_are_skipped(serve: Serve) -> None:
    server = await serve([b"HTTP/1.1 100 Continue\r\n\r\n" + ok(b"after")])
    async with Fetcher(OPEN) as fetcher:
        assert (await fetcher.get(server.url())).body == b"after"


async def test_repeated_and_folded_headers(serve: Serve) -> None:
    answer = ok(b"x", "cache-control: public", "Cache-Control: max-age=60", "x-long: a", "\tb")
    server = await serve([answer])
    async with Fetcher(OPEN) as fetcher:
        headers = (await fetcher.get(server.url())).headers
    assert headers["cache-control"] == "public, max-age=60" and headers["x-long"] == "a b"


@pytest.mark.parametrize(
    "answer,words",
    [
        (b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nshort", "complete message body"),
        (b"ICY 200 OK\r\n\r\n", "status line"),
        (b"HTTP/1.1 200 OK\r\ncontent-length: 3\r\ncontent-length: 4\r\n\r\nabcd", "Length"),
        (b"HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n", "Content-Length"),
        (b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "malformed header"),
        (b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n", "chunk size"),
        (b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabcdef\r\n", "longer"),
        (b"HTTP/1.1 200 OK\r\n" + b"x-pad: " + b"y" * MAX_HEAD, "over"),
        (b"HTTP/1.1 101 Switching Protocols\r\n\r\n", "switched"),
    ],
)
async def test_broken_answers_fail_this_fetch_with_one_line(
    serve: Serve, answer: bytes, words: str
) -> None:
    server = await serve([answer], {0})
    async with Fetcher(OPEN) as fetcher:
        with pytest.raises(NetworkError, match=words):
            await fetcher.get(server.url())


async def test_a_server_that_hangs_up_without_answering(serve: Serve) -> None:
    server = await serve([b""], {0})
    async with Fetcher(OPEN) as fetcher:
        with pytest.raises(NetworkError, match="disconnected"):
            await fetcher.get(server.url())


async def test_line_breaks_in_stored_validators_are_never_sent(serve: Serve) -> None:
    # an ETag is stored from a server's answer: one with a line break must not add a header
    server = await serve([ok(b"x")])
    async with Fetcher(OPEN) as fetcher:
        await fetcher.get(server.url(), '"v1"\r\nx-injected: 1', "Mon, 01 Jan 2024 00:00:00 GMT")
    head = server.heads[0].decode().lower()
    assert "x-injected" not in head and "if-none-match" not in head
    assert "if-modified-since: mon, 01 jan 2024" in head and head.startswith("get /feed http/1.1")
    assert f"host: 127.0.0.1:{server.port}\r\n" in head


async def test_a_url_the_parser_refuses_is_one_fetch_error() -> None:
    async with Fetcher(OPEN) as fetcher:
        with pytest.raises(FetchError, match="not a valid URL"):
            await fetcher.get("http://0177.0.0.1/feed")  # which httpx's URL parser refuses


async def test_https_on_guarded_connections_checks_the_name_and_keeps_the_connection() -> None:
    # a throwaway self-signed certificate for feeds.test (tests/data, never used elsewhere)
    data = Path(__file__).parent / "data"
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    served.load_cert_chain(data / "tls-feeds-test.pem", data / "tls-feeds-test.key")
    raw = RawServer([ok(b"secure")])
    server = await asyncio.start_server(raw.handle, "127.0.0.1", 0, ssl=served)
    port = server.sockets[0].getsockname()[1]

    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    def client() -> http11.Client:
        trusted = ssl.create_default_context(cafile=str(data / "tls-feeds-test.pem"))
        backend = GuardedBackend(True, resolver)
        return http11.Client(backend, trusted, connect_timeout=5, max_idle=4)

    fetcher = client()
    try:
        for _ in range(2):
            response = await fetcher.get(f"https://feeds.test:{port}/feed", {})
            assert await read_capped(response, 1000) == b"secure"
        with pytest.raises(httpcore.ConnectError, match="certificate"):
            await client().get(f"https://other.test:{port}/feed", {})  # not the certificate's
        refused = http11.Client(
            GuardedBackend(False, resolver), ssl.create_default_context(), connect_timeout=5,
            max_idle=4,
        )  # fmt: skip
        with pytest.raises(BlockedAddressError):  # the guard still decides where TLS may go
            await refused.get(f"https://feeds.test:{port}/feed", {})
    finally:
        await fetcher.aclose()
        server.close()
    assert raw.opened == 1 and len(raw.heads) == 2  # both requests on one TLS connection
