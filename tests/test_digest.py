"""Building the digest: window, order, sources per outlet, events in words, the JSON contract."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from jobs.digest.assemble import (
    build_digest,
    digest_to_json,
    event_in_words,
    one_line,
    plain_text,
)
from jobs.language.events import Event
from jobs.watch.lists import Lab, Person, WatchLists
from storage.db import Database
from tests.digest_samples import T0, add_source, add_story, sample_stories

UNTIL = T0 + timedelta(days=1)
NOW = datetime(2025, 7, 9, 9, 0, 5, tzinfo=UTC)


def test_window_order_and_sources(database: Database) -> None:
    with database.transaction() as s:
        sample_stories(s)
        add_story(s, "s-old", "Old move", T0 - timedelta(seconds=1), person="X", action="join")
        add_story(s, "s-late", "Next day", UNTIL, person="Y", action="join")
    with database.session() as s:
        digest = build_digest(s, T0, UNTIL, None, NOW)
    assert [x.id for x in digest.stories] == ["s-ilya", "s-leike", "s-mention"]
    leike = digest.stories[1]
    # one link per outlet; the outlet's own URL wins over the Google News redirect
    assert [(x.source, x.url) for x in leike.sources] == [
        ("The Verge AI", "https://www.theverge.com/2025/7/8/leike-anthropic"),
        ("TechCrunch AI", "https://techcrunch.com/2025/07/08/leike-joins-anthropic/"),
    ]
    assert leike.summary == "The former superalignment co-lead will work on scalable oversight."
    assert [m.video_id for m in leike.moments] == ["edhOP4nzY-w"]


def test_same_url_and_redirects_collapse(database: Database) -> None:
    with database.transaction() as s:
        a, b = add_source(s, "A"), add_source(s, "News search", kind="google_news")
        add_story(
            s,
            "s1",
            "Move",
            T0 + timedelta(hours=1),
            person="P",
            action="join",
            reports=[
                (b, "https://news.google.com/rss/articles/X", "Wired"),
                (b, "https://www.wired.com/story/p-joins/", "Wired"),
                (a, "https://www.wired.com/story/p-joins/", None),
            ],
        )
    with database.session() as s:
        (story,) = build_digest(s, T0, UNTIL, None, NOW).stories
    assert [(x.source, x.url) for x in story.sources] == [
        ("Wired", "https://www.wired.com/story/p-joins/")
    ]


def test_watch_list_orders_moves_and_filters_mentions(database: Database) -> None:
    with database.transaction() as s:
        add_story(
            s,
            "lab",
            "Lab move",
            T0 + timedelta(hours=3),
            person="Nobody",
            action="join",
            to_lab="xAI",
            people=["Nobody"],
        )
        add_story(
            s,
            "none",
            "Other move",
            T0 + timedelta(hours=4),
            person="Z",
            action="join",
            people=["Z"],
            labs=["Tiny Co"],
        )
        add_story(
            s,
            "watched",
            "Watched move",
            T0 + timedelta(hours=1),
            person="Jan Leike",
            action="join",
            to_lab="Anthropic",
        )
        add_story(
            s,
            "m-yes",
            "Mention",
            T0 + timedelta(hours=2),
            kind="mention",
            keywords=["superalignment"],
        )
        add_story(
            s,
            "m-no",
            "Other mention",
            T0 + timedelta(hours=2),
            kind="mention",
            people=["Someone Else"],
        )
    watch = WatchLists(
        people=(Person("Jan Leike", ("Leike",)),),
        keywords=("Superalignment",),
        labs=(Lab("xAI"), Lab("Anthropic")),
    )
    with database.session() as s:
        digest = build_digest(s, T0, UNTIL, watch, NOW)
    assert [x.id for x in digest.stories] == ["watched", "lab", "none", "m-yes"]


def test_events_in_words() -> None:
    assert (
        event_in_words(Event("Jan Leike", "join", "OpenAI", "Anthropic"))
        == "Jan Leike: OpenAI → Anthropic"
    )
    assert (
        event_in_words(Event("Ilya Sutskever", "leave", "OpenAI", None))
        == "Ilya Sutskever leaves OpenAI"
    )
    assert (
        event_in_words(Event("Mira Murati", "found", None, "Thinking Machines"))
        == "Mira Murati founds Thinking Machines"
    )
    assert event_in_words(Event(None, "poach", "Google", "Meta")) == "Someone: Google → Meta"
    assert event_in_words(Event("A B", "poach", None, "Meta")) == "Meta poaches A B"
    assert event_in_words(Event("A B", "fired", "OpenAI", None)) == "A B is fired from OpenAI"
    assert event_in_words(Event("A B", "leave", None, None)) == "A B leaves"


def test_plain_text_and_one_line() -> None:
    assert plain_text("<p>Fish &amp; <b>chips</b></p>&lt;script&gt;") == "Fish & chips"
    assert one_line("First one. Second one.") == "First one."
    long = "word " * 100
    assert len(one_line(long, 50)) <= 50 and one_line(long, 50).endswith("…")


def test_json_matches_the_contract(database: Database) -> None:
    with database.transaction() as s:
        sample_stories(s)
    with database.session() as s:
        data = digest_to_json(build_digest(s, T0, UNTIL, None, NOW))
    assert data["generated_at"] == "2025-07-09T09:00:05Z"
    assert (data["since"], data["until"]) == ("2025-07-08T09:00:00Z", "2025-07-09T09:00:00Z")
    leike = data["stories"][1]
    assert set(leike) == {
        "id",
        "kind",
        "title",
        "summary",
        "event",
        "people",
        "labs",
        "keywords",
        "published",
        "sources",
        "moments",
    }
    assert leike["event"] == {
        "person": "Jan Leike",
        "action": "join",
        "from": "OpenAI",
        "to": "Anthropic",
    }
    assert leike["published"] == "2025-07-08T15:30:00Z"
    assert set(leike["sources"][0]) == {"title", "url", "source", "published"}
    assert leike["moments"][0] == {
        "video_id": "edhOP4nzY-w",
        "video_title": "Jan Leike Joins Anthropic!",
        "start": 5.6,
        "url": "https://www.youtube.com/watch?v=edhOP4nzY-w&t=5s",
        "text": "that Yan Lea has um signed on with",
    }
    assert data["stories"][2]["kind"] == "mention" and data["stories"][2]["event"] is None


def test_empty_window(database: Database) -> None:
    with database.session() as s:
        digest = build_digest(s, T0, UNTIL, None, NOW)
    assert digest.stories == () and digest_to_json(digest)["stories"] == []


def test_json_lists_every_source_and_text_one_per_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tmp_path / "lw.db"}"\n')
    assert main(["db", "upgrade", "--config", str(config)]) == 0
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    first, follow_up = "https://www.wired.com/story/p-joins/", "https://www.wired.com/story/p-why/"
    with db.transaction() as s:
        a, b = add_source(s, "A"), add_source(s, "B")
        search = add_source(s, "News search", kind="google_news")
        add_story(
            s,
            "s1",
            "Pat Doe joins Cohere",
            T0 + timedelta(hours=1),
            person="Pat Doe",
            action="join",
            to_lab="Cohere",
            reports=[
                (a, first, None),
                (a, follow_up, None),  # a second article of the same outlet
                (b, first, None),  # the same URL from another feed
                (search, "https://news.google.com/rss/articles/W", "Wired"),  # the same article
                (search, "https://news.google.com/rss/articles/R", "Reuters"),
            ],
        )
    db.dispose()
    window = ["--since", T0.isoformat(), "--until", UNTIL.isoformat(), "--config", str(config)]
    capsys.readouterr()
    assert main(["digest", *window, "--format", "json"]) == 0
    (story,) = json.loads(capsys.readouterr().out)["stories"]
    urls = [x["url"] for x in story["sources"]]
    assert sorted(urls) == sorted([first, follow_up, "https://news.google.com/rss/articles/R"])
    assert main(["digest", *window, "--format", "markdown"]) == 0
    text = capsys.readouterr().out
    assert follow_up not in text  # one link per outlet: Wired's first article only
    assert [line for line in text.splitlines() if line.startswith("- [")] == [
        f"- [A]({first})",
        "- [Reuters](https://news.google.com/rss/articles/R)",
    ]


def test_json_carries_no_bidi_overrides_or_control_characters(database: Database) -> None:
    with database.transaction() as s:
        src = add_source(s, "Outlet\u202e")
        title = "Jan Leike\u200b joins \u202eAnthropic\u2066x\u2069\x7f"
        add_story(s, "s1", title, T0 + timedelta(hours=1), summary="a\u202eb", reports=[(src, "https://o.example/1", None)])  # fmt: skip
    with database.session() as s:
        data = digest_to_json(build_digest(s, T0, UNTIL, None, NOW))
    story = data["stories"][0]
    assert story["title"] == "Jan Leike joins Anthropicx" and story["summary"] == "ab"
    assert story["sources"][0]["source"] == "Outlet"
