"""Companies on no list that the tagger took for a person's name, read as the organisation a
headline says they are: the hirer ("Hyundai taps Tesla, Nvidia veteran X", "Eli Lilly appoints
first chief AI officer", "Acme Loses AI Chief") and the origin ("Acme's advanced vehicle chief
to resign", "Departure of Acme's AI head", "Acme: VP of AI steps down").

A capitalised name of one to three words is a company here only where two things agree: the
headline puts it where a company stands (opening the clause before a verb of hiring or losing
whose object is a person or a role, before "'s" and a role, or before a colon and a role), and
the summary says it is an organisation (a legal or group word after the name, "Acme Motor
Group", "Acme and Company"; an apposition, "Acme, a leading pharmaceutical company"; a company
noun before it, "carmaker Acme"; or the name as someone's employer, "vice president of AI at
Acme"). A watched person, or a name the summary writes as a person's (a given name before it,
a verb of saying after it), stays a person: "Jordan names X" is a person appointing.
"""

from __future__ import annotations

from jobs.language.lexicon import AI_WORDS, NON_NAME_WORDS, ROLE_WORDS, amount, word_set
from jobs.language.people import Tagged, Tok, unlisted_capital
from jobs.language.triggers import org_after

# Verbs a company does to a person it takes on, or loses ("Acme loses AI chief").
HIRING = word_set(
    """taps appoints names hires picks recruits lures loses poaches promotes selects nabs snags
    tapped appointed named hired picked recruited lured lost poached promoted selected recruit"""
)
# Words that are no part of a hirer's name before its verb.
NOT_HIRER_WORDS = NON_NAME_WORDS | HIRING
GERUNDS = word_set("appointing hiring tapping naming recruiting poaching picking luring")
# Words after a name in the summary that make it an organisation's ("Acme Motor Group", "Acme
# Inc.", "Acme and Company"); the first three extend the name the event gives.
NAME_TAILS = word_set("group motor motors electronics")
LEGAL_TAILS = word_set(
    """inc co corp corporation company ltd plc llc ag se sa holdings bank banking industries
    pharmaceuticals automotive"""
)
# Nouns a summary calls a company by, in an apposition or right before its name.
COMPANY_NOUNS = word_set(
    """company firm carmaker automaker maker chipmaker drugmaker pharmaceutical bank lender
    insurer retailer manufacturer conglomerate giant startup group lab laboratory"""
)
# What a summary calls a company by once it has named it ("the bank's first AI executive").
SECTOR_NOUNS = word_set(
    """bank lender insurer carmaker automaker drugmaker chipmaker retailer conglomerate
    manufacturer giant telecom telco operator broadcaster"""
)
APPOSITION_LEADS = word_set("a an the")
# Verbs of saying after a name: a person's ("Acme said" is rarer than "Jordan said").
SAYING = word_set("said says told tells wrote writes posted added")
# A collective of leaders taken on ("recruits leadership from Acme").
LEADERSHIP = word_set("leadership")
OBJECT_REACH = 6  # words from the verb to the person or role taken on
ROLE_REACH = 5  # words from "'s" or ":" to the role ("Acme's advanced vehicle chief")
EMPLOYER_REACH = 12  # words from a role to "at <name>" ("vice president of ... at Acme")


def tag_hiring_companies(title: Tagged, summary: Tagged) -> None:
    """Tag, in the headline and the summary, each name the headline puts where a company stands
    and the summary calls an organisation, as that organisation (a lab for this text)."""
    if not summary.toks:
        return
    for tagged in (title, summary):
        retag_tailed_people(tagged)
    toks = title.toks
    for s, e in name_runs(title):
        if not company_place(toks, s, e):
            continue
        words = [t.text for t in toks[s:e]]
        name = summary_org(summary, words)
        if name is None and (
            org_tail(toks, s, e)
            or described(toks, s)
            or owns_post(title, summary, words)
            or (post_of(toks, s, e) and referred_back(summary.lowers, 0))
        ):
            name = " ".join(words)
        if name is None:
            continue
        retag_both(title, summary, s, e, words, name)
    for s, e in summary_candidates(summary):
        if summary.toks[s].lab is None and summary_hirer(summary.toks, s, e):
            words = summary.texts[s:e]
            for k in occurrences(summary.texts, words):
                retag(summary, k, k + len(words), " ".join(words))
    for s, e in acronym_runs(title):
        words = [toks[s].text]
        if company_place(toks, s, e) and owns_post(title, summary, words):
            retag_both(title, summary, s, e, words, words[0])


