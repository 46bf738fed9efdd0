"""/why and /moments at the handler level, over the real classifier and moment finder."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.cogs.lookup import LookupCog
from storage import transcripts, watchlists
from storage.db import Database
from storage.models import Entry, Source, Video
from tests.fakes_discord import FakeInteraction, autocomplete, call, make_deps


@pytest.fixture
def cog(database: Database) -> LookupCog:
    return LookupCog(
        make_deps(database, watch={"people": [{"name": "Jan Leike", "aliases": ["Leike"]}]})
    )


async def test_why_explains_a_headline(cog: LookupCog) -> None:
    itx = FakeInteraction()
    await call(cog, "why", itx, text_or_url="Jan Leike joins Anthropic after leaving OpenAI")
    assert itx.response.deferred is not None and itx.last.ephemeral
    text = itx.last.content
    assert text.startswith("**Jan Leike joins Anthropic after leaving OpenAI**\n```")
    assert "MOVE" in text and "Anthropic" in text and len(text) <= 2000


async def test_why_looks_up_a_stored_url(cog: LookupCog) -> None:
    with cog.deps.app.db.transaction() as session:
        source = Source(name="News", url="https://news.example/feed")
        session.add(source)
        session.flush()
        session.add(Entry(source_id=source.id, key="k1", url="https://news.example/a?utm_source=x",
                          canonical_url="https://news.example/a",
                          title="OpenAI hires Jan Leike back from Anthropic", summary=""))  # fmt: skip
    itx = FakeInteraction()
    await call(cog, "why", itx, text_or_url="https://news.example/a?utm_medium=y")
    assert "**OpenAI hires Jan Leike back from Anthropic**" in itx.last.content
    unknown = FakeInteraction()
    await call(cog, "why", unknown, text_or_url="https://elsewhere.example/b")
    assert unknown.last.content == (
        "I have not stored an article with that URL; paste its headline instead."
    )


async def test_why_uses_this_servers_keywords(cog: LookupCog) -> None:
    headline = "A long essay on interpretability research"
    before = FakeInteraction()
    await call(cog, "why", before, text_or_url=headline)
    assert "interpretability" not in before.last.content.split("keywords:")[1].splitlines()[0]
    with cog.deps.app.db.transaction() as session:
        watchlists.add_keyword(session, 500, "interpretability")
    after = FakeInteraction()
    await call(cog, "why", after, text_or_url=headline)
    assert "interpretability" in after.last.content.split("keywords:")[1].splitlines()[0]


async def test_why_empty_text(cog: LookupCog) -> None:
    itx = FakeInteraction()
    await call(cog, "why", itx, text_or_url="   ")
    assert itx.last.content == "Give a headline or the URL of a stored article."


async def test_moments_lists_video_links(cog: LookupCog) -> None:
    now = cog.deps.clock()
    with cog.deps.app.db.transaction() as session:
        session.add(Video(video_id="edhOP4nzY-w", title="AI news: Leike joins Anthropic",
                          published_at=now - timedelta(days=1)))  # fmt: skip
        session.flush()
        transcripts.save_segments(
            session,
            "edhOP4nzY-w",
            [
                (0.0, 4.0, "welcome back to the channel"),
                (64.0, 4.0, "the big news is that Jan Leike has signed on with Anthropic"),
                (68.0, 4.0, "Leike led the superalignment team at OpenAI"),
            ],
            language="en",
            now=now,
        )
    itx = FakeInteraction()
    await call(cog, "moments", itx, person="Jan Leike")
    assert itx.response.deferred is not None and itx.last.ephemeral
    [embed] = itx.last.embeds
    assert embed.title == "Moments: Jan Leike"
    assert "https://www.youtube.com/watch?v=edhOP4nzY-w&t=" in (embed.description or "")
    link = "Leike joins Anthropic @ 1:01](https://www.youtube.com/watch?v=edhOP4nzY-w&t=61s)"
    assert link in (embed.description or "")

    nobody = FakeInteraction()
    await call(cog, "moments", nobody, person="Demis Hassabis")
    assert nobody.last.content == "No stored video transcript discusses Demis Hassabis yet."


async def test_moments_bad_name_and_autocomplete(cog: LookupCog) -> None:
    itx = FakeInteraction()
    await call(cog, "moments", itx, person="x" * 300)
    assert "1 to 100 characters" in itx.last.content and itx.response.deferred is None
    with cog.deps.app.db.transaction() as session:
        watchlists.add_person(session, 500, "Ilya Sutskever")
    found = [c.value for c in await autocomplete(cog, LookupCog._people, FakeInteraction(), "")]
    assert found == ["Ilya Sutskever", "Jan Leike"]
