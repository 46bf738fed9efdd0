"""Classify one entry: people, labs, keywords, and whether (and how) it is a personnel move."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from jobs.language.academia import full_university_names
from jobs.language.actions import settled
from jobs.language.body_names import BARE_BODIES, fuller_body, national_body
from jobs.language.chinese_names import given_name_first
from jobs.language.deals import may_be_deal, may_need_summary, may_take_people
from jobs.language.events import Event, extract
from jobs.language.gloss import english
from jobs.language.headline import (
    authored_post,
    first_person_post,
    press_release,
    recase,
    separable_verb,
    strip_outlet,
    taken_post,
)
from jobs.language.labs import FAMILY_OF, REPORTED_AS, founder_of, lab_family, reported_lab
from jobs.language.led_units import may_open_led_unit
from jobs.language.lexicon import TRIGGER_FIRST, TRIGGER_WORDS
from jobs.language.org_posts import may_need_summary as may_report_post
from jobs.language.people import (
    Dictionaries,
    Tagged,
    ascii_words,
    clean_text,
    compile_watch,
    drop_product_runs,
    full_names,
    headline_phrases,
    labs_in,
    mark_known_surnames,
    resolve_name,
    tag,
    text_keywords,
)
from jobs.language.public_bodies import headed_body, own_body
from jobs.language.public_posts import may_name_public_post
from jobs.language.staff_change import announces_staff_change, appointment_as_verb
from jobs.language.tokens import one_lab
from jobs.language.vague import may_be_vague, may_route, routed
from jobs.vocabulary import Action
from jobs.watch.lists import WatchLists

WORD_RE = re.compile(r"[^\W_]+")
# "Mountain View, California – ...", "LONDON (Reuters) - ...": a dateline (its dash is a '|'
# after clean_text) names a place, never a person who moves.
DATELINE_RE = re.compile(
    r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:, [A-Z][\w.]*(?: [\w.]+){0,2})?"
    r"(?: \([^)|]{1,30}\))? \| "
)
SUMMARY_CHARS = 600  # the lede is enough; long bodies only add noise and time
# A headline is never this long; ingest cuts titles at 1,000 characters (jobs/ingest/parse.py),
# and a caller that does not still gets classify's time bounded (some patterns of the language
# passes scan to the text's end from each start: quadratic in the length).
TITLE_CHARS = 1000


@dataclass
class Analysis:
    """What an entry is about and whether it is a move."""

    people: list[str] = field(default_factory=list)
    labs: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    is_move: bool = False
    event: Event | None = None
    speculative: bool = False
    reasons: list[str] = field(default_factory=list)
    watched_people: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe dict (stored in entries.analysis)."""
        event = self.event
        return {
            "people": self.people,
            "labs": self.labs,
            "keywords": self.keywords,
            "is_move": self.is_move,
            "event": None
            if event is None
            else {
                "person": event.person,
                "action": event.action,
                "from": event.from_lab,
                "to": event.to_lab,
            },
            "speculative": self.speculative,
            "reasons": self.reasons,
            "watched_people": self.watched_people,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Analysis:
        """The inverse of to_json."""
        ev = data.get("event")
        event = Event(ev["person"], ev["action"], ev["from"], ev["to"]) if ev else None
        return cls(
            list(data.get("people", [])),
            list(data.get("labs", [])),
            list(data.get("keywords", [])),
            bool(data.get("is_move")),
            event,
            bool(data.get("speculative")),
            list(data.get("reasons", [])),
            list(data.get("watched_people", [])),
        )


_MEMO: dict[int, tuple[Dictionaries, dict[tuple[str, str], Analysis]]] = {}
MEMO_SIZE = 4096  # syndicated headlines repeat across feeds; classifying is a pure function


def classify(title: str, summary: str, watch: WatchLists) -> Analysis:
    """Tag and extract (memoised per watch lists; each caller gets its own copy)."""
    dicts = compile_watch(watch)
    slot = _MEMO.get(id(dicts))
    if slot is None or slot[0] is not dicts:
        if len(_MEMO) > 8:
            _MEMO.clear()
        slot = _MEMO[id(dicts)] = (dicts, {})  # keeps `dicts` alive, so its id stays unique
    memo = slot[1]
    key = (title, summary)
    found = memo.get(key)
    if found is None:
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        found = memo[key] = _classify(title, summary, dicts)
    return _copy(found)


def _copy(a: Analysis) -> Analysis:
    return Analysis(
        list(a.people),
        list(a.labs),
        list(a.keywords),
        a.is_move,
        a.event,
        a.speculative,
        list(a.reasons),
        list(a.watched_people),
    )


def _classify(title: str, summary: str, dicts: Dictionaries) -> Analysis:
    """Tag and extract; the summary's lede fills in a person the headline does not name."""
    title = title[:TITLE_CHARS]
    summary_text = strip_dateline(clean_text(dash_appositions(summary))[:SUMMARY_CHARS])
    summary_text = appointment_as_verb(title, announced_appointment(summary_text))
    title_text = plain_headline(title, summary_text, dicts)
    title_text, title_words = in_english(title_text)
    summary_text, summary_words = in_english(summary_text)
    quick = quick_analysis(title_text, summary_text, title_words, summary_words, dicts)
    if quick is not None:
        return quick
    title_tag = tag(title_text, dicts)
    summary_tag = Tagged([], [], [])
    if needs_summary(title_tag, summary_text, summary_words, dicts):
        summary_tag = tag(summary_text, dicts)
        mark_known_surnames(title_tag, summary_tag)
        if title_tag.people:
            drop_product_runs(title_tag, summary_tag)
    full = resolve_surnames(title_tag, summary_tag)
    ext = extract(title_tag, summary_tag)
    event = ext.event and settled(title_tag, summary_tag, ext.event)
    # (a move's people only are read against them: no scan for the many headlines of none)
    phrases = headline_phrases(title_tag, summary_tag) if event else frozenset()
    if event and event.person in phrases:
        event = Event(None, *_rest(event))  # "Apple's AI Ambitions Face Setback": no one
    if event and summary_tag.labs:
        event = fuller_labs(event, summary_tag)
    if event:
        event = own_body(headed_body(event, title_tag), title_tag, summary_tag)
    if event and event.to_lab in BARE_BODIES:
        to = national_body(event.to_lab, {*title_words, *summary_words})
        event = Event(event.person, event.action, event.from_lab, to)
    if event and event.person:
        person = given_name_first(resolve_name(event.person, full))
        event = Event(person, *_rest(event))
    if event and event.person and event.action == "join" and founder_of(event.person, event.to_lab):
        event = founder_role(event, {*title_words, *summary_words}, ext.reasons)
    if event and (event.from_lab in REPORTED_AS or event.to_lab in REPORTED_AS):
        event = reported_labs(event, (title_text, summary_text))
    if event:
        event = full_university_names(event)
    tags = (title_tag, summary_tag)
    watched = _unique([n for t in tags for s, _, n in t.people if t.toks[s].watched])
    people = list(watched)
    if event:
        named = [given_name_first(n) for _, _, n in title_tag.people if n not in phrases]
        people = _unique([event.person, *named, *watched])
    labs = _unique([lab for t in tags for _, _, lab in t.labs])
    if event and (event.from_lab in FAMILY_OF or event.to_lab in FAMILY_OF):
        shown = {lab_family(x): x for x in (event.from_lab, event.to_lab) if x}
        labs = [shown.get(lab, lab) for lab in labs]  # "Ai2" for its family's name
    if event:
        labs = _unique([*labs, event.from_lab, event.to_lab])
    keywords = text_keywords(title_text + " \n " + summary_text, dicts, title_words, summary_words)
    return Analysis(
        people, labs, keywords, event is not None, event, ext.speculative, ext.reasons, watched
    )


# Top posts a founder may take in their own company ("to lead SSI ... as CEO").
TOP_POSTS = frozenset(["ceo", "cto", "coo", "president", "chair", "chairman", "chairwoman"])


def founder_role(event: Event, words: set[str], reasons: list[str]) -> Event | None:
    """A founder 'joining' their own lab (jobs/language/labs.py): taking its top post is an
    appointment ("Sutskever to lead SSI as CEO after Meta poaches Gross"); anything else is a
    new remit inside it, no move ("Hassabis to lead AI research at Google")."""
    if words & TOP_POSTS:
        return Event(event.person, "appointed", event.from_lab, event.to_lab)
    reasons.append(f"{event.person} founded {event.to_lab}: a new remit there, no move")
    return None


def reported_labs(event: Event, texts: tuple[str, str]) -> Event:
    """The event's labs by the names the texts give them (jobs/language/labs.py REPORTED_AS:
    "Noam Shazeer leaves Google" leaves Google, "... leaves Google DeepMind" Google DeepMind)."""
    frm = reported_lab(event.from_lab, texts) if event.from_lab in REPORTED_AS else event.from_lab
    to = reported_lab(event.to_lab, texts) if event.to_lab in REPORTED_AS else event.to_lab
    return Event(event.person, event.action, frm, to)


def fuller_labs(event: Event, summary: Tagged) -> Event:
    """'AI Safety Institute' in the headline, 'the U.S. AI Safety Institute' in the summary:
    an organisation on no list is named as fully as the summary names it."""
    names = {name for _, _, name in summary.labs}

    def fuller(lab: str | None) -> str | None:
        if lab is None or not lab.endswith("Institute"):
            return fuller_body(lab, names)
        return next((n for n in sorted(names) if n.endswith(" " + lab)), lab)

    frm, to = fuller(event.from_lab), fuller(event.to_lab)
    if (frm, to) == (event.from_lab, event.to_lab):
        return event
    return Event(event.person, event.action, frm, to)


# "OpenAI – ChatGPT's parent – has appointed X", "X—Intel's AI chief—as its CEO": a phrase
# between two dashes of one kind inside a sentence is an apposition, read as between commas
# (clean_text makes a lone dash a clause break, which would cut the subject from its verb). A
# profile's list of descriptions ("X — founding member of A, former B director, and the one
# who coined ... — has joined C") runs to some 120 characters.
DASH_PAIR_RE = re.compile(r" ?([\u2013\u2014]) ?([^\u2013\u2014.!?|]{2,120}?) ?\1 ?")
# "has announced the appointment of X as": the summary's appointment, said with a verb (the
# present perfect only: "On June 14, 2024, OpenAI announced the appointment of" retells).
SUMMARY_APPOINTMENT_RE = re.compile(
    r"\b(has|have) (?:announced|confirmed) the appointment of\b", re.IGNORECASE
)


def dash_appositions(summary: str) -> str:
    """The summary with each dash-enclosed apposition between commas."""
    if "\u2013" not in summary and "\u2014" not in summary:
        return summary
    return DASH_PAIR_RE.sub(r", \2, ", summary)


def announced_appointment(summary: str) -> str:
    """'OpenAI has announced the appointment of X as ...' -> 'OpenAI has appointed X as ...'."""
    if "ppointment of" not in summary:
        return summary
    return SUMMARY_APPOINTMENT_RE.sub(r"\1 appointed", summary)


def strip_dateline(summary: str) -> str:
    """The summary without a leading dateline."""
    if " | " not in summary[:60]:
        return summary
    return DATELINE_RE.sub("", summary, count=1)


def plain_headline(title: str, summary: str, dicts: Dictionaries) -> str:
    """The headline as a plain news sentence (feeds' outlet suffixes, quoted posts, press
    releases and lowercase titles rewritten; see jobs/language/headline.py)."""
    text = clean_text(strip_outlet(title, dicts))
    text = taken_post(separable_verb(press_release(first_person_post(text))))
    return authored_post(recase(text, summary, dicts), summary)


def quick_analysis(
    title: str, summary: str, title_words: list[str], summary_words: list[str], dicts: Dictionaries
) -> Analysis | None:
    """Most news names no watched person or keyword and has no move verb at all: word look-ups
    and two regular expressions settle it without tokenizing (None: look closer). The words:
    lower_words of title and summary."""
    for words in (title_words, summary_words):
        if not TRIGGER_WORDS.isdisjoint(words) or not dicts.name_words.isdisjoint(words):
            return None
    if may_be_vague({*title_words, *summary_words}) or may_be_deal({*title_words}):
        return None
    if may_take_people(summary_words):
        return None  # "Amazon bets on robots" + "Amazon took on talent from startup X"
    if title_words and may_route(title, title_words[0]):
        return None  # "Career update: Google DeepMind -> Anthropic"
    if may_name_public_post({*title_words}):
        return None
    if may_open_led_unit({*title_words}):
        return None  # "Acme opening AI lab in Toronto led by X": no move verb, still a hire
    if announces_staff_change(title_words):
        return None  # "The chip giant welcomes a new president" + its lede's move verb
    if "appointment" in summary_words and may_report_post(title_words, summary_words):
        return None  # "AI's structural shift" + "Acme's appointment of X as chief AI officer"
    text = f"{title} \n {summary}"
    if text_keywords(text, dicts, title_words, summary_words):
        return None
    labs = labs_in(text, dicts)
    return Analysis(labs=labs, reasons=["no move verb (joins, leaves, hires, ...) in the text"])


def in_english(text: str) -> tuple[str, list[str]]:
    """The text, glossed into English when it is in another language (jobs/language/gloss.py),
    and its lower-case words."""
    words = lower_words(text)
    glossed = english(text, words)
    if glossed is None:
        return text, words
    return glossed, lower_words(glossed)


def lower_words(text: str) -> list[str]:
    """WORD_RE's words of the lower-cased text (ASCII text through a byte table)."""
    low = text.lower()
    if low.isascii():  # WORD_RE's letters and digits are exactly these in ASCII
        return ascii_words(low)
    return WORD_RE.findall(low)


def needs_summary(
    title: Tagged, summary: str, summary_words: list[str], dicts: Dictionaries
) -> bool:
    """The summary matters when the headline may be a move or names someone, or when it names
    a watched person itself; otherwise the entry is dropped whatever its summary's labs are."""
    if not summary:
        return False
    if title.people or not TRIGGER_FIRST.keys().isdisjoint(title.lowers):
        return True
    if may_be_vague(set(title.lowers)) or may_need_summary(set(title.lowers)):
        return True  # "Anthropic has a new CTO", "Meta's $250M deal": the summary says who
    if announces_staff_change(title.lowers):
        return True  # "Acme reconfigures its model leadership": the summary says who
    if routed(title):
        return True  # "Career update: Anthropic -> Mistral AI": the summary says who
    if may_report_post(title.lowers, summary_words):
        return True  # "HSBC bets big on AI" + "HSBC has appointed its first chief AI officer"
    if one_lab(title) and (
        not TRIGGER_FIRST.keys().isdisjoint(summary_words) or may_take_people(summary_words)
    ):
        return True  # "OpenAI reclaims key researchers" + "OpenAI has brought back three ..."
    return not dicts.name_words.isdisjoint(summary_words)


def _rest(event: Event) -> tuple[Action, str | None, str | None]:
    return event.action, event.from_lab, event.to_lab


def resolve_surnames(*tagged: Tagged) -> dict[str, str]:
    """Surname → full name across title and summary ('Hinton', 'de la Fuente'); surnames
    alone are replaced in place."""
    full = full_names(*tagged)
    for t in tagged:
        t.people = [(s, e, resolve_name(n, full)) for s, e, n in t.people]
    return full


def _unique(items: list[str | None]) -> list[str]:
    # first occurrences, empty names left out (lists, not generators: this runs per entry)
    return [x for x in dict.fromkeys(items) if x]


def explain(analysis: Analysis) -> str:
    """The decision in plain words: what was found, the event, and why it is (not) a move."""
    lines = [
        f"people:   {', '.join(analysis.people) or '-'}",
        f"labs:     {', '.join(analysis.labs) or '-'}",
        f"keywords: {', '.join(analysis.keywords) or '-'}",
    ]
    event = analysis.event
    if event:
        lines.append(
            f"event:    {event.action}: {event.person or '(person unknown)'}"
            f", from {event.from_lab or '?'}, to {event.to_lab or '?'}"
        )
        verdict = "MOVE (speculative)" if analysis.speculative else "MOVE"
    elif analysis.watched_people or analysis.keywords:
        verdict = "not a move; a MENTION (names a watched person or keyword)"
    else:
        verdict = "not a move, and names no watched person or keyword: not posted"
    lines.append(f"verdict:  {verdict}")
    lines.extend(f"  why: {reason}" for reason in analysis.reasons)
    return "\n".join(lines)
