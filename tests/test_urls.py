"""Canonical URLs: the same article with different tracking parameters is one URL."""

from __future__ import annotations

import random
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

from jobs.ingest.urls import canonical_url, host_and_port, is_tracking, site_host, youtube_video_id


@pytest.mark.parametrize(
    "given,expected",
    [
        (
            "HTTPS://Example.COM:443/a/b?utm_source=rss&b=2&a=1&fbclid=z#comments",
            "https://example.com/a/b?a=1&b=2",
        ),
        ("https://example.com/a?gclid=1&ref=hn&mc_cid=2&mc_eid=3", "https://example.com/a"),
        ("http://example.com", "http://example.com/"),
        ("http://example.com:8080/x?id=5", "http://example.com:8080/x?id=5"),
        ("https://youtu.be/edhOP4nzY-w?t=4", "https://www.youtube.com/watch?v=edhOP4nzY-w"),
        (
            "https://m.youtube.com/watch?v=edhOP4nzY-w&feature=share",
            "https://www.youtube.com/watch?v=edhOP4nzY-w",
        ),
        ("not a url", "not a url"),
    ],
)
def test_canonical_url(given: str, expected: str) -> None:
    assert canonical_url(given) == expected


def test_tracking_variants_are_one_url() -> None:
    a = canonical_url("https://news.example/story?utm_source=twitter&utm_medium=social")
    b = canonical_url("https://NEWS.example/story?fbclid=abc#top")
    assert a == b == "https://news.example/story"


def test_video_ids_and_hosts() -> None:
    assert youtube_video_id("https://www.youtube.com/shorts/edhOP4nzY-w") == "edhOP4nzY-w"
    assert youtube_video_id("https://example.com/watch?v=edhOP4nzY-w") is None
    assert youtube_video_id("https://notyoutube.com/watch?v=edhOP4nzY-w") is None
    assert youtube_video_id("https://evil-youtube-nocookie.com/embed/edhOP4nzY-w") is None
    assert youtube_video_id("https://m.youtube.com/watch?v=edhOP4nzY-w") == "edhOP4nzY-w"
    assert youtube_video_id("https://www.youtube-nocookie.com/embed/edhOP4nzY-w") == "edhOP4nzY-w"
    assert youtube_video_id(" HTTPS://YouTu.Be/edhOP4nzY-w ") == "edhOP4nzY-w"  # any case
    assert youtube_video_id("https://WWW.YOUTUBE.COM/watch?v=edhOP4nzY-w") == "edhOP4nzY-w"
    assert canonical_url("https://YOUTU.BE/edhOP4nzY-w?t=3") == (
        "https://www.youtube.com/watch?v=edhOP4nzY-w"
    )
    assert site_host("https://www.Reuters.com/x") == "reuters.com"


def spelled_out(url: str) -> str:
    """canonical_url as it was written before its netloc and query look-ups were memoized."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if not scheme or not host:
        return url
    video = youtube_video_id(url)
    if video:
        return f"https://www.youtube.com/watch?v={video}"
    if ":" in host:
        host = f"[{host}]"
    netloc = (
        host if port is None or port == {"http": 80, "https": 443}.get(scheme) else f"{host}:{port}"
    )
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(sorted(query)), ""))


def test_canonical_url_is_the_spelled_out_one() -> None:
    """The memoized look-ups (host_and_port, kept_query) change no result, nor which URLs are
    returned as they are (a bad port, every time: errors are not memoized)."""
    rng = random.Random("canonical")
    hosts = ["Ex.example", "ex.example.", "ex.example:443", "ex.example:8080", "ex.example:99999",
             "ex.example:x", "[::1]:80", "u:p@ex.example:81", "", "www.youtube.com", "youtu.be",
             "\u00c4x.example"]  # fmt: skip
    queries = ["", "?", "?utm_source=rss&utm_medium=feed", "?b=2&a=1&ref=x", "?v=edhOP4nzY-w",
               "?a&b=&=c", "?x=%20y+z&x=1", "?UTM_Campaign=q&keep=1"]  # fmt: skip
    for _ in range(3000):
        url = (
            f"{rng.choice(['https://', 'HTTP://', 'ftp://', '', '//'])}{rng.choice(hosts)}"
            f"{rng.choice(['', '/', '/a/b', '/watch', '/shorts/edhOP4nzY-w'])}"
            f"{rng.choice(queries)}{rng.choice(['', '#top'])}"
        )
        assert canonical_url(url) == spelled_out(url), url
    for _ in range(2):
        with pytest.raises(ValueError):
            host_and_port("ex.example:99999")
