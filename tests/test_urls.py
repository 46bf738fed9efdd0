"""Canonical URLs: the same article with different tracking parameters is one URL."""

from __future__ import annotations

import pytest

from jobs.ingest.urls import canonical_url, site_host, youtube_video_id


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
