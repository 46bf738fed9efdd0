"""`labwatch poll` (being built)."""

from __future__ import annotations

import argparse

from bot.config import Settings

HELP = "poll (being built)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def main(args: argparse.Namespace, settings: Settings) -> int:
    raise NotImplementedError("poll")
