"""Per-server watch lists: the people and keywords one Discord server adds to the config's.

Core only (storage.schema's tables, no ORM): `labwatch moments` and `labwatch export` read these
lists without loading the ORM; every statement runs at once, so reads in the same session see it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select

from storage.errors import ConfigError
from storage.schema import watch_keywords, watch_people
from storage.watch_rows import WatchedPerson as WatchedPerson
from storage.watch_rows import every_watched_person

if TYPE_CHECKING:
    from storage.db import Reader

MAX_LENGTH = 100
MAX_ALIASES = 20


class WatchListError(ConfigError):
    """A watch-list change that cannot be made; the message is one sentence for a user."""


@dataclass(frozen=True)
class WatchedKeyword:
    """A keyword a server watches."""

    guild_id: int
    phrase: str


def clean_text(text: str, what: str) -> str:
    """Whitespace-collapsed text, or a WatchListError when empty or longer than MAX_LENGTH."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise WatchListError(f"The {what} is empty.")
    if len(cleaned) > MAX_LENGTH:
        raise WatchListError(
            f"The {what} is {len(cleaned)} characters long; the limit is {MAX_LENGTH}."
        )
    return cleaned


def clean_aliases(name: str, aliases: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Aliases cleaned and de-duplicated (case-insensitively, and never the name itself)."""
    seen = {name.casefold()}
    result: list[str] = []
    for alias in aliases or ():
        cleaned = clean_text(alias, "alias")
        if cleaned.casefold() not in seen:
            seen.add(cleaned.casefold())
            result.append(cleaned)
    if len(result) > MAX_ALIASES:
        raise WatchListError(f"A person can have at most {MAX_ALIASES} aliases.")
    return tuple(result)


def list_people(session: Reader, guild_id: int | None = None) -> list[WatchedPerson]:
    """The people one server watches (guild_id None: every server's), oldest first."""
    if guild_id is None:
        return every_watched_person(session)
    p = watch_people.c
    query = select(p.guild_id, p.name, p.aliases).order_by(p.guild_id, p.id)
    if guild_id is not None:
        query = query.where(p.guild_id == guild_id)
    return [
        WatchedPerson(guild, name, tuple(aliases or ()))
        for guild, name, aliases in session.execute(query)
    ]


def add_person(
    session: Reader, guild_id: int, name: str, aliases: list[str] | tuple[str, ...] | None = None
) -> WatchedPerson:
    """Watch a person on one server; WatchListError when the name is empty, too long or taken."""
    cleaned = clean_text(name, "name")
    alias_tuple = clean_aliases(cleaned, aliases)
    if _find_person(session, guild_id, cleaned) is not None:
        raise WatchListError(f"{cleaned} is already on this server's watch list.")
    values = {"guild_id": guild_id, "name": cleaned, "aliases": list(alias_tuple)}
    session.execute(insert(watch_people).values(values))
    return WatchedPerson(guild_id, cleaned, alias_tuple)


def remove_person(session: Reader, guild_id: int, name: str) -> None:
    """Stop watching a person on one server; WatchListError when they are not watched there."""
    cleaned = clean_text(name, "name")
    row_id = _find_person(session, guild_id, cleaned)
    if row_id is None:
        raise WatchListError(f"{cleaned} is not on this server's watch list.")
    session.execute(delete(watch_people).where(watch_people.c.id == row_id))


def list_keywords(session: Reader, guild_id: int | None = None) -> list[WatchedKeyword]:
    """The keywords one server watches (guild_id None: every server's), oldest first."""
    k = watch_keywords.c
    query = select(k.guild_id, k.phrase).order_by(k.guild_id, k.id)
    if guild_id is not None:
        query = query.where(k.guild_id == guild_id)
    return [WatchedKeyword(guild, phrase) for guild, phrase in session.execute(query)]


def add_keyword(session: Reader, guild_id: int, phrase: str) -> WatchedKeyword:
    """Watch a keyword on one server; WatchListError when empty, too long or already there."""
    cleaned = clean_text(phrase, "keyword")
    if _find_keyword(session, guild_id, cleaned) is not None:
        raise WatchListError(f"'{cleaned}' is already on this server's keyword list.")
    session.execute(insert(watch_keywords).values(guild_id=guild_id, phrase=cleaned))
    return WatchedKeyword(guild_id, cleaned)


def remove_keyword(session: Reader, guild_id: int, phrase: str) -> None:
    """Stop watching a keyword on one server; WatchListError when it is not watched there."""
    cleaned = clean_text(phrase, "keyword")
    row_id = _find_keyword(session, guild_id, cleaned)
    if row_id is None:
        raise WatchListError(f"'{cleaned}' is not on this server's keyword list.")
    session.execute(delete(watch_keywords).where(watch_keywords.c.id == row_id))


def remove_guild_lists(session: Reader, guild_id: int) -> int:
    """Forget one server's people and keywords (the bot left it); returns rows removed."""
    people = session.execute(delete(watch_people).where(watch_people.c.guild_id == guild_id))
    words = session.execute(delete(watch_keywords).where(watch_keywords.c.guild_id == guild_id))
    return int(people.rowcount or 0) + int(words.rowcount or 0)  # type: ignore[attr-defined]


def _find_person(session: Reader, guild_id: int, name: str) -> int | None:
    """The row id of a person one server watches (the name compared case-insensitively)."""
    p = watch_people.c
    query = select(p.id).where(p.guild_id == guild_id, func.lower(p.name) == name.lower())
    return session.scalars(query.limit(1)).first()


def _find_keyword(session: Reader, guild_id: int, phrase: str) -> int | None:
    """The row id of a keyword one server watches (compared case-insensitively)."""
    k = watch_keywords.c
    query = select(k.id).where(k.guild_id == guild_id, func.lower(k.phrase) == phrase.lower())
    return session.scalars(query.limit(1)).first()
