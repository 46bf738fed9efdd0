"""`labwatch digest`: print the digest of a window, or `--post` the digests due now."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.commands import add_format_argument
from bot.config import Settings
from bot.durations import UNITS_HELP, parse_when
from bot.render import render_markdown, render_text
from bot.watch import global_watch
from jobs.digest.assemble import Digest, digest_to_json, iso_z, terminal_digest
from jobs.watch.lists import WatchLists
from storage import settings as settings_store
from storage.lite import LiteReader

# delivery (httpx, whose import brings rich's syntax highlighting and pygments) loads only for
# --post: printing a digest is a read-only command and starts in a fraction of a second
if TYPE_CHECKING:
    from bot.delivery.channels import ChannelClient
    from bot.delivery.plan import Planned
    from bot.delivery.rounds import Destination, LeaseHeld
    from bot.delivery.send import DeliveryReport
    from storage.db import Database
    from storage.lite import AnyReader

DEFAULT_WINDOW = timedelta(hours=24)
MARK = "mark"  # --since mark: where `--mark` last left off
MARK_KEY = "cli_digest_mark"
POST_LEASE_TTL = timedelta(minutes=10)

Clock = Callable[[], datetime]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since",
        metavar="S",
        help=f"how far back: a duration ({UNITS_HELP}) like 24h, 7d, 1y; an ISO date/time; "
        "or 'mark' for where --mark last left off (default: 24h)",
    )
    parser.add_argument(
        "--until", metavar="U", help="the window's end, same forms as --since (default: now)"
    )
    add_format_argument(parser, "text", "markdown", "json")
    parser.add_argument(
        "--mark",
        action="store_true",
        help="remember where this printed digest ends, so that `--since mark` continues there "
        "(printing alone never moves anything)",
    )
    parser.add_argument(
        "--post",
        action="store_true",
        help="deliver the digests due now to every subscription and webhook, each from its own "
        "cursor; prints per destination what it sent and when the next digest is due",
    )
    parser.add_argument(
        "--now",
        action="store_true",
        help="with --post: send today's digest now (from the destination's last digest up to "
        "now), outside the schedule; the next scheduled one continues from here",
    )
    parser.add_argument(
        "--to",
        metavar="NAME",
        help="with --post: only this destination (a webhook's name, or a channel id)",
    )
    parser.add_argument(
        "--test",
        action="store_true",
        help="with --post: send a short test message to each (or the --to) destination",
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
    for name in ("now", "to", "test", "mark", "chart"):  # callers may build a partial Namespace
        if not hasattr(args, name):
            setattr(args, name, None)
    posting = [f for f in ("now", "to", "test") if getattr(args, f, None)]
    if posting and not args.post:
        return fail(f"--{posting[0]} goes with --post (labwatch digest --post --{posting[0]} ...)")
    if args.post and (args.since or args.until):
        return fail("--post delivers each subscription's own window; leave out --since/--until")
    if args.post and getattr(args, "chart", None):
        return fail("--chart goes with a printed digest, not --post")
    if args.post and getattr(args, "mark", False):
        return fail("--mark goes with a printed digest, not --post")
    if getattr(args, "now", False) and getattr(args, "test", False):
        return fail("choose --now (today's digest) or --test (a test message), not both")
    now = now_fn()
    try:
        until = parse_when(args.until, now) if args.until else now
        since = None if args.since in (None, MARK) else parse_when(args.since, now)
    except ValueError as exc:
        return fail(str(exc))
    if not args.post and settings.database_missing():
        # reading never creates a database file: an empty digest needs none
        since = since or until - DEFAULT_WINDOW
        return print_empty(args, since, until, now)
    if not (args.post or args.chart or args.mark):  # only reads: a SQLite file without SQLAlchemy
        from bot.lite import lite_reader

        with lite_reader(settings) as lite:
            if lite is not None:
                return print_digest(lite, args, since, until, now, global_watch(settings))
    from bot.app import open_database

    db = open_database(settings)
    try:
        if args.post:
            return post(db, settings, now_fn, args)
        return print_digest(db, args, since, until, now, global_watch(settings))
    finally:
        db.dispose()


def fail(message: str) -> int:
    print(f"labwatch digest: {message}", file=sys.stderr)
    return 2


def print_digest(
    db: Database | LiteReader,
    args: argparse.Namespace,
    since: datetime | None,
    until: datetime,
    now: datetime,
    watch: WatchLists,
) -> int:
    """Print the window's digest (default: the last 24 h); only --mark remembers anything."""
    if since is None and args.since == MARK:
        with reading(db) as conn:
            last = settings_store.get_setting(conn, MARK_KEY)
        if last is None:
            return fail("no mark yet: `labwatch digest --mark` sets one where its digest ends")
        since = datetime.fromisoformat(last)
    if since is None:
        since = until - DEFAULT_WINDOW
    if since >= until:
        return fail(f"--since ({iso_z(since)}) must be before --until ({iso_z(until)})")
    with reading(db) as conn:
        digest = terminal_digest(conn, since, until, now, watch)
    sys.stdout.write(format_digest(digest, args.format))
    if isinstance(db, LiteReader):
        return 0  # neither --chart nor --mark: main takes storage.lite's reader only then
    if getattr(args, "chart", None):
        code = write_chart(db, args.chart, since, until)
        if code:
            return code
    if getattr(args, "mark", False):
        with db.transaction() as session:
            settings_store.set_setting(session, MARK_KEY, until.isoformat())
    return 0


