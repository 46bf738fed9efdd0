"""Moves whose subject is a person: joins / leaves / returns / founds / is named / to lead."""

from __future__ import annotations

from jobs.language.clauses import idiom_after, leave_noun
from jobs.language.endpoints import (
    FOUNDED,
    UNIVERSITIES,
    arrival_origin,
    company_after,
    dash_subject,
    destination,
    direct_lab,
    exodus_origin,
    founder_employer,
    from_after,
    object_end,
    post_company,
    summary_lab,
    summary_person,
    tenure_lab,
    university_joined,
)
from jobs.language.hirers import occurrences, org_told
from jobs.language.lab_moves import members_listed
from jobs.language.labs import founder_of, lab_founded_by
from jobs.language.lexicon import (
    GROUP_WORDS,
    NOUN_TRIGGERS,
    OWN_PRONOUNS,
    PICKING,
    POST_WORDS,
    PRODUCT_LABS,
    PRODUCT_NOUNS,
    ROLE_WORDS,
    STARTUP_WORDS,
    SUBORDINATORS,
    TITLE_CASE_LINKS,
    UNIT_WORDS,
    former_word,
    word_set,
)
from jobs.language.org_posts import (
    advisory_told,
    ai_post_owner,
    capital_at,
    owned_remit,
    seat_told,
    spelled_out,
)
from jobs.language.owned_companies import valued_company
from jobs.language.people import Tagged, Tok, unlisted_letters
from jobs.language.post_owners import post_owner
from jobs.language.public_posts import organisation, public_ai_post
from jobs.language.traps import joint_work, occasion_object, public_object, seat_object
from jobs.language.triggers import (
    STAFFED,
    Event,
    Extraction,
    Trigger,
    company_words,
    lab_between,
    org_after,
    org_before_role,
    past_description,
    startup_object,
    subject_person,
    summary_company,
)

