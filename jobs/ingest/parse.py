"""Feed bytes → entries. The only feedparser import; it is handed bytes, never a URL or path."""

from __future__ import annotations

import hashlib
import html
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from time import struct_time
from typing import Any, NamedTuple

import feedparser
from feedparser.encodings import convert_to_utf8
from feedparser.mixin import _FeedParserMixin

from jobs.ingest.parse_fast import read_feed
from jobs.ingest.urls import canonical_url, youtube_video_id
from jobs.language.markup import strip_invisible, strip_tags
from storage.errors import ParseError

MAX_SUMMARY = 2000
MAX_KEY = 512

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE_END = re.compile(rb"[\[>]")
_SUBSET_END = re.compile(rb"\]\s*>")
# character references: surrogates, NUL and code points past U+10FFFF crash feedparser 6.0
# (chr(c).encode("utf-8")); a browser reads each as U+FFFD, and so do we
_CHARREF = re.compile(rb"&#([xX][0-9a-fA-F]{1,16}|[0-9]{1,16});")
# the XML declaration's encoding: feedparser decodes the name as UTF-8 and fails on other bytes
_DECLARED = re.compile(
    rb"""\A(\xef\xbb\xbf)?(<\?xml[^>]{0,200}?)\sencoding\s*=\s*(['"])([^'">]{0,100})\3"""
)
_ENCODING_NAME = re.compile(rb"[A-Za-z0-9._:-]+")
_SPACE = re.compile(r"\s+")
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body)", re.IGNORECASE)


# complaints about headers, not about the XML: not worth recording on the source
_HARMLESS = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)
# feedparser's namespace table: the fast path names elements exactly as feedparser does
_NAMESPACES = {uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()}


class FeedParseError(ParseError):
    """The body is not a feed we can read; str() is one line."""


