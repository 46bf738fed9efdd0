"""The action of a move once its people and labs are known: what the rest of the text says
about the same person and labs settles a join that is really a return, a departure whose next
clause joins a lab, and an appointee who comes from outside (the labelled sets' conventions are
in docs/stories.md, "The action of a move")."""

from __future__ import annotations

from jobs.language.body_names import public_body
from jobs.language.led_units import former_led_unit
from jobs.language.lexicon import ROLE_WORDS, word_set
from jobs.language.people import Tagged
from jobs.language.public_posts import GOVERNMENT_NAMES, WHITE_HOUSE
from jobs.language.triggers import Event, find_triggers, segment_bounds

# Words every return phrase (jobs/language/lexicon.py, kind "return") has one of: a text with
# none of them tells no return, and is not scanned.
RETURN_WORDS = frozenset(
    [
        "returns",
        "return",
        "returned",
        "returning",
        "rejoins",
        "rejoin",
        "rejoined",
        "rejoining",
        "back",
        "rehires",
        "rehire",
        "rehired",
        "reinstates",
        "reinstated",
        "boomerangs",
        "boomeranged",
        "re-joins",
        "re-join",
        "re-joined",
        "re-joining",
        "re-hires",
        "re-hire",
        "re-hired",
    ]
)
# "returns to the company": the lab the headline is about, called by a common noun.
ANAPHORS = frozenset(["company", "firm", "startup", "lab", "giant", "group"])
# Lab-subject return verbs of a lab taking back its own ("OpenAI rehires from X's startup").
TAKING_BACK = frozenset(
    [
        "rehires",
        "rehire",
        "rehired",
        "re-hires",
        "re-hire",
        "re-hired",
        "brings back",
        "brought back",
    ]
)
# Auxiliaries between a lab and its verb ("OpenAI has rehired").
AUXILIARIES = frozenset(["has", "have", "had", "is", "was", "will"])


def settled(title: Tagged, summary: Tagged, event: Event) -> Event:
    """The event with its action settled by the whole text: a join told elsewhere in the
    headline or the summary as the same person's return to the same lab is a return ("Arm
    hires Amazon's chip director — X returns to the company", "Google hires Character.AI
    staff" + "co-founders X and Y to return to Google"); a departure is a join when the
    headline's next clause joins a lab; an appointment is a join when the summary describes
    the appointee by a leading post where they come from."""
    if event.action == "join" and event.to_lab and told_return(title, summary, event):
        return Event(event.person, "return", event.from_lab, event.to_lab)
    if event.action == "leave" and event.from_lab and not event.to_lab:
        to = joined_next(title, event.from_lab)
        if to:  # "X departs OpenAI; lands at Anthropic": the next clause says where to
            return Event(event.person, "join", event.from_lab, to)
    if event.action == "appointed" and promoted_inside(summary, event):
        return Event(event.person, "appointed", None, event.to_lab)
    if event.action == "appointed" and outside_leader(title, summary, event):
        return Event(event.person, "join", event.from_lab, event.to_lab)
    if arrived_from(summary, event):  # "X named CTO of Nvidia" + "X joins from Apple"
        return Event(event.person, "join", event.from_lab, event.to_lab)
    if insider(summary, event):  # "X tapped to lead Tesla's lab" + "X has been at Tesla"
        return Event(event.person, "appointed", None, event.to_lab)
    return event


def arrived_from(summary: Tagged, event: Event) -> bool:
    """An appointee the summary says arrives from the origin ('X joins from Apple')."""
    frm = event.from_lab
    if event.action != "appointed" or not frm or frm == event.to_lab:
        return False
    return told_at(summary, event.person, frm, ARRIVALS, FROM_LINKS)


def insider(summary: Tagged, event: Event) -> bool:
    """A hire from nowhere told that the summary says already works at the lab ('X has been
    at Tesla for a decade'): an appointment."""
    to = event.to_lab
    if event.action != "join" or event.from_lab or not to:
        return False
    return told_at(summary, event.person, to, STAYS, STAY_LINKS)


# "X joins from Apple", "she comes from Apple": an appointee who arrives from elsewhere.
ARRIVALS = word_set("joins joined comes came moves moved arrives arrived")
FROM_LINKS = word_set("from")
# "X has been at Tesla for a decade", "she has worked at Tesla since 2019": an insider.
STAYS = word_set("been worked served")
STAY_LINKS = word_set("at with for")
PRONOUNS = word_set("he she they")


def told_at(
    summary: Tagged, person: str | None, lab: str, verbs: frozenset[str], links: frozenset[str]
) -> bool:
    """Whether the summary says the mover (by surname or a pronoun opening the clause) does
    one of `verbs` right before a link word and the lab ('X joins from Apple', 'she has been at
    Tesla'): where an appointee comes from, or that a hire already works there."""
    if not person:
        return False
    surname = person.split()[-1].lower()
    lowers = summary.lowers
    for s, _ in lab_spans(summary, lab):
        if s < 3 or lowers[s - 1] not in links or lowers[s - 2] not in verbs:
            continue
        subject = lowers[s - 3] if lowers[s - 3] != "has" else lowers[s - 4] if s >= 4 else ""
        if subject == surname or subject in PRONOUNS:
            return True
    return False


