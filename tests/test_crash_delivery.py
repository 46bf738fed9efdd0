"""kill -9 `labwatch digest --post` at each step of delivery, restart, and count what arrived.

Steps (bot/delivery.py pause_point): before the first send; after Discord accepted the first
message but before its id was recorded; after the first message was recorded (between two
messages of one digest). Webhooks take no nonce, so the middle step is the one window in
which a webhook message can arrive twice — the test pins that down exactly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import open_database
from bot.config import load_settings
from bot.delivery_plan import last_due_time
from storage import subscriptions
from tests.digest_samples import add_source, add_story
from tests.discord_webhooks import add_webhook
from tests.loopback import LoopbackServer

ROOT = Path(__file__).parent.parent
STORIES = 25  # three messages of at most ten embeds


def prepare(tmp_path: Path, url: str) -> Path:
    """A config with one webhook whose digest is due, and stories in its window."""
    config = tmp_path / "config.toml"
    config.write_text(
        '[storage]\nurl = "sqlite:///labwatch.db"\n[http]\nallow_private_networks = true\n'
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
        for n in range(STORIES):
            add_story(
                s,
                f"s{n:02d}",
                f"Story {n:02d}",
                due - timedelta(hours=20) + timedelta(minutes=n),
                person="Jan Leike",
                action="join",
                to_lab="Anthropic",
                reports=[(src, f"https://outlet.example/{n}", None)],
            )
    db.dispose()
    return config


def post(config: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(config), "digest", "--post"],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def kill_at(config: Path, step: str, marker: Path) -> None:
    proc = post(config, {"LABWATCH_TEST_PAUSE_AT": step, "LABWATCH_TEST_PAUSE_FILE": str(marker)})
    deadline = time.monotonic() + 30
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            out, err = proc.communicate()
            pytest.fail(f"never reached {step}: {out.decode()} {err.decode()}")
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()


@pytest.mark.parametrize(
    ("step", "duplicated"),
    [("before-send", 0), ("after-send", 1), ("after-record", 0)],
)
def test_kill_9_at_each_step(
    tmp_path: Path, server: LoopbackServer, step: str, duplicated: int
) -> None:
    hook, url = add_webhook(server, 77, "crash-token")
    config = prepare(tmp_path, url)
    kill_at(config, step, tmp_path / "paused")
    arrived_before_restart = len(hook.messages)

    restart = post(config, {})
    out, err = restart.communicate(timeout=60)
    assert restart.returncode == 0, err.decode()
    again = post(config, {})  # and once more: nothing left to send
    again.communicate(timeout=60)

    titles = Counter(e["title"] for e in hook.embeds())
    assert set(titles) == {f"Story {n:02d}" for n in range(STORIES)}  # nothing lost
    messages = Counter(tuple(e["title"] for e in m["embeds"]) for m in hook.messages)
    assert len(messages) == 3
    # only the message in flight at the kill can arrive twice, and only in the one window
    assert sum(count - 1 for count in messages.values()) == duplicated
    assert arrived_before_restart == {"before-send": 0, "after-send": 1, "after-record": 1}[step]
