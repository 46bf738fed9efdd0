"""Transcript rounds: each due video goes down the provider chain until one delivers.

A known-captioned video (the canary) is asked of every provider that talks to YouTube first:
when it fails, that provider's "no captions" answers in the round are a block in disguise and
are recorded as such, so a blocked server never marks videos caption-less. Each video ends the
round with an honest status and a next try suited to it; each provider has its own back-off.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from jobs.video.moments import entities_for, index_mentions
from jobs.video.transcripts import (
    NoCaptions,
    PoTokenNeeded,
    ProviderBlocked,
    Transcript,
    TranscriptError,
    TranscriptProvider,
    VideoGone,
)
from jobs.watch.lists import WatchLists
from storage import transcripts as store
from storage.claims import Claim
from storage.db import Database
from storage.transcripts import FailedStatus
from storage.types import utcnow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(hours=1)
LONGEST_RETRY = timedelta(hours=24)
FIRST_BLOCK = timedelta(hours=1)
LONGEST_BLOCK = timedelta(hours=24)
# YouTube adds auto-captions hours after upload: "no captions" is asked once more, this much later
NO_CAPTIONS_RECHECK = timedelta(hours=12)


@dataclass(frozen=True)
class TranscriptChain:
    """The providers in the order they are tried, and the canary video (None: no canary)."""

    providers: tuple[TranscriptProvider, ...]
    canary: str | None = None


@dataclass
class TranscriptReport:
    """What one round of transcript fetching did."""

    fetched: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (video id, "status: why")
    delivered: Counter[str] = field(default_factory=Counter)  # provider → transcripts
    blocked: dict[str, datetime] = field(default_factory=dict)  # provider → paused until
    canary: dict[str, str | None] = field(default_factory=dict)  # provider → None, or why not


@dataclass(frozen=True)
class Attempt:
    """One provider's failed answer for one video; `trusted`: its "no captions" is believed."""

    provider: str
    error: TranscriptError
    trusted: bool
    paused: bool = False  # not asked: the provider was backed off after a block


def as_chain(given: TranscriptChain | TranscriptProvider) -> TranscriptChain:
    """A chain from a chain or a single provider (with no canary)."""
    return given if isinstance(given, TranscriptChain) else TranscriptChain((given,))


async def fetch_pending_transcripts(
    db: Database,
    chain: TranscriptChain | TranscriptProvider,
    now: datetime,
    *,
    limit: int = 50,
    watch: WatchLists | None = None,
    claim: Claim | None = None,
) -> TranscriptReport:
    """Fetch the transcripts that are due through the chain, each call in a worker thread.

    With a `claim` (one of several workers), only videos it claims, a batch at a time, and a
    video's result is written only while its claim is held (a lapsed claim another worker took
    is that worker's to finish).
    """
    chain = as_chain(chain)
    report = TranscriptReport()
    report.blocked = await db.run(paused_providers, db, [p.name for p in chain.providers], now)
    active = [p for p in chain.providers if p.name not in report.blocked]
    if not active:
        return report
    left = limit
    pending = await db.run(_load_pending, db, now, left, claim)
    if not pending:
        return report  # the canary is asked only when there is work for it to vouch for
    suspects = await ask_canary(db, active, chain.canary, now, report)
    entities = entities_for(watch)
    holder = claim.holder if claim else None
    while pending:
        for video in pending:
            await _fetch_video(db, chain, video, suspects, entities, now, report, holder)
        left -= len(pending)
        if claim is None:
            break
        # videos every provider was paused for wait untouched: free for the next round
        await db.run(_release, db, [v.video_id for v in pending], claim.holder)
        if left <= 0 or all(p.name in report.blocked for p in chain.providers):
            break
        pending = await db.run(_load_pending, db, now, left, claim)
    answered = [name for name in report.delivered if name not in report.blocked]
    if answered:
        await db.run(_clear_blocks, db, answered)
    return report


async def _fetch_video(
    db: Database,
    chain: TranscriptChain,
    video: store.DueVideo,
    suspects: dict[str, str],
    entities: list[Any],
    now: datetime,
    report: TranscriptReport,
    holder: str | None,
) -> None:
    """One video down the chain until a provider delivers; its outcome recorded."""
    video_id = video.video_id
    attempts: list[Attempt] = []
    for provider in chain.providers:
        if provider.name in report.blocked:
            attempts.append(_paused_attempt(provider, report.blocked[provider.name]))
            continue
        if _settled(attempts, provider):
            continue
        try:
            transcript = await asyncio.to_thread(provider.fetch, video_id)
        except Exception as exc:  # noqa: BLE001 (one bad video must not stop the round)
            attempts.append(await _failed_attempt(db, provider, exc, suspects, now, report))
            continue
        stored = await db.run(
            _store_transcript, db, video_id, transcript, entities, now, provider.name, holder
        )
        if stored:
            report.fetched.append(video_id)
            report.delivered[provider.name] += 1
        return
    if all(a.paused for a in attempts):
        return  # not asked at all: every provider is paused; the video waits untouched
    outcome = await db.run(_record_failure, db, video, attempts, now, report.blocked, holder)
    if outcome is None:
        return  # the claim lapsed and another worker took the video
    status, why = outcome
    log.info("transcripts: %s %s: %s", video_id, status, why, extra={"video_id": video_id})
    report.failed.append((video_id, f"{status}: {why}"))


