"""Linking stories to the moments in videos where they are discussed.

A transcript is scanned once for the watched people and labs when it is stored (the
`video_mentions` index); a person looked for later is scanned for on demand and cached the same
way. Linking then only reads that index: videos published from two days before a story's first
report to thirty days after, that name the story's person, ranked by how much they discuss it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from jobs.video.caption_names import Entity, find_mentions, matcher_for
from jobs.video.caption_words import normalize_words
from jobs.video.person_moments import LEAD_IN as LEAD_IN
from jobs.video.person_moments import SCAN_NEWEST as SCAN_NEWEST
from jobs.video.person_moments import lab_entities as lab_entities
from jobs.video.person_moments import moments_of, unscanned_for
from jobs.video.person_moments import person_entity as person_entity
from jobs.watch.lists import WatchLists
from storage import video_rows as store
from storage.moment_views import MomentView
from storage.video_rows import MentionRow, VideoRef, VideoRow

# finding a person's moments reads and writes the index with Core (storage.video_rows), so
# `labwatch moments` loads no ORM; linking stories (storage.moments, the ORM) imports it there
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.db import Reader
    from storage.models import Story, Video

BEFORE = timedelta(days=2)
AFTER = timedelta(days=30)
REGION = 120.0  # seconds: the stretch of a video whose mentions count together
MAX_MOMENTS = 3


@dataclass(frozen=True)
class _Ranked:
    video: VideoRef
    score: float
    seq: int
    start: float


def entities_for(watch: WatchLists | None, names: Iterable[str] = ()) -> list[Entity]:
    """Entities to look for: the watched people (with aliases), extra names, and the labs."""
    people = {p.name.casefold(): Entity(p.name, p.aliases) for p in (watch.people if watch else ())}
    for name in names:
        if name and name.casefold() not in people:
            people[name.casefold()] = person_entity(watch, name)
    return [*people.values(), *lab_entities(watch)]


def index_mentions(
    session: Reader, video: Video | VideoRow, entities: Sequence[Entity]
) -> dict[str, list[Any]]:
    """Scan a video's captions for these entities and store where each is named."""
    segments = store.segments_of(session, video.video_id)
    words: list[str] = []
    seq_of: list[int] = []
    for segment in segments:
        said = normalize_words(segment.text)
        words.extend(said)
        seq_of.extend([segment.seq] * len(said))
    starts = {s.seq: s.start for s in segments}
    labs = [e.name for e in entities if e.kind == "lab"]
    title = f"{video.title}\n{video.description}"
    found: dict[str, list[Any]] = {}
    for mention in find_mentions(matcher_for(tuple(entities)), words, title, labs):
        seq = seq_of[mention.first]
        found.setdefault(mention.entity.key, []).append([seq, starts[seq], mention.score])
    store.save_mentions(session, video.video_id, found, (e.key for e in entities))
    return found


def ensure_indexed(
    session: Reader,
    videos: Sequence[VideoRow | VideoRef],
    entities: Sequence[Entity],
    keys: Sequence[str] | None = None,
) -> dict[tuple[str, str], MentionRow]:
    """Index rows of these videos for `keys` (default: every entity's), scanning the videos that
    were never scanned for some of them (for all the entities at once)."""
    keys = list(keys) if keys is not None else [e.key for e in entities]
    ids = [v.video_id for v in videos]
    rows = store.mentions_of(session, keys, ids)
    wanted = {e.key for e in entities} & set(keys)
    missing = [v.video_id for v in videos if any((v.video_id, k) not in rows for k in wanted)]
    for video_id in missing:
        video = store.video_by_id(session, video_id)
        if video is not None:
            index_mentions(session, video, entities)
    if missing:  # save_mentions wrote with Core statements: read back, no flush needed
        rows = store.mentions_of(session, keys, ids)
    return rows


def link_moments(
    session: Session,
    now: datetime,
    *,
    story_ids: list[str] | None = None,
    video_ids: list[str] | None = None,
    watch: WatchLists | None = None,
) -> int:
    """Link stories to videos that discuss them (both ways); returns the links made or moved."""
    from storage import moments as moment_store

    plans = [_Plan.of(story, watch) for story in _stories_to_link(session, story_ids, video_ids)]
    if not plans:
        return 0
    keys = sorted({p.key for plan in plans for p in plan.persons})
    low = min(plan.window[0] for plan in plans)
    high = max(plan.window[1] for plan in plans)
    # one pass over the index for every story at once: a few queries, not a few per story
    unscanned = store.unscanned_videos(session, keys, low, high, video_ids) if keys else []
    if unscanned:
        people = {p.key: p for plan in plans for p in plan.persons}
        ensure_indexed(
            session, _videos(session, unscanned), [*people.values(), *lab_entities(watch)]
        )
    named = store.naming_videos(session, keys, low, high, video_ids) if keys else []
    labs = sorted({lab for plan in plans for lab in plan.labs})
    naming_ids = sorted({n.video_id for n in named})
    lab_rows = store.naming_videos(session, labs, low, high, naming_ids) if naming_ids else []
    hits = {(n.video_id, n.entity): n.hits for n in [*named, *lab_rows]}
    chosen = {plan.story.id: _choose(plan, named, hits) for plan in plans}
    places = [(x.video.video_id, x.seq) for ranked in chosen.values() for x in ranked]
    texts = store.segment_texts(session, places)
    made = 0
    for plan in plans:
        best = [
            (
                x.video.video_id,
                round(max(x.start - LEAD_IN, 0.0), 1),
                texts.get((x.video.video_id, x.seq), ""),
                x.score,
            )
            for x in chosen[plan.story.id]
        ]
        # relinking drops videos that no longer qualify (the story's person changed, say)
        made += moment_store.replace_moments(session, plan.story.id, plan.window, best, video_ids)
    return made


