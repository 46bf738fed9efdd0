"""End to end: the whole `labwatch poll` process against a naive feedparser loop, one host.

    .venv/bin/python benchmarks/end_to_end.py                  # 1,000 feeds x 50 entries
    .venv/bin/python benchmarks/end_to_end.py --feeds 200      # a quicker run
    LABWATCH_BENCH_DATABASE_URL=postgresql+psycopg://... \\
        .venv/bin/python benchmarks/end_to_end.py --workers 1,3 --latency 0.1 --feeds 150

Every feed is on one loopback host (how YouTube channel feeds look). Measured in the same run:
the naive baseline (a sequential `feedparser.parse(url)` loop), then `labwatch poll` as a fresh
process (start-up, polling, classification, clustering, moments): cold (empty database), then
warm (every feed answers 304). With --workers, that many `labwatch run --role worker`
processes on PostgreSQL (LABWATCH_BENCH_DATABASE_URL; each run in a new schema, dropped after)
take the cold round end to end once all are up, until every entry is analyzed, then one more
round over every source (all 304); feeds answer after --latency seconds. Medians of --repeat
runs, the worker counts alternating, with the ratio to the first count.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.feed_server import start_server  # noqa: E402
from benchmarks.poll import naive  # noqa: E402
from storage.db import Database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


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


def timed_poll(config: Path, checkout: Path = ROOT) -> tuple[float, float]:
    """Wall seconds of one `labwatch poll` process, and the CPU seconds of it and its children."""
    before = cpu_seconds(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "poll"],
        cwd=checkout, capture_output=True, text=True,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"labwatch poll failed:\n{done.stderr[-2000:]}")
    return seconds, cpu_seconds(resource.RUSAGE_CHILDREN) - before


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def load() -> str:
    """The 1-minute load average (the machine may be shared: every run carries it)."""
    return f"{os.getloadavg()[0]:.1f}"


def pass_figures(urls: list[str], directory: Path, repeat: int, checkout: Path = ROOT) -> None:
    """Naive loop, cold `labwatch poll`, warm `labwatch poll`, in turn; then the medians."""
    naive_runs, cold_runs, warm_runs = [], [], []
    for run in range(repeat):
        before = load()
        naive_s, entries = naive(urls)
        config = directory / f"config-{run}.toml"
        write_config(config, f"sqlite:///{directory}/poll-{run}.db", urls, in_config=True)
        (cold, cold_cpu) = timed_poll(config, checkout)
        (warm, warm_cpu) = timed_poll(config, checkout)
        naive_runs.append(naive_s)
        cold_runs.append(cold)
        warm_runs.append(warm)
        print(
            f"  run {run + 1}: naive {naive_s:.2f} s ({entries} entries); labwatch poll cold"
            f" {cold:.2f} s (CPU {cold_cpu:.1f} s, {naive_s / cold:.1f}x), warm {warm:.2f} s"
            f" (CPU {warm_cpu:.1f} s, {naive_s / warm:.1f}x)  load {before}-{load()}",
            flush=True,
        )
    naive_s, cold, warm = (statistics.median(r) for r in (naive_runs, cold_runs, warm_runs))
    print(f"medians of {repeat} run(s):")
    print(f"naive sequential feedparser.parse(url): {naive_s:.2f} s")
    print(
        f"labwatch poll, whole process, cold: {cold:.2f} s ({naive_s / cold:.1f}x the naive loop)"
    )
    print(
        f"labwatch poll, whole process, warm: {warm:.2f} s ({naive_s / warm:.1f}x the naive loop)"
    )


def worker_figures(
    urls: list[str], directory: Path, counts: list[int], db_url: str, repeat: int
) -> None:
    """1, 2, 3... `labwatch run --role worker` processes on PostgreSQL, each run in a schema of
    its own: once every worker is up, the cold round end to end (polling, parsing,
    classification, clustering, until every entry is analyzed), then one more round over every
    source (all 304)."""
    config = directory / "workers.toml"
    runs: dict[int, list[WorkerRun]] = {n: [] for n in counts}
    for _ in range(repeat):
        for count in counts:  # alternating, so a machine's drift touches every count alike
            run = worker_run(urls, config, count, db_url)
            runs[count].append(run)
            print(f"  {count} worker(s): up in {run.start:.2f} s, cold round {run.cold:.2f} s, "
                  f"next round {run.again:.2f} s, CPU {run.cpu:.1f} s, load {load()}",
                  flush=True)  # fmt: skip
    first = median_run(runs[counts[0]])
    for count in counts:
        m = median_run(runs[count])
        print(f"{count} worker(s), medians of {repeat}: {len(urls)} sources, cold round end to end "
              f"{m.cold:.2f} s ({first.cold / m.cold:.2f}x {counts[0]}), next round "
              f"{m.again:.2f} s ({first.again / m.again:.2f}x), up in {m.start:.2f} s, "
              f"CPU {m.cpu:.1f} s")  # fmt: skip


@dataclass(frozen=True)
class WorkerRun:
    """Seconds until every worker was up, of the cold round, of the next round; CPU seconds of
    the workers (and their parse processes) over the whole run."""

    start: float
    cold: float
    again: float
    cpu: float


def median_run(runs: list[WorkerRun]) -> WorkerRun:
    return WorkerRun(*(statistics.median(getattr(r, f) for r in runs) for f in WorkerRun.__annotations__))  # fmt: skip


def worker_run(urls: list[str], config: Path, count: int, db_url: str) -> WorkerRun:
    """`count` workers started on the sources of a new schema (none due until all are up)."""
    from sqlalchemy import insert, update

    from storage.migrate import upgrade
    from storage.schema import sources
    from storage.types import utcnow

    with private_schema(db_url) as url:
        write_config(config, url, urls, in_config=False)
        db = Database(url)
        upgrade(db.engine)
        later = utcnow() + timedelta(days=1)
        with db.writing() as conn:
            conn.execute(insert(sources), [
                {"name": f"feed {n}", "url": u, "origin": "discord", "poll_every_seconds": 86400,
                 "next_poll_at": later}
                for n, u in enumerate(urls)
            ])  # fmt: skip
        cpu_before = cpu_seconds(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
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
            wait_up(db, count)
            up = time.perf_counter() - start
            rounds = []
            for _ in range(2):  # cold (nothing stored yet), then every feed answering 304
                start = time.perf_counter()
                with db.writing() as conn:
                    conn.execute(update(sources).values(next_poll_at=None, last_polled_at=None))
                wait_done(db, len(urls))
                rounds.append(time.perf_counter() - start)
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait()
            db.dispose()
    return WorkerRun(up, rounds[0], rounds[1], cpu_seconds(resource.RUSAGE_CHILDREN) - cpu_before)


def wait_up(db: Database, count: int) -> None:
    """Until `count` workers have written their heartbeat."""
    from sqlalchemy import func, select

    from storage.schema import heartbeats

    beating = select(func.count()).where(heartbeats.c.role == "worker")
    while True:
        with db.reading() as conn:
            if conn.scalar(beating) == count:
                return
        time.sleep(0.05)


@contextmanager
def private_schema(db_url: str) -> Iterator[str]:
    """A new schema, as a URL whose search path is it; dropped afterwards."""
    from sqlalchemy import create_engine, text

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(db_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{db_url}{'&' if '?' in db_url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def wait_done(db: Database, total: int) -> None:
    """Until every source is polled, recorded and unclaimed, and every entry analyzed."""
    from sqlalchemy import func, select

    from storage.schema import entries, sources

    s = sources.c
    polled = select(func.count()).where(s.last_polled_at.is_not(None), s.claimed_by.is_(None))
    waiting = select(func.count()).where(entries.c.analyzed_at.is_(None))
    while True:
        with db.reading() as conn:
            if conn.scalar(polled) == total and conn.scalar(waiting) == 0:
                return
        time.sleep(0.05)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per feed answer")
    parser.add_argument("--workers", help="e.g. 1,3: worker scaling on PostgreSQL")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of naive, cold, warm, or of each worker count"
    )
    parser.add_argument("--port", type=int, default=18081)
    parser.add_argument(
        "--checkout", type=Path, default=ROOT, help="run labwatch from this checkout (before/after)"
    )
    args = parser.parse_args()
    server = start_server(args.port, args.feeds, args.entries, latency=args.latency)
    urls = server.urls
    try:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"{args.feeds} feeds x {args.entries} entries on one host, load {os.getloadavg()[0]:.1f}")  # fmt: skip
            if args.workers:
                db_url = os.environ.get("LABWATCH_BENCH_DATABASE_URL")
                if not db_url:
                    raise SystemExit("--workers needs LABWATCH_BENCH_DATABASE_URL (PostgreSQL)")
                counts = [int(n) for n in args.workers.split(",")]
                worker_figures(urls, Path(tmp), counts, db_url, args.repeat)
            else:
                pass_figures(urls, Path(tmp), args.repeat, args.checkout.resolve())
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
