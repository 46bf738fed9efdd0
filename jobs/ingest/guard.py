"""The network guard: resolve, refuse non-global addresses, connect to the address checked.

It sits in httpcore's network backend, under the connection pool, so every connection —
the first hop, each redirect hop, a name that resolves differently the second time — is
checked on the address the socket is actually opened to. `allow_private_networks` lifts the
loopback/private refusal for tests; link-local (cloud metadata), multicast and unspecified
addresses stay refused even then.
"""

from __future__ import annotations

import asyncio
import ipaddress
import select
import socket
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from httpcore import AnyIOBackend, AsyncNetworkBackend, AsyncNetworkStream, ConnectError

from storage.errors import FetchError as FetchError  # the tree's branch, named here too

Resolver = Callable[[str, int], Awaitable[list[str]]]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
# IPv4 in the low 32 bits: IPv4-compatible (deprecated, ::a.b.c.d) and IPv4-translated (SIIT)
_COMPATIBLE = ipaddress.ip_network("::/96")
_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")
# local-use NAT64 (RFC 8215: the operator picks where the IPv4 sits) and the deprecated
# site-local range: neither is global, whatever Python's table says
_NOT_GLOBAL = (ipaddress.ip_network("64:ff9b:1::/48"), ipaddress.ip_network("fec0::/10"))
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}


class BlockedAddressError(FetchError):
    """The URL's scheme or address is not allowed (private networks and the like)."""


async def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to, in the resolver's order."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ConnectError(f"cannot resolve {host}: {exc}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    """True for a global unicast address; IPv4-mapped, NAT64 and scoped forms are unwrapped."""
    ip = _unwrap(address)
    if ip is None or never_allowed(ip):
        return False
    return ip.is_global and not any(ip in network for network in _NOT_GLOBAL)


def is_never_allowed(address: str) -> bool:
    """Link-local (cloud metadata), unspecified, multicast: refused even on private networks."""
    ip = _unwrap(address)
    return ip is None or never_allowed(ip)


def never_allowed(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    # 0.0.0.0 and [::] reach the local machine on Linux; 169.254.169.254 is cloud metadata
    return ip in _METADATA or ip.is_link_local or ip.is_multicast or ip.is_unspecified


def _unwrap(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip in _NAT64 or ip in _TRANSLATED or (ip in _COMPATIBLE and int(ip) > 1):
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)  # (:: and ::1 stay themselves)
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
    if isinstance(ip, ipaddress.IPv4Address) and ip == ipaddress.IPv4Address("255.255.255.255"):
        return None
    return ip


class GuardedBackend(AsyncNetworkBackend):
    """An httpcore backend that connects only to checked addresses."""

    def __init__(self, allow_private: bool, resolver: Resolver | None = None) -> None:
        self._allow_private = allow_private
        self._resolve = resolver or resolve
        self._inner = AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> AsyncNetworkStream:
        host = host.strip("[]")
        addresses = await self._resolve(host, port)
        if not addresses:
            raise ConnectError(f"{host} has no address")
        check = is_never_allowed if self._allow_private else lambda a: not is_public(a)
        blocked = [a for a in addresses if check(a)]
        if blocked:
            what = host if host == blocked[0] else f"{host} resolves to {blocked[0]}, which"
            hint = "" if self._allow_private else " (allowed by [http] allow_private_networks)"
            raise BlockedAddressError(f"{what} is a private or reserved address{hint}")
        last: Exception | None = None
        for address in addresses:  # connect to the address just checked, never re-resolve
            try:
                stream = await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
                return _Stream(stream)
            except ConnectError as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> AsyncNetworkStream:
        raise BlockedAddressError("unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _Stream(AsyncNetworkStream):
    """A connection that answers the pool's "is it readable?" from a cached socket.

    httpcore asks before every reuse of a pooled connection; anyio answers by rebuilding its
    whole attribute table (getpeername, getsockname, ...) each time: several syscalls a request.
    """

    def __init__(self, inner: AsyncNetworkStream) -> None:
        self._inner = inner
        self._sock = inner.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> AsyncNetworkStream:
        return _Stream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._sock is not None:
            return _is_readable(self._sock)
        return self._inner.get_extra_info(info)


def _is_readable(sock: socket.socket) -> bool:
    # readable while idle means the server closed it (or sent junk): don't reuse it
    if sock.fileno() < 0:
        return True
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))