# Fields a person may leave for another life ("quits tech", "leaves AI research").
FIELDS = frozenset(["tech", "technology", "ai", "industry", "academia"])
# Nouns of leaving in the plural (and "exits", read as one after a group noun).
PLURAL_EXITS = frozenset(["exits", "departures", "resignations"])
PARTNER_WORDS = frozenset(["with", "against", "between", "alongside"])
CHOOSING = frozenset(["chooses", "chose", "picks", "picked", "selects", "selected"])
BRING_VERBS = frozenset(["brings", "bring", "brought", "bringing"])
# "X is out" ends the clause, or is followed by when or why.
OUT_ENDS = frozenset([",", "after", "amid", "following", "as", "at", "over"])


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
    seat = seat_object(tagged, trig.end, end, trig.kind) if trig.kind != "found" else None
    if trig.kind in ("leave", "join"):
        seat = seat or public_object(toks, trig.end, end) or occasion_object(toks, trig.end, end)
    if trig.kind == "join":
        seat = seat or joint_work(toks, trig.end, end)
    if trig.kind == "join" and not seat and advisory_summary(toks, trig, end, summary):
        seat = "the summary tells an advisory post, which is no job at the lab"
    if trig.kind == "leave" and not seat and seats_left(tagged, trig, end, summary):
        seat = "roles left, which the summary tells are board seats: no job left"
    if seat:
        ext.reasons.append(seat)
        return None
    # the subject up to the head word: not someone inside a relative clause after it
    person = subject_person(tagged, start, j + 1 if j >= start else trig.start)
    if j >= start and toks[j].person and person != toks[j].person:
        person = head_person(tagged, person, j)
    if j >= start and toks[j].person and "that" in tagged.lowers[start:j]:
        person = toks[j].person  # "Zuckerberg announced that X will lead": X
    if person and j >= start and not toks[j].person and named_in_other_clause(tagged, person, j):
        person = None  # "X Faces Uncertain Future as Director Departs": the director, unnamed
    if (
        not person
        and not moves_of_group(toks, trig, j, start)
        and not listed_group(toks, j, start, summary)
    ):
        another = "another" in tagged.lowers[start : trig.start]
        person = dash_subject(tagged, trig.end) or summary_person(summary, trig.kind, another)
    reach = min(end, trig.end + 6)
    if trig.kind == "lead":  # "to lead talks with Microsoft": a partner, not where the person goes
        reach = next((k for k in range(trig.end, reach) if toks[k].lower in PARTNER_WORDS), reach)
    after = lab_between(toks, trig.end, reach)
    before = lab_between(toks, start, trig.start)
    kind = trig.kind
    chosen = chosen_lab(toks, trig, end)
    if chosen:  # "X chose OpenAI over building his own company": X joins OpenAI
        frm = before if before != chosen else None
        return Event(person, "join", frm or org_before_role(toks, start, trig.start), chosen)
    if kind == "helm":  # "takes the helm at SSI": a post at the lab, wherever the person was
        to = after or new_unit_owner(toks, trig, start)
        to = to or company_after(toks, trig.end, end) or earlier_lab(toks, trig, start, end)
        to = to or closing_company(toks, trig, end)
        if not to and before and tagged is not summary and names_unit(toks, trig.end, end):
            # "Acme exec takes the reins at the cloud and AI unit": Acme's unit, told as the
            # headline's news (a summary's "X, Acme's long-time executive, takes the helm of
            # its AI division" under a headline of no move is a portrait, set M)
            to = before
        if not to and trig.end < end and toks[trig.end].lower == "as":
            to = post_company(toks, trig.end + 1, end, before)  # "takes the helm as Acme CEO"
        if not to:
            ext.reasons.append(f"'{trig.phrase}' names no lab to lead")
            return None
        return Event(person, "appointed", None, to)
    if kind in ("join", "return"):
        nxt = trig.end + (1 if trig.end < end and toks[trig.end].lower == "the" else 0)
        if nxt < end and toks[nxt].person and not toks[nxt].lab and not owned_lab(toks, nxt, end):
            ext.reasons.append(f"'{trig.phrase}' is followed by a person, not a lab to move to")
            return None
        origin_first = joins_from(toks, nxt, end)
        if origin_first >= 0:  # "CEO Y says X is joining from Z": Z is left, not joined
            frm = lab_between(toks, origin_first, object_end(toks, origin_first, end))
            to = before if before != frm else None
            to = to or lab_between(toks, 0, start, skip=frm) or summary_lab(summary, frm)
            if frm and to:
                return Event(person, "return" if kind == "return" else "join", frm, to)
        after = joined_lab(toks, trig.end, object_end(toks, trig.end, end), end)
        to = after or company_after(toks, trig.end, end) or product_maker(toks, nxt, end)
        to = to or kind_named(toks, trig.end, end)
        to = to or told_company(toks, trig.end, end, summary, former_lab(toks, start, trig.start))
        if not to and not POST_WORDS.isdisjoint(trig.phrase.split()):
            to = closing_company(toks, trig, end)  # "takes a role at Accenture": the post's
        if not to and start > 0 and nxt < end and toks[nxt].lower == "as":
            # "GM's big move: Aurora co-founder joins as CPO": the lab the headline opened with
            to = lab_between(toks, 0, start, skip=before)
        if not to and start > 0 and (nxt >= end or toks[nxt].lower == "for"):
            to = team_opening(toks, start)  # "Microsoft AI Team: X and Y join for ..."
        window = toks[trig.end : min(end, trig.end + 4)]
        if not to and before and any(t.lower in POST_WORDS for t in window):
            return Event(person, "appointed", None, before)  # "moves to a new role"
        if not to and trig.phrase.endswith(" from"):
            routed = unlisted_route(toks, trig.end, end)
            if routed:  # "X moves from Palantir to OpenAI": a company on no list left
                return Event(person, "join", *routed)
        to = to or university_joined(toks, nxt, end, summary, person)
        if not to:
            ext.reasons.append(f"'{trig.phrase}' is followed by no lab or company to move to")
            return None
        if trig.phrase.endswith(" from"):  # "Google DeepMind's Tim Brooks poached from OpenAI"
            # "moves from Inflection AI to lead Microsoft's AI": where the clause goes on to
            gone_to = before or lab_between(toks, trig.end, end, skip=to)
            gone_to = gone_to or summary_lab(summary, to)
            return Event(person, "join" if gone_to else "leave", to, gone_to)
        frm = from_after(toks, trig.end, end, to) or (before if before != to else None)
        # "OpenClaw founder Peter Steinberger joins OpenAI": the company before the role
        frm = frm or org_before_role(toks, start, trig.start)
        frm = frm or former_employer(toks, start, trig.start, summary)
        frm = frm or held_ai_post(toks, start, trig.start, summary, person)
        frm = frm or exodus_origin(toks, start, to)
        frm = frm or group_university(toks, start, trig.start)
        if not frm and to.split()[0] in UNIVERSITIES:
            # "joins MIT" + "is still a research scientist at FAIR": the lab the person leaves
            frm = summary_lab(summary, None)
        return Event(person, "return" if kind == "return" else "join", frm, to)
    if kind in ("leave", "fire"):
        return leave_event(tagged, summary, trig, person, before, end, ext)
    if kind == "found" and started_at(toks, trig, end):  # "starts at Meta": a job begun there
        to = toks[trig.end + 1].lab
        frm = from_after(toks, trig.end, end, to) or (before if before != to else None)
        return Event(person, "join", frm, to)
    if kind == "found":
        person = None if unnamed_partner(tagged, person, start, trig.start) else person
        ok, name = startup_object(toks, trig.end, end)
        if not ok:
            name = founded_name(toks, trig, end, summary)
            ok = name is not None
        if ok and valued_company(toks, trig, end):
            ext.reasons.append(f"'{trig.phrase}' a company told by its worth is no founding news")
            return None
        if not ok:
            ext.reasons.append(
                f"'{trig.phrase}' launches a product, project or unit, not a company"
            )
            return None
        # "co-founds X after leaving OpenAI": where the founder comes from, after the company;
        # not where its staff come from ("forms a company with researchers from Google")
        stop = next((k for k in range(trig.end, end) if toks[k].lower in STAFFED), end)
        if name:
            return Event(person, "found", before or from_after(toks, trig.end, stop, name), name)
        # an unnamed company: the lab the headline says was left is no name the summary gives
        # it ("starts a company after OpenAI exit. She left OpenAI in March")
        frm = before or from_after(toks, trig.end, stop, None)
        if frm is None and person:  # "Yale's AI leader X has built a start-up": left, not built
            frm = founder_employer(tagged, person) or founder_employer(summary, person)
        return Event(person, "found", frm, summary_company(summary, frm))
    if kind == "lead" and before and not after and brought_in(toks, trig, end):
        # "Meta's Scale AI deal brings Wang in to lead its superintelligence push": a hire
        frm = lab_between(toks, start, trig.start, skip=before) or summary_lab(summary, before)
        return Event(person, "join", frm, before)
    # "Former DARPA Program Manager to direct Acme's ...": a past employer on no list
    left = former_employer(toks, start, trig.start, summary) if kind == "lead" else None
    return appoint_event(toks, trig, person, (before, after), end, ext, summary, left)


