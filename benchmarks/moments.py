"""Benchmark: link 100 new stories across 1,000 stored transcripts, and search a name in all.

    .venv/bin/python benchmarks/moments.py [--videos 1000] [--stories 100] [--repeat 5]

Transcripts are the seed captions (tests/data/captions) grown to ~400 segments, with the people
in them swapped for others from a pool of 30, and spread over a year. Storing them (with the
per-video index of named people and labs) is timed once; linking and searching are medians.
Targets: linking ≤ 5 s, one name search ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import delete  # noqa: E402

from jobs.video.captions import parse_captions  # noqa: E402
from jobs.video.moments import entities_for, find_person_moments, index_mentions, link_moments  # noqa: E402
from jobs.watch.lists import Person, WatchLists  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.models import Moment, Story, Video  # noqa: E402
from storage.transcripts import save_segments  # noqa: E402

SEED = ROOT / "tests" / "data" / "captions" / "edhOP4nzY-w.json"
START = datetime(2024, 1, 1, tzinfo=UTC)
POOL = (
    "Jan Leike", "Ilya Sutskever", "Sam Altman", "Demis Hassabis", "Dario Amodei",
    "Andrej Karpathy", "Mira Murati", "John Schulman", "Noam Brown", "Greg Brockman",
    "Alec Radford", "Mustafa Suleyman", "Jakub Pachocki", "Jeff Dean", "Geoffrey Hinton",
    "Satya Nadella", "Jensen Huang", "Elon Musk", "Aravind Srinivas", "Alexandr Wang",
    "Nat Friedman", "Mark Chen", "Fidji Simo", "Lilian Weng", "Durk Kingma",
    "Yann LeCun", "Daniel Gross", "Sarah Friar", "Tim Brooks", "Eliezer Yudkowsky",
)  # fmt: skip
SWAPS = ("Yan Lea", "Sam Altman", "Sam alman", "Sam Alman", "Sam mman", "samman", "Ilia")


def synthetic_segments(rng: random.Random, main: str, other: str) -> list[tuple[float, float, str]]:
    """The seed captions with its people swapped, grown to ~400 segments."""
    seed = parse_captions(SEED.read_bytes(), ".json")
    lines = [s.text for s in seed] + [s.text for s in seed[: 400 - len(seed)]]
    out = []
    for i, line in enumerate(lines):
        for swap in SWAPS:
            line = line.replace(swap, main if swap in ("Yan Lea", "Ilia") else other)
        out.append((i * 2.6 + rng.random() * 0.2, 2.6, line))
    return out


def store_videos(db: Database, count: int, watch: WatchLists, rng: random.Random) -> None:
    entities = entities_for(watch)
    step = timedelta(days=365) / count
    for batch in range(0, count, 50):
        with db.transaction() as session:
            for i in range(batch, min(batch + 50, count)):
                main, other = POOL[i % len(POOL)], POOL[(i * 7 + 3) % len(POOL)]
                video = Video(
                    video_id=f"v{i:010d}",
                    title=f"{main} and the week in AI",
                    published_at=START + step * i,
                )
                session.add(video)
                session.flush()
                rows = synthetic_segments(rng, main, other)
                save_segments(session, video.video_id, rows, language="en", now=START)
                index_mentions(session, video, entities)


def add_stories(db: Database, count: int, rng: random.Random) -> list[str]:
    ids = []
    with db.transaction() as session:
        for i in range(count):
            person = rng.choice(POOL)
            story_id = f"story{i:04d}"
            session.add(
                Story(
                    id=story_id,
                    kind="move",
                    title=f"{person} joins a lab",
                    person=person,
                    people=[person],
                    labs=["OpenAI", "Anthropic"],
                    published_at=START + timedelta(days=rng.uniform(0, 360)),
                )
            )
            ids.append(story_id)
    return ids


def median_seconds(fn: Callable[[], object], repeat: int, reset: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        reset()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--videos", type=int, default=1000)
    parser.add_argument("--stories", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, help="keep the database here (reused when it exists)")
    args = parser.parse_args()
    rng = random.Random(7)
    watch = WatchLists(people=tuple(Person(name) for name in POOL))
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        reuse = path.exists()
        db = Database(f"sqlite:///{path}")
        upgrade(db.engine)
        if not reuse:
            t0 = time.perf_counter()
            store_videos(db, args.videos, watch, rng)
            stored = time.perf_counter() - t0
            print(
                f"stored {args.videos} transcripts (~400 segments each, indexed) in {stored:.1f} s"
            )
            add_stories(db, args.stories, rng)
        story_ids = [f"story{i:04d}" for i in range(args.stories)]
        now = START + timedelta(days=400)

        def unlink() -> None:
            with db.transaction() as session:
                session.execute(delete(Moment))

        def link() -> None:
            with db.transaction() as session:
                link_moments(session, now, story_ids=story_ids, watch=watch)

        linking = median_seconds(link, args.repeat, unlink)
        with db.session() as session:
            linked = session.query(Moment).count()
        print(
            f"linking {args.stories} new stories: median {linking:.2f} s "
            f"({linked} moments; target <= 5 s)"
        )

        def search() -> None:
            with db.session() as session:
                assert find_person_moments(session, "Mira Murati", watch=watch)

        searching = median_seconds(search, args.repeat, lambda: None)
        print(
            f"name search across all transcripts: median {searching * 1000:.0f} ms (target <= 200 ms)"
        )

        def cold() -> None:
            with db.transaction() as session:
                find_person_moments(session, "Shengjia Zhao", watch=WatchLists())

        t0 = time.perf_counter()
        cold()
        print(
            f"first search for a name nobody watched (scans up to 100 newest videos plus "
            f"full-text candidates, then cached): {time.perf_counter() - t0:.1f} s"
        )
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
