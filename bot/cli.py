"""The command line: `labwatch COMMAND ...` (and `python -m bot COMMAND ...`)."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from bot import __version__

# the config (pydantic) and storage (SQLAlchemy) are imported once a command runs:
# `labwatch --help` pays for argparse only
if TYPE_CHECKING:
    from bot.config import Settings


@dataclass(frozen=True)
class Command:
    """A subcommand: the module that has add_arguments(parser) and main(args[, settings])."""

    module: str
    help: str
    needs_settings: bool = True  # init writes the config; doctor loads it itself to report on it
    info_logs: bool = False  # a long-running command: INFO lines show it is alive
    # a whole pass or the schedule: runs with the cyclic garbage collector (the others pause it)
    long_running: bool = False


# Only the chosen command's module is imported: each pulls in heavy libraries (httpx,
# discord.py, matplotlib), and `labwatch --help` or a health check should not pay for all.
COMMANDS: dict[str, Command] = {
    "run": Command(
        "bot.commands.run",
        "run the schedule: polling, transcripts and digests; the Discord bot when a token is set",
        info_logs=True,
        long_running=True,
    ),
    "poll": Command(
        "bot.commands.poll",
        "one full ingest pass now: fetch every source, transcripts, stories, moments",
        long_running=True,
    ),
    "digest": Command(
        "bot.commands.digest",
        "print the digest of a window (default: since the last one), or --post the due digests",
    ),
    "check": Command(
        "bot.commands.check",
        "explain how a headline is classified: people, labs, keywords, event, and why",
    ),
    "sources": Command(
        "bot.commands.sources",
        "show every source with its health (last status, errors, next poll)",
    ),
    "status": Command(
        "bot.commands.status",
        "list the live labwatch processes (workers, senders, gateways) and what they hold",
    ),
    "source": Command(
        "bot.commands.source",
        "list, add, remove, disable or enable sources of every origin (config, Discord, OPML)",
    ),
    "transcripts": Command(
        "bot.commands.transcripts",
        "recent videos with their transcript status, provider and next try; retry VIDEO_ID",
    ),
    "moments": Command(
        "bot.commands.moments",
        "list the moments in stored video transcripts where a person is discussed",
    ),
    "init": Command(
        "bot.commands.init",
        "write a commented starter config.toml (from config.example.toml)",
        needs_settings=False,
    ),
    "db": Command(
        "bot.commands.db",
        "database schema: upgrade to the newest version, or show the current one",
    ),
    "invite": Command(
        "bot.commands.invite",
        "print the link that invites the bot to a Discord server, with the permissions it needs",
    ),
    "export": Command(
        "bot.commands.export",
        "write the sources (OPML) or the servers' watch lists (TOML/JSON) to a file",
    ),
    "import": Command(
        "bot.commands.import_",
        "add feeds from an OPML file, or watch lists from a TOML/JSON file",
    ),
    "doctor": Command(
        "bot.commands.doctor",
        "check the config, database, token, sources, channel permissions and webhooks",
        needs_settings=False,
    ),
}


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command named in argv (the first known name not given as --config's value)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--config":
            skip = True
        elif token in COMMANDS:
            return token
    return None


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser with every subcommand; only the chosen one's module is imported."""
    parser = argparse.ArgumentParser(
        prog="labwatch",
        description="Watches AI news and YouTube for people moving between AI labs.",
        parents=[common_options(None, False)],
    )
    parser.add_argument("--version", action="version", version=f"labwatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    chosen = chosen_command(argv)
    for name, command in COMMANDS.items():
        subparser = sub.add_parser(
            name,
            help=command.help,
            description=command.help,
            parents=[common_options(argparse.SUPPRESS, argparse.SUPPRESS)],
        )
        if name == chosen:
            import_module(command.module).add_arguments(subparser)
        examples = EXAMPLES.get(name, (f"labwatch {name}",))
        subparser.epilog = "examples:\n" + "\n".join(f"  {x}" for x in examples)
        subparser.formatter_class = argparse.RawDescriptionHelpFormatter
    return parser


EXAMPLES: dict[str, tuple[str, ...]] = {
    "run": (
        "labwatch run",
        "labwatch run -v                 # with a line per source and pass",
        "labwatch run --role worker      # one of several processes on PostgreSQL",
        "labwatch run --role gateway --shards 0-3 --shard-count 8",
    ),
    "poll": ("labwatch poll", 'labwatch poll --source "The Verge AI"'),
    "digest": (
        "labwatch digest                  # the last 24 hours; consumes nothing",
        "labwatch digest --since 7d --format markdown > week.md",
        "labwatch digest --post           # what is due; when each next digest comes",
        "labwatch digest --post --test --to ai-news",
        "labwatch digest --post --now --to ai-news",
    ),
    "check": ('labwatch check "Jan Leike joins Anthropic"',),
    "sources": ("labwatch sources", "labwatch sources --format json"),
    "status": ("labwatch status", "labwatch status --format json"),
    "source": (
        "labwatch source list",
        'labwatch source add "AI desk" https://news.example/ai.xml',
        'labwatch source disable "AI desk"',
    ),
    "moments": ('labwatch moments "Jan Leike"',),
    "transcripts": ("labwatch transcripts", "labwatch transcripts retry edhOP4nzY-w"),
    "init": ("labwatch init",),
    "db": ("labwatch db current", "labwatch db upgrade"),
    "invite": ("labwatch invite",),
    "export": ("labwatch export opml feeds.opml", "labwatch export watch lists.toml"),
    "import": ("labwatch import opml feeds.opml --dry-run", "labwatch import opml feeds.opml"),
    "doctor": ("labwatch doctor", "labwatch doctor --quick"),
}


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
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # `labwatch` alone: what it can do, not an error
        build_parser(argv).print_help()
        return 0
    try:
        with collector_paused(chosen_command(argv)):
            code = run_command(argv)
        sys.stdout.flush()  # a closed pipe shows here, not in an interpreter shutdown message
        return code
    except BrokenPipeError:
        # `labwatch ... | head` closed the pipe: stop quietly, and let the exit flush go nowhere
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # what a shell reports for SIGPIPE


@contextlib.contextmanager
def collector_paused(name: str | None) -> Iterator[None]:
    """Run a command that ends within seconds without the cyclic garbage collector.

    Its start-up (argparse, pydantic's config models, SQLAlchemy) makes ~60,000 objects that
    live until exit, and the collector's ~130 passes over them freed nothing while costing
    ~5-10% of a read-only command's CPU; reference counting still frees everything else.
    `run` and `poll` keep the collector (they freeze their start-up heap themselves).
    """
    command = COMMANDS.get(name or "")
    if command is None or command.long_running or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def run_command(argv: list[str]) -> int:
    """Parse and run one command."""
    args = build_parser(argv).parse_args(argv)
    from bot.config import ConfigError, load_settings
    from storage.errors import StorageError

    command = COMMANDS[args.command]
    configure_logging(args.verbose, info=command.info_logs)
    module = import_module(command.module)
    if not command.needs_settings:
        return int(module.main(args))
    try:
        settings = load_settings(args.config)
        configure_logging(args.verbose, settings, info=command.info_logs)
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


def configure_logging(
    verbose: bool, settings: Settings | None = None, *, info: bool = False
) -> None:
    """Redacting log lines on stderr; `[logging] format` once the config is read."""
    from bot.logs import configure_logging as configure

    style = settings.raw.logging.format if settings is not None else "text"
    token = settings.discord_token() if settings is not None else None
    secrets = settings.transcript_secrets() if settings is not None else []
    configure(verbose, style, ([token] if token else []) + secrets, info=info)
