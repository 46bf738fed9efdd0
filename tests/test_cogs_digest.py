"""/digest at the handler level: defer, this server's lists, pages with buttons only the caller turns."""

from __future__ import annotations

import io
from datetime import timedelta

import discord
import matplotlib.image
import pytest

from bot.cogs.digest import NO_CHART, NO_MANAGE, NO_POSTING, DigestCog
from bot.discord_common import NOT_IN_GUILD
from bot.discord_pages import NOT_YOURS, Pager
from bot.render import CHART_FILE
from storage import watchlists
from storage.db import Database
from storage.models import Story
from tests.fakes_discord import FakeInteraction, FakeUser, as_interaction, call, make_deps


@pytest.fixture
def cog(database: Database) -> DigestCog:
    return DigestCog(make_deps(database))


def add_moves(cog: DigestCog, count: int, hours_ago: float = 2) -> None:
    now = cog.deps.clock()
    with cog.deps.app.db.transaction() as session:
        for n in range(count):
            session.add(
                Story(
                    id=f"move-{n}",
                    kind="move",
                    title=f"Researcher {n} joins Anthropic " + "with a long headline " * 5,
                    summary="A summary sentence. " * 8,
                    person=f"Researcher {n}",
                    action="join",
                    from_lab="OpenAI",
                    to_lab="Anthropic",
                    people=[f"Researcher {n}"],
                    labs=["OpenAI", "Anthropic"],
                    keywords=[],
                    published_at=now - timedelta(hours=hours_ago, minutes=n),
                )
            )


def add_mention(cog: DigestCog, keyword: str) -> None:
    with cog.deps.app.db.transaction() as session:
        session.add(
            Story(
                id="mention-1",
                kind="mention",
                title=f"An essay about {keyword}",
                summary="",
                people=[],
                labs=[],
                keywords=[keyword],
                published_at=cog.deps.clock() - timedelta(hours=1),
            )
        )


async def test_empty_digest_is_private_and_says_so(cog: DigestCog) -> None:
    itx = FakeInteraction()
    await call(cog, "digest", itx)
    assert itx.response.deferred == {"ephemeral": True, "thinking": True}
    assert len(itx.sent) == 1 and itx.last.ephemeral and itx.last.view is None
    assert itx.last.content


async def test_long_digest_pages_with_buttons_only_the_caller_can_press(cog: DigestCog) -> None:
    add_moves(cog, 25)
    itx = FakeInteraction(user=FakeUser(id=42))
    await call(cog, "digest", itx, since="7d")
    first = itx.last
    assert first.ephemeral and first.how == "followup"
    pager = first.view
    assert isinstance(pager, Pager) and len(pager.pages) >= 2
    assert pager.previous.disabled and not pager.next.disabled
    assert first.embeds and "Researcher 0 joins Anthropic" in str(first.embeds[0].to_dict())

    stranger = FakeInteraction(user=FakeUser(id=43))
    assert await pager.interaction_check(as_interaction(stranger)) is False
    assert stranger.last.content == NOT_YOURS and stranger.last.ephemeral
    assert (
        await pager.interaction_check(as_interaction(FakeInteraction(user=FakeUser(id=42)))) is True
    )

    turn = FakeInteraction(user=FakeUser(id=42))
    await pager.next.callback(as_interaction(turn))
    assert turn.last.how == "edit" and pager.index == 1
    assert turn.last.embeds == pager.pages[1].embeds and not pager.previous.disabled
    for _ in range(len(pager.pages) + 2):  # pressing past the end stays on the last page
        await pager.next.callback(as_interaction(FakeInteraction(user=FakeUser(id=42))))
    assert pager.index == len(pager.pages) - 1 and pager.next.disabled
    back = FakeInteraction(user=FakeUser(id=42))
    await pager.previous.callback(as_interaction(back))
    assert pager.index == len(pager.pages) - 2

    await pager.on_timeout()
    assert pager.previous.disabled and pager.next.disabled
    assert itx.original_edits and itx.original_edits[-1]["view"] is pager
    pager.stop()


async def test_post_is_public(cog: DigestCog) -> None:
    add_moves(cog, 1)
    itx = FakeInteraction(manager=True)
    await call(cog, "digest", itx, post=True)
    assert itx.response.deferred == {"ephemeral": False, "thinking": True}
    assert not itx.last.ephemeral and itx.last.view is None
    assert "Researcher 0" in itx.text