@dataclass(frozen=True)
class _Plan:
    story: Story
    persons: tuple[Entity, ...]
    labs: tuple[str, ...]
    window: tuple[datetime, datetime]

    @classmethod
    def of(cls, story: Story, watch: WatchLists | None) -> _Plan:
        names = [story.person] if story.person else [str(p) for p in story.people or []]
        persons = tuple(person_entity(watch, n) for n in names if n)
        labs = tuple(str(lab).casefold() for lab in story.labs or [])
        return cls(story, persons, labs, (story.published_at - BEFORE, story.published_at + AFTER))


def _choose(
    plan: _Plan, named: Sequence[store.NamedIn], hits: dict[tuple[str, str], list[Any]]
) -> list[_Ranked]:
    """The story's best videos: in its window, naming its person, ranked by discussion."""
    keys = {p.key for p in plan.persons}
    low, high = plan.window
    titles = {
        n.video_id: n.title
        for n in named
        if n.entity in keys and n.published_at is not None and low <= n.published_at <= high
    }
    ranked = [
        x
        for video_id, title in titles.items()
        if (x := _rank(VideoRef(video_id, title, None), plan.persons, plan.labs, hits))
    ]
    ranked.sort(key=lambda x: (-x.score, x.video.video_id))
    return ranked[:MAX_MOMENTS]


def _stories_to_link(
    session: Session, story_ids: list[str] | None, video_ids: list[str] | None
) -> list[Story]:
    from storage import moments as moment_store

    if story_ids is not None:
        return moment_store.stories_by_id(session, story_ids)
    if not video_ids:
        return []
    videos = store.videos_with_transcripts(session, video_ids=video_ids)
    dates = [v.published_at for v in videos if v.published_at is not None]
    if not dates:
        return []
    return moment_store.stories_published_between(session, min(dates) - AFTER, max(dates) + BEFORE)


def _videos(session: Session, video_ids: Sequence[str]) -> list[VideoRow]:
    return [v for v in (store.video_by_id(session, vid) for vid in video_ids) if v is not None]


def _rank(
    video: VideoRef,
    persons: Sequence[Entity],
    story_labs: Sequence[str],
    rows: dict[tuple[str, str], list[Any]],
) -> _Ranked | None:
    """How much a video discusses the story's person, and where that discussion starts."""
    hits = sorted(
        (h for p in persons for h in _hits(rows, video.video_id, p.key)), key=lambda h: h[1]
    )
    if not hits:
        return None
    lab_hits = [h for lab in story_labs for h in _hits(rows, video.video_id, lab)]
    titled = _named_in_title(video.title, persons)
    if len(hits) < 2 and not titled and not lab_hits:
        return None  # one passing mention is not a discussion of the story
    best, region = hits[0], -1.0
    for h in hits:
        score = sum(x[2] for x in hits if h[1] <= x[1] < h[1] + REGION)
        score += 0.5 * sum(1 for x in lab_hits if h[1] - REGION / 2 <= x[1] < h[1] + REGION)
        if score > region:
            best, region = h, score
    total = region + 0.2 * min(len(hits), 20) + 2.0 * titled + 1.0 * bool(lab_hits)
    return _Ranked(video, round(total, 3), int(best[0]), float(best[1]))


def _hits(rows: dict[tuple[str, str], list[Any]], video_id: str, key: str) -> list[Any]:
    return list(rows.get((video_id, key)) or [])


def _named_in_title(title: str, persons: Sequence[Entity]) -> bool:
    words = set(normalize_words(title or ""))
    return any((ws := normalize_words(p.name)) and ws[-1] in words for p in persons)


def find_person_moments(
    session: Reader, name: str, limit: int = 20, *, watch: WatchLists | None = None
) -> list[MomentView]:
    """Where a person is discussed in any stored transcript: newest videos first (the videos
    never scanned for the name are scanned first, and the index remembers them)."""
    person = person_entity(watch, name)
    todo = unscanned_for(session, person)
    if todo:
        ensure_indexed(session, list(todo.values()), [person, *lab_entities(watch)])
    return moments_of(session, person, limit)