def joined_lab(toks: list[Tok], k: int, stop: int, end: int) -> str | None:
    """The first lab in the object joined, tokens [k, stop), but for one written as the owner
    of another person's post ("join an institute founded by Acme's former president X": X's
    old employer, not the one joined); then the lab the joined unit is housed in, if told
    right after that person ("... X inside Initech University")."""
    for m in range(k, stop):
        lab = toks[m].lab
        if not lab or (m + 1 < stop and toks[m + 1].lab == lab):
            continue
        holder = post_holder_end(toks, m)
        return lab if holder < 0 else housing_lab(toks, holder, end)
    return None


POST_OWNER_REACH = 4  # words from an owner's "'s" to the post holder ("former chief scientist")
# Words that place a unit inside an organisation ("an institute inside Initech University").
HOUSING = word_set("inside at within in")


def post_holder_end(toks: list[Tok], m: int) -> int:
    """Where the name ends of a person holding a post owned by the lab ending at m ("Acme's
    former president Jane Roe"); -1 when the lab owns no named person's post."""
    if not toks[m].poss:
        return -1
    for n in range(m + 1, min(len(toks), m + 1 + POST_OWNER_REACH)):
        name = toks[n].person
        if name and n > m + 1 and toks[n - 1].lower in ROLE_WORDS:
            while n < len(toks) and toks[n].person == name:
                n += 1
            return n
        if name or (toks[n].lower not in ROLE_WORDS and not former_word(toks[n].lower)):
            return -1
    return -1


def housing_lab(toks: list[Tok], k: int, end: int) -> str | None:
    """The lab right after a word of place at k ('inside the Initech University')."""
    if k >= end or toks[k].lower not in HOUSING:
        return None
    k += 1 + (k + 1 < end and toks[k + 1].lower == "the")
    return toks[k].lab if k < end else None


def unnamed_partner(tagged: Tagged, person: str | None, start: int, stop: int) -> bool:
    """'Acme's VP and Jane Doe start a company': founders told as a role and a name, the
    first of them unnamed; the one named is no more the founder than the other."""
    at = next((s for s, _, n in tagged.people if n == person and start <= s < stop), -1)
    if at - 2 < start or tagged.lowers[at - 1] not in ("and", "&"):
        return False
    head = tagged.toks[at - 2]
    return head.lower in ROLE_WORDS and head.person is None


def owned_lab(toks: list[Tok], i: int, end: int) -> bool:
    """'joins Y's startup', 'joins Y's Acme': the person at i only says whose company follows,
    so the lab after the possessive is where the mover goes."""
    k = i
    while k < end and toks[k].person == toks[i].person:
        k += 1
    return toks[k - 1].poss and k < end and toks[k].lab is not None


def unlisted_route(toks: list[Tok], k: int, end: int) -> tuple[str, str] | None:
    """'from Palantir to OpenAI' after a verb of moving: the company on no list (one to three
    capitalised words) and the lab after 'to'."""
    to_at = next((m for m in range(k + 1, min(end, k + 4)) if toks[m].lower == "to"), -1)
    to = toks[to_at + 1].lab if 0 <= to_at < end - 1 else None
    if not to:
        return None
    frm = company_words(toks, k, to_at)
    return (frm, to) if frm and frm != to else None


def team_opening(toks: list[Tok], start: int) -> str | None:
    """'Microsoft Superintelligence Team 2026: X and top researchers join for AGI push': a
    headline opening with a lab's team, before its colon, names where a bare 'join' goes."""
    if not toks[0].lab or toks[start - 1].text not in {":", "|"}:
        return None
    words = {t.lower for t in toks[1 : start - 1]}
    return toks[0].lab if not UNIT_WORDS.isdisjoint(words) else None


def new_unit_owner(toks: list[Tok], trig: Trigger, start: int) -> str | None:
    """'Acme's Bold Move: X Takes Helm of New AI Creative Lab': a new unit is the company's
    whose name opens the headline with a possessive; that company is where the post is."""
    k = trig.end + (trig.end < len(toks) and toks[trig.end].lower in ("the", "a"))
    if k >= len(toks) or toks[k].lower != "new":
        return None
    lab = lab_between(toks, 0, start)
    if lab:
        return lab
    owner = next((m for m in range(min(start, OWNER_WORDS)) if toks[m].poss), -1)
    words = toks[: owner + 1]
    if owner < 0 or not all(
        t.text[:1].isupper() and t.text.isalpha() and not t.person for t in words
    ):
        return None
    return " ".join(t.text for t in words)


OWNER_WORDS = 3  # words of a company's name opening a headline ("BBC Studios'")


def earlier_lab(toks: list[Tok], trig: Trigger, start: int, end: int) -> str | None:
    """'AI Office launches: X takes the helm', 'New unit set up, X to be in charge': a post
    taken with nothing after it is at the one organisation the headline named before."""
    if any(t.text.isalnum() for t in toks[trig.end : end]):
        return None
    labs = {t.lab for t in toks[: trig.start] if t.lab}
    return labs.pop() if len(labs) == 1 else None


def named_in_other_clause(tagged: Tagged, person: str, j: int) -> bool:
    """Whether `person` is named before a subordinator ('as', 'after', ...) that opens the
    clause whose head, a role at j, does the verb: then the role is someone else."""
    spans = [e for s, e, n in tagged.people if n == person and e <= j]
    return bool(spans) and any(w in SUBORDINATORS for w in tagged.lowers[spans[0] : j])


def moves_of_group(toks: list[Tok], trig: Trigger, j: int, start: int) -> bool:
    """'xAI sees key staff exits', 'a string of researcher departures': a group word before a
    noun of leaving in the plural counts several moves; the summary's first name is not theirs."""
    if j < start or trig.phrase not in PLURAL_EXITS:
        return False
    if toks[j].lower in GROUP_WORDS:
        return True  # "staff exits": a noun after a plural
    return trig.phrase != "exits" and toks[j].lower in ROLE_WORDS  # "a lead exits": a verb


