"""What a configured source is: a feed URL, a YouTube channel or a news search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote_plus

YOUTUBE_FEED = "https://www.youtube.com/feeds/videos.xml?channel_id={}"
GOOGLE_NEWS_FEED = "https://news.google.com/rss/search?q={}&hl=en-US&gl=US&ceid=US:en"
HACKER_NEWS_FEED = "https://hnrss.org/newest?q={}"

CHANNEL_ID = re.compile(r"^UC[0-9A-Za-z_-]{22}$")
_CHANNEL_URL = re.compile(r"youtube\.com/channel/(UC[0-9A-Za-z_-]{22})")


SourceKind = Literal["feed", "youtube", "google_news", "hacker_news"]


@dataclass(frozen=True)
class SourceSpec:
    """A source as the config or a Discord user gave it, with the URL to poll."""

    name: str
    kind: SourceKind
    url: str
    query: str | None = None
    youtube_channel_id: str | None = None


def youtube_spec(name: str, channel: str) -> SourceSpec:
    """A channel id or a /channel/UC… URL → its feed. @handles need a fetch (see jobs.ingest.poll)."""
    channel = channel.strip()
    match = _CHANNEL_URL.search(channel)
    channel_id = match.group(1) if match else channel
    if not CHANNEL_ID.match(channel_id):
        raise ValueError(
            f"{channel!r} is not a YouTube channel id (UC followed by 22 characters) "
            "or a youtube.com/channel/UC… URL"
        )
    return SourceSpec(name, "youtube", YOUTUBE_FEED.format(channel_id), None, channel_id)


def google_news_spec(name: str, query: str) -> SourceSpec:
    """A Google News RSS search for `query` (quoted, so a name is searched as a phrase)."""
    query = _require_query(query)
    return SourceSpec(
        name, "google_news", GOOGLE_NEWS_FEED.format(quote_plus(_as_phrase(query))), query
    )


def hacker_news_spec(name: str, query: str) -> SourceSpec:
    """A Hacker News search through hnrss."""
    query = _require_query(query)
    return SourceSpec(
        name, "hacker_news", HACKER_NEWS_FEED.format(quote_plus(_as_phrase(query))), query
    )


def feed_spec(name: str, url: str) -> SourceSpec:
    """A plain feed URL; a YouTube channel feed URL is recognised as a channel."""
    match = re.search(r"youtube\.com/feeds/videos\.xml\?channel_id=(UC[0-9A-Za-z_-]{22})", url)
    if match:
        return SourceSpec(name, "youtube", url, None, match.group(1))
    return SourceSpec(name, "feed", url)


def _as_phrase(query: str) -> str:
    # a bare name ("Jan Leike") is searched as a phrase; a query with its own syntax is kept
    has_syntax = '"' in query or any(op in query.split() for op in ("OR", "AND", "-"))
    return f'"{query}"' if " " in query and not has_syntax else query


def _require_query(query: str) -> str:
    query = " ".join(query.split())
    if not query:
        raise ValueError("a search needs some words")
    if len(query) > 200:
        raise ValueError("a search is at most 200 characters")
    return query
