"""Plain HTTP/1.1 GETs over the network guard's connections: the fetcher's own client.

httpx (with httpcore's pool and h11 under it) cost ~1 ms of the poll process's CPU per request
(1,000 GETs of 25 KB feeds: 0.94-1.17 s; here 0.30-0.37 s), and more inside a cold pass of
1,000 feeds, where it was a quarter of that process's work. The fetcher
needs little of it: GET, keep-alive, and a body framed by Content-Length, chunked coding or
the connection's close, handed over raw (the fetcher decompresses it within its cap). That is
all this module does. Connections still come from `GuardedBackend` (guard.py), which resolves,
refuses what is not allowed and connects to the address it checked; TLS is started on them as
httpcore did. URLs are parsed and normalised by httpx's URL class, as before.

Errors: what the guard's streams raise (httpcore's ConnectError, ReadError, WriteError, ...)
passes through; a malformed or cut-off response raises `RemoteProtocolError`. The caller's
deadline bounds everything (no timeout here).
"""

from __future__ import annotations

import contextlib
import ssl
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpcore
import httpx

from storage.errors import FetchError

MAX_HEAD = 100_000  # bytes of status line and headers (httpcore's limit for h11)
MAX_LINE = 65_536  # a chunk-size or trailer line
READ_SIZE = 65_536
_NO_BODY = frozenset((204, 304))
_VERSIONS = {b"HTTP/1.1": True, b"HTTP/1.0": False}  # version: keep-alive by default
_BAD_VALUE = frozenset("\r\n\0")
_HEX = b"0123456789abcdefABCDEF"


class RemoteProtocolError(FetchError):
    """The server's answer is not HTTP/1.1 as this client reads it, or it broke off (the
    fetcher reports it as a NetworkError, as it did httpx's error of this name)."""


class _Disconnected(RemoteProtocolError):
    """The server closed the connection before sending any of its answer."""


Origin = tuple[str, str, int]  # scheme, host (IDNA-encoded), port


@dataclass(eq=False)
class Connection:
    """One open connection and the bytes read from it but not yet used."""

    origin: Origin
    stream: httpcore.AsyncNetworkStream
    buffer: bytearray = field(default_factory=bytearray)
    idle_since: float = 0.0

    async def fill(self) -> bool:
        """Read more into the buffer; False at the end of the stream."""
        data = await self.stream.read(READ_SIZE)
        self.buffer += data
        return bool(data)

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self.stream.aclose()


