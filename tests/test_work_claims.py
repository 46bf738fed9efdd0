"""Claims beyond sources: videos (transcripts) shared by workers through the database.

Each kind is checked the same three ways, on SQLite and on PostgreSQL: claimers racing never
get one row twice; a claim past its lease is taken over; a stale holder's write is refused.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import select

from bot.cli import main as cli
from bot.delivery.plan import plan_due_digests
from bot.delivery.rounds import LEASE_NAME, take_lease
from bot.delivery.send import deliver_pending
from bot.holder import Holder, this_process
from jobs.video.rounds import Attempt, _record_failure, _store_transcript, fetch_pending_transcripts
from jobs.video.transcripts import NoCaptions, Transcript
from jobs.watch.lists import WatchLists
from storage import outbox, subscriptions
from storage import transcripts as store
from storage.claims import Claim, claim_counts, release_held
from storage.db import Database
from storage.heartbeats import beat
from storage.leases import acquire_lease
from storage.migrate import upgrade
from storage.models import OutboxItem, OutboxMessage, Subscription, TranscriptSegment, Video
from storage.outbox import PendingMessage
from storage.subscriptions import subscribe_channel
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
    # the look-alike has only Database.transaction, all a claimer calls
    return claimer(cast(Database, _SessionDb(session)), holder, limit, utcnow())


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


# --- subscriptions (digest planning) ---------------------------------------------------------

SUBS = 12
DAY = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)  # every subscription's 09:00 UTC digest is owed


def add_subscriptions(db: Database, digest_at: str = "09:00") -> list[int]:
    with db.transaction() as session:
        subs = [
            subscribe_channel(session, 1, 100 + n, digest_at, now=DAY - timedelta(days=2))
            for n in range(SUBS)
        ]
        return [s.id for s in subs]


def claim_subs(db: Database, holder: str, limit: int, now: datetime) -> list[int]:
    at = DAY if now.year > DAY.year else now  # the race runs on the wall clock: plan at DAY
    with db.transaction() as session:
        return subscriptions.claim_due_subscriptions(session, at, holder, at + TTL, limit)


def digests_per_subscription(db: Database) -> Counter[int]:
    with db.session() as session:
        rows = session.scalars(
            select(OutboxItem.subscription_id).where(OutboxItem.kind == "digest")
        )
        return Counter(rows)


def test_racing_workers_never_claim_one_subscription_twice(database: Database) -> None:
    ids = add_subscriptions(database)
    got = race(database, claim_subs, 3, 2)
    assert sorted(s for subs in got.values() for s in subs) == ids
    if not database.is_sqlite:
        with database.transaction() as session:
            for holder in got:
                release_held(session, Subscription.id, ids, holder)
        skips_locked_rows(database, claim_subs, SUBS)


def test_a_lapsed_subscription_claim_is_taken_over_and_a_stale_planner_plans_nothing(
    database: Database,
) -> None:
    ids = add_subscriptions(database)
    sub_id = ids[0]
    assert sorted(claim_subs(database, "w1", 100, DAY)) == ids
    assert claim_subs(database, "w2", 100, DAY) == []  # held: not planned twice
    later = DAY + TTL + timedelta(seconds=1)
    assert sorted(claim_subs(database, "w2", 100, later)) == ids  # w1 died: w2 takes them over
    with database.transaction() as session:  # w1 comes back late: its plan is refused
        assert subscriptions.hold_subscription(session, sub_id, "w1") is None
    with database.transaction() as session:  # w2 lets go again; its planning claims them anew
        release_held(session, Subscription.id, ids, "w2")
    claim = Claim("w2", 100, TTL)
    planned = plan_due_digests(database, WatchLists(), later, claim=claim)
    assert digests_per_subscription(database) == Counter(dict.fromkeys(range(1, SUBS + 1), 1))
    assert len(planned) == SUBS
    with database.session() as session:
        subs = session.scalars(select(Subscription)).all()
    assert {s.claimed_by for s in subs} == {None}
    assert {s.next_due_at for s in subs} == {datetime(2026, 3, 5, 9, 0, tzinfo=UTC)}
    assert {s.cursor for s in subs} == {datetime(2026, 3, 4, 9, 0, tzinfo=UTC)}


def test_two_planners_at_once_plan_each_digest_once_and_a_dead_ones_later(
    database: Database,
) -> None:
    add_subscriptions(database)
    claim_subs(database, "dead", 3, DAY)  # a worker that claimed three and died before planning
    results: list[list[int]] = []

    def plan(holder: str) -> None:
        results.append(plan_due_digests(database, WatchLists(), DAY, claim=Claim(holder, 2, TTL)))

    threads = [threading.Thread(target=plan, args=(f"w{n}",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sum(len(r) for r in results) == SUBS - 3
    assert set(digests_per_subscription(database).values()) == {1}
    later = DAY + TTL + timedelta(seconds=1)
    assert len(plan_due_digests(database, WatchLists(), later, claim=Claim("w0", 2, TTL))) == 3
    counts = digests_per_subscription(database)
    assert len(counts) == SUBS and set(counts.values()) == {1}  # none skipped, none twice
    # nothing is owed until tomorrow's 09:00: no subscription is even claimed
    assert claim_subs(database, "w0", 100, later) == []
    assert len(plan_due_digests(database, WatchLists(), DAY + timedelta(hours=21))) == SUBS


def test_a_changed_digest_time_is_looked_at_again(database: Database) -> None:
    add_subscriptions(database)
    plan_due_digests(database, WatchLists(), DAY)
    assert claim_subs(database, "w0", 100, DAY) == []
    with database.transaction() as session:  # 13:00 today: owed as soon as it passes
        subscribe_channel(session, 1, 100, "13:00")
    assert len(claim_subs(database, "w0", 100, DAY)) == 1  # looked at again
    with database.transaction() as session:
        release_held(session, Subscription.id, range(1, SUBS + 1), "w0")
    assert plan_due_digests(database, WatchLists(), DAY) == []
    assert len(plan_due_digests(database, WatchLists(), DAY + timedelta(hours=1, minutes=1))) == 1


# --- outbox items (sending) ------------------------------------------------------------------

ITEMS = 10


class Recorder:
    """A destination that records every nonce it is sent (Discord keeps one message a nonce)."""

    def __init__(self) -> None:
        self.nonces: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, msg: PendingMessage) -> Recorder:
        return self

    async def send(self, payload: dict[str, Any], nonce: str, file: object = None) -> str:
        await asyncio.sleep(0.001)  # let the other sender run in between
        with self.lock:
            self.nonces.append(nonce)
            return str(1000 + len(self.nonces))


def add_items(db: Database) -> list[str]:
    """ITEMS outbox items of two messages each; every message's nonce."""
    with db.transaction() as session:
        sub = subscribe_channel(session, 1, 500, now=DAY)
        for n in range(ITEMS):
            payloads = [{"content": f"item {n} part {p}"} for p in range(2)]
            outbox.enqueue(session, sub.id, "alert", payloads, [], DAY)
    with db.session() as session:
        return sorted(session.scalars(select(OutboxMessage.nonce)))


