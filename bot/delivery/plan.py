"""Which digests and alerts are due, written to the outbox with the cursor in one transaction.

What a subscription's digest covers (so nothing is lost while the bot is down or a report
comes late): every story not yet delivered to it that was published in [cursor, due), or
published up to LOOKBACK before the cursor but first seen after it. The cursor then moves to
the due time. A new subscription's first digest covers the 24 hours before its first due
time (or everything since it was made, if that is longer: the bot was down meanwhile).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.delivery.layout import dress
from bot.render import CHART_FILE, add_chart, chart_embed
from bot.styles import render_digest, render_instant
from jobs.digest.assemble import Digest, assemble_digest
from jobs.digest.chart import render_flow_png, talent_flow
from jobs.digest.routing import Routing, decide, facts_of
from jobs.watch.lists import WatchLists, with_guild
from storage import digests, outbox, subscriptions, watchlists
from storage.db import Database
from storage.models import Story, Subscription
from storage.outbox import OutboxFile

LOOKBACK = timedelta(days=7)
FIRST_WINDOW = timedelta(hours=24)
CHART_WEEKDAY = 0  # Monday: that day's digest carries the past week's talent-flow chart
WEEK = timedelta(days=7)
# (since, until) → (moves, PNG) or None: subscriptions due at the same moment share one picture
ChartCache = dict[tuple[datetime, datetime], tuple[int, bytes] | None]


def last_due_time(digest_at: str, timezone: str, now: datetime) -> datetime:
    """The latest moment at or before `now` when a daily `digest_at` in `timezone` fell due."""
    zone = ZoneInfo(timezone)
    hour, minute = (int(x) for x in digest_at.split(":"))
    local_today = now.astimezone(zone).date()
    for days_back in range(3):
        due = local_due(local_today - timedelta(days=days_back), hour, minute, zone)
        if due <= now:
            return due
    raise AssertionError("a daily time always falls due within three days")


def local_due(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    """`hour:minute` on `day` in `zone` as UTC, as APScheduler's CronTrigger fires it.

    fold=0: a time repeated when clocks go back is its first occurrence; a time skipped when
    they go forward is read with the old offset (02:30 → 03:30 summer time), like the trigger.
    """
    return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)


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


def plan_digest(
    session: Session,
    sub: Subscription,
    base: WatchLists,
    now: datetime,
    charts: ChartCache | None = None,
    filters: Routing | None = None,
) -> int | None:
    """Write one subscription's due digest to the outbox and move its cursor; the item id.

    A chart is drawn here, not at send time, and stored with its message: a resend after a
    crash carries the same picture.
    """
    window = due_window(sub, now)
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
    subscriptions.advance_cursor(session, sub.id, until, now)
    return item.id


def chart_due(digest_at: str, timezone: str, since: datetime, until: datetime) -> bool:
    """True when a Monday digest time (in the subscription's zone) falls in (since, until].

    Normally that is the Monday digest itself; after downtime, the catch-up digest that
    covers a Monday carries the chart instead.
    """
    if until - since >= WEEK:
        return True
    zone = ZoneInfo(timezone)
    hour, minute = (int(x) for x in digest_at.split(":"))
    day, last = since.astimezone(zone).date(), until.astimezone(zone).date()
    while day <= last:
        if day.weekday() == CHART_WEEKDAY and since < local_due(day, hour, minute, zone) <= until:
            return True
        day += timedelta(days=1)
    return False


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
    session: Session, stories: list[Story], sub: Subscription, filters: Routing | None
) -> list[Story]:
    """The stories this subscription's routing and the global filters let through."""
    routing = Routing.of(sub.options)
    if routing.is_open() and (filters is None or filters.is_open()):
        return stories
    reports = digests.reports_for_stories(session, [s.id for s in stories])
    return [s for s in stories if decide(facts_of(s, reports[s.id]), routing, filters).kept]


def plan_due_digests(
    db: Database, base: WatchLists, now: datetime, filters: Routing | None = None
) -> list[int]:
    """Plan every due digest, each subscription in its own transaction; the outbox item ids."""
    with db.session() as session:
        ids = [s.id for s in subscriptions.active_subscriptions(session)]
    planned: list[int] = []
    charts: ChartCache = {}
    for sub_id in ids:
        with db.transaction() as session:
            sub = subscriptions.get_subscription(session, sub_id)
            if sub is not None and sub.enabled:
                item_id = plan_digest(session, sub, base, now, charts, filters)
                if item_id is not None:
                    planned.append(item_id)
    return planned


def plan_alerts(
    db: Database,
    story_ids: list[str],
    base: WatchLists,
    now: datetime,
    filters: Routing | None = None,
) -> list[int]:
    """Queue an alert for each new move of a watched person, for subscriptions that want them.

    A live subscription takes every new story the same way (an alert when it is such a move,
    a plain post otherwise); routing and filters apply to both.
    """
    if not story_ids:
        return []
    planned: list[int] = []
    with db.transaction() as session:
        found = digests.stories_by_id(session, story_ids)
        for sub in subscriptions.active_subscriptions(session):
            if not (sub.alerts or sub.live) or not found:
                continue
            watch = watch_for(session, sub, base)
            done = digests.delivered_story_ids(session, sub.id, [s.id for s in found])
            for story in routed(session, [s for s in found if s.id not in done], sub, filters):
                alert = story.kind == "move" and names_watched_person(story.people, watch)
                if not (alert or sub.live):
                    continue
                digest = assemble_digest(
                    session, [story], now, now, None if sub.live else watch, now
                )
                if not digest.stories:
                    continue
                item = outbox.enqueue(
                    session, sub.id, "alert", instant_payloads(sub, digest, alert), [story.id], now
                )
                planned.append(item.id)
    return planned


def instant_payloads(sub: Subscription, digest: Digest, alert: bool) -> list[dict[str, Any]]:
    """One story found just now, in the subscription's style and place."""
    story = digest.stories[0]
    options = sub.options or {}
    payloads = render_instant(story, options, alert=alert)
    return dress(payloads, sub.kind, options, story.title, digest=False)


def names_watched_person(people: list[str] | None, watch: WatchLists) -> bool:
    """True when one of a story's people is on the watch list."""
    watched = {p.name.casefold() for p in watch.people}
    return any(str(p).casefold() in watched for p in people or [])


def terminal_digest(session: Session, since: datetime, until: datetime, now: datetime) -> Digest:
    """The digest printed by `labwatch digest` and by `run` without Discord: every story."""
    stories = digests.stories_published_in(session, since, until)
    return assemble_digest(session, stories, since, until, None, now)
