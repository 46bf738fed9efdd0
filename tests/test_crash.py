"""kill -9 `labwatch run` (and `poll`, `digest --post`) at random moments: polling, transcripts, delivery.

A reference run (no kills) and a killed-and-restarted run work on the same loopback world:
feeds with moves and mentions of watched people, two video channels whose captions sit in
a folder, and a loopback Discord webhook (alerts on, a digest due now). Each kill lands at a
random moment after a random trigger (the first feed request, the first webhook post, or
the start). After the last restart has finished the work, the database must be consistent
(integrity check, foreign keys, no orphans), hold every entry and story the reference holds,
owe or have delivered every story, and no story may have been posted twice — except a
message Discord accepted in the instant before its id was committed (webhooks take no nonce;
see bot/delivery/send.py), which shows up as a message with more than one attempt.

Short variant: two kills, always. LABWATCH_LONG_TESTS=1: 24 kills (LABWATCH_CRASH_KILLS).
"""

from __future__ import annotations

import asyncio
import io
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app import open_database
from bot.config import load_settings
from bot.daemon import run
from bot.delivery.plan import LOOKBACK
from storage import digests, subscriptions
from storage.models import Story, Subscription
from tests.conftest import DATA
from tests.discord_webhooks import FakeWebhook, add_webhook
from tests.loopback import LoopbackServer, Reply, Request

ROOT = Path(__file__).parent.parent
LONG = os.environ.get("LABWATCH_LONG_TESTS") == "1"
KILLS = int(os.environ.get("LABWATCH_CRASH_KILLS", "24" if LONG else "2"))
SOURCES, ITEMS, CHANNELS, VIDEOS = 10, 20, 2, 5
PEOPLE = ["Jan Leike", "Ilya Sutskever", "Mira Murati", "Andrej Karpathy", "John Schulman"]
LABS = ["Anthropic", "OpenAI", "Google DeepMind", "Meta", "xAI"]


class World:
    """Feeds, captions and a webhook on loopback; the same for every run of one test."""

    def __init__(self, server: LoopbackServer, folder: Path, now: datetime) -> None:
        self.server, self.now = server, now
        self.captions = folder / "captions"
        self.captions.mkdir()
        vtt = (DATA / "captions" / "edhOP4nzY-w.en.vtt").read_text()
        self.feeds: list[tuple[str, str]] = []
        for s in range(SOURCES):
            body = self.rss(s)
            self.feeds.append((f"Outlet {s}", server.route(f"/f{s}.xml", self.slow(body))))
        for c in range(CHANNELS):
            ids = [f"crash{c}{k:05d}" for k in range(VIDEOS)]
            for video_id in ids:
                (self.captions / f"{video_id}.en.vtt").write_text(vtt)
            url = server.route(f"/yt{c}.xml", self.slow(self.youtube(c, ids)))
            self.feeds.append((f"Channel {c}", url))
        self.hook, self.hook_url = self.webhook()

    def slow(self, body: bytes) -> Callable[[Request], Reply]:
        def route(_request: Request) -> Reply:
            time.sleep(0.02)  # a little latency widens the windows a kill can land in
            return Reply(200, body, {"content-type": "application/rss+xml"})

        return route

    def webhook(self) -> tuple[FakeWebhook, str]:
        hook, url = add_webhook(self.server, 31337, "crash-token")

        def handle(request: Request) -> Reply:
            time.sleep(0.03)
            return hook.handle(request)

        self.server.route(hook.path, handle)
        return hook, url

    def when(self, s: int, j: int) -> str:
        return format_datetime(self.now - timedelta(minutes=40 * j + s), usegmt=True)

    def rss(self, s: int) -> bytes:
        parts = [f'<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet {s}</title>']
        for j in range(ITEMS):
            person, lab = PEOPLE[(s + j) % len(PEOPLE)], LABS[(s * 3 + j) % len(LABS)]
            if j % 5 == 0:
                title = f"{person} joins {lab}"
            elif j % 5 == 2:
                title = f"{person} talks about scaling in interview {s}-{j}"
            else:
                title = f"Markets note {s}-{j}: chip stocks rally"
            parts.append(
                f'<item><guid isPermaLink="false">o{s}-{j}</guid><title>{title}</title>'
                f"<link>https://outlet{s}.example/{j}</link>"
                f"<pubDate>{self.when(s, j)}</pubDate></item>"
            )
        return ("".join(parts) + "</channel></rss>").encode()

    def youtube(self, c: int, ids: list[str]) -> bytes:
        entries = "".join(
            f"<entry><id>yt:video:{v}</id><yt:videoId>{v}</yt:videoId>"
            f"<yt:channelId>UCcrashcrashcrashcrash{c:02d}</yt:channelId>"
            f"<title>Jan Leike joins Anthropic! What it means, part {k}</title>"
            f'<link rel="alternate" href="https://www.youtube.com/watch?v={v}"/>'
            f"<author><name>Channel {c}</name></author>"
            f"<published>{(self.now - timedelta(hours=k + 1)).isoformat()}</published></entry>"
            for k, v in enumerate(ids)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><feed xmlns:yt="http://www.youtube.com/xml/'
            'schemas/2015" xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Channel {c}</title>{entries}</feed>"
        ).encode()

    def config(self, folder: Path) -> Path:
        due = self.now - timedelta(minutes=2)
        sources = "".join(f'[[sources]]\nname = "{n}"\nurl = "{u}"\n' for n, u in self.feeds)
        people = ", ".join(f'"{p}"' for p in PEOPLE)
        path = folder / "config.toml"
        path.write_text(
            '[storage]\nurl = "sqlite:///labwatch.db"\n'
            "[http]\nallow_private_networks = true\ntimeout = 10\n"
            '[schedule]\npoll_every = "1h"\n'
            f'[transcripts]\nprovider = "directory"\ndirectory = "{self.captions}"\n'
            f"[watch]\npeople = [{people}]\n"
            '[discord]\ntoken_env = "LABWATCH_TEST_NO_SUCH_TOKEN"\n'
            f'[[webhooks]]\nurl = "{self.hook_url}"\ndigest_at = "{due:%H:%M}"\n'
            'timezone = "UTC"\nalerts = true\n' + sources
        )
        settings = load_settings(str(path))
        db = open_database(settings)  # the webhook exists since before its digest fell due
        with db.transaction() as session:
            subscriptions.sync_webhooks(
                session, settings.raw.webhooks, now=self.now - timedelta(days=2)
            )
        db.dispose()
        return path


