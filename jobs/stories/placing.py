"""Placing reports into stories: candidates by entity, the best score, a new story otherwise."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import datetime

from sqlalchemy.orm import Session

from jobs.language.classify import Analysis
from jobs.language.events import Event
from jobs.language.people import surname_only
from jobs.stories.movers import family_event, family_labs, same_lab
from jobs.stories.scoring import (
    EXIT_RETOLD,
    FOLLOW_UP,
    RETOLD,
    SAME_NEWS_DAY,
    THRESHOLD,
    WINDOW,
    Item,
    StoryView,
    best_title_match,
    corrected_mover,
    event_quality,
    events_conflict,
    follow_up,
    given_key,
    guesses_first,
    head_counts,
    headline_tells_theirs,
    may_correct,
    may_follow_up,
    name_match,
    named_keys,
    names_a_group,
    person_key,
    quality,
    retells,
    retold,
    retold_key,
    retold_lookup,
    retold_parts,
    retold_window,
    same_mover,
    same_person,
    score,
    short_summary,
    surname_keys,
    tells_a_move,
    tells_elsewhere,
    tells_of,
    words_of,
)
from jobs.vocabulary import is_action, story_kind_of
from storage.stories import StoryRecord, index_time, load_stories, stories_near

MAX_TITLES = 8  # member titles compared against a new report
# A story's index rows carry its first report's time until its latest report is this much later
# (storage.stories.save_stories): a report the same news day as the latest one, loaded by
# FOLLOW_UP around the batch, then still finds it
REINDEX = FOLLOW_UP - SAME_NEWS_DAY


def new_story_id(entry_id: int) -> str:
    """A stable id from the story's first report."""
    return "st_" + hashlib.sha256(f"entry:{entry_id}".encode()).hexdigest()[:16]


def record_event(record: StoryRecord) -> Event | None:
    """The story's event as an Event, each lab by its family's name as clustering compares
    them (movers.family_event); the record keeps the names the reports give."""
    if not is_action(record.action):
        return None
    return family_event(Event(record.person, record.action, record.from_lab, record.to_lab))


