"""Classify-and-cluster benchmark: synthetic AI news in a SQLite file, through analyze_pending.

    .venv/bin/python benchmarks/classify.py                  # 50,000 entries, plus the flatness check
    .venv/bin/python benchmarks/classify.py --entries 5000   # a quicker run
    .venv/bin/python benchmarks/classify.py --profile        # cProfile's top functions too
    .venv/bin/python benchmarks/classify.py --repeat 3 --no-flatness   # medians of 3 runs

Entries come from templates filled with names and labs (moves reported by 1–3 outlets, mentions,
and unrelated news) at a steady ~500 a day, so the number of candidate stories per entry is
what a busy real feed set gives, whatever the archive's size. Every entry has its own summary of
one or two sentences (with numbers and dates in it), as real feeds do, so no title+summary pair
repeats and classify's memo cannot flatter the figure. Prints entries/s, peak memory
(max RSS), and the cost per new entry with 5,000 and with 50,000 entries already stored. CPU
time (time.process_time) is the figure to compare on a shared machine; the load average is
printed with each run because wall time depends on it.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402

from jobs.stories.stage import analyze_pending  # noqa: E402
from jobs.watch.lists import watch_from_settings  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.models import Entry, Source  # noqa: E402

START = datetime(2024, 1, 1, tzinfo=UTC)
PER_DAY = 500
FIRST = """Alex Maria Wei Priya Jonas Sofia Omar Hana Luca Nadia Tom Yuki Ravi Elena Kofi Ines
Mateo Aisha Kenji Lena Diego Mina Arjun Clara Tariq Noor Felix Rosa Ivan Leila Pablo Zara Emil Asha
Hugo Amara Oskar Selin Bruno Keiko""".split()  # noqa: SIM905
LAST = """Varga Lindqvist Okafor Tanaka Moreau Castillo Novak Haddad Brennan Ivanova Kaur Sato Alvarez
Berg Chowdhury Dimitrov Eklund Fischer Gallo Hoang Iwasaki Jansen Kowalski Larsen Mendes Nakamura
Olsen Petrov Quinn Rossi Schmidt Takahashi Ueda Vogel Weber Yilmaz Zhou Abbott Baptiste""".split()  # noqa: SIM905
LABS = "OpenAI Anthropic Meta xAI Apple Nvidia Microsoft Amazon Mistral DeepSeek Cohere".split()  # noqa: SIM905
ROLES = "researcher engineer scientist executive co-founder".split()  # noqa: SIM905
MOVES = [
    "{p} leaves {a} for {b}",
    "{b} hires {a} {r} {p}",
    "{a} {r} {p} joins {b}",
    "{b} poaches {a}'s {p}",
    "{p} departs {a}",
    "{p} quits {a}, says the lab lost its way",
    "{b} taps former {a} {r} {p} to lead research",
]
MENTIONS = [
    "{w} says AGI is closer than people think",
    "Interview: {w} on the future of alignment research",
    "{w} warns about the race to superintelligence",
]
NOISE = [
    "{a} launches a new model for coding",
    "{a} raises $2 billion at a $40 billion valuation",
    "{a} joins forces with {b} on chips",
    "{a} releases an open-weight model",
    "Why {a}'s stock jumped this week",
    "{a} leaves the old brand name behind",
]
TOPICS = """video generation|reasoning models|alignment research|pretraining infrastructure|coding
agents|speech synthesis|robotics|interpretability|post-training|chip design|search|safety evaluations""".replace(
    "\n", " "
).split("|")
MOVE_SUMMARIES = [
    "{p} spent {n} years at {a} working on {t}; a spokesperson confirmed the move on {d}.",
    "The {r} led {t} at {a} and starts at {b} in {m} weeks, according to a memo seen by us.",
    "{b} did not say what {p} will work on; {a} declined to comment on {d}.",
    "It is the {n}th senior departure from {a} this year, after a reorganisation of its {t} team.",
]
OTHER_SUMMARIES = [
    "The company said {n},{m}00 customers already use it; shares rose {m}% in early trading on {d}.",
    "Speaking on {d}, the {r} said {t} would matter more than scale within {m} years.",
    "Analysts expect {n} rivals to follow by {d}, citing demand for {t}.",
    "The release covers {t} and ships to {n} countries first, with more in {m} months.",
]
LAST_CPU = [0.0]  # CPU seconds of the last analyze_all (the machine may be shared)
WATCHED = ["Jan Leike", "Ilya Sutskever", "Mira Murati", "Andrej Karpathy", "Demis Hassabis"]


def synthetic(count: int, seed: int = 7, offset: int = 0) -> list[dict[str, object]]:
    """`count` entries at PER_DAY a day; moves get 1–3 reports from different outlets."""
    rnd = random.Random(seed)
    rows: list[dict[str, object]] = []
    n = offset
    while len(rows) < count:
        when = START + timedelta(days=n / PER_DAY)
        kind = rnd.random()
        a, b = rnd.sample(LABS, 2)
        person = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        fill = {"p": person, "a": a, "b": b, "r": rnd.choice(ROLES), "w": rnd.choice(WATCHED)}
        if kind < 0.3:
            for k in range(rnd.randint(1, 3)):
                title = rnd.choice(MOVES).format(**fill)
                summary = _summary(rnd, MOVE_SUMMARIES, fill, n)
                rows.append(_row(n, title, summary, when + timedelta(hours=3 * k)))
                n += 1
        else:
            title = rnd.choice(MENTIONS if kind < 0.5 else NOISE).format(**fill)
            rows.append(_row(n, title, _summary(rnd, OTHER_SUMMARIES, fill, n), when))
            n += 1
    return rows[:count]


def _summary(rnd: random.Random, templates: list[str], fill: dict[str, str], n: int) -> str:
    """A summary of its own: the entry number makes every one different, as in real feeds."""
    day = (START + timedelta(days=n / PER_DAY)).strftime("%B %d")
    extra = {"n": str(2 + n % 97), "m": str(rnd.randint(2, 40)), "t": rnd.choice(TOPICS), "d": day}
    return rnd.choice(templates).format(**fill, **extra)


def _row(n: int, title: str, summary: str, when: datetime) -> dict[str, object]:
    url = f"https://news{n % 5}.example.com/{n}"
    return {
        "source_id": 1 + n % 5,
        "key": url,
        "url": url,
        "canonical_url": url,
        "title": title,
        "summary": summary,
        "published_at": when,
        "first_seen_at": when,
    }


def open_db(folder: Path) -> Database:
    db = Database(f"sqlite:///{folder / 'bench.db'}")
    upgrade(db.engine)
    with db.transaction() as s:
        for i in range(1, 6):
            s.add(Source(id=i, name=f"feed {i}", url=f"https://news{i}.example.com/rss"))
    return db


def store(db: Database, rows: list[dict[str, object]]) -> None:
    with db.transaction() as s:
        for start in range(0, len(rows), 5000):
            s.execute(insert(Entry), rows[start : start + 5000])


def analyze_all(db: Database) -> tuple[int, float]:
    """Analyze everything pending, one transaction per batch; (entries, seconds)."""
    watch = watch_from_settings([(w, []) for w in WATCHED], ["superintelligence"], None)
    done, began, cpu = 0, time.perf_counter(), time.process_time()
    while True:
        with db.transaction() as s:
            report = analyze_pending(s, watch, datetime.now(UTC), batch_size=2000)
        if report.analyzed == 0:
            break
        done += report.analyzed
    LAST_CPU[0] = time.process_time() - cpu
    return done, time.perf_counter() - began


def per_entry_cost(folder: Path, stored: int, probe: int = 2000) -> float:
    """µs per new entry when `stored` entries are already analyzed."""
    db = open_db(folder)
    store(db, synthetic(stored))
    analyze_all(db)
    store(db, [dict(r, key=f"new{r['key']}") for r in synthetic(probe, seed=11, offset=stored)])
    done, seconds = analyze_all(db)
    db.dispose()
    return seconds / done * 1e6


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def run_once(entries: int, profile: bool) -> tuple[int, float]:
    """Store `entries` synthetic entries in a fresh database and analyze them all."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp))
        store(db, synthetic(entries))
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        done, seconds = analyze_all(db)
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        db.dispose()
    return done, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="runs; prints the medians")
    parser.add_argument("--no-flatness", action="store_true", help="skip the 5k vs 50k check")
    args = parser.parse_args()
    walls, cpus = [], []
    for _ in range(args.repeat):
        done, seconds = run_once(args.entries, args.profile)
        walls.append(done / seconds)
        cpus.append(done / LAST_CPU[0])
        print(
            f"classified and clustered {done:,} entries in {seconds:.1f} s wall "
            f"({done / seconds:,.0f} entries/s), {LAST_CPU[0]:.1f} s CPU "
            f"({done / LAST_CPU[0]:,.0f} entries/s); load average {_load()}"
        )
    if args.repeat > 1:
        print(
            f"median of {args.repeat}: {statistics.median(cpus):,.0f} entries/s CPU, "
            f"{statistics.median(walls):,.0f} entries/s wall"
        )
    print(
        f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    if not args.no_flatness:
        for stored in (5_000, 50_000):
            with tempfile.TemporaryDirectory() as tmp:
                cost = per_entry_cost(Path(tmp), stored)
            print(
                f"per new entry with {stored:,} stored: {cost:.0f} µs wall, "
                f"{LAST_CPU[0] / 2000 * 1e6:.0f} µs CPU"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
