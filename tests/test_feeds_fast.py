"""The ElementTree fast path gives exactly feedparser's values, or declines.

Every sample feed and a few thousand generated variants (markup, CDATA, entities, dates,
relative links, authors, several links, encodings) go through both paths.
"""

from __future__ import annotations

import email.utils
import random
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import pytest

from jobs.ingest.parse import FeedParseError, ParsedFeed, defuse, parse_fast, parse_feed, parse_slow
from jobs.ingest.parse_fast import Decline
from jobs.ingest.parse_fast import parse_date as fast_date

FEEDS = Path(__file__).parent / "data" / "feeds"
URL = "https://news.example/feeds/main.xml"
WELL_FORMED = ["rss2.xml", "rss1.xml", "atom.xml", "youtube.xml", "google_news.xml", "hnrss.xml"]

TITLES = [
    "Plain title", "A &amp; B &lt;b&gt;bold&lt;/b&gt;", "<![CDATA[<b>Bold</b> & co]]>",
    "Caf\u00e9 \u2014 \u201cquoted\u201d", "  spaced \n  out  ", "", "Story - Frontier Wire",
    "&#8217;s &#150; dash", "Ca\u00c3\u00a9 mojibake", "x &amp;amp; y",
]  # fmt: skip
LINKS = [
    "https://ex.example/a?utm_source=x&amp;b=1", "/relative/path", "relative.html",
    "  https://ex.example/spaced  ", "", "https://ex.example/a?x=1&amp;amp;y=2",
    "//cdn.example/x", "https://ex.example/?a=1&amp;b;=2", "https://EX.example:443/A#frag", "javascript:alert(1)",
]  # fmt: skip
DATES = [
    "Tue, 28 May 2024 17:05:00 GMT", "Tue, 28 May 2024 17:05:00 +0000",
    "Tue, 28 May 2024 17:05:00 -0800", "28 May 2024 17:05:00 +0530", "Tue, 8 May 2024 07:05 GMT",
    "Tue, 28 May 2024 17:05:00 EST", "Tue, 28 May 2024 17:05:00 UTC", "2024-05-28T17:05:00Z",
    "2024-05-28T17:05:00+02:00", "2024-05-28T17:05:00.123456-04:30", "2024-05-28", "yesterday",
    "Tue, 28 May 24 17:05:00 GMT", "  Tue, 28 May 2024 17:05:00 GMT  ", "",
    "Mon, 31 Dec 2029 23:59:59 -1200",
    # read from the pattern's groups (parse_fast.rfc822_time): each like email.utils or declined
    "Tue, 28 May 2024 17:05:00 -0000", "Fri, 31 Feb 2024 17:05:00 GMT", "28 May 2024 24:05 UT",
    "Tue, 28 May 2024 17:05:60 GMT", "Tue, 28 May 0999 17:05:00 GMT", "sun,\t28 May 2024 17:05:00 +0099",
    "28 May 2024 17:05:00 +2400", "28 May 2024 17:05:00 -2359", "Fri, 31 Dec 9999 23:05:00 -0100",
]  # fmt: skip
SUMMARIES = [
    "&lt;p&gt;Escaped &lt;a href=&quot;/x&quot;&gt;html&lt;/a&gt; &amp;amp; more&lt;/p&gt;",
    "<![CDATA[<p>CDATA <b>html</b> &amp; text</p>]]>", "Plain words.", "",
    "Line one\n\n   line two &#8230;", "Tags &lt;script&gt;alert(1)&lt;/script&gt; gone",
]  # fmt: skip
AUTHORS = ["Ada Writer", "ada@ex.example (Ada Writer)", "  Bob  ", ""]
# what the fast path declines on purpose: a generator in "wild" mode mixes these in
ODD_DATES = {
    "Tue, 28 May 2024 17:05:00 EST",
    "2024-05-28",
    "yesterday",
    "Tue, 28 May 24 17:05:00 GMT",
    "Tue, 28 May 2024 17:05:00 -0000",
    "Fri, 31 Feb 2024 17:05:00 GMT",
    "28 May 2024 24:05 UT",
    "Tue, 28 May 2024 17:05:60 GMT",
    "Tue, 28 May 0999 17:05:00 GMT",
    "28 May 2024 17:05:00 +2400",
    "Fri, 31 Dec 9999 23:05:00 -0100",
}


def both(body: bytes, headers: dict[str, str]) -> tuple[ParsedFeed | None, object]:
    """(fast result or None, feedparser's ParsedFeed or the FeedParseError it raised)."""
    body = defuse(body)
    fast = parse_fast(body, headers, URL)
    try:
        slow: object = parse_slow(body, headers, URL)
    except FeedParseError as exc:
        slow = exc
    return fast, slow


