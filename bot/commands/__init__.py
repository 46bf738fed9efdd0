"""One module per CLI command: add_arguments(parser) and main(args[, settings]) -> exit code.

bot.cli names each command and its help, and imports only the chosen module.
"""

from __future__ import annotations

import argparse

# what each output format is for, as --help says it
FORMAT_USES = {
    "text": "text for a terminal",
    "table": "a table for people",
    "markdown": "markdown for files and chat",
    "json": "json for scripts",
}


def add_format_argument(parser: argparse.ArgumentParser, *formats: str) -> None:
    """The --format option of a command that prints: its formats, the first one the default."""
    uses = ", ".join(FORMAT_USES[name] for name in formats)
    parser.add_argument(
        "--format", choices=formats, default=formats[0], help=f"{uses} (default: {formats[0]})"
    )
