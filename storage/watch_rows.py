"""The people the Discord servers watch, as `labwatch moments` reads them: storage.reads's
query, no SQLAlchemy import of its own (storage.watchlists holds the rest and re-exports these)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage.lite import rows

if TYPE_CHECKING:
    from storage.lite import AnyReader


@dataclass(frozen=True)
class WatchedPerson:
    """A person a server watches."""

    guild_id: int
    name: str
    aliases: tuple[str, ...]


def every_watched_person(session: AnyReader) -> list[WatchedPerson]:
    """The people every server watches, by server, oldest first."""
    return [
        WatchedPerson(guild, name, tuple(aliases or ()))
        for guild, name, aliases in rows(session, "watched_people")
    ]
