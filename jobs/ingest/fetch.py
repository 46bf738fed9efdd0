"""Fetching URLs for the bot: guarded, capped, bounded in time, conditional.

One HTTP/1.1 client per Fetcher (jobs.ingest.http11: GET and keep-alive only, about a third
of httpx's CPU a request). Redirects are followed by hand (every hop re-checked),
bodies are decompressed here with an output limit, the whole fetch runs under one deadline,
and the network guard is the backend every connection is opened through, so it checks the
address actually connected to.
"""

from __future__ import annotations

import asyncio
import email.utils
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from jobs.ingest import http11
from jobs.ingest.guard import BlockedAddressError, FetchError, GuardedBackend, Resolver

__all__ = [
    "BlockedAddressError",
    "BodyTooLargeError",
    "FetchError",
    "FetchOptions",
    "FetchResult",
    "FetchTimeoutError",
    "Fetcher",
    "HTTPStatusError",
    "NetworkError",
    "RedirectError",
    "default_user_agent",
]

README_URL = "https://github.com/labwatch/labwatch#readme"
MAX_REDIRECTS = 5
POOL_PER_REQUEST_SLOT = 2  # open connections kept per request allowed in flight
MAX_URL = 4096
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
    "text/xml;q=0.9, text/html;q=0.5, */*;q=0.1"
)


def default_user_agent() -> str:
    """`labwatch/<version> (+README url)`."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("labwatch")
    except PackageNotFoundError:
        ver = "0"
    return f"labwatch/{ver} (+{README_URL})"


class NetworkError(FetchError):
    """The connection failed or broke."""


class FetchTimeoutError(FetchError):
    """The whole fetch did not finish within the deadline."""


class RedirectError(FetchError):
    """Too many redirects, a loop, or a redirect to somewhere not allowed."""


class BodyTooLargeError(FetchError):
    """The body, decompressed, is larger than the cap."""


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(self, message: str, status: int, headers: dict[str, str]) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers


# waits until this process may start a request to the host (jobs.ingest.hosts): None, no wait
Pacer = Callable[[str], Awaitable[None]]


@dataclass(frozen=True)
class FetchOptions:
    """Limits for every fetch; built once from `[http]`."""

    timeout: float = 20.0
    max_body_bytes: int = 10_000_000
    allow_private_networks: bool = False
    max_connections: int = 8
    max_per_host: int = 4
    user_agent: str = ""

    @classmethod
    def from_settings(cls, http: Any) -> FetchOptions:
        """From the `[http]` settings section."""
        return cls(
            timeout=float(http.timeout),
            max_body_bytes=int(http.max_body_bytes),
            allow_private_networks=bool(http.allow_private_networks),
            max_connections=int(http.max_connections),
            max_per_host=int(http.max_per_host),
            user_agent=http.user_agent or default_user_agent(),
        )


@dataclass(frozen=True)
class FetchResult:
    """A completed fetch: a body, or `not_modified` for a 304."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]  # lowercase names
    body: bytes
    not_modified: bool