def assert_same(body: bytes, headers: dict[str, str] | None = None) -> bool:
    """The fast path agrees with feedparser or declines; True when it did not decline."""
    fast, slow = both(body, headers or {"content-type": "application/xml"})
    if fast is None:
        return False
    assert isinstance(slow, ParsedFeed), f"feedparser refused what the fast path read: {slow}"
    assert fast.title == slow.title and fast.link == slow.link
    assert len(fast.entries) == len(slow.entries)
    for mine, theirs in zip(fast.entries, slow.entries, strict=True):
        assert mine == theirs, body.decode("utf-8", "replace")
    assert slow.problem is None
    return True


@pytest.mark.parametrize("name", sorted(p.name for p in FEEDS.iterdir()))
def test_samples_agree(name: str) -> None:
    body = (FEEDS / name).read_bytes()
    took = assert_same(body)
    assert took == (name in WELL_FORMED)  # the well-formed samples really take the fast path


def test_parse_feed_still_reports_malformed_feeds() -> None:
    parsed = parse_feed((FEEDS / "malformed.xml").read_bytes(), {}, URL)
    assert parsed.problem and len(parsed.entries) == 2


def date(rng: random.Random, wild: bool) -> str:
    return rng.choice([d for d in DATES if wild or d not in ODD_DATES])


def extras(rng: random.Random, fine: list[str], odd: list[str], wild: bool) -> list[str]:
    """A few extra elements; outside "wild" mode only ones the fast path reads."""
    return rng.sample(fine + odd if wild else fine, k=rng.randint(0, 3))


def rss_item(rng: random.Random, wild: bool) -> str:
    parts = [f"<title>{rng.choice(TITLES)}</title>"]
    if rng.random() < 0.8:
        parts.append(f"<link>{rng.choice(LINKS)}</link>")
    if rng.random() < 0.7:
        attr = rng.choice(
            ["", ' isPermaLink="false"', ' isPermaLink="true"', ' isPermaLink="True"']
        )
        guid = rng.choice(["id-1", "https://ex.example/g/1", "", "tag:ex.example,2024:1", "/p/9"])
        parts.append(f"<guid{attr}>{guid}</guid>")
    if rng.random() < 0.8:
        parts.append(f"<pubDate>{date(rng, wild)}</pubDate>")
    if rng.random() < 0.3:
        parts.append(f"<dc:date>{date(rng, wild)}</dc:date>")
    if rng.random() < 0.8:
        parts.append(f"<description>{rng.choice(SUMMARIES)}</description>")
    if rng.random() < 0.3:
        parts.append(f"<content:encoded>{rng.choice(SUMMARIES)}</content:encoded>")
    if rng.random() < 0.4:
        parts.append(f"<dc:creator>{rng.choice(AUTHORS)}</dc:creator>")
    elif rng.random() < 0.3:
        parts.append(f"<author>{rng.choice(AUTHORS)}</author>")
    parts += extras(rng, EXTRAS_RSS, ODD_RSS, wild)
    rng.shuffle(parts)
    return "<item>" + "".join(parts) + "</item>"


EXTRAS_RSS = [
    '<enclosure url="https://ex.example/a.mp3" length="1" type="audio/mpeg"/>',
    "<category>AI</category>", "<category domain='x'>Labs</category>",
    "<comments>/comments/1</comments>", '<source url="https://outlet.example">Outlet</source>',
    '<media:thumbnail url="https://ex.example/t.jpg"/>', "<slash:comments>4</slash:comments>",
    "<x:thing>unknown namespace</x:thing>", "<yt:videoId>dQw4w9WgXcQ</yt:videoId>",
]  # fmt: skip
ODD_RSS = [
    '<atom:link rel="related" href="/r"/>', "<title>second title</title>",
    "<media:title>media title</media:title>", "<description>second description</description>",
    "<link>/second-link</link>", "<itunes:summary>podcast</itunes:summary>",
    "<foo><title>nested</title></foo>", "<guid>dup-guid</guid>",
]  # fmt: skip
RSS_NS = (
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/'
    'content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/'
    'Atom" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:x="urn:x" xmlns:itunes='
    '"http://www.itunes.com/DTDs/PodCast-1.0.dtd" xmlns:yt="http://www.youtube.com/xml/schemas/2015"'
)


