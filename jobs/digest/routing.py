"""Which stories a destination takes: routing lists, exclusions and an optional pattern.

A destination's routing (kinds, labs, people, keywords, sources) says what it wants; each
non-empty list must match (an empty one restricts nothing). Exclusions, the destination's
and the global `[filters]`, drop a story whatever else matches. The optional pattern runs
on the linear-time RE2 engine: a hostile pattern cannot backtrack, so a match takes time in
proportion to the (capped) text, never exponential time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from jobs.language.labs import family_key
from jobs.vocabulary import STORY_KINDS, StoryKind
from storage.errors import ConfigError

KINDS = STORY_KINDS
# source groups a `sources` entry may name instead of a source (the source's kind)
SOURCE_GROUPS = ("feed", "youtube", "google_news", "hacker_news")
LIST_KEYS = (
    "kinds",
    "labs",
    "people",
    "keywords",
    "sources",
    "exclude_keywords",
    "exclude_labs",
    "exclude_people",
    "exclude_sources",
)
EXCLUDE_KEYS = LIST_KEYS[5:]
PATTERN_MAX = 500  # characters of a `match` pattern
TEXT_MAX = 8_000  # characters of title + summary a pattern looks at
ENGINE_MEMORY = 8 << 20  # bytes RE2 may use for one compiled pattern


class RoutingError(ConfigError, ValueError):
    """A routing setting that cannot be used; the message is one sentence."""


@dataclass(frozen=True)
class Routing:
    """One destination's routing and filters (or the global `[filters]`)."""

    kinds: tuple[str, ...] = ()
    labs: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    exclude_keywords: tuple[str, ...] = ()
    exclude_labs: tuple[str, ...] = ()
    exclude_people: tuple[str, ...] = ()
    exclude_sources: tuple[str, ...] = ()
    match: str | None = None

    @classmethod
    def of(cls, data: Mapping[str, Any] | None) -> Routing:
        """Routing from a mapping (config section, stored JSON); unknown keys are ignored."""
        data = data or {}
        values: dict[str, Any] = {k: clean_list(data.get(k) or ()) for k in LIST_KEYS}
        values["match"] = data.get("match") or None
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        """Only the settings that restrict something, JSON-ready."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value:
                out[f.name] = list(value) if isinstance(value, tuple) else value
        return out

    def is_open(self) -> bool:
        """True when nothing is restricted."""
        return not self.to_json()


def clean_list(values: Iterable[Any]) -> tuple[str, ...]:
    """Names trimmed, empties and repeats dropped (case-insensitively), order kept."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        text = " ".join(str(value).split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return tuple(out)


def check_kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    """The kinds, each "move" or "mention"; RoutingError names a wrong one."""
    out = clean_list(k.casefold() for k in kinds)
    for kind in out:
        if kind not in KINDS:
            raise RoutingError(f"{kind[:40]!r} is not a story kind; use move or mention.")
    return out


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> Any:
    """The pattern compiled by RE2 (linear time); RoutingError when it is unusable."""
    import re2  # google-re2: imported only when a pattern is used

    if len(pattern) > PATTERN_MAX:
        raise RoutingError(f"the match pattern is longer than {PATTERN_MAX} characters.")
    options = re2.Options()
    options.max_mem = ENGINE_MEMORY
    options.case_sensitive = False
    options.log_errors = False
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        why = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise RoutingError(
            f"the match pattern cannot be used ({why}); backreferences and look-arounds are "
            "not supported, so that no pattern can stall matching."
        ) from None


def check_pattern(pattern: str | None) -> str | None:
    """The pattern if RE2 compiles it (None or empty: no pattern)."""
    if not pattern:
        return None
    compile_pattern(pattern)
    return pattern


@dataclass(frozen=True)
class StoryFacts:
    """What filters look at in a story."""

    kind: StoryKind
    title: str
    summary: str
    people: tuple[str, ...] = ()
    labs: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # source names, their kinds (groups) and outlets


@dataclass(frozen=True)
class Verdict:
    """Whether a story goes to a destination, and the filter that decided."""

    kept: bool
    reason: str


