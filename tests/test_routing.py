"""Routing per destination, exclusions, global [filters] and the linear-time match pattern."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.cogs.lookup import LookupCog
from bot.config import ConfigError, parse_toml
from bot.delivery.plan import plan_alerts, plan_due_digests
from jobs.digest.routing import (
    Routing,
    RoutingError,
    StoryFacts,
    check_pattern,
    decide,
    pattern_matches,
)
from jobs.watch.lists import Person, WatchLists
from storage import subscriptions
from storage.db import Database
from storage.models import OutboxItem
from tests.digest_samples import add_source, add_story
from tests.fakes_discord import FakeInteraction, call, make_deps

T = datetime(2025, 7, 8, 12, tzinfo=UTC)
LEIKE = StoryFacts(
    kind="move",
    title="Jan Leike joins Anthropic",
    summary="The safety researcher leaves OpenAI.",
    people=("Jan Leike",),
    labs=("Anthropic", "OpenAI"),
    sources=("The Verge", "feed"),
)
CRYPTO = StoryFacts(
    kind="mention",
    title="Sam Altman talks crypto again",
    summary="Worldcoin news.",
    people=("Sam Altman",),
    labs=("OpenAI",),
    sources=("Leike in the news", "google_news", "Reuters"),
)


def test_no_routing_keeps_everything() -> None:
    assert decide(LEIKE, Routing()) == decide(CRYPTO, Routing())
    assert decide(LEIKE, Routing()).kept and decide(LEIKE, Routing()).reason == "kept: no filter"


@pytest.mark.parametrize(
    ("routing", "leike", "crypto"),
    [
        (Routing(kinds=("move",)), True, False),
        (Routing(kinds=("mention",)), False, True),
        (Routing(labs=("anthropic",)), True, False),
        (Routing(labs=("OpenAI",)), True, True),
        (Routing(people=("Sam Altman",)), False, True),
        (Routing(keywords=("worldcoin",)), False, True),  # a word of the summary
        (Routing(keywords=("coin",)), False, False),  # whole words only
        (Routing(sources=("The Verge",)), True, False),
        (Routing(sources=("google_news",)), False, True),  # a source group (its kind)
        (Routing(sources=("reuters",)), False, True),  # the outlet behind a news search
        (Routing(kinds=("move",), labs=("OpenAI",)), True, False),  # every list must match
        (Routing(exclude_keywords=("crypto",)), True, False),
        (Routing(exclude_labs=("anthropic",)), False, True),
        (Routing(exclude_people=("jan leike",)), False, True),
        (Routing(exclude_sources=("google_news",)), True, False),
        (Routing(labs=("OpenAI",), exclude_people=("Sam Altman",)), True, False),
        (Routing(match=r"joins\s+anthropic"), True, False),
        (Routing(match=r"^sam"), False, True),
    ],
)
def test_routing_and_exclusions_pick_stories(routing: Routing, leike: bool, crypto: bool) -> None:
    assert decide(LEIKE, routing).kept is leike
    assert decide(CRYPTO, routing).kept is crypto


def test_the_reason_names_the_deciding_filter() -> None:
    global_filters = Routing(exclude_keywords=("crypto",))
    assert decide(CRYPTO, Routing(), global_filters).reason == (
        "dropped by [filters] exclude_keywords 'crypto'"
    )
    assert decide(CRYPTO, Routing(exclude_labs=("OpenAI",))).reason == (
        "dropped by destination exclude_labs 'OpenAI'"
    )
    assert decide(CRYPTO, Routing(kinds=("move",))).reason == (
        "dropped by kinds: matches none of move"
    )
    kept = decide(LEIKE, Routing(kinds=("move",), labs=("Anthropic",)), global_filters)
    assert kept.reason == "kept by kinds 'move', labs 'Anthropic'"


def test_a_catastrophic_pattern_is_cut_off() -> None:
    """(a+)+$ backtracks exponentially in a backtracking engine; RE2 runs it in linear time."""
    hostile = r"(a+)+$"
    text = "a" * 30 + "!"  # Python's re would take minutes on this 31-character title
    facts = StoryFacts(kind="move", title=text * 250, summary="")
    started = time.monotonic()
    for _ in range(20):
        assert not pattern_matches(hostile, facts)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0, f"20 hostile matches took {elapsed:.2f} s"


def test_patterns_that_could_stall_are_refused() -> None:
    with pytest.raises(RoutingError, match="backreferences and look-arounds"):
        check_pattern(r"(a)\1")
    with pytest.raises(RoutingError, match="look-arounds"):
        check_pattern(r"(?=a)a")
    with pytest.raises(RoutingError, match="longer than 500"):
        check_pattern("a" * 501)
    assert check_pattern("") is None and check_pattern("leike|sutskever") == "leike|sutskever"


CONFIG = """
[http]
allow_private_networks = true

