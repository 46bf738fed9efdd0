"""The delivery lease: a holder identity unique per process, and "gone" only when certain.

The namespace test runs two `labwatch run`s in separate PID namespaces (both are pid 1 there, on
one host name) against one PostgreSQL database: the second must refuse to start, and every
digest message arrives once.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import holder as holders
from bot.app import open_database
from bot.config import load_settings
from bot.delivery.rounds import LEASE_NAME, LeaseHeld, lease_holder, take_lease
from jobs.digest.daily import last_due_time
from storage import leases, subscriptions
from storage.db import Database
from tests.conftest import PG_URL, private_schema
from tests.digest_samples import add_source, add_story
from tests.discord_webhooks import add_webhook
from tests.loopback import LoopbackServer

ROOT = Path(__file__).parent.parent
TTL = timedelta(minutes=2)


def test_holder_is_unique_per_process_and_readable() -> None:
    first, second = lease_holder("labwatch run"), lease_holder("labwatch run")
    assert first != second  # the same host and pid, a new token
    parsed = holders.parse_holder(first)
    assert parsed is not None and parsed.pid == os.getpid() and parsed.what == "labwatch run"
    assert first.startswith(f"labwatch run on {parsed.host} pid {os.getpid()} [")
    assert len(first) <= 200  # the column's width
    assert not holders.holder_is_gone(first)  # we are alive


def test_holder_of_an_older_labwatch_is_never_judged_gone() -> None:
    assert not holders.holder_is_gone(f"labwatch run on {holders.this_process('x').host} pid 1")
    assert not holders.holder_is_gone("labwatch run on host pid 999999999")


def identity_of(proc: subprocess.Popen[bytes], what: str = "labwatch run") -> str:
    """The holder string a child process would have written (read while it runs)."""
    me = holders.this_process(what)
    start = holders.start_time(proc.pid)
    assert start is not None
    return str(holders.Holder(what, me.host, proc.pid, "ab" * 8, me.pidns, me.boot, start))


def test_a_killed_unreaped_holder_is_gone_at_once() -> None:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    holder = identity_of(proc)
    assert not holders.holder_is_gone(holder)
    os.kill(proc.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while (holders.process_state(proc.pid) or ("?",))[0] != "Z":  # dead, not reaped by us
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert holders.holder_is_gone(holder)  # a zombie never renews
    proc.wait()
    assert holders.holder_is_gone(holder)  # reaped: no such process


def test_a_reused_pid_is_not_the_holder() -> None:
    me = holders.this_process("labwatch run")
    other_start = str(int(me.start) + 1)
    holder = holders.Holder(
        "labwatch run", me.host, me.pid, me.token, me.pidns, me.boot, other_start
    )
    assert holders.holder_is_gone(str(holder))  # our pid, started at another time: not us


def test_a_holder_in_another_namespace_or_host_is_never_judged_by_its_pid() -> None:
    me = holders.this_process("labwatch run")
    dead_pid = 4_000_000  # above pid_max: certainly no process here
    for kwargs in ({"pidns": "123"}, {"boot": "0badb00t"}, {"host": me.host + "-other"}):
        values = {**me.__dict__, "pid": dead_pid, **kwargs}
        assert not holders.holder_is_gone(str(holders.Holder(**values)))
    same = holders.Holder(**{**me.__dict__, "pid": dead_pid})
    assert holders.holder_is_gone(str(same))


def test_take_lease_takes_over_a_dead_holder_and_refuses_a_live_one(database: Database) -> None:
    now = datetime.now(UTC)
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = identity_of(proc)
    with database.transaction() as s:
        leases.acquire_lease(s, LEASE_NAME, dead, now, TTL)
    newcomer = lease_holder("labwatch run")
    with pytest.raises(LeaseHeld, match=f"pid {proc.pid}"):
        take_lease(database, newcomer, now, TTL)  # alive: refused
    os.kill(proc.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while (holders.process_state(proc.pid) or ("?",))[0] != "Z":
        assert time.monotonic() < deadline
        time.sleep(0.01)
    take_lease(database, newcomer, now, TTL)  # killed -9, not yet reaped: taken at once
    with database.session() as s:
        holder = leases.current_holder(s, LEASE_NAME, now)
        assert holder is not None and holder.holder == newcomer
    proc.wait()


# ---- two processes in separate PID namespaces on one PostgreSQL database ----


def unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        probe = subprocess.run(
            ["unshare", "--pid", "--fork", "--mount-proc", "true"], capture_output=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("needs LABWATCH_TEST_DATABASE_URL (PostgreSQL)")
    if not unshare_works():
        pytest.skip("needs `unshare --pid --fork --mount-proc` (root, util-linux)")
    with private_schema(PG_URL) as url:
        yield url


def namespaced_run(config: Path, log: Path) -> subprocess.Popen[bytes]:
    """`labwatch run` as pid 1 of a new PID namespace (same host name, same network)."""
    with log.open("wb") as out:
        return subprocess.Popen(
            ["unshare", "--pid", "--fork", "--mount-proc", "--kill-child=SIGKILL", sys.executable]
            + ["-m", "bot", "--config", str(config), "run"],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.postgres
def test_two_runs_in_separate_pid_namespaces_never_both_deliver(
    tmp_path: Path, server: LoopbackServer, pg_schema_url: str
) -> None:
    hook, url = add_webhook(server, 31, "ns-token")
    config = tmp_path / "config.toml"
    config.write_text(
        # no starter sources: the runs here never leave loopback
        f'sources = []\n[storage]\nurl = "{pg_schema_url}"\n[http]\nallow_private_networks = true\n'
        '[discord]\ntoken_env = "LABWATCH_TEST_NO_SUCH_TOKEN"\n'
        f'[[webhooks]]\nurl = "{url}"\ndigest_at = "00:00"\ntimezone = "UTC"\n'
    )
    settings = load_settings(str(config))
    now = datetime.now(UTC)
    due = last_due_time("00:00", "UTC", now)
    db = open_database(settings)
    with db.transaction() as s:
        subscriptions.sync_webhooks(s, settings.raw.webhooks, now=now - timedelta(days=2))
        src = add_source(s, "Outlet")
        for n in range(25):  # three messages
            add_story(
                s,
                f"s{n:02d}",
                f"Story {n:02d}",
                due - timedelta(hours=20) + timedelta(minutes=n),
                person="Jan Leike",
                action="join",
                reports=[(src, f"https://outlet.example/{n}", None)],
            )
    first = namespaced_run(config, tmp_path / "first.log")
    second = None
    try:
        deadline = time.monotonic() + 60
        while True:  # the first one holds the lease as pid 1 of its namespace
            with db.session() as s:
                lease = leases.current_holder(s, LEASE_NAME, datetime.now(UTC))
            if lease is not None:
                break
            assert first.poll() is None, (tmp_path / "first.log").read_text()
            assert time.monotonic() < deadline, "the first run never took the lease"
            time.sleep(0.1)
        assert " pid 1" in lease.holder  # pid 1 of its namespace, as in a container
        second = namespaced_run(config, tmp_path / "second.log")
        try:
            code = second.wait(timeout=60)
        except subprocess.TimeoutExpired:
            code = None
        second_log = (tmp_path / "second.log").read_text()
        assert code == 1, f"the second run kept running beside the first:\n{second_log}"
        assert "another labwatch is driving this database" in second_log
        deadline = time.monotonic() + 60
        while len(hook.messages) < 3:
            assert time.monotonic() < deadline, (tmp_path / "first.log").read_text()
            time.sleep(0.1)
        time.sleep(1)  # anything sent twice would arrive now
        assert first.poll() is None
    finally:
        stop(first)
        if second is not None:
            stop(second)
        db.dispose()
    titles = [tuple(e["title"] for e in m["embeds"]) for m in hook.messages]
    assert len(titles) == 3 and len(set(titles)) == 3