def decide(facts: StoryFacts, routing: Routing, filters: Routing | None = None) -> Verdict:
    """Keep or drop one story for one destination; the reason names the deciding filter."""
    for scope, table in (("[filters]", filters), ("destination", routing)):
        if table is None:
            continue
        for key in EXCLUDE_KEYS:
            hit = first_hit(getattr(table, key), facts, key.removeprefix("exclude_"))
            if hit is not None:
                return Verdict(False, f"dropped by {scope} {key} {hit!r}")
    kept_by: list[str] = []
    for key in ("kinds", "labs", "people", "keywords", "sources"):
        wanted = getattr(routing, key)
        if not wanted:
            continue
        hit = first_hit(wanted, facts, key)
        if hit is None:
            return Verdict(False, f"dropped by {key}: matches none of {', '.join(wanted)[:200]}")
        kept_by.append(f"{key} {hit!r}")
    if routing.match:
        if not pattern_matches(routing.match, facts):
            return Verdict(False, f"dropped by match: {routing.match[:100]!r} finds nothing")
        kept_by.append(f"match {routing.match[:100]!r}")
    return Verdict(True, "kept by " + ", ".join(kept_by) if kept_by else "kept: no filter")


def first_hit(values: tuple[str, ...], facts: StoryFacts, what: str) -> str | None:
    """The first of `values` that the story has in its `what` (kinds, labs, ...), or None."""
    for value in values:
        if has(facts, what, value):
            return value
    return None


def has(facts: StoryFacts, what: str, value: str) -> bool:
    """True when the story's `what` contains `value` (keywords: also as words in the text)."""
    wanted = value.casefold()
    if what == "kinds":
        return facts.kind == wanted
    if what == "labs":  # a lab by any name of its family ("Ai2", "Allen Institute for AI")
        return any(family_key(str(n)) == family_key(value) for n in facts.labs)
    names = {"people": facts.people, "sources": facts.sources}
    if what in names:
        return any(str(n).casefold() == wanted for n in names[what])
    if any(str(k).casefold() == wanted for k in facts.keywords):
        return True
    phrase = r"(?<!\w)" + re.escape(value) + r"(?!\w)"  # a literal: no backtracking to fear
    return re.search(phrase, f"{facts.title}\n{facts.summary}", re.IGNORECASE) is not None


def pattern_matches(pattern: str, facts: StoryFacts) -> bool:
    """True when the pattern finds something in the title or summary."""
    text = f"{facts.title}\n{facts.summary}"[:TEXT_MAX]
    return compile_pattern(pattern).search(text) is not None


def facts_of(story: Any, reports: Iterable[Any] = ()) -> StoryFacts:
    """A stored story (and its reports, for sources) as the filters see it."""
    labs = [*(story.labs or []), story.from_lab, story.to_lab]
    people = [*(story.people or []), story.person]
    sources: list[str] = []
    for report in reports:
        sources += [report.source_name, report.source_kind, report.publisher]
    return StoryFacts(
        kind=story.kind,
        title=story.title or "",
        summary=story.summary or "",
        people=clean_list(p for p in people if p),
        labs=clean_list(lab for lab in labs if lab),
        keywords=clean_list(story.keywords or []),
        sources=clean_list(s for s in sources if s),
    )


def facts_from_analysis(
    title: str, summary: str, analysis: Any, sources: Iterable[str] = ()
) -> StoryFacts:
    """A headline's classification (jobs.language.classify.Analysis) as the filters see it."""
    event = analysis.event
    people = [*analysis.people, *([event.person] if event and event.person else [])]
    labs = (
        [*analysis.labs, *[x for x in (event.from_lab, event.to_lab) if x]]
        if event
        else analysis.labs
    )
    return StoryFacts(
        kind="move" if analysis.is_move else "mention",
        title=title,
        summary=summary,
        people=clean_list(people),
        labs=clean_list(labs),
        keywords=clean_list(analysis.keywords),
        sources=clean_list(sources),
    )


def explain_routing(
    facts: StoryFacts, destinations: Iterable[tuple[str, Routing]], filters: Routing | None
) -> list[str]:
    """One line per destination: whether the story goes there and which filter decided."""
    lines = [f"{name}: {decide(facts, routing, filters).reason}" for name, routing in destinations]
    if not lines:
        verdict = decide(facts, Routing(), filters)
        lines = [f"(no destination yet) {verdict.reason}"]
    return lines