@contextlib.contextmanager
def reading(db: Database | LiteReader) -> Iterator[AnyReader]:
    """A reader: storage.lite's as it is, or a connection of the database."""
    if isinstance(db, LiteReader):
        yield db
        return
    with db.reading() as conn:
        yield conn


def print_empty(args: argparse.Namespace, since: datetime, until: datetime, now: datetime) -> int:
    """The digest of a database that does not exist yet: empty, and no file is created."""
    if since >= until:
        return fail(f"--since ({iso_z(since)}) must be before --until ({iso_z(until)})")
    if getattr(args, "mark", False) or getattr(args, "chart", None) or args.since == MARK:
        return fail("no database yet: run `labwatch poll` (or `labwatch run`) first")
    sys.stdout.write(format_digest(Digest(now, since, until, ()), args.format))
    return 0


def write_chart(db: Database, path: str, since: datetime, until: datetime) -> int:
    """Write the window's talent-flow chart; where it went is said on stderr (stdout: digest)."""
    from jobs.digest.chart import render_flow_file, talent_flow

    with db.session() as session:
        flow = talent_flow(session, since, until)
    try:
        picture = render_flow_file(flow, path)
    except ValueError as exc:
        return fail(f"--chart {path}: {exc}")
    try:
        Path(path).write_bytes(picture)
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


def post(db: Database, settings: Settings, clock: Clock, args: argparse.Namespace) -> int:
    """Deliver what is due (or --now, or --test), holding the delivery lease so that `run` and
    we never both send; then say per destination what happened and when its next digest is."""
    import asyncio  # only --post runs an event loop: printing starts without asyncio

    from bot.delivery.rounds import (
        LeaseHeld,
        describe_destinations,
        describe_report,
        holding_lease,
        lease_holder,
        list_destinations,
        pick_destinations,
        sync_webhooks,
        webhook_names,
    )

    hooks = list(settings.raw.webhooks)
    sync_webhooks(db, hooks, clock())
    try:
        chosen = pick_destinations(list_destinations(db, hooks), args.to)
    except ValueError as exc:
        return fail(str(exc))
    if not chosen:
        print(
            "no destinations: add a [[webhooks]] entry to the config (docs/webhooks.md), "
            "or /subscribe in a Discord channel"
        )
    holder = lease_holder("labwatch digest --post")
    try:
        with holding_lease(db, holder, clock(), POST_LEASE_TTL):
            planned, report = asyncio.run(post_now(db, settings, clock, chosen, args))
    except LeaseHeld as exc:
        return queue_for_runner(db, settings, clock, chosen, args, exc)
    for line in describe_destinations(chosen, planned, report, clock(), args.test):
        print(line)
    for line in describe_report(report, webhook_names(hooks)):
        print(line)
    return 1 if report.failed or report.disabled or report.given_up else 0


def queue_for_runner(
    db: Database,
    settings: Settings,
    clock: Clock,
    chosen: list[Destination],
    args: argparse.Namespace,
    held: LeaseHeld,
) -> int:
    """`labwatch run` holds the lease: a test message or a digest now waits in its outbox."""
    from bot.delivery.plan import plan_digests
    from bot.delivery.rounds import queue_test_messages

    if not (args.now or args.test):
        print(f"labwatch digest: {held}; it delivers due digests itself", file=sys.stderr)
        return 1
    if args.test:
        queue_test_messages(db, chosen, clock())
    else:
        ids = [d.subscription_id for d in chosen]
        filters = settings.raw.filters.routing()
        plan_digests(db, global_watch(settings), clock(), ids, at_once=True, filters=filters)
    names = ", ".join(d.name for d in chosen)
    print(f"queued for {names}: the running labwatch sends it with its next poll pass ({held})")
    return 0


async def post_now(
    db: Database,
    settings: Settings,
    clock: Clock,
    chosen: list[Destination],
    args: argparse.Namespace,
) -> tuple[list[Planned], DeliveryReport]:
    from bot.delivery.rounds import (
        Destinations,
        deliver,
        post_round,
        queue_test_messages,
        sender_pace,
    )
    from bot.delivery.send import webhook_client

    async with (
        webhook_client(settings.raw.http.timeout) as client,
        channel_access(settings) as channels,
    ):
        hooks, pace = list(settings.raw.webhooks), sender_pace(settings)
        destinations = Destinations(hooks, client, channels, pace=pace)
        if args.test:
            await db.run(queue_test_messages, db, chosen, clock())
            return [], await deliver(db, settings, destinations, clock)
        ids = [d.subscription_id for d in chosen] if args.to else None
        return await post_round(db, settings, destinations, clock, ids, at_once=args.now)


@contextlib.asynccontextmanager
async def channel_access(settings: Settings) -> AsyncIterator[ChannelClient | None]:
    """A REST-only Discord login when a token is configured (channel subscriptions need it)."""
    token = settings.discord_token()
    if not token:
        yield None
        return
    from bot.delivery.channels import rest_client  # discord loads only when used
    from bot.delivery.send import DeliveryError

    async with contextlib.AsyncExitStack() as stack:
        try:
            client: ChannelClient | None = await stack.enter_async_context(rest_client(token))
        except DeliveryError as exc:
            env = settings.raw.discord.token_env
            print(f"labwatch digest: {exc}; check ${env}. Channels are skipped", file=sys.stderr)
            client = None
        yield client