class Response:
    """Status, headers (lowercase names, repeated ones joined by ", ") and the raw body."""

    def __init__(
        self,
        client: Client,
        conn: Connection,
        status: int,
        reason: str,
        headers: dict[str, str],
        keep_alive: bool,
    ) -> None:
        self.status, self.reason, self.headers = status, reason, headers
        self._client, self._keep = client, keep_alive
        self._conn: Connection | None = conn
        self._framing, self._length = framing(status, headers)
        if self._framing == "close":
            self._keep = False

    async def raw(self) -> AsyncIterator[bytes]:
        """The body as it arrives (still content-encoded); the connection is given back at its
        end, or closed."""
        conn = self._conn
        if conn is None:
            raise RemoteProtocolError("the body was already read or the response closed")
        if self._framing == "length":
            chunks = _sized(conn, self._length)
        elif self._framing == "chunked":
            chunks = _chunked(conn)
        elif self._framing == "close":
            chunks = _until_close(conn)
        else:
            chunks = _empty()
        async for chunk in chunks:
            yield chunk
        self._conn = None
        if self._keep and not conn.buffer:  # bytes beyond the answer: junk, do not reuse
            await self._client.release(conn)
        else:
            await conn.close()

    async def aclose(self) -> None:
        """Close the connection unless the body was read to its end (idempotent)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close()


class Client:
    """GET with keep-alive: `response = await client.get(url, headers)`, then read or close it."""

    def __init__(
        self,
        backend: httpcore.AsyncNetworkBackend,
        ssl_context: ssl.SSLContext,
        *,
        connect_timeout: float,
        max_idle: int,
        keepalive: float = 5.0,
    ) -> None:
        self._backend = backend
        self._ssl = ssl_context
        self._ssl.set_alpn_protocols(["http/1.1"])
        self._timeout = connect_timeout
        self._max_idle = max_idle
        self._keepalive = keepalive
        self._idle: list[Connection] = []  # oldest first

    async def get(self, url: str, headers: dict[str, str]) -> Response:
        """Send GET `url` (httpx.InvalidURL for a URL httpx would refuse); the answer's head."""
        parsed = httpx.URL(url)
        scheme = parsed.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"not an http or https URL: {url[:200]}")
        if not parsed.raw_host:
            raise httpx.InvalidURL(f"no host in {url[:200]}")
        host = parsed.raw_host.decode("ascii")
        origin = (scheme, host, parsed.port or (443 if scheme == "https" else 80))
        request = request_bytes(parsed, headers)
        conn = await self._take_idle(origin)
        if conn is not None:
            try:
                return await self._exchange(conn, request)
            except (_Disconnected, httpcore.ReadError, httpcore.WriteError):
                pass  # the server dropped the idle connection meanwhile: once on a new one
        return await self._exchange(await self._connect(origin), request)

    async def release(self, conn: Connection) -> None:
        """Keep a connection whose answer was read to the end, for the next request."""
        conn.idle_since = time.monotonic()
        self._idle.append(conn)
        while len(self._idle) > self._max_idle:
            await self._idle.pop(0).close()

    async def aclose(self) -> None:
        idle, self._idle = self._idle, []
        for conn in idle:
            await conn.close()

    async def _take_idle(self, origin: Origin) -> Connection | None:
        now = time.monotonic()
        for conn in reversed(self._idle):  # the most recently used first
            if conn.origin != origin:
                continue
            self._idle.remove(conn)
            # readable while idle: the server closed it (or sent junk); too old: it may be
            # about to close it
            expired = now - conn.idle_since > self._keepalive
            if expired or conn.stream.get_extra_info("is_readable"):
                await conn.close()
                continue
            return conn
        return None

    async def _connect(self, origin: Origin) -> Connection:
        scheme, host, port = origin
        stream = await self._backend.connect_tcp(host, port, timeout=self._timeout)
        if scheme == "https":
            try:
                stream = await stream.start_tls(self._ssl, host, self._timeout)
            except BaseException:
                with contextlib.suppress(Exception):
                    await stream.aclose()
                raise
        return Connection(origin, stream)

    async def _exchange(self, conn: Connection, request: bytes) -> Response:
        try:
            await conn.stream.write(request)
            while True:
                status, reason, headers, version = await read_head(conn)
                if not 100 <= status < 200:
                    break
                if status == 101:
                    raise RemoteProtocolError("the server switched protocols")
            keep = version and "close" not in headers.get("connection", "").lower()
            return Response(self, conn, status, reason, headers, keep)
        except BaseException:
            await conn.close()
            raise


def request_bytes(url: httpx.URL, headers: dict[str, str]) -> bytes:
    """The request's head: GET, Host, then `headers` (one whose value could not be sent as it
    is, with a line break in it, is left out)."""
    lines = [b"GET " + (url.raw_path or b"/") + b" HTTP/1.1", b"Host: " + url.netloc]
    for name, value in headers.items():
        if _BAD_VALUE.isdisjoint(value) and _BAD_VALUE.isdisjoint(name):
            with contextlib.suppress(UnicodeEncodeError):
                lines.append(name.encode("ascii") + b": " + value.encode("latin-1"))
    return b"\r\n".join(lines) + b"\r\n\r\n"


async def read_head(conn: Connection) -> tuple[int, str, dict[str, str], bool]:
    """Status, reason, headers and whether the version keeps the connection alive."""
    buffer = conn.buffer
    while True:
        end, size = _blank_line(buffer)
        if end >= 0:
            break
        if len(buffer) > MAX_HEAD:
            raise RemoteProtocolError(f"the response's headers are over {MAX_HEAD:,} bytes")
        if not await conn.fill():
            if buffer:
                raise RemoteProtocolError("the server closed the connection mid-headers")
            raise _Disconnected("Server disconnected without sending a response.")
    head = bytes(buffer[:end])
    del buffer[: end + size]
    lines = head.split(b"\n")
    version, _, rest = lines[0].rstrip(b"\r").partition(b" ")
    code, _, reason = rest.partition(b" ")
    if version not in _VERSIONS or len(code) != 3 or not code.isdigit():
        raise RemoteProtocolError(f"not an HTTP/1.x status line: {lines[0][:80]!r}")
    return int(code), _text(reason), parse_headers(lines[1:]), _VERSIONS[version]


