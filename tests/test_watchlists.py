"""Per-server watch lists in the database, and the WatchLists values built from them."""

from __future__ import annotations

import pytest

from jobs.watch.lists import BUILTIN_LABS, Person, watch_from_settings, with_guild
from storage.db import Database
from storage.watchlists import (
    WatchListError,
    add_keyword,
    add_person,
    list_keywords,
    list_people,
    remove_keyword,
    remove_person,
)


def test_people_crud_and_errors(database: Database) -> None:
    with database.transaction() as s:
        added = add_person(s, 1, "  Jan   Leike ", ["Leike", "leike", "Jan Leike"])
        add_person(s, 2, "Jan Leike", [])
    assert added.name == "Jan Leike" and added.aliases == ("Leike",)
    with database.transaction() as s, pytest.raises(WatchListError, match="already"):
        add_person(s, 1, "jan leike", [])
    for bad, message in (("", "empty"), ("x" * 101, "limit is 100")):
        with database.transaction() as s, pytest.raises(WatchListError, match=message):
            add_person(s, 1, bad, [])
    with database.transaction() as s, pytest.raises(WatchListError, match="alias is empty"):
        add_person(s, 1, "Ilya Sutskever", [" "])
    with database.session() as s:
        assert [p.name for p in list_people(s, 1)] == ["Jan Leike"]
        assert [(p.guild_id, p.name) for p in list_people(s)] == [
            (1, "Jan Leike"),
            (2, "Jan Leike"),
        ]
    with database.transaction() as s:
        remove_person(s, 1, "JAN LEIKE")
    with database.transaction() as s, pytest.raises(WatchListError, match="not on this server"):
        remove_person(s, 1, "Jan Leike")
    with database.session() as s:
        assert [p.guild_id for p in list_people(s)] == [2]


def test_keywords_crud_and_errors(database: Database) -> None:
    with database.transaction() as s:
        add_keyword(s, 7, "superalignment")
    with database.transaction() as s, pytest.raises(WatchListError, match="already"):
        add_keyword(s, 7, "SuperAlignment")
    with database.transaction() as s, pytest.raises(WatchListError, match="empty"):
        add_keyword(s, 7, "   ")
    with database.transaction() as s, pytest.raises(WatchListError, match="not on this server"):
        remove_keyword(s, 7, "agi")
    with database.transaction() as s:
        remove_keyword(s, 7, "superalignment")
    with database.session() as s:
        assert list_keywords(s) == []


def test_watch_from_settings_and_guild() -> None:
    base = watch_from_settings([("Jan Leike", ["Leike"]), ("Ilya Sutskever", [])], ["AGI"], None)
    assert base.labs == BUILTIN_LABS
    assert base.people[0] == Person("Jan Leike", ("Leike",))
    merged = with_guild(base, [("jan leike", ["J. Leike"]), ("Mira Murati", [])], ["agi", "SSI"])
    assert [p.name for p in merged.people] == ["Jan Leike", "Ilya Sutskever", "Mira Murati"]
    assert merged.people[0].aliases == ("Leike", "J. Leike")
    assert merged.keywords == ("AGI", "SSI")
    custom = watch_from_settings(["Jan Leike"], [], [("Acme Lab", ["Acme"])])
    assert [(lab.name, lab.aliases) for lab in custom.labs] == [("Acme Lab", ("Acme",))]
