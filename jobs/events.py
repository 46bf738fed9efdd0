"""Move events from a headline: find a trigger, then assign person, from and to by position."""

from __future__ import annotations

from jobs.endpoints import (
    company_after,
    destination,
    direct_lab,
    from_after,
    object_end,
    summary_lab,
    summary_person,
)
from jobs.lexicon import (
    GROUP_WORDS,
    OBJECT_END,
    OPINION_LABELS,
    POST_WORDS,
    PRODUCT_LABS,
    ROLE_WORDS,
    SUBORDINATORS,
    UNIT_WORDS,
)
from jobs.people import Tagged, Tok
from jobs.traps import (
    conditional,
    firm_object,
    hired_person,
    job_opening,
    legal_context,
    post_missing,
    seat_object,
)
from jobs.triggers import (
    BOUNDARIES,
    Event,
    Extraction,
    Trigger,
    background_clause,
    check_speculation,
    clause_subject,
    find_triggers,
    idiom_after,
    lab_between,
    leave_noun,
    org_before_role,
    presupposed,
    purpose_clause,
    segment_bounds,
    startup_object,
    subject_kind,
    subject_person,
    summary_company,
    word_before,
)
from jobs.vague import new_venture, vague_event

PAST_FORMS = frozenset(["left", "quit", "lost", "brought", "took", "became", "chose", "set", "led"])

# A hiring verb's object starting with these ("hires CEO X", "hires its founders") names no
# company of its own: the lab named earlier in the clause is where the person came from.
BARE_OBJECT_START = ROLE_WORDS | {"its", "the"}

__all__ = ["Event", "Extraction", "extract"]


def extract(title: Tagged, summary: Tagged) -> Extraction:
    """The move event of a headline (summary used for a missing person or as a fallback)."""
    ext = Extraction()
    if is_opinion(title.toks):
        ext.reasons.append("an opinion piece discusses a move, it does not report one")
        return ext
    triggers = find_triggers(title.toks)
    for n, trig in enumerate(triggers):
        event = event_at(title, summary, trig, ext)
        if event:
            ext.reasons.append(f"move verb '{trig.phrase}' in the headline")
            ext.event = follow_up(title, summary, event, triggers[n + 1 :])
            return ext
    vague = vague_event(title, summary) or (None if triggers else new_venture(title, summary))
    if vague:
        ext.event = vague[0]
        ext.reasons.append(vague[1])
        return ext
    if not title.labs and not title.people:
        return ext
    for trig in find_triggers(summary.toks):
        if _summary_trigger_ok(summary.toks, trig):
            event = event_at(summary, summary, trig, ext)
            if event:
                ext.reasons.append(f"move verb '{trig.phrase}' in the summary")
                ext.event = event
                return ext
    if not ext.reasons:
        ext.reasons.append("no move verb (joins, leaves, hires, ...) in the headline")
    return ext


def is_opinion(toks: list[Tok]) -> bool:
    """True for a headline labelled as a column ("Opinion: ...", "Op-ed | ...")."""
    return len(toks) > 1 and toks[0].lower in OPINION_LABELS and toks[1].text in BOUNDARIES


def _summary_trigger_ok(toks: list[Tok], trig: Trigger) -> bool:
    # the summary's own present-tense statement, not background ("who joined from X last year");
    # the present perfect is present ("Sutskever has co-founded SSI")
    k = trig.start
    first = trig.phrase.split()[0]
    if first.endswith("ed") or first in PAST_FORMS:
        if not (k > 0 and toks[k - 1].lower in {"has", "have"}):
            return False
        k -= 1
    return not (k > 0 and toks[k - 1].lower in {"who", "which", "that"})