def claim_items(db: Database, holder: str, limit: int, now: datetime) -> list[int]:
    with db.transaction() as session:
        return outbox.claim_pending_items(session, now, holder, now + TTL, limit)


def test_racing_senders_never_claim_one_outbox_item_twice(database: Database) -> None:
    add_items(database)
    got = race(database, claim_items, 3, 2)
    assert sorted(i for items in got.values() for i in items) == list(range(1, ITEMS + 1))
    if not database.is_sqlite:
        with database.transaction() as session:
            for holder in got:
                outbox.release_items(session, range(1, ITEMS + 1), holder)
        skips_locked_rows(database, claim_items, ITEMS)


def test_a_stale_sender_sends_nothing_and_the_first_id_stands(database: Database) -> None:
    add_items(database)
    now = utcnow()
    assert claim_items(database, "s1", 1, now) == [1]
    assert claim_items(database, "s2", 1, now) == [2]  # item 1 is s1's
    later = now + TTL + timedelta(seconds=1)
    assert claim_items(database, "s2", 1, later) == [1]  # s1's claim lapsed: taken over
    with database.session() as session:
        first, second = outbox.pending_messages(session, item_ids=[1])
    with database.transaction() as session:  # s1 comes back: it may not send
        assert not outbox.claim_send(session, first.message_row_id, 1, "s1", later + TTL)
    with database.transaction() as session:
        assert outbox.claim_send(session, first.message_row_id, 1, "s2", later + TTL)
        outbox.mark_sent(session, first.message_row_id, "111", later)
    with database.transaction() as session:  # sent already: not again, even by its holder
        assert not outbox.claim_send(session, first.message_row_id, 1, "s2", later + TTL)
        outbox.mark_sent(session, first.message_row_id, "999", later)  # a late record
    with database.session() as session:
        row = session.get(OutboxMessage, first.message_row_id)
        assert row is not None and (row.message_id, row.attempts) == ("111", 1)
    assert second.seq == 1


