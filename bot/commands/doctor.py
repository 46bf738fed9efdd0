"""`labwatch doctor`: check the setup and say what to fix, one line per finding."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.doctor import DISCORD_API
from bot.doctor.checks import (
    Finding,
    check_canary,
    check_config,
    check_database,
    check_metrics,
    check_sources,
    check_transcripts,
    close,
    sources_to_check,
    warn,
)

if TYPE_CHECKING:
    from bot.doctor.checks import OpenDatabase


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quick",
        action="store_true",
        help="only what needs no network: config, database, transcripts setup, /healthz "
        "(the container health check); without it the transcript providers are asked for "
        "the canary video",
    )
    # where the Discord API is: a test points this at a loopback server
    parser.add_argument("--discord-api", default=DISCORD_API, help=argparse.SUPPRESS)


def main(args: argparse.Namespace) -> int:
    """Run the checks in order, printing each finding as it is known; 1 when any failed."""
    findings: list[Finding] = []

    def report(*new: Finding | None) -> None:
        for finding in new:
            if finding is not None:
                findings.append(finding)
                print(finding, flush=True)

    settings, config = check_config(args.config)
    report(config)
    if settings is not None:
        report(*check_lists(settings))
    if settings is not None:
        db, database = check_database(settings, quick=args.quick)
        report(database, check_transcripts(settings, db))
        try:
            asyncio.run(network_checks(settings, db, args, report))
        finally:
            if db is not None:
                close(db)
    return summarize(findings)


async def network_checks(
    settings: Settings,
    db: OpenDatabase | None,
    args: argparse.Namespace,
    report: Callable[..., None],
) -> None:
    """/healthz, then (unless --quick) Discord and every source, concurrently."""
    report(await check_metrics(settings, args.quick))
    if args.quick:
        return
    # the Discord checks (httpx, the delivery code): only past --quick
    from bot.doctor.discord_checks import channel_subscriptions, check_discord
    from storage.db import Database

    full = db if isinstance(db, Database) else None  # only --quick reads through storage.lite
    sources = sources_to_check(settings, full)
    print(f"checking Discord, {len(sources)} sources and transcripts...", flush=True)
    discord, feeds, canary = await asyncio.gather(
        check_discord(settings, channel_subscriptions(full), args.discord_api),
        check_sources(settings, sources),
        check_canary(settings),
    )
    report(*discord, *feeds, *canary)


def check_lists(settings: Settings) -> list[Finding]:
    """Loud warnings when there is nothing to poll or nobody to watch."""
    found = []
    if not settings.sources and not settings.watch.news_search_for_people:
        found.append(
            warn(
                "sources",
                "NO SOURCES: nothing will be polled; add [[sources]] "
                "to the config or `labwatch source add NAME URL`",
            )
        )
    if not settings.watch.people and not settings.watch.keywords:
        found.append(
            warn(
                "watch",
                "THE WATCH LIST IS EMPTY: no mention will be reported and no "
                "alert sent; add [watch] people or keywords",
            )
        )
    return found


def summarize(findings: list[Finding]) -> int:
    failed = sum(1 for f in findings if f.level == "fail")
    warned = sum(1 for f in findings if f.level == "warn")
    warnings = f"{warned} warning{'s' * (warned != 1)}"
    if failed:
        print(f"{failed} problem{'s' if failed > 1 else ''} to fix (FAIL lines), {warnings}")
        return 1
    print("all good" if not warned else f"no problems; {warnings}")
    return 0