def rss_feed(rng: random.Random, wild: bool) -> str:
    head = [f"<title>{rng.choice(TITLES)}</title>", f"<link>{rng.choice(LINKS)}</link>"]
    head += rng.sample(
        [
            "<description>d</description>", '<atom:link rel="self" href="/feed.xml"/>',
            "<image><url>/i.png</url><title>Image title</title><link>/</link></image>",
            '<atom:link rel="hub" href="https://hub.example/"/>', "<language>en</language>",
            "<lastBuildDate>Tue, 28 May 2024 17:05:00 GMT</lastBuildDate>",
            '<atom:link rel="alternate" href="/html"/>', "<dc:title>dc title</dc:title>",
        ],
        k=rng.randint(0, 4),
    )  # fmt: skip
    items = "".join(rss_item(rng, wild) for _ in range(rng.randint(0, 5)))
    return f'<rss version="2.0" {RSS_NS}><channel>{"".join(head)}{items}</channel></rss>'


def atom_entry(rng: random.Random, wild: bool) -> str:
    kind = rng.choice(["", ' type="text"', ' type="html"'] + ([' type="xhtml"'] if wild else []))
    title = (
        rng.choice(TITLES)
        if "xhtml" not in kind
        else '<div xmlns="http://www.w3.org/1999/xhtml">x</div>'
    )
    parts = [f"<title{kind}>{title}</title>"]
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        rel = rng.choice(
            ["", ' rel="alternate"', ' rel="self"', ' rel="related"', ' rel="enclosure"']
        )
        kind_attr = rng.choice(["", "", ' type="text/html"', ' type="application/pdf"'])
        hrefs = [h for h in LINKS if wild or (h and h == h.strip())]  # empty, spaced: declined
        href = rng.choice(hrefs).replace("&amp;amp;", "&amp;")
        parts.append(f'<link{rel}{kind_attr} href="{href}"/>')
    if rng.random() < 0.8:
        parts.append(
            f"<id>{rng.choice(['tag:ex.example,2024:1', 'urn:uuid:1', '/rel/id', ''])}</id>"
        )
    if rng.random() < 0.7:
        parts.append(f"<published>{date(rng, wild)}</published>")
    if rng.random() < 0.7:
        parts.append(f"<updated>{date(rng, wild)}</updated>")
    if rng.random() < 0.5:
        who = rng.choice(["<name>Ada</name>", "<name>Ada</name><email>a@ex.example</email>",
                          "<email>a@ex.example</email>", "<name> Ada W </name><uri>/ada</uri>"])  # fmt: skip
        parts.append(f"<author>{who}</author>")
    for tag in rng.sample(["summary", "content"], k=rng.randint(0, 2)):
        kind = rng.choice(["", ' type="text"', ' type="html"', ' type="text/html"'])
        parts.append(f"<{tag}{kind}>{rng.choice(SUMMARIES)}</{tag}>")
    parts += extras(rng, EXTRAS_ATOM, ODD_ATOM, wild)
    rng.shuffle(parts)
    return "<entry>" + "".join(parts) + "</entry>"


EXTRAS_ATOM = [
    '<category term="ai"/>', "<yt:videoId>dQw4w9WgXcQ</yt:videoId>",
    "<yt:channelId>UCabc</yt:channelId>", "<dc:creator>Dee</dc:creator>",
    "<media:group><media:title>MT</media:title><media:description>MD &amp; more"
    "</media:description><media:thumbnail url='https://i.example/t.jpg'/></media:group>",
    "<rights>(c)</rights>", '<x:thing a="1">unknown</x:thing>',
]  # fmt: skip
ODD_ATOM = ["<source><title>elsewhere</title></source>", "<title>second</title>"]


def atom_feed(rng: random.Random, wild: bool) -> str:
    head = [f"<title>{rng.choice(TITLES)}</title>"]
    head += rng.sample(
        [
            '<link rel="self" href="/feed.atom"/>', '<link href="/"/>', "<id>tag:ex.example:f</id>",
            "<updated>2024-05-28T17:05:00Z</updated>", "<author><name>Site</name></author>",
            '<link rel="alternate" type="text/html" href="https://ex.example/home"/>',
            "<subtitle>sub</subtitle>", "<generator>gen</generator>", "<icon>/i.png</icon>",
        ],
        k=rng.randint(0, 5),
    )  # fmt: skip
    rng.shuffle(head)
    entries = "".join(atom_entry(rng, wild) for _ in range(rng.randint(0, 5)))
    return (
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:yt="http://www.youtube.com/xml/schemas/2015"'
        ' xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f' xmlns:x="urn:x">{"".join(head)}{entries}</feed>'
    )


