"""The printed digest: watched people's moves first, a date on every story, markdown paragraphs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.render import render_markdown, render_text
from jobs.digest.assemble import terminal_digest
from jobs.watch.lists import Person, WatchLists
from storage.db import Database
from tests.digest_samples import add_story

T = datetime(2025, 7, 8, 12, tzinfo=UTC)


def test_watched_movers_come_first_and_every_story_has_its_date(database: Database) -> None:
    with database.transaction() as s:
        add_story(s, "other", "Bob Smith joins Meta", T - timedelta(hours=1), person="Bob Smith",
                  action="join", to_lab="Meta")  # fmt: skip
        add_story(s, "watched", "Jan Leike joins Anthropic", T - timedelta(days=1, hours=2),
                  person="Jan Leike", action="join", from_lab="OpenAI", to_lab="Anthropic",
                  summary="He will lead a new team.")  # fmt: skip
        add_story(s, "talk", "Jan Leike on oversight", T - timedelta(hours=3), kind="mention",
                  people=["Jan Leike"])  # fmt: skip
    watch = WatchLists(people=(Person("Jan Leike"),))
    with database.session() as s:
        digest = terminal_digest(s, T - timedelta(days=2), T, T, watch)
    assert [x.id for x in digest.stories] == ["watched", "other", "talk"]
    text = render_text(digest)
    assert "1. Jan Leike joins Anthropic · 2025-07-07" in text
    assert "2. Bob Smith joins Meta · 2025-07-08" in text
    assert "1. Jan Leike on oversight · 2025-07-08" in text
    markdown = render_markdown(digest)
    # the event line and the summary are separate paragraphs, the date is on every story
    assert (
        "2025-07-07 · **Jan Leike: OpenAI → Anthropic**\n\nHe will lead a new team.\n" in markdown
    )
    assert markdown.count("\n2025-07-08") == 2
