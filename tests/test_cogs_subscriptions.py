"""/subscribe, /unsubscribe, /subscriptions at the handler level, over a real database."""

from __future__ import annotations

from typing import Any, cast

import discord
import pytest

from bot.client import LabwatchBot
from bot.cogs.lifecycle import LifecycleCog
from bot.cogs.subscriptions import GONE, SubscriptionsCog
from bot.discord_common import NOT_A_MANAGER, NOT_IN_GUILD
from storage import subscriptions, watchlists
from storage.db import Database
from tests.fakes_discord import (
    FakeGuild,
    FakeInteraction,
    FakeTag,
    as_channel,
    as_guild,
    autocomplete,
    call,
    make_deps,
    posting_permissions,
)


@pytest.fixture
def cog(database: Database) -> SubscriptionsCog:
    return SubscriptionsCog(make_deps(database, schedule={"digest_at": "08:30"}))


def subs(cog: SubscriptionsCog, guild_id: int = 500) -> list[Any]:
    with cog.deps.app.db.session() as session:
        return subscriptions.list_subscriptions(session, guild_id)


async def test_subscribe_this_channel_defers_then_confirms(cog: SubscriptionsCog) -> None:
    itx = FakeInteraction(manager=True)
    await call(cog, "subscribe", itx, time="9:15", timezone="Europe/Berlin", alerts=True)
    assert itx.response.deferred == {"ephemeral": True, "thinking": True}
    assert itx.last.how == "followup" and itx.last.ephemeral
    assert "<#700>" in itx.last.content and "09:15 Europe/Berlin" in itx.last.content
    assert "instant alerts" in itx.last.content and "<t:" in itx.last.content
    [sub] = subs(cog)
    assert (sub.channel_id, sub.digest_at, sub.timezone, sub.alerts) == (
        700,
        "09:15",
        "Europe/Berlin",
        True,
    )


async def test_subscribe_defaults_come_from_the_config(cog: SubscriptionsCog) -> None:
    await call(cog, "subscribe", FakeInteraction(manager=True))
    [sub] = subs(cog)
    assert (sub.digest_at, sub.timezone, sub.alerts) == ("08:30", "UTC", False)


async def test_subscribing_again_updates_instead_of_duplicating(cog: SubscriptionsCog) -> None:
    await call(cog, "subscribe", FakeInteraction(manager=True), time="07:00")
    await call(cog, "subscribe", FakeInteraction(manager=True), time="18:00")
    assert [s.digest_at for s in subs(cog)] == ["18:00"]


async def test_subscribe_needs_manage_server_enforced_in_the_handler(cog: SubscriptionsCog) -> None:
    itx = FakeInteraction(manager=False)
    await call(cog, "subscribe", itx)
    assert itx.sent[0].content == NOT_A_MANAGER and itx.sent[0].ephemeral
    assert itx.response.deferred is None and subs(cog) == []


async def test_administrator_counts_as_manager(cog: SubscriptionsCog) -> None:
    itx = FakeInteraction(manager=False)
    itx.permissions = discord.Permissions(administrator=True)
    await call(cog, "subscribe", itx)
    assert len(subs(cog)) == 1


async def test_commands_refuse_outside_a_server(cog: SubscriptionsCog) -> None:
    for name in ("subscribe", "unsubscribe", "list_subscriptions"):
        itx = FakeInteraction(manager=True, in_dm=True)
        await call(cog, name, itx)
        assert itx.last.content == NOT_IN_GUILD and itx.last.ephemeral


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"timezone": "Mars/Olympus"}, "not a known time zone"),
        ({"time": "25:00"}, "not a time of day"),
        ({"time": "nine"}, "not a time of day"),
    ],
)
async def test_bad_time_or_zone_is_one_ephemeral_sentence(
    cog: SubscriptionsCog, options: dict[str, str], expected: str
) -> None:
    itx = FakeInteraction(manager=True)
    await call(cog, "subscribe", itx, **options)
    assert len(itx.sent) == 1 and itx.last.ephemeral and expected in itx.last.content
    assert subs(cog) == []


async def test_missing_bot_permissions_in_this_channel(cog: SubscriptionsCog) -> None:
    itx = FakeInteraction(manager=True, app_permissions=discord.Permissions(view_channel=True))
    await call(cog, "subscribe", itx)
    assert itx.last.ephemeral
    assert itx.last.content == (
        "I cannot post digests in <#700>: I need Send Messages, Embed Links and Attach Files there."
    )
    assert subs(cog) == []


