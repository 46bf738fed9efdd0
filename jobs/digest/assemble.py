"""The digest as plain data: stories of a window, ordered, each with its sources and moments."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from jobs.language.events import Event
from jobs.language.labs import family_key
from jobs.language.markup import strip_invisible, strip_tags
from jobs.vocabulary import Action, StoryKind, is_action, story_kind_of
from jobs.watch.lists import WatchLists
from storage import story_rows
from storage.moment_views import moments_for_stories
from storage.story_rows import StoryRow

# Core queries only: `labwatch digest` prints without loading the ORM
if TYPE_CHECKING:
    from storage.lite import AnyReader

ACTION_WORDS: dict[Action, str] = {
    "join": "joins",
    "leave": "leaves",
    "fired": "is fired from",
    "return": "returns to",
    "appointed": "is appointed at",
    "found": "founds",
    "poach": "poaches",
}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“])")
REDIRECT_HOSTS = ("news.google.com",)
SUMMARY_CHARS = 280


@dataclass(frozen=True)
class SourceLink:
    title: str
    url: str
    source: str  # the outlet: the publisher behind a news search, else the source's name
    published: datetime | None


@dataclass(frozen=True)
class Moment:
    video_id: str
    video_title: str
    start: float
    url: str
    text: str


@dataclass(frozen=True)
class DigestStory:
    id: str
    kind: StoryKind
    title: str
    summary: str
    event: Event | None
    people: tuple[str, ...]
    labs: tuple[str, ...]
    keywords: tuple[str, ...]
    published: datetime
    sources: tuple[SourceLink, ...]  # one per outlet (text, markdown, Discord)
    moments: tuple[Moment, ...]
    all_sources: tuple[SourceLink, ...] = ()  # every report, each URL once (JSON)


@dataclass(frozen=True)
class Digest:
    generated_at: datetime
    since: datetime
    until: datetime
    stories: tuple[DigestStory, ...]

    @property
    def moves(self) -> list[DigestStory]:
        return [s for s in self.stories if s.kind == "move"]

    @property
    def mentions(self) -> list[DigestStory]:
        return [s for s in self.stories if s.kind != "move"]


def build_digest(
    session: AnyReader, since: datetime, until: datetime, watch: WatchLists | None, now: datetime
) -> Digest:
    """The digest of stories published in [since, until); with a watch list, only its mentions."""
    stories = story_rows.stories_published_in(session, since, until)
    return assemble_digest(session, stories, since, until, watch, now)


def terminal_digest(
    session: AnyReader,
    since: datetime,
    until: datetime,
    now: datetime,
    watch: WatchLists | None = None,
) -> Digest:
    """The digest printed by `labwatch digest` and by `run` without Discord: every story,
    moves of the watched people first."""
    stories = story_rows.stories_published_in(session, since, until)
    return assemble_digest(session, stories, since, until, None, now, ranking=watch)


def assemble_digest(
    session: AnyReader,
    stories: list[StoryRow],
    since: datetime,
    until: datetime,
    watch: WatchLists | None,
    now: datetime,
    *,
    ranking: WatchLists | None = None,
) -> Digest:
    """Turn story rows into a Digest: filter mentions by `watch`, order, add sources, moments.

    Order (as documented): moves of watched people, moves at watched labs, other moves, then
    mentions; newest first within each. `ranking` orders by a watch list without filtering
    by it (the terminal digest shows every mention).
    """
    kept = [s for s in stories if s.kind == "move" or mentions_watched(s, watch)]
    rank_by = ranking if ranking is not None else watch
    kept.sort(key=lambda s: (story_rank(s, rank_by), -s.published_at.timestamp(), s.id))
    ids = [s.id for s in kept]
    reports = story_rows.reports_for_stories(session, ids)
    moments = load_moments(session, ids)
    items = tuple(to_digest_story(s, reports.get(s.id, []), moments.get(s.id, [])) for s in kept)
    return Digest(now, since, until, items)


def load_moments(session: AnyReader, story_ids: list[str]) -> dict[str, list[Any]]:
    """Transcript moments of the stories (storage/moments.py)."""
    if not story_ids:
        return {}
    return moments_for_stories(session, story_ids)


def mentions_watched(story: StoryRow, watch: WatchLists | None) -> bool:
    """True when a story names someone or something on the watch list (None: everything)."""
    if watch is None:
        return bool(story.people or story.keywords)
    people = {p.name.casefold() for p in watch.people}
    keywords = {k.casefold() for k in watch.keywords}
    return any(str(p).casefold() in people for p in story.people or []) or any(
        str(k).casefold() in keywords for k in story.keywords or []
    )


def story_rank(story: StoryRow, watch: WatchLists | None) -> int:
    """0 moves of watched people, 1 moves at watched labs, 2 other moves, 3 mentions."""
    if story.kind != "move":
        return 3
    people = story.people or []
    labs = [x for x in (*(story.labs or []), story.from_lab, story.to_lab) if x]
    if watch is None:
        return 0 if people else 1 if labs else 2
    watched_people = {p.name.casefold() for p in watch.people}
    watched_labs = {family_key(lab.name) for lab in watch.labs}  # "Ai2" is watched with its family
    if any(str(p).casefold() in watched_people for p in [*people, story.person or ""]):
        return 0
    return 1 if any(family_key(str(lab)) in watched_labs for lab in labs) else 2


def to_digest_story(
    story: StoryRow, reports: list[story_rows.Report], moments: list[Any]
) -> DigestStory:
    """One story row with its reports and moments as digest data."""
    event = None
    if story.kind == "move" and is_action(story.action):
        event = Event(story.person, story.action, story.from_lab, story.to_lab)
    return DigestStory(
        id=story.id,
        kind=story_kind_of(story.kind),
        title=plain_text(story.title),
        summary=one_line(story.summary),
        event=event,
        people=tuple(str(p) for p in story.people or []),
        labs=tuple(str(x) for x in story.labs or []),
        keywords=tuple(str(k) for k in story.keywords or []),
        published=story.published_at,
        sources=pick_sources(reports),
        all_sources=all_sources(reports),
        moments=tuple(
            Moment(m.video_id, plain_text(m.video_title), float(m.start), m.url, plain_text(m.text))
            for m in moments
        ),
    )


def pick_sources(reports: list[story_rows.Report]) -> tuple[SourceLink, ...]:
    """One link per outlet, the same URL once, the outlet's own URL over a news-search redirect."""
    best: dict[str, story_rows.Report] = {}
    for report in reports:
        if not report_url(report):
            continue
        outlet = outlet_key(report)
        current = best.get(outlet)
        if current is None or report_preference(report) < report_preference(current):
            best[outlet] = report
    seen_urls: set[str] = set()
    links: list[SourceLink] = []
    for report in sorted(best.values(), key=report_time):
        url = report_url(report)
        if url in seen_urls:
            continue
        seen_urls.add(url)
        links.append(source_link(report, url))
    return tuple(links)


