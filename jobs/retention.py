"""The retention stage: prune old entries, stories, videos, captions and sent outbox items.

Counted from first-seen time. Nothing a digest still owes is touched: the prune horizon is
moved back to the oldest open subscription cursor (minus the digests' look-back), and stories
of pending outbox items are kept. Dedup keys are never pruned, so nothing comes back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from storage import retention
from storage.retention import PruneCounts

EVERY = timedelta(days=1)  # pruning once a day is plenty; a pass runs every few minutes


@dataclass(frozen=True)
class RetentionPolicy:
    """How long content is kept; None keeps it forever."""

    entries: timedelta | None = timedelta(days=90)
    transcripts: timedelta | None = timedelta(days=30)
    digest_lookback: timedelta = timedelta(days=7)  # bot.delivery.plan.LOOKBACK


def prune_horizon(
    session: Session, keep_for: timedelta, lookback: timedelta, now: datetime
) -> datetime:
    """The first-seen time before which content may go: never past an open digest window."""
    cutoff = now - keep_for
    cursor = retention.earliest_open_cursor(session)
    return cutoff if cursor is None else min(cutoff, cursor - lookback)


def apply_retention(session: Session, policy: RetentionPolicy, now: datetime) -> PruneCounts:
    """Prune what the policy lets go, in the caller's transaction; the counts deleted."""
    counts = PruneCounts()
    if policy.entries is not None:
        horizon = prune_horizon(session, policy.entries, policy.digest_lookback, now)
        keep = retention.pending_story_ids(session)
        counts = PruneCounts(
            entries=retention.prune_entries(session, horizon, keep),
            stories=retention.prune_stories(session, horizon, keep),
            videos=retention.prune_videos(session, horizon),
            outbox_items=retention.prune_outbox(session, horizon),
        )
    if policy.transcripts is not None:
        pruned = retention.prune_transcripts(session, now - policy.transcripts)
        counts = PruneCounts(**{**counts.__dict__, "transcripts": pruned})
    retention.record_run(session, now)
    return counts


def retention_due(session: Session, now: datetime, every: timedelta = EVERY) -> bool:
    """True when retention has not run within `every`."""
    last = retention.last_run(session)
    return last is None or now - last >= every
