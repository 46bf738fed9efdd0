"""Alerts are news: recent moves of watched movers, named, paced and folded per destination."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.delivery.plan import AlertPolicy, plan_alerts, plan_due_digests
from jobs.watch.lists import Person, WatchLists
from storage import digests, subscriptions
from storage.db import Database
from storage.models import OutboxItem, OutboxMessage
from tests.digest_samples import add_story

T = datetime(2025, 7, 8, 12, tzinfo=UTC)
WATCH = WatchLists(people=(Person("Jan Leike", ("Leike",)),), keywords=("superalignment",))


def alerts_of(db: Database) -> list[tuple[list[str], str]]:
    """(story ids, first message's content) of every alert item, in order."""
    with db.session() as s:
        items = s.query(OutboxItem).filter_by(kind="alert").order_by(OutboxItem.id).all()
        out = []
        for item in items:
            first = s.query(OutboxMessage).filter_by(item_id=item.id, seq=0).one()
            out.append((list(item.story_ids), first.payload["content"]))
        return out


def subscribe(db: Database, alerts: bool = True) -> int:
    with db.transaction() as s:
        return subscriptions.subscribe_channel(s, 1, 1, alerts=alerts, now=T - timedelta(days=2)).id


def test_only_recently_published_moves_alert_and_the_backlog_goes_to_the_digest(
    database: Database,
) -> None:
    sub = subscribe(database)
    with database.transaction() as s:
        # first seen now, published long ago: a first poll of a feed with old items
        add_story(s, "old", "Jan Leike joins OpenAI", T - timedelta(days=700), person="Jan Leike",
                  action="join", first_seen=T)  # fmt: skip
        add_story(s, "week", "Jan Leike leaves OpenAI", T - timedelta(days=3), person="Jan Leike",
                  action="leave", first_seen=T)  # fmt: skip
        add_story(s, "new", "Jan Leike joins Anthropic", T - timedelta(hours=2),
                  person="Jan Leike", action="join", first_seen=T)  # fmt: skip
    assert len(plan_alerts(database, ["old", "week", "new"], WATCH, T)) == 1
    assert [ids for ids, _ in alerts_of(database)] == [["new"]]
    plan_due_digests(database, WATCH, T + timedelta(days=1))
    with database.session() as s:
        digest = s.query(OutboxItem).filter_by(subscription_id=sub, kind="digest").one()
    assert "week" in digest.story_ids and "new" not in digest.story_ids


def test_max_age_is_a_setting(database: Database) -> None:
    subscribe(database)
    with database.transaction() as s:
        add_story(s, "a", "Jan Leike joins", T - timedelta(hours=30), person="Jan Leike",
                  action="join", first_seen=T)  # fmt: skip
    assert plan_alerts(database, ["a"], WATCH, T) == []
    assert (
        len(plan_alerts(database, ["a"], WATCH, T, None, AlertPolicy(max_age=timedelta(days=2))))
        == 1
    )


def test_an_alert_needs_the_mover_watched_and_names_the_entry(database: Database) -> None:
    subscribe(database)
    with database.transaction() as s:
        # a watched name in the story, but someone else moves
        add_story(s, "other", "Bob Smith joins Anthropic, says Jan Leike", T - timedelta(hours=1),
                  person="Bob Smith", people=["Bob Smith", "Jan Leike"], action="join",
                  keywords=["superalignment"])  # fmt: skip
        add_story(s, "alias", "Leike joins Anthropic", T - timedelta(hours=1), person="Leike",
                  action="join", to_lab="Anthropic")  # fmt: skip
    plan_alerts(database, ["other", "alias"], WATCH, T)
    ((ids, content),) = alerts_of(database)
    assert ids == ["alias"]
    assert "watched: Jan Leike" in content and "a watched person moves" not in content


def test_a_watched_keyword_alerts_only_when_chosen(database: Database) -> None:
    subscribe(database)
    with database.transaction() as s:
        add_story(s, "k", "Bob Smith joins the superalignment team", T - timedelta(hours=1),
                  person="Bob Smith", action="join", keywords=["superalignment"])  # fmt: skip
    assert plan_alerts(database, ["k"], WATCH, T) == []
    assert len(plan_alerts(database, ["k"], WATCH, T, None, AlertPolicy(keywords=True))) == 1
    ((_, content),) = alerts_of(database)
    assert "watched: keyword superalignment" in content


def test_many_alerts_at_once_are_folded_and_paced_per_minute(database: Database) -> None:
    subscribe(database)
    ids = [f"m{n}" for n in range(7)]
    with database.transaction() as s:
        for n, story_id in enumerate(ids):  # published in reverse order of their ids
            add_story(s, story_id, f"Jan Leike joins Lab {n}", T - timedelta(minutes=60 - n),
                      person="Jan Leike", action="join", first_seen=T)  # fmt: skip
    items = plan_alerts(database, ids, WATCH, T, None, AlertPolicy(per_minute=3))
    assert len(items) == 3  # two single alerts and one folded message: three in the minute
    alerts = alerts_of(database)
    assert [a[0] for a in alerts[:2]] == [["m0"], ["m1"]]  # oldest first, not random
    assert alerts[2][0] == ["m2", "m3", "m4", "m5", "m6"] and "5 moves" in alerts[2][1]
    with database.transaction() as s:
        add_story(s, "late", "Jan Leike leaves", T, person="Jan Leike", action="leave")
    # the minute's budget is spent: the next pass folds even a single move into one message
    assert len(plan_alerts(database, ["late"], WATCH, T + timedelta(seconds=30))) == 1
    assert "folded" in alerts_of(database)[-1][1]
    with database.transaction() as s:
        add_story(s, "next", "Jan Leike returns", T + timedelta(minutes=2), person="Jan Leike",
                  action="return")  # fmt: skip
    plan_alerts(database, ["next"], WATCH, T + timedelta(minutes=2))
    assert "folded" not in alerts_of(database)[-1][1]


def slow_in(thread_name: str, read: Callable[..., Any]) -> Callable[..., Any]:
    """`read`, which in the thread of that name lingers after reading: the other planner comes
    in between its read and its write, unless the subscription's row lock keeps it out."""

    def reading(*args: Any, **kwargs: Any) -> Any:
        result = read(*args, **kwargs)
        if threading.current_thread().name == thread_name:
            time.sleep(0.6)
        return result

    return reading


@pytest.mark.parametrize("first", ["alerts", "digest"])
def test_an_alert_and_a_digest_planned_at_once_share_out_a_story_once(
    database: Database, monkeypatch: pytest.MonkeyPatch, first: str
) -> None:
    """Two workers: one queues the alerts of a pass while another plans the same subscription's
    digest. Whichever reads first, the story goes into one of them, never both."""
    sub = subscribe(database)
    with database.transaction() as s:
        add_story(s, "new", "Jan Leike joins Anthropic", T - timedelta(hours=2),
                  person="Jan Leike", action="join", first_seen=T)  # fmt: skip
    for name in ("delivered_story_ids", "stories_for_subscription"):
        monkeypatch.setattr(digests, name, slow_in(first, getattr(digests, name)))
    jobs = {
        "alerts": lambda: plan_alerts(database, ["new"], WATCH, T),
        "digest": lambda: plan_due_digests(database, WATCH, T + timedelta(days=1)),
    }
    second = next(name for name in jobs if name != first)
    threads = {name: threading.Thread(target=job, name=name) for name, job in jobs.items()}
    threads[first].start()
    time.sleep(0.2)  # the first is inside its transaction, lingering after its read
    threads[second].start()
    for thread in threads.values():
        thread.join(30)
    with database.session() as s:
        items = s.query(OutboxItem).filter_by(subscription_id=sub).all()
        holding = sorted(item.kind for item in items if "new" in item.story_ids)
    assert holding == ["alert" if first == "alerts" else "digest"]
