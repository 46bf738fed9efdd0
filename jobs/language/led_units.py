"""Teaser headlines that tell a hire with no move verb: a unit the organisation opens "led by" an
outsider ("Acme opens Paris hub led by former Initech researcher X"), the noun of an
appointment ("investors cheer appointment of new CEO X"), and a summary sentence that fronts
the post ("Heading the hub is X, recruited from Initech"). jobs/language/events.py asks for
these after the headline's own verbs found no move, and before the summary's verbs.
"""

from __future__ import annotations

from jobs.language.lexicon import ROLE_WORDS, former_word, word_set
from jobs.language.people import Tagged, Tok
from jobs.language.triggers import Event

# Units an organisation opens inside itself ("group", "hub"): one led by a newcomer is their
# post there. A "center" or a "company" is left out: one led by an outsider is as often a
# partner's or a founder's.
LED_UNITS = word_set(
    """group unit division team organization organisation org lab arm hub project office
    department"""
)
LEADING = word_set("led headed run helmed")
LEADER_REACH = 8  # "led by former Acme and Initech research scientist X"
SUMMARY_LEADERS = word_set("by under")  # "Led by former Acme chief X", "under former Acme head X"
# Nouns of a post given whose object is the one appointed ("the appointment of X").
APPOINTING_NOUNS = word_set("appointment hiring")
# Words before such a noun that make it a prospect, not news ("Expected Appointment of").
PROSPECTS = word_set(
    """expected potential possible planned proposed rumoured rumored likely imminent mooted
    pending"""
)
# Words between the noun and the name ("appointment of new CEO X", "of its first AI chief X").
APPOINTEE_LEADS = word_set("of new its the first a an")


def former_led_unit(title: Tagged, summary: Tagged) -> Event | None:
    """'Acme creates new AI group led by former Initech executive', 'London gets an Acme AI hub
    led by ex-Initech scientist X': a unit the headline's organisation opens, led by someone it
    calls a former employee of another lab, is their appointment there, from that lab. Who it
    is, the headline names or the summary's own 'led by' / 'under former ...' clause does; a
    unit led by a sitting executive ('led by its CTO') is a reorganisation, no move."""
    if "by" not in title.lowers or LEADING.isdisjoint(title.lowers):
        return None
    toks = title.toks
    for k in range(1, len(toks) - 3):
        if toks[k].lower not in LEADING or toks[k + 1].lower != "by":
            continue
        if toks[k - 1].lower not in LED_UNITS or not former_word(toks[k + 2].lower):
            continue
        event = led_unit_event(title, summary, k)
        if event:
            return event
    return None


def led_unit_event(title: Tagged, summary: Tagged, k: int) -> Event | None:
    """The event of the unit 'led by' at k: the organisation opening the headline before the
    unit, the former lab between 'former' and the role, the person named after it."""
    toks = title.toks
    owner = next((name for s, _, name in title.labs if s < k - 1), None)
    reach = min(len(toks), k + 2 + LEADER_REACH)
    role = next((m for m in range(k + 3, reach) if toks[m].lower in ROLE_WORDS), -1)
    if owner is None or role < 0:
        return None
    origin = next((t.lab for t in toks[k + 2 : role] if t.lab and t.lab != owner), None)
    if origin is None:
        return None
    named = next((n for s, _, n in title.people if role < s <= role + 2), None)
    person = named or summary_leader(summary, origin)
    return Event(person, "appointed", origin, owner) if person else None


def summary_leader(summary: Tagged, origin: str) -> str | None:
    """The person the summary puts at the head of the unit: 'Led by former Acme chief X',
    'under former Acme staff scientist X' (the same former lab named in between)."""
    toks = summary.toks
    for k in range(len(toks) - 2):
        if toks[k].lower not in SUMMARY_LEADERS or not former_word(toks[k + 1].lower):
            continue
        if toks[k].lower == "by" and (k == 0 or toks[k - 1].lower not in LEADING):
            continue
        for s, _, name in summary.people:
            if k + 1 < s <= k + 1 + LEADER_REACH:
                if any(t.lab == origin for t in toks[k + 1 : s]):
                    return name
                break
    return None


