"""The pieces of move extraction: events, triggers, subjects and objects by position (clause checks: jobs/language/clauses.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from jobs.language.labs import lab_founded_by
from jobs.language.lexicon import (
    COMPANY_NOUNS,
    COUNT_WORDS,
    GROUP_WORDS,
    INNER_UNITS,
    NON_NAME_WORDS,
    OBJECT_END,
    ORG_ENDINGS,
    PRODUCT_LABS,
    PRODUCT_NOUNS,
    PRONOUNS,
    QUOTES,
    ROLE_WORDS,
    SKIP_WORDS,
    STARTUP_WORDS,
    TITLE_CASE_LINKS,
    TRIGGER_FIRST,
    TRIGGER_KEYS,
    TRIGGER_PAIRS,
    TRIGGER_SIZES,
    about_ai,
    former_word,
    word_set,
)
from jobs.language.people import Tagged, Tok, is_name_word, unlisted_capital
from jobs.language.tokens import DESCRIBING_NOUNS, LED_BY_ENDINGS
from jobs.vocabulary import Action

BOUNDARIES = frozenset("|:;")
# A post's author telling their own move under way ("... and Why I'm Joining Acme"; "I" alone
# is a letter too often: "Series I", "Part I"; "I've decided to part ways" retells, unnamed).
FIRST_PERSON = frozenset(["i'm"])
# Words a full stop follows without ending a sentence.
ABBREVIATIONS = frozenset(["inc", "corp", "ltd", "llc", "mrs", "prof", "gen", "sen", "rep", "gov"])
# "Two Meta hires jump back to OpenAI": people hired, as a noun before a verb.
HIRE_NOUNS = frozenset(["hires", "recruits", "signings"])
# Capitalised words before a role that name no company ("AI pioneer", "Top Researcher").
NOT_COMPANIES = frozenset(
    [
        "ai",
        "tech",
        "top",
        "former",
        "senior",
        "star",
        "big",
        "longtime",
        "veteran",
        "new",
        "first",  # "appoints first chief economist": the post's first holder
        "inaugural",
        "interim",
        "acting",
        "chief",
        "vice",  # "the former Vice President of its Metaverse division": a rank, no employer
        "rising",
        # fields of work before a role ("GPU veteran", "chip executive"), no employer
        "gpu",
        "cpu",
        "chip",
        "chips",
        "silicon",
        "semiconductor",
        "hardware",
        "software",
        "graphics",
        "cloud",
        "industry",
        "program",  # "former Program Manager of DARPA's ...": what the manager ran
        "programme",
        # a post's reach ("National Coordinator", "Regional Director"); "-onal" alone would
        # take companies' names too ("Motional")
        "national",
        "regional",
        "international",
    ]
)
# A head count or a rank before a role ("Two Founders", "First Chief AI Officer"): no company.
COUNTS = COUNT_WORDS | frozenset(["one", "first", "second", "third", "another", "both"])
PAST = frozenset(["ex", "former"])  # "Ex-Stripe CTO": 'Ex' capitalised, before the company
# Words that are no part of a company's name around a role ("Ex-Stripe CTO", "head of Twitch").
NOT_COMPANY_WORDS = NOT_COMPANIES | ROLE_WORDS | PAST
PREPOSITIONS = frozenset(["from", "by", "with", "under", "against", "alongside"])
OWNERS = frozenset(["his", "her", "their", "its", "our", "my", "own", "a", "an"])


class Event(NamedTuple):
    """Who moved, how, from where, to where (any of them may be None when unknown). Named
    tuples, not frozen dataclasses: those set each field through object.__setattr__, and
    classifying and clustering make several events and triggers per entry."""

    person: str | None
    action: Action
    from_lab: str | None
    to_lab: str | None


class Trigger(NamedTuple):
    start: int
    end: int
    phrase: str
    kind: str
    subject: str


@dataclass
class Extraction:
    """The event found (or None), whether it is speculative, and the reasons in plain words."""

    event: Event | None = None
    speculative: bool = False
    reasons: list[str] = field(default_factory=list)
    group: bool = False  # the object was a group of people ("three OpenAI researchers")
    trend: bool = False  # the subject was everyone or many: no one's move, not even the summary's
    final: bool = False  # the headline says what it is (a denial, a seat, a retelling): no fallback


def find_triggers(tagged: Tagged) -> list[Trigger]:
    """Trigger phrases, longest first at each position; words inside names never count."""
    found: list[Trigger] = []
    toks, lowers = tagged.toks, tagged.lowers
    free = 0  # tokens before this belong to a trigger already found
    for i in [i for i, word in enumerate(lowers) if word in TRIGGER_FIRST]:
        if i < free:
            continue
        sizes = TRIGGER_SIZES[lowers[i]]  # only the lengths of phrases starting here
        if sizes[0] > 1 and tuple(lowers[i : i + 2]) not in TRIGGER_PAIRS:
            sizes = sizes[-1:] if sizes[-1] == 1 else ()  # no longer phrase goes on so
        for size in sizes:
            spec = TRIGGER_KEYS.get(tuple(lowers[i : i + size])) if i + size <= len(toks) else None
            if spec is None or any(t.lab or t.person for t in toks[i : i + size]):
                continue
            found.append(Trigger(i, i + size, " ".join(lowers[i : i + size]), *spec))
            free = i + size
            break
    return found


def trigger_spec(toks: list[Tok], i: int) -> tuple[str, str] | None:
    """The (kind, subject) of the trigger phrase starting at token i, longest first, or None
    (find_triggers' match at one position: 'has lost' is a lab's verb, 'called a loss' none)."""
    if i >= len(toks) or toks[i].lower not in TRIGGER_FIRST:
        return None
    for size in TRIGGER_SIZES[toks[i].lower]:
        if i + size <= len(toks):
            spec = TRIGGER_KEYS.get(tuple(t.lower for t in toks[i : i + size]))
            if spec is not None:
                return spec
    return None


def segment_bounds(texts: list[str], i: int) -> tuple[int, int]:
    """The clause around token i (by the tokens' texts): between '|', ':' or ';' marks, and
    between sentences ("X thanked his co-founder. Then another exec quit": not X)."""
    start = i
    while start > 0 and texts[start - 1] not in BOUNDARIES and texts[start - 1] != "?":
        if texts[start - 1] == "." and stop_ends_sentence(texts, start - 1):
            break
        start -= 1  # "Who is X? Scale AI's CEO will head ...": the question is a clause of its own
    end = i
    while end < len(texts) and texts[end] not in BOUNDARIES:
        if texts[end] == "." and stop_ends_sentence(texts, end):
            break
        end += 1
    return start, end


def stop_ends_sentence(texts: list[str], k: int) -> bool:
    """A full stop between sentences: after a word that is no initial or abbreviation, before
    a capitalised word ('Inc. hires', 'K. R. Subramaniam' and 'Dr. Hinton' go on)."""
    if k == 0 or k + 1 >= len(texts) or not texts[k + 1][:1].isupper():
        return False
    before = texts[k - 1]
    return len(before) > 2 and before.isalpha() and before.lower() not in ABBREVIATIONS


def word_before(toks: list[Tok], i: int, start: int) -> int:
    """Index of the meaningful token before i (auxiliaries and adverbs skipped), or -1."""
    j = i - 1
    while j >= start and toks[j].lower in SKIP_WORDS and not toks[j].person:
        if toks[j].lower in PRONOUNS:
            return j
        j -= 1
    return j if j >= start else -1


def clause_subject(toks: list[Tok], j: int, trig_start: int, start: int) -> int:
    """The subject's index when a comma or 'and' stands between it and the verb: 'X, a
    researcher at Y, is leaving' (X, not Y); 'Meta invests in Scale AI, hires its CEO' and
    'Google licenses Character.AI's models and hires its founders' (coordinated verbs share the
    clause's subject: Meta, Google)."""
    if j < 0 or not any(t.text == "," or t.lower == "and" for t in toks[j + 1 : trig_start]):
        return j
    for c in range(j, start, -1):  # an aside's opening comma: who stands before it
        if toks[c].text == ",":
            head = toks[c - 1]
            if head.lab and named_role(toks, start, c, j):
                return j  # "A.I. Expert at Acme, Jane Roe, Resigns": the name is the role's
            if head.person or head.lab or head.lower in PRONOUNS:
                return c - 1
            break
    first = start
    while first < j and toks[first].text in {"'", '"'}:
        first += 1
    if first < j and toks[first].poss and toks[first + 1].lab:
        first += 1  # "Musk's xAI"
    name = toks[first].lab or toks[first].person
    if not name:
        return j
    last = first
    while last + 1 < j and (toks[last + 1].lab or toks[last + 1].person) == name:
        last += 1
    return last if last < j and not toks[last].poss else j


def named_role(toks: list[Tok], start: int, comma: int, j: int) -> bool:
    """'Expert at Acme, Jane Roe,': a post at a lab, then only a person's name between
    commas, which is the post holder's, not an aside about the lab."""
    name = toks[j].person
    if not name or not all(t.person == name for t in toks[comma + 1 : j + 1]):
        return False
    return any(t.lower in ROLE_WORDS for t in toks[start:comma])


# Last words that make a capitalised name an organisation even when no list knows it: the
# nouns companies end their names with ("Kestrel AI", "Corvane Systems", "Halberd Health"),
# none of them a person's surname (jobs/language/lexicon.py COMPANY_NOUNS).
UNLISTED_ORG_ENDINGS = (
    frozenset(["ai", "labs", "lab", "robotics", "research", "technologies", "inc", "dynamics"])
    | COMPANY_NOUNS
)


def tag_unlisted_org(tagged: Tagged, j: int, start: int) -> bool:
    """'Kestrel AI fires its CEO': a capitalised name ending in AI/Labs/Robotics/... right
    before a lab's verb is an organisation; it is tagged as a lab for this headline."""
    toks = tagged.toks
    if j <= start or toks[j].lab or toks[j].lower not in UNLISTED_ORG_ENDINGS:
        return False
    if not toks[j].text[:1].isupper():
        return False
    k = j
    while k > start and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha():
        if toks[k - 1].person or toks[k - 1].lab or toks[k - 1].lower in NON_NAME_WORDS:
            break
        k -= 1
    if k == j or (k > start and toks[k - 1].text[:1].isupper()):
        return False  # nothing before the ending, or a longer phrase ("Former X AI")
    name = " ".join(t.text for t in toks[k : j + 1])
    for t in toks[k : j + 1]:
        t.lab = name
    tagged.labs.append((k, j + 1, name))
    tagged.labs.sort()
    return True


# A founder's young company ("Mira Murati's startup"); an older one needs "AI" before it
# ("Elon Musk's AI company", not "Musk's company", which may be any of his).
FOUNDED_NOUNS = frozenset(["startup", "start-up", "lab", "venture"])
FOUNDED_AI_NOUNS = frozenset(["company", "firm"])
FOUNDED_REACH = 3  # "Mira Murati's well-funded AI startup"


# Words before a founder's company that make it where people come from or go to.
FOUNDED_ENDS = frozenset(["from", "join", "joins", "joined", "joining"])


def tag_founded_labs(tagged: Tagged) -> None:
    """'Rehires researchers from Mira Murati's startup', "poaches engineers from Elon Musk's AI
    company", "Former Tesla engineers join Musk's latest venture": a company named by its
    founder (jobs/language/labs.py LAB_FOUNDERS) after 'from' or a verb of joining is the
    founder's lab, where people come from or go; it is tagged as that lab from the founder's
    name on (the name stays a person, a mention of the founder). Elsewhere the founder's name
    may be the news ("Sutskever's new lab will build ...")."""
    toks = tagged.toks
    for s, e, name in tagged.people:
        if not toks[e - 1].poss or s == 0 or toks[s - 1].lower not in FOUNDED_ENDS:
            continue
        for k in range(e, min(len(toks), e + FOUNDED_REACH)):
            word = toks[k].lower
            if word in FOUNDED_NOUNS or (word in FOUNDED_AI_NOUNS and toks[k - 1].lower == "ai"):
                lab = lab_founded_by(name)
                if lab and all(t.lab is None for t in toks[e : k + 1]):
                    for t in toks[s : k + 1]:
                        t.lab = lab
                    tagged.labs.append((s, k + 1, lab))
                    tagged.labs.sort()
                break
            if not toks[k].text.isalpha() and "-" not in toks[k].text:
                break


SAYING = frozenset(["said", "says", "wrote", "writes", "told", "tells", "posted", "added"])
# Lone words before "taps" that are a head of state or government, not a company.
LEADERS = frozenset(["trump", "biden", "obama", "president", "macron", "starmer", "modi"])
# Verbs a company does to a person it takes on or promotes: "Nokia names X CEO".
TAKING_ON = frozenset(["names", "appoints", "hires", "taps", "picks", "promotes", "poaches"])


SUMMARY_HIRER_REACH = 12  # the lede's subject, not a name deep in the body
# A person's own possessives: a company takes people on as "its" staff, a person as "his".
PERSONAL = frozenset(["his", "her"])
# Verbs by which a summary's lede says its subject took someone on ("Canva has appointed X").
HIRING_VERBS = frozenset(["appointed", "hired", "named", "tapped", "appoints", "hires", "names"])


def tag_word_as_lab(tagged: Tagged, word: str) -> None:
    """The lone word, taken for a surname where it stands alone, is the company there too."""
    for k, t in enumerate(tagged.toks):
        if t.text == word and t.person == word:
            t.person, t.lab = None, word
            tagged.people = [p for p in tagged.people if p[0] != k]
            tagged.labs.append((k, k + 1, word))
    tagged.labs.sort()


# Words before a former employer: "former Adobe GenAI leader".
FORMER_WORDS = frozenset(["former", "ex"])
# Fields a company's unit is named by, after the company's name ("Adobe GenAI").
UNIT_FIELDS = frozenset(["ai", "genai", "ml", "research", "cloud"])


def role_modifier(toks: list[Tok], s: int, e: int) -> bool:
    """'former Adobe GenAI leader': capitalised words between 'former' and a role word name
    the company or field of the role, not the person who holds it."""
    return (
        s > 0
        and toks[s - 1].lower in FORMER_WORDS
        and e < len(toks)
        and toks[e].lower in ROLE_WORDS
    )


def role_modifiers(tagged: Tagged, start: int) -> None:
    """The role modifiers after the trigger are no person (the summary names the hire)."""
    toks = tagged.toks
    kept = []
    for s, e, n in tagged.people:
        if s >= start and role_modifier(toks, s, e):
            for t in toks[s:e]:
                t.person = None
            if all(t.lower in UNIT_FIELDS for t in toks[s + 1 : e]):
                toks[s].lab = toks[s].text  # "former Adobe GenAI leader": Adobe, its field after
                tagged.labs.append((s, s + 1, toks[s].text))
            continue
        kept.append((s, e, n))
    tagged.people = kept
    tagged.labs.sort()


DESCRIPTION_REACH = 4  # words describing someone before their name ("ex-Intel chief executive")


def past_description(toks: list[Tok], k: int, end: int) -> int:
    """Where the name starts past a description of who someone was, after an appointing verb
    at k ('names ex-Intel boss X', 'appoints former Adobe executive X', 'taps Meta veteran
    X'): a former word or a lab first, a role word last; k itself when no such description
    stands there."""
    if k >= end or not (former_word(toks[k].lower) or toks[k].lab):
        return k
    m = k
    while m < end and m - k < DESCRIPTION_REACH and not toks[m].person:
        if not toks[m].text[:1].isalpha() or toks[m].lower in OBJECT_END:
            return k
        m += 1
    if m == k or m >= end or not toks[m].person or toks[m - 1].lower not in ROLE_WORDS:
        return k
    return m


def described_hire(toks: list[Tok], end: int) -> bool:
    """The verb's object describes someone by a former employer ('former Adobe GenAI leader'),
    not a public post ('state's first AI officer') nor a person's own staff ('as his chief of
    staff')."""
    if end >= len(toks) or toks[end].lower not in FORMER_WORDS:
        return False
    return all(t.lower not in PERSONAL for t in toks[end:])


def summary_hirer(summary: Tagged, word: str) -> bool:
    """The summary's lede has the word take a named person on ('Canva has appointed X as ...'):
    the word is a company, as a person would be named in full there."""
    toks = summary.toks
    for k, t in enumerate(toks[:SUMMARY_HIRER_REACH]):
        if t.text != word:
            continue
        v = k + 2 if k + 2 < len(toks) and toks[k + 1].lower in ("has", "have") else k + 1
        if v + 1 < len(toks) and toks[v].lower in HIRING_VERBS and toks[v + 1].person:
            return all(t.lower not in PERSONAL for t in toks[v + 1 : v + SUMMARY_HIRER_REACH])
    return False


def tag_lone_company(tagged: Tagged, summary: Tagged, j: int, trig: Trigger) -> bool:
    """'Nokia Names Intel's AI Expert X CEO': a lone capitalised word opening the headline,
    taken for a surname before a verb of taking someone on, whose object names a lab's person
    in full, is the company that takes them on; it is tagged as a lab for this headline. Not a
    leader or a government ('Trump taps'), nor a person the summary names ('Zuckerberg said'),
    nor the hirer of a post at a lab named after ('... chief scientist of Meta')."""
    toks = tagged.toks
    if j != 0 or not taking_on(toks, trig):
        return False
    tok = toks[0]
    hired = [
        (s, e)
        for s, e, n in tagged.people
        if trig.end <= s < trig.end + 6 and " " in n and not role_modifier(toks, s, e)
    ]
    untagged = tok.person is None and tok.lab is None and tok.text[:1].isupper()
    # an untagged acronym or coined name ("CSIRO", "Data61"), or a word giving a post as "its"
    # own ("Uber names X as its new chief scientist"), opens as a surname does
    coined = untagged and coined_name(tok.text) and not bracketed(summary, tok.text)
    # (an acronym naming someone is an AI move only in a text about AI, as org_posts asks of
    # any organisation on no list: "NASA names X as JPL's new director" is none)
    coined = coined and about_ai(tagged.lowers, summary.lowers)
    if coined and ai_post_given(tagged.lowers):
        return False  # "DOE appoints X chief AI officer": org_posts names the department in full
    owning = untagged and tok.text.isalpha() and bool(hired) and own_post(toks, hired[0][1])
    if not (coined or owning) and (tok.person != tok.text or not tok.text.isalpha()):
        return False
    if tok.watched or tok.lower in LEADERS:
        return False
    if hired and not coined and any(t.lab for t in toks[hired[0][1] :]):
        return False  # "Musk hires Nvidia's X for xAI's chip team": a lab's leader hires
    if (
        hired
        and not (coined or own_post(toks, hired[0][1]))
        and not any(t.lab and t.poss for t in toks[trig.end : hired[0][0]])
    ):
        return False  # only a hire from a lab ("Intel's AI Expert X"): "Jordan names X" is a person
    if not hired:  # "Canva hires former Adobe GenAI leader": the summary's lede says who
        if not described_hire(toks, trig.end) or not summary_hirer(summary, tok.text):
            return False
        role_modifiers(tagged, trig.end)
        tag_word_as_lab(summary, tok.text)
    if any(tok.text in n.split() and " " in n for _, _, n in summary.people):
        return False  # "Mark Zuckerberg": the summary names the person in full
    said = [k for k, t in enumerate(summary.toks[:-1]) if t.text == tok.text]
    if any(summary.toks[k + 1].lower in SAYING for k in said):
        return False  # "Zuckerberg said in a post"
    tagged.people = [p for p in tagged.people if p[0] != 0]
    tok.person, tok.lab = None, tok.text
    tagged.labs.insert(0, (0, 1, tok.text))
    if coined and hired:
        unit_as_post(tagged, hired[0][1])
    return True


# Departures a body makes known of its own staff ("Data61 announces departure of CEO").
ANNOUNCED_EXITS = frozenset(["announces departure", "confirms departure"])


def tag_coined_announcer(tagged: Tagged, j: int, trig: Trigger) -> None:
    """'Data61 announces departure of CEO': an acronym or coined name on no list opening the
    headline before a departure it announces is the organisation left (a person announces
    their own departure with a possessive: 'announces his departure')."""
    if j != 0 or trig.start != 1 or trig.phrase not in ANNOUNCED_EXITS:
        return
    tok = tagged.toks[0]
    if tok.person is None and tok.lab is None and coined_name(tok.text):
        tok.lab = tok.text
        tagged.labs.insert(0, (0, 1, tok.text))


def unit_as_post(tagged: Tagged, k: int) -> None:
    """'CSIRO names X as Data61's new boss': the coined name owning the post after 'as' is the
    body's unit the person heads, where they go."""
    toks = tagged.toks
    if k + 1 >= len(toks) or toks[k].lower != "as":
        return
    unit = toks[k + 1]
    if unit.poss and unit.lab is None and coined_name(unit.text):
        unit.person, unit.lab = None, unit.text
        tagged.people = [p for p in tagged.people if p[0] != k + 1]
        tagged.labs.append((k + 1, k + 2, unit.text))
        tagged.labs.sort()


# The progressive and perfect of those verbs after their auxiliary ("Uber is appointing X").
TAKING_ON_FORMS = frozenset(["appointing", "naming", "hiring", "appointed", "named", "hired"])
AUXILIARIES = frozenset(["is", "has"])


def taking_on(toks: list[Tok], trig: Trigger) -> bool:
    """Whether the verb right after the opening word takes someone on: 'names', or 'is
    appointing' and 'has named' with their auxiliary."""
    if trig.start == 1:
        return trig.phrase in TAKING_ON
    return trig.start == 2 and toks[1].lower in AUXILIARIES and trig.phrase in TAKING_ON_FORMS


def own_post(toks: list[Tok], k: int) -> bool:
    """'... X as its new chief scientist': a post 'its' own, which a company gives (a person
    appointing would write 'his' or 'her')."""
    return k + 1 < len(toks) and toks[k].lower == "as" and toks[k + 1].lower == "its"


def bracketed(summary: Tagged, word: str) -> bool:
    """Whether the summary writes the word in parentheses, after the full name it abbreviates
    ('Mohamed bin Zayed University of Artificial Intelligence (MBZUAI)')."""
    toks = summary.toks
    word = word.lower()  # ("Aesia" + "(AESIA)")
    return any(
        t.lower == word and toks[k - 1].text == "(" and toks[k + 1].text == ")"
        for k, t in enumerate(toks[1:-1], 1)
    )


def ai_post_given(lowers: list[str]) -> bool:
    """Whether the headline gives an AI post, which jobs/language/org_posts.py reads with the
    organisation's full name ("NYT names X its first head of AI": The New York Times)."""
    from jobs.language.org_posts import may_name_org_post  # (org_posts reads this module)

    return may_name_org_post(lowers)


def coined_name(text: str) -> bool:
    """An acronym ('CSIRO') or a name coined with digits ('Data61'): no person's name, so an
    organisation when it opens a headline before a verb of taking someone on."""
    if len(text) < 3 or not text.isalnum() or not text[0].isupper():
        return False
    return text.isupper() or any(c.isdigit() for c in text)


def subject_kind(toks: list[Tok], j: int, start: int) -> str:
    """'person', 'role', 'lab' or 'other' for the head word before a trigger."""
    if j < 0:
        return "other"
    tok = toks[j]
    if tok.lower == "directors" and j - 2 >= start and toks[j - 2].lower == "board":
        tok = toks[j - 2]  # "OpenAI Board of Directors fires ...": the board
        return "lab" if any(t.lab for t in toks[start:]) else "other"
    if tok.person or tok.lower in PRONOUNS or tok.lower in FIRST_PERSON:
        return "person"  # ("... and Why I'm Joining Acme": the post's author, unnamed)
    if tok.lab:
        return "role" if role_of_lab(toks, j, start) else "lab"
    if j > start and toks[j - 1].lab and _product_name(tok) and role_of_lab(toks, j - 1, start):
        return "role"  # "Former Leader of Alibaba M6 Joins ...": the lab's product after it
    if tok.lower in ROLE_WORDS or tok.lower in GROUP_WORDS or tok.lower in HIRE_NOUNS:
        return "role"
    if tok.lower in DESCRIBING_NOUNS:
        return "role"  # "Genius Teen Joins Acme": someone described, the summary names them
    if tok.lower == "board" and any(t.lab for t in toks[start:]):
        return "lab"  # "Board ousts Stability AI CEO ...": the lab's board acts for the lab
    if credited_for(toks, j, start):
        return "role"  # "Ex-Acme CTO behind its assistant joins ...": the one behind it moves
    if tok.text.islower():
        named = False  # past a person's name: "co-founder of X's AI startup joins" is theirs
        for k in range(j - 1, max(start, j - ROLE_REACH) - 1, -1):
            near = j - k <= 4 and toks[k + 1].lower == "of"
            if toks[k].lower in ROLE_WORDS and (
                near or toks[k + 1].lower in ROLE_FIELD and not named
            ):
                return "role"  # "Apple's head of Siri engineering departs"
            if toks[k].lab and j - k <= 4:
                return "lab"  # "Meta's superintelligence team hires ..."
            if toks[k].lab:
                break
            named = named or toks[k].person is not None
    elif j - 2 >= start and toks[j - 1].lower == "of" and toks[j - 2].lower in ROLE_WORDS:
        return "role"  # "Figure AI's head of AI steps down", "Meta's VP of Llama departs"
    return "other"


# Nouns of a person credited with a product ("the brain behind Acme's AI engine").
CREDITED = word_set(
    "brain brains mind minds mastermind genius man woman engineer architect creator force"
)
BEHIND_REACH = 5  # "behind Acme's AI engine": the words from 'behind' to the head


def credited_for(toks: list[Tok], j: int, start: int) -> bool:
    """Whether the head at j ends a 'behind <product>' phrase after a role or a noun of
    credit ('CTO behind Acme Assistant', 'brain behind Acme's AI engine'): its person is the
    subject."""
    for b in range(j - 1, max(start, j - BEHIND_REACH) - 1, -1):
        if toks[b].lower == "behind" and b > start:
            before = toks[b - 1].lower
            return before in ROLE_WORDS or before in CREDITED or before in DESCRIBING_NOUNS
        if toks[b].person or not toks[b].text[:1].isalpha():
            return False
    return False


# Words back from a lower-case head to a role whose field it ends ("Apple's head of datacenter
# and AI unit leaves", "Apple's lead AI researcher for robotics joins"), and the words that
# open the field.
ROLE_REACH = 6
ROLE_FIELD = frozenset(["of", "for"])


def role_of_lab(toks: list[Tok], j: int, start: int) -> bool:
    """'Co-founders of Elon Musk's xAI resigned', 'the head of OpenAI's robotics unit': the lab
    closes a role phrase (a role, 'of', an owner's name), so people of the lab do the verb."""
    k = j
    while k > start and toks[k - 1].lab == toks[j].lab:
        k -= 1
    if k > start and toks[k - 1].poss and toks[k - 1].person:  # an owner: "Elon Musk's"
        owner = toks[k - 1].person
        while k > start and toks[k - 1].person == owner:
            k -= 1
    if k - 2 >= start and toks[k - 1].lower == "at":
        k = _field_of_role(toks, k - 1, start)  # "Director of artificial intelligence at Meta"
    least = k - 2  # "the head of troubled X", "head of the embattled X": up to two words
    while k > least and k - 3 >= start and _plain_word(toks[k - 1]) and toks[k - 1].lower != "of":
        k -= 1
    if k - 2 < start or toks[k - 1].lower != "of":
        return False
    head = toks[k - 2].lower
    return head in ROLE_WORDS or head in GROUP_WORDS


# Words of a role's field between "of" and "at" ("Director of artificial intelligence at X").
FIELD_WORDS = 3


def _field_of_role(toks: list[Tok], at: int, start: int) -> int:
    """Where a role's field begins before 'at' (just after its 'of'), or `at` itself when no
    '<role> of <field>' stands there."""
    k = at
    while k > start and at - k < FIELD_WORDS and toks[k - 1].text.isalpha() and not toks[k - 1].lab:
        if toks[k - 1].lower == "of":
            return k
        k -= 1
    return k if k > start and toks[k - 1].lower == "of" else at


def _product_name(tok: Tok) -> bool:
    """A product ('Gemini') or a capitalised name with a digit ('M6'): a model, not a person."""
    if tok.person or not tok.text[:1].isupper():
        return False
    return tok.lower in PRODUCT_LABS or not tok.text.isalpha()


def _plain_word(tok: Tok) -> bool:
    return tok.text.isalpha() and tok.text.islower()


def first_person(tagged: Tagged, start: int, end: int) -> str | None:
    """The first person mentioned in tokens [start, end)."""
    for p_start, _, name in tagged.people:
        if start <= p_start < end:
            return name
    return None


def subject_person(tagged: Tagged, start: int, trig_start: int) -> str | None:
    """The person doing a verb: not an owner in the possessive with words after it ("Hinton's
    former student Nitish Srivastava joins", "Sutskever's co-founder heads to"), nor the object
    of a preposition ("praise from X")."""
    toks = tagged.toks
    for p_start, p_end, name in tagged.people:
        if not start <= p_start < trig_start:
            continue
        owner = toks[p_end - 1].poss and any(
            t.lower not in SKIP_WORDS for t in toks[p_end:trig_start]
        )
        # "a launch praised by X, several engineers have left": X is a preposition's object
        governed = p_start > start and toks[p_start - 1].lower in PREPOSITIONS
        # "According to X on Twitter, Y has joined": the source of the report
        governed = governed or (p_start > 1 and toks[p_start - 2].lower == "according")
        if not owner and not governed:
            return name
    return None


def lab_between(toks: list[Tok], start: int, end: int, skip: str | None = None) -> str | None:
    """The first lab in tokens [start, end) other than `skip`."""
    for t in toks[max(start, 0) : end]:
        if t.lab and t.lab != skip:
            return t.lab
    return None


# Words that call a company new in title case ("Sets Up New Venture"): no part of a name.
NEWNESS = frozenset(["new", "own", "latest", "next"])


def org_after(toks: list[Tok], i: int, end: int) -> str | None:
    """A lab, or a capitalised company name on no list, right after position i."""
    j = i + (1 if i < end and toks[i].lower == "the" else 0)
    j += 1 if j < end and toks[j].text in QUOTES else 0  # "to co-found 'Lumen Labs'"
    if j < end and toks[j].lab:
        return toks[j].lab
    if j < end and toks[j].lower in OWNERS:
        return None  # "starts His Own Company": no name
    k = j
    while k < end and toks[k].text[:1].isupper() and not toks[k].person and toks[k].text.isalpha():
        if k > j and toks[k].lower in TITLE_CASE_LINKS:
            break  # "Uncharted Labs Amid AI Brain Drain": a title-case reason after the name
        k += 1
    if k == j and j < end and toks[j].person:
        return _named_company(toks, j, end)  # "launches Babuschkin Ventures"
    if k - j == 1 and k < end and toks[k].text in QUOTES:
        return None  # "Innovative 'World Models' Startup": a word describing a quoted name
    if generic_company(toks[j:k]):
        return None  # "AI" alone ("launches AI safety nonprofit"), "AI Startup", "New Venture"
    if k - j > 1 or toks[k - 1].lower in ORG_ENDINGS or is_name_word(toks[j]):
        return " ".join(t.text for t in toks[j:k])
    return None


# "Artificial Intelligence" spelled out in title case: the field, as "AI" alone is.
SPELLED_FIELD = frozenset(["artificial"])


def generic_company(words: list[Tok]) -> bool:
    """'AI', 'AI Startup', 'New Venture', 'Artificial Intelligence': words for a kind of
    company or its field, naming none."""
    return all(
        t.lower in ORG_ENDINGS
        or t.lower in STARTUP_WORDS
        or t.lower in NEWNESS
        or t.lower in SPELLED_FIELD
        for t in words
    )


def _named_company(toks: list[Tok], j: int, end: int) -> str | None:
    """A company named after its founder: the person's word(s), then a company ending."""
    k = j
    while k < end and toks[k].text[:1].isupper() and toks[k].text.isalpha() and not toks[k].lab:
        k += 1
    if k - j > 1 and toks[k - 1].lower in ORG_ENDINGS and not toks[k - 1].person:
        return " ".join(t.text for t in toks[j:k])
    return None


# Roles that serve a person or a government as often as a company ("Trump adviser",
# "Treasury official").
AIDES = frozenset(["adviser", "advisor", "aide", "official"])


# Markets a company names a country unit for ("Uber India chief", "Lyft Europe head"): a word
# between the company and the role that is no part of the company's name.
REGIONS = word_set(
    """india china japan korea europe emea apac asia uk us canada france germany brazil
    australia singapore africa mena latam"""
)
PEOPLE_WORDS = ROLE_WORDS | GROUP_WORDS
# "Italian AI researchers": a nationality before a company ending and people is no company.
NATIONALITIES = word_set(
    """american british chinese french german italian spanish indian japanese korean canadian
    israeli european asian african swiss swedish dutch polish russian australian brazilian
    singaporean emirati saudi arab finnish norwegian danish irish taiwanese vietnamese
    mexican turkish ukrainian"""
)


# Kinds of AI a post is over ("Generative AI VP", "Applied AI head"): fields, not companies.
AI_FIELDS = frozenset(["generative", "applied", "responsible", "conversational", "agentic"])
# Endings of adjectives that name a field a post is in ("Political Veteran", "Financial
# Chief", "Military Adviser", "Industrial Designer", "Diplomatic Veteran", "Academic Lead"),
# never a company's one-word name.
ADJECTIVE_ENDINGS = ("ical", "cial", "tial", "rial", "tary", "matic", "omic", "emic", "egic")


def org_before_role(toks: list[Tok], start: int, end: int) -> str | None:
    """'Slack CEO Denise Dresser', 'Instacart CEO Fidji Simo': the company before a role word
    (past a market, 'Uber India chief'; with its ending, 'Kestrel AI researchers')."""
    for k in range(start, end - 1):
        tok = toks[k]
        if k + 2 < end and toks[k + 2].lower in PEOPLE_WORDS:
            company = _unit_company(toks, start, k)
            if company:
                return company
        if (
            tok.text[:1].isupper()
            and not tok.person
            and not tok.lab
            and tok.text.isalpha()
            and tok.lower not in NOT_COMPANIES  # "AI pioneer", "Top Researcher"
            and not tok.lower.endswith(ADJECTIVE_ENDINGS)  # "Political Veteran": a field
            and tok.lower not in OWNERS  # "as Its Chief Economist": whose post, no company
            and tok.lower not in REGIONS  # "new India lead": where the post is, no company
            and tok.lower not in COUNTS  # "Two Founders Return", "First Chief AI Officer"
            and not (k > 0 and toks[k - 1].text in QUOTES)  # "the 'Lobster' creator": a nickname
            and tok.lower not in ROLE_WORDS
            and toks[k + 1].lower in ROLE_WORDS
            and toks[k + 1].lower not in AIDES  # "former Trump adviser": whom one advised
            and not chief_officer(toks, start, k)
        ):
            first = company_start(toks, start, k)
            if first < 0:
                continue
            if first < k:  # "former Boston Dynamics CTO"
                return " ".join(t.text for t in toks[first : k + 1])
            return PRODUCT_LABS.get(tok.lower, tok.text)  # "ChatGPT head": OpenAI
    return None


def _unit_company(toks: list[Tok], start: int, k: int) -> str | None:
    """The company at k when a market or a company ending stands between it and a role at k + 2:
    'Uber India chief' (Uber), 'Kestrel AI researchers' (Kestrel AI); not 'French AI
    researchers' (a nationality), 'Top AI talent' or a longer title-case phrase."""
    tok, nxt = toks[k], toks[k + 1]
    if not nxt.text[:1].isupper() or tok.person or nxt.lab or nxt.person:
        return None
    if toks[k + 2].lower in AIDES:
        return None  # "former Trump AI adviser": whom one advised
    if k > start and toks[k - 1].text[:1].isupper():
        return None  # "Former Azure AI Exec" is a longer phrase (a unit, a product): not read here
    if nxt.lower in REGIONS:
        if tok.lab:
            return tok.lab
        if _company_word(tok) and tok.lower not in REGIONS:
            return PRODUCT_LABS.get(tok.lower, tok.text)
        return None
    if nxt.lower in ORG_ENDINGS and not tok.lab and tok.lower in PRODUCT_LABS:
        return PRODUCT_LABS[tok.lower]  # "Azure AI exec": the product's maker
    if tok.lower in NATIONALITIES or not tok.text.isalpha():
        return None
    if tok.lower in AI_FIELDS or tok.lower.endswith(ADJECTIVE_ENDINGS):
        return None  # "Generative AI VP", "Physical AI lead": the post's field, no company
    if nxt.lower in ORG_ENDINGS and not tok.lab and is_name_word(tok):
        # "Bridgewater's AI Architect": the owner's name ends at its "'s", AI describes the post
        return tok.text if tok.poss else f"{tok.text} {nxt.text}"
    return None


def ended_org(toks: list[Tok], i: int, end: int) -> str | None:
    """A lab, or a company on no list whose name ends as companies' do, at i ('from Kestrel
    Labs', 'from Bezos-backed Contextual AI': a describing 'X-backed' word is skipped)."""
    if i < end and toks[i].lower.endswith(LED_BY_ENDINGS):
        i += 1
    if i >= end:
        return None
    if toks[i].lab:
        return toks[i].lab
    name = org_after(toks, i, end)
    if not name or name.split()[-1].lower() not in ORG_ENDINGS:
        return None
    words = name.split()
    kind = max((n for n, w in enumerate(words) if w.lower() in STARTUP_WORDS), default=-1)
    return " ".join(words[kind + 1 :]) or None  # "AI Voice Startup Hume AI": Hume AI


def chief_officer(toks: list[Tok], start: int, k: int) -> bool:
    """'Chief AI and Technology Officer': a word inside a 'Chief ... Officer' title is the
    post's field, no company."""
    return toks[k + 1].lower == "officer" and any(
        t.lower == "chief" for t in toks[max(start, k - 4) : k]
    )


# Words opening a question or a profile before a company ("Why Slack's CEO ...").
QUESTION_OPENERS = frozenset(["why", "how", "what", "when", "where", "meet"])


def company_start(toks: list[Tok], start: int, k: int) -> int:
    """Where a company name ending at k begins: one word after a lower-case word or 'former',
    or up to three capitalised words after 'former'/'ex' ('Former Boston Dynamics'); -1 when
    a capitalised word before it is no part of it ('Apple Design Chief')."""
    if k == start or not toks[k - 1].text[:1].isupper() or toks[k - 1].lower in PAST:
        return k
    if toks[k - 1].lower in QUESTION_OPENERS:
        return k  # "Why Slack's CEO just joined OpenAI": the question opens the headline
    m = k
    while m > start and m > k - 3 and _company_word(toks[m - 1]):
        m -= 1
    return m if m < k and m > start and toks[m - 1].lower in PAST else -1


def _company_word(tok: Tok) -> bool:
    return unlisted_capital(tok, NOT_COMPANY_WORDS)


def org_of_role(toks: list[Tok], start: int, end: int) -> str | None:
    """'former CTO of Boston Dynamics', 'previously the head of Twitch': the company named
    after a past role and 'of'."""
    for k in range(start, end - 2):
        if toks[k].lower not in PAST and toks[k].lower != "previously":
            continue
        m = k + 1 + (toks[k + 1].lower in {"the", "a"})
        if m + 1 < end and toks[m].lower in ROLE_WORDS and toks[m + 1].lower == "of":
            name = org_after(toks, m + 2, end) or one_word_company(toks, m + 2, end)
            if name and team_named(toks, m + 2, end):
                return None  # "former co-head of Ethical AI group": a team inside a company
            return PRODUCT_LABS.get(name.lower(), name) if name else None
    return None


# Nouns after a capitalised name that make it a team's inside a company ("Ethical AI group",
# "Responsible AI team"), not a company's.
TEAM_NOUNS = INNER_UNITS | frozenset(["group", "groups"])


def team_named(toks: list[Tok], j: int, end: int) -> bool:
    """Whether the capitalised name at j, on no list, is followed by a team's noun."""
    j += 1 if j < end and toks[j].lower == "the" else 0
    if j >= end or toks[j].lab:
        return False
    k = j
    while k < end and toks[k].text[:1].isupper() and toks[k].text.isalpha():
        k += 1
    return k > j and k < end and toks[k].lower in TEAM_NOUNS


# Units of a company that a title capitalises ("former Head of Research"), and the words that
# put a unit inside a company ("head of research at X").
UNITS = word_set(
    """research engineering product products sales marketing operations finance policy design
    safety security legal communications people partnerships strategy search ads"""
)
UNIT_OF = frozenset(["at", "in", "for", "within"])


def one_word_company(toks: list[Tok], j: int, end: int) -> str | None:
    """'former CEO of Twitch': after a past role and 'of', one capitalised word is a company
    (where org_after would want a second word or a company ending)."""
    if j >= end or toks[j].person or not toks[j].text[:1].isupper() or not toks[j].text.isalpha():
        return None
    if j + 1 < end and (toks[j + 1].text[:1].isupper() or toks[j + 1].lower in UNIT_OF):
        return None  # longer names are org_after's; "head of Research at X" is a unit of X
    word = toks[j].lower
    return None if word in NOT_COMPANIES or word in ROLE_WORDS or word in UNITS else toks[j].text


# Words after a founding verb's object that tell who staffs it, not what it is: "with
# researchers from Google", "staffed by ex-OpenAI engineers".
STAFFED = frozenset(["with", "staffed", "including", "alongside", "featuring"])
# "what he's calling xAI", "a company named xAI"
NAMING = frozenset(["calling", "called", "named", "dubbed"])


ORIGIN_WORDS = frozenset(["after", "following", "leaving", "since"])


def startup_object(toks: list[Tok], i: int, end: int) -> tuple[bool, str | None]:
    """Whether a founding verb's object is a company, and its name when given."""
    window = toks[i : min(end, i + 8)]
    cut = next((n for n, t in enumerate(window) if t.lower in STAFFED), len(window))
    # "starts a company after her OpenAI exit", "launches startup after leaving Meta": a lab
    # after these words is where the founder comes from, never the company founded
    cut = next((n for n, t in enumerate(window[:cut]) if t.lower in ORIGIN_WORDS), cut)
    if cut:  # "forms new AI company, with researchers from Google": where its staff came from
        window = window[:cut]
        end = min(end, i + cut)
    kind = company_kind_at(window)
    if inner_unit(window, kind):
        return False, None  # "sets up new AI unit at Nvidia": a part of the company, no founding
    has_word = kind >= 0
    lab = next((t.lab for t in window if t.lab), None)
    if not has_word and any(t.lower in PRODUCT_NOUNS for t in window):
        return False, None  # "unveil Reka Core model": a product of a lab
    name = org_after(toks, i, min(end, i + 8))
    if name and name.split()[-1].lower() in ORG_ENDINGS and not window[0].lab:
        return True, name  # "launches Okafor Capital after leaving Cohere": not Cohere
    if lab:
        return True, lab
    if name and (name.split()[-1].lower() in ORG_ENDINGS or has_word):
        return True, name
    if has_word:
        k = kind + i + 1
        if k < end and toks[k].text == ",":
            k += 1
        return True, org_after(toks, k, end) or name_in_apposition(window, kind)
    return False, None


def inner_unit(window: list[Tok], kind: int) -> bool:
    """Whether a part of a company (INNER_UNITS) heads the object before any company word
    ('control tower for AI business': the business is what the tower is for). The part ends
    its noun phrase; one describing the company ('data center startup', 'office software
    company') is no head, nor one an apposition calls a company ('AI Hub, a startup')."""
    stop = kind if kind >= 0 else len(window)
    return any(
        t.lower in INNER_UNITS and (n + 1 == len(window) or window[n + 1].lower in UNIT_ENDS)
        for n, t in enumerate(window[:stop])
    )


# A place of research a person founds ("a research centre", "an AI research center"): a
# centre alone is a building ("a data center"), research makes it an institution.
CENTRES = frozenset(["centre", "center", "centres", "centers"])
ARTICLES = frozenset(["a", "an"])


def name_in_apposition(window: list[Tok], kind: int) -> str | None:
    """'launches (in a trio) "Kyutai", a research lab': the name that an apposition after
    it calls a company (a comma, 'a' or 'an', then the company word)."""
    m = kind - 1
    while m > 0 and window[m].lower not in ARTICLES:
        m -= 1  # "a nonprofit AI lab": words describing the company
    if m < 2 or window[m - 1].text != ",":
        return None
    e = m - 1 - (window[m - 2].text in QUOTES)
    s = e
    while s > 0 and window[s - 1].text[:1].isupper() and window[s - 1].text.isalpha():
        s -= 1
    return " ".join(t.text for t in window[s:e]) if s < e else None


def company_kind_at(window: list[Tok]) -> int:
    """Where the first company word (or a research centre) stands in these tokens; -1: none."""
    for n, t in enumerate(window):
        if t.lower in STARTUP_WORDS or (
            t.lower in CENTRES and n and window[n - 1].lower == "research"
        ):
            return n
    return -1


# Words after a company word that end its noun phrase ("a startup that ...", "a lab in Tokyo").
HEAD_ENDS = frozenset(["that", "which", "with", "in", "for", "to", "of", "on", "at", "by", "and"])
# What may follow the part of a company that ends a founding verb's object (inner_unit).
UNIT_ENDS = HEAD_ENDS | {".", ":", ";", "|", "?", "!"}


def described_company(toks: list[Tok]) -> str | None:
    """'has launched LawZero, a nonprofit lab focused on ...': a capitalised name that an
    apposition calls a company (a, an, then a company word within three words)."""
    for k in range(1, len(toks) - 2):
        if toks[k].text != "," or toks[k + 1].lower not in {"a", "an"}:
            continue
        if not any(_company_head(toks, n) for n in range(k + 2, min(len(toks), k + 5))):
            continue
        m = k
        while m > 0 and toks[m - 1].text[:1].isupper() and toks[m - 1].text.isalpha():
            m -= 1
        if m < k and not toks[k - 1].person and (m == 0 or not toks[m - 1].text[:1].isupper()):
            return toks[k - 1].lab or " ".join(t.text for t in toks[m:k])
    return None


def _company_head(toks: list[Tok], n: int) -> bool:
    """A company word that ends its noun phrase ('a nonprofit aimed at', 'an AI startup
    based in'), not one describing another noun ('a startup hub')."""
    if toks[n].lower not in STARTUP_WORDS:
        return False
    nxt = toks[n + 1] if n + 1 < len(toks) else None
    if nxt is None or not nxt.text.isalpha() or nxt.lower in HEAD_ENDS:
        return True
    return nxt.lower.endswith(("ed", "ing"))


def summary_company(summary: Tagged, skip: str | None) -> str | None:
    """A lab, or a capitalised name ending in Labs/AI/Robotics..., from the summary: first
    one the summary names as the company ('his new company, xAI', 'what he's calling xAI')."""
    toks = summary.toks
    for k, tok in enumerate(toks):
        if tok.lower in STARTUP_WORDS or tok.lower in NAMING:
            m = k + 1 + (k + 1 < len(toks) and toks[k + 1].text == ",")
            if m < len(toks) and toks[m].lab and toks[m].lab != skip:
                return toks[m].lab
            if tok.lower in NAMING and k and toks[k - 1].lower in STARTUP_WORDS:
                called = org_after(toks, m, len(toks))  # "a new company called Kestrel"
                if called and called != skip:
                    return called
    named = described_company(toks)
    if named:
        return named
    lab = unformer_lab(toks, skip)
    if lab:
        return lab
    for i in range(len(toks)):
        if toks[i].text[:1].isupper() and (i == 0 or not toks[i - 1].text[:1].isupper()):
            name = org_after(toks, i, len(toks))
            words = name.split() if name else []
            if len(words) > 1 and words[-1].lower() in ORG_ENDINGS:
                return name
            if len(words) > 1 and words[-1].lower() in LEGAL_FORMS:
                return " ".join(words[:-1])  # "die NXAI GmbH": the company, its usual name
    return None


# Words that make the lab after them a past employer ("with former Cruise employees").
PAST_MARKS = frozenset(["former", "ex", "erstwhile"])


def unformer_lab(toks: list[Tok], skip: str | None) -> str | None:
    """The first lab other than `skip` that no 'former' marks as someone's past employer:
    'builds a company with former Cruise employees' starts no company called Cruise."""
    for k, t in enumerate(toks):
        if t.lab and t.lab != skip and not (k and toks[k - 1].lower in PAST_MARKS):
            return t.lab
    return None


# A company's legal form after its name in a register's style ("NXAI GmbH", "Acme Ltd"): it
# tells a company, and the usual name leaves it out.
LEGAL_FORMS = frozenset(["gmbh", "ggmbh", "ltd", "llc", "sas", "sarl", "plc"])


def company_words(toks: list[Tok], k: int, end: int) -> str | None:
    """The lab, or a company's capitalised name of one to three words, filling [k, end)."""
    if toks[k].lab and all(t.lab == toks[k].lab for t in toks[k:end]):
        return toks[k].lab
    if not 1 <= end - k <= 3 or not all(t.text[:1].isupper() and not t.person for t in toks[k:end]):
        return None
    if any(t.lower in STARTUP_WORDS or t.lower in ROLE_WORDS for t in toks[k:end]):
        return None  # "From Startup Stress to Google DeepMind": no company's name
    return " ".join(t.text for t in toks[k:end])