def progress(db_file: Path) -> dict[str, int]:
    """What is left to do, read from outside the process (SQLite WAL allows it)."""
    conn = sqlite3.connect(db_file, timeout=10)
    try:

        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        holder = conn.execute("SELECT max(holder) FROM leases").fetchone()[0] or " pid 0"
        lease_pid = re.search(r" pid (\d+)", holder)
        assert lease_pid, holder
        return {
            "unpolled": one("SELECT count(*) FROM sources WHERE last_polled_at IS NULL"),
            "entries": one("SELECT count(*) FROM entries"),
            "unanalyzed": one("SELECT count(*) FROM entries WHERE analyzed_at IS NULL"),
            "videos": one("SELECT count(*) FROM videos"),
            "no_transcript": one(
                "SELECT count(*) FROM videos WHERE transcript_status IN ('pending', 'retry')"
            ),
            "pending_outbox": one("SELECT count(*) FROM outbox WHERE status = 'pending'"),
            "no_cursor": one("SELECT count(*) FROM subscriptions WHERE cursor IS NULL"),
            "moments": one("SELECT count(*) FROM moments"),
            "stories": one("SELECT count(*) FROM stories"),
            # alerts are planned after analysis, by their own job: a pass can look quiet before
            "unalerted": one(
                "SELECT count(*) FROM stories t WHERE t.kind = 'move' AND NOT EXISTS "
                "(SELECT 1 FROM delivered_stories d WHERE d.story_id = t.id)"
            ),
            "lease_pid": int(lease_pid[1]),
        }
    finally:
        conn.close()


def finished(db_file: Path) -> bool:
    state = progress(db_file)
    expected = SOURCES * ITEMS + CHANNELS * VIDEOS
    return (
        state["entries"] == expected
        and state["videos"] == CHANNELS * VIDEOS
        and not any(
            state[k]
            for k in (
                "unpolled",
                "unanalyzed",
                "no_transcript",
                "pending_outbox",
                "no_cursor",
                "unalerted",
            )
        )
    )


def settled(db_file: Path, quiet: float = 1.5) -> bool:
    """Finished, and nothing changed for `quiet` seconds (the pass's last stages are done)."""
    if not finished(db_file):
        return False
    before = progress(db_file)
    time.sleep(quiet)
    return progress(db_file) == before and finished(db_file)


