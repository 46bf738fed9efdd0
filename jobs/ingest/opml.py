"""OPML: the subscription lists feed readers import and export (read safely, written as 2.0)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from storage.errors import ParseError

MAX_OPML_BYTES = 5_000_000
MAX_FEEDS = 5_000
MAX_DEPTH = 100  # folders in folders: readers export a few levels at most


class OpmlError(ParseError):
    """A file that is not usable OPML; str() is one sentence."""


@dataclass(frozen=True)
class OpmlFeed:
    """One feed of an OPML file: its title, feed URL and (optional) folder."""

    title: str
    url: str
    category: str | None = None
    site_url: str | None = None


def parse_opml(data: bytes) -> list[OpmlFeed]:
    """The feeds of an OPML document, folders flattened, duplicates (by URL) dropped."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"the file is larger than {MAX_OPML_BYTES // 1_000_000} MB")
    try:
        # defusedxml refuses entity declarations (billion laughs) and external references
        root = SafeET.fromstring(data)
    except DefusedXmlException as exc:
        kind = type(exc).__name__.removesuffix("Forbidden").lower()  # entities, dtd, external
        raise OpmlError(
            f"refused: the file declares XML {kind} (a known way to attack XML readers); "
            "remove its <!DOCTYPE ...> part and try again"
        ) from None
    except ET.ParseError as exc:
        raise OpmlError(f"not well-formed XML: {exc}") from None
    except (ValueError, LookupError, RecursionError, MemoryError) as exc:  # odd encodings
        raise OpmlError(f"cannot read the file: {type(exc).__name__}: {exc}"[:300]) from None
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise OpmlError("not an OPML file: the root must be <opml> with a <body>")
    feeds: dict[str, OpmlFeed] = {}
    _collect(body, None, feeds)
    if len(feeds) > MAX_FEEDS:
        raise OpmlError(f"{len(feeds)} feeds; at most {MAX_FEEDS} are imported at once")
    return list(feeds.values())


def _collect(body: ET.Element, category: str | None, feeds: dict[str, OpmlFeed]) -> None:
    # depth first in document order, over a stack rather than by recursion: a file can nest
    # thousands of folders
    stack: list[tuple[Iterator[ET.Element], str | None]] = [
        (iter(body.findall("outline")), category)
    ]
    while stack:
        outlines, category = stack[-1]
        outline = next(outlines, None)
        if outline is None:
            stack.pop()
            continue
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        title = _text(outline.get("title") or outline.get("text"))
        if not url:  # a folder
            if len(stack) > MAX_DEPTH:
                raise OpmlError(f"folders nest more than {MAX_DEPTH} deep: not a reader's export")
            stack.append((iter(outline.findall("outline")), title or category))
        elif url not in feeds:
            site = (outline.get("htmlUrl") or "").strip() or None
            feeds[url] = OpmlFeed((title or url)[:200], url, category, site)


def _text(value: str | None) -> str:
    return " ".join((value or "").split())


def write_opml(feeds: list[OpmlFeed], title: str, now: datetime) -> bytes:
    """An OPML 2.0 document with one outline per feed, grouped in folders by category."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now)
    ET.SubElement(head, "docs").text = "https://opml.org/spec2.opml"
    body = ET.SubElement(root, "body")
    folders: dict[str, ET.Element] = {}
    for feed in feeds:
        parent = body
        if feed.category:
            if feed.category not in folders:
                folders[feed.category] = ET.SubElement(
                    body, "outline", text=feed.category, title=feed.category
                )
            parent = folders[feed.category]
        attributes = {"type": "rss", "text": feed.title, "title": feed.title, "xmlUrl": feed.url}
        if feed.site_url:
            attributes["htmlUrl"] = feed.site_url
        ET.SubElement(parent, "outline", attributes)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"
