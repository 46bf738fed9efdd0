"""Every source looked up by name and by URL from one query (syncing a config of 1,000 sources
asked the database two questions per source, ~1 s of each command's start)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Source
from storage.sources import get_source, get_source_by_url


class SourceIndex:
    """get_source and get_source_by_url, answered from memory where that gives the same answer.

    Names are compared case-insensitively by the database's lower(): in ASCII every database
    lowers alike, so the index answers only for ASCII names, and only while no two names differ
    by case alone (the query's first match would be arbitrary); otherwise it asks the database.
    Callers that rename or re-point a source say so with `moved`, new ones with `added`.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._by_name: dict[str, Source] = {}
        self._by_url: dict[str, Source] = {}
        self._exact = True
        session.flush()  # the query below sees what the session holds, as a query would
        for source in session.scalars(select(Source)):
            self.added(source)

    def by_name(self, name: str) -> Source | None:
        key = name.strip().lower()
        if not (self._exact and key.isascii()):
            return get_source(self._session, name)
        return self._by_name.get(key)

    def by_url(self, url: str) -> Source | None:
        if not self._exact:
            return get_source_by_url(self._session, url)
        return self._by_url.get(url)

    def added(self, source: Source) -> None:
        key = source.name.lower()
        if not source.name.isascii() or self._by_name.get(key, source) is not source:
            self._exact = False
        self._by_name[key] = source
        self._by_url[source.url] = source

    def moved(self, source: Source, old_name: str, old_url: str) -> None:
        """`source` was called `old_name` and polled `old_url` a moment ago."""
        if self._by_name.get(old_name.lower()) is source:
            del self._by_name[old_name.lower()]
        if self._by_url.get(old_url) is source:
            del self._by_url[old_url]
        self.added(source)