def told_return(title: Tagged, summary: Tagged, event: Event) -> bool:
    """Whether the headline or the summary tells the mover's return to the event's lab."""
    if "back" in title.lowers and taken_back(title, event.to_lab):
        return True
    return any(
        not RETURN_WORDS.isdisjoint(tagged.lowers) and return_in(tagged, event)
        for tagged in (title, summary)
    )


def taken_back(title: Tagged, lab: str | None) -> bool:
    """'OpenAI welcomes back X', 'hires back X from Meta', 'lures X back': the lab's hiring
    verb with "back" right after it or right after its object."""
    toks = title.toks
    for trig in find_triggers(title):
        if trig.kind not in ("hire", "raid") or trig.start == 0 or toks[trig.start - 1].lab != lab:
            continue
        k = trig.end
        if k < len(toks) and toks[k].lower == "back":
            return True
        ends = [e for s, e, _ in title.people if s == k]
        if ends and ends[0] < len(toks) and toks[ends[0]].lower == "back":
            return True
    return False


def return_in(tagged: Tagged, event: Event) -> bool:
    """A return phrase in this text whose subject is the mover, or the lab taking them back,
    and whose object is the event's lab (named, or "the company")."""
    toks = tagged.toks
    for trig in find_triggers(tagged):
        if trig.kind != "return":
            continue
        start, _ = segment_bounds(tagged.texts, trig.start)
        if trig.phrase in TAKING_BACK:
            k = trig.start - 1
            while k > start and toks[k].lower in AUXILIARIES:
                k -= 1
            if k >= start and toks[k].lab == event.to_lab:
                return True  # "OpenAI has rehired ...": the lab takes back one of its own
            continue
        if trig.subject != "person" or not mover_before(tagged, event.person, start, trig.start):
            continue
        k = trig.end
        if k < len(toks) and toks[k].lab == event.to_lab:
            return True  # "X and Y have rejoined OpenAI"
        if k + 1 < len(toks) and toks[k].lower == "the" and toks[k + 1].lower in ANAPHORS:
            return True  # "X returns to the company"
    return False


def mover_before(tagged: Tagged, person: str | None, start: int, k: int) -> bool:
    """Whether the mover is named in the clause before position k (by surname: "Shazeer")."""
    if not person:
        return False
    surname = person.split()[-1]
    return any(
        start <= s and e <= k and name.split()[-1] == surname for s, e, name in tagged.people
    )


# Posts that lead (a company, a unit, a team), and the verbs of leading one: someone who held
# one at another organisation and is named to a post is hired from outside, a join.
LEADING = word_set(
    """ceo cto cfo coo cpo cmo cso cio president head chief director vp svp evp founder
    co-founder cofounder leader lead co-lead chair chairman chairwoman boss executive exec
    leading led heading headed running ran managing"""
)
# Words a leading post and its organisation may have between them ("head of Google's", "senior
# director of corporate development at Google").
POST_REACH = 6
SENTENCE_ENDS = frozenset([".", "|", ";"])
AFTER_REACH = 4  # "Intel's AI chief X": the name after the post


def outside_leader(title: Tagged, summary: Tagged, event: Event) -> bool:
    """Whether an appointee the text describes by a leading post held at the organisation
    they come from ("Shear, former CEO of Twitch", "previously the head of Twitch", "formerly
    leading OpenAI's explorations team") joins from there: the labelled sets call such an
    outside hire a `join`, and keep `appointed` where the origin is a researcher's or
    creator's line ("former OpenAI researcher X", "ChatGPT co-creator X"), where the post is in
    public service (a government or a public AI body names its officials), and where the
    headline itself gives the post ("forms new AI group under former Facebook head of
    engineering X", "hub led by former Initech scientist X" (led_units.former_led_unit): a
    unit formed under someone is told as an appointment)."""
    frm, to = event.from_lab, event.to_lab
    if not frm or frm == to or public_service(to):
        return False
    return led_at(summary, event.person, frm) and former_led_unit(title, summary) is None


def promoted_inside(summary: Tagged, event: Event) -> bool:
    """Whether the summary gives the appointee a post held now before the former lab ("X,
    Acme's strategy chief and a former Initech executive"): a promotion inside the lab, the
    former lab only background."""
    frm = event.from_lab
    if not frm or frm == event.to_lab:
        return False
    return any(holds_post_too(summary, s) for s, _ in lab_spans(summary, frm))


# Words between a post held now and a former one ("officer and a former Initech executive").
FORMER_LEADS = word_set("former ex a an")