def rdf_feed(rng: random.Random, wild: bool) -> str:
    items = []
    for n in range(rng.randint(0, 4)):
        parts = [f"<title>{rng.choice(TITLES)}</title>", f"<link>{rng.choice(LINKS)}</link>"]
        if rng.random() < 0.7:
            parts.append(f"<dc:date>{date(rng, wild)}</dc:date>")
        if rng.random() < 0.6:
            parts.append(f"<description>{rng.choice(SUMMARIES)}</description>")
        about = rng.choice([f' rdf:about="https://ex.example/{n}"', f' rdf:about="/{n}"', ""])
        items.append(f"<item{about}>{''.join(parts)}</item>")
    return (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/'
        'rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://ex.'
        f'example/"><title>{rng.choice(TITLES)}</title><link>{rng.choice(LINKS)}</link>'
        f"<description>d</description></channel>{''.join(items)}</rdf:RDF>"
    )


def encoded(rng: random.Random, text: str) -> tuple[bytes, dict[str, str]]:
    """The document in one of several encodings, declared and sent in different ways."""
    choice = rng.randrange(7)
    if choice == 0:
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n{text}').encode(), {}
    if choice == 1:
        body = f'<?xml version="1.0" encoding="ISO-8859-1"?>{text}'
        return body.encode("iso-8859-1", "xmlcharrefreplace"), {"content-type": "text/xml"}
    if choice == 2:
        body = f'<?xml version="1.0" encoding="windows-1252"?>{text}'
        return body.encode("cp1252", "xmlcharrefreplace"), {"content-type": "application/rss+xml"}
    if choice == 3:
        return (f'<?xml version="1.0" encoding="UTF-16"?>{text}').encode("utf-16"), {}
    if choice == 4:  # the HTTP charset wins over the declaration for application/*+xml
        cp1252 = f'<?xml version="1.0" encoding="UTF-8"?>{text}'.encode(
            "cp1252", "xmlcharrefreplace"
        )
        return cp1252, {"content-type": "application/atom+xml; charset=windows-1252"}
    if choice == 5:
        return text.encode(), {"content-type": "text/html; charset=utf-8"}
    return ("\ufeff" + text).encode(), {"content-type": "application/xml"}


@pytest.mark.parametrize("wild", [False, True])
@pytest.mark.parametrize("make", [rss_feed, atom_feed, rdf_feed])
def test_generated_feeds_agree(make: Callable[[random.Random, bool], str], wild: bool) -> None:
    rng = random.Random(f"fast-{make.__name__}-{wild}")
    taken = 0
    runs = 300
    for _ in range(runs):
        body, headers = encoded(rng, make(rng, wild))
        taken += assert_same(body, headers)
    # without the odd parts most variants take the fast path (it is not declining everything)
    assert taken > (runs // 20 if wild else runs // 2), taken


def test_declines_on_what_it_does_not_read_like_feedparser() -> None:
    doc = '<rss version="2.0"><channel><title>t</title><item><title>x</title>{}</item></channel></rss>'
    for extra in [
        "<pubDate>yesterday</pubDate>",  # a date only feedparser's many parsers might read
        "<title>twice</title>",
        "<description><b>markup</b> inside</description>",
        '<guid isPermaLink="false" extra="1">g</guid>',
    ]:
        body = defuse(doc.format(extra).encode())
        assert parse_fast(body, {}, URL) is None
    assert (
        parse_fast(b'<feed xml:base="/x/" xmlns="http://www.w3.org/2005/Atom"/>', {}, URL) is None
    )
    # and what it does read, it reads
    assert parse_fast(defuse(doc.format("").encode()), {}, URL) is not None


def test_rfc822_dates_read_as_email_utils_reads_them() -> None:
    """parse_fast.rfc822_time gives email.utils.parsedate_to_datetime's datetime (what the fast
    path used before), or declines where that gave an error or a naive time."""
    rng = random.Random("rfc822")
    for _ in range(3000):
        day = rng.choice(["", "Tue, ", "tue,  ", "SUN,\t"])
        when = (
            f"{day}{rng.choice(['1', '09', '28', '29', '31', '32'])}"
            f" {rng.choice(['Jan', 'Feb', 'Jun', 'Dec'])} {rng.choice(['2024', '1900', '0999', '9999'])}"
            f" {rng.choice(['00', '17', '23', '24'])}:{rng.choice(['00', '59', '60'])}"
            f"{rng.choice(['', ':00', ':59', ':60'])}"
            f" {rng.choice(['GMT', 'UT', 'UTC', '+0000', '-0000', '+0530', '-1200', '+0099', '+2400'])}"
        )
        expected: tuple[int, ...] | None = None
        try:
            read = email.utils.parsedate_to_datetime(when)
            if int(when.split()[-3]) >= 1000 and read.tzinfo is not None:
                expected = read.astimezone(UTC).timetuple()[:6]
        except (ValueError, OverflowError):
            expected = None
        try:
            got = fast_date(when)
        except (Decline, ValueError, OverflowError):
            got = None
        assert got == expected, when
