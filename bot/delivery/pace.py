"""Discord's rate limits as the sender keeps them, before Discord has to answer 429.

Two budgets (https://discord.com/developers/docs/topics/rate-limits):

- the bot's **global** budget, 50 requests a second for the token: every request the sender
  makes waits for a slot, slots `1 / per_second` apart (`[discord] requests_per_second`,
  default 40, below Discord's ceiling). One sender holds the delivery lease, so the budget is
  this process's, shared by the messages it has in flight at once (`[discord] max_in_flight`);
  a 429 marked global holds every request for its `retry_after` (a minute at most), also
  those already waiting for a slot.
- each **route's** bucket (one webhook): a response saying `X-RateLimit-Remaining: 0` holds
  that route for `X-RateLimit-Reset-After` seconds; a 429 holds it for its `retry_after`.

discord.py keeps the buckets of the channel routes itself; its requests still take a global
slot here first (bot.delivery.channels).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping

DEFAULT_PER_SECOND = 40.0
# the longest a global 429 holds every request: Discord's global waits are a second or two, and
# a longer ask (a broken answer) must not stop every destination; the asking message's own
# destination still backs off as long as asked (bot.delivery.send)
GLOBAL_HOLD_MAX = 60.0

Sleep = Callable[[float], Awaitable[None]]


class Pace:
    """`await pace.before(route)` before a request; `pace.after(...)` with its answer."""

    def __init__(
        self,
        per_second: float = DEFAULT_PER_SECOND,
        *,
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.spacing = 1.0 / per_second
        self.sleep, self.clock = sleep, clock
        self.next_at = 0.0  # the global budget's next free slot
        self.held_until = 0.0  # a global 429: no request of any route before then
        self.routes: dict[str, float] = {}  # route → when its bucket has room again

    async def before(self, route: str | None = None) -> None:
        """Wait until the route's bucket has room, then for a slot of the global budget.

        Several messages are sent at once (bot.delivery.send): a hold that another request's
        answer set while this one waited for its slot is waited out too, and a new slot taken.
        """
        while True:
            held = self._held(route)
            if held > 0:
                await self.sleep(held)
                continue
            now = self.clock()
            slot = max(now, self.next_at)  # taken before any await: two callers never share one
            self.next_at = slot + self.spacing
            if slot > now:
                await self.sleep(slot - now)
            if self._held(route) <= 0:
                return

    def _held(self, route: str | None) -> float:
        """Seconds until neither a global hold nor the route's bucket keeps a request back."""
        until = max(self.held_until, self.routes.get(route, 0.0) if route else 0.0)
        return until - self.clock()

    def after(self, route: str, status: int, headers: Mapping[str, str], retry: float) -> None:
        """Note what an answer says of the budgets (`retry`: a 429's wait, seconds)."""
        now = self.clock()
        if headers.get("x-ratelimit-remaining", "").strip() == "0":
            self.hold(route, now + seconds(headers.get("x-ratelimit-reset-after")))
        if status == 429:
            self.hold(route, now + retry)
            if headers.get("x-ratelimit-global", "").strip().lower() == "true":
                self.held_until = max(self.held_until, now + min(retry, GLOBAL_HOLD_MAX))
                self.next_at = max(self.next_at, self.held_until)

    def hold(self, route: str, until: float) -> None:
        self.routes[route] = max(self.routes.get(route, 0.0), until)


def seconds(value: str | None) -> float:
    """A header's seconds ("0.352"), 0 for anything unreadable."""
    try:
        wait = float(value or 0)
    except ValueError:
        return 0.0
    return wait if 0 < wait < 3600 else 0.0
