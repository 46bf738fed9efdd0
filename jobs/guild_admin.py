"""Plain functions behind the Discord commands that no single pipeline stage owns.

A server's effective watch lists, when its next digest is due, time-zone search for
autocomplete, its status, and /why's lookup of a stored article. No Discord here: the
cogs translate, these decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from zoneinfo import available_timezones

from sqlalchemy.orm import Session

from jobs.digest.daily import next_due_time
from jobs.digest.routing import (
    Routing,
    StoryFacts,
    explain_routing,
    facts_from_analysis,
    facts_of,
)
from jobs.ingest.urls import canonical_url
from jobs.language.classify import classify, explain
from jobs.watch.lists import WatchLists, with_guild
from storage import digests, watchlists
from storage.entries import find_entry_story, find_entry_text
from storage.errors import ConfigError
from storage.sources import list_sources
from storage.subscriptions import channel_subscription, list_subscriptions, remove_guild
from storage.transcripts import provider_status

URL_LIKE = re.compile(r"^https?://\S+$", re.IGNORECASE)


def mark_posted(session: Session, channel_id: int, story_ids: list[str]) -> bool:
    """Stories posted for everyone with /digest post:True count as delivered to the channel's
    subscription, so its scheduled digest does not repeat them; False when it has none."""
    sub = channel_subscription(session, channel_id)
    if sub is None:
        return False
    digests.record_delivered(session, sub.id, story_ids, None)
    return True


def guild_watch(session: Session, base: WatchLists, guild_id: int) -> WatchLists:
    """The config's watch lists plus what one server added."""
    people = [(p.name, list(p.aliases)) for p in watchlists.list_people(session, guild_id)]
    keywords = [k.phrase for k in watchlists.list_keywords(session, guild_id)]
    return with_guild(base, people, keywords)


@cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))


def search_timezones(typed: str, limit: int = 25) -> list[str]:
    """IANA zone names matching what was typed (any part, spaces as underscores), prefix first."""
    needle = typed.strip().casefold().replace(" ", "_")
    hits = [z for z in _zone_names() if needle in z.casefold()]
    hits.sort(key=lambda z: (z.casefold() != needle, not _starts_a_part(z.casefold(), needle), z))
    return hits[:limit]


def _starts_a_part(zone: str, needle: str) -> bool:
    return any(part.startswith(needle) for part in zone.split("/"))


@dataclass(frozen=True)
class FailingSource:
    """A source whose recent polls failed."""

    name: str
    failures: int
    error: str | None


@dataclass(frozen=True)
class GuildStatus:
    """What /status shows a server."""

    sources: int  # enabled sources
    last_poll_at: datetime | None
    failing: tuple[FailingSource, ...]
    next_digest_at: datetime | None
    next_digest_channel_id: int | None
    transcripts: str | None = None  # "YouTube is blocking this server; …" while it does


def guild_status(session: Session, guild_id: int, now: datetime) -> GuildStatus:
    """The pipeline's health as one server sees it: polling, failing sources, its next digest."""
    health = [s for s in list_sources(session) if s.enabled]
    polled = [s.last_polled_at for s in health if s.last_polled_at is not None]
    failing = tuple(
        FailingSource(s.name, s.consecutive_failures, s.last_error)
        for s in sorted(health, key=lambda s: (-s.consecutive_failures, s.name))
        if s.consecutive_failures > 0
    )
    due = [
        (next_due_time(sub.digest_at, sub.timezone, now), sub.channel_id)
        for sub in list_subscriptions(session, guild_id)
        if sub.enabled
    ]
    at, channel_id = min(due, key=lambda pair: pair[0]) if due else (None, None)
    transcripts = provider_status(session, now)
    return GuildStatus(len(health), max(polled, default=None), failing, at, channel_id, transcripts)


class GuildAdminError(ConfigError):
    """Input a command cannot use; the message is one sentence for a user."""


def explain_text_or_url(session: Session, text: str, watch: WatchLists) -> tuple[str, str]:
    """(the headline explained, `labwatch check`'s explanation); a URL is looked up as stored."""
    title, summary = headline_of(session, text)
    return title, explain(classify(title, summary, watch))


def headline_of(session: Session, text: str) -> tuple[str, str]:
    """(title, summary) of a headline, or of the stored article a URL names."""
    text = " ".join(text.split())
    if not text:
        raise GuildAdminError("Give a headline or the URL of a stored article.")
    title, summary = text, ""
    if URL_LIKE.match(text):
        stored = find_entry_text(session, text, canonical_url(text))
        if stored is None:
            raise GuildAdminError(
                "I have not stored an article with that URL; paste its headline instead."
            )
        title, summary = stored
    return title, summary


def routing_of_text(
    session: Session, text: str, watch: WatchLists, guild_id: int, filters: Routing | None
) -> list[str]:
    """Per channel of the server subscribed: would this headline go there, and which filter says."""
    title, summary = headline_of(session, text)
    facts = stored_facts(session, text) or facts_from_analysis(
        title, summary, classify(title, summary, watch)
    )
    channels = [
        (f"<#{s.channel_id}>", Routing.of(s.options))
        for s in list_subscriptions(session, guild_id)
        if s.channel_id is not None
    ]
    return explain_routing(facts, channels, filters)


def stored_facts(session: Session, text: str) -> StoryFacts | None:
    """A stored article's story as the planner routes it (its kind, names and sources)."""
    text = " ".join(text.split())
    if not URL_LIKE.match(text):
        return None
    story_id = find_entry_story(session, text, canonical_url(text))
    stories = digests.stories_by_id(session, [story_id]) if story_id else []
    if not stories:
        return None
    reports = digests.reports_for_stories(session, [stories[0].id])
    return facts_of(stories[0], reports[stories[0].id])


def forget_guild(session: Session, guild_id: int) -> tuple[int, int]:
    """Remove a server's subscriptions and watch lists; (subscriptions, list rows) removed."""
    # the watch lists go too: they only shape that server's digests, and a server that
    # invites the bot again starts from the config's lists rather than from stale data
    subs = remove_guild(session, guild_id)
    return subs, watchlists.remove_guild_lists(session, guild_id)


def forget_absent_guilds(session: Session, present: set[int]) -> list[int]:
    """Forget every server the bot is no longer in (removed while it was offline)."""
    known = {s.guild_id for s in list_subscriptions(session) if s.guild_id is not None}
    known |= {p.guild_id for p in watchlists.list_people(session)}
    known |= {k.guild_id for k in watchlists.list_keywords(session)}
    gone = sorted(known - present)
    for guild_id in gone:
        forget_guild(session, guild_id)
    return gone
