"""The fast path: well-formed RSS 2.0, RSS 1.0 and Atom read with ElementTree.

It returns the same fields feedparser would (as plain dicts with feedparser's keys, so
jobs.ingest.parse.to_entry turns both into identical FeedEntry values), about five times faster.
Anything it is not sure to read exactly as feedparser does — an element feedparser treats
specially that is not handled here, a repeated field, nested markup, an unusual date, xml:base —
makes it decline (None), and the caller parses with feedparser instead.
The bytes must already be defused (no entity declarations, no DOCTYPE) and UTF-8.
"""

from __future__ import annotations

import contextlib
import re
import urllib.parse
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

ATOM = "http://www.w3.org/2005/Atom"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RSS1 = "http://purl.org/rss/1.0/"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_IN_ATOM = f"{{{ATOM}}}"  # how ElementTree's tags start in Atom's namespace
_RDF_ABOUT = f"{{{RDF}}}about"
# prefixes under which feedparser has element handlers (or maps other namespaces to)
_SPECIAL_PREFIXES = {
    "", "admin", "cc", "creativecommons", "dc", "dcterms", "georss", "gml", "itunes", "media",
    "psc", "content", "xhtml", "feedburner", "rdf", "atom", "fullitem", "xml", "xlink",
}  # fmt: skip
# element names feedparser handles (prefix_local); any of them not read here → decline
_HANDLED = {
    "rss", "channel", "feed", "image", "textinput", "author", "managingeditor", "contributor",
    "name", "width", "height", "url", "homepage", "uri", "email", "subtitle", "tagline",
    "rights", "copyright", "item", "entry", "language", "webmaster", "published", "issued",
    "pubdate", "updated", "modified", "lastbuilddate", "created", "expirationdate", "category",
    "keywords", "cloud", "link", "guid", "id", "title", "description", "abstract", "info",
    "generator", "summary", "enclosure", "source", "content", "body", "newlocation", "where",
    "fullitem", "dc_author", "dc_creator", "dc_date", "dc_description", "dc_language",
    "dc_publisher", "dc_rights", "dc_subject", "dc_title", "dc_contributor", "dcterms_created",
    "dcterms_issued", "dcterms_modified", "dcterms_valid", "content_encoded", "media_title",
    "media_description", "media_group", "itunes_author", "itunes_summary", "itunes_subtitle",
    "itunes_name", "itunes_email", "itunes_owner", "feedburner_browserfriendly", "xhtml_body",
}  # fmt: skip
# handled elements that never touch the fields we keep (tags, links list, media lists, ...)
_HARMLESS = {
    "category", "enclosure", "dc_subject", "dc_language", "dc_rights", "dc_publisher",
    "dc_contributor", "dcterms_created", "dcterms_valid", "contributor", "rights",
}  # fmt: skip
_BASE = re.compile(rb"xml:base|\sbase\s*=", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<![dD][oO][cC][tT][yY][pP][eE]")
_XMLNS = re.compile(rb"""xmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']""")
_URIFIXER = re.compile("^([A-Za-z][A-Za-z0-9+-.]*://)(/*)(.*?)")
_ENTITYISH = re.compile("&([A-Za-z0-9_]+);")
_RFC822 = re.compile(
    # feedparser wants a real day name (any case) and space after its comma
    r"(?:(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+)?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? (GMT|UT|UTC|[+-]\d{4})"
)
_MONTHS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6,
    "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})")
# feedparser's table: C1 control code points read as the windows-1252 characters they meant
_CP1252 = str.maketrans(
    {i: bytes([i]).decode("cp1252") for i in range(128, 160) if i not in (129, 141, 143, 144, 157)}
)
_TEXT_TYPES = {None, "text", "html", "text/plain", "text/html"}


class Decline(Exception):
    """This feed is not one the fast path reads exactly like feedparser."""


def read_feed(data: bytes, url: str, known: dict[str, str]) -> dict[str, Any] | None:
    """{'title', 'link', 'entries': [feedparser-like entry dicts]}, or None to decline.

    `known`: feedparser's namespace table (lowercased URI → the prefix it gives elements).
    """
    # (a case-insensitive regex over the whole body costs ~1 ms: look for a literal first)
    if (b"base" in data and _BASE.search(data)) or _DOCTYPE.search(data):
        return None
    try:
        prefixes = _doc_prefixes(data, known)
        root = ET.fromstring(data)
        return _Reader(_base_of(url), prefixes, known).read(root)
    except (ET.ParseError, Decline, ValueError, OverflowError, TypeError):
        return None