def group_university(toks: list[Tok], start: int, stop: int) -> str | None:
    """'Two Stanford researchers join Acme', 'Profs at CMU join Acme': the one university a
    group subject names by its short name is where the group comes from (two or more: no one
    origin)."""
    if not any(t.lower in GROUP_WORDS for t in toks[start:stop]):
        return None
    named = {t.text for t in toks[start:stop] if t.text in UNIVERSITIES}
    return named.pop() if len(named) == 1 else None


def listed_group(toks: list[Tok], j: int, start: int, summary: Tagged) -> bool:
    """'Product innovators leave Acme' + 'lead A, designer B, and researcher C left': a group
    subject whose summary lists its members is nobody's own move (LABELLING.md: person null),
    as for a group hired (lab_moves.members_listed)."""
    return j >= start and toks[j].lower in GROUP_WORDS and members_listed(summary)


def head_person(tagged: Tagged, first: str | None, j: int) -> str | None:
    """The person at the head before the verb, not a capitalised phrase earlier in the clause
    ("OpenAI Faces Turbulence as Video Pioneer Tim Brooks Joins ..."); in a list ("X and Y
    return", "trio X, Y and Z defect") the first one named stays the subject."""
    spans = [(s, e, n) for s, e, n in tagged.people if s <= j]
    if not spans or first is None:
        return first
    head_start, _, head = spans[-1]
    first_end = next((e for s, e, n in spans if n == first), head_start)
    between = tagged.lowers[first_end:head_start]
    if not between or "and" in between or "," in between or "&" in between:
        return first
    return head


def chosen_lab(toks: list[Tok], trig: Trigger, end: int) -> str | None:
    """'chooses Anthropic over Google', 'picked OpenAI over building his own company': the lab
    a person chooses over something else is where the person goes."""
    if trig.phrase not in CHOOSING or trig.end >= end or not toks[trig.end].lab:
        return None
    k = trig.end
    while k < end and toks[k].lab == toks[trig.end].lab:
        k += 1
    return toks[trig.end].lab if k < end and toks[k].lower == "over" else None


def brought_in(toks: list[Tok], trig: Trigger, end: int) -> bool:
    """'brings X in to lead its ...': a person brought into the lab to lead its own work."""
    k = trig.start - 1
    if k < 1 or toks[k].lower != "in" or not toks[k - 1].person:
        return False
    k -= 1
    while k > 0 and toks[k - 1].person == toks[k].person:
        k -= 1
    if k == 0 or toks[k - 1].lower not in BRING_VERBS:
        return False
    owner = toks[trig.end] if trig.end < end else None
    return owner is not None and (owner.lower in {"its", "their"} or bool(owner.lab and owner.poss))


def leave_event(
    tagged: Tagged,
    summary: Tagged,
    trig: Trigger,
    person: str | None,
    before: str | None,
    end: int,
    ext: Extraction,
) -> Event | None:
    """leaves / quits / is fired: from the lab acted on, or named before, in the headline or
    the summary; to where a 'for Y' / 'to join Y' / 'to start Y' points."""
    toks = tagged.toks
    direct = direct_lab(toks, trig.end, end)
    if trig.phrase == "is out" and trig.end < end and toks[trig.end].lower not in OUT_ENDS:
        ext.reasons.append("'is out' with more after it is no departure ('is out with ...')")
        return None
    # before the verb in an earlier clause: "The OpenAI exodus continues: X and Y leave"
    said = direct or before or lab_between(toks, 0, trig.start)
    said = said or ai_post_owner(toks, 0, trig.start)  # "Acme Bank's AI chief quits"
    frm = said or summary_lab(summary, None)
    # a noun of leaving goes somewhere only right after it ("exit to Anthropic"), never in a
    # later verb phrase ("What X's departure means for OpenAI")
    reach = end
    if trig.phrase.split()[0] in NOUN_TRIGGERS:
        k = trig.end
        while k < end and toks[k].lab:
            k += 1  # "exit from SSI for Meta"
        reach = end if k < end and toks[k].lower in {"for", "to"} else trig.end
    dest = destination(toks, trig.end, reach, said) if trig.kind == "leave" else None
    if dest and dest[1] == frm:  # the summary's lab is where "leaving to become <lab>'s CEO" goes
        frm = summary_lab(summary, frm)
    if dest and not said:  # "leaves for Intel after 14 years at Qualcomm"
        frm = tenure_lab(toks, trig.end, end, dest[1]) or frm
    if dest and dest[0] == "found":  # "leaves to start X": a departure, X where it goes
        return Event(person, "leave", frm, dest[1] or summary_company(summary, frm) or None)
    if dest:
        return Event(person, dest[0], frm, dest[1] or None)
    obj = toks[trig.end] if trig.end < end else None
    named = appositive_lab(toks, trig.end, end)
    if named and not direct and not before:
        return Event(person, "fired" if trig.kind == "fire" else "leave", named, None)
    if not direct and not before and obj is not None and public_ai_post(toks, trig.end, end):
        # "leaving CDAO post": a government AI post, the job left (jobs/language/public_posts.py)
        return Event(person, "leave", organisation(toks, trig.end, end), None)
    if not direct and not before and obj is not None and field_left(toks, trig.end, end) and frm:
        return Event(person, "fired" if trig.kind == "fire" else "leave", frm, None)
    if not direct and not before and obj is not None and not obj.lab and object_name(obj):
        if any(t.lower in STARTUP_WORDS for t in toks[trig.end : min(end, trig.end + 4)]):
            # "Three Cofounders Exit Billionaire-Backed AI Startup 'H'": a company left
            return Event(person, "fired" if trig.kind == "fire" else "leave", None, None)
        ext.reasons.append(f"'{trig.phrase} {obj.text}' leaves something that is not an AI lab")
        return None  # "quits Twitter after backlash"
    return Event(person, "fired" if trig.kind == "fire" else "leave", frm, None)