class Clusterer:
    """Stories near one batch (from the database and made in the batch), indexed by entity."""

    def __init__(
        self, session: Session, items: list[Item], now: datetime, by_url: dict[str, str]
    ) -> None:
        self.now = now
        self.stories: dict[str, StoryRecord] = {}
        self.words: dict[str, list[frozenset[str]]] = {}
        self.heads: dict[str, frozenset[int]] = {}
        self.groups: dict[str, bool] = {}  # a member headline speaks of several people
        self.titles: dict[str, list[str]] = {}  # member headlines (the first MAX_TITLES)
        self.texts: dict[str, list[str]] = {}  # members' headline and summary, as far as known
        self.best: dict[str, tuple[int, ...]] = {}
        self.views: dict[str, StoryView] = {}  # rebuilt after a story changes
        # each story's record_event, kept as its view is: older candidates ask for it (retells)
        # and follow-ups test it before any view is built
        self.events: dict[str, Event | None] = {}
        self.retold_keys: dict[str, str] = {}  # retold_key of each story's event ('' for none)
        self.index: dict[str, set[str]] = defaultdict(set)
        self.new_ids: set[str] = set()
        self.changed_ids: set[str] = set()
        self.new_entities: dict[str, set[str]] = defaultdict(set)
        self.by_url: dict[str, str] = dict(by_url)
        self.indexed: dict[str, datetime] = {}  # stored stories' index rows' time, as loaded
        if items:
            self.load(session, items)

    def load(self, session: Session, items: list[Item]) -> None:
        """Candidates from the entity index within the batch's time span ± the window (the
        rows' time is a story's first report's, or its latest's for a long story: REINDEX; one
        begun before the span runs at most RETOLD), and older stories of the same moves
        (scoring.retold) by their retold keys, up to scoring.EXIT_RETOLD back."""
        since = min(i.when for i in items) - FOLLOW_UP
        until = max(i.when for i in items) + FOLLOW_UP + RETOLD
        records = stories_near(session, set().union(*(i.block for i in items)), since, until)
        if retold_keys := set().union(*(retold_lookup(i.retold) for i in items if i.retold)):
            older = since - (EXIT_RETOLD - FOLLOW_UP)
            records += stories_near(session, retold_keys, older, since)
        missing = set(self.by_url.values()) - {r.id for r in records}
        for record in [*records, *load_stories(session, missing)]:
            self.add_record(record)
            self.indexed[record.id] = index_time(record, REINDEX)

    def moved(self) -> list[StoryRecord]:
        """The changed stories whose index rows' time (index_time: the first report's, or the
        latest's of a long story) is now another than when loaded (an earlier report joined, or
        a long story's latest report): only their entity index rows need the new time."""
        ids = sorted(self.changed_ids - self.new_ids)
        stories, indexed = self.stories, self.indexed
        return [stories[s] for s in ids if index_time(stories[s], REINDEX) != indexed.get(s)]

    def add_record(self, record: StoryRecord) -> None:
        self.stories[record.id] = record
        self.views.pop(record.id, None)
        self.retold_keys.pop(record.id, None)
        event = self.events[record.id] = record_event(record)
        titles = record.titles or [record.title]
        self.words[record.id] = [words_of(t) for t in titles]
        self.heads[record.id] = frozenset().union(*(head_counts(t) for t in titles))
        self.groups[record.id] = any(names_a_group(t) for t in titles)
        self.titles[record.id] = list(titles[:MAX_TITLES])
        self.texts[record.id] = [*self.titles[record.id], record.summary]
        # (a stored story is weighed as a confirmed report of its event)
        self.best[record.id] = event_quality(
            event, False, record.title, record.title_urls.get(record.title)
        )
        for entity in record.entities:
            self.index[entity].add(record.id)

    def place(self, item: Item) -> str:
        """The story this item joins (an existing one, or a new one)."""
        story_id = self.by_url.get(item.url or "")
        if story_id is None or story_id not in self.stories:
            story_id = self.told_move(item) if item.kind == "mention" else None
        if story_id is None:
            story_id = self.best_match(item)
        if story_id is None:
            story_id = self.create(item)
        else:
            self.attach(item, story_id)
        if item.url:
            self.by_url[item.url] = story_id
        return story_id

    def place_related(self, item: Item) -> str | None:
        """The move story a report not taken as a move tells of, if any (joined), else None."""
        story_id = self.by_url.get(item.url or "")
        if story_id is None or story_id not in self.stories:
            story_id = self.told_move(item)
        if story_id is not None:
            self.attach(item, story_id)
            if item.url:
                self.by_url[item.url] = story_id
        return story_id

    def told_move(self, item: Item) -> str | None:
        """The move story whose mover the report names in full, in words of moving, within
        the window (scoring.tells_of); of several, the one whose titles share most words."""
        told = item.told or tells_a_move(item.title, item.summary)
        if not told and not tells_elsewhere(item.title, item.summary):
            return None  # (another language's words of moving too: a mention in Portuguese)
        keys = item.block
        text = f"{item.title} {item.summary}"
        if not item.told:  # a mention: blocked on the watched people, and on everyone it names
            keys = keys | named_keys(text)
        if len(item.analysis.labs) > 1:  # it may name a move's two labs and its mover's surname
            keys = keys | surname_keys(text)
        candidates = set().union(*[self.index.get(e, ()) for e in keys])
        best_id, best_words = None, -1.0
        for story_id in sorted(candidates):
            view = self.story_view(story_id)
            if not tells_of(item, view):
                continue
            words = best_title_match(item.words, view.titles)
            if words > best_words:
                best_id, best_words = story_id, words
        return best_id

    def best_match(self, item: Item) -> str | None:
        candidates = set().union(*[self.index.get(e, ()) for e in item.block])
        # two running bests: among stories of the report's mover named in the same words (and
        # stories naming nobody), and among stories naming the mover otherwise (and the same)
        best_id, best_score, exact = None, THRESHOLD, False
        other_id, other_score = None, THRESHOLD
        since, until = item.when - WINDOW, item.when + WINDOW
        first, last = item.when - FOLLOW_UP, item.when + FOLLOW_UP  # no timedelta per candidate
        day_since, day_until = item.when - SAME_NEWS_DAY, item.when + SAME_NEWS_DAY
        oldest = item.when - RETOLD
        told_since = item.when - retold_window(item.retold) if item.retold else oldest
        mention, stories, views = item.kind == "mention", self.stories, self.views
        event = item.analysis.event
        vague = not mention and event is not None and not event.person
        mover = retold_parts(item.retold)[0] if item.retold else ""  # 'r:x.wu' of 'r:x.wu>acme'
        for story_id in sorted(candidates):
            record = stories[story_id]
            if mention and record.kind == "move":
                continue  # a mention joins a move only as a telling of it (told_move)
            when = record.published_at
            # near the story's first report, or for a move naming nobody the same news day as
            # its latest (the vaguer report hours after a named one days into the story)
            near = since <= when <= until or (
                vague
                and oldest <= when <= item.when
                and day_since <= (record.last_reported_at or when) <= day_until
            )
            if not near:
                if first <= when <= last:
                    if not may_follow_up(event, self.story_event(story_id)):
                        continue  # (the cheap key first: no view for another mover's story)
                    joins = follow_up  # (a retold move this soon is a follow-up)
                elif item.retold and told_since <= when < first:
                    # (the mover's part of the keys first: most older stories are another's)
                    their = retold_parts(self.story_retold(story_id))[0]
                    if event is None or not same_mover(their, mover):
                        continue
                    if not retells(self.story_event(story_id), item.retold, event):
                        continue  # (the key first: no view for the many other moves)
                    if "<" in item.retold and self.came_back(item, record):
                        continue  # left, came back, left again: a second departure
                    joins = retold
                else:
                    continue
                if not joins(item, views.get(story_id) or self.view_of(story_id)):
                    continue
            match = name_match(event.person, record.person) if event is not None else 0
            if match < 0 and exact:
                continue  # another's name of the same surname: the mover's own story is found
            view = views.get(story_id) or self.view_of(story_id)
            if match > 0:  # (the first of the mover's own stories is scored in full)
                floor = best_score if exact else THRESHOLD
            else:
                floor = other_score if match else min(best_score, other_score)
            value = score(item, view, floor)
            if match > 0 and value >= THRESHOLD:
                exact = True
            if match >= 0 and value >= best_score:  # the same name, or no name to compare
                best_id, best_score = story_id, value
            if match <= 0 and value >= other_score:  # another spelling, or no name to compare
                other_id, other_score = story_id, value
        # the story of the mover's own name before another's of the same surname ("Yin Xi" is
        # "Xi Yin", not "Yi Xi"); without one, the best story of either
        return best_id if exact else other_id

    def came_back(self, item: Item, record: StoryRecord) -> bool:
        """Whether a departure's mover came back to the lab left (a join, a return or a post
        there, a story of its own) after the departure's story began and before the report:
        the report is then another departure, not the first told again."""
        event = item.analysis.event
        if event is None or not event.person or not event.from_lab:
            return False
        for story_id in self.index.get(person_key(event.person) or "", ()):
            other = self.stories[story_id]
            if not (record.published_at < other.published_at <= item.when):
                continue
            back = other.action in ("join", "return", "appointed", "poach")
            if (
                back
                and same_lab(other.to_lab, event.from_lab)
                and same_person(other.person, event.person)
            ):
                return True
        return False

    def story_view(self, story_id: str) -> StoryView:
        """The story's view, kept until the story changes."""
        return self.views.get(story_id) or self.view_of(story_id)

    def story_event(self, story_id: str) -> Event | None:
        """The story's record_event, kept until the story changes."""
        events = self.events
        if story_id not in events:
            events[story_id] = record_event(self.stories[story_id])
        return events[story_id]

    def story_retold(self, story_id: str) -> str:
        """retold_key of the story's event ('' for none), kept until the story changes."""
        keys = self.retold_keys
        if story_id not in keys:
            keys[story_id] = retold_key(self.story_event(story_id)) or ""
        return keys[story_id]

    def view_of(self, story_id: str) -> StoryView:
        """What scoring needs of a story, kept until the story changes."""
        record = self.stories[story_id]
        view = StoryView(
            record.entities,
            self.words[story_id],
            self.story_event(story_id),
            story_kind_of(record.kind),
            record.published_at,
            record.people,
            self.heads[story_id],
            family_labs(record.labs),
            self.groups[story_id],
            record.summary,
            self.titles[story_id],
            self.texts[story_id],
        )
        self.views[story_id] = view
        return view

    def create(self, item: Item) -> str:
        story_id = new_story_id(item.entry_id)
        shown = item.shown()
        event = shown.event
        record = StoryRecord(
            story_id,
            item.kind,
            item.title,
            short_summary(item.summary),
            event.person if event else None,
            event.action if event else None,
            event.from_lab if event else None,
            event.to_lab if event else None,
            list(shown.people if item.kind == "move" else shown.watched_people),
            list(shown.labs),
            list(shown.keywords),
            item.when,
            item.first_seen,
            self.now,
            item.when,
        )
        self.add_record(record)
        self.best[story_id] = quality(item.analysis, item.title, item.url)
        self.new_ids.add(story_id)
        self.add_entities(story_id, item.entities)
        self.add_retold_key(story_id, item)
        return story_id

    def add_retold_key(self, story_id: str, item: Item) -> None:
        """A new story's retold keys: index rows only (scoring does not count them), written
        with the story; a stored story's are already written or, from a report that was not
        its first move, left out (the row may be there)."""
        if item.retold and story_id in self.new_ids:
            self.new_entities[story_id] |= retold_lookup(item.retold)

    def add_entities(self, story_id: str, entities: set[str]) -> None:
        record = self.stories[story_id]
        fresh = entities - record.entities if story_id not in self.new_ids else entities
        record.entities |= entities
        self.new_entities[story_id] |= fresh
        for entity in entities:
            self.index[entity].add(story_id)

    def attach(self, item: Item, story_id: str) -> None:
        """Add a report to a story: union the names, keep the earliest time and the best face."""
        record = self.stories[story_id]
        analysis = item.shown()
        people = analysis.people if item.kind == "move" else analysis.watched_people
        record.people = _union(record.people, people)
        record.labs = _union(record.labs, analysis.labs)
        record.keywords = _union(record.keywords, analysis.keywords)
        record.published_at = min(record.published_at, item.when)
        latest = record.last_reported_at or record.published_at
        record.last_reported_at = max(latest, item.when)
        record.first_seen_at = min(record.first_seen_at, item.first_seen)
        record.updated_at = self.now
        if item.kind == "move":
            record.kind = "move"
        if len(self.words[story_id]) < MAX_TITLES:  # a long-running story needs no more
            self.words[story_id].append(item.words)
            self.titles[story_id].append(item.title)
            if item.kind == "move":
                self.texts[story_id].append(f"{item.title}. {item.summary}")
        self.heads[story_id] |= item.heads
        self.groups[story_id] = self.groups[story_id] or item.group
        self.add_entities(story_id, own_given_key(item, record))
        self.add_retold_key(story_id, item)
        right = None
        theirs = self.story_event(story_id) if item.kind == "move" else None
        if item.kind == "move" and may_correct(item.analysis.event, theirs):
            # (the cheap key first: a view only for two named movers who are not one person)
            right = corrected_mover(item, self.story_view(story_id))
        # a report whose headline tells the story's move, its mover read from its summary, or
        # announces its first holder, its mover a guess
        kept = None
        if item.kind == "move" and (
            headline_tells_theirs(item, theirs) or guesses_first(item, theirs)
        ):
            kept = (record.person, record.action, record.from_lab, record.to_lab)
        merge_event(record, analysis, item, self.best)
        if right:  # the story's mover was misread (a headline phrase, the announcer)
            record.person = right
        if kept is not None:  # the report's mover (a predecessor, a guess) is not the story's
            record.person, record.action, record.from_lab, record.to_lab = kept
        self.changed_ids.add(story_id)
        self.views.pop(story_id, None)
        self.events.pop(story_id, None)
        self.retold_keys.pop(story_id, None)


