"""What to watch: people (with aliases), keywords and labs, as plain immutable values."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jobs.language.labs import LAB_TABLE


@dataclass(frozen=True)
class Person:
    """A watched person: the name shown, and other spellings that mean them."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lab:
    """An AI lab: the name shown, and aliases or sub-brands that mean it."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class WatchLists:
    """Everything the classifier looks for."""

    people: tuple[Person, ...] = ()
    keywords: tuple[str, ...] = ()
    labs: tuple[Lab, ...] = ()


BUILTIN_LABS: tuple[Lab, ...] = tuple(Lab(name, aliases) for name, aliases in LAB_TABLE)


def named_pairs(items: Iterable[Any]) -> list[tuple[str, list[str]]]:
    """(name, aliases) pairs from tuples, plain names, or objects with .name/.aliases."""
    pairs: list[tuple[str, list[str]]] = []
    for item in items:
        if isinstance(item, str):
            pairs.append((item, []))
        elif isinstance(item, tuple | list):
            name, aliases = item[0], item[1] if len(item) > 1 else []
            pairs.append((str(name), list(aliases or [])))
        else:
            pairs.append((str(item.name), list(getattr(item, "aliases", None) or [])))
    return pairs


def make_people(items: Iterable[Any]) -> tuple[Person, ...]:
    """Persons from (name, aliases) pairs, de-duplicated by name, aliases merged."""
    merged: dict[str, Person] = {}
    for name, aliases in named_pairs(items):
        name = " ".join(name.split())
        if not name:
            continue
        key = name.casefold()
        old = merged.get(key)
        known = {a.casefold() for a in (old.aliases if old else ())} | {key}
        extra = tuple(a for a in aliases if a.strip() and a.casefold() not in known)
        merged[key] = Person(old.name if old else name, (old.aliases if old else ()) + extra)
    return tuple(merged.values())


def make_keywords(items: Iterable[Any]) -> tuple[str, ...]:
    """Keywords de-duplicated case-insensitively (rows with .phrase are accepted too)."""
    seen: dict[str, str] = {}
    for item in items:
        phrase = " ".join(str(getattr(item, "phrase", item)).split())
        if phrase and phrase.casefold() not in seen:
            seen[phrase.casefold()] = phrase
    return tuple(seen.values())


def watch_from_settings(
    people: Iterable[Any], keywords: Iterable[Any], labs: Iterable[Any] | None = None
) -> WatchLists:
    """The config's lists as WatchLists; labs None means the built-in list of AI labs."""
    if labs is None:
        lab_tuple = BUILTIN_LABS
    else:
        lab_tuple = tuple(Lab(p.name, p.aliases) for p in make_people(labs))
    return WatchLists(make_people(people), make_keywords(keywords), lab_tuple)


def with_guild(base: WatchLists, people: Iterable[Any], keywords: Iterable[Any]) -> WatchLists:
    """The base lists plus one server's (or every server's) people and keywords."""
    return WatchLists(
        make_people([*((p.name, list(p.aliases)) for p in base.people), *named_pairs(people)]),
        make_keywords([*base.keywords, *keywords]),
        base.labs,
    )