def field_left(toks: list[Tok], k: int, end: int) -> bool:
    """'quits tech to become a monk', 'leaves AI for academia': a field left, no company;
    the lab left is the one the summary places the person at."""
    nxt = toks[k + 1] if k + 1 < end else None
    return toks[k].lower in FIELDS and (
        nxt is None or not nxt.text[:1].isupper() or nxt.lower in TITLE_CASE_LINKS
    )


def object_name(tok: Tok) -> bool:
    """A capitalised object that names something ('quits Twitter'), not a title-case
    preposition or conjunction ('Quit After Seven Years')."""
    return tok.text[:1].isupper() and tok.lower not in TITLE_CASE_LINKS


def advisory_summary(toks: list[Tok], trig: Trigger, end: int, summary: Tagged) -> bool:
    """'X joins Acme' with no post ('as CTO') + a summary telling an advisory role there."""
    given = any(t.lower == "as" for t in toks[trig.end : end])
    return not given and "advisory" in summary.lowers and advisory_told(summary)


# Posts in the plural: roles held at once, which may be seats ("quits corporate roles").
POSTS_HELD = word_set("roles positions posts")


def seats_left(tagged: Tagged, trig: Trigger, end: int, summary: Tagged) -> bool:
    """'X quits corporate roles' + 'X resigned as a non-executive director and ...': posts
    left in the plural, none named, that the summary's first sentence tells are board seats
    (org_posts.seat_told); not 'X leaves OpenAI' whose summary calls X a board member."""
    obj = tagged.lowers[trig.end : end]
    if POSTS_HELD.isdisjoint(obj) or not ROLE_WORDS.isdisjoint(obj):
        return False
    return seat_told(summary)


# Verbs after a name that make it the company's founder or backer, not the company
# ("joins a startup Jane Doe founded").
FOUNDER_VERBS = FOUNDED | frozenset(["started", "launched", "backed"])
DESCRIBERS = 2  # words describing a company before its kind ("AI start-up", "robotics firm")


def kind_named(toks: list[Tok], i: int, end: int) -> str | None:
    """'joins AI start-up Acme Vortex as co-CEO': a company called by its kind, then its name
    (one to three capitalised words, which the tagger may have taken for a person's name)."""
    k = i + (1 if i < end and toks[i].lower in ("a", "an", "the") else 0)
    kind = next(
        (m for m in range(k, min(end, k + DESCRIBERS + 1)) if toks[m].lower in STARTUP_WORDS), -1
    )
    if kind < 0 or any(t.person or t.lab or not t.text[:1].isalpha() for t in toks[k:kind]):
        return None
    n = kind + 1
    while n < end and n - kind <= 3 and toks[n].text[:1].isupper() and toks[n].text.isalpha():
        if toks[n].lower in TITLE_CASE_LINKS or toks[n].lower.endswith("ing"):
            break  # "Joins AI Startup As CTO", "Joins Startup Building Robots": no name
        n += 1
        if toks[n - 1].poss:
            return None  # "joins startup founder Jane Doe's team": a person's
    if n == kind + 1 or n - kind > 3 or (n < end and toks[n].lower in FOUNDER_VERBS):
        return None
    return " ".join(t.text for t in toks[kind + 1 : n])


def told_company(toks: list[Tok], i: int, end: int, summary: Tagged, lab_mover: bool) -> str | None:
    """'joins Wujie Power' + 'has joined Wujie Power, a company specializing in ...': a name on
    no list after 'joins' that the summary calls an organisation (jobs/language/hirers.py
    org_told); or a coined company name ('AgiBot': a capital inside the word) that a listed
    lab's former person joins ('Ex-Google engineer joins AgiBot'). A bare capitalised name is
    as often a panel, a campaign or a person (company_after takes only an organisation's last
    word), so one of the two must say what it is."""
    name = org_after(toks, i, end)
    if name is None:
        return None
    words = name.split()
    if any(org_told(summary.toks, k, k + len(words)) for k in occurrences(summary.texts, words)):
        return name
    return name if lab_mover and len(words) == 1 and coined(words[0]) else None


def former_lab(toks: list[Tok], start: int, stop: int) -> bool:
    """Whether the subject [start, stop) says it comes from a listed lab ('Ex-Google engineer',
    'former OpenAI researcher')."""
    return any(former_word(toks[k].lower) and toks[k + 1].lab for k in range(start, stop - 1))


def former_employer(toks: list[Tok], start: int, stop: int, summary: Tagged) -> str | None:
    """'Former Li Auto Intelligent Driving Head X joins ...' + 'X, former ... lead at Li Auto,':
    in a title-case run between 'former' and a role word, the company's name is the longest
    head of the run that the summary writes as a name of its own (no capitalised word on
    either side, or a possessive ending it); the rest is the field the post was over."""
    k = next((k for k in range(start, stop) if former_word(toks[k].lower)), -1)
    if k < 0:
        return None
    m = k + 1
    while m < stop and unlisted_letters(toks[m]) and toks[m].lower not in ROLE_WORDS:
        m += 1
    if m >= stop or m - k < 3 or toks[m].lower not in ROLE_WORDS:
        return None  # one word before the role is org_before_role's ("former Acme CTO")
    texts, sum_toks = summary.texts, summary.toks
    for n in range(m - 1, k + 1, -1):
        words = [t.text for t in toks[k + 1 : n]]
        for at in occurrences(texts, words):
            after = at + len(words)
            # a possessive ends the name ("of DARPA's DRC"): what follows is the company's
            closed = sum_toks[after - 1].poss or not capital_at(sum_toks, after)
            if not (at and capital_at(sum_toks, at - 1)) and closed:
                return " ".join(words)
    return None


