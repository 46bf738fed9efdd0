"""/watch person|keyword add|remove and /watch list at the handler level."""

from __future__ import annotations

import asyncio

import pytest

from bot.cogs.watch import WatchCog
from bot.discord_common import NOT_A_MANAGER
from storage import watchlists
from storage.db import Database
from tests.fakes_discord import FakeInteraction, autocomplete, call, make_deps


@pytest.fixture
def cog(database: Database) -> WatchCog:
    deps = make_deps(
        database,
        watch={"people": ["Ilya Sutskever"], "keywords": ["superalignment"]},
    )
    return WatchCog(deps)


def people(cog: WatchCog, guild_id: int = 500) -> list[watchlists.WatchedPerson]:
    with cog.deps.app.db.session() as session:
        return watchlists.list_people(session, guild_id)


async def test_add_person_with_aliases(cog: WatchCog) -> None:
    itx = FakeInteraction(manager=True)
    await call(cog, "person_add", itx, name="Jan  Leike", aliases="Leike, Yan Lea,")
    assert itx.response.deferred == {"ephemeral": True, "thinking": True}
    assert itx.last.content == "Now watching Jan Leike (also: Leike, Yan Lea)."
    assert itx.last.ephemeral
    assert people(cog) == [watchlists.WatchedPerson(500, "Jan Leike", ("Leike", "Yan Lea"))]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("", "The name is empty."), ("   ", "The name is empty."), ("x" * 300, "the limit is 100")],
)
async def test_bad_names_change_nothing(cog: WatchCog, name: str, expected: str) -> None:
    itx = FakeInteraction(manager=True)
    await call(cog, "person_add", itx, name=name)
    assert expected in itx.last.content and itx.last.ephemeral and len(itx.sent) == 1
    assert people(cog) == []


async def test_duplicate_person_is_refused(cog: WatchCog) -> None:
    await call(cog, "person_add", FakeInteraction(manager=True), name="Jan Leike")
    itx = FakeInteraction(manager=True)
    await call(cog, "person_add", itx, name="jan leike")
    assert "already on this server's watch list" in itx.last.content
    assert len(people(cog)) == 1


async def test_every_change_needs_manage_server(cog: WatchCog) -> None:
    for name, options in [
        ("person_add", {"name": "Jan Leike"}),
        ("person_remove", {"name": "Jan Leike"}),
        ("keyword_add", {"phrase": "safety"}),
        ("keyword_remove", {"phrase": "safety"}),
    ]:
        itx = FakeInteraction(manager=False)
        await call(cog, name, itx, **options)
        assert [s.content for s in itx.sent] == [NOT_A_MANAGER] and itx.last.ephemeral
    assert people(cog) == []


async def test_remove_person_and_unknown(cog: WatchCog) -> None:
    await call(cog, "person_add", FakeInteraction(manager=True), name="Jan Leike")
    itx = FakeInteraction(manager=True)
    await call(cog, "person_remove", itx, name="Jan Leike")
    assert itx.last.content == "No longer watching Jan Leike." and people(cog) == []
    again = FakeInteraction(manager=True)
    await call(cog, "person_remove", again, name="Jan Leike")
    assert "is not on this server's watch list" in again.last.content


async def test_keywords_add_remove_and_list(cog: WatchCog) -> None:
    await call(cog, "keyword_add", FakeInteraction(manager=True), phrase="alignment team")
    dup = FakeInteraction(manager=True)
    await call(cog, "keyword_add", dup, phrase="Alignment Team")
    assert "already" in dup.last.content
    await call(cog, "person_add", FakeInteraction(manager=True), name="Jan Leike", aliases="Leike")

    listing = FakeInteraction(manager=False)
    await call(cog, "show", listing)
    text = listing.last.content
    assert listing.last.ephemeral
    assert "Ilya Sutskever" in text and "superalignment" in text  # the config's
    assert "Jan Leike (Leike)" in text and "alignment team" in text  # this server's

    itx = FakeInteraction(manager=True)
    await call(cog, "keyword_remove", itx, phrase="alignment team")
    assert itx.last.content == "No longer watching the keyword 'alignment team'."


async def test_lists_are_per_server(cog: WatchCog) -> None:
    await call(cog, "person_add", FakeInteraction(manager=True), name="Jan Leike")
    assert people(cog, 501) == []
    choices = await autocomplete(cog, WatchCog._people, FakeInteraction(), "lei")
    assert [c.value for c in choices] == ["Jan Leike"]
    await call(cog, "keyword_add", FakeInteraction(manager=True), phrase="safety")
    assert [
        c.value for c in await autocomplete(cog, WatchCog._keywords, FakeInteraction(), "")
    ] == ["safety"]


async def test_acknowledges_at_once_while_the_database_is_busy(sqlite_db: Database) -> None:
    """A writer holding the database (a big poll) must not delay the acknowledgement."""
    cog = WatchCog(make_deps(sqlite_db))
    itx = FakeInteraction(manager=True)
    with sqlite_db.transaction() as session:
        watchlists.add_keyword(session, 1, "held")  # holds the write lock until the block ends
        task = asyncio.create_task(call(cog, "person_add", itx, name="Jan Leike"))
        for _ in range(50):
            await asyncio.sleep(0.01)
            if itx.response.is_done():
                break
        assert itx.response.deferred is not None and itx.sent == []
        assert itx.acknowledged_after is not None and itx.acknowledged_after < 0.5
    await asyncio.wait_for(task, timeout=15)
    assert itx.last.content.startswith("Now watching Jan Leike")
