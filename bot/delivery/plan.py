"""Which digests and alerts are due, written to the outbox with the cursor in one transaction.

What a subscription's digest covers (so nothing is lost while the bot is down or a report
comes late): every story not yet delivered to it that was published in [cursor, due), or
published up to LOOKBACK before the cursor but first seen after it. The cursor then moves to
the due time. A new subscription's first digest covers the 24 hours before its first due
time (or everything since it was made, if that is longer: the bot was down meanwhile).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.delivery.layout import dress
from bot.render import CHART_FILE, add_chart, chart_embed, render_folded_alerts
from bot.styles import ping_payload, render_digest, render_instant
from jobs.digest.assemble import Digest, assemble_digest
from jobs.digest.chart import render_flow_png, talent_flow
from jobs.digest.daily import due_between, last_due_time, next_due_time
from jobs.digest.routing import Routing, decide, facts_of
from jobs.watch.lists import WatchLists, with_guild
from storage import digests, outbox, subscriptions, watchlists
from storage.claims import Claim
from storage.db import Database
from storage.digests import StoryRow
from storage.locks import serialize
from storage.models import Subscription
from storage.outbox import OutboxFile
from storage.types import utcnow

LOOKBACK = timedelta(days=7)
FIRST_WINDOW = timedelta(hours=24)
CHART_WEEKDAY = 0  # Monday: that day's digest carries the past week's talent-flow chart
WEEK = timedelta(days=7)
# (since, until) → (moves, PNG) or None: subscriptions due at the same moment share one picture
ChartCache = dict[tuple[datetime, datetime], tuple[int, bytes] | None]


def now_window(sub: Subscription, now: datetime) -> tuple[datetime, datetime] | None:
    """(since, until) of a digest sent now, outside the schedule: from the cursor to now."""
    since = sub.cursor if sub.cursor is not None else now - FIRST_WINDOW
    return (since, now) if since < now else None


def due_window(sub: Subscription, now: datetime) -> tuple[datetime, datetime] | None:
    """(since, until) of the digest a subscription is owed now, or None when it is up to date."""
    due = last_due_time(sub.digest_at, sub.timezone, now)
    if sub.cursor is not None:
        return (sub.cursor, due) if sub.cursor < due else None
    if sub.created_at >= due:
        return None
    # never delivered: at least the day before, and everything since it was made
    return (min(due - FIRST_WINDOW, sub.created_at), due)


def watch_for(session: Session, sub: Subscription, base: WatchLists) -> WatchLists:
    """The config's watch list plus the subscription's own server's additions."""
    if sub.guild_id is None:
        return base
    people = watchlists.list_people(session, sub.guild_id)
    keywords = watchlists.list_keywords(session, sub.guild_id)
    return with_guild(base, people, keywords)


@dataclass(frozen=True)
class Planned:
    """A digest written to the outbox: for whom, which item, how much is in it."""

    subscription_id: int
    item_id: int
    stories: int
    messages: int
    since: datetime
    until: datetime