APPOSITION_REACH = 8  # words of an apposition from its comma to the post's head


def held_ai_post(
    toks: list[Tok], start: int, stop: int, summary: Tagged, person: str | None
) -> str | None:
    """ "Acme's former AI chief joins Beta" + 'Jane Doe, Acme Banking Group's former head of AI,
    has joined Beta': the organisation on no list whose AI post the subject held (org_posts.py
    ai_post_owner), named as the summary's apposition on the mover names it, else as the
    headline does."""
    owner = ai_post_owner(toks, start, stop)
    if owner is None:
        return None
    stoks = summary.toks
    for _, e, name in summary.people:
        if name == person and e < len(stoks) and stoks[e].text == ",":
            # the headline's owner is an organisation's: the summary's renames it, even a
            # name the tagger read as a person's ('Standard Chartered')
            hi = min(len(stoks), e + 1 + APPOSITION_REACH)
            return ai_post_owner(stoks, e + 1, hi, shaped=False) or owner
    return owner


COINED_HEAD = 2  # lower-case letters before the inner capital: 'AgiBot'; not 'McKay', 'DeSantis'
SURNAME_HEADS = ("Mac", "Fitz", "Van", "Von", "Della", "Dela")  # 'MacKenzie', 'FitzGerald'


def coined(word: str) -> bool:
    """A company's coined name: capitalised, then a capital after two lower-case letters or
    more ('AgiBot', 'YouTube'), which surnames rarely have ('McDonald', 'DeSantis', 'LeCun');
    those that do start with a patronymic or a particle ('MacKenzie', 'FitzGerald', 'VanDyke')."""
    return (
        word[:1].isupper()
        and not word.startswith(SURNAME_HEADS)
        and word.isalpha()
        and any(
            c.isupper() and m > COINED_HEAD and word[m - COINED_HEAD : m].islower()
            for m, c in enumerate(word)
        )
    )


def product_maker(toks: list[Tok], k: int, end: int) -> str | None:
    """'joined TikTok', 'joins the ChatGPT team': a product joined stands for its maker."""
    if k < end and toks[k].text[:1].isupper() and toks[k].lower in PRODUCT_LABS:
        return PRODUCT_LABS[toks[k].lower]
    return None


def closing_company(toks: list[Tok], trig: Trigger, end: int) -> str | None:
    """'steps into CEO role at Tenstorrent', 'takes the helm of Acme': after a post's 'at' or
    'of', a capitalised name on no list that closes the clause is the company led."""
    if trig.phrase.split()[-1] not in ("at", "of"):
        return None
    name = org_after(toks, trig.end, end)
    the = 1 if trig.end < end and toks[trig.end].lower == "the" else 0
    return name if name and trig.end + the + len(name.split()) == end else None


def appositive_lab(toks: list[Tok], start: int, end: int) -> str | None:
    """'exit San Francisco AI giant, OpenAI': the lab named after a comma that describes the
    object (a few capitalised words, then ', <lab>' closing the clause)."""
    for k in range(start, min(end, start + 7)):
        if toks[k].text == ",":
            nxt = toks[k + 1] if k + 1 < end else None
            last = k + 2 >= end or toks[k + 2].lab != nxt.lab if nxt else True
            return nxt.lab if nxt is not None and nxt.lab and last else None
    return None


def appoint_event(
    toks: list[Tok],
    trig: Trigger,
    person: str | None,
    labs: tuple[str | None, str | None],
    end: int,
    ext: Extraction,
    summary: Tagged,
    left: str | None = None,
) -> Event | None:
    """'X named CEO of Y', 'X to lead Y': appointed, or a join when X comes from elsewhere
    (labs: the lab before the verb and the one after it; left: a past employer on no list
    the subject names, read for a remit at an organisation on no list)."""
    before, after = labs
    window = toks[trig.end : min(end, trig.end + 6)]
    if trig.kind == "lead":
        if not after and before and names_unit(toks, trig.end, end):
            return Event(person, "appointed", None, before)
        owner = None if after else owned_remit(toks, trig.end, end)
        if owner:  # "X to spearhead Acme's AI strategy": a post at an organisation on no list
            full = spelled_out(summary, owner) if owner.isupper() else None
            # "Former Google engineer to direct Acme's new robotics investment": from Google
            frm = before or left
            return Event(person, "join" if frm else "appointed", frm, full or owner)
        if not after:
            ext.reasons.append(f"'{trig.phrase}' names no lab to lead at")
            return None
        if before == after:
            return Event(person, "appointed", None, after)
        if before is None and not (person and founder_of(person, after)):
            # "X to lead Meta's new AI unit": a post given there, with nothing saying X comes
            # from elsewhere (a founder's own lab is jobs/language/classify.py founder_role's)
            return Event(person, "appointed", None, after)
        return Event(person, "join", before, after)
    if not any(t.lower in ROLE_WORDS or t.lower in POST_WORDS for t in window):
        ext.reasons.append(f"'{trig.phrase}' is followed by no role (CEO, chief, head ...)")
        return None
    to = (
        after
        or before
        or next((PRODUCT_LABS[t.lower] for t in window if t.lower in PRODUCT_LABS), None)
        or spelled_owner(toks, trig.end, end, summary)  # "named Vodafone's CTO"
    )
    if not to:
        ext.reasons.append(f"'{trig.phrase}' names no lab")
        return None
    if before and after and before != after:
        return Event(person, "join", before, after)
    return Event(person, "appointed", None, to)


UNIT_REACH = 6  # words from the verb to the unit ("the cloud and A.I. unit")