class FeedEntry(NamedTuple):
    """One item, reduced to what the bot stores.

    A tuple, not a dataclass: every entry is built in a parse worker and pickled back to the
    bot's process, where unpickling 50 of them took 191 µs as dataclasses and 59 µs as tuples.
    """

    key: str  # guid / atom id, else link, else a hash of title and date
    url: str | None
    title: str
    summary: str  # plain text
    author: str | None = None
    published_at: datetime | None = None
    video_id: str | None = None
    channel_id: str | None = None
    channel_title: str | None = None
    publisher: str | None = None  # a news-search result's outlet, e.g. "Reuters"
    publisher_url: str | None = None
    comments_url: str | None = None
    canonical: str | None = None  # computed while parsing (in the worker, off the main loop)


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed: its title and entries (first occurrence of each key only)."""

    title: str
    link: str | None
    entries: list[FeedEntry] = field(default_factory=list)
    problem: str | None = None  # malformed but readable: what feedparser complained about

    def __reduce__(self) -> tuple[Any, ...]:
        # every feed goes from a parse worker to the bot's process: its entries travel as plain
        # tuples (a NamedTuple pickles through copyreg and __getnewargs__, per entry): 40% less
        # pickling in the worker, a third less unpickling on the event loop's process
        rows = [tuple(entry) for entry in self.entries]
        return _rebuilt_feed, (self.title, self.link, rows, self.problem)


def _rebuilt_feed(
    title: str, link: str | None, rows: list[tuple[Any, ...]], problem: str | None
) -> ParsedFeed:
    """A ParsedFeed from its pickled parts (ParsedFeed.__reduce__)."""
    return ParsedFeed(title, link, [tuple.__new__(FeedEntry, row) for row in rows], problem)


def parse_feed(body: bytes, headers: dict[str, str], url: str) -> ParsedFeed:
    """Parse feed bytes (RSS 2.0/1.0, Atom, YouTube); raises FeedParseError, and only that.

    Whatever else goes wrong reading these bytes (feedparser has handlers that fail on odd
    input) becomes a FeedParseError naming it: one clear error for this feed, nothing else.
    """
    try:
        body = defuse(body)
        if not body.strip():
            raise FeedParseError("empty body: not a feed")
        fast = parse_fast(body, headers, url)
        return fast if fast is not None else parse_slow(body, headers, url)
    except FeedParseError:
        raise
    except RecursionError:
        raise FeedParseError("cannot read the feed: its elements nest too deeply") from None
    except MemoryError:
        raise FeedParseError("cannot read the feed: it needs too much memory") from None
    except Exception as exc:
        detail = (str(exc).strip().splitlines() or [""])[0][:200]
        raise FeedParseError(
            f"cannot read the feed (the parser failed: {type(exc).__name__}: {detail})"
        ) from None


def feed_headers(headers: dict[str, str], url: str) -> dict[str, str]:
    """The response headers both paths decode with: lowercased, the feed URL as its location."""
    # one dict for both, so the fast path and feedparser pick the same encoding
    return {**{k.lower(): v for k, v in headers.items()}, "content-location": url}


def parse_slow(body: bytes, headers: dict[str, str], url: str) -> ParsedFeed:
    """feedparser: every feed, malformed ones too (`body` defused)."""
    # sanitizing HTML costs ~40% of parse time and we keep summaries as plain text anyway
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers=feed_headers(headers, url),  # relative links: the feed URL
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    if not parsed.get("version") and not parsed.entries:
        raise FeedParseError(not_a_feed_reason(body, parsed))
    feed = parsed.get("feed", {})
    problem = None
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), _HARMLESS):
        problem = _bozo_text(parsed)
    return ParsedFeed(
        title=_clean(feed.get("title", ""))[:200],
        link=feed.get("link"),
        entries=unique_entries(to_entry(item) for item in parsed.entries),
        problem=problem,
    )


def parse_fast(body: bytes, headers: dict[str, str], url: str) -> ParsedFeed | None:
    """The ElementTree path for well-formed feeds: feedparser's values, or None to decline.

    `body` must be defused. The encoding is decided by feedparser's own rules (HTTP charset,
    XML declaration, BOM) on the same headers, so both paths read the same text.
    """
    result: dict[str, Any] = {}
    try:
        data = convert_to_utf8(feed_headers(headers, url), body, result)
    except Exception:  # feedparser's encoding detection failing: let feedparser report it
        return None
    bozo = result.get("bozo_exception")
    if not result.get("encoding") or (result.get("bozo") and not isinstance(bozo, _HARMLESS)):
        return None
    try:
        feed = read_feed(data, url, _NAMESPACES)
    except Exception:  # anything this path did not expect: feedparser reads it instead
        return None
    if feed is None:
        return None
    return ParsedFeed(
        title=_clean(feed["title"])[:200],
        link=feed["link"],
        entries=unique_entries(to_entry(item) for item in feed["entries"]),
    )


def defuse(body: bytes) -> bytes:
    """Refuse any entity declaration; drop the DOCTYPE itself (feeds need none).

    Also what a browser would forgive: character references to no character and an
    unreadable encoding name are read as U+FFFD and as no declared encoding.
    """
    body = body.lstrip()
    if body[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") or body[:2] in (
        b"\xff\xfe",
        b"\xfe\xff",
    ):
        return _defuse_wide(body)
    # anywhere, not just in the prolog: comments and odd nesting can hide where the DTD ends
    # (the cost: a feed quoting "<!ENTITY" literally in CDATA is refused too)
    if _ENTITY.search(body):
        raise FeedParseError("the feed declares XML entities (refused: entity expansion)")
    body = drop_doctype(body)
    if b"&#" in body:
        body = _CHARREF.sub(_charref, body)
    if body[:8].startswith((b"<?xml", b"\xef\xbb\xbf<?xml")):
        body = _DECLARED.sub(_declared, body, count=1)
    return body


def drop_doctype(body: bytes) -> bytes:
    """The body without its DOCTYPE: one before the root element, never text further in."""
    at = _prolog_end(body)
    if body[at : at + 9].upper() != b"<!DOCTYPE":
        return body
    # each search starts where the last stopped: linear in the body, whatever it holds
    found = _DOCTYPE_END.search(body, at + 9)
    if found is not None and found.group() == b"[":
        found = _SUBSET_END.search(body, found.end())
    if found is None:
        raise FeedParseError("the feed's DOCTYPE never ends: not a feed")
    return body[:at] + body[found.end() :]


def _prolog_end(body: bytes) -> int:
    """Where the first markup other than the XML declaration, a PI or a comment starts."""
    at = body.find(b"<")
    while at != -1:
        if body.startswith(b"<?", at):
            end, skip = body.find(b"?>", at + 2), 2
        elif body.startswith(b"<!--", at):
            end, skip = body.find(b"-->", at + 4), 3
        else:
            return at
        if end == -1:
            return len(body)
        at = body.find(b"<", end + skip)
    return len(body)


def _charref(match: re.Match[bytes]) -> bytes:
    ref = match.group(1)
    code = int(ref[1:], 16) if ref[:1] in (b"x", b"X") else int(ref)
    if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return b"&#65533;"
    return match.group(0)


def _declared(match: re.Match[bytes]) -> bytes:
    if _ENCODING_NAME.fullmatch(match.group(4)):
        return match.group(0)
    # an encoding name no decoder knows: read as if none were declared, like a browser
    return (match.group(1) or b"") + match.group(2)


def _defuse_wide(body: bytes) -> bytes:
    # UTF-16/32 hide "<!ENTITY" from a byte search: look in the decoded text instead
    for encoding in ("utf-32", "utf-16"):
        try:
            text = body.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise FeedParseError("cannot decode the feed's text")
    if "<!entity" in text.lower():
        raise FeedParseError("the feed declares XML entities (refused: entity expansion)")
    return body


def not_a_feed_reason(body: bytes, parsed: Any) -> str:
    """One line saying why these bytes are not a feed."""
    if _HTML_START.match(body[:1000]):
        return "not a feed: the server sent an HTML page"
    detail = _bozo_text(parsed) if parsed.get("bozo") else "no RSS or Atom found"
    return f"not a feed: {detail}"


def to_entry(item: Any) -> FeedEntry:
    """A feedparser entry → FeedEntry."""
    link = _str(item.get("link")) or None
    title = _clean(item.get("title", ""))
    # dict.get: FeedParserDict answers a missing updated_parsed with published_parsed, warning
    published = _aware(item.get("published_parsed") or dict.get(item, "updated_parsed"))
    video_id = _str(item.get("yt_videoid")) or (youtube_video_id(link) if link else None)
    publisher, publisher_url = _publisher(item)
    if publisher and title.endswith(f" - {publisher}"):
        title = title[: -len(f" - {publisher}")].rstrip()
    return FeedEntry(
        key=entry_key(item.get("id"), link, title, published),
        url=link,
        title=title[:1000],
        summary=_clean(item.get("summary", ""))[:MAX_SUMMARY],
        author=_clean(item.get("author", ""))[:200] or None,
        published_at=published,
        video_id=video_id,
        channel_id=_str(item.get("yt_channelid")) or None,
        channel_title=(_clean(item.get("author", "")) or None) if video_id else None,
        publisher=publisher,
        publisher_url=publisher_url,
        comments_url=_str(item.get("comments")) or None,
        canonical=canonical_of(link, video_id),
    )


def canonical_of(link: str | None, video_id: str | None) -> str | None:
    """The canonical URL (a video is its watch URL)."""
    if video_id:
        return f"https://www.youtube.com/watch?v={video_id}"
    return canonical_url(link) if link else None


def entry_key(guid: Any, link: str | None, title: str, published: datetime | None) -> str:
    """GUID / Atom id, else the link, else a hash of title and date; long keys are hashed."""
    key = str(guid).strip() if guid else ""
    if not key:
        key = link or ""
    if not key:
        stamp = published.isoformat() if published else ""
        key = "sha1:" + hashlib.sha1(f"{title}\n{stamp}".encode()).hexdigest()
    if len(key) > MAX_KEY:
        key = "sha256:" + hashlib.sha256(key.encode()).hexdigest()
    return key


def unique_entries(entries: Any) -> list[FeedEntry]:
    """The first entry of each key: a feed that repeats a GUID gets that item stored once.

    A GUID shared by items with different links (some feeds put one id on every item) says
    nothing: those items are keyed by their link instead, so none of them is lost.
    """
    items = list(entries)
    links: dict[str, set[str | None]] = {}
    for entry in items:
        links.setdefault(entry.key, set()).add(entry.url)
    seen: dict[str, FeedEntry] = {}
    for entry in items:
        if len(links[entry.key]) > 1 and entry.url:
            entry = entry._replace(key=entry_key(None, entry.url, entry.title, None))
        seen.setdefault(entry.key, entry)
    return list(seen.values())


def _publisher(item: Any) -> tuple[str | None, str | None]:
    source = item.get("source") or {}
    name = _clean(source.get("title", "")) if hasattr(source, "get") else ""
    href = _str(source.get("href")) if hasattr(source, "get") else ""
    if not name:
        return None, None
    return name[:200], href or None


def _clean(text: Any) -> str:
    """HTML or text → one line of plain text, without invisible characters."""
    if not isinstance(text, str) or not text:
        return ""
    plain = html.unescape(strip_tags(text) if "<" in text else text)
    if plain.isascii() and plain.isprintable() and "  " not in plain:
        # no control character (all the invisible ones in ASCII), and no white space but
        # single spaces: the two substitutions below would leave it as it is
        return plain.strip()
    return _SPACE.sub(" ", strip_invisible(plain)).strip()


def _str(value: Any) -> str:
    """A field that should be text: feedparser gives a dict when the element had attributes."""
    return value.strip() if isinstance(value, str) else ""


def _aware(value: struct_time | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _bozo_text(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    text = str(exc).strip().splitlines()[0] if exc and str(exc).strip() else ""
    return (f"{type(exc).__name__}: {text}" if text else type(exc).__name__)[:300]