async def reference_run(config: Path) -> None:
    """`labwatch run` in this process until the work is done, then a clean stop."""
    settings = load_settings(str(config))
    stop = asyncio.Event()

    async def watch() -> None:
        deadline = time.monotonic() + 240
        try:
            while not await asyncio.to_thread(settled, config.parent / "labwatch.db"):
                assert time.monotonic() < deadline, progress(config.parent / "labwatch.db")
                await asyncio.sleep(0.2)
        finally:
            stop.set()

    watcher = asyncio.create_task(watch())
    assert await run(settings, stop=stop, out=io.StringIO()) == 0
    await watcher


def start(config: Path, command: str = "run") -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(config), *command.split()],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def kill_at_random(config: Path, world: World, rng: random.Random) -> str:
    """Start a command, wait for a random trigger and a random moment, kill -9; what was hit.

    Mostly `run` (polling, transcripts, analysis, delivery); also `poll` and `digest --post`.
    """
    command = rng.choice(["run", "run", "poll", "digest --post"])
    trigger = rng.choice(["feed", "webhook", "start"])
    seen = (len(world.server.requests), len(world.hook.messages))
    proc = start(config, command)
    deadline = time.monotonic() + 60
    while trigger != "start" and time.monotonic() < deadline and proc.poll() is None:
        feeds = len(world.server.requests) - seen[0]
        if (trigger == "feed" and feeds) or (
            trigger == "webhook" and len(world.hook.messages) > seen[1]
        ):
            break
        if finished(config.parent / "labwatch.db"):
            break
        time.sleep(0.005)
    time.sleep(rng.uniform(0, 0.8) if trigger != "start" else rng.uniform(0.5, 4.0))
    if command != "run" and proc.poll() is not None:  # done before the kill came
        err = proc.communicate()[1].decode()
        assert proc.returncode == 0, err[-2000:]
        return f"{command}: finished"
    assert proc.poll() is None, proc.communicate()[1].decode()[-2000:]
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    return f"{command}: {trigger}"


def final_run(config: Path) -> None:
    """Restart once more and let it finish; then a clean stop (SIGTERM), exit 0."""
    proc = start(config)
    deadline = time.monotonic() + 180
    db_file = config.parent / "labwatch.db"
    # running (it holds the lease, its signal handlers are in place) and done
    while progress(db_file)["lease_pid"] != proc.pid or not settled(db_file):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            err = proc.communicate()[1].decode()[-3000:]
            pytest.fail(f"never finished: {progress(config.parent / 'labwatch.db')} {err}")
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    _out, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr.decode()[-3000:]