def holds_post_too(tagged: Tagged, s: int) -> bool:
    """Whether the former lab at s follows a post held now: '<role> and a former <lab>'."""
    lowers = tagged.lowers
    m = s - 1
    while m >= 0 and lowers[m] in FORMER_LEADS:
        m -= 1
    return m > 0 and m < s - 1 and lowers[m] == "and" and lowers[m - 1] in ROLE_WORDS


# Words in the names of public organisations ("U.S. Department of Energy", "EU AI Office").
PUBLIC_WORDS = frozenset(
    ["Department", "Ministry", "Government", "Administration", "Agency", "Office", "Commission"]
)


def public_service(org: str | None) -> bool:
    """Whether an organisation is a government, a department or a public AI body."""
    if org is None:
        return False
    if org in GOVERNMENT_NAMES or org == WHITE_HOUSE or public_body(org):
        return True
    return not PUBLIC_WORDS.isdisjoint(org.split())


def led_at(tagged: Tagged, person: str | None, lab: str) -> bool:
    """Whether the text gives the mover (or, in a sentence naming no one, whoever it is about)
    a leading post at `lab`: right before the lab ("head of Twitch") or right after it
    ("Intel's AI chief", "Twitch co-founder"), the first role word met deciding."""
    for s, e in lab_spans(tagged, lab):
        if not (leading_before(tagged, s) or leading_after(tagged, e)):
            continue
        if described_mover(tagged, person, s, e):
            return True
    return False


def lab_spans(tagged: Tagged, lab: str) -> list[tuple[int, int]]:
    """Where the text names the lab: as a tagged lab, or word for word (a company on no list,
    "Twitch", that an origin was read from)."""
    spans = [(s, e) for s, e, name in tagged.labs if name == lab]
    if spans:
        return spans
    words = lab.split()
    n = len(words)
    texts = tagged.texts
    return [(k, k + n) for k in range(len(texts) - n + 1) if texts[k : k + n] == words]


def leading_before(tagged: Tagged, s: int) -> bool:
    """A leading post before the lab at s, past 'of', 'at' and lower-case words."""
    toks, lowers = tagged.toks, tagged.lowers
    for m in range(s - 1, max(-1, s - 1 - POST_REACH), -1):
        word = lowers[m]
        if word in LEADING:
            return True
        if word in ROLE_WORDS or toks[m].person or toks[m].lab or not toks[m].text[:1].isalnum():
            return False
    return False


def leading_after(tagged: Tagged, e: int) -> bool:
    """A leading post right after the lab ending at e ("Intel's AI chief", "Twitch co-founder")."""
    toks, lowers = tagged.toks, tagged.lowers
    for m in range(e, min(len(toks), e + 3)):
        word = lowers[m]
        if word in LEADING:
            return True
        if word in ROLE_WORDS or word == "and" or toks[m].person or toks[m].lab:
            return False
        if not toks[m].text[:1].isalnum():
            return False
    return False


def described_mover(tagged: Tagged, person: str | None, s: int, e: int) -> bool:
    """Whether the post at the lab spanning s..e describes the mover: the person named last
    before it in its sentence, else the one right after it ("Intel's AI chief X"), is the
    mover; a sentence naming no one there is about the mover ("He is the former head of ...")."""
    texts = tagged.texts
    lo = s
    while lo > 0 and texts[lo - 1] not in SENTENCE_ENDS:
        lo -= 1
    before = [name for ps, pe, name in tagged.people if lo <= ps and pe <= s]
    after = [name for ps, _, name in tagged.people if e <= ps <= e + AFTER_REACH]
    named = before[-1] if before else (after[0] if after else None)
    if named is None:
        return True
    return person is not None and named.split()[-1] == person.split()[-1]


# Words that may open a clause before its verb when the subject is the previous clause's ("and
# now lands at Anthropic").
CLAUSE_OPENERS = frozenset(["and", "now", "then", "also", "is", "has", "will", "to", "soon"])
CLAUSE_MARKS = frozenset(["|", ":", ";"])  # the marks between a headline's clauses


def joined_next(title: Tagged, frm: str) -> str | None:
    """The lab a later clause of the headline says the one leaving joins, that clause opening
    with its verb (no subject of its own: "X departs OpenAI; lands at Anthropic", "X is out
    at OpenAI | joins Anthropic")."""
    if CLAUSE_MARKS.isdisjoint(title.texts):
        return None  # one clause (most headlines): the departure's own said where to
    toks = title.toks
    for trig in find_triggers(title):
        if trig.kind != "join" or trig.subject != "person" or trig.phrase.endswith(" from"):
            continue
        start, _ = segment_bounds(title.texts, trig.start)
        if start == 0 or any(t.lower not in CLAUSE_OPENERS for t in toks[start : trig.start]):
            continue
        k = trig.end + (trig.end < len(toks) and toks[trig.end].lower == "the")
        lab = toks[k].lab if k < len(toks) else None
        if lab and lab != frm:
            return lab
    return None