def retag_tailed_people(tagged: Tagged) -> None:
    """'from The Walt Disney Studios': a name the tagger read as a person's whose last word is an
    organisation's own ('Studios', 'Media') is that organisation."""
    for s, e, _ in list(tagged.people):
        if e - s > 1 and tagged.toks[e - 1].lower in ORG_TAILS:
            retag(tagged, s, e, " ".join(tagged.texts[s:e]))


def summary_candidates(summary: Tagged) -> list[tuple[int, int]]:
    """The summary's names that could be a hirer with an apposition: only where it has a verb
    of hiring right after a comma or an auxiliary (its pre-check), and the name before a comma."""
    lowers = summary.lowers
    if HIRING.isdisjoint(lowers):
        return []
    return [(s, e) for s, e in name_runs(summary) if e < len(lowers) and lowers[e] == ","]


APPOSITION_REACH = 8  # words of an apposition on the hirer ("Acme, a Norwegian telecoms company,")


def summary_hirer(toks: list[Tok], s: int, e: int) -> bool:
    """'Acme, a Norwegian telecommunications company, has recruited X': a name the summary's
    own apposition calls a company, as the subject of a verb of hiring right after it."""
    if e - s > 3 or not org_told(toks, s, e) or toks[e].text != ",":
        return False
    m = next(
        (m for m in range(e + 2, min(len(toks), e + APPOSITION_REACH)) if toks[m].text == ","),
        None,
    )
    if m is None or m + 1 >= len(toks) or toks[m - 1].lower not in COMPANY_NOUNS:
        return False  # "X, a startup founder, has hired": the apposition's head is a person
    v = m + 1 + (toks[m + 1].lower in {"has", "have"})
    return v < len(toks) and toks[v].lower in HIRING


def acronym_runs(title: Tagged) -> list[tuple[int, int]]:
    """Companies the lexicon keeps from being read as names, written as acronyms ('SAP',
    'IBM'): candidates only where 'its' confirms them (owns_post), as no list says they hire."""
    return [
        (k, k + 1)
        for k, t in enumerate(title.toks)
        if not t.lab
        and len(t.text) > 1
        and t.text.isupper()
        and t.text.isalpha()
        and t.lower in NON_NAME_WORDS
    ]


def retag_both(title: Tagged, summary: Tagged, s: int, e: int, words: list[str], name: str) -> None:
    """Tag the name at [s, e) of the headline, and each place the summary writes it, as `name`."""
    retag(title, s, e, name)
    for k in occurrences(summary.texts, words):
        retag(
            summary,
            k,
            k + len(name.split()) if name_at(summary, k, name) else k + len(words),
            name,
        )


# Last words of an organisation's own name ("Acme Studios Productions", "Acme Media"): no
# person's surname.
ORG_TAILS = word_set(
    """productions studios media networks technologies systems ventures telecom telecoms
    communications entertainment pictures broadcasting clinic hospital"""
)
ITS_REACH = 12  # words from the verb of hiring to 'its' ("hires X as its new chief")


def org_tail(toks: list[Tok], s: int, e: int) -> bool:
    return e - s > 1 and toks[e - 1].lower in ORG_TAILS


