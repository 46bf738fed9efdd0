"""The docs' quick start (docs/quickstart.md), run as a newcomer would: its commands as subprocesses, in an empty
folder, with the starter config pointed at loopback feeds."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import matplotlib.image
import pytest

from bot.cli import main
from tests.loopback import LoopbackServer, Reply

ROOT = Path(__file__).parent.parent
LABWATCH = Path(sys.executable).with_name("labwatch")


def readme_commands() -> list[str]:
    """The `labwatch ...` lines of the first sh block of the quick-start page's first section."""
    page = (ROOT / "docs" / "quickstart.md").read_text(encoding="utf-8")
    section = page.split("## From nothing to a digest", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the quick-start section has no sh block"
    lines = [line.split("#", 1)[0].strip() for line in block.group(1).splitlines()]
    return [line for line in lines if line.startswith("labwatch ")]


def rss(items: list[tuple[str, str, datetime]]) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{format_datetime(when)}</pubDate></item>"
        for title, link, when in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>AI desk</title>'
        f"<link>http://news.example/</link><description>AI</description>{body}</channel></rss>"
    ).encode()


def point_config_at(config: Path, feeds: dict[str, str]) -> None:
    """What the quick start asks of a newcomer: own sources; here, loopback ones (guard told)."""
    text = config.read_text(encoding="utf-8")
    first = re.search(r"^\[\[sources\]\]", text, re.M)  # not the commented one
    assert first is not None
    first_source = first.start()
    after_sources = text.index("[transcripts]")
    sources = "".join(f'[[sources]]\nname = "{n}"\nurl = "{u}"\n\n' for n, u in feeds.items())
    text = text[:first_source] + sources + text[after_sources:]
    text = text.replace("allow_private_networks = false", "allow_private_networks = true")
    config.write_text(text.replace('provider = "youtube"', 'provider = "none"'), encoding="utf-8")


def run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    argv = [str(LABWATCH), *shlex.split(command)[1:]]
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_docs_quick_start_gets_to_a_digest_and_an_invite(
    tmp_path: Path,
    server: LoopbackServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    now = datetime.now(UTC)
    server.route(
        "/ai.xml",
        Reply(
            200,
            rss([
                ("Jan Leike leaves OpenAI to join Anthropic", "http://news.example/leike", now - timedelta(hours=2)),
                ("Sam Altman says GPT-5 is coming", "http://news.example/altman", now - timedelta(hours=3)),
                ("A new phone was released", "http://news.example/phone", now - timedelta(hours=4)),
            ]),
            {"content-type": "application/rss+xml"},
        ),
    )  # fmt: skip
    server.route("/gone.xml", Reply(404, b"gone"))
    env = {k: v for k, v in os.environ.items() if k not in ("LABWATCH_CONFIG", "DISCORD_TOKEN")}
    env["MPLCONFIGDIR"] = str(tmp_path / "mpl")
    commands = readme_commands()
    assert commands[:3] == ["labwatch init", "labwatch poll", "labwatch digest"]

    outputs: dict[str, subprocess.CompletedProcess[str]] = {}
    for command in commands:
        result = run(command, tmp_path, env)
        assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
        outputs[command] = result
        if command == "labwatch init":
            assert (tmp_path / "config.toml").exists()
            point_config_at(
                tmp_path / "config.toml",
                {"AI desk": server.url("/ai.xml"), "Dead feed": server.url("/gone.xml")},
            )

    poll = outputs["labwatch poll"].stdout
    assert "AI desk" in poll and "Dead feed" in poll and "404" in poll  # exit 0 all the same
    digest = outputs["labwatch digest"].stdout
    assert "Jan Leike" in digest and "Anthropic" in digest
    assert "phone" not in digest
    chart_command = next(c for c in commands if "--chart" in c)
    chart = tmp_path / shlex.split(chart_command)[-1]
    assert "wrote the talent-flow chart (1 move)" in outputs[chart_command].stderr
    assert matplotlib.image.imread(chart).shape[1] == 1000

    # into Discord: with the token in the environment, the invite link carries the bot's id
    # (in-process: a newcomer's next commands, not the quick-start block)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabCde." + "x" * 38)
    capsys.readouterr()
    assert main(["invite"]) == 0
    assert "client_id=1234567890123456789&permissions=309237697536" in capsys.readouterr().out
    assert main(["doctor", "--quick"]) == 0
    doctor = capsys.readouterr().out
    assert "ok    database:" in doctor and "schema current" in doctor
