"""/status at the handler level."""

from __future__ import annotations

from datetime import timedelta

from bot import __version__
from bot.cogs.status import StatusCog
from storage import subscriptions
from storage.db import Database
from storage.models import Source
from tests.fakes_discord import FakeInteraction, call, make_deps


async def test_status_shows_poll_failures_next_digest_and_version(database: Database) -> None:
    cog = StatusCog(make_deps(database))
    first = FakeInteraction()
    await call(cog, "status", first)
    assert first.response.deferred is not None and first.last.ephemeral
    assert "not polled yet" in first.last.content and "/subscribe" in first.last.content

    now = cog.deps.clock()
    with database.transaction() as session:
        session.add(Source(name="Broken feed", url="https://x.example/feed", consecutive_failures=4,
                           last_error="HTTP 503 from x.example", last_polled_at=now - timedelta(minutes=3)))  # fmt: skip
        subscriptions.subscribe_channel(session, 500, 700, "09:00", "UTC")
    itx = FakeInteraction()
    await call(cog, "status", itx)
    text = itx.last.content
    assert f"labwatch {__version__}" in text
    assert f"last poll <t:{int((now - timedelta(minutes=3)).timestamp())}:R>" in text
    assert "Broken feed: 4 failures (HTTP 503 from x.example)" in text
    assert "Next digest: <t:" in text and "<#700>" in text


async def test_status_says_when_transcripts_are_paused(database: Database) -> None:
    from storage import transcripts

    cog = StatusCog(make_deps(database))
    now = cog.deps.clock()
    with database.transaction() as session:
        transcripts.set_provider_blocked(
            session, "youtube", now + timedelta(hours=2), "IpBlocked: IP blocked", 1
        )
    itx = FakeInteraction()
    await call(cog, "status", itx)
    assert "Transcripts: YouTube is blocking this server; see docs" in itx.last.content
    assert "youtube: IpBlocked: IP blocked; paused until" in itx.last.content
    # a failed canary says so too, once the pause is over
    with database.transaction() as session:
        transcripts.clear_provider_block(session, "youtube")
        transcripts.set_canary(session, "ytdlp", "dQw4w9WgXcQ", "no_captions: none", now)
    await call(cog, "status", itx)
    assert r"ytdlp: canary video dQw4w9WgXcQ: no\_captions: none" in itx.last.content
    assert "youtube" not in itx.last.content