def plan_digest(
    session: Session,
    sub: Subscription,
    base: WatchLists,
    now: datetime,
    charts: ChartCache | None = None,
    filters: Routing | None = None,
    *,
    at_once: bool = False,
) -> Planned | None:
    """Write one subscription's due digest to the outbox and move its cursor.

    `at_once`: the digest from the cursor up to now, outside the schedule (`--post --now`);
    the next scheduled digest then starts where this one ended, so nothing comes twice.
    A chart is drawn here, not at send time, and stored with its message: a resend after a
    crash carries the same picture.
    """
    window = now_window(sub, now) if at_once else due_window(sub, now)
    if window is None:
        return None
    since, until = window
    stories = digests.stories_for_subscription(session, sub.id, since, until, LOOKBACK)
    stories = routed(session, stories, sub, filters)
    digest = assemble_digest(session, stories, since, until, watch_for(session, sub, base), now)
    options = sub.options or {}
    payloads = render_digest(digest, options, send_empty=sub.send_empty)
    files = None
    if sub.chart and chart_due(sub.digest_at, sub.timezone, since, until):
        payloads, files = attach_weekly_chart(session, sub.timezone, until, payloads, charts)
    dressed = dress(payloads, sub.kind, options, f"labwatch digest {until:%Y-%m-%d}", digest=True)
    shift = len(dressed) - len(payloads)  # a digest thread's header went in front
    payloads = dressed
    if files and shift:
        files = {seq + shift: file for seq, file in files.items()}
    item = outbox.enqueue(
        session,
        sub.id,
        "digest",
        payloads,
        [s.id for s in digest.stories],
        now,
        since=since,
        until=until,
        files=files,
    )
    next_due = next_due_time(sub.digest_at, sub.timezone, until)
    subscriptions.advance_cursor(session, sub.id, until, now, next_due)
    return Planned(sub.id, item.id, len(digest.stories), len(payloads), since, until)


def chart_due(digest_at: str, timezone: str, since: datetime, until: datetime) -> bool:
    """True when a Monday digest time (in the subscription's zone) falls in (since, until].

    Normally that is the Monday digest itself; after downtime, the catch-up digest that
    covers a Monday carries the chart instead.
    """
    if until - since >= WEEK:
        return True
    due = due_between(digest_at, timezone, since, until)
    return any(d.astimezone(ZoneInfo(timezone)).weekday() == CHART_WEEKDAY for d in due)


def week_before(until: datetime, timezone: str) -> datetime:
    """The same local time seven days earlier (a week across a DST change is 167 or 169 h)."""
    local = until.astimezone(ZoneInfo(timezone))
    return (local - WEEK).astimezone(UTC)


def attach_weekly_chart(
    session: Session,
    timezone: str,
    until: datetime,
    payloads: list[dict[str, Any]],
    charts: ChartCache | None,
) -> tuple[list[dict[str, Any]], dict[int, OutboxFile] | None]:
    """The payloads with the past week's chart added, and the file by message position.

    A week without moves between labs gets no chart (the picture would only say so).
    """
    since = week_before(until, timezone)
    chart = weekly_chart(session, since, until, {} if charts is None else charts)
    if chart is None:
        return payloads, None
    moves, png = chart
    header = f"**labwatch talent flow** · {since:%Y-%m-%d %H:%M} → {until:%Y-%m-%d %H:%M} UTC"
    payloads, seq = add_chart(payloads, chart_embed(moves, since, until), header)
    return payloads, {seq: OutboxFile(CHART_FILE, png)}


def weekly_chart(
    session: Session, since: datetime, until: datetime, charts: ChartCache
) -> tuple[int, bytes] | None:
    """(moves, PNG) of the talent flow in [since, until), drawn once per window and pass."""
    if (since, until) not in charts:
        flow = talent_flow(session, since, until)
        charts[(since, until)] = (flow.total, render_flow_png(flow)) if flow.total else None
    return charts[(since, until)]


def routed(
    session: Session, stories: list[StoryRow], sub: Subscription, filters: Routing | None
) -> list[StoryRow]:
    """The stories this subscription's routing and the global filters let through."""
    routing = Routing.of(sub.options)
    if routing.is_open() and (filters is None or filters.is_open()):
        return stories
    reports = digests.reports_for_stories(session, [s.id for s in stories])
    return [s for s in stories if decide(facts_of(s, reports[s.id]), routing, filters).kept]


