"""Benchmark: the sender's round, one message at a time against several at once.

    .venv/bin/python benchmarks/send.py                       # 20 webhooks x 5 messages
    .venv/bin/python benchmarks/send.py --destinations 50 --messages 4 --latency 0.2
    LABWATCH_BENCH_DATABASE_URL=postgresql+psycopg://... .venv/bin/python benchmarks/send.py

N webhooks, each owed M messages (one outbox item each), on a loopback webhook server that
answers every execute after --latency seconds (Discord's usual 100-200 ms), in its own process.
The round is the `--role sender`'s (claims, `[discord] requests_per_second` = 40 as the config's
default): with `max_in_flight = 1` — one message at a time, the naive baseline and what the
sender did before — and with the default (8), in turn in the same run. The server counts the
requests it had open at once. Without the variable, a SQLite file is used. Medians.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from multiprocessing.synchronize import Event
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.planning import database  # noqa: E402
from bot.config import WebhookSettings, load_settings  # noqa: E402
from bot.delivery.pace import Pace  # noqa: E402
from bot.delivery.rounds import Destinations, sync_webhooks  # noqa: E402
from bot.delivery.send import MAX_IN_FLIGHT, deliver_pending, webhook_client  # noqa: E402
from storage import outbox, subscriptions  # noqa: E402
from storage.claims import Claim  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.types import utcnow  # noqa: E402

PER_SECOND = 40.0  # [discord] requests_per_second's default


def serve(port: int, latency: float, ready: Event) -> None:
    """The server process: every webhook execute answers 200 with a message id after `latency`
    s; GET /stats tells the most requests it had open at once (and resets the count)."""
    from aiohttp import web

    state = {"open": 0, "peak": 0, "served": 0}

    async def execute(request: web.Request) -> web.Response:
        await request.read()
        state["open"] += 1
        state["peak"] = max(state["peak"], state["open"])
        try:
            await asyncio.sleep(latency)
        finally:
            state["open"] -= 1
        state["served"] += 1
        return web.json_response({"id": str(1_300_000_000_000_000_000 + state["served"])})

    async def stats(_request: web.Request) -> web.Response:
        answer = web.json_response(dict(state))
        state["peak"] = state["served"] = 0
        return answer

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/api/webhooks/{id}/{token}", execute)
        app.router.add_get("/stats", stats)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port, backlog=1024).start()
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


def server_stats(port: int) -> dict[str, int]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/stats", timeout=10) as answer:
        stats: dict[str, int] = json.load(answer)
        return stats


def webhooks(folder: Path, port: int, count: int) -> list[WebhookSettings]:
    config = folder / "config.toml"
    hooks = "".join(
        f'[[webhooks]]\nurl = "http://127.0.0.1:{port}/api/webhooks/{9000 + n}/bench-{n}"\n'
        for n in range(count)
    )
    config.write_text(f"[http]\nallow_private_networks = true\n{hooks}")
    return list(load_settings(str(config)).raw.webhooks)


def queue(db: Database, hooks: list[WebhookSettings], messages: int) -> None:
    """`messages` one-message items for every webhook, taking turns (as alerts and digests
    fanned out to many destinations are queued)."""
    with db.transaction() as session:
        keys = [subscriptions.webhook_key(h.url) for h in hooks]
        subs = {s.key: s.id for s in subscriptions.active_subscriptions(session)}
        for n in range(messages):
            for key in keys:
                payload = {"content": f"message {n}", "allowed_mentions": {"parse": []}}
                outbox.enqueue(session, subs[key], "alert", [payload], [], utcnow())


async def timed_round(db: Database, hooks: list[WebhookSettings], width: int) -> float:
    async with webhook_client() as http:
        destinations = Destinations(hooks, http, pace=Pace(PER_SECOND))
        claim = Claim("bench sender", 16, timedelta(minutes=5))
        start = time.perf_counter()
        report = await deliver_pending(db, destinations, utcnow, claim, max_in_flight=width)
        seconds = time.perf_counter() - start
    if report.failed or report.given_up or report.unsure:
        raise SystemExit(f"the round failed: {report}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--destinations", type=int, default=20)
    parser.add_argument("--messages", type=int, default=5, help="messages per destination")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per answer")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--port", type=int, default=8791)
    args = parser.parse_args()
    total = args.destinations * args.messages
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    server = context.Process(target=serve, args=(args.port, args.latency, ready), daemon=True)
    server.start()
    if not ready.wait(60):
        raise SystemExit("the webhook server did not start")
    runs: dict[int, list[float]] = {1: [], MAX_IN_FLIGHT: []}
    peaks: dict[int, int] = {}
    try:
        with database() as db, tempfile.TemporaryDirectory() as folder:
            upgrade(db.engine)
            hooks = webhooks(Path(folder), args.port, args.destinations)
            sync_webhooks(db, hooks, utcnow())
            for _ in range(args.repeat):
                for width in runs:  # in turn: a busy machine weighs on both alike
                    queue(db, hooks, args.messages)
                    server_stats(args.port)
                    runs[width].append(asyncio.run(timed_round(db, hooks, width)))
                    stats = server_stats(args.port)
                    if stats["served"] != total:
                        raise SystemExit(f"the server saw {stats['served']} of {total} messages")
                    peaks[width] = max(peaks.get(width, 0), stats["peak"])
            backend = db.engine.dialect.name
    finally:
        server.kill()
        server.join(5)
    one, many = statistics.median(runs[1]), statistics.median(runs[MAX_IN_FLIGHT])
    print(
        f"{backend}, {args.destinations} webhooks x {args.messages} messages, "
        f"{args.latency * 1000:.0f} ms an answer, {PER_SECOND:.0f} requests/s budget, "
        f"medians of {args.repeat}:"
    )
    print(
        f"  max_in_flight = 1 (one at a time): {one:.2f} s, {total / one:.1f} messages/s, "
        f"at most {peaks[1]} open at the server"
    )
    print(
        f"  max_in_flight = {MAX_IN_FLIGHT} (default): {many:.2f} s, {total / many:.1f} "
        f"messages/s, at most {peaks[MAX_IN_FLIGHT]} open at the server ({one / many:.1f}x)"
    )


if __name__ == "__main__":
    main()