def event_at(tagged: Tagged, summary: Tagged, trig: Trigger, ext: Extraction) -> Event | None:
    """Try to build an event around one trigger; record why not in ext.reasons."""
    toks = tagged.toks
    start, end = segment_bounds(toks, trig.start)
    if any(t.text == "?" for t in toks[start:end]) and not presupposed(toks, start):
        ext.speculative = True
        ext.reasons.append(f"'{trig.phrase}' is only a possibility (a question), not a move")
        return None
    trap = legal_context(toks, start, trig.start, trig.kind)
    if trap:
        ext.reasons.append(trap)
        return None
    trap = conditional(toks, start, trig.start, end)
    if trap:
        ext.speculative = True
        ext.reasons.append(trap)
        return None
    if purpose_clause(toks, trig):
        ext.reasons.append(f"'to {trig.phrase}' states a purpose or an offer, not a move")
        return None
    if trig.kind == "leave" and leave_noun(toks, trig):
        ext.reasons.append("'leave' here is a leave of absence, not a departure")
        return None
    j = clause_subject(toks, word_before(toks, trig.start, start), trig.start, start)
    kind = subject_kind(toks, j, start)
    if j >= 0 and (toks[j].lower in SUBORDINATORS or background_clause(toks, j, start)):
        ext.reasons.append(f"'{trig.phrase}' is in a background clause (after/since ...)")
        return None
    if trig.subject == "lab" or (trig.subject == "either" and kind == "lab"):
        if kind != "lab":
            ext.reasons.append(f"'{trig.phrase}' needs a lab doing it, and none stands before it")
            return None
        if not check_speculation(toks, trig, start, end, ext):
            return None
        return lab_subject_event(tagged, summary, trig, j, start, end, ext)
    if kind == "lab":
        ext.reasons.append(refusal_for_lab(trig, toks[j].lab or ""))
        return None
    if kind == "other":
        word = toks[j].text if j >= 0 else "nothing"
        ext.reasons.append(
            f"'{trig.phrase}' follows '{word}', which is neither a person nor a role"
        )
        return None
    if not check_speculation(toks, trig, start, end, ext):
        return None
    return person_subject_event(tagged, summary, trig, j, start, end, ext)


def refusal_for_lab(trig: Trigger, lab: str) -> str:
    """Why a lab as the subject of a person's verb is no move."""
    if trig.kind == "join":
        return f"a lab '{trig.phrase}' something ({lab}) is a partnership or a market entry, not a person moving"
    if trig.kind == "leave":
        return f"a lab '{trig.phrase}' something ({lab}) is about products or names, not a person moving"
    if trig.kind == "found":
        return f"a lab '{trig.phrase}' something ({lab}) is a product launch, not a person founding a company"
    return f"'{trig.phrase}' has a lab ({lab}) as its subject, not a person"


def follow_up(title: Tagged, summary: Tagged, event: Event, later: list[Trigger]) -> Event:
    """'X leaves A; joins B' or 'A loses X: X heads to B': a later clause gives the destination."""
    if event.action != "leave" or event.to_lab:
        return event
    more: list[tuple[Tagged, Trigger, tuple[str, ...]]] = [
        (title, t, ("join", "return", "found")) for t in later
    ]
    more += [
        (summary, t, ("join", "return"))
        for t in find_triggers(summary.toks)
        if _summary_trigger_ok(summary.toks, t)
    ]
    for tagged, trig, actions in more:
        nxt = event_at(tagged, summary, trig, Extraction())
        fits = (
            nxt
            and nxt.action in actions
            and (event.person is None or nxt.person in (None, event.person))
        )
        if nxt and fits and nxt.to_lab != event.from_lab:
            person = event.person or nxt.person
            return Event(person, nxt.action, event.from_lab or nxt.from_lab, nxt.to_lab)
    return event


