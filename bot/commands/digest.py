"""`labwatch digest`: print the digest of a window, or `--post` the digests due now."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.app import open_database
from bot.config import Settings
from bot.delivery.plan import terminal_digest
from bot.delivery.rounds import (
    Destinations,
    LeaseHeld,
    describe_report,
    holding_lease,
    lease_holder,
    post_due,
    webhook_names,
)
from bot.delivery.send import DeliveryError, DeliveryReport, webhook_client
from bot.durations import parse_when
from bot.render import render_markdown, render_text
from bot.run_terminal import LAST_UNTIL_KEY
from jobs.digest.assemble import Digest, digest_to_json, iso_z
from jobs.digest.chart import render_flow_file, talent_flow
from storage import settings as settings_store
from storage.db import Database

if TYPE_CHECKING:
    from bot.delivery.channels import ChannelClient

DEFAULT_WINDOW = timedelta(hours=24)
POST_LEASE_TTL = timedelta(minutes=10)

Clock = Callable[[], datetime]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since",
        metavar="S",
        help="24h, 7d or an ISO date/time (default: the last digest, else 24h)",
    )
    parser.add_argument("--until", metavar="U", help="24h, 7d or an ISO date/time (default: now)")
    parser.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    parser.add_argument(
        "--post",
        action="store_true",
        help="deliver the digests due now to every subscription and webhook, each from its own cursor",
    )
    parser.add_argument(
        "--chart",
        metavar="FILE",
        help="also write the window's talent-flow chart: who left and joined which lab "
        "(PNG; SVG for a .svg name)",
    )


def main(args: argparse.Namespace, settings: Settings, clock: Clock | None = None) -> int:
    """Print or post; bad arguments are one line on stderr and exit 2."""
    now_fn = clock or (lambda: datetime.now(UTC))
    if args.post and (args.since or args.until):
        return fail("--post delivers each subscription's own window; leave out --since/--until")
    if args.post and getattr(args, "chart", None):
        return fail("--chart goes with a printed digest, not --post")
    now = now_fn()
    try:
        until = parse_when(args.until, now) if args.until else now
        since = parse_when(args.since, now) if args.since else None
    except ValueError as exc:
        return fail(str(exc))
    db = open_database(settings)
    try:
        if args.post:
            return post(db, settings, now_fn)
        return print_digest(db, args, since, until, now)
    finally:
        db.dispose()


def fail(message: str) -> int:
    print(f"labwatch digest: {message}", file=sys.stderr)
    return 2


def print_digest(
    db: Database, args: argparse.Namespace, since: datetime | None, until: datetime, now: datetime
) -> int:
    """Print the window's digest; the default window continues from the last printed one."""
    remember = since is None and not args.until
    if since is None:
        with db.session() as session:
            last = settings_store.get_setting(session, LAST_UNTIL_KEY)
        since = datetime.fromisoformat(last) if last else until - DEFAULT_WINDOW
        if since >= until:
            since = until - DEFAULT_WINDOW
    if since >= until:
        return fail(f"--since ({iso_z(since)}) must be before --until ({iso_z(until)})")
    with db.session() as session:
        digest = terminal_digest(session, since, until, now)
    sys.stdout.write(format_digest(digest, args.format))
    if getattr(args, "chart", None):
        code = write_chart(db, args.chart, since, until)
        if code:
            return code
    if remember and not db.read_only:  # a read-only database prints, it remembers nothing
        with db.transaction() as session:
            settings_store.set_setting(session, LAST_UNTIL_KEY, until.isoformat())
    return 0


def write_chart(db: Database, path: str, since: datetime, until: datetime) -> int:
    """Write the window's talent-flow chart; where it went is said on stderr (stdout: digest)."""
    with db.session() as session:
        flow = talent_flow(session, since, until)
    try:
        Path(path).write_bytes(render_flow_file(flow, path))
    except OSError as exc:
        return fail(f"cannot write the chart to {path}: {exc.strerror or exc}")
    print(
        f"labwatch digest: wrote the talent-flow chart ({flow.total} move"
        f"{'' if flow.total == 1 else 's'}) to {path}",
        file=sys.stderr,
    )
    return 0


def format_digest(digest: Digest, fmt: str) -> str:
    """The digest in one of the output formats."""
    if fmt == "json":
        return json.dumps(digest_to_json(digest), indent=2, ensure_ascii=False) + "\n"
    return render_markdown(digest) if fmt == "markdown" else render_text(digest)


def post(db: Database, settings: Settings, clock: Clock) -> int:
    """Deliver what is due now, holding the delivery lease so `run` and we never both send."""
    holder = lease_holder("labwatch digest --post")
    try:
        with holding_lease(db, holder, clock(), POST_LEASE_TTL):
            report = asyncio.run(post_now(db, settings, clock))
    except LeaseHeld as exc:
        print(f"labwatch digest: {exc}; it delivers due digests itself", file=sys.stderr)
        return 1
    for line in describe_report(report, webhook_names(list(settings.raw.webhooks))):
        print(line)
    return 1 if report.failed or report.disabled or report.given_up else 0


async def post_now(db: Database, settings: Settings, clock: Clock) -> DeliveryReport:
    async with (
        webhook_client(settings.raw.http.timeout) as client,
        channel_access(settings) as channels,
    ):
        return await post_due(
            db, settings, Destinations(list(settings.raw.webhooks), client, channels), clock
        )


@contextlib.asynccontextmanager
async def channel_access(settings: Settings) -> AsyncIterator[ChannelClient | None]:
    """A REST-only Discord login when a token is configured (channel subscriptions need it)."""
    token = settings.discord_token()
    if not token:
        yield None
        return
    from bot.delivery.channels import rest_client  # discord loads only when used

    async with contextlib.AsyncExitStack() as stack:
        try:
            client: ChannelClient | None = await stack.enter_async_context(rest_client(token))
        except DeliveryError as exc:
            env = settings.raw.discord.token_env
            print(f"labwatch digest: {exc}; check ${env}. Channels are skipped", file=sys.stderr)
            client = None
        yield client