def names_unit(toks: list[Tok], k: int, end: int) -> bool:
    """Whether the object from k is a unit ('AI units', 'the cloud and A.I. unit'), before any
    partner ('to lead talks with the AI team' is no post in the team)."""
    for t in toks[k : min(end, k + UNIT_REACH)]:
        if t.lower in PARTNER_WORDS:
            return False
        if t.lower in UNIT_WORDS:
            return True
    return False


def spelled_owner(toks: list[Tok], k: int, end: int, summary: Tagged) -> str | None:
    """The organisation of the post written from k (jobs/language/post_owners.py), by the name
    the summary spells its acronym out with ('first DHS chief AI officer' + 'the Department
    of Homeland Security's first Chief AI Officer')."""
    owner = post_owner(toks, k, end)
    if owner is None or not owner.isupper():
        return owner
    return spelled_out(summary, owner) or owner


def appointee(tagged: Tagged, trig: Trigger, end: int) -> tuple[int, int, str] | None:
    """The person right after an active naming or hiring verb, past a possessive lab ('names
    Shengjia Zhao ...', 'taps Nvidia's Jane Doe'), or None."""
    toks = tagged.toks
    k = trig.end
    while k < end and toks[k].lab and not toks[k].poss:
        k += 1
    k = k + 1 if k < end and toks[k].lab and toks[k].poss else past_description(toks, trig.end, end)
    return next(((s, e, n) for s, e, n in tagged.people if s == k and k < end), None)


# Possessives that open a role as a verb's object ("named his new CFO"): after them, in any
# tense, the role is one a person fills, not one the person was given.
OWNERS_OF_POST = OWN_PRONOUNS | {"its"}
# What else opens the object of an active verb ("has appointed a new CFO", "names new chief
# scientist"); after a bare past form it is a headline's passive ("Jane Doe named a Meta VP").
ACTIVE_OBJECT_OPENERS = frozenset(["a", "an", "new"])
# Auxiliaries of the perfect: "has ousted", "has appointed" are active, the subject the agent.
PERFECT_AUXILIARIES = frozenset(["has", "have", "had"])


def appoints_unnamed(toks: list[Tok], trig: Trigger, j: int, end: int) -> bool:
    """'Elon Musk has appointed a new CFO of xAI', 'Jane Doe names new chief scientist at Acme':
    a person who appoints a role nobody is named to is the one appointing, not the one moving;
    'Jane Doe appointed CEO of Acme', 'Jane Doe named a Meta VP' and 'has been named' are the
    mover's own post."""
    if trig.kind != "appoint" or trig.subject == "person" or trig.end >= end:
        return False
    nxt = toks[trig.end].lower
    if nxt in OWNERS_OF_POST:
        return True
    perfect = trig.start > j + 1 and toks[trig.start - 1].lower in PERFECT_AUXILIARIES
    active = perfect or trig.phrase.endswith("s")
    return active and (nxt in ACTIVE_OBJECT_OPENERS or nxt in ROLE_WORDS)


def appointed_after(tagged: Tagged, after: int, appointer: str) -> str | None:
    """The first person a headline names after its appointing verb, other than the one who
    appoints ('... a new CFO of xAI | here's all we know about the banker, Jane Roe')."""
    return next((n for s, _, n in tagged.people if s >= after and n != appointer), None)


def appointer_event(
    tagged: Tagged,
    summary: Tagged,
    trig: Trigger,
    obj: tuple[int, int, str],
    end: int,
    ext: Extraction,
) -> Event | None:
    """'Zuckerberg names Shengjia Zhao chief scientist of MSL': whoever a person names, appoints
    or hires is who moved; the one naming (a chief executive) stays put."""
    toks = tagged.toks
    start, stop, name = obj
    origin = toks[start - 1].lab if start > trig.end else None  # "taps Nvidia's X"
    window = toks[stop : min(end, stop + 6)]
    if trig.kind == "appoint" and not any(
        t.lower in ROLE_WORDS or t.lower in POST_WORDS for t in window
    ):
        ext.reasons.append(f"'{trig.phrase} {name}' gives no role (CEO, chief, head ...)")
        return None
    lab = lab_between(toks, stop, end, skip=origin)
    hirer = unlisted_hirer(toks, trig) if lab and affiliated(toks, stop, lab) else None
    if hirer and hirer != lab:
        # "Corvane hires X of Apple as CTO": the lab right after the name is where X works now;
        # the company on no list doing the hiring is where X goes
        return Event(name, "join", lab, hirer)
    if not lab:  # "Zuckerberg lands Wang" + "... will bring his team to Meta": where he goes
        went = summary_goes_to(summary.toks)
        lab = went or summary_lab(summary, origin)
        hirer = unlisted_hirer(toks, trig)
        if not went and lab and hirer and lab == arrival_origin(summary, name, None):
            # "Corvane taps X as CTO" + "X previously led research at Apple": Apple is
            # where X was; the company on no list doing the hiring is where X goes
            return Event(name, "join", lab, hirer)
        origin = origin or (summary_lab(summary, lab) if went and trig.kind == "hire" else None)
        lab = lab or hiring_founder_lab(tagged, trig)
    if not lab:
        ext.reasons.append(f"'{trig.phrase} {name}' names no lab the person moves to")
        return None
    if origin or (trig.kind == "hire" and trig.phrase not in PICKING):
        return Event(name, "join", origin, lab)
    return Event(name, "appointed", None, lab)  # "Zuckerberg taps X to lead AI": a pick


def summary_goes_to(toks: list[Tok]) -> str | None:
    """The lab right after 'to' or 'joins' in a summary ('will bring his team with him to Meta')."""
    for k in range(len(toks) - 1):
        if toks[k].lower in {"to", "joins", "join", "joining"} and toks[k + 1].lab:
            return toks[k + 1].lab
    return None


