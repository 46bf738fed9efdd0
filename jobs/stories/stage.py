"""Classify new entries and gather them into stories: one story per real-world event."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from jobs.language.classify import Analysis, classify
from jobs.language.labs import FAMILY_OF
from jobs.stories.movers import (
    family_event,
    family_labs,
    first_posts,
    garbled,
    in_headline,
    named_as_remit,
    names_in_hangul,
)
from jobs.stories.placing import REINDEX, Clusterer
from jobs.stories.scoring import (
    Item,
    block_keys,
    entities_of,
    head_counts,
    in_characters,
    named_keys,
    names_a_group,
    person_keys,
    raid_keys,
    retold_key,
    story_kind,
    tells_a_move,
    tells_elsewhere,
    unnamed_keys,
    words_of,
)
from jobs.vocabulary import StoryKind
from jobs.watch.lists import WatchLists, with_guild
from storage.stories import (
    PendingEntry,
    mark_analyzed,
    pending_entries,
    save_stories,
    stories_for_urls,
)
from storage.watchlists import list_keywords, list_people

BATCH = 2000


@dataclass
class AnalyzeReport:
    """What one analysis pass did."""

    analyzed: int = 0
    new_story_ids: list[str] = field(default_factory=list)
    changed_story_ids: list[str] = field(default_factory=list)


def analyze_pending(
    session: Session,
    watch: WatchLists,
    now: datetime,
    *,
    batch_size: int = BATCH,
    known: dict[tuple[str, str], Analysis] | None = None,
    told: dict[tuple[str, str], bool] | None = None,
    most: int | None = None,
) -> AnalyzeReport:
    """Classify entries with analyzed_at NULL and put moves and mentions into stories.

    `known`: classify(title, summary, watch) of some entries, done ahead (jobs/stories/ahead.py)
    by (title, summary); each result is used once (the stage classifies the rest). `told`:
    tells_a_move(title, summary) of some, done ahead too (the stage tests the rest). `most`:
    the oldest that many pending entries only (None: every one).
    """
    report = AnalyzeReport()
    with _collector_paused():
        while most is None or report.analyzed < most:
            size = batch_size if most is None else min(batch_size, most - report.analyzed)
            pending = pending_entries(session, size)
            if not pending:
                break
            analyze_batch(session, pending, watch, now, report, known, told)
    new = set(report.new_story_ids)  # a set: a long pass makes thousands of stories
    report.changed_story_ids = [s for s in report.changed_story_ids if s not in new]
    return report


@contextmanager
def _collector_paused() -> Iterator[None]:
    # Classifying makes ~100 short-lived objects per entry and no reference cycles, so the
    # cyclic collector's repeated passes over the heap (~12% of the CPU) free nothing here;
    # reference counting still frees everything, and the collector runs again afterwards.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def watch_for_analysis(session: Session, base: WatchLists) -> WatchLists:
    """The config's lists plus every server's people and keywords (what mentions are made of)."""
    return with_guild(base, list_people(session), list_keywords(session))


def analyze_batch(
    session: Session,
    pending: list[PendingEntry],
    watch: WatchLists,
    now: datetime,
    report: AnalyzeReport,
    known: dict[tuple[str, str], Analysis] | None = None,
    told: dict[tuple[str, str], bool] | None = None,
) -> None:
    """One batch: classify, cluster against nearby stories, write everything in bulk."""
    updates: list[dict[str, Any]] = []
    items: list[Item] = []
    known_urls = stories_for_urls(session, [e.canonical_url for e in pending if e.canonical_url])
    related: list[Item] = []
    known = known if known is not None else {}
    told = told if told is not None else {}
    for entry in pending:
        text = (entry.title, entry.summary)
        analysis = known.pop(text, None)
        if analysis is None:
            analysis = classify(entry.title, entry.summary, watch)
        kind = story_kind(analysis)
        if kind is None and entry.canonical_url in known_urls:
            kind = "mention"  # the same report again (another feed): it joins its story anyway
        if kind is not None:
            items.append(make_item(entry, analysis, kind))
        elif (item := related_item(entry, analysis, told.get(text))) is not None:
            related.append(item)
        else:
            updates.append(_update(entry.id, analysis, None, now))
    clusterer = Clusterer(session, items + related, now, known_urls)
    # moves first: a mention or an unclassified report told before the move's first report
    # (same batch) can then still join the move's story
    for item in sorted(items, key=lambda i: (i.kind != "move", i.when, i.entry_id)):
        story_id = clusterer.place(item)
        updates.append(_update(item.entry_id, item.shown(), story_id, now))
    for item in sorted(related, key=lambda i: (i.when, i.entry_id)):
        updates.append(_update(item.entry_id, item.shown(), clusterer.place_related(item), now))
    new = [clusterer.stories[s] for s in clusterer.new_ids]
    changed = [clusterer.stories[s] for s in clusterer.changed_ids - clusterer.new_ids]
    save_stories(session, new, changed, clusterer.new_entities, clusterer.moved(), REINDEX)
    mark_analyzed(session, updates)
    report.analyzed += len(pending)
    report.new_story_ids.extend(sorted(clusterer.new_ids))
    report.changed_story_ids.extend(sorted(clusterer.changed_ids - clusterer.new_ids))


def related_item(entry: PendingEntry, analysis: Analysis, tells: bool | None = None) -> Item | None:
    """An entry not taken as a move or mention that may still tell of a story's move: it uses
    a word of moving (tells_a_move, or another language's: tells_elsewhere) or, not in plain
    ASCII, names two labs; and names someone. Blocked on the surnames it names, and on the labs
    of a report in Chinese, Japanese or Korean naming two labs and nobody in Latin letters (a
    named move told in another script). `tells`: tells_a_move of its text when known."""
    if tells is None:
        tells = tells_a_move(entry.title, entry.summary)
    labs = analysis.labs
    if not tells and not (
        # another language's outlet: its own words of moving, or two labs beside a full name
        tells_elsewhere(entry.title, entry.summary)
        or (len(labs) > 1 and not f"{entry.title}{entry.summary}".isascii())
    ):
        return None
    keys = named_keys(f"{entry.title} {entry.summary}") | raid_keys(analysis)
    if labs and not analysis.people and in_characters(entry.title, entry.summary):
        # a move told in another script: a named story by its labs, an unnamed one by its keys
        keys |= {f"u:{lab.lower()}" for lab in labs}
        if len(labs) > 1:
            keys |= {f"l:{lab.lower()}" for lab in labs}
    if not keys:
        return None
    item = make_item(entry, analysis, "mention")
    item.block = keys
    item.told = True
    return item


def make_item(entry: PendingEntry, analysis: Analysis, kind: StoryKind) -> Item:
    """An entry with what clustering needs; a move from one named lab to another is also
    blocked on everyone its text names (another mover of a joint move), and a raid with a head
    count on both labs."""
    when = entry.published_at or entry.first_seen_at
    reported = analysis
    analysis = family_analysis(analysis)
    entities = entities_of(analysis, kind)
    block = block_keys(analysis, kind, entities)
    event = analysis.event
    heads = head_counts(entry.title)
    if kind == "mention":
        block |= raid_keys(analysis)  # it may tell of an unnamed raid (told_move)
    if (
        kind == "move"
        and event is not None
        and event.person
        and not (event.from_lab or event.to_lab)
    ):
        # a named move at no lab on any list (an adviser's post, a government's): other
        # reports may name only whose adviser it is ("the prime minister's AI adviser quits")
        block |= named_keys(f"{entry.title} {entry.summary}")
    if kind == "move" and event is not None and event.from_lab and event.to_lab:
        block |= named_keys(f"{entry.title} {entry.summary}")
        if heads:  # a raid ("hires three researchers"): other reports may name other members
            block |= {f"l:{event.from_lab.lower()}", f"l:{event.to_lab.lower()}"}
    person = event.person if kind == "move" and event is not None else None
    retold = retold_key(event) if kind == "move" else None
    scripted: tuple[str, ...] = ()
    if kind == "move" and event is not None and not person:
        # the one name in Hangul the classifier took for no mover: that person's stories are
        # met (scoring.named_in_script), weeks on by the retold key; of two or more names the
        # text does not tell which moves ("Park left, after Kim")
        scripted = names_in_hangul(f"{entry.title} {entry.summary}")[:2]
        if len(scripted) == 1:
            block |= person_keys(scripted[0])
            retold = retold_key(event._replace(person=scripted[0]))
        else:
            scripted = ()
    titled = in_headline(person, entry.title)
    # a headline phrase taken for the mover: the summary does not write it, or it is a post's
    # remit ("Head of App Platform")
    mangled = garbled(person, entry.summary) or named_as_remit(person, entry.title)
    if person and mangled:  # the summary's names may be the mover's: meet their stories
        names = named_keys(entry.summary)
        entities |= names
        block |= names
    # the mover came from the summary, or is a headline phrase beside a post's first holder
    # announced unnamed ("appoints first AI chief, Signaling ...": scoring.guesses_first)
    if person and event is not None and (not titled or (mangled and first_posts(entry.title))):
        entities |= unnamed_keys(event)  # named reports of the lab's move look these up
        block |= {f"l:{lab.lower()}" for lab in (event.from_lab, event.to_lab) if lab}
    return Item(
        entry.id,
        entry.title,
        entry.summary,
        entry.canonical_url,
        when,
        entry.first_seen_at,
        analysis,
        kind,
        entities,
        words_of(entry.title),
        block,
        heads,
        names_a_group(entry.title),
        titled,
        mangled,
        retold,
        reported if analysis is not reported else None,
        script_names=scripted,
    )


def family_analysis(analysis: Analysis) -> Analysis:
    """The analysis with each lab by its family's name (movers.family_labs, family_event), as
    clustering compares and indexes labs, each family once; the same analysis where no lab is
    reported by another name."""
    if FAMILY_OF.keys().isdisjoint(analysis.labs):
        return analysis
    labs = list(dict.fromkeys(family_labs(analysis.labs)))
    return replace(analysis, labs=labs, event=family_event(analysis.event))


def _update(
    entry_id: int, analysis: Analysis, story_id: str | None, now: datetime
) -> dict[str, Any]:
    return {
        "id": entry_id,
        "analyzed_at": now,
        "analysis": analysis.to_json(),
        "story_id": story_id,
    }