def _doc_prefixes(data: bytes, known: dict[str, str]) -> dict[str, str]:
    """Namespace URI → the prefix the document gives it (ambiguity declines)."""
    special = _SPECIAL_PREFIXES | set(known.values())
    found: dict[str, str] = {}
    for prefix, uri in _XMLNS.findall(data):
        name, where = (prefix or b"").decode("ascii"), uri.decode("utf-8", "replace")
        if where.lower() in known:
            continue
        if "backend.userland.com/rss" in where.lower():
            raise Decline
        if found.setdefault(where, name) != name or name.lower() in special:
            raise Decline
    return found


def _base_of(url: str) -> str:
    # what feedparser makes of the content-location it is given
    joined = _urljoin(url, url)
    scheme = joined.strip().split(":", 1)[0]
    return joined if scheme in ("http", "https") else url


def _urljoin(base: str, uri: str) -> str:
    """feedparser's urls._urljoin."""
    # _URIFIXER.sub(r"\1\3", uri), without expanding a template for every link: the pattern
    # only ever matches at the start, and the replacement drops its run of slashes
    fixed = _URIFIXER.match(uri)
    if fixed is not None and fixed.end(2) > fixed.start(2):
        uri = uri[: fixed.start(2)] + uri[fixed.end(2) :]
    try:
        return urllib.parse.urljoin(base, uri)
    except ValueError:
        return ""


def fix_text(text: str) -> str:
    """What feedparser does to every text it keeps: mis-decoded UTF-8, cp1252 code points."""
    if not text.isascii():
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            text = text.encode("iso-8859-1").decode("utf-8")
        text = text.translate(_CP1252)
    return text


def parse_date(value: str) -> tuple[int, ...] | None:
    """RFC 822 or ISO 8601 (strict forms only) → a UTC time tuple; other forms decline."""
    value = value.strip()
    if _ISO.fullmatch(value):
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    elif rfc822 := _RFC822.fullmatch(value):
        when = rfc822_time(rfc822)
    elif not value:
        return None
    else:
        raise Decline
    if when.tzinfo is None:
        raise Decline
    return when.astimezone(UTC).timetuple()[:6]