def owns_post(title: Tagged, summary: Tagged, words: list[str]) -> bool:
    """Whether the headline or the summary has the name take someone on 'as its' post ('Acme
    poaches X as its new head of AI', 'Acme has appointed X as head of its new lab'): 'its'
    refers back to an organisation, where a person hiring would be 'his' or 'her'. Not a
    summary that writes the name only inside a longer one, or not at all: the longer name is
    the organisation's (or a person's), read by other rules."""
    places = occurrences(summary.texts, words)
    if not places or any(k > 0 and summary.toks[k - 1].text[:1].isupper() for k in places):
        return False  # the summary names it otherwise, or inside a longer name ('Eli Lilly')
    return any(takes_on_as_its(t, words) for t in (title, summary))


def takes_on_as_its(tagged: Tagged, words: list[str]) -> bool:
    toks = tagged.toks
    for k in occurrences(tagged.texts, words):
        v = k + len(words)
        if v < len(toks) and toks[v].lower in {"has", "have"}:
            v += 1
        if v >= len(toks) or toks[v].lower not in HIRING:
            continue
        for t in toks[v + 1 : v + 1 + ITS_REACH]:
            if t.text in {".", ";", ":"} or t.lower in {"his", "her", "their"}:
                break
            if t.lower == "its":
                return True
    return False


def name_runs(title: Tagged) -> list[tuple[int, int]]:
    """The headline's people, and capitalised words on no list that open it or own a role
    ("Hyundai's", "Stellantis:"), as candidate names."""
    runs = [(s, e) for s, e, _ in title.people]
    toks = title.toks
    for k, tok in enumerate(toks):
        if tok.person or tok.lab or not tok.text[:1].isupper() or tok.lower in NON_NAME_WORDS:
            continue
        if k > 0 and inside_run(toks[k - 1]) and not describer_noun(toks[k - 1]):
            continue  # inside a longer run: only its first word opens one
        e = k + 1
        runs.append((k, e))  # title case runs on into the verb: each prefix is a candidate
        joined = k > 0 and toks[k - 1].lower in JOINING  # "Joins Wujie Power": any capital
        while (
            e < len(toks)
            and e - k < 3
            and not toks[e - 1].poss
            and (name_word(toks[e]) or (joined and unlisted_capital(toks[e], NO_WORDS)))
        ):
            e += 1
            runs.append((k, e))
    return runs


def inside_run(before: Tok) -> bool:
    """Whether a capitalised word after `before` continues its run (title case: "Joins
    Initech" opens a run at 'Initech', past the verb)."""
    return before.text[:1].isupper() and before.text.isalpha() and before.lower not in JOINING


def plain_word(tok: Tok) -> bool:
    return unlisted_capital(tok, NOT_HIRER_WORDS)


NO_WORDS: frozenset[str] = frozenset()  # after "joins", any capitalised word on no list


def name_word(tok: Tok) -> bool:
    """A word that continues a company's name: one on no list, or an organisation's own last
    word ('Studios', 'Productions') even where the tagger began a person's name on it."""
    return plain_word(tok) or (tok.text[:1].isupper() and tok.lower in ORG_TAILS)


def company_place(toks: list[Tok], s: int, e: int) -> bool:
    """Whether the headline puts the name at [s, e) where a company stands: opening the clause
    before a verb of hiring with a person or role after it, or before "'s" or ":" and a role."""
    if e - s > 3 or any(t.watched or not t.text.isalpha() for t in toks[s:e]):
        return False
    last = toks[e - 1]
    if s > 1 and toks[s - 1].lower == "from" and hired_from(toks, s - 1):
        return True  # "recruit leadership from Acme": where the hire comes from
    if last.poss:  # "Acme's advanced vehicle chief"; "Acme's new chief AI officer" is a post
        # given, which jobs/language/org_posts.py reads of a name on no list
        return e < len(toks) and toks[e].lower != "new" and role_within(toks, e, ROLE_REACH)
    if post_of(toks, s, e):
        return True  # "takes over as Acme CTO": the post's organisation
    if e < len(toks) and described(toks, s):
        return True  # "AI Company Acme Faces Criticism for Hiring X": the headline says so
    if s > 0 and toks[s - 1].lower in JOINING and clause_ends(toks, e):
        return True  # "Ex-Acme Engineer Joins Initech": where the described person goes
    if e >= len(toks) or (s > 0 and not clause_opener(toks[s - 1]) and not fronted(toks, s)):
        return False
    if toks[e].text == ":":
        return role_within(toks, e + 1, ROLE_REACH)  # "Acme: Vice President of AI steps down"
    if toks[e].lower not in HIRING:
        # "Acme Strengthens Its Push by Appointing X to Lead ...": the gerund's doer
        return any(
            toks[m].lower == "by" and toks[m + 1].lower in GERUNDS for m in range(e, len(toks) - 1)
        )
    window = toks[e + 1 : e + 1 + OBJECT_REACH]
    return any(t.person or t.lower in ROLE_WORDS or t.lower in LEADERSHIP for t in window)


