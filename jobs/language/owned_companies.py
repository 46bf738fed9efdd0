"""Companies on no list that a headline marks as companies by their owner or an apposition:
"GM's Cruise names X as new CEO", "Cruise, the self-driving subsidiary of G.M., names a new
C.E.O.", and the company a departing co-founder leaves ("Cruise's co-founder quits", "Both
Cruise co-founders resign", "GM Cruise co-founder X quits"). A single capitalised word is no
company on its own ("Sam names ..."): the owner, the apposition or the founder's role says so.
"""

from __future__ import annotations

from jobs.language.lexicon import NON_NAME_WORDS, PICKING, word_set
from jobs.language.people import Tagged, Tok, unlisted_capital
from jobs.language.triggers import Event, Trigger

# Nouns an apposition calls a company by ("Cruise, the self-driving car subsidiary of G.M.,").
COMPANY_NOUNS = word_set(
    "subsidiary unit division arm startup start-up company firm maker developer operator"
)
# Top posts a company names someone to: what makes the subject of "names" a company.
TOP_POSTS = word_set("ceo c.e.o chief president chairman chairwoman")
POST_LEADS = word_set("as a an new next its interim permanent")
# Roles whose company a departure leaves: a founder leaves the company founded.
FOUNDERS = word_set(
    "co-founder cofounder founder co-founders cofounders founders gründer gründerin mitgründer"
)
DETERMINERS = word_set("both the two all")


def appointing_company(tagged: Tagged, trig: Trigger, j: int, start: int, end: int) -> str | None:
    """The company on no list that names someone to a top post as the clause's subject, tagged
    as a lab for this headline; None when the subject is no such company."""
    if trig.kind not in ("appoint", "hire") or not _top_post(tagged.toks, trig.end, end):
        return None
    toks = tagged.toks
    head = _apposition_head(toks, trig.start - 1, start)
    if head < 0 and j > start and _company_word(toks[j]) and _owner(toks[j - 1]):
        head = j  # "GM's Cruise", "General Motors' Cruise"
    if head < 0:
        return None
    name = toks[head].text
    toks[head].lab = name
    tagged.labs.append((head, head + 1, name))
    tagged.labs.sort()
    return name


def post_named(event: Event | None, trig: Trigger) -> Event | None:
    """'GM's Cruise taps a video game veteran as next CEO': a company picking its chief with no
    origin given appoints them, as 'names' does (a former employer given makes it a join)."""
    if event is None or event.action != "join" or event.from_lab or trig.phrase not in PICKING:
        return event
    return Event(event.person, "appointed", None, event.to_lab)


def picks_new_chief(toks: list[Tok], trig: Trigger, end: int) -> bool:
    """'Intel taps new CEO', 'Acme picks its next chief': the object is a new top post, which
    post_named reads as an appointment for any company, listed or not."""
    k = trig.end + (trig.end < end and toks[trig.end].lower in {"a", "its"})
    return (
        trig.phrase in PICKING
        and k + 1 < end
        and toks[k].lower in {"new", "next"}
        and toks[k + 1].lower in TOP_POSTS
    )


def _top_post(toks: list[Tok], lo: int, hi: int) -> bool:
    """'as new CEO', 'a New C.E.O.', 'as next CEO': a top post named after the verb."""
    return any(
        toks[k].lower in TOP_POSTS and toks[k - 1].lower in POST_LEADS
        for k in range(lo + 1, min(hi, lo + 14))
    )


def _company_word(tok: Tok) -> bool:
    return not tok.poss and unlisted_capital(tok, NON_NAME_WORDS)


def _owner(tok: Tok) -> bool:
    """'GM's', 'General Motors'': a capitalised owner (not a person's name)."""
    return tok.poss and tok.text[:1].isupper() and not tok.person


def _apposition_head(toks: list[Tok], j: int, start: int) -> int:
    """'Cruise, the Self-Driving Car Subsidiary of G.M., Names': the name before an
    apposition that calls it a company, closed by the comma before the verb; -1 otherwise."""
    if j < start + 4 or toks[j].text != "," or toks[start + 1].text != ",":
        return -1
    if not _company_word(toks[start]) or toks[start + 2].lower != "the":
        return -1
    if COMPANY_NOUNS.isdisjoint(t.lower for t in toks[start + 2 : j]):
        return -1
    return start


def _owning_word(tagged: Tagged, m: int) -> bool:
    """A company word, its possessive ('Cruise's'), or a one-word 'name' that is one."""
    tok = tagged.toks[m]
    if tok.person:
        return _lone_word(tagged, m)
    return _company_word(tok) or (tok.poss and tok.text[:1].isupper() and tok.text.isalpha())


def _lone_word(tagged: Tagged, m: int) -> bool:
    """'X, Cruise's co-founder,', 'Cruise founder X': a one-word 'name' right before a founder's
    role is the company (a summary's 'carmaker Cruise' may have made it a surname); a
    possessive only in an apposition after the mover's name ("Kowalski's co-founder quits" is
    a person's co-founder)."""
    toks = tagged.toks
    spans = [(s, e) for s, e, _ in tagged.people if s <= m < e]
    if spans != [(m, m + 1)]:
        return False
    return not toks[m].poss or (m >= 2 and toks[m - 1].text == "," and bool(toks[m - 2].person))


def _founded(toks: list[Tok], k: int) -> bool:
    """One capitalised word on no list, then the end of the phrase ('of Cruise,')."""
    end = k + 1 == len(toks) or not toks[k + 1].text[:1].isupper()
    return end and _company_word(toks[k])


def founder_company(tagged: Tagged) -> str | None:
    """'X, Cruise's co-founder, quits', 'Both Cruise Co-Founders Resign', 'GM Cruise
    co-founder X quits': the company on no list before a founder's role in a headline about a
    departure (an all-capitals owner before it, 'GM', is no part of it)."""
    toks = tagged.toks
    for k in range(len(toks) - 2):
        if toks[k].lower in FOUNDERS and toks[k + 1].lower == "of" and _founded(toks, k + 2):
            return toks[k + 2].text  # "the founder of Cruise, X, is back with a startup"
    for k in range(1, len(toks)):
        if toks[k].lower not in FOUNDERS:
            continue
        m = k - 1
        if toks[m].text == "s" and m >= 2 and toks[m - 1].text == "'":
            m -= 2  # "Cruise's" split as three tokens
        tok = toks[m]
        if tok.lab or tok.lower in DETERMINERS or not _owning_word(tagged, m):
            continue
        before = toks[m - 1] if m else None
        if before is not None and _company_word(before) and not before.text.isupper():
            continue  # "Boston Dynamics co-founder": a longer name, read elsewhere
        return tok.text
    return None


# Verbs of building a company over time; with its worth, a success story ("builds $1 billion
# startup in eight months"), not the news of a founding.
BUILDING = word_set("builds built building")
WORTH = word_set("billion million bn trillion unicorn")


def valued_company(toks: list[Tok], trig: Trigger, end: int) -> bool:
    """'X Builds $1 Billion Startup in Eight Months': a company's worth before the company
    word, after a verb of building."""
    if trig.phrase.split()[-1] not in BUILDING:
        return False
    window = toks[trig.end : min(end, trig.end + 5)]
    return any(t.lower in WORTH or t.text == "$" for t in window)