async def test_other_channel_checks_the_bots_permissions_there(cog: SubscriptionsCog) -> None:
    guild = FakeGuild()
    other = guild.add_channel(701, discord.Permissions(view_channel=True, send_messages=True))
    itx = FakeInteraction(manager=True, guild=guild)
    await call(cog, "subscribe", itx, channel=other)
    assert "I need Embed Links and Attach Files there" in itx.last.content and subs(cog) == []
    other.bot_perms = discord.Permissions(
        view_channel=True, send_messages=True, embed_links=True, attach_files=True
    )
    await call(cog, "subscribe", FakeInteraction(manager=True, guild=guild), channel=other)
    assert [s.channel_id for s in subs(cog)] == [701]


async def test_removed_channel_is_refused(cog: SubscriptionsCog) -> None:
    guild = FakeGuild()
    gone = guild.add_channel(702)
    del guild.channels[702]
    itx = FakeInteraction(manager=True, guild=guild)
    await call(cog, "subscribe", itx, channel=gone)
    assert itx.last.content == GONE and itx.last.ephemeral and subs(cog) == []


async def test_unsubscribe_and_list(cog: SubscriptionsCog) -> None:
    await call(cog, "subscribe", FakeInteraction(manager=True), timezone="Asia/Tokyo")
    listing = FakeInteraction(manager=False)  # anyone may look
    await call(cog, "list_subscriptions", listing)
    assert "<#700>" in listing.last.content and "Asia/Tokyo" in listing.last.content
    assert listing.last.ephemeral

    refused = FakeInteraction(manager=False)
    await call(cog, "unsubscribe", refused)
    assert refused.last.content == NOT_A_MANAGER and len(subs(cog)) == 1

    itx = FakeInteraction(manager=True)
    await call(cog, "unsubscribe", itx)
    assert "no longer gets the digest" in itx.last.content and subs(cog) == []
    again = FakeInteraction(manager=True)
    await call(cog, "unsubscribe", again)
    assert "was not subscribed" in again.last.content

    empty = FakeInteraction()
    await call(cog, "list_subscriptions", empty)
    assert "/subscribe" in empty.last.content


async def test_timezone_autocomplete(cog: SubscriptionsCog) -> None:
    found = await autocomplete(cog, SubscriptionsCog._timezones, FakeInteraction(), "berl")
    assert found[0].value == "Europe/Berlin" and len(found) <= 25
    assert len(await autocomplete(cog, SubscriptionsCog._timezones, FakeInteraction(), "")) == 25


async def test_leaving_a_server_or_deleting_a_channel_cleans_up(cog: SubscriptionsCog) -> None:
    guild = FakeGuild()
    guild.add_channel(701)
    await call(cog, "subscribe", FakeInteraction(manager=True, guild=guild))
    await call(cog, "subscribe", FakeInteraction(manager=True, guild=guild, channel_id=701))
    with cog.deps.app.db.transaction() as session:
        watchlists.add_person(session, 500, "Jan Leike", ["Leike"])
    life = LifecycleCog(cog.deps)
    await life.on_guild_channel_delete(as_channel(guild.channels[701]))
    assert [s.channel_id for s in subs(cog)] == [700]
    await life.on_guild_remove(as_guild(guild))
    assert subs(cog) == []
    with cog.deps.app.db.session() as session:
        assert watchlists.list_people(session, 500) == []


async def test_servers_left_while_offline_are_forgotten_on_ready(cog: SubscriptionsCog) -> None:
    await call(cog, "subscribe", FakeInteraction(manager=True, guild=FakeGuild(500)))
    await call(
        cog, "subscribe", FakeInteraction(manager=True, guild=FakeGuild(501), channel_id=710)
    )
    life = LifecycleCog(cog.deps)

    class Bot:
        guilds: list[FakeGuild] = []

    # a stand-in for the logged-in LabwatchBot: on_ready reads only its guilds
    cog.deps.app.extras["discord_bot"] = cast(LabwatchBot, Bot())
    await life.on_ready()  # no server visible at all: nothing is removed
    assert len(subs(cog, 500)) == len(subs(cog, 501)) == 1
    Bot.guilds = [FakeGuild(500)]
    await life.on_ready()
    assert len(subs(cog, 500)) == 1 and subs(cog, 501) == []


THREADS = {"send_messages_in_threads": True}


