"""Which digests and alerts are due, written to the outbox with the cursor in one transaction.

What a subscription's digest covers (so nothing is lost while the bot is down or a report
comes late): every story not yet delivered to it that was published in [cursor, due), or
published up to LOOKBACK before the cursor but first seen after it. The cursor then moves to
the due time. A new subscription's first digest covers the 24 hours before its first due
time (or everything since it was made, if that is longer: the bot was down meanwhile).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.render import render_alert, render_messages
from jobs.digest import Digest, assemble_digest
from jobs.watch import WatchLists, with_guild
from storage import digests, outbox, subscriptions, watchlists
from storage.db import Database
from storage.models import Subscription

LOOKBACK = timedelta(days=7)
FIRST_WINDOW = timedelta(hours=24)


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


def plan_digest(session: Session, sub: Subscription, base: WatchLists, now: datetime) -> int | None:
    """Write one subscription's due digest to the outbox and move its cursor; the item id."""
    window = due_window(sub, now)
    if window is None:
        return None
    since, until = window
    stories = digests.stories_for_subscription(session, sub.id, since, until, LOOKBACK)
    digest = assemble_digest(session, stories, since, until, watch_for(session, sub, base), now)
    payloads = render_messages(digest, send_empty=sub.send_empty)
    item = outbox.enqueue(
        session,
        sub.id,
        "digest",
        payloads,
        [s.id for s in digest.stories],
        now,
        since=since,
        until=until,
    )
    subscriptions.advance_cursor(session, sub.id, until, now)
    return item.id


def plan_due_digests(db: Database, base: WatchLists, now: datetime) -> list[int]:
    """Plan every due digest, each subscription in its own transaction; the outbox item ids."""
    with db.session() as session:
        ids = [s.id for s in subscriptions.active_subscriptions(session)]
    planned: list[int] = []
    for sub_id in ids:
        with db.transaction() as session:
            sub = subscriptions.get_subscription(session, sub_id)
            if sub is not None and sub.enabled:
                item_id = plan_digest(session, sub, base, now)
                if item_id is not None:
                    planned.append(item_id)
    return planned


def plan_alerts(db: Database, story_ids: list[str], base: WatchLists, now: datetime) -> list[int]:
    """Queue an alert for each new move of a watched person, for subscriptions that want them."""
    if not story_ids:
        return []
    planned: list[int] = []
    with db.transaction() as session:
        stories = [s for s in digests.stories_by_id(session, story_ids) if s.kind == "move"]
        for sub in subscriptions.active_subscriptions(session):
            if not sub.alerts or not stories:
                continue
            watch = watch_for(session, sub, base)
            done = digests.delivered_story_ids(session, sub.id, [s.id for s in stories])
            for story in stories:
                if story.id in done or not names_watched_person(story.people, watch):
                    continue
                digest = assemble_digest(session, [story], now, now, watch, now)
                item = outbox.enqueue(
                    session, sub.id, "alert", render_alert(digest.stories[0]), [story.id], now
                )
                planned.append(item.id)
    return planned


def names_watched_person(people: list[str] | None, watch: WatchLists) -> bool:
    """True when one of a story's people is on the watch list."""
    watched = {p.name.casefold() for p in watch.people}
    return any(str(p).casefold() in watched for p in people or [])


def terminal_digest(session: Session, since: datetime, until: datetime, now: datetime) -> Digest:
    """The digest printed by `labwatch digest` and by `run` without Discord: every story."""
    stories = digests.stories_published_in(session, since, until)
    return assemble_digest(session, stories, since, until, None, now)