def appointment_noun(title: Tagged, summary: Tagged) -> Event | None:
    """'Investors cheer appointment of new CEO X' over 'Acme shares surge': the noun of an
    appointment whose object is a named person (with their new post before the name) is the
    news, at the organisation the headline names; not a prospect ('Expected Appointment of',
    'Potential Appointment of'), a question, nor a post given to a firm ('Appointment of
    Deloitte as auditor')."""
    if APPOINTING_NOUNS.isdisjoint(title.lowers) or "of" not in title.lowers:
        return None
    if "?" in title.texts:
        return None  # "Will the appointment of new CEO X calm investors?": a question
    toks = title.toks
    for k in range(len(toks) - 2):
        if toks[k].lower not in APPOINTING_NOUNS or toks[k + 1].lower != "of":
            continue
        if k > 0 and toks[k - 1].lower in PROSPECTS:
            return None
        person = appointee_after(title, k + 2)
        org = next((name for s, _, name in title.labs if s < k), None)
        if person and org:
            return Event(person, "appointed", None, org)
    return None


def appointee_after(title: Tagged, k: int) -> str | None:
    """The person named right after 'appointment of', past a role ('new CEO X')."""
    toks = title.toks
    m = k
    role = False
    while m < len(toks) and (toks[m].lower in APPOINTEE_LEADS or toks[m].lower in ROLE_WORDS):
        role = role or toks[m].lower in ROLE_WORDS
        m += 1
    if not role:
        return None
    return next((n for s, _, n in title.people if s == m), None)


# Gerunds that open a sentence whose subject comes after "is": "Heading the unit is X".
FRONTED = word_set("heading leading spearheading helming running overseeing")
FRONT_REACH = 6  # words from the gerund to "is" ("Spearheading this new London initiative is")
# Words after "is" before the name ("is none other than X").
NONE_OTHER = word_set("none other than")
ORIGIN_WORDS = word_set("from former formerly ex")


def fronted_leader(title: Tagged, summary: Tagged) -> Event | None:
    """'Acme's new Paris hub' + 'Heading the initiative is X, a scientist recruited from
    Initech': a summary sentence that fronts the post and ends on who holds it tells X's
    appointment at the organisation the headline opens with; where from, the apposition
    after the name says ('recruited from', 'former')."""
    if not title.labs or FRONTED.isdisjoint(summary.lowers):
        return None
    toks = summary.toks
    for k, tok in enumerate(toks):
        if tok.lower not in FRONTED or (k > 0 and toks[k - 1].text not in {".", "!", "?"}):
            continue
        cop = next(
            (m for m in range(k + 1, min(len(toks), k + FRONT_REACH)) if toks[m].lower == "is"), -1
        )
        if cop < 0:
            continue
        m = cop + 1
        while m < len(toks) and toks[m].lower in NONE_OTHER:
            m += 1
        named = next(((e, n) for s, e, n in summary.people if s == m), None)
        if named is None:
            continue
        to = title.labs[0][2]
        return Event(named[1], "appointed", apposed_origin(toks, named[0], to), to)
    return None


def apposed_origin(toks: list[Tok], k: int, to: str) -> str | None:
    """The lab the apposition from k to its sentence's end says the person came from
    ('recruited by Acme from Initech', 'a former Initech researcher')."""
    origin = False
    for tok in toks[k:]:
        if tok.text in {".", "!", "?"}:
            return None
        origin = origin or tok.lower in ORIGIN_WORDS or tok.lower.startswith("ex-")
        if origin and tok.lab and tok.lab != to:
            return tok.lab
    return None


# Verbs with which a school sets up a unit of its own ("establishes new AI institute"). Not
# OPENING below: a lab that 'forms' or 'creates' a team mostly puts its own people at its head
# (a reorganisation, "Acme forms superintelligence team under its AI chief"), a school's new
# institute headed by a lab's executive is that executive's hire.
SETTING_UP = word_set("establishes launches opens creates forms unveils founds")
# The last words of a school's name: it opens the headline and sets the unit up.
SCHOOL_ENDINGS = word_set("university college school")


