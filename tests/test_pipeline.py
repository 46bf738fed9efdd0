"""One whole pass, end to end: loopback feeds → entries → transcript → story → moment → digest."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import select

from bot.app import open_app, run_pass
from bot.config import Settings, parse_toml
from jobs import pipeline
from jobs.digest.assemble import build_digest, digest_to_json
from jobs.ingest.parse_pool import ParsePool
from jobs.language.classify import Analysis, classify
from jobs.pipeline import load_everyones_watch
from jobs.stories import stage
from jobs.stories.ahead import Ahead
from jobs.stories.stage import analyze_pending
from jobs.watch.lists import WatchLists, make_people
from storage.db import Database
from storage.entries import EntryRow, insert_entries
from storage.models import Entry, Source
from storage.sources import save_source
from tests.conftest import DATA
from tests.loopback import LoopbackServer, Reply

OUTLET_A = """<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet A</title>
<item><title>Jan Leike joins Anthropic after quitting OpenAI</title>
<link>https://a.example/leike?utm_source=rss</link><guid>a-1</guid>
<pubDate>Tue, 28 May 2024 17:05:00 GMT</pubDate>
<description>The former superalignment co-lead will work on scalable oversight.</description></item>
<item><title>Anthropic launches Claude 3.5 Sonnet</title>
<link>https://a.example/sonnet</link><guid>a-2</guid>
<pubDate>Thu, 20 Jun 2024 15:00:00 GMT</pubDate><description>A new model.</description></item>
</channel></rss>"""

OUTLET_B = """<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet B</title>
<item><title>Anthropic hires former OpenAI safety lead Jan Leike</title>
<link>https://b.example/2024/anthropic-leike</link><guid>b-1</guid>
<pubDate>Tue, 28 May 2024 20:30:00 GMT</pubDate>
<description>Leike resigned from OpenAI this month.</description></item>
</channel></rss>"""

CONFIG = """
[storage]
url = "sqlite:///{db}"
[http]
allow_private_networks = true
timeout = 5
[transcripts]
provider = "directory"
directory = "{captions}"
[watch]
people = [{{ name = "Jan Leike", aliases = ["Leike"] }}]
[[sources]]
name = "Outlet A"
url = "{a}"
[[sources]]
name = "Outlet B"
url = "{b}"
[[sources]]
name = "Shapiro"
url = "{yt}"
"""


def make_settings(tmp_path: Path, server: LoopbackServer) -> Settings:
    a = server.route(
        "/a.xml", Reply(200, OUTLET_A.encode(), {"content-type": "application/rss+xml"})
    )
    b = server.route(
        "/b.xml", Reply(200, OUTLET_B.encode(), {"content-type": "application/rss+xml"})
    )
    youtube = (DATA / "feeds" / "youtube.xml").read_bytes()
    yt = server.route("/yt.xml", Reply(200, youtube, {"content-type": "application/atom+xml"}))
    text = CONFIG.format(db=tmp_path / "lw.db", captions=DATA / "captions", a=a, b=b, yt=yt)
    path = tmp_path / "config.toml"
    path.write_text(text)
    return Settings(parse_toml(text, path), path, tmp_path, is_default=False)


async def test_one_pass_makes_one_story_with_sources_and_a_moment(
    tmp_path: Path, server: LoopbackServer
) -> None:
    settings = make_settings(tmp_path, server)
    async with open_app(settings) as app:
        report = await run_pass(app, force=True)
        assert [r.status for r in report.poll.results] == ["ok", "ok", "ok"]
        assert report.transcripts is not None and report.transcripts.fetched == ["edhOP4nzY-w"]
        with app.db.session() as session:
            digest = build_digest(
                session,
                datetime(2024, 1, 1, tzinfo=UTC),
                datetime(2025, 1, 1, tzinfo=UTC),
                app.watch,
                datetime(2025, 1, 1, tzinfo=UTC),
            )
        data = digest_to_json(digest)
        again = await run_pass(app, force=True)
    moves = [s for s in data["stories"] if s["kind"] == "move"]
    assert len(moves) == 1, data["stories"]
    story = moves[0]
    assert story["event"]["person"] == "Jan Leike"
    assert story["event"]["to"] == "Anthropic"
    assert sorted(s["url"] for s in story["sources"]) == [
        "https://a.example/leike",
        "https://b.example/2024/anthropic-leike",
        "https://www.youtube.com/watch?v=edhOP4nzY-w",  # the video reports the move too
    ]
    assert story["moments"], "the video about Leike is linked"
    moment = story["moments"][0]
    assert moment["video_id"] == "edhOP4nzY-w"
    assert 0 <= moment["start"] <= 5.6
    assert moment["url"].startswith("https://www.youtube.com/watch?v=edhOP4nzY-w&t=")
    # the product launch names no watched person or keyword: not in the digest
    assert all("Sonnet" not in s["title"] for s in data["stories"])
    # a second pass over unchanged feeds stores nothing and makes no story
    assert again.poll.new_entry_ids == [] and again.new_story_ids == []


async def test_new_entries_are_classified_in_the_parse_workers_during_the_poll(
    tmp_path: Path, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # classifying ahead (jobs/stories/ahead.py) gives what the stage's own classify() would
    settings = make_settings(tmp_path, server)
    in_stage: list[str] = []

    def counted(title: str, summary: str, watch: WatchLists) -> Analysis:
        in_stage.append(title)
        return classify(title, summary, watch)

    monkeypatch.setattr(stage, "classify", counted)
    async with open_app(settings) as app:
        await run_pass(app, force=True)
        watch = load_everyones_watch(app.db, app.watch)
        with app.db.session() as session:
            rows = session.execute(select(Entry.title, Entry.summary, Entry.analysis)).all()
    assert len(rows) > 3 and in_stage == []
    for title, summary, analysis in rows:
        assert analysis == classify(title, summary, watch).to_json()


def test_the_stage_classifies_what_was_not_classified_ahead(database: Database) -> None:
    now = datetime(2024, 6, 1, tzinfo=UTC)
    titles = [
        "Jan Leike joins Anthropic",
        "Anthropic launches a model",
        "Jan Leike joins Anthropic",
    ]
    with database.transaction() as session:
        source = save_source(session, Source(name="A", url="https://a.example/f"))
        rows = [EntryRow(f"k{n}", None, None, t, "", None, None, None, None, now)
                for n, t in enumerate(titles)]  # fmt: skip
        insert_entries(session, [(source.id, rows)], now)
    ahead = Analysis(reasons=["classified ahead"])
    known = {(titles[0], ""): ahead}
    with database.transaction() as session:
        analyze_pending(session, WatchLists(), now, known=known)
    with database.session() as session:
        stored = session.execute(select(Entry.analysis).order_by(Entry.id)).scalars().all()
    assert stored[0] == ahead.to_json() and known == {}  # each result used once
    assert stored[1] == classify(titles[1], "", WatchLists()).to_json()
    assert stored[2] == classify(titles[2], "", WatchLists()).to_json()  # the same text again


def test_the_stage_can_analyze_only_the_oldest_pending_entries(database: Database) -> None:
    now = datetime(2024, 6, 1, tzinfo=UTC)
    titles = ["Jan Leike joins Anthropic", "Anthropic launches a model", "OpenAI ships a tool"]
    with database.transaction() as session:
        source = save_source(session, Source(name="A", url="https://a.example/f"))
        rows = [EntryRow(f"k{n}", None, None, t, "", None, None, None, None, now)
                for n, t in enumerate(titles)]  # fmt: skip
        insert_entries(session, [(source.id, rows)], now)
    with database.transaction() as session:
        report = analyze_pending(session, WatchLists(), now, most=2)
    with database.session() as session:
        analyzed = session.execute(select(Entry.analyzed_at).order_by(Entry.id)).scalars().all()
    assert report.analyzed == 2
    assert [a is not None for a in analyzed] == [True, True, False]


async def test_the_stage_analyzes_what_is_classified_while_the_workers_classify_the_rest(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime(2024, 6, 1, tzinfo=UTC)
    texts = [
        ("Jan Leike joins Anthropic", "The safety researcher starts on Monday."),
        ("Anthropic launches a model", ""),
        ("Anthropic hires former OpenAI safety lead Jan Leike", ""),
        ("OpenAI ships a tool", "For coding."),
        ("Leike resigns from OpenAI", "He led superalignment."),
        ("Meta opens a lab in Paris", ""),
    ]
    with database.transaction() as session:
        source = save_source(session, Source(name="A", url="https://a.example/f"))
        rows = [EntryRow(f"k{n}", None, None, t, s, None, None, None, None, now)
                for n, (t, s) in enumerate(texts)]  # fmt: skip
        insert_entries(session, [(source.id, rows)], now)
    watch = WatchLists(people=make_people([("Jan Leike", ["Leike"])]))
    in_stage: list[str] = []

    def counted(title: str, summary: str, lists: WatchLists) -> Analysis:
        in_stage.append(title)
        return classify(title, summary, lists)

    monkeypatch.setattr(stage, "classify", counted)
    monkeypatch.setattr(pipeline, "ANALYSIS_STEP", 3)
    held = asyncio.Event()

    class HeldPool:
        """Runs jobs in this process; the second job ends only once `held` is set."""

        def __init__(self) -> None:
            self.calls = 0

        async def call(self, function: Callable[..., Any], *args: Any) -> Any:
            self.calls += 1
            if self.calls == 2:
                await held.wait()
            return function(*args)

    ahead = Ahead(cast(ParsePool, HeldPool()), watch, batch=3)
    ahead.add(texts[:3])
    ahead.add(texts[3:])
    ahead.flush()
    analysis = asyncio.create_task(pipeline.analyze_as_classified(database, ahead, watch, now))

    def analyzed() -> list[bool]:
        with database.session() as session:
            done = session.execute(select(Entry.analyzed_at).order_by(Entry.id)).scalars()
            return [a is not None for a in done]

    for _ in range(500):  # the first job's three entries are analyzed while the second is out
        if any(analyzed()):
            break
        await asyncio.sleep(0.01)
    assert analyzed() == [True, True, True, False, False, False] and not analysis.done()
    held.set()
    report = await analysis
    assert report.analyzed == 6 and all(analyzed()) and in_stage == []
    with database.session() as session:
        stored = session.execute(select(Entry.analysis).order_by(Entry.id)).scalars().all()
    assert stored == [classify(t, s, watch).to_json() for t, s in texts]
    assert len(report.new_story_ids) == len(set(report.new_story_ids)) >= 1
