"""/metrics of one process of several: its role, the claims it holds (and the due and lapsed
ones), and how old its heartbeat is, scraped over a real loopback connection."""

from __future__ import annotations

from datetime import timedelta

from jobs.metrics import Metrics
from storage import heartbeats
from storage.db import Database
from storage.models import Source, Subscription
from storage.types import utcnow
from tests.test_metrics import get_metrics, sample

ME = "labwatch worker on host-a pid 41 [token=x]"


def claimed_sources(db: Database) -> None:
    now = utcnow()
    later, earlier = now + timedelta(minutes=1), now - timedelta(minutes=1)
    rows = [  # name, claimed by, until, next poll, enabled
        ("mine", ME, later, None, True),  # held by this process
        ("theirs", "another worker", later, None, True),  # held, not by us: not due either
        ("dead", "a killed worker", earlier, None, True),  # lapsed: expired, and due again
        ("waiting", None, None, earlier, True),  # due, nobody holds it
        ("later", None, None, later, True),  # not due
        ("off", None, None, None, False),  # disabled: never due
    ]
    with db.transaction() as session:
        for name, holder, until, next_at, enabled in rows:
            session.add(Source(name=name, url=f"http://127.0.0.1/{name}", claimed_by=holder,
                               claimed_until=until, next_poll_at=next_at, enabled=enabled))  # fmt: skip
        session.add(Subscription(key="channel:9", kind="channel", channel_id=9, claimed_by=ME,
                                 claimed_until=later))  # fmt: skip
        heartbeats.beat(session, ME, "worker", "", 1, now - timedelta(seconds=5))


async def scrape(db: Database, metrics: Metrics) -> str:
    response = await get_metrics(db, metrics)
    assert response.status_code == 200
    return response.text


async def test_a_worker_shows_its_role_claims_and_heartbeat_age(database: Database) -> None:
    claimed_sources(database)
    metrics = Metrics()
    metrics.role, metrics.holder = "worker", ME
    text = await scrape(database, metrics)
    assert sample(text, 'labwatch_role{role="worker"}') == 1
    assert sample(text, 'labwatch_claims{kind="sources",state="held"}') == 1
    assert sample(text, 'labwatch_claims{kind="sources",state="due"}') == 2
    assert sample(text, 'labwatch_claims{kind="sources",state="expired"}') == 1
    assert sample(text, 'labwatch_claims{kind="subscriptions",state="held"}') == 1
    assert sample(text, 'labwatch_claims{kind="videos",state="due"}') == 0
    assert sample(text, 'labwatch_claims{kind="outbox",state="expired"}') == 0
    assert 5 <= sample(text, "labwatch_heartbeat_age_seconds") < 60
    assert "# TYPE labwatch_claims gauge" in text


async def test_one_process_doing_everything_holds_no_claims_and_beats_no_heartbeat(
    database: Database,
) -> None:
    claimed_sources(database)
    text = await scrape(database, Metrics())
    assert sample(text, 'labwatch_role{role="all"}') == 1
    assert sample(text, 'labwatch_claims{kind="sources",state="held"}') == 0
    assert sample(text, 'labwatch_claims{kind="sources",state="due"}') == 2
    assert "labwatch_heartbeat_age_seconds" not in text
