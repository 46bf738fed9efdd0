"""Managing sources: the config's list, the watch list's searches, and URLs users add."""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from jobs.ingest.config_sync import DISABLED_BY_HAND, spec_fields
from jobs.ingest.config_sync import person_search_specs as person_search_specs
from jobs.ingest.config_sync import sync_config_sources as sync_config_sources
from jobs.ingest.source_kinds import (
    CHANNEL_ID,
    SourceSpec,
    feed_spec,
    youtube_spec,
)
from jobs.ingest.urls import site_host
from storage.db import Database
from storage.errors import ConfigError
from storage.models import Source
from storage.sources import (
    delete_source,
    get_source,
    get_source_by_url,
    save_source,
)

# the fetcher (httpx) and feedparser load only where a user adds a source: config sync at the
# start of every read-only command needs neither
if TYPE_CHECKING:
    from jobs.ingest.fetch import Fetcher
    from jobs.ingest.parse import ParsedFeed
    from jobs.ingest.parse_pool import ParsePool

log = logging.getLogger(__name__)

# where a channel page names its own channel id, most specific first
MAX_TEXT = 2000  # a feed URL or handle longer than this is not one
_CHANNEL_ID_PATTERNS = [
    re.compile(rb'<link rel="canonical" href="https://www\.youtube\.com/channel/(UC[\w-]{22})"'),
    re.compile(rb'<meta itemprop="(?:channelId|identifier)" content="(UC[\w-]{22})"'),
    re.compile(rb'"externalId":"(UC[\w-]{22})"'),
    re.compile(rb'"channelId":"(UC[\w-]{22})"'),
]


class SourceError(ConfigError):
    """A source that cannot be added or removed; str() is one sentence for the user."""


def set_enabled(session: Session, name: str, enabled: bool) -> Source:
    """Disable a source (kept with its history, not polled) or enable it again, any origin."""
    source = get_source(session, name)
    if source is None:
        raise SourceError(f"there is no source named {name.strip()!r}")
    source.enabled = enabled
    if not enabled:
        source.last_status = DISABLED_BY_HAND
    elif source.last_status == DISABLED_BY_HAND:
        source.last_status, source.next_poll_at = "never", None
    return source


async def add_source(
    db: Database,
    fetcher: Fetcher,
    text: str,
    name: str | None,
    guild_id: int | None,
    origin: str = "discord",
    parser: ParsePool | None = None,
) -> Source:
    """Add a feed URL or YouTube channel after fetching and parsing it once through the guard.

    `origin` says who added it: "discord" (/source add), "cli" (`labwatch source add`) or
    "opml" (`labwatch import opml`). `parser`: the worker processes to parse in (None: the
    shared pool).
    """
    name = " ".join((name or "").split())[:200] or None
    spec = await resolve_spec(fetcher, text.strip())
    existing = await db.run(_find_by_url, db, spec.url)
    if existing is not None:
        raise SourceError(f"that feed is already watched as {existing!r}")
    parsed = await fetch_feed(fetcher, spec.url, parser)
    kind = spec.kind
    if kind == "feed" and any(e.video_id for e in parsed.entries):
        kind = "youtube"  # entries carrying video ids make it a video channel
    spec = dataclasses.replace(spec, name=name or _derived_name(parsed, spec.url), kind=kind)
    return await db.run(_save_added, db, spec, guild_id, name is None, origin)


async def resolve_spec(fetcher: Fetcher, text: str) -> SourceSpec:
    """A URL, @handle or channel id → the spec of the feed to poll (name filled in later)."""
    if len(text) > MAX_TEXT or any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise SourceError(
            f"that is not a feed URL, @handle or channel id (over {MAX_TEXT:,} characters, "
            "or control characters)"
        )
    if CHANNEL_ID.match(text):
        return youtube_spec("", text)
    if text.startswith("@"):
        text = f"https://www.youtube.com/{text}"
    if "://" not in text:
        text = f"https://{text}"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:  # "https://[abc", a port past 65535
        raise SourceError(f"{text[:200]} is not a valid URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError(f"{text[:200]} is not an http(s) URL")
    host = site_host(text)
    if host in ("youtube.com", "m.youtube.com") and not parts.path.startswith("/feeds/"):
        if parts.path.startswith("/channel/"):
            return _youtube(parts.path.split("/")[2])
        return _youtube(await channel_id_from_page(fetcher, text))
    return feed_spec("", text)


def _youtube(channel_id: str) -> SourceSpec:
    try:
        return youtube_spec("", channel_id)
    except ValueError as exc:
        raise SourceError(str(exc)) from None


async def channel_id_from_page(fetcher: Fetcher, url: str) -> str:
    """Read a channel's id from its page (@handle, /c/, /user/ URLs)."""
    from jobs.ingest.fetch import FetchError

    try:
        page = await fetcher.get(url)
    except FetchError as exc:
        raise SourceError(f"cannot open {url[:200]}: {exc}") from None
    for pattern in _CHANNEL_ID_PATTERNS:
        match = pattern.search(page.body)
        if match:
            return match.group(1).decode()
    raise SourceError(f"no YouTube channel id found on {url}")


async def fetch_feed(fetcher: Fetcher, url: str, parser: ParsePool | None = None) -> ParsedFeed:
    """Fetch and parse a feed once (in a worker, under the parse deadline), for a user adding it."""
    from jobs.ingest.fetch import FetchError
    from jobs.ingest.parse import FeedParseError
    from jobs.ingest.parse_pool import shared_pool

    try:
        result = await fetcher.get(url)
    except FetchError as exc:
        raise SourceError(f"cannot fetch {url[:200]}: {exc}") from None
    try:
        pool = parser or shared_pool()
        return await pool.parse(result.body, result.headers, result.final_url)
    except FeedParseError as exc:
        raise SourceError(f"{url[:200]} cannot be used: {exc}") from None


def _derived_name(parsed: ParsedFeed, url: str) -> str:
    return (parsed.title or site_host(url) or url)[:190]


def _find_by_url(db: Database, url: str) -> str | None:
    with db.session() as session:
        source = get_source_by_url(session, url)
        return source.name if source else None


def _save_added(
    db: Database, spec: SourceSpec, guild_id: int | None, derived: bool, origin: str
) -> Source:
    with db.transaction() as session:
        name = spec.name
        for n in range(2, 100):
            if get_source(session, name) is None:
                break
            if not derived:
                raise SourceError(f"a source named {name!r} already exists; choose another name")
            name = f"{spec.name} ({n})"
        if get_source_by_url(session, spec.url) is not None:
            raise SourceError("that feed is already watched")
        fields = {**spec_fields(spec), "name": name}
        return save_source(session, Source(**fields, origin=origin, guild_id=guild_id))


def remove_source(session: Session, name: str, guild_id: int | None) -> None:
    """Remove a source added from Discord (a guild removes only its own); config ones stay."""
    source = get_source(session, name)
    if source is None or (guild_id is not None and source.guild_id not in (guild_id, None)):
        raise SourceError(f"there is no source named {name.strip()!r}")
    if source.origin == "config":
        raise SourceError(f"{source.name!r} comes from the config file; remove it there")
    if source.origin == "auto":
        raise SourceError(f"{source.name!r} follows the watch list; unwatch the person instead")
    if guild_id is not None and source.guild_id != guild_id:
        raise SourceError(f"there is no source named {name.strip()!r}")
    delete_source(session, source)
