"""`labwatch run` without Discord: new stories and the daily digest go to the terminal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TextIO

from bot.app import global_watch
from bot.config import Settings
from bot.render import clean_line, render_text
from jobs.digest.assemble import assemble_digest, event_in_words, terminal_digest
from jobs.digest.daily import last_due_time
from storage import digests
from storage import settings as settings_store
from storage.db import Database

LAST_UNTIL_KEY = "terminal_digest_until"  # shared with `labwatch digest`
FIRST_WINDOW = timedelta(hours=24)


class TerminalOutput:
    """Prints what a Discord channel would receive."""

    def __init__(
        self, db: Database, settings: Settings, clock: Callable[[], datetime], out: TextIO
    ) -> None:
        self.db, self.settings, self.clock, self.out = db, settings, clock, out

    async def print_stories(self, story_ids: list[str]) -> None:
        """One line per new story, moves and mentions."""
        for line in await self.db.run(self.story_lines, story_ids):
            print(line, file=self.out, flush=True)

    def story_lines(self, story_ids: list[str]) -> list[str]:
        now = self.clock()
        with self.db.session() as session:
            stories = digests.stories_by_id(session, story_ids)
            digest = assemble_digest(session, stories, now, now, None, now)
        lines = []
        for story in digest.stories:
            what = event_in_words(story.event) or ", ".join(story.people + story.keywords)
            url = story.sources[0].url if story.sources else ""
            lines.append(clean_line(f"new {story.kind}: {what} — {story.title} {url}"))
        return lines

    async def print_due_digest(self) -> None:
        """Print the digest when [schedule] digest_at has passed since the last one."""
        text = await self.db.run(self.due_digest_text)
        if text:
            print(text, file=self.out, flush=True)

    def due_digest_text(self) -> str | None:
        schedule = self.settings.raw.schedule
        now = self.clock()
        due = last_due_time(schedule.digest_at, schedule.timezone, now)
        with self.db.transaction() as session:
            last = settings_store.get_setting(session, LAST_UNTIL_KEY)
            since = datetime.fromisoformat(last) if last else due - FIRST_WINDOW
            if since >= due:
                return None
            watch = global_watch(self.settings)
            text = render_text(terminal_digest(session, since, due, now, watch))
            settings_store.set_setting(session, LAST_UNTIL_KEY, due.isoformat())
        return text
