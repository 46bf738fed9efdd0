"""Poll benchmark: N loopback feeds of M entries, cold and warm passes, against a naive loop.

    .venv/bin/python benchmarks/poll.py                 # 1,000 feeds x 50 entries, 3 runs each
    .venv/bin/python benchmarks/poll.py --sweep         # also try other concurrency settings
    .venv/bin/python benchmarks/poll.py --feeds 200 --repeat 1   # a quicker run

The feeds are served by aiohttp in a separate process (so the server takes neither the bot's
event loop nor its GIL), spread over four loopback addresses to exercise the per-host limit.
Prints wall time, entries/s, peak memory (max RSS), and the worst event-loop stall of every run
with the load average next to it (the machine may be shared), then the medians. Parsing runs
in one worker process (parse=thread, the old one-thread setting) or in two (parse=process).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.feed_server import FOUR_HOSTS as HOSTS  # noqa: E402
from benchmarks.feed_server import start_server  # noqa: E402
from bot.app import freeze_startup_heap  # noqa: E402
from jobs.ingest.fetch import Fetcher, FetchOptions  # noqa: E402
from jobs.ingest.parse_pool import ParsePool  # noqa: E402
from jobs.ingest.poll import poll_sources  # noqa: E402
from jobs.ingest.source_kinds import feed_spec  # noqa: E402
from jobs.ingest.sources import sync_config_sources  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.types import utcnow  # noqa: E402


@dataclass
class PassFigures:
    seconds: float
    entries: int
    stall_ms: float
    errors: int
    cpu: float = 0.0  # CPU seconds of this process during the pass


async def timed_pass(db: Database, options: FetchOptions, pool: ParsePool) -> PassFigures:
    """One forced pass over every source, with a ticker measuring the worst loop stall."""
    loop = asyncio.get_running_loop()
    worst = 0.0

    async def ticker() -> None:
        nonlocal worst
        while True:
            start = loop.time()
            await asyncio.sleep(0.005)
            worst = max(worst, loop.time() - start - 0.005)

    async with Fetcher(options) as fetcher:  # built once when the bot starts, not per pass
        tick = asyncio.create_task(ticker())
        started, cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_SELF)
        report = await poll_sources(
            db, fetcher, utcnow(), default_interval=_TEN_MIN, force=True, parser=pool
        )
        seconds, cpu = time.perf_counter() - started, cpu_seconds(resource.RUSAGE_SELF) - cpu
        tick.cancel()
    for failure in report.failed[:3]:
        print(f"    error: {failure.name}: {failure.error}")
    return PassFigures(seconds, len(report.new_entry_ids), worst * 1000, len(report.failed), cpu)


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def fresh_db(directory: Path, urls: list[str], label: str) -> Database:
    db = Database(f"sqlite:///{directory / f'bench-{label}.db'}")
    upgrade(db.engine)
    with db.transaction() as session:
        sync_config_sources(session, [feed_spec(f"feed {i}", u) for i, u in enumerate(urls)], {})
    return db


def naive(urls: list[str]) -> tuple[float, int]:
    """The baseline: a sequential feedparser.parse(url) loop (here only, never in the bot)."""
    import feedparser

    started = time.perf_counter()
    count = sum(len(feedparser.parse(url).entries) for url in urls)
    return time.perf_counter() - started, count


def run_setting(
    directory: Path, urls: list[str], connections: int, per_host: int, parser: str, label: str
) -> tuple[PassFigures, PassFigures, float]:
    """Cold then warm pass with one concurrency setting and one parse executor."""
    options = FetchOptions(
        timeout=60, allow_private_networks=True, max_connections=connections,
        max_per_host=per_host, user_agent="labwatch-bench",
    )  # fmt: skip
    db = fresh_db(directory, urls, f"{connections}-{per_host}-{parser}-{label}")
    pool = ParsePool(2 if parser == "process" else 1)
    for _ in range(pool.workers):
        pool.run(int, "1")  # start the workers before the clock does
    workers_before = cpu_seconds(resource.RUSAGE_CHILDREN)
    freeze_startup_heap()  # as the bot does once its app is open
    try:
        cold = asyncio.run(timed_pass(db, options, pool))
        warm = asyncio.run(timed_pass(db, options, pool))
    finally:
        pool.close()  # reaped: the workers' CPU time now counts in RUSAGE_CHILDREN
        db.dispose()
    return cold, warm, cpu_seconds(resource.RUSAGE_CHILDREN) - workers_before


def max_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its (finished) children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def load() -> str:
    """The 1-minute load average (the machine is shared: every figure carries it)."""
    return f"{os.getloadavg()[0]:.1f}"


@dataclass
class Row:
    """One configuration's runs."""

    cold: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    cold_stall: list[float] = field(default_factory=list)
    warm_stall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # bot process + workers, cold pass
    loads: list[str] = field(default_factory=list)
    errors: int = 0
    entries: int = 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--port", type=int, default=18931)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each setting (medians)")
    parser.add_argument("--sweep", action="store_true", help="try several concurrency settings")
    parser.add_argument("--settings", help="e.g. 8/4/process,16/4/thread (instead of the list)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the naive loop")
    parser.add_argument("--switch-interval", type=float, help="sys.setswitchinterval (seconds)")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)

    server = start_server(args.port, args.feeds, args.entries, hosts=HOSTS)
    urls = server.urls
    settings = [(16, 4, "process"), (16, 4, "thread")]
    if args.sweep:
        settings = [
            (16, 4, "process"), (8, 2, "process"), (8, 8, "process"), (32, 8, "process"),
            (64, 16, "process"),
        ]  # fmt: skip
    if args.settings:
        settings = [
            (int(c), int(h), how) for c, h, how in (s.split("/") for s in args.settings.split(","))
        ]
    total = args.feeds * args.entries
    print(f"{args.feeds} feeds x {args.entries} entries = {total} entries, 4 loopback hosts;")
    print(f"{os.cpu_count()} CPUs, load average before the run: {load()}", flush=True)
    rows = {setting: Row() for setting in settings}
    naive_runs: list[tuple[float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.repeat):
            for setting in settings:
                connections, per_host, how = setting
                before = load()
                cold, warm, workers = run_setting(Path(tmp), urls, *setting, str(run))
                row = rows[setting]
                row.cold.append(cold.seconds)
                row.warm.append(warm.seconds)
                row.cold_stall.append(cold.stall_ms)
                row.warm_stall.append(warm.stall_ms)
                row.cpu.append(cold.cpu + workers)
                row.loads.append(f"{before}-{load()}")
                row.errors += cold.errors + warm.errors
                row.entries = cold.entries
                print(
                    f"  run {run + 1} {connections:>3}/{per_host:<2} parse={how:<7}"
                    f" cold {cold.seconds:6.2f} s ({cold.entries / cold.seconds:5.0f} entries/s,"
                    f" stall {cold.stall_ms:4.0f} ms, CPU {cold.cpu:5.1f} s + workers"
                    f" {workers:5.1f} s)  warm {warm.seconds:5.2f} s (stall {warm.stall_ms:4.0f}"
                    f" ms)  errors {cold.errors + warm.errors}  load {before}-{load()}",
                    flush=True,
                )
            if args.no_baseline:
                continue
            before, cpu_before = load(), cpu_seconds(resource.RUSAGE_SELF)
            naive_seconds, naive_entries = naive(urls)
            naive_cpu = cpu_seconds(resource.RUSAGE_SELF) - cpu_before
            naive_runs.append((naive_seconds, naive_cpu, f"{before}-{load()}"))
            print(
                f"  run {run + 1} naive sequential feedparser.parse(url): {naive_seconds:.2f} s,"
                f" CPU {naive_cpu:.1f} s ({naive_entries} entries)  load {before}-{load()}",
                flush=True,
            )
    server.stop()
    own_mb, children_mb = max_rss_mb()
    report(rows, naive_runs, own_mb, children_mb)
    return 0


def report(
    rows: dict[tuple[int, int, str], Row],
    naive_runs: list[tuple[float, float, str]],
    own_mb: float,
    children_mb: float,
) -> None:
    """Medians of every setting next to the naive baseline's median."""
    naive_s = statistics.median(n for n, _, _ in naive_runs) if naive_runs else float("nan")
    naive_cpu = statistics.median(c for _, c, _ in naive_runs) if naive_runs else float("nan")
    loads = ", ".join(x for _, _, x in naive_runs)
    print("\nmedians; load average (1 min) before-after each run")
    print(f"naive: {naive_s:.2f} s, CPU {naive_cpu:.1f} s  (loads {loads})")
    for (connections, per_host, how), row in rows.items():
        cold, warm = statistics.median(row.cold), statistics.median(row.warm)
        print(
            f"{connections:>3}/{per_host:<2} {how:<7} cold {cold:6.2f} s ({naive_s / cold:4.1f}x,"
            f" {row.entries / cold:5.0f} entries/s, CPU {statistics.median(row.cpu):5.1f} s,"
            f" stall {statistics.median(row.cold_stall):4.0f} ms, worst {max(row.cold_stall):4.0f})"
            f"  warm {warm:5.2f} s ({naive_s / warm:4.1f}x, stall"
            f" {statistics.median(row.warm_stall):4.0f} ms, worst {max(row.warm_stall):4.0f})"
            f"  errors {row.errors}  (loads {', '.join(row.loads)})"
        )
    print(f"peak memory {own_mb:.0f} MB (bot process), {children_mb:.0f} MB (largest child)")


_TEN_MIN = __import__("datetime").timedelta(minutes=10)

if __name__ == "__main__":
    sys.exit(main())