async def test_two_senders_send_each_message_once(database: Database) -> None:
    nonces = add_items(database)
    other = Database(database.url)  # another process: its own connections and round lock
    recorder = Recorder()
    try:
        await asyncio.gather(
            deliver_pending(database, recorder, utcnow, Claim("s1", 2, TTL)),
            deliver_pending(other, recorder, utcnow, Claim("s2", 2, TTL)),
        )
    finally:
        other.dispose()
    assert sorted(recorder.nonces) == nonces  # every message once
    with database.session() as session:
        statuses = set(session.scalars(select(OutboxItem.status)))
        holders = set(session.scalars(select(OutboxItem.claimed_by)))
    assert statuses == {"sent"} and holders == {None}


async def test_a_sender_waits_for_items_another_holds(database: Database) -> None:
    nonces = add_items(database)
    now = utcnow()
    held = claim_items(database, "stalled", 3, now)  # a sender that lost its lease mid-round
    recorder = Recorder()
    await deliver_pending(database, recorder, utcnow, Claim("s2", 4, TTL))
    assert len(recorder.nonces) == 2 * (ITEMS - len(held))
    later = now + TTL + timedelta(seconds=1)
    await deliver_pending(database, recorder, lambda: later, Claim("s2", 4, TTL))
    assert sorted(recorder.nonces) == nonces


def add_spread_items(db: Database, channels: int) -> list[str]:
    """ITEMS outbox items of two messages each, taking turns over `channels` destinations."""
    with db.transaction() as session:
        subs = [subscribe_channel(session, 1, 600 + n, now=DAY) for n in range(channels)]
        for n in range(ITEMS):
            payloads = [{"content": f"item {n} part {p}"} for p in range(2)]
            outbox.enqueue(session, subs[n % channels].id, "alert", payloads, [], DAY)
    with db.session() as session:
        return sorted(session.scalars(select(OutboxMessage.nonce)))


async def test_two_senders_each_sending_to_several_destinations_send_each_message_once(
    database: Database,
) -> None:
    nonces = add_spread_items(database, 4)
    other = Database(database.url)
    recorder = Recorder()
    try:
        await asyncio.gather(
            deliver_pending(database, recorder, utcnow, Claim("s1", 2, TTL), max_in_flight=3),
            deliver_pending(other, recorder, utcnow, Claim("s2", 2, TTL), max_in_flight=3),
        )
    finally:
        other.dispose()
    assert sorted(recorder.nonces) == nonces
    with database.session() as session:
        assert set(session.scalars(select(OutboxItem.claimed_by))) == {None}


class TakenOver(Recorder):
    """Records sends; at its `at`-th send the sender's items go to another sender (its claims
    lapsed and were taken over), and it notes which of the taken items' messages had their
    attempt counted then. An item whose row a lane held locked that instant (renewing its
    claim) is skipped by the takeover, as SKIP LOCKED does, and stays the first sender's."""

    def __init__(self, db: Database, at: int) -> None:
        super().__init__()
        self.db, self.at = db, at
        self.taken: set[str] = set()  # nonces of the items taken over
        self.counted: set[str] = set()  # those whose attempt was counted before the takeover
        self.after: list[str] = []  # those sent after it
        self.calls = 0

    async def send(self, payload: dict[str, Any], nonce: str, file: object = None) -> str:
        self.calls += 1
        if self.calls == self.at:
            later = utcnow() + TTL + timedelta(seconds=1)
            with self.db.transaction() as session:
                items = outbox.claim_pending_items(session, later, "s2", later + TTL, 100)
                taken = select(OutboxMessage.nonce).where(OutboxMessage.item_id.in_(items))
                self.taken = set(session.scalars(taken))
                counted = taken.where(OutboxMessage.attempts > 0)
                self.counted = set(session.scalars(counted))
        elif nonce in self.taken:
            self.after.append(nonce)
        return await super().send(payload, nonce, file)


