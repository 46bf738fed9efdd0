"""Caption files: rolling auto-caption WebVTT, SRT and JSON of the same captions agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobs.video.captions import CaptionError, Segment, clean_line, parse_captions, parse_timestamp

DATA = Path(__file__).parent / "data"
CAPTIONS = DATA / "captions"


def load(name: str) -> list[Segment]:
    path = CAPTIONS / name
    return parse_captions(path.read_bytes(), path.suffix)


def test_rolling_vtt_srt_and_json_give_the_same_segments() -> None:
    rolling, srt, raw = (
        load("edhOP4nzY-w.en.vtt"),
        load("edhOP4nzY-w.srt"),
        load("edhOP4nzY-w.json"),
    )
    plain = parse_captions((DATA / "edhOP4nzY-w.en.vtt").read_bytes(), ".vtt")
    assert len(rolling) == 334
    assert rolling == srt == raw == plain


def test_rolling_vtt_lines_appear_once_with_their_first_start() -> None:
    segments = load("edhOP4nzY-w.en.vtt")
    texts = [s.text for s in segments]
    assert texts[:3] == [
        "all right so I just got a really uh",
        "interesting piece of news and that is",
        "that Yan Lea has um signed on with",
    ]
    assert [s.start for s in segments[:3]] == [0.4, 3.0, 5.6]
    assert all("<" not in t and "&amp;" not in t for t in texts)
    assert all(a.text != b.text for a, b in zip(segments, segments[1:], strict=False))
    # a segment lasts until the next one starts
    assert segments[0].duration == pytest.approx(2.6)


def test_youtube_style_rolling_cue_block() -> None:
    vtt = (
        "WEBVTT\nKind: captions\nLanguage: en\n\n"
        "00:00:00.030 --> 00:00:02.270 align:start position:0%\n \n"
        "hey<00:00:00.359><c> guys</c><00:00:01.000><c> &amp;</c><00:00:01.2><c> gals</c>\n\n"
        "00:00:02.270 --> 00:00:02.280 align:start position:0%\nhey guys & gals\n \n\n"
        "00:00:02.280 --> 00:00:05.000 align:start position:0%\nhey guys & gals\n"
        "welcome<00:00:02.500><c> back</c>\n\n"
        "00:00:05.000 --> 00:00:05.010 align:start position:0%\nwelcome back\n \n\n"
        "00:00:05.010 --> 00:00:06.000 align:start position:0%\n[Music]\n"
    )
    segments = parse_captions(vtt, ".vtt")
    assert segments == [
        Segment(0.03, 2.25, "hey guys & gals"),
        Segment(2.28, 2.73, "welcome back"),
    ]


def test_srt_with_numbers_and_crlf() -> None:
    srt = "1\r\n00:00:01,000 --> 00:00:02,500\r\nhello\r\nthere\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nagain\r\n"
    assert parse_captions(srt.encode(), ".srt") == [
        Segment(1.0, 2.0, "hello there"),
        Segment(3.0, 1.0, "again"),
    ]


def test_bad_files_raise_caption_error() -> None:
    with pytest.raises(CaptionError):
        parse_captions(b"{not json", ".json")
    with pytest.raises(CaptionError):
        parse_captions(b'[{"text": "x"}]', ".json")
    with pytest.raises(CaptionError):
        parse_captions(b"just words", ".srt")
    with pytest.raises(CaptionError):
        parse_captions(b"", ".txt")


def test_helpers() -> None:
    assert parse_timestamp("01:02:03.450") == pytest.approx(3723.45)
    assert parse_timestamp("02:03,5") == pytest.approx(123.5)
    assert clean_line(" <c.colorE5E5E5>so</c>  &gt; yes ") == "so > yes"


@pytest.mark.parametrize(
    "data,suffix",
    [
        (b"[" * 100_000 + b"]" * 100_000, ".json"),  # RecursionError before
        (b'[{"text": "x", "start": 1e999, "duration": 1}]', ".json"),  # an endless start
        (b'[{"text": "x", "start": 1, "duration": "nan"}]', ".json"),
    ],
)
def test_hostile_caption_files_are_one_caption_error(data: bytes, suffix: str) -> None:
    with pytest.raises(CaptionError):
        parse_captions(data, suffix)


def test_many_unclosed_tags_in_a_cue_are_cleaned_quickly() -> None:
    import time

    started = time.monotonic()
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhi " + "<" * 300_000 + "\n"
    [segment] = parse_captions(text, ".vtt")
    assert segment.text.startswith("hi <<<") and time.monotonic() - started < 5