def source_link(report: story_rows.Report, url: str) -> SourceLink:
    """A report as a source line: its title, link, outlet and time."""
    return SourceLink(
        plain_text(report.title),
        url,
        plain_text(report.publisher or report.source_name),
        report.published_at,
    )


def all_sources(reports: list[story_rows.Report]) -> tuple[SourceLink, ...]:
    """Every report of a story, oldest first, each URL once; a news-search redirect only for
    an outlet no direct link comes from (it is the same article as that link)."""
    direct = {outlet_key(r) for r in reports if report_url(r) and not redirected(r)}
    seen: set[str] = set()
    links: list[SourceLink] = []
    for report in sorted(reports, key=report_time):
        url = report_url(report)
        outlet = outlet_key(report)
        if not url or url in seen or (redirected(report) and outlet in direct):
            continue
        seen.add(url)
        if redirected(report):
            direct.add(outlet)  # one redirect per outlet
        links.append(source_link(report, url))
    return tuple(links)


def redirected(report: story_rows.Report) -> bool:
    """Whether a report's link is a news search's redirect, not the outlet's own URL."""
    return (urlsplit(report_url(report)).hostname or "").lower() in REDIRECT_HOSTS


def outlet_key(report: story_rows.Report) -> str:
    """Who published a report: the outlet's web host (a news search names it), else the name."""
    url = report.publisher_url if report.publisher else report_url(report)
    host = (urlsplit(url or "").hostname or "").lower().removeprefix("www.")
    if host and host not in REDIRECT_HOSTS:
        return host
    return (report.publisher or report.source_name).strip().casefold()


