"""A fault world for tests: loopback routes that misbehave the way real servers do.

Each function returns a route for `tests.loopback.LoopbackServer.route`: slow answers, bytes
dripped, connections reset mid-body, error statuses with and without Retry-After, redirect
loops and redirects to private addresses, decompression bombs (also in a redirect's body),
entity expansion, wrong encodings, HTML, empty bodies, one GUID for every entry, and feeds that
grow by thousands of entries. `rss()` builds well-formed feeds for the good sources beside them.
"""

from __future__ import annotations

import gzip
import socket
import struct
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

from tests.loopback import Reply, Request, Route

XML = {"content-type": "application/rss+xml"}
Item = tuple[str, str, str]  # guid, title, link


def rss(items: list[Item], *, title: str = "Feed", start: datetime | None = None) -> bytes:
    """An RSS 2.0 feed of (guid, title, link) items, one hour apart from `start`."""
    start = start or datetime(2024, 5, 28, tzinfo=UTC)
    parts = [
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
    ]
    for n, (guid, head, link) in enumerate(items):
        when = format_datetime(start + timedelta(hours=n), usegmt=True)
        parts.append(
            f"<item><guid>{escape(guid)}</guid><title>{escape(head)}</title>"
            f"<link>{escape(link)}</link><pubDate>{when}</pubDate>"
            f"<description>Item {n} of {escape(title)}.</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def items(prefix: str, count: int, first: int = 0) -> list[Item]:
    """`count` distinct items named after `prefix`."""
    return [
        (f"{prefix}-{n}", f"{prefix} headline number {n}", f"https://{prefix}.example/{n}")
        for n in range(first, first + count)
    ]


def ok(body: bytes) -> Reply:
    return Reply(200, body, XML)


def slow(seconds: float, body: bytes = b"<rss/>") -> Route:
    """Say nothing at all for `seconds` (not even headers), then answer."""

    def route(request: Request) -> Reply:
        time.sleep(seconds)
        return ok(body)

    return route


def drip(every: float = 0.2, total: int = 200) -> Route:
    """Headers at once, then one byte every `every` seconds: each read is quick, the whole is not."""

    def route(request: Request) -> None:
        out = request.handler.wfile
        try:
            out.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/xml\r\n")
            out.write(b"content-length: %d\r\n\r\n" % total)
            for _ in range(total):
                out.write(b" ")
                out.flush()
                time.sleep(every)
        except OSError:
            pass

    return route


def reset_mid_body(body: bytes) -> Route:
    """Send the headers and half the body, then reset the connection (TCP RST)."""

    def route(request: Request) -> None:
        out = request.handler.wfile
        head = b"HTTP/1.1 200 OK\r\ncontent-type: application/rss+xml\r\n"
        out.write(head + b"content-length: %d\r\n\r\n" % len(body))
        out.write(body[: len(body) // 2])
        out.flush()
        sock: socket.socket = request.handler.connection
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()  # linger 0: the close is a reset, not an orderly end

    return route


def status(code: int, retry_after: str | None = None) -> Reply:
    """An error status, with a Retry-After header when given."""
    headers = {"retry-after": retry_after} if retry_after is not None else {}
    return Reply(code, b"try later", headers)


def redirect(
    location: str, *, code: int = 302, body: bytes = b"", gzip_body: bool = False
) -> Reply:
    """A redirect; `gzip_body` sends `body` gzip-encoded (a bomb the client must never inflate)."""
    headers = {"location": location}
    if gzip_body:
        headers["content-encoding"] = "gzip"
    return Reply(code, body, headers)


def gzip_bomb(size: int = 50_000_000) -> bytes:
    """`size` bytes of zeros, gzipped (~1/1000 of that on the wire)."""
    return gzip.compress(b"\0" * size, 9)


def bomb(size: int = 50_000_000) -> Reply:
    return Reply(200, gzip_bomb(size), {**XML, "content-encoding": "gzip"})


NESTED_ENTITIES = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b']><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
    b"</item></channel></rss>"
)


def one_large_entity(size: int = 40_000, uses: int = 2500) -> bytes:
    """One big entity referenced many times (the case feedparser's loose parser expands)."""
    return (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "' + b"x" * size + b'">]>'
        b'<rss version="2.0"><channel><title>t</title><item><title>i</title><description>'
        + b"&big;" * uses
        + b"</description></item></channel></rss>"
    )


EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title>'
    b"<guid>x</guid></item></channel></rss>"
)


def latin1_declared_utf8(prefix: str, count: int) -> bytes:
    """A feed that says utf-8 but is Latin-1 (é as one byte 0xE9): readable, not valid UTF-8."""
    body = rss([(g, t + " café", link) for g, t, link in items(prefix, count)])
    return body.replace("é".encode(), b"\xe9")


def unknown_encoding(prefix: str, count: int) -> bytes:
    """A feed declaring an encoding that does not exist."""
    return rss(items(prefix, count)).replace(b'encoding="utf-8"', b'encoding="x-no-such-thing"', 1)


def utf16_declared_utf8(prefix: str, count: int) -> bytes:
    """UTF-16 bytes (with BOM) behind a declaration of utf-8."""
    return rss(items(prefix, count)).decode().encode("utf-16")


def binary_noise(size: int = 4096) -> bytes:
    """Bytes that are no text in any encoding."""
    return bytes((n * 131 + 7) % 256 for n in range(size))


HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Welcome</title></head>"
    b"<body><h1>This is a web page, not a feed</h1></body></html>"
)


def one_guid(count: int) -> bytes:
    """`count` different items that all carry the same GUID."""
    return rss(
        [("same-guid", f"Different story {n}", f"https://g.example/{n}") for n in range(count)]
    )


def growing(prefix: str, first: int, then: int) -> tuple[Route, Callable[[], None]]:
    """A feed of `first` items; after `grow()` it carries `then` items (the old ones included)."""
    state = {"count": first}
    cache: dict[int, bytes] = {}

    def route(request: Request) -> Reply:
        count = state["count"]
        if count not in cache:
            cache[count] = rss(items(prefix, count), title=prefix)
        return ok(cache[count])

    def grow() -> None:
        state["count"] = then

    return route, grow