def person_subject_event(
    tagged: Tagged, summary: Tagged, trig: Trigger, j: int, start: int, end: int, ext: Extraction
) -> Event | None:
    """joins / leaves / returns / founds / is named / to lead: the person stands before."""
    toks = tagged.toks
    if trig.kind == "leave" and leave_noun(toks, trig):
        ext.reasons.append("'leave' here is a leave of absence, not a departure")
        return None
    idiom = idiom_after(toks, trig, end) if trig.kind != "found" else None
    if idiom:
        ext.reasons.append(f"'{trig.phrase} {idiom}' is an idiom, not a person moving")
        return None
    seat = seat_object(toks, trig.end, end, trig.kind) if trig.kind != "found" else None
    if seat:
        ext.reasons.append(seat)
        return None
    person = subject_person(tagged, start, trig.start) or summary_person(summary)
    after = lab_between(toks, trig.end, min(end, trig.end + 6))
    before = lab_between(toks, start, trig.start)
    kind = trig.kind
    if kind in ("join", "return"):
        nxt = trig.end + (1 if trig.end < end and toks[trig.end].lower == "the" else 0)
        if nxt < end and toks[nxt].person:
            ext.reasons.append(f"'{trig.phrase}' is followed by a person, not a lab to move to")
            return None
        after = lab_between(toks, trig.end, object_end(toks, trig.end, end))
        to = after or company_after(toks, trig.end, end)
        window = toks[trig.end : min(end, trig.end + 4)]
        if not to and before and any(t.lower in POST_WORDS for t in window):
            return Event(person, "appointed", None, before)  # "moves to a new role"
        if not to:
            ext.reasons.append(f"'{trig.phrase}' is followed by no lab or company to move to")
            return None
        frm = from_after(toks, trig.end, end, to) or (before if before != to else None)
        return Event(person, kind, frm, to)
    if kind in ("leave", "fire"):
        frm = direct_lab(toks, trig.end, end) or before or summary_lab(summary, None)
        dest = destination(toks, trig.end, end, frm) if kind == "leave" else None
        if dest:
            to = dest[1] or (summary_company(summary, frm) if dest[0] == "found" else None)
            return Event(person, dest[0], frm, to)
        return Event(person, "fired" if kind == "fire" else "leave", frm, None)
    if kind == "found":
        ok, name = startup_object(toks, trig.end, end)
        if not ok:
            ext.reasons.append(f"'{trig.phrase}' launches a product or project, not a company")
            return None
        return Event(person, "found", before, name or summary_company(summary, before))
    return appoint_event(toks, trig, person, before, after, end, ext)


def appoint_event(
    toks: list[Tok],
    trig: Trigger,
    person: str | None,
    before: str | None,
    after: str | None,
    end: int,
    ext: Extraction,
) -> Event | None:
    """'X named CEO of Y', 'X to lead Y': appointed, or a join when X comes from elsewhere."""
    window = toks[trig.end : min(end, trig.end + 6)]
    if trig.kind == "lead":
        if not after and before and any(t.lower in UNIT_WORDS for t in window):
            return Event(person, "appointed", None, before)
        if not after:
            ext.reasons.append(f"'{trig.phrase}' names no lab to lead at")
            return None
        if before == after:
            return Event(person, "appointed", None, after)
        return Event(person, "join", before, after)
    if not any(t.lower in ROLE_WORDS or t.lower in POST_WORDS for t in window):
        ext.reasons.append(f"'{trig.phrase}' is followed by no role (CEO, chief, head ...)")
        return None
    to = (
        after
        or before
        or next((PRODUCT_LABS[t.lower] for t in window if t.lower in PRODUCT_LABS), None)
    )
    if not to:
        ext.reasons.append(f"'{trig.phrase}' names no lab")
        return None
    if before and after and before != after:
        return Event(person, "join", before, after)
    return Event(person, "appointed", None, to)


def lab_object_trap(tagged: Tagged, trig: Trigger, obj_end: int, end: int) -> str | None:
    """Why a lab's hiring or firing verb moves nobody: a firm, a job opening, a board seat."""
    toks = tagged.toks
    if trig.kind in ("hire", "appoint", "raid"):
        return firm_object(tagged, trig.end, obj_end, end) or job_opening(
            toks, trig.start, end, trig.phrase
        )
    if trig.kind in ("leave", "fire"):
        return seat_object(toks, trig.end, end, trig.kind) or post_missing(
            toks, trig.end, end, trig.phrase
        )
    return None