def described_person(tagged: Tagged, k: int, end: int) -> str | None:
    """The person a description after 'reins to' ends on: "to 'the perfect person for the
    job', hardware engineering SVP John Ternus" (quotes, then a comma and a role before him)."""
    for s, _, name in tagged.people:
        if k < s < end and s - k <= 16 and "," in tagged.texts[k:s]:
            return name if tagged.lowers[s - 1] in ROLE_WORDS else None
    return None


def reins_event(
    tagged: Tagged, summary: Tagged, trig: Trigger, start: int, end: int
) -> Event | None:
    """'Mistral CEO hands the reins to X', 'hands over the reins of Mistral to X': X is
    appointed at the lab named in the clause (or the summary's)."""
    toks = tagged.toks
    k = trig.end
    lab = None
    if trig.phrase.endswith(" of"):  # "the reins of <lab> to X"
        while k < end and toks[k].lab:
            lab = lab or toks[k].lab
            k += 1
        if k >= end or toks[k].lower != "to":
            return None
        k += 1
    person = next((n for s, _, n in tagged.people if s == k), None)
    if person is None and trig.phrase == "reins to":  # "hands over Apple's reins to 'the
        person = described_person(tagged, k, end)  # perfect person', hardware SVP X"
    if person is None:
        return None
    lab = lab or lab_between(toks, start, trig.start) or lab_between(toks, k, end)
    lab = lab or summary_lab(summary, None)
    return Event(person, "appointed", None, lab) if lab else None


# Objects that point back at the company already named ("will join the company from Z").
BACK_REFERENCES = frozenset(["company", "firm", "startup", "team", "lab"])


def joins_from(toks: list[Tok], nxt: int, end: int) -> int:
    """Where 'from' opens the join verb's object ('is joining from Z', 'will join the company
    from Z'), so the lab after it is the origin, and the destination is named before the verb
    (the announcer's company, "Acme CEO Y says X is joining from Z"); -1 if not so."""
    if nxt < end and (toks[nxt].lower == "us" or toks[nxt].lower in BACK_REFERENCES):
        nxt += 1  # "the" before the noun was skipped already: "join the company from Z"
    if nxt + 1 < end and toks[nxt].lower == "from":
        return nxt + 1
    return -1


def affiliated(toks: list[Tok], stop: int, lab: str) -> bool:
    """Whether the lab follows the name ending at `stop` as its affiliation ('X of Apple')."""
    return stop + 1 < len(toks) and toks[stop].lower in {"of", "from"} and toks[stop + 1].lab == lab


def hiring_founder_lab(tagged: Tagged, trig: Trigger) -> str | None:
    """The lab of a founder named in full who opens the headline hiring someone ('Mark
    Zuckerberg hires X', labs.LAB_FOUNDERS); a single word is unlisted_hirer's."""
    if trig.kind != "hire":
        return None
    name = next((n for s, e, n in tagged.people if s == 0 and e == trig.start), None)
    return lab_founded_by(name) if name and " " in name else None


def unlisted_hirer(toks: list[Tok], trig: Trigger) -> str | None:
    """The one capitalised word opening the headline before a verb of hiring ('Corvane taps
    X'), on no list and no watched person: a company on no list, or the lab a founder who
    leads it is named for ("Zuckerberg taps X": Meta)."""
    k = trig.start - 1
    if k != 0 or not toks[k].text[:1].isupper() or not toks[k].text.isalpha():
        return None
    if toks[k].watched or toks[k].lab or trig.kind != "hire":
        return None
    return lab_founded_by(toks[k].text) or toks[k].text  # "Zuckerberg taps X": Meta


# Founding verbs whose object is always a company ("founds Quillstone"); "launches" and
# "starts" may launch a product, and need the summary to call the name a company.
FOUNDS = frozenset(["founds", "founded", "co-founds", "co-founded", "cofounds", "cofounded"])


def founded_name(toks: list[Tok], trig: Trigger, end: int, summary: Tagged) -> str | None:
    """The company a person founds, named on no list and with no company word after the verb
    ('X founds Quillstone'; 'X launches Quillstone' + 'the new startup' in the summary)."""
    if trig.end >= end or not toks[trig.end].text[:1].isupper() or toks[trig.end].watched:
        return None
    # "founds" takes a company; "launches" may take a product, unless the summary says startup
    if trig.phrase.lower() not in FOUNDS and not any(t in NEW_COMPANY for t in summary.lowers):
        return None
    # a run the tagger took for a person's name is the company founded ("founds Lattice Forge")
    name = org_after(toks, trig.end, end) or capitalised_run(toks, trig.end, end)
    if not name or name.lower() in PRODUCT_LABS:
        return None
    if any(word.lower() in PRODUCT_NOUNS for word in name.split()):
        return None  # "Launches Open Source Robotics Project": a product or project
    return name


# Nouns a summary calls a newly founded company by ("the new startup").
NEW_COMPANY = frozenset(["startup", "start-up", "venture"])


def capitalised_run(toks: list[Tok], k: int, end: int) -> str | None:
    """The capitalised words from k ('founds Lattice Forge', which the tagger took for a
    person's name: the object of founding is a company)."""
    m = k
    while m < end and m - k < 4 and toks[m].text[:1].isupper() and toks[m].text.isalpha():
        m += 1
    return " ".join(t.text for t in toks[k:m]) if m > k else None


STARTS = frozenset(["starts", "started", "start", "starting"])


def started_at(toks: list[Tok], trig: Trigger, end: int) -> bool:
    """'X starts at Meta', 'started at OpenAI this week': a job begun at the lab after 'at',
    not a company started."""
    k = trig.end
    return (
        trig.phrase.lower() in STARTS
        and k + 1 < end
        and toks[k].lower == "at"
        and bool(toks[k + 1].lab)
    )