async def ask_canary(
    db: Database,
    providers: Sequence[TranscriptProvider],
    video_id: str | None,
    now: datetime,
    report: TranscriptReport,
) -> dict[str, str]:
    """Ask every YouTube-facing provider for the canary; {provider: why it failed} of those whose
    "no captions" is not to be believed this round. A block backs the provider off."""
    suspects: dict[str, str] = {}
    if not video_id:
        return suspects
    for provider in providers:
        if not provider.asks_youtube:
            continue
        reason = await asyncio.to_thread(canary_answer, provider, video_id)
        report.canary[provider.name] = reason
        await db.run(_save_canary, db, provider.name, video_id, reason, now)
        if reason is None:
            continue
        log.warning(
            "transcripts: %s failed the canary %s: %s",
            provider.name,
            video_id,
            reason,
            extra={"provider": provider.name},
        )
        if reason.startswith("blocked: "):
            report.blocked[provider.name] = await db.run(
                _block_provider, db, provider.name, now, reason.removeprefix("blocked: ")
            )
        else:
            suspects[provider.name] = reason
    return suspects


def canary_answer(provider: TranscriptProvider, video_id: str) -> str | None:
    """None when the provider delivers the canary's captions, else "status: why"."""
    try:
        provider.fetch(video_id)
    except Exception as exc:  # noqa: BLE001 (any failure of the canary is the answer)
        error = exc if isinstance(exc, TranscriptError) else TranscriptError(repr(exc))
        return f"{status_of(error)}: {error}"
    return None


def status_of(error: TranscriptError) -> FailedStatus:
    """The video status an error stands for."""
    if isinstance(error, VideoGone):
        return "unavailable"
    if isinstance(error, NoCaptions):
        return "no_captions"
    if isinstance(error, PoTokenNeeded):
        return "po_token_required"
    if isinstance(error, ProviderBlocked):
        return "blocked"
    return "failed"


async def _failed_attempt(
    db: Database,
    provider: TranscriptProvider,
    exc: Exception,
    suspects: dict[str, str],
    now: datetime,
    report: TranscriptReport,
) -> Attempt:
    error = exc if isinstance(exc, TranscriptError) else TranscriptError(repr(exc))
    if isinstance(error, NoCaptions) and provider.name in suspects:
        error = ProviderBlocked(
            f"{error}, but the canary failed too ({suspects[provider.name]}): "
            "YouTube is likely hiding captions from this server"
        )
    if isinstance(error, ProviderBlocked):
        until = await db.run(_block_provider, db, provider.name, now, str(error))
        report.blocked[provider.name] = until
        log.warning(
            "transcripts: %s is blocked (%s); paused until %s",
            provider.name,
            error,
            until,
            extra={"provider": provider.name},
        )
    return Attempt(provider.name, error, trusted=provider.asks_youtube)


def _paused_attempt(provider: TranscriptProvider, until: datetime) -> Attempt:
    # a provider backed off still counts: the video waits for it rather than being judged by
    # the others' weaker answers (a folder's "no file yet" is not "no captions")
    error = ProviderBlocked(f"paused after a block until {until:%Y-%m-%d %H:%M} UTC")
    return Attempt(provider.name, error, provider.asks_youtube, paused=True)


def _settled(attempts: list[Attempt], provider: TranscriptProvider) -> bool:
    # a believed "no captions" from YouTube needs no second YouTube request; a folder is free
    believed = any(isinstance(a.error, NoCaptions) and a.trusted for a in attempts)
    return believed and provider.asks_youtube


def _rank(attempt: Attempt) -> int:
    # the answer that decides a video's status: facts about the video beat refusals, and a
    # folder's "no file yet" is weakest (it never says the video has no captions)
    error = attempt.error
    if isinstance(error, VideoGone):
        return 5
    if isinstance(error, NoCaptions):
        return 4 if attempt.trusted else 0
    if isinstance(error, PoTokenNeeded):
        return 3
    if isinstance(error, ProviderBlocked):
        return 2
    return 1


