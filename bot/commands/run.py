"""`labwatch run`: the command; the daemon itself is bot/daemon.py (roles: bot/roles.py)."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.config import Settings
from bot.daemon import run


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--role",
        choices=("all", "worker", "gateway", "sender"),
        default="all",
        help="all: everything in one process (the only role on SQLite); on PostgreSQL several "
        "workers, gateways and one sender may run at once (docs/scale-out.md)",
    )
    parser.add_argument(
        "--shards", metavar="A-B", help="gateway: the Discord shards this process serves"
    )
    parser.add_argument(
        "--shard-count", type=int, metavar="N", help="gateway: how many shards there are"
    )


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Run until SIGINT/SIGTERM; 1 when another labwatch already drives the database."""
    from bot.roles import RoleError, parse_role

    try:
        role = parse_role(args.role, args.shards, args.shard_count, settings.storage_url)
    except RoleError as exc:
        print(f"labwatch run: {exc}", file=sys.stderr)
        return 2
    return asyncio.run(run(settings, role=role))
