"""Benchmark: a worker's digest planning round with many subscriptions and none due.

    LABWATCH_BENCH_DATABASE_URL=postgresql+psycopg://... \\
        .venv/bin/python benchmarks/planning.py [--subscriptions 1000] [--repeat 5]

Every worker runs a planning round each minute. With claims it asks only for subscriptions
whose stored next due time has come (none here); the naive baseline looks at every
subscription in its own transaction, locked, as every worker's round did before claims
(`plan_digests` without `only`). Without the variable, a SQLite file is used. Medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from bot.delivery.plan import plan_digests, plan_due_digests  # noqa: E402
from jobs.watch.lists import WatchLists  # noqa: E402
from storage.claims import Claim  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.subscriptions import subscribe_channel  # noqa: E402

DAY = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)  # after every subscription's 09:00 digest


@contextmanager
def database() -> Iterator[Database]:
    """A private schema on the PostgreSQL named by the variable, else a SQLite file."""
    url = os.environ.get("LABWATCH_BENCH_DATABASE_URL")
    if not url:
        with tempfile.TemporaryDirectory() as folder:
            db = Database(f"sqlite:///{folder}/bench.db")
            yield db
            db.dispose()
        return
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in url else "?"
    db = Database(f"{url}{sep}options=-csearch_path%3D{schema}")
    try:
        yield db
    finally:
        db.dispose()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def median_seconds(round_: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        round_()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with database() as db:
        upgrade(db.engine)
        with db.transaction() as session:
            for n in range(args.subscriptions):
                subscribe_channel(session, 1, 10_000 + n, now=DAY - timedelta(days=2))
        plan_due_digests(db, WatchLists(), DAY)  # today's digests: each next due time stored
        minute_later = DAY + timedelta(minutes=1)
        claim = Claim("bench worker", 16, timedelta(minutes=5))
        claimed = median_seconds(
            lambda: plan_due_digests(db, WatchLists(), minute_later, claim=claim), args.repeat
        )
        naive = median_seconds(lambda: plan_digests(db, WatchLists(), minute_later), args.repeat)
        backend = db.engine.dialect.name
    print(
        f"{backend}, {args.subscriptions} subscriptions, none due: planning round with claims "
        f"{claimed * 1000:.1f} ms, every subscription looked at {naive * 1000:.0f} ms "
        f"({naive / claimed:.0f}x)"
    )


if __name__ == "__main__":
    main()
