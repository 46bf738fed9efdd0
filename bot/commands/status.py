"""`labwatch status`: the live labwatch processes (heartbeats), their roles and claims."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.commands import add_format_argument
from bot.config import Settings

# the database side is imported once there is a database to read (in a folder with none,
# `labwatch status` starts without it), and SQLAlchemy only where storage.lite cannot read it
if TYPE_CHECKING:
    from storage.process_rows import LiveProcess


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_format_argument(parser, "table", "json")


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Print every process seen within the claim time ([scale] claim_ttl); reading never creates
    a database file."""
    now = datetime.now(UTC)  # storage.types.utcnow, without importing SQLAlchemy's types
    live = [] if settings.database_missing() else read_live(settings, now)
    if args.format == "json":
        print(json.dumps([as_json(p) for p in live], indent=2))
        return 0
    if not live:
        print("no labwatch process has reported in (workers, senders and gateways do)")
        return 0
    for p in live:
        seen = int((now - p.seen_at).total_seconds())
        detail = f"  {p.detail}" if p.detail else ""
        print(f"{p.role:<8} {p.holder}  claims {claims_text(p)}  seen {seen}s ago{detail}")
    return 0


def read_live(settings: Settings, now: datetime) -> list[LiveProcess]:
    from bot.lite import lite_reader
    from storage.process_rows import live_processes

    with lite_reader(settings) as lite:
        if lite is not None:
            return live_processes(lite, now, settings.raw.scale.claim_ttl)
    from bot.app import open_database

    db = open_database(settings)
    try:
        with db.reading() as conn:
            return live_processes(conn, now, settings.raw.scale.claim_ttl)
    finally:
        db.dispose()


def claims_text(p: LiveProcess) -> str:
    """ "0", or "5 (sources 3, videos 2)"."""
    kinds = ", ".join(f"{kind} {n}" for kind, n in p.claimed.items() if n)
    return f"{p.claims} ({kinds})" if kinds else str(p.claims)


def as_json(p: LiveProcess) -> dict[str, object]:
    return {
        "holder": p.holder,
        "role": p.role,
        "detail": p.detail,
        "claims": p.claims,
        "claimed": p.claimed,
        "started_at": p.started_at.isoformat(),
        "seen_at": p.seen_at.isoformat(),
    }
