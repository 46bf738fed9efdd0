"""Claims beyond sources: videos (transcripts) shared by workers through the database.

Each kind is checked the same three ways, on SQLite and on PostgreSQL: claimers racing never
get one row twice; a claim past its lease is taken over; a stale holder's write is refused.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from jobs.video.rounds import Attempt, _record_failure, _store_transcript, fetch_pending_transcripts
from jobs.video.transcripts import NoCaptions, Transcript
from storage import transcripts as store
from storage.claims import Claim, claim_counts
from storage.db import Database
from storage.models import TranscriptSegment, Video
from storage.types import utcnow
from tests.test_transcript_chain import Scripted, chain
from tests.videos import add_video

TTL = timedelta(minutes=5)
VIDEOS = [f"vid{n:08}" for n in range(12)]
Claimer = Callable[[Database, str, int, datetime], list[Any]]


def race(db: Database, claimer: Claimer, holders: int, batch: int) -> dict[str, list[Any]]:
    """`holders` threads claim batch after batch at once until nothing is left; who got what."""
    got: dict[str, list[Any]] = {f"w{n}": [] for n in range(holders)}
    start = threading.Barrier(holders)
    errors: list[BaseException] = []

    def work(holder: str) -> None:
        try:
            start.wait()
            while batch_got := claimer(db, holder, batch, utcnow()):
                got[holder].extend(batch_got)
        except BaseException as exc:  # noqa: BLE001 (reported by the test thread)
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(h,)) for h in got]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    return got


def skips_locked_rows(db: Database, claimer: Claimer, total: int) -> None:
    """PostgreSQL: rows claimed in a transaction not yet committed are skipped, not waited for."""
    other = Database(db.url)
    got: list[Any] = []
    try:
        with db.transaction() as session:
            first = claimer_in(session, claimer, "w1", 3)
            thread = threading.Thread(
                target=lambda: got.extend(claimer(other, "w2", 100, utcnow()))
            )
            thread.start()
            thread.join(10)
            assert not thread.is_alive(), "the second claimer waited for the first's rows"
        assert len(first) == 3 and not set(first) & set(got)
        assert len(first) + len(got) == total
    finally:
        other.dispose()


def claimer_in(session: Any, claimer: Claimer, holder: str, limit: int) -> list[Any]:
    return claimer(_SessionDb(session), holder, limit, utcnow())  # type: ignore[arg-type]


class _SessionDb:
    """A Database look-alike whose transaction is one already open (to hold it uncommitted)."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def transaction(self) -> Any:
        import contextlib

        return contextlib.nullcontext(self.session)


# --- videos ----------------------------------------------------------------------------------


def claim_videos(db: Database, holder: str, limit: int, now: datetime) -> list[str]:
    with db.transaction() as session:
        due = store.claim_due_videos(session, now, holder, now + TTL, limit)
    return [v.video_id for v in due]


def add_videos(db: Database) -> None:
    for n, video_id in enumerate(VIDEOS):
        add_video(db, video_id, datetime(2024, 5, 1, tzinfo=UTC) + timedelta(hours=n))


def test_racing_workers_never_claim_one_video_twice(database: Database) -> None:
    add_videos(database)
    got = race(database, claim_videos, 3, 2)
    claimed = [v for videos in got.values() for v in videos]
    assert sorted(claimed) == VIDEOS  # each once, none left out
    with database.session() as session:
        counts = claim_counts(session, utcnow())
    assert {h: c.get("videos", 0) for h, c in counts.items()} == {
        h: len(v) for h, v in got.items() if v
    }
    if not database.is_sqlite:
        with database.transaction() as session:
            store.release_videos(session, VIDEOS, "w0")
            store.release_videos(session, VIDEOS, "w1")
            store.release_videos(session, VIDEOS, "w2")
        skips_locked_rows(database, claim_videos, len(VIDEOS))


def test_a_lapsed_video_claim_is_taken_over(database: Database) -> None:
    add_videos(database)
    now = utcnow()
    assert claim_videos(database, "w1", 100, now) == sorted(VIDEOS, reverse=True)  # newest first
    assert claim_videos(database, "w2", 100, now) == []
    later = now + TTL + timedelta(seconds=1)
    assert len(claim_videos(database, "w2", 100, later)) == len(VIDEOS)


def test_a_stale_holder_writes_no_transcript(database: Database) -> None:
    add_video(database, "stale000001", utcnow())
    now = utcnow()
    [due] = claim_due(database, "w1", now)
    assert claim_videos(database, "w2", 10, now + TTL + timedelta(seconds=1)) == ["stale000001"]
    transcript = Transcript([], "en")
    assert not _store_transcript(database, "stale000001", transcript, [], now, "youtube", "w1")
    refused = Attempt("youtube", NoCaptions("none"), trusted=True)
    assert _record_failure(database, due, [refused], now, {}, "w1") is None
    with database.session() as session:
        row = session.get(Video, "stale000001")
        assert row is not None
        assert (row.transcript_status, row.transcript_attempts) == ("pending", 0)
        assert row.claimed_by == "w2"
    # the holder's own write goes in and frees the video
    assert _store_transcript(database, "stale000001", transcript, [], now, "youtube", "w2")
    with database.session() as session:
        row = session.get(Video, "stale000001")
        assert row is not None
        assert (row.transcript_status, row.claimed_by) == ("ok", None)


def claim_due(db: Database, holder: str, now: datetime) -> list[store.DueVideo]:
    with db.transaction() as session:
        return store.claim_due_videos(session, now, holder, now + TTL, 10)


async def test_workers_fetch_each_transcript_once(database: Database) -> None:
    add_videos(database)
    providers = [Scripted("youtube", {VIDEOS[0]: NoCaptions("none")}) for _ in range(3)]
    now = utcnow()
    reports = await asyncio.gather(
        *(
            fetch_pending_transcripts(
                database, chain(p), now, claim=Claim(f"w{n}", 2, TTL), limit=len(VIDEOS)
            )
            for n, p in enumerate(providers)
        )
    )
    asked = sorted(v for p in providers for v in p.asked)
    assert asked == VIDEOS  # every video asked of one worker only
    fetched = sorted(v for r in reports for v in r.fetched)
    assert fetched == VIDEOS[1:]
    assert [v for r in reports for v, _why in r.failed] == [VIDEOS[0]]
    with database.session() as session:
        owners = set(session.scalars(select(Video.claimed_by)))
        segments = session.scalar(select(TranscriptSegment.id).limit(1))
    assert owners == {None} and segments is not None  # every claim released
    # nothing is due now: a second round claims nothing and asks nobody
    before = len(providers[0].asked)
    again = await fetch_pending_transcripts(
        database, chain(providers[0]), now, claim=Claim("w0", 2, TTL)
    )
    assert again.fetched == [] and again.failed == [] and len(providers[0].asked) == before