# Verbs of joining whose object, closing the clause, is where the person goes.
JOINING = word_set("joins joined joining")
# Words after a joined company's name that close its clause ("joins Initech as CTO").
AFTER_JOINED = word_set("as in to for amid after , - – —") | frozenset(":|;")


def clause_ends(toks: list[Tok], e: int) -> bool:
    """Whether the name ending at e closes its clause: the headline's end or a clause break."""
    return e == len(toks) or toks[e].lower in AFTER_JOINED


# Words a clause's subject may follow: punctuation that opens one ("Exclusive: Acme taps
# ...", a bracketed kicker "[News] Acme ..."), and a verb of seeing whose object does the next
# verb ("war sees Acme recruit ...").
OPENERS = frozenset([":", "|", '"', "'", "]"])
SEEING = word_set("sees see saw watches")


# Words before 'as' that make what follows the post someone takes ("takes over as", "joins as").
TAKING_POST = word_set("over becomes became joins joined")


def post_of(toks: list[Tok], s: int, e: int) -> bool:
    """Whether the name at [s, e) owns the post a person takes: 'takes over as Acme CTO'."""
    return (
        s > 1
        and toks[s - 1].lower == "as"
        and toks[s - 2].lower in TAKING_POST
        and e < len(toks)
        and toks[e].lower in ROLE_WORDS
    )


# Nouns a headline calls an AI company by right before its name ("AI startup Acme", "Automotive
# AI player Acme"), besides COMPANY_NOUNS.
PLAYER_NOUNS = word_set("player provider developer specialist unicorn")
DESCRIBER_REACH = 3  # words of the description before its noun ("generative AI video startup")


def describer_noun(tok: Tok) -> bool:
    """A noun that ends a company's description ('AI startup', 'AI Firm'): in title case the
    name after it opens a run of its own ('State-Owned AI Firm Acme Appoints ...')."""
    return tok.lower in COMPANY_NOUNS or tok.lower in PLAYER_NOUNS


def describer_word(tok: Tok) -> bool:
    """A word of a company's description before its noun: one of letters, hyphenated ones
    ('state-owned', 'fast-growing'), or what it is worth ('$64M')."""
    return tok.text.replace("-", "").isalpha() or amount(tok.text)


def described(toks: list[Tok], s: int) -> bool:
    """Whether the name at s follows the description that opens its clause and calls it an AI
    company: an AI word, then a company noun right before the name ('AI startup Acme',
    'Automotive AI player Acme appoints ...', 'Chinese state-owned AI firm Acme hires ...').
    A company of no AI trade ('Carmaker Acme') is left to the summary, as its new chief need
    be no AI news."""
    if s < 2 or not describer_noun(toks[s - 1]):
        return False
    start = s - 1
    while start > 0 and s - 1 - start < DESCRIBER_REACH and describer_word(toks[start - 1]):
        start -= 1
    if start > 0 and not clause_opener(toks[start - 1]):
        return False
    return any(t.lower in AI_WORDS for t in toks[start : s - 1])


