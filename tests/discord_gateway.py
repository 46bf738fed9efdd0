"""A loopback stand-in for Discord's gateway, enough for discord.py's (sharded) client to connect.

HELLO on connect, READY for each IDENTIFY (with the shard it asked for), an ACK for each
heartbeat; every IDENTIFY is recorded, and `dispatch` sends an event (an INTERACTION_CREATE,
say) down a shard's open session. aiohttp's websocket server on its own thread and port:
the HTTP side (login, command sync) stays on tests/loopback.py's server.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any

from aiohttp import WSMsgType, web

HELLO = {"op": 10, "d": {"heartbeat_interval": 41250}}


class FakeGateway:
    """Serves ws://127.0.0.1:port/; `identified` lists (shard, count, monotonic time) of every
    IDENTIFY."""

    def __init__(self, user: dict[str, Any], application_id: str) -> None:
        self.user, self.application_id = user, application_id
        self.identified: list[tuple[int, int, float]] = []
        self.sessions: dict[int, web.WebSocketResponse] = {}  # shard → its latest session
        self.sequence = 1
        self.lock = threading.Lock()
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    def start(self) -> FakeGateway:
        self._thread.start()
        assert self._started.wait(10), "the fake gateway did not start"
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()

    def shards_identified(self, since: float = 0.0) -> set[tuple[int, int]]:
        """The (shard, count) pairs identified since that monotonic time."""
        with self.lock:
            return {(shard, count) for shard, count, at in self.identified if at >= since}

    def dispatch(self, shard: int, event: str, data: dict[str, Any]) -> None:
        """Send a DISPATCH (op 0) of `event` down the shard's session."""
        asyncio.run_coroutine_threadsafe(self._dispatch(shard, event, data), self.loop).result(10)

    async def _dispatch(self, shard: int, event: str, data: dict[str, Any]) -> None:
        self.sequence += 1
        await self.sessions[shard].send_json({"op": 0, "t": event, "s": self.sequence, "d": data})

    def _serve(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        self._started.set()
        self.loop.run_forever()

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/", self._session)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def _stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _session(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json(HELLO)
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                continue
            data = json.loads(message.data)
            if data.get("op") == 1:
                await ws.send_json({"op": 11})
            elif data.get("op") == 2:
                shard, count = data["d"].get("shard") or [0, 1]
                with self.lock:
                    self.identified.append((shard, count, time.monotonic()))
                    self.sessions[shard] = ws
                await ws.send_json(self.ready(shard, count))
        return ws

    def ready(self, shard: int, count: int) -> dict[str, Any]:
        return {
            "op": 0,
            "t": "READY",
            "s": 1,
            "d": {
                "v": 10,
                "user": self.user,
                "guilds": [],
                "session_id": f"session-{shard}-{len(self.identified)}",
                "resume_gateway_url": self.url,
                "shard": [shard, count],
                "application": {"id": self.application_id, "flags": 0},
            },
        }
