"""A real HTTP server on 127.0.0.1 for tests: routes are Python functions.

A route gets the `Request` and returns a `Reply`, or writes to `request.handler.wfile` itself
(for drips, resets and other misbehaviour) and returns None.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Request:
    method: str
    path: str  # with the query string
    headers: dict[str, str]  # lowercase names
    body: bytes
    handler: BaseHTTPRequestHandler


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Route = Callable[[Request], Reply | None]


def always(reply: Reply) -> Route:
    """A route that answers every request with `reply`."""
    return lambda _request: reply


class _QuietServer(ThreadingHTTPServer):
    """A client hanging up mid-reply (deadlines, caps) is expected here, not worth a traceback."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LoopbackServer:
    """Serves `routes` (exact path, or path without query) on an ephemeral loopback port."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                request = Request(
                    self.command,
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                    self,
                )
                with server._lock:
                    server.requests.append(request)
                route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
                reply = route(request) if route else Reply(404, b"not found")
                if reply is None:
                    self.close_connection = True
                    return
                self.send_response(reply.status)
                headers = {"content-length": str(len(reply.body)), **reply.headers}
                if self.close_connection:  # say so, as HTTP/1.1 servers do: else a client
                    headers.setdefault("connection", "close")  # may reuse the closing socket
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(reply.body)

            do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = do_HEAD = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, reply: Reply | Route) -> str:
        """Serve `reply` (fixed, or a function of the request) at `path`; returns its URL."""
        self.routes[path] = reply if callable(reply) else always(reply)
        return self.url(path)

    def hits(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path.split("?")[0] == path.split("?")[0]]

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