def report_url(report: story_rows.Report) -> str:
    """The canonical URL of a report (its own URL where canonicalisation gave none)."""
    return (report.canonical_url or report.url or "").strip()


def report_preference(report: story_rows.Report) -> tuple[int, datetime]:
    """Lower is better: a direct link before a redirect, then the earlier report."""
    host = (urlsplit(report_url(report)).hostname or "").lower()
    return (1 if host in REDIRECT_HOSTS else 0, report_time(report))


def report_time(report: story_rows.Report) -> datetime:
    return report.published_at or report.first_seen_at


def plain_text(text: str | None) -> str:
    """Feed text as plain text: tags stripped, entities unescaped, whitespace collapsed."""
    if not text:
        return ""
    without_tags = strip_tags(html.unescape(strip_tags(text)))
    return " ".join(without_tags.split())


def one_line(text: str | None, limit: int = SUMMARY_CHARS) -> str:
    """The first sentence of a summary (or its start), on one line."""
    plain = plain_text(text)
    first = _SENTENCE_END.split(plain, maxsplit=1)[0]
    if len(first) <= limit:
        return first
    cut = first[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def event_in_words(event: Event | None) -> str:
    """ "Jan Leike: OpenAI → Anthropic", "Ilya Sutskever leaves OpenAI", ..."""
    if event is None:
        return ""
    person = event.person or "Someone"
    if event.from_lab and event.to_lab and event.action in ("join", "leave", "poach", "return"):
        return f"{person}: {event.from_lab} → {event.to_lab}"
    if event.action == "poach":
        poacher = event.to_lab or "A lab"
        return f"{poacher} poaches {person}" + (f" from {event.from_lab}" if event.from_lab else "")
    if event.action in ("leave", "fired"):
        left = event.from_lab or event.to_lab
        if event.action == "leave":
            return f"{person} leaves {left}" if left else f"{person} leaves"
        return f"{person} is fired from {left}" if left else f"{person} is fired"
    lab = event.to_lab or event.from_lab
    verb = ACTION_WORDS.get(event.action, event.action)
    return f"{person} {verb} {lab}" if lab else f"{person} ({event.action})"


def iso_z(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z, to the second."""
    if value is None:
        return None
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def digest_to_json(digest: Digest) -> dict[str, Any]:
    """The digest in the contract's JSON schema (no invisible or control characters in it)."""
    data: dict[str, Any] = visible(
        {
            "generated_at": iso_z(digest.generated_at),
            "since": iso_z(digest.since),
            "until": iso_z(digest.until),
            "stories": [story_to_json(s) for s in digest.stories],
        }
    )
    return data


def visible(value: Any) -> Any:
    """Every string in a JSON value without bidi overrides, zero-width or control characters."""
    # stories stored before ingest stripped them, and titles built from several fields, still
    # reach scripts that read this output: a U+202E there reorders what a terminal shows
    if isinstance(value, str):
        return strip_invisible(value)
    if isinstance(value, dict):
        return {key: visible(item) for key, item in value.items()}
    if isinstance(value, list):
        return [visible(item) for item in value]
    return value


def story_to_json(story: DigestStory) -> dict[str, Any]:
    """One story in the contract's JSON schema."""
    event = None
    if story.event is not None:
        e = story.event
        event = {"person": e.person, "action": e.action, "from": e.from_lab, "to": e.to_lab}
    return {
        "id": story.id,
        "kind": story.kind,
        "title": story.title,
        "summary": story.summary,
        "event": event,
        "people": list(story.people),
        "labs": list(story.labs),
        "keywords": list(story.keywords),
        "published": iso_z(story.published),
        "sources": [
            {"title": s.title, "url": s.url, "source": s.source, "published": iso_z(s.published)}
            for s in story.all_sources or story.sources
        ],
        "moments": [
            {
                "video_id": m.video_id,
                "video_title": m.video_title,
                "start": m.start,
                "url": m.url,
                "text": m.text,
            }
            for m in story.moments
        ],
    }