def _blank_line(buffer: bytearray) -> tuple[int, int]:
    """Where the head ends (the index of its last line break) and the blank line's size."""
    crlf, lf = buffer.find(b"\r\n\r\n"), buffer.find(b"\n\n")
    if crlf >= 0 and (lf < 0 or crlf <= lf):
        return crlf, 4
    return lf, (2 if lf >= 0 else 0)


def parse_headers(lines: list[bytes]) -> dict[str, str]:
    """Header lines → {lowercase name: value}, repeated names joined by ", " (as httpx did)."""
    pairs: list[list[bytes]] = []
    for line in lines:
        line = line.rstrip(b"\r")
        if line[:1] in (b" ", b"\t") and pairs:  # obsolete line folding
            pairs[-1][1] += b" " + line.strip(b" \t")
            continue
        name, colon, value = line.partition(b":")
        if not colon or not name or name != name.strip() or b" " in name:
            raise RemoteProtocolError(f"malformed header line: {line[:80]!r}")
        pairs.append([name.lower(), value.strip(b" \t")])
    encoding = _encoding(pairs)
    headers: dict[str, str] = {}
    for name, value in pairs:
        key, text = name.decode(encoding), value.decode(encoding)
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return headers


def _encoding(pairs: list[list[bytes]]) -> str:
    # httpx's choice: ASCII if every header is, else UTF-8 if every header is, else Latin-1
    for encoding in ("ascii", "utf-8"):
        try:
            for name, value in pairs:
                name.decode(encoding)
                value.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"


def _text(raw: bytes) -> str:
    return raw.decode("latin-1").strip()


def framing(status: int, headers: dict[str, str]) -> tuple[str, int]:
    """How the body is delimited: ("none" | "length" | "chunked" | "close", length)."""
    if status in _NO_BODY or 100 <= status < 200:
        return "none", 0
    coding = headers.get("transfer-encoding")
    if coding is not None:  # Content-Length is ignored then (RFC 9112 6.3)
        last = coding.split(",")[-1].strip().lower()
        return ("chunked", 0) if last == "chunked" else ("close", 0)
    declared = headers.get("content-length")
    if declared is None:
        return "close", 0
    values = {v.strip() for v in declared.split(",")}
    if len(values) != 1 or not (value := values.pop()).isdigit():
        raise RemoteProtocolError(f"invalid Content-Length: {declared[:80]!r}")
    return "length", int(value)


async def _empty() -> AsyncIterator[bytes]:
    return
    yield b""  # an async generator that yields nothing


async def _sized(conn: Connection, length: int) -> AsyncIterator[bytes]:
    left = length
    while left:
        if not conn.buffer and not await conn.fill():
            raise RemoteProtocolError(
                "peer closed connection without sending complete message body "
                f"(received {length - left} bytes, expected {length})"
            )
        piece = bytes(conn.buffer[:left])
        del conn.buffer[:left]
        left -= len(piece)
        yield piece


async def _until_close(conn: Connection) -> AsyncIterator[bytes]:
    while True:
        if conn.buffer:
            piece = bytes(conn.buffer)
            conn.buffer.clear()
            yield piece
        if not await conn.fill():
            return


async def _chunked(conn: Connection) -> AsyncIterator[bytes]:
    while True:
        line = await _line(conn)
        size_text = line.split(b";", 1)[0].strip(b" \t")
        if not size_text or size_text.strip(_HEX) or len(size_text) > 16:
            raise RemoteProtocolError(f"invalid chunk size: {line[:80]!r}")
        size = int(size_text, 16)
        if size == 0:
            while await _line(conn):  # trailer fields, up to the blank line
                pass
            return
        async for piece in _sized(conn, size):
            yield piece
        if await _line(conn):
            raise RemoteProtocolError("a chunk is longer than its size says")


async def _line(conn: Connection) -> bytes:
    """One line of the chunked framing, without its line break."""
    while (end := conn.buffer.find(b"\n")) < 0:
        if len(conn.buffer) > MAX_LINE:
            raise RemoteProtocolError("a chunk-size or trailer line is too long")
        if not await conn.fill():
            raise RemoteProtocolError("peer closed connection in the middle of a chunked body")
    line = bytes(conn.buffer[:end]).rstrip(b"\r")
    del conn.buffer[: end + 1]
    return line
