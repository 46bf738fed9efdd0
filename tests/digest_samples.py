"""Rows for digest tests, written straight into the tables (the seam with jobs/stories)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from storage.models import Entry, Moment, Source, Story, Video

T0 = datetime(2025, 7, 8, 9, 0, tzinfo=UTC)
_keys = itertools.count(1)
PUBLISHER_HOMES = {
    "TechCrunch": "https://techcrunch.com/",
    "The Verge": "https://www.theverge.com/",
    "Wired": "https://www.wired.com/",
}


def add_source(session: Session, name: str, kind: str = "feed") -> Source:
    source = Source(
        name=name, url=f"https://{name.lower().replace(' ', '-')}.example/feed", kind=kind
    )
    session.add(source)
    session.flush()
    return source


def add_story(
    session: Session,
    story_id: str,
    title: str,
    published: datetime,
    *,
    kind: str = "move",
    summary: str = "",
    person: str | None = None,
    action: str | None = None,
    from_lab: str | None = None,
    to_lab: str | None = None,
    people: list[str] | None = None,
    labs: list[str] | None = None,
    keywords: list[str] | None = None,
    first_seen: datetime | None = None,
    reports: list[tuple[Source, str, str | None]] | None = None,
) -> Story:
    """A story with one entry per (source, url, publisher) report."""
    story = Story(
        id=story_id,
        kind=kind,
        title=title,
        summary=summary,
        person=person,
        action=action,
        from_lab=from_lab,
        to_lab=to_lab,
        people=people or ([person] if person else []),
        labs=labs or [x for x in (from_lab, to_lab) if x],
        keywords=keywords or [],
        published_at=published,
        first_seen_at=first_seen or published,
    )
    session.add(story)
    session.flush()
    for source, url, publisher in reports or []:
        session.add(
            Entry(
                source_id=source.id,
                key=f"k{next(_keys)}",
                url=url,
                canonical_url=url,
                title=title,
                summary=summary,
                publisher=publisher,
                publisher_url=PUBLISHER_HOMES.get(publisher or ""),
                published_at=published,
                first_seen_at=first_seen or published,
                story_id=story_id,
            )
        )
    session.flush()
    return story


def add_moment(
    session: Session, story_id: str, video_id: str, title: str, start: float, text: str
) -> None:
    if session.get(Video, video_id) is None:
        session.add(Video(video_id=video_id, title=title))
        session.flush()
    session.add(Moment(story_id=story_id, video_id=video_id, start=start, text=text, score=1.0))
    session.flush()


def sample_stories(session: Session) -> dict[str, Any]:
    """The README's sample: two moves, one mention, a Google News duplicate, a moment."""
    verge = add_source(session, "The Verge AI")
    tc = add_source(session, "TechCrunch AI")
    gn = add_source(session, "Leike in the news", kind="google_news")
    add_story(
        session,
        "s-leike",
        "Jan Leike joins Anthropic after leaving OpenAI",
        datetime(2025, 7, 8, 15, 30, tzinfo=UTC),
        summary="<p>The former <b>superalignment</b> co-lead will work on scalable oversight. "
        "More details inside.</p>",
        person="Jan Leike",
        action="join",
        from_lab="OpenAI",
        to_lab="Anthropic",
        keywords=["superalignment"],
        reports=[
            (verge, "https://www.theverge.com/2025/7/8/leike-anthropic", None),
            (gn, "https://news.google.com/rss/articles/CBMiXYZ", "TechCrunch"),
            (tc, "https://techcrunch.com/2025/07/08/leike-joins-anthropic/", None),
            (gn, "https://news.google.com/rss/articles/CBMiABC", "The Verge"),
        ],
    )
    add_story(
        session,
        "s-ilya",
        "Ilya Sutskever leaves OpenAI",
        datetime(2025, 7, 8, 20, 0, tzinfo=UTC),
        summary="OpenAI's co-founder and chief scientist departs.",
        person="Ilya Sutskever",
        action="leave",
        from_lab="OpenAI",
        reports=[(verge, "https://www.theverge.com/2025/7/8/sutskever-leaves", None)],
    )
    add_story(
        session,
        "s-mention",
        "Sam Altman on @everyone's favourite *model* <@123>",
        datetime(2025, 7, 9, 7, 0, tzinfo=UTC),
        kind="mention",
        summary="An interview.",
        people=["Sam Altman"],
        labs=["OpenAI"],
        reports=[(tc, "https://techcrunch.com/2025/07/09/altman-interview/", None)],
    )
    add_moment(
        session,
        "s-leike",
        "edhOP4nzY-w",
        "Jan Leike Joins Anthropic!",
        5.6,
        "that Yan Lea has um signed on with",
    )
    return {"verge": verge, "tc": tc, "gn": gn}