HOSTS_BEFORE = frozenset(["join", "joins", "joining", "to", "under", "with", "alongside"])


def group_member(summary: Tagged) -> str | None:
    """The first person a summary names who may be one of a group that moved: not whom they
    join ("will join Suleyman's unit", "report to X"); a leader "led by X" may be one."""
    toks = summary.toks
    for start, end, name in summary.people:
        if not toks[end - 1].poss and not (start and toks[start - 1].lower in HOSTS_BEFORE):
            return name
    return None


def lab_raid(
    toks: list[Tok], trig: Trigger, target: str, lab: str | None, obj_end: int, end: int
) -> bool:
    """'Microsoft raids Google DeepMind for talent': a raid on a lab is on its people, when the
    rest of the clause names them (talent, staff, engineers ...)."""
    if trig.kind != "raid" or target == lab:
        return False
    return any(t.lower in GROUP_WORDS or t.lower in ROLE_WORDS for t in toks[obj_end:end])


def lab_subject_event(
    tagged: Tagged, summary: Tagged, trig: Trigger, j: int, start: int, end: int, ext: Extraction
) -> Event | None:
    """hires / poaches / fires / names / brings back / loses: the lab stands before."""
    toks = tagged.toks
    lab = toks[j].lab or lab_between(toks, max(start, j - 4), j + 1)
    obj_end = min(end, trig.end + 9)
    for k in range(trig.end + 1, obj_end):
        if toks[k].lower in OBJECT_END:
            obj_end = k
            break
    trap = lab_object_trap(tagged, trig, obj_end, end)
    if trap:
        ext.reasons.append(trap)
        return None
    person = hired_person(tagged, trig.end, obj_end)
    role = any(t.lower in ROLE_WORDS or t.lower in GROUP_WORDS for t in toks[trig.end : obj_end])
    if not person and not role:
        nxt = toks[trig.end] if trig.end < end else None
        if nxt is not None and nxt.lab and lab_raid(toks, trig, nxt.lab, lab, obj_end, end):
            ext.group = True  # "raids Google DeepMind for talent": staff nobody names
            return Event(None, "poach", nxt.lab, lab)
        if nxt is not None and nxt.lab and not nxt.poss:
            ext.reasons.append(
                f"'{trig.phrase}' has a company ({nxt.lab}) as its object, not a person"
            )
        else:
            ext.reasons.append(f"'{trig.phrase}' has no person as its object")
        return None
    plural = any(t.lower in GROUP_WORDS for t in toks[trig.end : obj_end])
    ext.group = person is None and plural
    # a group's summary names a mover, not whom they join ("will join Suleyman's unit")
    person = person or (group_member(summary) if ext.group else summary_person(summary))
    other = lab_between(toks, trig.end, obj_end, skip=lab)
    other = other or org_before_role(toks, trig.end, obj_end)
    if not other and trig.end < end and toks[trig.end].lower in BARE_OBJECT_START:
        # "Meta invests in Scale AI, hires CEO X": the bare role is at the lab named before
        other = lab_between(toks, j + 1, trig.start, skip=lab)
    if trig.kind == "leave":  # "OpenAI loses X to Meta", "Meta parts ways with X"
        dest = destination(toks, trig.end, end, lab)
        if dest:
            return Event(person, dest[0], lab, dest[1] or None)
        return Event(person, "leave", lab, None)
    if trig.kind == "fire":
        return Event(person, "fired", lab, None)
    if trig.kind == "return":
        return Event(person, "return", other, lab)
    if trig.kind == "appoint":
        return Event(person, "join" if other else "appointed", other, lab)
    if person is None and (trig.kind == "raid" or (plural and trig.kind == "hire")):
        return Event(None, "poach", other, lab)  # a group nobody names: a raid
    return Event(person, "join", other, lab)
