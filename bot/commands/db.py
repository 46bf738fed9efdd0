"""`labwatch db upgrade|current`: database migrations by hand (start applies them anyway)."""

from __future__ import annotations

import argparse

from bot.app import open_database
from bot.config import Settings
from storage.migrate import current_revision, head_revision


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        choices=["upgrade", "current"],
        help="upgrade: apply every migration; current: show the schema version",
    )


def main(args: argparse.Namespace, settings: Settings) -> int:
    db = open_database(settings, migrate=args.action == "upgrade")
    try:
        current = current_revision(db.engine)
        head = head_revision(db.engine)
        state = "up to date" if current == head else f"behind (newest is {head})"
        print(f"database {db.engine.url.render_as_string()}: revision {current or 'none'}, {state}")
    finally:
        db.dispose()
    return 0