[filters]
exclude_keywords = ["crypto"]

[[webhooks]]
url = "http://127.0.0.1:9/api/webhooks/1/moves"
kinds = ["move"]
labs = ["Anthropic"]

[[webhooks]]
url = "http://127.0.0.1:9/api/webhooks/2/all"
exclude_sources = ["Gossip"]
"""


def test_config_routes_each_webhook(database: Database) -> None:
    raw = parse_toml(CONFIG, Path("config.toml"))
    with database.transaction() as s:
        moves, everything = subscriptions.sync_webhooks(s, raw.webhooks, now=T - timedelta(days=2))
        verge, gossip = add_source(s, "The Verge"), add_source(s, "Gossip")
        day = T - timedelta(hours=30)
        add_story(
            s,
            "leike",
            "Jan Leike joins Anthropic",
            day,
            person="Jan Leike",
            action="join",
            to_lab="Anthropic",
            reports=[(verge, "https://v.example/1", None)],
        )
        add_story(
            s,
            "brock",
            "Greg Brockman joins xAI",
            day,
            person="Greg Brockman",
            action="join",
            to_lab="xAI",
            reports=[(gossip, "https://g.example/1", None)],
        )
        add_story(
            s,
            "coin",
            "Anthropic and crypto",
            day,
            kind="mention",
            people=["Jan Leike"],
            labs=["Anthropic"],
            reports=[(verge, "https://v.example/2", None)],
        )
        ids = (moves.id, everything.id)
    plan_due_digests(database, WatchLists(people=(Person("Jan Leike"),)), T, raw.filters.routing())
    with database.session() as s:
        got = {i.subscription_id: sorted(i.story_ids) for i in s.query(OutboxItem)}
    assert got == {ids[0]: ["leike"], ids[1]: ["leike"]}


def test_alerts_and_live_follow_the_routing(database: Database) -> None:
    watch = WatchLists(people=(Person("Jan Leike"),))
    with database.transaction() as s:
        routed = subscriptions.subscribe_channel(
            s, 1, 10, alerts=True, options={"exclude_labs": ["Anthropic"]}
        ).id
        live = subscriptions.subscribe_channel(
            s, 1, 11, live=True, options={"kinds": ["mention"]}
        ).id
        add_story(
            s,
            "leike",
            "Jan Leike joins Anthropic",
            T,
            person="Jan Leike",
            action="join",
            to_lab="Anthropic",
        )
        add_story(s, "note", "Jan Leike on safety", T, kind="mention", people=["Jan Leike"])
    plan_alerts(database, ["leike", "note"], watch, T)
    with database.session() as s:
        got = {(i.subscription_id, tuple(i.story_ids)) for i in s.query(OutboxItem)}
    assert got == {(live, ("note",))}
    assert routed


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ('kinds = ["moves"]', "'moves' is not a story kind"),
        ('match = "(a)\\\\1"', "backreferences"),
        ('template = "{title} {nope}"', "unknown placeholder {nope}"),
        ('template = "{title.__class__}"', "unknown placeholder"),
        ('ping_roles = ["everyone"]', "never pings @everyone"),
        ('ping_roles = ["@here"]', "never pings @everyone"),
        ("ping_roles = [12]", "not a Discord id"),
        ('style = "fancy"', "webhooks[0].style"),
        ('username = "Clyde bot"', "Discord refuses webhook names"),
        ('username = "here"', "Discord refuses webhook names"),
        ("ping_roles = [" + ", ".join(str(10**17 + n) for n in range(11)) + "]", "at most 10"),
        ('avatar_url = "javascript:alert(1)"', "http(s) URL"),
        ('colors = { move = "orange" }', "not a colour"),
        ('forum_tags = ["1400000000000000001"]', "set forum = true too"),
        ('forum = true\nforum_tags = ["moves"]', "not a Discord id"),
        ("exclude_colours = []", "unknown key 'webhooks[0].exclude_colours'"),
    ],
)
def test_bad_destination_settings_are_named(snippet: str, message: str) -> None:
    text = f'[[webhooks]]\nurl = "https://discord.com/api/webhooks/1/x"\n{snippet}\n'
    with pytest.raises(ConfigError, match=re.escape(message)):
        parse_toml(text, Path("config.toml"))


def test_destination_options_keep_only_what_differs() -> None:
    text = (
        '[[webhooks]]\nurl = "https://discord.com/api/webhooks/1/x"\n'
        'labs = ["Anthropic", " anthropic "]\ntemplate = "{person}: {from} -> {to}"\n'
        'ping_roles = ["123456789012345678"]\nusername = "Where AI moves"\ncolors = { move = "#ff0000" }\n'
    )
    (hook,) = parse_toml(text, Path("config.toml")).webhooks
    assert hook.options() == {
        "labs": ["Anthropic"],
        "style": "template",
        "template": "{person}: {from} -> {to}",
        "colors": {"move": 0xFF0000},
        "ping_roles": ["123456789012345678"],
        "username": "Where AI moves",
    }
    plain = parse_toml('[[webhooks]]\nurl = "https://discord.com/api/webhooks/1/x"\n', Path("c"))
    assert plain.webhooks[0].options() == {}


def test_check_names_the_filter_per_webhook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[filters]\nexclude_keywords = ["crypto"]\n\n'
        '[[webhooks]]\nname = "moves"\nurl = "https://discord.com/api/webhooks/1/x"\n'
        'kinds = ["move"]\n\n'
        '[[webhooks]]\nname = "anthropic"\nurl = "https://discord.com/api/webhooks/2/y"\n'
        'labs = ["Anthropic"]\nexclude_sources = ["Gossip"]\n',
        encoding="utf-8",
    )
    main(["--config", str(config), "check", "Jan Leike joins Anthropic", "--source", "Gossip"])
    out = capsys.readouterr().out
    assert "  moves: kept by kinds 'move'" in out
    assert "  anthropic: dropped by destination exclude_sources 'Gossip'" in out
    main(["--config", str(config), "check", "Jan Leike joins Anthropic to do crypto"])
    assert "moves: dropped by [filters] exclude_keywords 'crypto'" in capsys.readouterr().out
    main(["--config", str(config), "check", "Jan Leike joins Anthropic", "--format", "json"])
    routes = json.loads(capsys.readouterr().out)["routing"]
    assert [r["kept"] for r in routes] == [True, True]


async def test_why_names_the_filter_per_channel(database: Database) -> None:
    deps = make_deps(database, filters={"exclude_people": ["Sam Altman"]})
    with database.transaction() as s:
        subscriptions.subscribe_channel(s, 500, 71, options={"kinds": ["mention"]})
        subscriptions.subscribe_channel(s, 500, 72)
    cog = LookupCog(deps)
    itx = FakeInteraction()
    await call(cog, "why", itx, text_or_url="Jan Leike joins Anthropic")
    assert "<#71>: dropped by kinds: matches none of mention" in itx.last.content
    assert "<#72>: kept: no filter" in itx.last.content
    itx = FakeInteraction()
    await call(cog, "why", itx, text_or_url="Sam Altman joins Anthropic")
    assert "<#72>: dropped by [filters] exclude_people 'Sam Altman'" in itx.last.content


async def test_why_routes_a_stored_article_by_its_story(database: Database) -> None:
    with database.transaction() as s:
        subscriptions.subscribe_channel(s, 500, 71, options={"exclude_sources": ["youtube"]})
        subscriptions.subscribe_channel(s, 500, 72, options={"sources": ["Reuters"]})
        tube = add_source(s, "Some Channel", kind="youtube")
        add_story(s, "v", "Jan Leike joins Anthropic", T, person="Jan Leike", action="join",
                  reports=[(tube, "https://www.youtube.com/watch?v=abc", None)])  # fmt: skip
    cog = LookupCog(make_deps(database))
    itx = FakeInteraction()
    url = "https://www.youtube.com/watch?v=abc"
    await call(cog, "why", itx, text_or_url=url)
    assert "<#71>: dropped by destination exclude_sources 'youtube'" in itx.last.content
    assert "<#72>: dropped by sources: matches none of Reuters" in itx.last.content