def clause_opener(tok: Tok) -> bool:
    return tok.text in OPENERS or tok.lower in SEEING


# Prepositions that open a fronted adverbial phrase ("In AI push, Acme hires X"): the comma
# closing it opens the clause whose subject the name is.
FRONTING = word_set("in amid after with as amidst following")
FRONT_REACH = 5  # words of the fronted phrase before its comma


def fronted(toks: list[Tok], s: int) -> bool:
    """Whether the name at s follows the comma of a short fronted phrase that opens the headline
    with a preposition and holds no verb of hiring ('In AI push, Acme hires ...')."""
    return (
        1 < s <= FRONT_REACH + 1
        and toks[s - 1].text == ","
        and toks[0].lower in FRONTING
        and all(t.text.isalnum() and t.lower not in HIRING for t in toks[1 : s - 1])
    )


def hired_from(toks: list[Tok], k: int) -> bool:
    """Whether the 'from' at k ends the object of a verb of hiring ('recruit leadership from')."""
    return any(t.lower in HIRING for t in toks[max(0, k - OBJECT_REACH) : k])


def role_within(toks: list[Tok], k: int, reach: int) -> bool:
    return any(t.lower in ROLE_WORDS for t in toks[k : k + reach])


def occurrences(texts: list[str], words: list[str]) -> list[int]:
    """Where the summary writes the name's words in a row."""
    n = len(words)
    return [k for k in range(len(texts) - n + 1) if texts[k : k + n] == words]


def summary_org(summary: Tagged, words: list[str]) -> str | None:
    """The organisation's name when the summary calls the name one (extended by a group word,
    'Hyundai Motor Group'); None when it does not, or writes it as a person's name."""
    toks = summary.toks
    found = None
    places = occurrences(summary.texts, words)
    for k in places:
        e = k + len(words)
        before = toks[k - 1] if k > 0 else None
        if (
            before
            and before.person
            and before.person == toks[k].person
            and before.lower not in COMPANY_NOUNS
        ):
            return None  # "Michael Jordan": a given name before it, a person
        if e < len(toks) and toks[e].lower in SAYING:
            return None  # "Jordan said": a person speaking
        if found is None and org_told(toks, k, e):
            found = extended(toks, k, e)
    if found is None and places and referred_back(summary.lowers, places[0] + len(words)):
        found = " ".join(words)
    return found


def referred_back(lowers: list[str], after: int) -> bool:
    """'Morgan Stanley has promoted X to become the bank's first AI executive': after the name
    (ending at `after`), the summary calls it by what trade it is in ('the bank', 'the
    automotive giant')."""
    for m in range(after, len(lowers) - 1):
        if lowers[m] == "the" and (
            lowers[m + 1] in SECTOR_NOUNS or (m + 2 < len(lowers) and lowers[m + 2] in SECTOR_NOUNS)
        ):
            return True
    return False


def org_told(toks: list[Tok], k: int, e: int) -> bool:
    """Whether the summary's words around the name at [k, e) call it an organisation."""
    nxt = toks[e] if e < len(toks) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.lower in NAME_TAILS | LEGAL_TAILS:
        return True  # "Acme Motor Group", "Acme Inc."
    if (
        nxt is not None
        and nxt.lower == "and"
        and e + 1 < len(toks)
        and toks[e + 1].text == "Company"
    ):
        return True  # "Eli Lilly and Company"
    if (
        nxt is not None
        and nxt.text == ","
        and e + 1 < len(toks)
        and apposition_opens(toks, e + 1)
        and any(t.lower in COMPANY_NOUNS for t in toks[e + 2 : e + 6])
    ):
        return True  # "Acme, a leading pharmaceutical company,", "Acme, Jane Doe's AI lab,"
    if k > 0 and toks[k - 1].lower in COMPANY_NOUNS and (k == 1 or toks[k - 1].text.islower()):
        return True  # "carmaker Acme", a lede's "Carmaker Acme"
    if k > 0 and toks[k - 1].lower == "at":
        return any(t.lower in ROLE_WORDS for t in toks[max(0, k - EMPLOYER_REACH) : k - 1])
    return False