def check_consistent(db_file: Path) -> None:
    conn = sqlite3.connect(db_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = {
            "entry without source": "SELECT count(*) FROM entries e LEFT JOIN sources s "
            "ON s.id = e.source_id WHERE s.id IS NULL",
            "story of an entry missing": "SELECT count(*) FROM entries e LEFT JOIN stories t "
            "ON t.id = e.story_id WHERE e.story_id IS NOT NULL AND t.id IS NULL",
            "moment without story or video": "SELECT count(*) FROM moments m LEFT JOIN stories t "
            "ON t.id = m.story_id LEFT JOIN videos v ON v.video_id = m.video_id "
            "WHERE t.id IS NULL OR v.video_id IS NULL",
            "segments without video": "SELECT count(*) FROM transcript_segments g LEFT JOIN "
            "videos v ON v.video_id = g.video_id WHERE v.video_id IS NULL",
            "entry key not remembered": "SELECT count(*) FROM entries e LEFT JOIN seen_keys k "
            "ON k.source_id = e.source_id AND k.key = e.key WHERE k.key IS NULL",
            "message of a missing item": "SELECT count(*) FROM outbox_messages m LEFT JOIN "
            "outbox o ON o.id = m.item_id WHERE o.id IS NULL",
        }
        for what, sql in orphans.items():
            assert conn.execute(sql).fetchone()[0] == 0, what
        assert conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    finally:
        conn.close()


def content(db_file: Path) -> dict[str, Any]:
    """What must be the same with and without kills (independent of processing order)."""
    conn = sqlite3.connect(db_file)
    try:

        def rows(sql: str) -> set[tuple[object, ...]]:
            return set(conn.execute(sql).fetchall())

        return {
            "entries": rows(
                "SELECT s.name, e.key FROM entries e JOIN sources s ON s.id = e.source_id"
            ),
            "in a story": rows(
                "SELECT s.name, e.key FROM entries e JOIN sources s ON s.id = e.source_id "
                "WHERE e.story_id IS NOT NULL"
            ),
            "moves": rows("SELECT person, action, to_lab FROM stories WHERE kind = 'move'"),
            "transcripts": rows(
                "SELECT video_id, transcript_status, count(g.id) FROM videos v LEFT JOIN "
                "transcript_segments g USING (video_id) GROUP BY video_id"
            ),
        }
    finally:
        conn.close()


def check_delivery(config: Path, hook: FakeWebhook, seed: int, kills: int = 0) -> tuple[int, int]:
    """No story posted twice (bar the in-flight window of each of `kills` kills), none lost;
    (posts, duplicates). `seed` is named in a failure so that LABWATCH_CRASH_SEED can replay
    the run."""
    titles = Counter(e["title"] for m in hook.messages for e in m["embeds"])
    db_file = config.parent / "labwatch.db"
    conn = sqlite3.connect(db_file)
    try:
        sends = conn.execute("SELECT payload, attempts FROM outbox_messages").fetchall()
    finally:
        conn.close()
    duplicated = {t for t, n in titles.items() if n > 1}
    for title in duplicated:
        # Only a message in flight at a kill may repeat: once per kill that caught it
        # (docs/scale-out.md, the sender), and never more often than its sends were counted
        # before they were made (storage.outbox.claim_send).
        counted = max((n for payload, n in sends if title in payload), default=0)
        assert titles[title] <= min(counted, 1 + kills), (seed, title, titles[title], counted)
    db = open_database(load_settings(str(config)))
    try:
        with db.session() as session:
            sub = session.query(Subscription).one()
            assert sub.cursor is not None
            owed = digests.stories_for_subscription(
                session, sub.id, sub.cursor, sub.cursor + timedelta(days=1), LOOKBACK
            )
            every = {s.id for s in session.query(Story)}
            delivered = digests.delivered_story_ids(session, sub.id, sorted(every))
            moves = {s.id for s in session.query(Story).filter(Story.kind == "move")}
        lost = every - set(delivered) - {s.id for s in owed}
        assert not lost, f"stories neither delivered nor owed: {sorted(lost)[:5]}"
        assert moves and moves <= set(delivered), "a move's alert was lost to a kill"
    finally:
        db.dispose()
    assert hook.bad_bodies == []
    return sum(titles.values()), len(duplicated)


async def test_kill_9_at_random_moments(tmp_path: Path, server: LoopbackServer) -> None:
    seed = int(os.environ.get("LABWATCH_CRASH_SEED") or random.SystemRandom().randrange(10**6))
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    (tmp_path / "ref").mkdir()
    (tmp_path / "kill").mkdir()
    reference_world = World(server, tmp_path / "ref", now)
    reference = reference_world.config(tmp_path / "ref")
    await reference_run(reference)
    check_consistent(tmp_path / "ref" / "labwatch.db")
    check_delivery(reference, reference_world.hook, seed)

    killed = LoopbackServer().start()
    try:
        world = World(killed, tmp_path / "kill", now)
        config = world.config(tmp_path / "kill")
        hits: Counter[str] = Counter()
        for _ in range(KILLS):
            hits[await asyncio.to_thread(kill_at_random, config, world, rng)] += 1
            check_consistent(tmp_path / "kill" / "labwatch.db")
        await asyncio.to_thread(final_run, config)
        check_consistent(tmp_path / "kill" / "labwatch.db")
        got, want = (
            content(tmp_path / "kill" / "labwatch.db"),
            content(tmp_path / "ref" / "labwatch.db"),
        )
        for key in want:
            assert got[key] == want[key], (
                seed,
                key,
                sorted(got[key] - want[key])[:5],
                sorted(want[key] - got[key])[:5],
            )
        posts, duplicated = check_delivery(config, world.hook, seed, KILLS)
        print(
            f"crash: seed {seed}, {KILLS} kills after {dict(hits)}; {posts} story posts, {duplicated} repeated"
        )
    finally:
        killed.stop()
        shutil.rmtree(tmp_path / "kill" / "captions", ignore_errors=True)
