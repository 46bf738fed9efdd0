"""Storing a parsed feed: only unseen keys, videos for transcripts, the YouTube watermark,
and news-search results linked to the outlet's own copy of the article."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from jobs.ingest.parse import FeedEntry, ParsedFeed
from jobs.ingest.urls import site_host
from storage.entries import (
    EntryRow,
    entries_near,
    insert_entries,
    set_canonical_url,
    unmatched_news_results,
    unseen_keys,
)
from storage.sources import (
    PollOutcome,
    PollTarget,
    held_claims,
    mark_video_channel,
    record_polls,
)
from storage.videos import upsert_video

# a video older than the channel's newest by more than this, appearing for the first time, is
# an old one sliding back into the 15-item feed after a removal: stored, but not news
BACKFILL_GRACE = timedelta(days=1)
MATCH_WINDOW = timedelta(days=3)
NEWS_SEARCH_PREFIX = "https://news.google.com/"
_NOT_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Stored:
    """What storing one feed added."""

    entry_ids: list[int]  # new and news-worthy
    video_ids: list[str]  # new videos, news-worthy
    backfilled: int  # new to us but older than the watermark
    texts: tuple[tuple[str, str], ...] = ()  # (title, summary) of every entry stored


@dataclass(frozen=True)
class FeedWrite:
    """One source's parsed feed and how its poll went, to be stored."""

    target: PollTarget
    parsed: ParsedFeed
    outcome: PollOutcome


def store_feeds(
    session: Session, writes: list[FeedWrite], now: datetime, holder: str | None = None
) -> list[Stored]:
    """Several sources' feeds at once (one statement per kind of row); each one's Stored.

    Each source's unseen keys are looked up before anything is inserted: a source listed twice
    would insert its keys twice and fail the whole call (the batch writer then stores them one
    at a time). With a `holder`, feeds of sources whose claim it lost are dropped (the worker
    that took the lapsed claim over stores its own poll).
    """
    if holder is not None:
        held = held_claims(session, [w.target.id for w in writes], holder)
        kept = iter(_store(session, [w for w in writes if w.target.id in held], now, holder))
        return [next(kept) if w.target.id in held else Stored([], [], 0) for w in writes]
    return _store(session, writes, now, None)


def _store(
    session: Session, writes: list[FeedWrite], now: datetime, holder: str | None
) -> list[Stored]:
    news = [_unseen_entries(session, write) for write in writes]
    batches = [(w.target.id, [to_row(e) for e in new]) for w, new in zip(writes, news, strict=True)]
    ids = insert_entries(session, batches, now)
    stored = [
        _keep_videos(session, write, new, entry_ids)
        for write, new, entry_ids in zip(writes, news, ids, strict=True)
    ]
    record_polls(session, [(w.target.id, _with_watermark(w)) for w in writes], now, holder)
    return stored


def _unseen_entries(session: Session, write: FeedWrite) -> list[FeedEntry]:
    entries = write.parsed.entries
    fresh = unseen_keys(session, write.target.id, (e.key for e in entries))
    return [e for e in entries if e.key in fresh]


def _keep_videos(
    session: Session, write: FeedWrite, new: list[FeedEntry], ids: list[int]
) -> Stored:
    """Hand new videos to the transcript stage; an old one sliding back in is not news."""
    target = write.target
    news_ids: list[int] = []
    video_ids: list[str] = []
    backfilled = 0
    for entry_id, entry in zip(ids, new, strict=True):
        old = is_backfill(entry, target.watermark)
        backfilled += old
        if not old:
            news_ids.append(entry_id)
        if entry.video_id and save_video(session, target.id, entry) and not old:
            video_ids.append(entry.video_id)
    if target.kind == "feed" and any(e.video_id for e in write.parsed.entries):
        mark_video_channel(session, target.id)
    return Stored(news_ids, video_ids, backfilled, tuple((e.title, e.summary) for e in new))


def to_row(entry: FeedEntry) -> EntryRow:
    """A parsed entry as storage wants it."""
    return EntryRow(
        key=entry.key,
        url=entry.url,
        canonical_url=entry.canonical,
        title=entry.title,
        summary=entry.summary,
        author=entry.author,
        publisher=entry.publisher,
        publisher_url=entry.publisher_url,
        video_id=entry.video_id,
        published_at=entry.published_at,
    )


def is_backfill(entry: FeedEntry, watermark: datetime | None) -> bool:
    """A video first seen now but published well before the newest one already seen."""
    if not entry.video_id or watermark is None or entry.published_at is None:
        return False
    return entry.published_at < watermark - BACKFILL_GRACE


def newest(entries: list[FeedEntry], watermark: datetime | None) -> datetime | None:
    """The newest publish time among the feed's videos and the old watermark."""
    times = [e.published_at for e in entries if e.video_id and e.published_at]
    if watermark is not None:
        times.append(watermark)
    return max(times, default=None)


def save_video(session: Session, source_id: int, entry: FeedEntry) -> bool:
    """Hand a video to the transcript stage; True when it is new."""
    assert entry.video_id is not None
    return upsert_video(
        session,
        entry.video_id,
        source_id=source_id,
        title=entry.title,
        description=entry.summary,
        channel_title=entry.channel_title,
        channel_id=entry.channel_id,
        published_at=entry.published_at,
    )


def link_news_results(session: Session, now: datetime) -> int:
    """Point news-search results at the outlet's own entry of the same article; returns links."""
    linked = 0
    for result in unmatched_news_results(session, now - timedelta(days=7), NEWS_SEARCH_PREFIX):
        host = site_host(result.publisher_url or "")
        if not host:
            continue
        since, until = result.when - MATCH_WINDOW, result.when + MATCH_WINDOW
        for candidate in entries_near(session, since, until, [host]):
            if candidate.canonical_url and same_title(candidate.title, result.title):
                set_canonical_url(session, [result.id], candidate.canonical_url)
                linked += 1
                break
    return linked


def same_title(a: str, b: str) -> bool:
    """Titles equal once case and punctuation are ignored (a long prefix counts: truncation)."""
    x, y = normalise_title(a), normalise_title(b)
    if not x or not y:
        return False
    short, long = sorted((x, y), key=len)
    return x == y or (len(short) >= 30 and long.startswith(short))


def normalise_title(title: str) -> str:
    """Lowercase words only, single-spaced."""
    return _NOT_WORD.sub(" ", title.casefold()).strip()


def _with_watermark(write: FeedWrite) -> PollOutcome:
    """The poll's outcome carrying the newest video time seen (the YouTube watermark)."""
    watermark = newest(write.parsed.entries, write.target.watermark)
    outcome = write.outcome
    return outcome if watermark is None else dataclasses.replace(outcome, watermark=watermark)