def video_outcome(
    attempts: Sequence[Attempt],
    previous: str,
    tries: int,
    now: datetime,
    blocked: dict[str, datetime],
) -> tuple[FailedStatus, datetime | None, Attempt]:
    """(status, next try or None, the deciding attempt) after every provider failed a video.

    `tries` counts this attempt; `previous` is the status before it; `blocked` holds when each
    blocked provider's pause ends.
    """
    decisive = max(attempts, key=_rank)
    status = status_of(decisive.error)
    later = now + min(FIRST_RETRY * 2 ** (tries - 1), LONGEST_RETRY)
    if status == "unavailable":
        return status, None, decisive
    again = later if tries < MAX_ATTEMPTS else None
    if status == "no_captions" and not decisive.trusted:
        return status, again, decisive  # a folder's "no file yet": the home machine may sync it
    if status == "no_captions":
        return status, (None if previous == "no_captions" else now + NO_CAPTIONS_RECHECK), decisive
    if status == "blocked":
        # tried again as soon as a provider that refused it may answer again, or a folder
        # in the chain may have the file
        ends = [blocked[a.provider] for a in attempts if a.provider in blocked]
        if any(not a.trusted for a in attempts):
            ends.append(later)
        return status, min(ends, default=later), decisive
    return status, again, decisive


def paused_providers(db: Database, names: Sequence[str], now: datetime) -> dict[str, datetime]:
    """{provider: until} of the providers backed off now."""
    paused = {}
    with db.session() as session:
        for name in names:
            until, _, _ = store.provider_block(session, name)
            if until is not None and until > now:
                paused[name] = until
    return paused


def _load_pending(
    db: Database, now: datetime, limit: int, claim: Claim | None
) -> list[store.DueVideo]:
    if claim is None:
        with db.session() as session:
            videos = store.pending_videos(session, now, limit)
            return [
                store.DueVideo(v.video_id, v.transcript_attempts + 1, v.transcript_status)
                for v in videos
            ]
    # the claim runs from now, not from the pass's start (as jobs.ingest.poll's)
    until = max(now, utcnow()) + claim.ttl
    with db.transaction() as session:
        return store.claim_due_videos(session, now, claim.holder, until, min(limit, claim.batch))


def _release(db: Database, video_ids: list[str], holder: str) -> None:
    with db.transaction() as session:
        store.release_videos(session, video_ids, holder)


def _held(session: Session, video_id: str, holder: str | None) -> bool:
    """True when no claim is involved, or `holder` still holds the video (claim released)."""
    return holder is None or bool(store.release_videos(session, [video_id], holder))


def _block_provider(db: Database, provider: str, now: datetime, reason: str) -> datetime:
    with db.transaction() as session:
        _, _, strikes = store.provider_block(session, provider)
        until: datetime = now + min(FIRST_BLOCK * 2**strikes, LONGEST_BLOCK)
        store.set_provider_blocked(session, provider, until, reason[:500], strikes + 1)
    return until


def _clear_blocks(db: Database, providers: Sequence[str]) -> None:
    with db.transaction() as session:
        for provider in providers:
            store.clear_provider_block(session, provider)


def _save_canary(
    db: Database, provider: str, video_id: str, reason: str | None, now: datetime
) -> None:
    with db.transaction() as session:
        store.set_canary(session, provider, video_id, reason and reason[:500], now)
        if reason is None:
            store.clear_provider_block(session, provider)


def _record_failure(
    db: Database,
    video: store.DueVideo,
    attempts: list[Attempt],
    now: datetime,
    blocked: dict[str, datetime],
    holder: str | None = None,
) -> tuple[str, str] | None:
    status, next_at, decisive = video_outcome(attempts, video.status, video.tries, now, blocked)
    why = "; ".join(f"{a.provider}: {a.error}" for a in attempts)
    with db.transaction() as session:
        if not _held(session, video.video_id, holder):
            return None
        store.mark_transcript(
            session, video.video_id, status, why[:500], next_at, decisive.provider
        )
    return status, why


def _store_transcript(
    db: Database,
    video_id: str,
    transcript: Transcript,
    entities: list[Any],
    now: datetime,
    provider: str,
    holder: str | None = None,
) -> bool:
    rows = [(s.start, s.duration, s.text) for s in transcript.segments]
    with db.transaction() as session:
        if not _held(session, video_id, holder):
            return False
        store.save_segments(
            session, video_id, rows, language=transcript.language, now=now, provider=provider
        )
        video = store.video_by_id(session, video_id)
        if video is not None:
            index_mentions(session, video, entities)
    return True