def school_unit_head(title: Tagged) -> Event | None:
    """'<School> establishes new AI institute, headed by <Lab> executive X': the head a school
    gives the unit it sets up comes from the lab named before their role; a `join` of the
    school from that lab. Not a unit the school sets up with no head, nor one led by the
    school's own staff (no lab before the role)."""
    toks = title.toks
    if not title.labs or title.labs[0][0] != 0 or "by" not in title.lowers:
        return None
    s_end, school = title.labs[0][1], title.labs[0][2]
    if school.split()[-1].lower() not in SCHOOL_ENDINGS or s_end >= len(toks):
        return None
    if toks[s_end].lower not in SETTING_UP:
        return None
    for k in range(s_end + 1, len(toks) - 3):
        if toks[k].lower in LEADING and toks[k + 1].lower == "by":
            return outside_head(title, k + 2, school)
    return None


def outside_head(title: Tagged, k: int, school: str) -> Event | None:
    """'by [former] <Lab> executive X' from k: X joining the school from <Lab>."""
    toks = title.toks
    k += former_word(toks[k].lower)
    origin = toks[k].lab if k < len(toks) else None
    if origin is None or origin == school:
        return None
    role = next((m for m in range(k + 1, min(len(toks), k + 4)) if toks[m].lower in ROLE_WORDS), -1)
    named = (
        next((n for s, _, n in title.people if role < s <= role + 2), None) if role > 0 else None
    )
    return Event(named, "join", origin, school) if named else None


# Verbs of a lab opening a place of its own ("Acme opening AI lab in Toronto", "to set up a
# research center in Tel Aviv").
OPENING = word_set("open opens opening launch launches launching set sets establish establishes")
# What a lab opens that someone then leads: its own units, and places ("center", "branch") a
# lab opens in a new city. A partner's place ("joint lab with X University") is left out below.
OPENED_UNITS = LED_UNITS | word_set("center centre branch shop")
# Words that make the place shared with a partner, whose staff may lead it without moving.
PARTNERED = word_set("joint with partner partners partnership alongside together")
# Words before the leader's name that make them the lab's own people ("led by its CTO X"),
# and the nouns that do so as possessives ("the company's CTO X": the tokenizer drops the "'s"
# and marks the noun, so "company's" in a word set never matched).
OWN_STAFF = word_set("its their our")
OWNING_NOUNS = word_set("company firm")
OPENED_REACH = 6  # "opening AI research lab in Toronto led by": verb to "led"
UNIT_FROM_VERB = 4  # "to set up AI research center": verb to the unit


def opened_unit_led_by(title: Tagged, summary: Tagged) -> Event | None:
    """'Acme opening AI lab in Toronto led by Vector faculty member, X': a place a lab opens,
    led by someone the headline names (no one of its own: 'led by its CTO X' is a reorganisation)
    is that person's join to the lab, from a lab the words before their name place them at."""
    if "by" not in title.lowers or LEADING.isdisjoint(title.lowers):
        return None
    if OPENING.isdisjoint(title.lowers) or not PARTNERED.isdisjoint(title.lowers):
        return None
    toks = title.toks
    for k in range(2, len(toks) - 2):
        if toks[k].lower not in LEADING or toks[k + 1].lower != "by":
            continue
        owner = opening_lab(title, k)
        if owner is None:
            return None
        named = leader_after(title, k + 2)
        words = toks[k + 2 : named[0]] if named else []
        if named is None or any(own_staff(t, owner) for t in words):
            return None
        if any(former_word(t.lower) for t in words):
            return None  # "led by former astronaut X": former_led_unit's, which asks for a lab
        frm = next((t.lab for t in toks[k + 2 : named[0]] if t.lab and t.lab != owner), None)
        return Event(named[1], "join", frm, owner)
    return None