async def test_post_needs_send_messages(cog: DigestCog) -> None:
    itx = FakeInteraction()
    itx.permissions = discord.Permissions(view_channel=True, manage_guild=True)
    await call(cog, "digest", itx, post=True)
    assert itx.last.content == NO_POSTING and itx.last.ephemeral


async def test_a_posted_digest_is_not_repeated_by_the_channels_schedule(cog: DigestCog) -> None:
    from bot.delivery.plan import plan_due_digests
    from jobs.watch.lists import WatchLists
    from storage import subscriptions
    from storage.models import OutboxItem

    db = cog.deps.app.db
    now = cog.deps.clock()
    with db.transaction() as session:
        subscriptions.subscribe_channel(session, 500, 700, now=now - timedelta(days=3))
    add_moves(cog, 2)
    await call(cog, "digest", FakeInteraction(manager=True), post=True)  # in channel 700
    plan_due_digests(db, WatchLists(), now + timedelta(days=1))
    with db.session() as session:
        planned = [i.story_ids for i in session.query(OutboxItem).filter_by(kind="digest")]
    assert planned and not any("move-0" in ids or "move-1" in ids for ids in planned)


async def test_post_needs_manage_server(cog: DigestCog) -> None:
    add_moves(cog, 1)
    itx = FakeInteraction()  # a member: may see the digest, not post it for everyone
    await call(cog, "digest", itx, post=True)
    assert itx.last.content == NO_MANAGE and itx.last.ephemeral
    assert "Researcher 0" not in itx.text


async def test_since_and_the_servers_keywords(cog: DigestCog) -> None:
    add_moves(cog, 1, hours_ago=30)
    add_mention(cog, "superalignment")
    recent = FakeInteraction()
    await call(cog, "digest", recent)  # default 24h: the 30-hour-old move is outside
    assert "Researcher 0" not in recent.text and "An essay" not in recent.text
    with cog.deps.app.db.transaction() as session:
        watchlists.add_keyword(session, 500, "superalignment")
    week = FakeInteraction()
    await call(cog, "digest", week, since="2d")
    assert "Researcher 0" in week.text and "An essay about superalignment" in week.text
    other_server = FakeInteraction()
    other_server.guild_id = 501
    await call(cog, "digest", other_server, since="2d")
    assert "An essay" not in other_server.text


@pytest.mark.parametrize(
    ("since", "expected"),
    [("banana", "neither a duration"), ("2999-01-01", "in the future")],
)
async def test_bad_since(cog: DigestCog, since: str, expected: str) -> None:
    itx = FakeInteraction()
    await call(cog, "digest", itx, since=since)
    assert len(itx.sent) == 1 and expected in itx.last.content and itx.last.ephemeral


async def test_refused_in_dm(cog: DigestCog) -> None:
    itx = FakeInteraction(in_dm=True)
    await call(cog, "digest", itx)
    assert itx.last.content == NOT_IN_GUILD


async def test_chart_option_attaches_the_talent_flow_png(cog: DigestCog) -> None:
    add_moves(cog, 2)
    itx = FakeInteraction()
    await call(cog, "digest", itx, chart=True)
    assert itx.response.deferred == {"ephemeral": True, "thinking": True}  # acknowledged first
    (sent,) = itx.sent
    assert sent.ephemeral and "Researcher 0" in itx.text
    (file,) = sent.files
    assert file.filename == CHART_FILE
    pixels = matplotlib.image.imread(io.BytesIO(file.fp.read()), format="png")
    assert pixels.shape[1] >= 800 and pixels[..., :3].std() > 0.05

    public = FakeInteraction(manager=True)
    await call(cog, "digest", public, chart=True, post=True)
    assert not public.last.ephemeral and len(public.last.files) == 1
    plain = FakeInteraction()
    await call(cog, "digest", plain)
    assert plain.last.files == []


async def test_chart_option_without_moves_says_so(cog: DigestCog) -> None:
    add_mention(cog, "superalignment")
    itx = FakeInteraction()
    await call(cog, "digest", itx, chart=True)
    assert itx.last.files == [] and NO_CHART in (itx.last.content or "")
