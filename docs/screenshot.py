"""Draw docs/img/digest.png: the sample digest's real Discord payloads, drawn the way Discord shows them.

The stories are the sample of tests/digest_samples.py, stored in a throwaway SQLite file; the
digest is built by jobs/digest/assemble.py and turned into message payloads by bot/render.py,
exactly as a delivery would. This script then lays those embeds out in an HTML page styled like
a Discord channel (docs/img/digest.html) and photographs it with headless Chromium:

    apt-get install chromium
    python docs/screenshot.py
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.render import render_messages  # noqa: E402
from jobs.digest.assemble import build_digest  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from tests.digest_samples import T0, sample_stories  # noqa: E402

IMG = ROOT / "docs" / "img"
STYLE = """
body { margin: 0; background: #313338; font-family: 'DejaVu Sans', sans-serif; color: #dbdee1; }
.channel { padding: 10px 16px; border-bottom: 1px solid #1f2023; font-weight: 600; color: #f2f3f5; }
.channel span { color: #80848e; margin-right: 6px; }
.message { display: flex; padding: 14px 16px 10px 16px; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #5865f2; color: white;
  font-weight: 700; display: flex; align-items: center; justify-content: center; margin-right: 16px;
  flex: none; }
.name { color: #f2f3f5; font-weight: 600; }
.bot { background: #5865f2; color: white; font-size: 10px; border-radius: 3px; padding: 1px 4px;
  margin-left: 4px; vertical-align: 2px; }
.time { color: #949ba4; font-size: 12px; margin-left: 6px; }
.content { margin: 3px 0 6px 0; font-size: 15px; }
.embed { background: #2b2d31; border-left: 4px solid; border-radius: 4px; padding: 8px 16px 12px 12px;
  margin-top: 6px; max-width: 620px; font-size: 14px; line-height: 1.4; }
.embed .title { font-weight: 600; font-size: 15px; margin: 2px 0 6px 0; }
.embed a { color: #00a8fc; text-decoration: none; }
.embed .footer { color: #b5bac1; font-size: 12px; margin-top: 8px; }
"""


def sample_payloads() -> list[dict[str, Any]]:
    """The Discord payloads of the sample digest, as delivery would send them."""
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/sample.db")
        upgrade(db.engine)
        with db.transaction() as session:
            sample_stories(session)
        with db.session() as session:
            until = T0 + timedelta(days=1)
            digest = build_digest(session, T0, until, None, until)
        db.dispose()
    return render_messages(digest)


def markdown(text: str) -> str:
    """The bits of Discord markdown the embeds use: links, bold, escapes, line breaks."""
    out = html.escape(text, quote=False)
    out = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r'<a href="\2">\1</a>', out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"\\([\\*_~`|>#\[\]()-])", r"\1", out)
    return out.replace("\n", "<br>")


def embed_html(embed: dict[str, Any]) -> str:
    """One embed: colour bar, linked title, description, footer with the story's time."""
    colour = f"#{embed.get('color', 0):06x}"
    title = markdown(embed.get("title", ""))
    if embed.get("url"):
        title = f'<a href="{html.escape(embed["url"])}">{title}</a>'
    footer = html.escape(embed.get("footer", {}).get("text", ""))
    when = embed.get("timestamp", "")[:16].replace("T", " ")
    return (
        f'<div class="embed" style="border-color: {colour}"><div class="title">{title}</div>'
        f"<div>{markdown(embed.get('description', ''))}</div>"
        f'<div class="footer">{footer} · {when} UTC</div></div>'
    )


def page(payloads: list[dict[str, Any]]) -> str:
    """The channel with the digest's messages, as a whole HTML page."""
    messages = "".join(
        '<div class="message"><div class="avatar">lw</div><div>'
        '<span class="name">labwatch</span><span class="bot">APP</span>'
        '<span class="time">Today at 09:00</span>'
        f'<div class="content">{markdown(p.get("content", ""))}</div>'
        + "".join(embed_html(e) for e in p.get("embeds", []))
        + "</div></div>"
        for p in payloads
    )
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>'
        f'<div class="channel"><span>#</span>ai-news</div>{messages}</body></html>'
    )


def main() -> int:
    IMG.mkdir(parents=True, exist_ok=True)
    source = IMG / "digest.html"
    source.write_text(page(sample_payloads()), encoding="utf-8")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("no chromium on PATH (apt-get install chromium); wrote only", source)
        return 1
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=720,550",
            f"--screenshot={IMG / 'digest.png'}",
            source.as_uri(),
        ],
        check=True,
        capture_output=True,
    )
    print("wrote", IMG / "digest.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