def plan_due_digests(
    db: Database,
    base: WatchLists,
    now: datetime,
    filters: Routing | None = None,
    claim: Claim | None = None,
) -> list[int]:
    """Plan every due digest, each subscription in its own transaction; the outbox item ids.

    With a `claim` (one of several workers), only subscriptions it claims, a batch at a time;
    a digest is planned only while its claim is held.
    """
    charts: ChartCache = {}
    planned: list[int] = []
    while ids := _due_batch(db, now, claim):
        holder = claim.holder if claim else None
        for sub_id in ids:
            with db.transaction() as session:
                sub = subscriptions.hold_subscription(session, sub_id, holder)
                done = plan_held(session, sub, base, now, charts, filters)
                planned += [done.item_id] if done is not None else []
        if claim is None:
            break
    return planned


def _due_batch(db: Database, now: datetime, claim: Claim | None) -> list[int]:
    """The next due subscriptions: claimed for a worker, all of them for the one process."""
    if claim is None:
        with db.session() as session:
            return subscriptions.due_subscription_ids(session, now)
    with db.transaction() as session:
        until = max(now, utcnow()) + claim.ttl  # from the claim, not from the round's start
        return subscriptions.claim_due_subscriptions(session, now, claim.holder, until, claim.batch)


def plan_held(
    session: Session,
    sub: Subscription | None,
    base: WatchLists,
    now: datetime,
    charts: ChartCache,
    filters: Routing | None,
) -> Planned | None:
    """Plan a held subscription's due digest; when none is owed, store when the next one is."""
    if sub is None or not sub.enabled:
        return None  # another worker took the lapsed claim over, or it was disabled meanwhile
    done = plan_digest(session, sub, base, now, charts, filters)
    if done is None:
        after = sub.cursor if sub.cursor is not None else sub.created_at
        subscriptions.set_next_due(session, sub, next_due_time(sub.digest_at, sub.timezone, after))
    return done


def plan_digests(
    db: Database,
    base: WatchLists,
    now: datetime,
    only: list[int] | None = None,
    *,
    at_once: bool = False,
    filters: Routing | None = None,
) -> list[Planned]:
    """Plan the due digests (or, `at_once`, digests up to now) of every or `only` these
    subscriptions, each in its own transaction."""
    with db.session() as session:
        ids = [s.id for s in subscriptions.active_subscriptions(session)]
    planned: list[Planned] = []
    charts: ChartCache = {}
    for sub_id in ids:
        if only is not None and sub_id not in only:
            continue
        with db.transaction() as session:
            # the row lock: a worker planning this subscription now, and we, take turns
            sub = subscriptions.hold_subscription(session, sub_id, None)
            if sub is not None and sub.enabled:
                done = plan_digest(session, sub, base, now, charts, filters, at_once=at_once)
                if done is not None:
                    planned.append(done)
    return planned


@dataclass(frozen=True)
class AlertPolicy:
    """Which moves are news enough for an alert, and how many alerts a minute are enough."""

    max_age: timedelta = timedelta(hours=24)  # published at most this long ago
    per_minute: int = 3  # per destination; more within a minute are folded into one message
    keywords: bool = False  # a watched keyword in the story is enough (not only the mover)


PACE = timedelta(minutes=1)


def plan_alerts(
    db: Database,
    story_ids: list[str],
    base: WatchLists,
    now: datetime,
    filters: Routing | None = None,
    policy: AlertPolicy | None = None,
) -> list[int]:
    """Queue alerts for new moves of watched movers, for subscriptions that want them.

    Only news: a story published within `policy.max_age` (the caller passes the stories
    first seen now); older ones wait for the digest. Past `per_minute` alerts to one
    destination in a minute, the rest of a pass go out folded into one message. A live
    subscription takes every other new story as a plain post; routing and filters apply to
    both.
    """
    policy = policy or AlertPolicy()
    if not story_ids:
        return []
    planned: list[int] = []
    with db.transaction() as session:
        serialize(session, "planning")  # two workers must not both queue one alert
        found = sorted(
            (
                s
                for s in digests.stories_by_id(session, story_ids)
                if aware(s.published_at) >= now - policy.max_age
            ),
            key=lambda s: (aware(s.published_at), s.id),
        )
        for sub in subscriptions.active_subscriptions(session):
            if not (sub.alerts or sub.live) or not found:
                continue
            # a worker planning this subscription's digest now and we take turns: a story
            # goes into the alert or the digest, never both
            subscriptions.lock_subscription(session, sub.id)
            watch = watch_for(session, sub, base)
            done = digests.delivered_story_ids(session, sub.id, [s.id for s in found])
            fresh = [s for s in found if s.id not in done]
            matched: list[tuple[Any, str]] = []
            for story in routed(session, fresh, sub, filters):
                entry = alert_match(story, watch, policy.keywords) if story.kind == "move" else None
                if entry:
                    matched.append((story, entry))
                elif sub.live:
                    planned += post_live(session, sub, story, now)
            planned += enqueue_alerts(session, sub, matched, watch, now, policy)
    return planned