def own_given_key(item: Item, record: StoryRecord) -> set[str]:
    """The report's entities, less its mover's given-name key (scoring.given_key) unless it is
    the story's mover's (or the story names none yet): a story is found by its own mover's
    spellings, and a report of another given name joined by surname alone adds no index row
    of its own."""
    event = item.analysis.event
    if not record.person or event is None or not event.person or item.kind != "move":
        return item.entities  # (no key to leave out: no look-up)
    key = given_key(event.person)
    if key is None or key == given_key(record.person):
        return item.entities
    return item.entities - {key}


def merge_event(
    record: StoryRecord, analysis: Analysis, item: Item, best: dict[str, tuple[int, ...]]
) -> None:
    """Take a better report's title and event; otherwise fill what the story lacks."""
    event = analysis.event
    mine = quality(analysis, item.title, item.url)
    if mine > best[record.id]:
        best[record.id] = mine
        record.title = item.title
        record.summary = short_summary(item.summary) or record.summary
        if event:
            old = is_action(record.action)
            record.action = event.action
            record.person = _better_name(event.person, record.person)
            record.from_lab = event.from_lab or (record.from_lab if old else None)
            record.to_lab = event.to_lab or (record.to_lab if old else None)
        return
    if event and not events_conflict(event, record_event(record)):
        record.person = _better_name(record.person, event.person)
        record.from_lab = record.from_lab or event.from_lab
        record.to_lab = record.to_lab or event.to_lab
    if record.person and surname_only(record.person):
        full = [p for p in record.people if not surname_only(p) and same_person(p, record.person)]
        record.person = full[0] if full else record.person


def _better_name(first: str | None, second: str | None) -> str | None:
    """A full name over a surname alone when both name the same person."""
    if not first:
        return second
    if second and surname_only(first) and not surname_only(second) and same_person(first, second):
        return second
    return first


def _union(old: list[str], new: list[str]) -> list[str]:
    return list(dict.fromkeys([*old, *new]))
