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


# Verbs with which a school sets up a unit of its own ("establishes new AI institute").
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
