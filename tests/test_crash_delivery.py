"""kill -9 `labwatch digest --post` at each step of delivery, restart, and count what arrived.

Steps (bot/delivery/send.py pause_point): before the first send; after Discord accepted the first
message but before its id was recorded; after the first message was recorded (between two
messages of one digest). Both destinations are tested: a webhook (loopback webhook API) and a
channel through discord.py's own REST client (pointed at a loopback channel API that applies
Discord's nonce rule). Webhooks take no nonce, so the middle step is the one window in which a
webhook message can arrive twice — the test pins that down exactly; a channel message cannot.
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
from jobs.digest.daily import last_due_time
from storage import subscriptions
from tests.digest_samples import add_source, add_story
from tests.discord_channels import FakeChannelApi
from tests.discord_webhooks import add_webhook
from tests.loopback import LoopbackServer

ROOT = Path(__file__).parent.parent
STORIES = 25  # three messages of at most ten embeds


def prepare(tmp_path: Path, url: str | None) -> Path:
    """A config with one webhook (or one subscribed channel) whose digest is due, and stories."""
    config = tmp_path / "config.toml"
    text = (
        '[storage]\nurl = "sqlite:///labwatch.db"\n[http]\nallow_private_networks = true\n'
        '[discord]\ntoken_env = "LABWATCH_TEST_TOKEN"\n'
    )
    if url:
        text += f'[[webhooks]]\nurl = "{url}"\ndigest_at = "00:00"\ntimezone = "UTC"\n'
    config.write_text(text)
    settings = load_settings(str(config))
    now = datetime.now(UTC)
    due = last_due_time("00:00", "UTC", now)
    db = open_database(settings)
    with db.transaction() as s:
        if url:
            subscriptions.sync_webhooks(s, settings.raw.webhooks, now=now - timedelta(days=2))
        else:
            subscriptions.subscribe_channel(s, 7, 42, "00:00", "UTC", now=now - timedelta(days=2))
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


# `labwatch digest --post`, with discord.py's API base pointed at the loopback server
DRIVER = (
    "import sys, discord.http; discord.http.Route.BASE = sys.argv[1]; "
    "from bot.cli import main; raise SystemExit(main(sys.argv[2:]))"
)


def post(config: Path, env: dict[str, str], api_base: str = "") -> subprocess.Popen[bytes]:
    command = ["--config", str(config), "digest", "--post"]
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, api_base or "http://127.0.0.1:9/api/v10", *command],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def kill_at(config: Path, step: str, marker: Path, env: dict[str, str], base: str) -> None:
    pause = {"LABWATCH_TEST_PAUSE_AT": step, "LABWATCH_TEST_PAUSE_FILE": str(marker)}
    proc = post(config, {**env, **pause}, base)
    deadline = time.monotonic() + 30
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            out, err = proc.communicate()
            pytest.fail(f"never reached {step}: {out.decode()} {err.decode()}")
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()


@pytest.mark.parametrize("kind", ["webhook", "channel"])
def test_kill_9_at_each_step_then_restart(
    tmp_path: Path, server: LoopbackServer, kind: str
) -> None:
    if kind == "webhook":
        hook, url = add_webhook(server, 77, "crash-token")
        messages, base, env = hook.messages, "", {}
        config = prepare(tmp_path, url)
    else:
        api = FakeChannelApi(server)
        messages, base, env = api.messages, api.base_url, {"LABWATCH_TEST_TOKEN": "x.y.z"}
        config = prepare(tmp_path, None)
    # the digest is three messages; each run is killed one step further along message 1
    kill_at(config, "before-send", tmp_path / "p1", env, base)
    assert len(messages) == 0  # written to the outbox, nothing sent
    kill_at(config, "after-send", tmp_path / "p2", env, base)
    assert len(messages) == 1  # Discord has it; our record of it does not exist
    kill_at(config, "after-record", tmp_path / "p3", env, base)
    # message 1 again: a webhook posts it a second time (no nonce); a channel gets the
    # first message back for the same nonce with enforce_nonce, and nothing new appears
    assert len(messages) == (2 if kind == "webhook" else 1)
    restart = post(config, env, base)
    _out, err = restart.communicate(timeout=60)
    assert restart.returncode == 0, err.decode()

    titles = Counter(e["title"] for m in messages for e in m["embeds"])
    assert set(titles) == {f"Story {n:02d}" for n in range(STORIES)}  # nothing lost
    distinct = Counter(tuple(e["title"] for e in m["embeds"]) for m in messages)
    assert len(distinct) == 3
    assert sum(n - 1 for n in distinct.values()) == (1 if kind == "webhook" else 0)
    if kind == "channel":
        assert api.bad_bodies == [] and api.posts == 4  # message 1 was posted twice, kept once
