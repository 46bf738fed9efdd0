"""When a daily time falls due: `digest_at` in a time zone, as UTC moments.

The one calculation behind the scheduler's digest trigger, the planner's "which digest is owed
now", the Monday chart and the "next digest" answers. A local time is read with fold=0: a time
that happens twice when clocks go back is its first occurrence (so it runs once), and a time
skipped when they go forward is read with the old offset (02:30 becomes 03:30 summer time).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# a daily time falls due at least once in any window this long, whatever the zone does
SPAN = timedelta(days=3)


def due_on(day: date, digest_at: str, timezone: str) -> datetime:
    """`digest_at` ("09:00") on the local `day` in `timezone`, as UTC."""
    hour, minute = (int(part) for part in digest_at.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(timezone)).astimezone(UTC)


def due_between(digest_at: str, timezone: str, since: datetime, until: datetime) -> list[datetime]:
    """Every moment in (since, until] when `digest_at` falls due in `timezone`, oldest first."""
    zone = ZoneInfo(timezone)
    day, last = since.astimezone(zone).date(), until.astimezone(zone).date()
    moments = []
    while day <= last:
        due = due_on(day, digest_at, timezone)
        if since < due <= until:
            moments.append(due)
        day += timedelta(days=1)
    return moments


def last_due_time(digest_at: str, timezone: str, now: datetime) -> datetime:
    """The latest moment at or before `now` when `digest_at` fell due."""
    return due_between(digest_at, timezone, now - SPAN, now)[-1]


def next_due_time(digest_at: str, timezone: str, after: datetime) -> datetime:
    """The first moment after `after` when `digest_at` falls due."""
    return due_between(digest_at, timezone, after, after + SPAN)[0]
