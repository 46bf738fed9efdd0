"""`labwatch run`: the command; the daemon itself is bot/daemon.py."""

from __future__ import annotations

import argparse
import asyncio

from bot.config import Settings
from bot.daemon import run


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Run until SIGINT/SIGTERM; 1 when another labwatch already drives the database."""
    return asyncio.run(run(settings))