def rfc822_time(match: re.Match[str]) -> datetime:
    """What email.utils.parsedate_to_datetime makes of a date _RFC822 matched (the same
    datetime, or the same error), read from the match's groups: its general parser took a
    tenth of a feed's parse."""
    day, month, year, hour, minute, second, zone = match.groups()
    if int(year) < 1000:
        raise Decline  # email.utils reads "0001" as 2001; feedparser as year 1
    if zone in ("GMT", "UT", "UTC"):
        offset = 0
    else:
        hhmm = int(zone)
        if hhmm == 0 and zone[0] == "-":
            raise Decline  # "-0000": email.utils gives a naive time, which declines
        sign, hhmm = (-1, -hhmm) if hhmm < 0 else (1, hhmm)
        offset = sign * ((hhmm // 100) * 3600 + (hhmm % 100) * 60)
    zone_info = timezone(timedelta(seconds=offset))  # an offset of a day or more: ValueError
    return datetime(
        int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second or 0),
        tzinfo=zone_info,
    )  # fmt: skip


class _Reader:
    def __init__(self, base: str, prefixes: dict[str, str], known: dict[str, str]) -> None:
        self.base = base
        self.prefixes = prefixes
        self.known = known
        self.names: dict[str, str] = {}  # tag -> name: a feed repeats a few tags in every item

    def name(self, element: ET.Element) -> str:
        """feedparser's name for an element: prefix_local, lowercased."""
        tag = element.tag
        known = self.names.get(tag)
        if known is not None:
            return known
        name = self.name_of(tag)
        self.names[tag] = name
        return name

    def name_of(self, tag: Any) -> str:
        if not isinstance(tag, str):
            raise Decline
        if tag[0] != "{":
            return tag.lower()
        uri, local = tag[1:].split("}", 1)
        prefix = self.known.get(uri.lower())
        if prefix is None:
            prefix = self.prefixes.get(uri)
            if prefix is None or prefix == "":
                raise Decline
        return f"{prefix}_{local.lower()}" if prefix else local.lower()

    def read(self, root: ET.Element) -> dict[str, Any]:
        if root.tag == "rss":
            channel = root.find("channel")
            if channel is None or len(root) != 1 or root.attrib.keys() - {"version"}:
                raise Decline
            return self.read_rss(channel, list(channel.iterfind("item")), "")
        if root.tag == f"{{{RDF}}}RDF":
            channel = root.find(f"{{{RSS1}}}channel")
            if channel is None:
                raise Decline
            items = list(root.iterfind(f"{{{RSS1}}}item"))
            for child in root:
                if child is not channel and child.tag != f"{{{RSS1}}}item":
                    self.check_feed_child(child)
            return self.read_rss(channel, items, RSS1)
        if root.tag == f"{{{ATOM}}}feed":
            return self.read_atom(root)
        raise Decline

    # -- RSS 2.0 and 1.0 ----------------------------------------------------------------------

    def read_rss(self, channel: ET.Element, items: list[ET.Element], ns: str) -> dict[str, Any]:
        if channel.attrib.keys() - {f"{{{RDF}}}about"}:
            raise Decline
        title, link = None, None
        for child in channel:
            name = self.name(child)
            if name == "item":
                if ns:  # RSS 1.0 items sit outside the channel
                    raise Decline
                continue
            if name == "title":
                title = self.once(title, self.text(child))
            elif name == "link":
                if child.tag == f"{{{ATOM}}}link":  # <atom:link rel="self"> in an RSS channel
                    self.check_self_link(child)
                    continue
                self.no_attributes(child)
                link = self.once(link, _ENTITYISH.sub(r"&\1", self.uri_text(child)))
            else:
                self.check_feed_child(child)
        return {
            "title": title or "",
            "link": link,
            "entries": [self.read_rss_item(item, bool(ns)) for item in items],
        }

    def read_rss_item(self, item: ET.Element, rdf: bool) -> dict[str, Any]:
        about = item.attrib.get(_RDF_ABOUT)
        if item.attrib and item.attrib.keys() - ({_RDF_ABOUT} if rdf else set()):
            raise Decline
        out: dict[str, Any] = {}
        if about:
            out["id"] = about
        fields: dict[str, ET.Element] = {}
        for child in item:
            name = self.name(child)
            if child.tag.startswith(_IN_ATOM):
                raise Decline
            if name in ("dc_author", "dc_creator"):
                name = "author"
            if name in _READ_RSS:
                if name in fields or (name == "author" and "author" in fields):
                    raise Decline
                fields[name] = child
            elif name == "media_group":
                self.check_harmless_children(child, entry=True)
            else:
                self.check_harmless(child, entry=True)
        if rdf and "guid" in fields:
            raise Decline
        return self.rss_fields(out, fields)

    def rss_fields(self, out: dict[str, Any], fields: dict[str, ET.Element]) -> dict[str, Any]:
        if "title" in fields:
            out["title"] = self.text(fields["title"])
        if "guid" in fields:
            guid = fields["guid"]
            attrs = {k.lower(): v for k, v in guid.attrib.items()}
            if attrs.keys() - {"ispermalink"}:
                raise Decline
            is_link = attrs.get("ispermalink", "true") == "true"
            value = self.uri_text(guid) if is_link else self.text(guid)  # resolved like a link
            out["id"] = value
            if is_link and "link" not in fields:
                out["link"] = value
        if "link" in fields:
            self.no_attributes(fields["link"])
            link = self.uri_text(fields["link"]).replace("&amp;", "&")
            out["link"] = _ENTITYISH.sub(r"&\1", link)
        summary = fields.get("description", fields.get("content_encoded"))
        if summary is not None:
            if summary.attrib:
                raise Decline
            out["summary"] = self.text(summary)
        if "author" in fields:
            out["author"] = self.text(fields["author"])
        if "comments" in fields:
            self.no_attributes(fields["comments"])
            out["comments"] = self.uri_text(fields["comments"])
        if "pubdate" in fields:
            out["published_parsed"] = parse_date(self.text(fields["pubdate"]))
        if "dc_date" in fields:
            out["updated_parsed"] = parse_date(self.text(fields["dc_date"]))
        if "source" in fields:
            out["source"] = self.rss_source(fields["source"])
        for name, key in (("yt_videoid", "yt_videoid"), ("yt_channelid", "yt_channelid")):
            if name in fields:
                out[key] = self.text(fields[name])
        return out

    def rss_source(self, element: ET.Element) -> dict[str, str]:
        if element.attrib.keys() - {"url"}:
            raise Decline
        source = {"href": element.attrib["url"]} if "url" in element.attrib else {}
        title = self.text(element)
        if title:
            source["title"] = title
        return source

    # -- Atom ---------------------------------------------------------------------------------

    def read_atom(self, root: ET.Element) -> dict[str, Any]:
        title, links, ident, entries = None, [], None, []
        for child in root:
            name = self.name(child)
            atom = child.tag.startswith(f"{{{ATOM}}}")
            if name == "entry" and atom:
                entries.append(self.read_atom_entry(child))
            elif name == "title" and atom:
                title = self.once(title, self.text(self.plain(child)))
            elif name == "link" and atom:
                links.append(child)
            elif name == "id" and atom:
                ident = self.once(ident, self.uri_text(child))
            elif name == "author" and atom:
                self.atom_author(child)  # checked, not kept
            else:
                self.check_feed_child(child)
        return {"title": title or "", "link": self.atom_link(links, ident), "entries": entries}

    def read_atom_entry(self, entry: ET.Element) -> dict[str, Any]:
        if entry.attrib.keys() - {f"{{{XML_NS}}}lang"}:
            raise Decline
        fields: dict[str, ET.Element] = {}
        links: list[ET.Element] = []
        media: dict[str, ET.Element] = {}
        for child in entry:
            name = self.name(child)
            if name == "link":
                links.append(child)
            elif name == "media_group":
                group = self.media_group(child)
                if media and group:
                    raise Decline  # two groups: feedparser's pick is not worth copying
                media = media or group
            elif name in _READ_ATOM:
                if name in fields or ("author" in fields and name == "dc_creator"):
                    raise Decline
                fields[name] = child
            else:
                self.check_harmless(child, entry=True)
        return self.atom_fields(fields, links, media)

    def atom_fields(
        self, fields: dict[str, ET.Element], links: list[ET.Element], media: dict[str, ET.Element]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if "title" in fields:
            out["title"] = self.text(self.plain(fields["title"]))
        if not out.get("title") and "media_title" in media:
            raise Decline  # feedparser would take the media title: not worth copying
        ident = self.uri_text(fields["id"]) if "id" in fields else None
        if ident is not None:
            out["id"] = ident
        link = self.atom_link(links, ident)
        if link is not None:
            out["link"] = link
        if "d" in media and ("summary" in fields or "content" in fields):
            raise Decline
        if "summary" in fields:  # whether before or after <content>
            out["summary"] = self.text(self.plain(fields["summary"]))
            if "content" in fields:
                self.plain(fields["content"])
        elif "content" in fields:
            out["summary"] = self.text(self.plain(fields["content"]))
        elif "d" in media:
            out["summary"] = self.text(media["d"])
        if "author" in fields and "dc_creator" in fields:
            raise Decline
        if "author" in fields:
            out["author"] = self.atom_author(fields["author"])
        elif "dc_creator" in fields:
            out["author"] = self.text(fields["dc_creator"])
        if "published" in fields:
            out["published_parsed"] = parse_date(self.text(fields["published"]))
        if "updated" in fields:
            out["updated_parsed"] = parse_date(self.text(fields["updated"]))
        for name in ("yt_videoid", "yt_channelid"):
            if name in fields:
                out[name] = self.text(fields[name])
        if "comments" in fields:  # no handler in feedparser: kept as any unknown element is
            self.no_attributes(fields["comments"])
            out["comments"] = self.uri_text(fields["comments"])
        return out

    def atom_link(self, links: list[ET.Element], ident: str | None) -> str | None:
        """The last alternate HTML link (feedparser's pick), else the id."""
        link = None
        for element in links:
            attrs = {k.lower(): v for k, v in element.attrib.items()}
            href = attrs.get("href")
            if len(element) or attrs.keys() & {"url", "uri"} or not href or href != href.strip():
                raise Decline
            rel = attrs.get("rel", "alternate").lower()
            default = "application/atom+xml" if rel == "self" else "text/html"
            kind = attrs.get("type", default).lower()
            if rel == "alternate" and kind in ("text/html", "html", "application/xhtml+xml"):
                link = _urljoin(self.base, href)
        return link if link is not None else ident

    def atom_author(self, element: ET.Element) -> str:
        parts: dict[str, str] = {}
        for child in element:
            name = self.name(child)
            if name in ("name", "email", "uri") and name not in parts and not len(child):
                parts[name] = (child.text or "").strip()
            else:
                raise Decline
        author, email = parts.get("name"), parts.get("email")
        if author and email:
            return f"{author} ({email})"
        return author or email or ""

    def media_group(self, group: ET.Element) -> dict[str, ET.Element]:
        found: dict[str, ET.Element] = {}
        for child in group:
            name = self.name(child)
            key = {"media_title": "media_title", "media_description": "d"}.get(name)
            if key:
                if key in found or len(child):  # elements inside would reach the entry
                    raise Decline
                found[key] = child
            else:
                self.check_harmless(child, entry=True)
        return found

    # -- shared -------------------------------------------------------------------------------

    @staticmethod
    def once(old: str | None, new: str) -> str:
        if old is not None:
            raise Decline
        return new

    def text(self, element: ET.Element) -> str:
        """An element's text as feedparser keeps it (no markup inside allowed)."""
        if len(element):
            raise Decline
        return fix_text((element.text or "").strip())

    @staticmethod
    def no_attributes(element: ET.Element) -> None:
        if element.attrib:
            raise Decline

    def uri_text(self, element: ET.Element) -> str:
        if len(element):
            raise Decline
        value = (element.text or "").strip()
        return fix_text(_urljoin(self.base, value) if value else value)

    def plain(self, element: ET.Element) -> ET.Element:
        """A text construct of type text or html (xhtml, base64 and src= decline)."""
        attrs = {k.lower(): v for k, v in element.attrib.items()}
        if attrs.keys() - {"type"} or attrs.get("type") not in _TEXT_TYPES:
            raise Decline
        return element

    def check_self_link(self, element: ET.Element) -> None:
        """<atom:link> in an RSS channel: fine unless it would be taken as the feed's link."""
        if self.atom_link([element], None) is not None:
            raise Decline

    def check_feed_child(self, element: ET.Element) -> None:
        """A channel/feed element other than title and link: it must not reach them."""
        name = self.name(element)
        if name == "image":
            for child in element:
                if self.name(child) not in _IMAGE_PARTS or len(child):
                    raise Decline
        elif name in _FEED_OK:
            for child in element:
                if self.name(child) not in _PERSON_PARTS or len(child):
                    self.check_harmless(child)
        else:
            self.check_harmless(element)

    def check_harmless(self, element: ET.Element, entry: bool = False) -> None:
        """An element (and everything in it) that cannot change the fields we keep.

        `entry`: it sits in an entry, where an unknown element named like a field sets it.
        """
        # a loop, not recursion: a feed can nest thousands of unknown elements
        for inner in element.iter():
            name = self.name(inner)
            if (name in _HANDLED and name not in _HARMLESS) or (entry and name in _ENTRY_KEYS):
                raise Decline

    def check_harmless_children(self, element: ET.Element, entry: bool = False) -> None:
        for child in element:
            self.check_harmless(child, entry)


_READ_RSS = {
    "title", "link", "guid", "pubdate", "description", "author", "comments", "source",
    "content_encoded", "dc_date", "yt_videoid", "yt_channelid",
}  # fmt: skip
_READ_ATOM = {
    "title", "id", "published", "updated", "author", "summary", "content", "dc_creator",
    "yt_videoid", "yt_channelid", "comments",
}  # fmt: skip
# an unknown element without attributes lands in feedparser's entry under its own name: one
# named like a field we read would change that field
_ENTRY_KEYS = {
    "title", "link", "id", "summary", "author", "published_parsed", "updated_parsed",
    "yt_videoid", "yt_channelid", "comments", "source", "guidislink", "links", "href",
}  # fmt: skip
# feed-level elements whose values land in feed fields we do not keep
_FEED_OK = {
    "description", "subtitle", "tagline", "language", "generator", "updated", "lastbuilddate",
    "pubdate", "published", "managingeditor", "webmaster", "cloud", "author", "dc_date",
    "dc_creator", "itunes_author", "itunes_summary", "itunes_subtitle", "itunes_owner",
    "dc_description", "rights", "copyright", "category", "dc_rights", "dc_language",
}  # fmt: skip
_PERSON_PARTS = {"name", "email", "uri", "itunes_name", "itunes_email"}
# what an RSS <image> may hold and still be read as the image, not as the channel
_IMAGE_PARTS = {"title", "link", "description", "url", "width", "height"}