async def test_a_sender_whose_items_were_taken_over_sends_only_what_was_in_flight(
    database: Database,
) -> None:
    add_spread_items(database, 5)
    recorder = TakenOver(database, at=3)
    width = 4
    await deliver_pending(database, recorder, utcnow, Claim("s1", 10, TTL), max_in_flight=width)
    assert recorder.taken  # the takeover happened mid-round
    assert len(recorder.nonces) < 2 * ITEMS  # the rest is the new holder's
    assert set(recorder.after) <= recorder.counted  # nothing counted after the takeover went out
    assert len(recorder.after) <= width - 1  # at most the other lanes' messages in flight
    with database.session() as session:
        assert set(session.scalars(select(OutboxItem.claimed_by))) <= {"s2", None}


def test_status_counts_every_kind_of_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tmp_path}/lw.db"\n')
    db = Database(f"sqlite:///{tmp_path}/lw.db")
    upgrade(db.engine)
    try:
        add_videos(db)
        add_items(db)
        now = utcnow()
        claim_videos(db, "w1", 2, now)
        claim_subs(db, "w1", 1, now)
        claim_items(db, "s1", 3, now)
        with db.transaction() as session:
            beat(session, "w1", "worker", "", 0, now)
            beat(session, "s1", "sender", "sending", 0, now)
    finally:
        db.dispose()
    assert cli(["--config", str(config), "status"]) == 0
    out = capsys.readouterr().out
    assert "worker   w1  claims 3 (videos 2, subscriptions 1)  seen" in out
    assert "sender   s1  claims 3 (outbox 3)  seen" in out
    assert cli(["--config", str(config), "status", "--format", "json"]) == 0
    listed = {p["holder"]: p for p in json.loads(capsys.readouterr().out)}
    assert listed["w1"]["claimed"] == {"videos": 2, "subscriptions": 1}
    assert listed["s1"]["claims"] == 3


def test_taking_the_lease_from_a_gone_sender_frees_its_items_at_once(database: Database) -> None:
    add_items(database)
    me = this_process("labwatch sender")
    gone = str(Holder(**{**me.__dict__, "pid": 4_000_000}))  # above pid_max: no such process
    now = utcnow()
    with database.transaction() as session:
        acquire_lease(session, LEASE_NAME, gone, now, TTL)
    assert claim_items(database, gone, 3, now) == [1, 2, 3]
    successor = str(this_process("labwatch sender"))
    take_lease(database, successor, now, TTL)
    assert claim_items(database, successor, 100, now) == list(range(1, ITEMS + 1))


def test_a_planner_dying_mid_plan_leaves_the_digest_whole_for_the_next(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    [first, *_rest] = add_subscriptions(database)

    def die(*args: object, **kwargs: object) -> None:
        raise SystemExit("killed after the outbox item was written, before the cursor moved")

    with monkeypatch.context() as patched:
        patched.setattr(subscriptions, "advance_cursor", die)
        with pytest.raises(SystemExit):
            plan_due_digests(database, WatchLists(), DAY, claim=Claim("dead", 1, TTL))
    assert digests_per_subscription(database) == Counter()  # nothing of it was committed
    claim = Claim("w1", 100, TTL)
    assert len(plan_due_digests(database, WatchLists(), DAY, claim=claim)) == SUBS - 1
    assert first not in digests_per_subscription(database)  # still the dead one's claim
    # a claim runs from the wall clock (DAY is in the past): the dead one's lapses after this
    later = utcnow() + TTL + timedelta(seconds=1)
    plan_due_digests(database, WatchLists(), later, claim=claim)
    assert digests_per_subscription(database)[first] == 1