OWNER_REACH = 3  # words of an owner's name opening an apposition ("Jane Doe's AI lab")


def apposition_opens(toks: list[Tok], k: int) -> bool:
    """Whether an apposition opens at k: an article, or an owner's name ending in 's within a
    few capitalised words (its company noun after it tells what the name is)."""
    if toks[k].lower in APPOSITION_LEADS:
        return True
    for t in toks[k : k + OWNER_REACH]:
        if not t.text[:1].isupper():
            return False
        if t.poss:
            return True
    return False


def extended(toks: list[Tok], k: int, e: int) -> str:
    """The name with the group words after it ('Hyundai Motor Group'), legal words left out."""
    m = e
    while (
        m < len(toks) and m - e < 2 and toks[m].text[:1].isupper() and toks[m].lower in NAME_TAILS
    ):
        m += 1
    return " ".join(t.text for t in toks[k:m])


def name_at(tagged: Tagged, k: int, name: str) -> bool:
    return tagged.texts[k : k + len(name.split())] == name.split()


def retag(tagged: Tagged, s: int, e: int, name: str) -> None:
    """Tokens [s, e) become the organisation `name`; any person's name over them is dropped."""
    toks = tagged.toks
    spans = [p for p in tagged.people if p[0] < e and s < p[1]]
    for ps, pe, _ in spans:
        for t in toks[ps:pe]:
            t.person = None
    tagged.people = [p for p in tagged.people if p not in spans]
    for t in toks[s:e]:
        t.person, t.lab = None, name
    tagged.labs = sorted(
        [lab for lab in tagged.labs if not (lab[0] < e and s < lab[1])] + [(s, e, name)]
    )


def employer(toks: list[Tok], k: int) -> str | None:
    """'at Mount Sinai,': capitalised words after a post's 'at' up to the clause's end name an
    organisation, even those the tagger took for a person's name."""
    m = k
    while m < len(toks) and m - k < 6 and toks[m].text.isalpha():
        if not toks[m].text[:1].isupper() and (toks[m].lower != "of" or m == k):
            break  # "Nordic Institute of Technology": 'of' inside the name
        m += 1
    if m == k or (m < len(toks) and toks[m].text not in {",", ".", ";"}):
        return None
    return " ".join(t.text for t in toks[k:m])


CURRENT_REACH = 16  # words from "currently" to "at <Org>" ("the Dean and Department Chair ...")


def current_post_origin(summary: Tagged, person: str | None, to: str | None) -> str | None:
    """'Acme has appointed Dr. X as its first chief AI officer. Dr. X, who is currently the Dean
    ... at Mount Sinai, ...': the post the appointee holds now, at another organisation, is
    where they come from. Only in a relative clause or apposition on the appointee ('X, who is
    currently', 'X, currently'), with the employer after 'at' and before the clause's comma."""
    if person is None or "currently" not in summary.lowers:
        return None
    toks = summary.toks
    surname = person.split()[-1]
    for k, tok in enumerate(toks):
        if tok.lower != "currently" or k < 2:
            continue
        m = k - 1 - (toks[k - 1].lower == "is") - (toks[k - 2].lower == "who")
        if m < 1 or toks[m].text != "," or toks[m - 1].text != surname:
            continue
        for n in range(k + 1, min(len(toks) - 1, k + CURRENT_REACH)):
            if toks[n].text in {",", ".", ";"}:
                break
            if toks[n].lower == "at":
                if n + 2 < len(toks) and toks[n + 1].poss and toks[n + 1].text[:1].isupper():
                    n += 1  # "at Pittsburgh's Carnegie Mellon University": the place owns it
                lab = toks[n + 1].lab or employer(toks, n + 1) or org_after(toks, n + 1, len(toks))
                return lab if lab and lab != to else None
    return None
