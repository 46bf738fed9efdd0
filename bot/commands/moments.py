"""`labwatch moments` (being built)."""

from __future__ import annotations

import argparse

from bot.config import Settings

HELP = "moments (being built)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def main(args: argparse.Namespace, settings: Settings) -> int:
    raise NotImplementedError("moments")