class Fetcher:
    """`async with Fetcher(options) as f: await f.get(url)`."""

    def __init__(
        self, options: FetchOptions, *, resolver: Resolver | None = None, pacer: Pacer | None = None
    ) -> None:
        self.options, self.pacer = options, pacer
        self._backend = backend = GuardedBackend(options.allow_private_networks, resolver)
        # every connection is opened through the guard; no proxy variable is ever read. The
        # semaphores below bound the requests in flight; more idle connections than that are
        # kept, so an idle connection to one host is not closed to open one to the next (a
        # pool as small as the limit reconnected for ~60% of a pass's requests)
        self._client = http11.Client(
            backend,
            httpx.create_ssl_context(),  # loading CA certificates takes ~0.1 s: once
            connect_timeout=options.timeout,
            max_idle=POOL_PER_REQUEST_SLOT * options.max_connections,
        )
        self._user_agent = options.user_agent or default_user_agent()
        self._all = asyncio.Semaphore(options.max_connections)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        # anyio imports its event-loop backend on first use (~25 ms): now, not inside the
        # first request, where it held up the event loop in the middle of the first pass
        await self._backend.sleep(0)
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def get(
        self, url: str, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET `url` within the limits; raises a FetchError subclass with a one-line message."""
        host = check_url(url)
        limit = self._hosts.setdefault(host, asyncio.Semaphore(self.options.max_per_host))
        async with limit:
            if self.pacer is not None:  # a slot of the host's shared budget, not on the clock
                await self.pacer(host)  # (the URL's host: a redirect's hops take no more slots)
            async with self._all:
                return await self._get(url, etag, last_modified)

    async def _get(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult:
        """One fetch under the deadline, its errors as FetchErrors."""
        try:
            async with asyncio.timeout(self.options.timeout):
                return await self._follow(url, etag, last_modified)
        except (TimeoutError, httpcore.TimeoutException):
            raise FetchTimeoutError(
                f"no complete response within {self.options.timeout:g} s"
            ) from None
        except (httpcore.NetworkError, httpcore.ProtocolError, http11.RemoteProtocolError) as exc:
            raise NetworkError(_describe(exc)) from exc

    async def _follow(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult:
        headers = {
            "accept": ACCEPT,
            "accept-encoding": "gzip, deflate",
            "connection": "keep-alive",
            "user-agent": self._user_agent,
        }
        if etag:
            headers["if-none-match"] = etag
        if last_modified:
            headers["if-modified-since"] = last_modified
        seen = {url}
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                response = await self._client.get(current, headers)
            except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError):
                # e.g. 0177.0.0.1, which httpx's URL parser refuses
                raise FetchError(f"not a valid URL: {current[:200]}") from None
            try:
                target = redirect_target(current, response)
                if target is None:
                    return await self._finish(url, current, response)
            finally:
                await response.aclose()
            check_url(target)
            if target in seen:
                raise RedirectError(f"redirect loop at {target}")
            seen.add(target)
            current = target
        raise RedirectError(f"more than {MAX_REDIRECTS} redirects")

    async def _finish(self, url: str, final: str, response: http11.Response) -> FetchResult:
        headers = dict(response.headers)
        status = response.status
        if status == 304:
            # a 304 has no body; reading its (empty) end gives the connection back for the next
            # request (closed unread, it was one connect per warm request)
            async for _ in response.raw():
                pass
            return FetchResult(url, final, status, headers, b"", True)
        if status >= 400 or status < 200:
            reason = response.reason or ""
            raise HTTPStatusError(f"HTTP {status} {reason}".strip(), status, headers)
        body = await read_capped(response, self.options.max_body_bytes)
        return FetchResult(url, final, status, headers, body, False)


def check_url(url: str) -> str:
    """Only absolute http/https URLs with a host; returns the host (lowercase)."""
    if len(url) > MAX_URL:
        raise FetchError(f"URL is longer than {MAX_URL:,} characters: {url[:100]}...")
    if any(ord(c) < 32 or ord(c) == 127 for c in url):  # CR/LF would split headers and lines
        raise FetchError(f"not a valid URL (control characters): {url[:200]!r}")
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        raise FetchError(f"not a valid URL: {url[:200]}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise BlockedAddressError(f"only http and https URLs are fetched, not {url[:200]}")
    if not host:
        raise FetchError(f"URL has no host: {url[:200]}")
    return host


def redirect_target(current: str, response: http11.Response) -> str | None:
    """The absolute URL a 3xx response points at, or None when it is not a redirect."""
    if response.status not in (301, 302, 303, 307, 308):
        return None
    location = response.headers.get("location")
    if not location:
        return None
    return urljoin(current, location.strip())


async def read_capped(response: http11.Response, cap: int) -> bytes:
    """The body, decompressed here chunk by chunk so a bomb stops at `cap` bytes of output."""
    declared = response.headers.get("content-length", "")
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity") and declared.isdigit() and int(declared) > cap:
        raise BodyTooLargeError(f"body is {int(declared):,} bytes, over the {cap:,} byte cap")
    out = bytearray()
    async for piece in decode(response.raw(), encoding, cap):
        out += piece
        if len(out) > cap:
            raise BodyTooLargeError(f"body is over the {cap:,} byte cap")
    return bytes(out)


async def decode(raw: AsyncIterator[bytes], encoding: str, cap: int) -> AsyncIterator[bytes]:
    """Undo gzip/deflate with bounded output per call (never more than cap+1 bytes at once)."""
    if encoding in ("", "identity"):
        async for chunk in raw:
            yield chunk
        return
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"unsupported content-encoding {encoding!r}")
    wbits = 47 if encoding != "deflate" else 15  # 47: gzip or zlib header, detected
    inflater = zlib.decompressobj(wbits)
    try:
        async for chunk in raw:
            data = chunk
            while data:
                if inflater.eof:  # a second gzip member follows the first
                    data = inflater.unused_data + data
                    inflater = zlib.decompressobj(wbits)
                yield inflater.decompress(data, cap + 1)
                data = inflater.unconsumed_tail
        yield inflater.flush()
    except zlib.error as exc:
        raise FetchError(f"corrupt {encoding} body: {exc}") from None


def retry_after(headers: dict[str, str], now: datetime) -> float | None:
    """Seconds the server asks us to wait (Retry-After: seconds or an HTTP date)."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def max_age(headers: dict[str, str]) -> float | None:
    """Cache-Control max-age in seconds, if the server sent one."""
    for part in headers.get("cache-control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name.lower() == "max-age" and value.strip().strip('"').isdigit():
            return float(value.strip().strip('"'))
    return None


def _describe(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if text:
        return f"{type(exc).__name__}: {text}"
    # a reset mid-body comes with no text at all: say what happened
    return f"the connection failed or broke off ({type(exc).__name__})"
