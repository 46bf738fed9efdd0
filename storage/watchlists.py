"""Per-server watch lists: the people and keywords one Discord server adds to the config's."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from storage.errors import ConfigError
from storage.models import WatchKeyword, WatchPerson

MAX_LENGTH = 100
MAX_ALIASES = 20


class WatchListError(ConfigError):
    """A watch-list change that cannot be made; the message is one sentence for a user."""


@dataclass(frozen=True)
class WatchedPerson:
    """A person a server watches."""

    guild_id: int
    name: str
    aliases: tuple[str, ...]


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


def list_people(session: Session, guild_id: int | None = None) -> list[WatchedPerson]:
    """The people one server watches (guild_id None: every server's), oldest first."""
    query = select(WatchPerson).order_by(WatchPerson.guild_id, WatchPerson.id)
    if guild_id is not None:
        query = query.where(WatchPerson.guild_id == guild_id)
    return [
        WatchedPerson(row.guild_id, row.name, tuple(row.aliases or ()))
        for row in session.scalars(query)
    ]


def add_person(
    session: Session, guild_id: int, name: str, aliases: list[str] | tuple[str, ...] | None = None
) -> WatchedPerson:
    """Watch a person on one server; WatchListError when the name is empty, too long or taken."""
    cleaned = clean_text(name, "name")
    alias_tuple = clean_aliases(cleaned, aliases)
    if _find_person(session, guild_id, cleaned) is not None:
        raise WatchListError(f"{cleaned} is already on this server's watch list.")
    session.add(WatchPerson(guild_id=guild_id, name=cleaned, aliases=list(alias_tuple)))
    session.flush()
    return WatchedPerson(guild_id, cleaned, alias_tuple)


def remove_person(session: Session, guild_id: int, name: str) -> None:
    """Stop watching a person on one server; WatchListError when they are not watched there."""
    cleaned = clean_text(name, "name")
    row = _find_person(session, guild_id, cleaned)
    if row is None:
        raise WatchListError(f"{cleaned} is not on this server's watch list.")
    session.delete(row)
    session.flush()


def list_keywords(session: Session, guild_id: int | None = None) -> list[WatchedKeyword]:
    """The keywords one server watches (guild_id None: every server's), oldest first."""
    query = select(WatchKeyword).order_by(WatchKeyword.guild_id, WatchKeyword.id)
    if guild_id is not None:
        query = query.where(WatchKeyword.guild_id == guild_id)
    return [WatchedKeyword(row.guild_id, row.phrase) for row in session.scalars(query)]


def add_keyword(session: Session, guild_id: int, phrase: str) -> WatchedKeyword:
    """Watch a keyword on one server; WatchListError when empty, too long or already there."""
    cleaned = clean_text(phrase, "keyword")
    if _find_keyword(session, guild_id, cleaned) is not None:
        raise WatchListError(f"'{cleaned}' is already on this server's keyword list.")
    session.add(WatchKeyword(guild_id=guild_id, phrase=cleaned))
    session.flush()
    return WatchedKeyword(guild_id, cleaned)


def remove_keyword(session: Session, guild_id: int, phrase: str) -> None:
    """Stop watching a keyword on one server; WatchListError when it is not watched there."""
    cleaned = clean_text(phrase, "keyword")
    row = _find_keyword(session, guild_id, cleaned)
    if row is None:
        raise WatchListError(f"'{cleaned}' is not on this server's keyword list.")
    session.delete(row)
    session.flush()


def remove_guild_lists(session: Session, guild_id: int) -> int:
    """Forget one server's people and keywords (the bot left it); returns rows removed."""
    people = session.execute(delete(WatchPerson).where(WatchPerson.guild_id == guild_id))
    words = session.execute(delete(WatchKeyword).where(WatchKeyword.guild_id == guild_id))
    return int(people.rowcount or 0) + int(words.rowcount or 0)  # type: ignore[attr-defined]


def _find_person(session: Session, guild_id: int, name: str) -> WatchPerson | None:
    query = select(WatchPerson).where(
        WatchPerson.guild_id == guild_id, func.lower(WatchPerson.name) == name.lower()
    )
    return session.scalars(query).first()


def _find_keyword(session: Session, guild_id: int, phrase: str) -> WatchKeyword | None:
    query = select(WatchKeyword).where(
        WatchKeyword.guild_id == guild_id, func.lower(WatchKeyword.phrase) == phrase.lower()
    )
    return session.scalars(query).first()