def post_live(session: Session, sub: Subscription, story: Any, now: datetime) -> list[int]:
    """A live subscription's plain post of one new story."""
    digest = assemble_digest(session, [story], now, now, None, now)
    if not digest.stories:
        return []
    payloads = instant_payloads(sub, digest, False)
    return [outbox.enqueue(session, sub.id, "alert", payloads, [story.id], now).id]


def enqueue_alerts(
    session: Session,
    sub: Subscription,
    matched: list[tuple[Any, str]],
    watch: WatchLists,
    now: datetime,
    policy: AlertPolicy,
) -> list[int]:
    """One alert per move while the minute's budget lasts; the rest as one folded message."""
    if not matched:
        return []
    budget = policy.per_minute - outbox.items_since(session, sub.id, "alert", now - PACE)
    singles = matched if len(matched) <= budget else matched[: max(0, budget - 1)]
    rest = matched[len(singles) :]
    digest = assemble_digest(session, [s for s, _ in matched], now, now, watch, now)
    by_id = {d.id: d for d in digest.stories}
    items = []
    for story, entry in singles:
        one = Digest(now, now, now, (by_id[story.id],))
        payloads = instant_payloads(sub, one, True, entry)
        items.append(outbox.enqueue(session, sub.id, "alert", payloads, [story.id], now).id)
    if rest:
        folded = render_folded_alerts([(by_id[s.id], entry) for s, entry in rest])
        roles = tuple((sub.options or {}).get("ping_roles") or ())
        folded = [ping_payload(folded[0], roles), *folded[1:]]  # alerts too: the roles ping
        payloads = dress(folded, sub.kind, sub.options or {}, "labwatch alerts", digest=False)
        ids = [s.id for s, _ in rest]
        items.append(outbox.enqueue(session, sub.id, "alert", payloads, ids, now).id)
    return items


def alert_match(story: Any, watch: WatchLists, keywords: bool) -> str | None:
    """The watch entry that makes a move alert-worthy ("Jan Leike", "keyword superalignment").

    The mover must be watched: a watched name elsewhere in the story is not enough. With
    `keywords`, a watched keyword of the story counts too.
    """
    mover = (story.person or "").casefold()
    for person in watch.people:
        if mover and mover in {person.name.casefold(), *(a.casefold() for a in person.aliases)}:
            return person.name
    if keywords:
        wanted = {k.casefold(): k for k in watch.keywords}
        for keyword in story.keywords or []:
            if str(keyword).casefold() in wanted:
                return f"keyword {wanted[str(keyword).casefold()]}"
    return None


def aware(moment: datetime) -> datetime:
    """A stored time as an aware UTC datetime (SQLite hands back naive ones)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def instant_payloads(
    sub: Subscription, digest: Digest, alert: bool, matched: str = ""
) -> list[dict[str, Any]]:
    """One story found just now, in the subscription's style and place."""
    story = digest.stories[0]
    options = sub.options or {}
    payloads = render_instant(story, options, alert=alert, matched=matched)
    return dress(payloads, sub.kind, options, story.title, digest=False)