def own_staff(tok: Tok, owner: str) -> bool:
    """Whether a word before a leader's name makes them the owner's own people ('its', 'the
    company's', the owner's name)."""
    return tok.lower in OWN_STAFF or (tok.poss and tok.lower in OWNING_NOUNS) or tok.lab == owner


def opening_lab(title: Tagged, led: int) -> str | None:
    """The one lab that opens the place 'led by' at `led`: the headline's subject right before an
    opening verb ('Acme opening', 'Acme to set up'), the place's noun between verb and 'led'."""
    toks = title.toks
    for v in range(max(1, led - OPENED_REACH), led):
        if toks[v].lower not in OPENING:
            continue
        if not any(t.lower in OPENED_UNITS for t in toks[v + 1 : min(led, v + 1 + UNIT_FROM_VERB)]):
            continue
        labs = {name for s, _, name in title.labs if s < led}
        subject = next((name for s, e, name in title.labs if v - 2 <= e <= v), None)
        return subject if subject and len(labs) == 1 else None
    return None


def leader_after(title: Tagged, k: int) -> tuple[int, str] | None:
    """The person named within reach after 'led by' at k, past a description the tagger may take
    for a name ('Vector Faculty Member, X': a name followed by a role word describes)."""
    toks = title.toks
    for s, e, name in title.people:
        if not k <= s <= k + LEADER_REACH:
            continue
        if e < len(toks) and toks[e].lower in ROLE_WORDS:
            continue
        return s, name
    return None


def may_open_led_unit(words: set[str]) -> bool:
    """Whether a headline's words may tell a place opened 'led by' someone (no move verb in it:
    jobs/language/classify.py looks closer)."""
    return "by" in words and not LEADING.isdisjoint(words) and not OPENING.isdisjoint(words)


# "X to lead new shop", "X will head the centre": the summary's leader of a place just opened.
TO_LEAD = word_set("lead head run")
LEAD_LINKS = word_set("to will")
PLACE_REACH = 3  # "to lead the new shop": the verb to the place's noun


def opened_place_leader(
    title: Tagged, summary: Tagged, verb: int, verb_end: int, org: str
) -> Event | None:
    """'Acme to set up AI research center in Tel Aviv' + "Acme's Israel op to be led by X,
    formerly a senior official in Initech's AI division", 'Acme launching Toronto branch' + 'X
    to lead new shop': a place the organisation opens (no partner's) and a leader the summary
    names, no one of its own, is that person's join, from where the apposition says they were."""
    toks = title.toks
    if toks[verb].lower not in OPENING or not PARTNERED.isdisjoint(title.lowers):
        return None
    if not any(t.lower in OPENED_UNITS for t in toks[verb_end : verb_end + UNIT_FROM_VERB + 1]):
        return None
    found = summary_led_by(summary, org) or summary_to_lead(summary)
    if found is None:
        return None
    end, name = found
    return Event(name, "join", apposed_origin(summary.toks, end, org), org)


def summary_led_by(summary: Tagged, org: str) -> tuple[int, str] | None:
    """The end and name of the person the summary says the place is 'led by', unless the words
    before the name make them the organisation's own ('led by its CTO X')."""
    toks = summary.toks
    for k in range(1, len(toks) - 1):
        if toks[k].lower != "by" or toks[k - 1].lower not in LEADING:
            continue
        for s, e, name in summary.people:
            if not k < s <= k + LEADER_REACH or toks[e - 1].poss:
                continue
            if any(own_staff(t, org) for t in toks[k + 1 : s]):
                return None
            return e, name
    return None


def summary_to_lead(summary: Tagged) -> tuple[int, str] | None:
    """The end and name of 'X to lead new shop', 'X will head the centre': a person whose own
    verb of leading takes a place's noun a few words on."""
    toks = summary.toks
    for _, e, name in summary.people:
        if (
            e + 1 >= len(toks)
            or toks[e].lower not in LEAD_LINKS
            or toks[e + 1].lower not in TO_LEAD
        ):
            continue
        if any(t.lower in OPENED_UNITS for t in toks[e + 2 : e + 2 + PLACE_REACH]):
            return e, name
    return None
