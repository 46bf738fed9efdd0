"""`labwatch init`: write a commented starter config.toml."""

from __future__ import annotations

import argparse
import sys

from bot.config import DEFAULTS_FILE, config_path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")


def main(args: argparse.Namespace) -> int:
    path = config_path(args.config)
    if path.exists() and not args.force:
        print(f"labwatch: {path} exists already; --force overwrites it", file=sys.stderr)
        return 1
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(DEFAULTS_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    except OSError as exc:
        print(f"labwatch: cannot write {path}: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {path}: edit the sources and watch list, then run `labwatch poll`")
    return 0
