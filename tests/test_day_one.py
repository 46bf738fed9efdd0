"""A server admin's first day, end to end: a fresh folder, `init`, loopback feeds with old and
new moves, a loopback webhook with alerts on, `run`, then `digest --post` and its variants."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.discord_webhooks import FakeWebhook, add_webhook
from tests.loopback import LoopbackServer, Reply
from tests.test_quickstart import rss

LABWATCH = Path(sys.executable).with_name("labwatch")
OLD = [  # a first poll stores a feed's whole history: none of it is news
    ("Ilya Sutskever leaves OpenAI", 700),
    ("Sam Altman returns to OpenAI as CEO", 400),
    ("Mira Murati leaves OpenAI", 300),
]
NEW = [  # watched movers, published hours ago
    ("Jan Leike joins Anthropic from OpenAI", 5),
    ("John Schulman leaves OpenAI for Anthropic", 4),
    ("Andrej Karpathy rejoins OpenAI", 3),
    ("Mustafa Suleyman leaves Microsoft", 2),
    ("Yann LeCun leaves Meta to found a startup", 1),
]
UNWATCHED = ("Bob Smith joins Anthropic, Jan Leike says", 1)  # a watched name, not the mover


def feed(now: datetime) -> bytes:
    items = [
        (t, f"http://news.example/old{n}", now - timedelta(days=d)) for n, (t, d) in enumerate(OLD)
    ]
    items += [
        (t, f"http://news.example/new{n}", now - timedelta(hours=h)) for n, (t, h) in enumerate(NEW)
    ]
    title, hours = UNWATCHED
    items.append((title, "http://news.example/bob", now - timedelta(hours=hours)))
    return rss(items)  # fmt: skip


def labwatch(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LABWATCH), *args], cwd=folder, env=env(folder), capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip


def env(folder: Path) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k not in ("LABWATCH_CONFIG", "DISCORD_TOKEN")}
    out["MPLCONFIGDIR"] = str(folder / "mpl")
    return out


def configure(folder: Path, feed_url: str, hook_url: str) -> None:
    """What the docs ask of an admin: own sources, a webhook with alerts (loopback here)."""
    config = folder / "config.toml"
    text = config.read_text(encoding="utf-8")
    start, end = text.index("\n[[sources]]") + 1, text.index("\n[transcripts]") + 1
    text = text[:start] + f'[[sources]]\nname = "AI desk"\nurl = "{feed_url}"\n\n' + text[end:]
    text = text.replace("allow_private_networks = false", "allow_private_networks = true")
    text = text.replace('provider = "youtube"', 'provider = "none"')
    text += (
        f'\n[[webhooks]]\nname = "ai-news"\nurl = "{hook_url}"\ndigest_at = "09:00"\n'
        'timezone = "Europe/Berlin"\nalerts = true\n'
    )
    config.write_text(text, encoding="utf-8")


def run_until_delivered(folder: Path, hook: FakeWebhook, count: int) -> tuple[str, str]:
    """`labwatch run` until the webhook has `count` messages (and a moment more), then SIGINT."""
    proc = subprocess.Popen(
        [str(LABWATCH), "run"], cwd=folder, env=env(folder), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while len(hook.messages) < count and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    time.sleep(1.0)  # anything more would arrive now
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    return out, err


def test_day_one(tmp_path: Path, server: LoopbackServer) -> None:
    now = datetime.now(UTC)
    server.route("/ai.xml", Reply(200, feed(now), {"content-type": "application/rss+xml"}))
    hook, hook_url = add_webhook(server, 42, "day-one-token")
    assert labwatch(tmp_path, "init").returncode == 0
    configure(tmp_path, server.url("/ai.xml"), hook_url)

    out, err = run_until_delivered(tmp_path, hook, 3)
    # the start-up summary says what runs, and a pass says what it did (key=value fields)
    assert "config:       " + str(tmp_path / "config.toml") in out
    assert "ai-news: first digest " in out and "Europe/Berlin, in " in out
    assert "Discord:      off (no token in $DISCORD_TOKEN)" in out
    assert "poll: 1 source, 1 ok, 0 failed, 9 new entries" in err and "new_stories=" in err
    assert "apscheduler" not in err and "alembic" not in err  # no library chatter
    assert "delivery: ai-news: sent 3 messages" in err
    assert "day-one-token" not in out + err and "Traceback" not in err

    # alerts: only the recent moves of watched movers, oldest first, past 3 folded into one
    assert hook.bad_bodies == [] and len(hook.messages) == 3
    contents = [m["content"] for m in hook.messages]
    assert "Jan Leike" in contents[0] and "watched: Jan Leike" in contents[0]
    assert "John Schulman" in contents[1] and "watched: John Schulman" in contents[1]
    folded = hook.messages[2]["embeds"][0]["description"]
    assert "3 moves" in contents[2]
    for name in ("Andrej Karpathy", "Mustafa Suleyman", "Yann LeCun"):
        assert f"watched: {name}" in folded
    everything = str(hook.messages)
    assert "Bob Smith" not in everything  # the mover is not watched
    for old in ("Sutskever", "Altman", "Murati"):  # old news, however watched
        assert old not in everything

    # digest --post: nothing due yet, and it says when the first digest comes
    post = labwatch(tmp_path, "digest", "--post")
    assert post.returncode == 0, post.stderr
    assert "ai-news: nothing due yet" in post.stdout
    assert "first digest " in post.stdout and " Europe/Berlin, in " in post.stdout
    assert len(hook.messages) == 3

    # a test message, once
    test = labwatch(tmp_path, "digest", "--post", "--test", "--to", "ai-news")
    assert test.returncode == 0 and "ai-news: sent the test message" in test.stdout
    assert len(hook.messages) == 4 and "test message" in hook.messages[3]["content"]

    # today's digest now, once: the story nobody was alerted about, not the alerted ones
    now_post = labwatch(tmp_path, "digest", "--post", "--now", "--to", "ai-news")
    assert now_post.returncode == 0 and "ai-news: sent the digest (1 story" in now_post.stdout
    assert "next digest " in now_post.stdout
    assert len(hook.messages) == 5
    digest = str(hook.messages[4])
    assert "Bob Smith" in digest and "Karpathy" not in digest
    again = labwatch(tmp_path, "digest", "--post", "--now", "--to", "ai-news")
    assert again.returncode == 0 and "nothing sent" in again.stdout
    assert len(hook.messages) == 5

    # every request labwatch made (feed fetches, webhook posts) said who it is
    agents = {r.headers.get("user-agent", "") for r in server.requests}
    assert agents and all("labwatch/" in agent for agent in agents), agents
