"""End to end: the whole `labwatch poll` process against a naive feedparser loop, one host.

    .venv/bin/python benchmarks/end_to_end.py                  # 1,000 feeds x 50 entries
    .venv/bin/python benchmarks/end_to_end.py --feeds 200      # a quicker run
    LABWATCH_BENCH_DATABASE_URL=postgresql+psycopg://... \\
        .venv/bin/python benchmarks/end_to_end.py --workers 1,3 --latency 0.1 --feeds 150

Every feed is on one loopback host (how YouTube channel feeds look). Measured in the same run:
the naive baseline (a sequential `feedparser.parse(url)` loop), then `labwatch poll` as a fresh
process (start-up, polling, classification, clustering, moments): cold (empty database), then
warm (every feed answers 304). With --workers, `labwatch run --role worker` processes on
PostgreSQL poll every source once more (feeds answering after --latency seconds) and the time
of that round is printed per number of workers.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from multiprocessing.synchronize import Event as EventType
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.poll import make_feed, naive  # noqa: E402
from storage.db import Database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def serve(port: int, feeds: int, entries: int, latency: float, ready: EventType) -> None:
    """Feeds on one host: 200 with an ETag, 304 when the client has it, after `latency` s."""
    from aiohttp import web

    bodies = [make_feed(n, entries) for n in range(feeds)]

    async def handle(request: web.Request) -> web.Response:
        if latency:
            await asyncio.sleep(latency)
        n = int(request.match_info["n"])
        etag = f'"f{n}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=bodies[n], headers={"ETag": etag, "Content-Type": "application/rss+xml"}
        )

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/feed/{n}.xml", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, HOST, port, backlog=1024).start()
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


def write_config(path: Path, url: str, feeds: list[str], *, in_config: bool) -> None:
    """A config polling these feeds (listed in it, or added to the database by the caller)."""
    lines = [
        "" if in_config else "sources = []\n",
        f'[storage]\nurl = "{url}"\n',
        "[http]\nallow_private_networks = true\n",
        '[transcripts]\nprovider = "none"\n',
        # the scaling of the workers themselves: the shared per-host budget set out of the way
        '[scale]\nclaim_batch = 8\nworker_tick = "0.2s"\nper_host_rate = 10000\n',
    ]
    if in_config:
        lines += [f'[[sources]]\nname = "feed {n}"\nurl = "{u}"\n' for n, u in enumerate(feeds)]
    path.write_text("".join(lines))


def timed_poll(config: Path) -> float:
    """Wall seconds of one `labwatch poll` process."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "poll"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"labwatch poll failed:\n{done.stderr[-2000:]}")
    return seconds


def pass_figures(urls: list[str], directory: Path) -> None:
    naive_s, entries = naive(urls)
    print(f"naive sequential feedparser.parse(url): {naive_s:.2f} s ({entries} entries)")
    config = directory / "config.toml"
    write_config(config, f"sqlite:///{directory}/poll.db", urls, in_config=True)
    cold = timed_poll(config)
    warm = timed_poll(config)
    print(
        f"labwatch poll, whole process, cold: {cold:.2f} s ({naive_s / cold:.1f}x the naive loop)"
    )
    print(
        f"labwatch poll, whole process, warm: {warm:.2f} s ({naive_s / warm:.1f}x the naive loop)"
    )


def worker_figures(urls: list[str], directory: Path, counts: list[int], db_url: str) -> None:
    """One round over every source by 1, 2, 3... workers on PostgreSQL."""
    from sqlalchemy import update

    from storage.migrate import upgrade
    from storage.models import Source

    config = directory / "workers.toml"
    write_config(config, db_url, urls, in_config=False)
    db = Database(db_url)
    upgrade(db.engine)
    with db.transaction() as session:
        for n, url in enumerate(urls):
            session.add(
                Source(name=f"feed {n}", url=url, origin="discord", poll_every_seconds=86400)
            )
    base = None
    for count in counts:
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "bot", "--config", str(config), "run", "--role", "worker"],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            for _ in range(count)
        ]
        try:
            wait_polled(db, len(urls))  # the cold round
            time.sleep(3)  # every worker up
            start = time.perf_counter()
            with db.transaction() as session:
                session.execute(update(Source).values(next_poll_at=None, last_polled_at=None))
            wait_polled(db, len(urls))
            seconds = time.perf_counter() - start
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait()
        base = base or seconds * counts[0]  # the first count's time, as if one worker
        print(f"{count} worker(s): a round of {len(urls)} sources in {seconds:.2f} s "
              f"({base / seconds:.2f}x one worker)")  # fmt: skip
    db.dispose()


def wait_polled(db: Database, total: int) -> None:
    """Until every source is polled, recorded and unclaimed."""
    from sqlalchemy import func, select

    from storage.models import Source

    polled = select(func.count()).where(
        Source.last_polled_at.is_not(None), Source.claimed_by.is_(None)
    )
    while True:
        with db.session() as session:
            if session.scalar(polled) == total:
                return
        time.sleep(0.05)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per feed answer")
    parser.add_argument("--workers", help="e.g. 1,3: worker scaling on PostgreSQL")
    parser.add_argument("--port", type=int, default=18081)
    args = parser.parse_args()
    ready = multiprocessing.Event()
    server = multiprocessing.Process(
        target=serve, args=(args.port, args.feeds, args.entries, args.latency, ready), daemon=True
    )
    server.start()
    ready.wait(60)
    urls = [f"http://{HOST}:{args.port}/feed/{n}.xml" for n in range(args.feeds)]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"{args.feeds} feeds x {args.entries} entries on one host, load {os.getloadavg()[0]:.1f}")  # fmt: skip
            if args.workers:
                db_url = os.environ.get("LABWATCH_BENCH_DATABASE_URL")
                if not db_url:
                    raise SystemExit("--workers needs LABWATCH_BENCH_DATABASE_URL (PostgreSQL)")
                counts = [int(n) for n in args.workers.split(",")]
                worker_figures(urls, Path(tmp), counts, db_url)
            else:
                pass_figures(urls, Path(tmp))
    finally:
        server.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
