"""The plain functions under the cogs (jobs.guild_admin), tested without Discord at all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from jobs.digest.daily import next_due_time
from jobs.guild_admin import guild_status, guild_watch, search_timezones
from jobs.watch.lists import Person, WatchLists
from storage import subscriptions, watchlists
from storage.db import Database
from storage.models import Source

NOW = datetime(2025, 7, 9, 8, 0, tzinfo=UTC)


def test_next_digest_time_today_tomorrow_and_zones() -> None:
    assert next_due_time("09:00", "UTC", NOW) == datetime(2025, 7, 9, 9, 0, tzinfo=UTC)
    assert next_due_time("08:00", "UTC", NOW) == datetime(2025, 7, 10, 8, 0, tzinfo=UTC)
    # 09:00 in Berlin (CEST, +2) is 07:00 UTC: already past today
    assert next_due_time("09:00", "Europe/Berlin", NOW) == datetime(2025, 7, 10, 7, 0, tzinfo=UTC)


def test_next_digest_time_across_a_dst_change() -> None:
    before = datetime(2025, 3, 29, 12, 0, tzinfo=UTC)  # Berlin moves to +2 overnight
    assert next_due_time("09:00", "Europe/Berlin", before) == datetime(
        2025, 3, 30, 7, 0, tzinfo=UTC
    )
    # 02:30 does not exist that night in Berlin: it is shifted forward, never skipped
    assert next_due_time("02:30", "Europe/Berlin", before).date().isoformat() == "2025-03-30"


def test_search_timezones() -> None:
    assert search_timezones("berlin") == ["Europe/Berlin"]
    assert search_timezones("new york")[0] == "America/New_York"
    assert search_timezones("UTC")[0] == "UTC"
    assert len(search_timezones("")) == 25
    assert search_timezones("no such place") == []


def test_guild_watch_adds_one_servers_lists(database: Database) -> None:
    base = WatchLists(people=(Person("Ilya Sutskever"),), keywords=("superalignment",))
    with database.transaction() as session:
        watchlists.add_person(session, 1, "Jan Leike", ["Leike"])
        watchlists.add_keyword(session, 1, "safety team")
        watchlists.add_person(session, 2, "Someone Else")
    with database.session() as session:
        mine = guild_watch(session, base, 1)
    assert [p.name for p in mine.people] == ["Ilya Sutskever", "Jan Leike"]
    assert mine.people[1].aliases == ("Leike",)
    assert mine.keywords == ("superalignment", "safety team")


def test_guild_status(database: Database) -> None:
    with database.session() as session:
        empty = guild_status(session, 1, NOW)
    assert (empty.sources, empty.last_poll_at, empty.failing, empty.next_digest_at) == (
        0,
        None,
        (),
        None,
    )
    with database.transaction() as session:
        session.add_all(
            [
                Source(name="Good", url="https://a.example/feed", last_polled_at=NOW - timedelta(minutes=5)),
                Source(name="Bad", url="https://b.example/feed", consecutive_failures=3,
                       last_error="HTTP 500", last_polled_at=NOW - timedelta(minutes=9)),
                Source(name="Off", url="https://c.example/feed", enabled=False, consecutive_failures=9),
            ]
        )  # fmt: skip
        subscriptions.subscribe_channel(session, 1, 70, "18:00", "UTC")
        subscriptions.subscribe_channel(session, 1, 71, "09:00", "UTC")
        subscriptions.subscribe_channel(session, 2, 80, "08:30", "UTC")
    with database.session() as session:
        state = guild_status(session, 1, NOW)
    assert state.sources == 2 and state.last_poll_at == NOW - timedelta(minutes=5)
    assert [(f.name, f.failures, f.error) for f in state.failing] == [("Bad", 3, "HTTP 500")]
    assert state.next_digest_at == datetime(2025, 7, 9, 9, 0, tzinfo=UTC)
    assert state.next_digest_channel_id == 71


def test_explain_text_or_url(database: Database) -> None:
    import pytest

    from jobs.guild_admin import GuildAdminError, explain_text_or_url
    from storage.models import Entry

    watch = WatchLists(people=(Person("Jan Leike", ("Leike",)),))
    with database.transaction() as session:
        source = Source(name="News", url="https://news.example/feed")
        session.add(source)
        session.flush()
        session.add(Entry(source_id=source.id, key="k", url="https://news.example/a",
                          canonical_url="https://news.example/a", title="Leike joins Anthropic"))  # fmt: skip
    with database.session() as session:
        title, why = explain_text_or_url(session, "HTTPS://NEWS.example/a?utm_source=feed", watch)
        assert title == "Leike joins Anthropic" and "Jan Leike" in why
        title, _ = explain_text_or_url(session, "  Someone   leaves OpenAI ", watch)
        assert title == "Someone leaves OpenAI"
        with pytest.raises(GuildAdminError):
            explain_text_or_url(session, "https://news.example/never", watch)


def test_forget_absent_guilds(database: Database) -> None:
    from jobs.guild_admin import forget_absent_guilds

    with database.transaction() as session:
        subscriptions.subscribe_channel(session, 1, 70)
        subscriptions.subscribe_channel(session, 2, 80)
        watchlists.add_keyword(session, 3, "only a keyword")
        subscriptions.sync_webhooks(session, [])  # webhooks (no server) are never touched
    with database.transaction() as session:
        assert forget_absent_guilds(session, {1}) == [2, 3]
    with database.session() as session:
        assert [s.guild_id for s in subscriptions.list_subscriptions(session)] == [1]
        assert watchlists.list_keywords(session) == []