async def test_subscribe_with_routing_style_and_pings(cog: SubscriptionsCog) -> None:
    itx = FakeInteraction(manager=True)
    await call(
        cog,
        "subscribe",
        itx,
        kinds="move",
        labs="Anthropic, OpenAI",
        exclude_keywords="crypto",
        template="{person}: {from} -> {to}",
        ping_roles="<@&123456789012345678>",
        live=True,
    )
    [sub] = subs(cog)
    assert sub.live and sub.options == {
        "kinds": ["move"],
        "labs": ["Anthropic", "OpenAI"],
        "exclude_keywords": ["crypto"],
        "template": "{person}: {from} -> {to}",
        "style": "template",
        "ping_roles": ["123456789012345678"],
    }
    assert "Only: kinds move · labs Anthropic, OpenAI" in itx.last.content


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"template": "{title} {secret}"}, "unknown placeholder {secret}"),
        ({"ping_roles": "@everyone"}, "never pings @everyone"),
        ({"ping_roles": "500"}, "not a Discord id"),
        ({"match": "(a)\\1"}, "backreferences"),
        ({"labs": "x" * 201}, "at most 200 characters"),
    ],
)
async def test_bad_inputs_change_nothing(
    cog: SubscriptionsCog, options: dict[str, Any], message: str
) -> None:
    itx = FakeInteraction(manager=True)
    await call(cog, "subscribe", itx, **options)
    assert message in itx.last.content and subs(cog) == []


async def test_the_everyone_role_is_refused(cog: SubscriptionsCog) -> None:
    itx = FakeInteraction(manager=True, guild=FakeGuild(guild_id=123456789012345678))
    await call(cog, "subscribe", itx, ping_roles="123456789012345678")
    assert "never pings everyone" in itx.last.content


async def test_subscribe_a_forum_with_tags_checks_thread_permissions(cog: SubscriptionsCog) -> None:
    guild = FakeGuild()
    tags = [FakeTag(1400000000000000001, "moves"), FakeTag(1400000000000000002, "news")]
    guild.add_channel(800, posting_permissions(), tags)
    itx = FakeInteraction(manager=True, guild=guild)
    await call(cog, "subscribe", itx, channel=guild.get_channel(800), tags="moves")
    assert "I need Send Messages in Threads" in itx.last.content and subs(cog) == []
    guild.add_channel(800, posting_permissions(**THREADS), tags)
    itx = FakeInteraction(manager=True, guild=guild)
    await call(cog, "subscribe", itx, channel=guild.get_channel(800), tags="Gossip")
    assert "no tag Gossip (its tags: moves, news)" in itx.last.content
    itx = FakeInteraction(manager=True, guild=guild)
    await call(cog, "subscribe", itx, channel=guild.get_channel(800), tags="moves")
    [sub] = subs(cog)
    assert sub.options == {"forum": True, "forum_tags": ["1400000000000000001"]}


async def test_a_digest_thread_needs_thread_permissions(cog: SubscriptionsCog) -> None:
    itx = FakeInteraction(manager=True)
    await call(cog, "subscribe", itx, thread=True)
    assert "Create Public Threads" in itx.last.content and subs(cog) == []
    perms = posting_permissions(create_public_threads=True, **THREADS)
    itx = FakeInteraction(manager=True, app_permissions=perms)
    await call(cog, "subscribe", itx, thread=True, tags="moves")
    assert "Tags are for forum channels" in itx.last.content
    await call(cog, "subscribe", FakeInteraction(manager=True, app_permissions=perms), thread=True)
    assert subs(cog)[0].options == {"thread": True}


async def test_subscription_edit_changes_only_what_is_given(cog: SubscriptionsCog) -> None:
    itx = FakeInteraction(manager=True)
    await call(cog, "edit", itx, labs="Anthropic")
    assert "not subscribed" in itx.last.content
    await call(cog, "subscribe", FakeInteraction(manager=True), labs="Anthropic", style="compact")
    itx = FakeInteraction(manager=True)
    await call(cog, "edit", itx, exclude_people="Sam Altman", live=True)
    [sub] = subs(cog)
    assert sub.live and sub.options == {
        "labs": ["Anthropic"],
        "style": "compact",
        "exclude_people": ["Sam Altman"],
    }
    assert "labs Anthropic · exclude_people Sam Altman · compact" in itx.last.content
    itx = FakeInteraction(manager=True)
    await call(cog, "edit", itx, labs="-", style="full", template="{oops}")
    assert "unknown placeholder" in itx.last.content
    await call(cog, "edit", FakeInteraction(manager=True), labs="-", style="full")
    assert subs(cog)[0].options == {"exclude_people": ["Sam Altman"]}
