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
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
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
    parser.add_argument("--repeat", type=int, default=3, help="runs of naive, cold, warm (medians)")
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
                worker_figures(urls, Path(tmp), counts, db_url)
            else:
                pass_figures(urls, Path(tmp), args.repeat, args.checkout.resolve())
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
