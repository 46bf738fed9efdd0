"""The command line: `labwatch COMMAND ...` (and `python -m bot COMMAND ...`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from bot import __version__
from bot.commands import (
    check,
    db,
    digest,
    doctor,
    export,
    import_,
    init,
    invite,
    moments,
    poll,
    run,
    sources,
)
from bot.config import ConfigError, Settings, load_settings
from storage.db import StorageError

# Each command module has HELP, add_arguments(parser) and main(args, settings) -> int;
# `init` and `doctor` need no settings and have main(args) -> int.
COMMANDS: dict[str, ModuleType] = {
    "run": run,
    "poll": poll,
    "digest": digest,
    "check": check,
    "sources": sources,
    "moments": moments,
    "init": init,
    "db": db,
    "invite": invite,
    "export": export,
    "import": import_,
    "doctor": doctor,
}
NEEDS_NO_SETTINGS = {"init", "doctor"}  # doctor loads the config itself, to report on it


def build_parser() -> argparse.ArgumentParser:
    """The parser with every subcommand and the shared --config option."""
    parser = argparse.ArgumentParser(
        prog="labwatch",
        description="Watches AI news and YouTube for people moving between AI labs.",
        parents=[common_options(None, False)],
    )
    parser.add_argument("--version", action="version", version=f"labwatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module in COMMANDS.items():
        command = sub.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            parents=[common_options(argparse.SUPPRESS, argparse.SUPPRESS)],
        )
        module.add_arguments(command)
    return parser


def common_options(config_default: object, verbose_default: object) -> argparse.ArgumentParser:
    """--config and -v, accepted before or after the command (the later one wins)."""
    # the subcommand's copy must not reset a value given before the command: SUPPRESS there
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        metavar="PATH",
        default=config_default,
        help="config file (default: $LABWATCH_CONFIG, else ./config.toml)",
    )
    common.add_argument(
        "-v", "--verbose", action="store_true", default=verbose_default, help="log debug details"
    )
    return common


def main(argv: Sequence[str] | None = None) -> int:
    """Parse, load the config once, run the command; config and storage errors exit 2."""
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    module = COMMANDS[args.command]
    if args.command in NEEDS_NO_SETTINGS:
        return int(module.main(args))
    try:
        settings = load_settings(args.config)
        configure_logging(args.verbose, settings)
        announce_defaults(settings)
        return int(module.main(args, settings))
    except (ConfigError, StorageError) as exc:
        print(f"labwatch: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def announce_defaults(settings: Settings) -> None:
    """Say once that no config file was found and the built-in defaults are in use."""
    if settings.is_default:
        print(
            f"labwatch: no config file at {settings.path}; running on the built-in defaults "
            "(`labwatch init` writes one to edit)",
            file=sys.stderr,
        )


def configure_logging(verbose: bool, settings: Settings | None = None) -> None:
    """Redacting log lines on stderr; `[logging] format` once the config is read."""
    from bot.logs import configure_logging as configure

    style = settings.raw.logging.format if settings is not None else "text"
    token = settings.discord_token() if settings is not None else None
    configure(verbose, style, [token] if token else [])
