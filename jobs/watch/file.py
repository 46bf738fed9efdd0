"""Watch lists to and from a file (TOML or JSON): what servers watch, to back up or move.

The file is either an export (`[[guilds]]`, each with `guild_id`, `people`, `keywords`), or
lists without a server (`people = [...]`, `keywords = [...]`, at the top or under `[watch]`,
so a labwatch config.toml can be read too). People are written as in the config: a name, or
`{ name = "...", aliases = [...] }`.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.errors import ParseError

MAX_FILE_BYTES = 2_000_000


class WatchFileError(ParseError):
    """A watch-list file that cannot be read; str() names the place in the file."""


@dataclass(frozen=True)
class PersonEntry:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GuildLists:
    """The people and keywords of one server (guild_id None: the file named no server)."""

    guild_id: int | None
    people: tuple[PersonEntry, ...]
    keywords: tuple[str, ...]


def parse_watch_file(text: str, fmt: str) -> list[GuildLists]:
    """The lists in a TOML or JSON watch-list file."""
    if len(text) > MAX_FILE_BYTES:
        raise WatchFileError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    try:
        data = json.loads(text) if fmt == "json" else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise WatchFileError(f"not valid {fmt.upper()}: {exc}") from None
    if not isinstance(data, dict):
        raise WatchFileError("expected a table (object) at the top of the file")
    if "guilds" in data:
        guilds = _list(data["guilds"], "guilds")
        return [_guild(_table(g, f"guilds[{i}]"), f"guilds[{i}]") for i, g in enumerate(guilds)]
    section = data.get("watch", data)
    where = "watch" if "watch" in data else ""
    lists = _lists(_table(section, where or "the file"), None, where)
    if not lists.people and not lists.keywords:
        raise WatchFileError("no people or keywords found (expected [[guilds]] or people = [...])")
    return [lists]


def _guild(table: dict[str, Any], where: str) -> GuildLists:
    guild_id = table.get("guild_id")
    if isinstance(guild_id, str) and guild_id.isdigit():
        guild_id = int(guild_id)  # JSON writers often quote 64-bit ids
    if not isinstance(guild_id, int) or isinstance(guild_id, bool) or guild_id <= 0:
        raise WatchFileError(f"{where}.guild_id: expected a Discord server id (a number)")
    return _lists(table, guild_id, where)


def _lists(table: dict[str, Any], guild_id: int | None, where: str) -> GuildLists:
    prefix = f"{where}." if where else ""
    people = tuple(
        _person(p, f"{prefix}people[{i}]")
        for i, p in enumerate(_list(table.get("people", []), f"{prefix}people"))
    )
    keywords = tuple(
        _string(k, f"{prefix}keywords[{i}]")
        for i, k in enumerate(_list(table.get("keywords", []), f"{prefix}keywords"))
    )
    return GuildLists(guild_id, people, keywords)


def _person(value: Any, where: str) -> PersonEntry:
    if isinstance(value, str):
        return PersonEntry(_string(value, where))
    table = _table(value, where)
    aliases = _list(table.get("aliases", []), f"{where}.aliases")
    return PersonEntry(
        _string(table.get("name"), f"{where}.name"),
        tuple(_string(a, f"{where}.aliases[{i}]") for i, a in enumerate(aliases)),
    )


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise WatchFileError(f"{where}: expected a non-empty string")
    return " ".join(value.split())


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise WatchFileError(f"{where}: expected a list")
    return value


def _table(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise WatchFileError(f"{where}: expected a table like {{ name = ..., aliases = [...] }}")
    return value


def format_watch_file(lists: list[GuildLists], fmt: str, now: datetime) -> str:
    """The lists as a TOML or JSON export that parse_watch_file reads back."""
    if fmt == "json":
        guilds = [
            {
                "guild_id": g.guild_id,
                "people": [_person_json(p) for p in g.people],
                "keywords": list(g.keywords),
            }
            for g in lists
        ]
        return json.dumps({"exported_at": now.isoformat(), "guilds": guilds}, indent=2) + "\n"
    out = [
        f"# labwatch watch lists, exported {now:%Y-%m-%d %H:%M} UTC.",
        "# `labwatch import watch FILE` adds them back; --guild ID puts them on another server.",
    ]
    for g in lists:
        out += ["", "[[guilds]]", f"guild_id = {g.guild_id}", "people = ["]
        out += [f"  {_person_toml(p)}," for p in g.people]
        out += ["]", "keywords = [" + ", ".join(_quote(k) for k in g.keywords) + "]"]
    return "\n".join(out) + "\n"


def _person_json(person: PersonEntry) -> str | dict[str, Any]:
    return {"name": person.name, "aliases": list(person.aliases)} if person.aliases else person.name


def _person_toml(person: PersonEntry) -> str:
    if not person.aliases:
        return _quote(person.name)
    aliases = ", ".join(_quote(a) for a in person.aliases)
    return f"{{ name = {_quote(person.name)}, aliases = [{aliases}] }}"


def _quote(text: str) -> str:
    # a JSON string is a valid TOML basic string (same escapes; control characters as \\uXXXX)
    return json.dumps(text, ensure_ascii=False)
