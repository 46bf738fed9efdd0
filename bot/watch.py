"""The config's watch lists as the jobs take them (no database, no SQLAlchemy)."""

from __future__ import annotations

from bot.config import Settings
from jobs.watch.lists import WatchLists, watch_from_settings


def global_watch(settings: Settings) -> WatchLists:
    """The config's watch lists (servers add their own on top)."""
    watch = settings.watch
    return watch_from_settings(watch.people_named(), watch.keywords, watch.labs_named())
