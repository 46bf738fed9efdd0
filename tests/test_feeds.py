"""Parsing feed bytes: every feed kind, hostile XML, HTML pages and malformed feeds."""

from __future__ import annotations

import html
import pickle
import random
import re
import tracemalloc
from pathlib import Path

import pytest

from jobs.ingest.parse import FeedEntry, FeedParseError, _clean, parse_feed
from jobs.language.markup import strip_invisible, strip_tags

FEEDS = Path(__file__).parent / "data" / "feeds"
URL = "https://feeds.example/feed.xml"


def load(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


@pytest.mark.parametrize(
    "name,count", [("rss2.xml", 3), ("atom.xml", 2), ("rss1.xml", 2), ("youtube.xml", 2)]
)
def test_every_kind_parses(name: str, count: int) -> None:
    feed = parse_feed(load(name), {"content-type": "application/xml"}, URL)
    assert len(feed.entries) == count and feed.problem is None
    assert all(e.key and e.title for e in feed.entries)


def test_rss2_keys_dates_and_plain_text() -> None:
    first, second, third = parse_feed(load("rss2.xml"), {}, URL).entries
    assert first.key == "fw-1001" and first.author == "Ada Writer"
    assert first.summary.startswith("The former OpenAI superalignment co-lead")  # no tags
    assert first.published_at is not None and first.published_at.tzinfo is not None
    assert first.canonical == "https://frontierwire.example/2024/05/leike-anthropic"
    assert second.key == "fw-1002"  # the repeated GUID is kept once
    assert third.key.startswith("sha1:")  # neither guid nor link: a hash of title and date
    assert third.key == parse_feed(load("rss2.xml"), {}, URL).entries[2].key


def test_atom_relative_links_resolve_against_the_feed_url() -> None:
    ssi = parse_feed(load("atom.xml"), {}, URL).entries[0]
    assert ssi.url == "https://feeds.example/posts/ssi?fbclid=abc"
    assert ssi.canonical == "https://feeds.example/posts/ssi"


def test_youtube_keeps_video_channel_and_description() -> None:
    video = parse_feed(load("youtube.xml"), {}, URL).entries[0]
    assert video.video_id == "edhOP4nzY-w"
    assert video.channel_id == "UCvKRFNawVcuz4b9ihUTApCg"
    assert video.channel_title == "David Shapiro"
    assert video.summary.startswith("Yan Lea has signed on with Anthropic")
    assert video.published_at is not None and video.published_at.day == 29  # not `updated`


def test_google_news_publisher_is_split_from_the_title() -> None:
    result = parse_feed(load("google_news.xml"), {}, URL).entries[0]
    assert result.title == "Jan Leike joins Anthropic to lead alignment team"
    assert result.publisher == "Frontier Wire"
    assert result.publisher_url == "https://www.frontierwire.example"


def test_hnrss_link_is_the_article_and_comments_are_separate() -> None:
    item = parse_feed(load("hnrss.xml"), {}, URL).entries[0]
    assert item.canonical == "https://frontierwire.example/2024/05/leike-anthropic"
    assert item.comments_url == "https://news.ycombinator.com/item?id=40500000"


def test_malformed_but_readable_keeps_entries() -> None:
    feed = parse_feed(load("malformed.xml"), {}, URL)
    assert [e.title for e in feed.entries][1] == "Second item survives"
    assert feed.problem and "not well-formed" in feed.problem


@pytest.mark.parametrize(
    "body,message",
    [
        (b"", "empty body"),
        (b"   \n", "empty body"),
        (None, "HTML page"),
        (b"just some text", "not a feed"),
    ],
)
def test_not_a_feed(body: bytes | None, message: str) -> None:
    with pytest.raises(FeedParseError, match=message):
        parse_feed(load("page.html") if body is None else body, {}, URL)


LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<rss version="2.0"><channel><title>&d;</title><item><title>&d;</title></item></channel></rss>"""


def big_entity_feed() -> bytes:
    # one 40 KB entity referenced many times: expat refuses, the loose parser would expand it
    refs = b"&big;" * 2500
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY big "' + b"x" * 40_000 + b'">]>\n'
        b'<rss version="2.0"><channel><title>t</title><item><title>i</title><description>'
        + refs
        + b"</description></item></channel></rss>"
    )


@pytest.mark.parametrize("body", [LAUGHS, big_entity_feed(), LAUGHS.decode().encode("utf-16")])
def test_entity_declarations_are_refused_without_expanding(body: bytes) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(FeedParseError, match="entit"):
            parse_feed(body, {}, URL)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000


def test_a_plain_doctype_is_harmless() -> None:
    body = load("rss2.xml").replace(
        b"<rss ", b'<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x.dtd">\n<rss ', 1
    )
    assert len(parse_feed(body, {}, URL).entries) == 3


def test_plain_text_takes_the_short_way_only_where_the_regexes_change_nothing() -> None:
    """_clean returns plain ASCII text without its two substitutions: the same text as with."""
    rng = random.Random("clean")
    pieces = ["a", "Z", " ", "  ", "\t", "\n", "\x00", "\x1f", "\x7f", "\x85", "\xa0", "\u200b",
              "\u00e9", "<b>", ">", "&", "&amp;", "&#9;", "&nbsp;", "&#x85;", "&#8203;"]  # fmt: skip
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        stripped = strip_tags(text) if "<" in text else text
        expected = re.sub(r"\s+", " ", strip_invisible(html.unescape(stripped))).strip()
        assert _clean(text) == expected, repr(text)
    assert _clean(None) == _clean(7) == _clean("") == ""


def test_a_parsed_feed_pickles_to_itself() -> None:
    """Its entries travel from the parse worker as plain tuples and come back as FeedEntry."""
    for name in ("rss2.xml", "atom.xml", "youtube.xml"):
        feed = parse_feed(load(name), {}, URL)
        back = pickle.loads(pickle.dumps(feed))
        assert back == feed and all(type(e) is FeedEntry for e in back.entries)
