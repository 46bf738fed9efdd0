"""Moves told without a move verb, by what happened around them: an offer or a pay deal for
one researcher ("Meta offers $250M to a 24-year-old prodigy"), a named person among those laid
off ("layoffs hit 600, including researcher X"), and a restructure that names who now leads
("consolidates Copilot leadership under X", "Leadership shift: X leads experience"); and
acquisitions that are hires: a company's people taken ("took on talent from startup X", "buys X
to add talent", "acquired X and appointed its founder Y"), and where such arrivals come from."""

from __future__ import annotations

import re

from jobs.language.endpoints import LEADING_POSTS, confirmed, post_before, summary_person
from jobs.language.lab_moves import group_member, members_listed
from jobs.language.labs import lab_founded_by
from jobs.language.lexicon import (
    GROUP_WORDS,
    INTERVIEW_LABELS,
    MONEY_SIGNS,
    ROLE_WORDS,
    SPEAKING,
    STARTUP_WORDS,
    TITLE_CASE_LINKS,
    TRIGGERS,
    word_set,
)
from jobs.language.people import Tagged, Tok, is_name_word
from jobs.language.tokens import VERB_WORDS, first_sentence_end, one_lab
from jobs.language.triggers import BOUNDARIES, Event, lab_between, org_after, segment_bounds

# An offer or a pay deal: the noun or verb, next to an amount of money.
OFFER_WORDS = word_set("offers offered offering offer deal package lure lures pay pays bet")
MONEY_UNITS = word_set("million billion crore lakh m bn rs usd inr eur")
# Whom an offer is for: one researcher, however the headline calls them.
ONE_PERSON = (ROLE_WORDS - GROUP_WORDS) | word_set(
    "prodigy wunderkind whiz phenom savant researcher scientist engineer"
)
PEOPLE_GROUPS = GROUP_WORDS - {"talent"}  # a group of people hired, not 'talent' in general
# An offer turned down or to everyone, or money for a company: no one moves.
NO_DEAL = word_set(
    """rejects rejected rejecting declines declined declining refuses refused refusing spurns
    spurned snubs snubbed rebuffs rebuffed no every all each staff employees
    everyone acquire acquires acquired acquisition stake valuation funding raises raised
    invests investment merger buys bought licensing license disputes disputed claim claims
    denies denied meet"""
)
TURNING = word_set("turns turned turning")
# Layoffs, and the words that put a named person among those laid off.
LAYOFF_WORDS = word_set("layoff layoffs lay-offs laid cuts job-cuts downsizing redundancies")
AMONG_WORDS = word_set("including includes include among affect affects affected hit hits spares")
CUT_AFTER = word_set("discarded dismissed cut axed")
# A restructure that names who leads now.
RESTRUCTURE_VERBS = word_set(
    """consolidates consolidated consolidating restructures restructured restructuring
    reorganizes reorganized reorganises reorganised overhauls overhauled reshuffles reshuffled
    shakes expands expanded revamps revamped realigns merges merged"""
)
LEADERSHIP_NOUNS = word_set("leadership leaders leader management")
SHIFT_NOUNS = word_set("shift change changes shakeup shake-up reshuffle overhaul revamp shuffle")
LEADS_VERBS = word_set("leads heads runs oversees helms")
NEW_LEADERS = word_set("leadership leader chief head boss")
TEAM_WORDS = word_set("team teams ranks bench")
# "expands its leadership in AI" is a market lead; "expands its leadership team" is posts
GROWING = word_set("expands expanded")

HIRE_NOUNS = word_set("hire hiring")
# Quick pre-check: without one of these words no shape here can match ('offs': the quick
# check splits 'lay-offs' at its hyphen).
CUE_WORDS = (
    OFFER_WORDS | LAYOFF_WORDS | {"offs"} | RESTRUCTURE_VERBS | LEADERSHIP_NOUNS | HIRE_NOUNS
)


def may_be_deal(words: set[str]) -> bool:
    """Whether lower-case words could hold one of these shapes (a cheap pre-check)."""
    return not CUE_WORDS.isdisjoint(words) or not ACQUI_CUES.isdisjoint(words)


def may_need_summary(words: set[str]) -> bool:
    """Whether a headline's shape may be an offer whose summary names who was offered
    ("Meta's $250M deal for a researcher"), or a lab's leadership reshaped ("Intel reshapes
    leadership", "xAI engineering shakeup") whose summary tells the move; the other shapes
    here read the headline alone."""
    return not OFFER_WORDS.isdisjoint(words) or not RESHAPING.isdisjoint(words)


# A lab's leadership changed, told with no move verb: the summary may tell who moved (or
# only that it was overhauled, which stays no move).
RESHAPING = word_set(
    """shakeup shake-up shakeups reshapes reshaped reshuffle reshuffles reshuffled overhaul
    overhauls overhauled revamps revamped"""
)


def deal_event(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """The move an offer, a layoff or a restructure reports, and why (None: no such shape)."""
    words = set(title.lowers)
    if not ACQUI_CUES.isdisjoint(words):
        taken = acqui_hire(title, summary)
        if taken:
            return taken
    if not CUE_WORDS.isdisjoint(words):
        found = (
            offer(title, summary)
            or laid_off(title, summary)
            or restructure(title, summary)
            or hire_from(title)
        )
        if found:
            return found
    return lede_acqui_hire(title, summary) if summary.toks else None


def offer(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """'Meta offers $250M to a 24-year-old prodigy', "Meta's $250M deal for AI researcher",
    'Meta $250M to lure prodigy': a lab's pay offer to one person is that person's hire; the
    summary names who when the headline does not."""
    toks = title.toks
    at = next((k for k, t in enumerate(toks) if t.lower in OFFER_WORDS and money_near(toks, k)), -1)
    if at < 0:
        return None
    start, end = segment_bounds(title.texts, at)
    if "?" in title.texts[start:end] or any(t.lower in NO_DEAL for t in toks):
        return None
    if not INTERVIEW_LABELS.isdisjoint(title.lowers):
        return None  # "Interview with X's CEO: the $14B Meta deal, ...": topics, not a hire
    if any(a.lower in TURNING and b.lower == "down" for a, b in zip(toks, toks[1:], strict=False)):
        return None  # "turned down a $90M offer"
    lab = lab_between(toks, start, at)
    speakers = {n for _, e, n in title.people if tells_offer(toks, e, at)}
    named = [
        n
        for s, e, n in title.people
        if not toks[s].lab
        and not s <= at < e  # "$100M Offers Ignite Fierce ...": title case run on from the offer
        and offered_to(toks, e)
        and n not in speakers
        and not beside_offer(toks, s, at, end)
    ]
    if many_offers(toks, at) and not any(
        s > at and toks[s - 1].lower in OFFERED_TO for s, _, _ in title.people
    ):
        return None  # "Meta's $100M offers ignite a talent battle": offers to many, no one hire
    one = any(t.lower in ONE_PERSON or t.lower.endswith("year-old") for t in toks[at:end])
    if not lab or not (named or one) or any(t.lower in PEOPLE_GROUPS for t in toks[at:end]):
        return None
    person = named[0] if named else summary_person(summary, "hire")
    if person in speakers:
        person = None  # "X: Meta offers $100M ..." + "Jane X said ...": who tells it
    reason = f"'{lab} ... {toks[at].text}' with an amount for one person reports a hire"
    return Event(person, "join", None, lab), reason


# Offer nouns in the plural: offers made to many people at once.
PLURAL_OFFERS = word_set("offers packages deals bonuses")
OFFERED_TO = word_set("to for")


def many_offers(toks: list[Tok], at: int) -> bool:
    """'Meta's $100M offers', "$300 million pay packages": the plural noun after an amount or
    an owner's 's (not the verb: 'Meta offers $1.5B to lure X')."""
    if toks[at].lower not in PLURAL_OFFERS:
        return False
    before = toks[at - 1] if at else None
    return before is not None and (
        before.poss or before.text.startswith(MONEY_SIGNS) or before.lower in MONEY_UNITS
    )


# Words before a name after the offer, in its clause, that make the name no one offered
# ("Deal Marks a Bold Bet on Apache Iceberg": a title-case thing; "deal for X" is offered).
BESIDE_OFFER = word_set("a an the on in at of about into over")


def beside_offer(toks: list[Tok], start: int, at: int, end: int) -> bool:
    """A capitalised run after the offer word in its clause, after an article or a
    preposition other than 'for', 'to' or 'with': what the deal is about, not whom for."""
    if not at < start < end:
        return False
    k = start - 1
    while k > at and toks[k].text[:1].isupper():
        k -= 1  # "on Open Table Formats": past the title case's other words
    return toks[k].lower in BESIDE_OFFER


def offered_to(toks: list[Tok], end: int) -> bool:
    """A person named as the one offered, not as whoever talks about offers ("Altman's claim
    of $100M offers"): no possessive, or one owning the deal ("X's mega deal")."""
    if not toks[end - 1].poss:
        return True
    return any(t.lower in OFFER_WORDS for t in toks[end : end + 2])


def tells_offer(toks: list[Tok], end: int, at: int) -> bool:
    """'Altman says Meta offered $100M ...', 'Altman: Meta offering $100M bonuses ...': the
    name ending at `end` tells of the offer (at `at`), made by the lab after a verb of saying or
    a colon; the one offered is someone else."""
    if end >= len(toks):
        return False
    if toks[end].lower in SPEAKING:
        return True
    return toks[end].text == ":" and end + 2 == at and toks[end + 1].lab is not None


def money_near(toks: list[Tok], k: int) -> bool:
    """An amount within three words of token k ('$250M', '$250 million', 'Rs 2,196 crore')."""
    for t in toks[max(0, k - 3) : k + 4]:
        if t.text.startswith(MONEY_SIGNS) or t.lower in MONEY_UNITS:
            return True
    return False


def laid_off(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """'Meta AI layoffs hit 600, including top researcher X', 'Layoff aftermath: X discarded':
    a person named among those laid off leaves the lab."""
    toks = title.toks
    if not any(t.lower in LAYOFF_WORDS for t in toks):
        return None
    for s, e, name in title.people:
        before = {t.lower for t in toks[max(0, s - 5) : s]}
        after = toks[e].lower if e < len(toks) else ""
        if toks[e - 1].poss or not (before & AMONG_WORDS or after in CUT_AFTER):
            continue
        if "spares" in before:
            return None  # "layoffs spare X's team": X stays
        lab = lab_between(toks, 0, len(toks)) or lab_between(summary.toks, 0, len(summary.toks))
        if lab:
            return Event(name, "leave", lab, None), f"'{name}' is named among {lab}'s layoffs"
    return None


def restructure(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """'Microsoft consolidates Copilot leadership under X' (X appointed), 'Microsoft
    restructures Copilot team under new leadership', 'OpenAI shakes up leadership team';
    'Copilot leadership shift: X leads experience, Y focuses on models' (X appointed)."""
    toks = title.toks
    shift = leadership_shift(title)
    if shift:
        return shift
    verb = next((k for k in range(1, min(len(toks), 4)) if toks[k].lower in RESTRUCTURE_VERBS), -1)
    if verb < 0 or not toks[0].lab or toks[0].poss:
        return None
    lab = toks[0].lab
    _, end = segment_bounds(title.texts, verb)
    window = toks[verb + 1 : min(end, verb + 7)]
    under = next((k for k in range(verb + 1, end) if toks[k].lower == "under"), -1)
    if under > 0:
        person = next((n for s, _, n in title.people if s == under + 1), None)
        new_leader = any(t.lower in NEW_LEADERS for t in toks[under + 1 : under + 4])
        if person or new_leader:
            reason = f"'{lab} {toks[verb].lower} ... under' names who leads now"
            return Event(person, "appointed", None, lab), reason
        return None  # "consolidates AI teams under DeepMind": a merger of units
    lead = next((k for k, t in enumerate(window[:3]) if t.lower in LEADERSHIP_NOUNS), -1)
    team = lead >= 0 and lead + 1 < len(window) and window[lead + 1].lower in TEAM_WORDS
    if lead >= 0 and (team or toks[verb].lower not in GROWING):
        reason = f"'{lab} {toks[verb].lower} ... leadership' reports new posts"
        return Event(None, "appointed", None, lab), reason
    return None


def leadership_shift(title: Tagged) -> tuple[Event, str] | None:
    """'Microsoft Copilot leadership shift: Andreou leads experience': after a clause naming
    a change of leaders, the first person said to lead something is appointed."""
    toks = title.toks
    for k in range(1, len(toks) - 3):
        if toks[k - 1].lower not in LEADERSHIP_NOUNS or toks[k].lower not in SHIFT_NOUNS:
            continue
        if toks[k + 1].text not in BOUNDARIES:
            return None
        lab = lab_between(toks, 0, k)
        first = k + 2  # the clause after the mark: "Andreou leads experience, ..."
        head = next((e for s, e, _ in title.people if s == first), first + 1)
        if not lab or head >= len(toks) or toks[head].lower not in LEADS_VERBS:
            return None
        name = next((n for s, _, n in title.people if s == first), None)
        if name is None and is_name_word(toks[first]):
            name = toks[first].text  # a surname alone, the verb right after it
        if name is None:
            return None
        return Event(
            name, "appointed", None, lab
        ), f"'{name} {toks[head].lower}' after a leadership change"
    return None


def hire_from(title: Tagged) -> tuple[Event, str] | None:
    """'Anthropic expands its European strategy with key executive hire from Orange': a lab's
    hire of someone in a role, as a noun, from another company (a join; nobody named)."""
    toks = title.toks
    lab = toks[0].lab if toks and not toks[0].poss else None
    for k in range(2, len(toks) - 2):
        if toks[k].lower not in HIRE_NOUNS or toks[k + 1].lower != "from":
            continue
        if toks[k - 1].lower not in ROLE_WORDS or toks[k - 1].lower in GROUP_WORDS or not lab:
            return None
        frm = org_after(toks, k + 2, len(toks))
        if frm and frm != lab:
            return Event(None, "join", frm, lab), f"'{toks[k - 1].text} hire from {frm}'"
    return None


# An acqui-hire told without a verb of hiring: a company's people bought or taken in ("buys
# Humanloop talent", "integrates the founders and engineers of Humanloop", "acquires the
# robotics team of X") or the noun ("Anthropic's acqui-hire of Humanloop", "the Convogo
# acqui-hire", "acquisition of Convogo's team"). A raid (`poach`) from the startup to
# the buyer, no one named; buying the company itself ("Anthropic buys Humanloop") is a deal.
TAKING_IN = word_set(
    """buys bought acquires acquired absorbs absorbed integrates integrated integrating
    snaps"""
)
ACQUI_HIRES = word_set("acqui-hire acquihire acqui-hiring")
# The people taken: a company's talent, team, founders or engineers.
TAKEN_PEOPLE = word_set(
    """talent team founders co-founders cofounders engineers researchers staff employees
    engineering"""
)
PEOPLE_LINKS = word_set("and the its three two four all most of")
ACQUI_CUES = TAKING_IN | ACQUI_HIRES | {"acquisition"}
# A company's acqui-hire told by the buyer's strategy, not a company taken ("Amazon's reverse
# acqui-hire", "his acquihire"): the word before the noun names no company.
NO_COMPANY = word_set("reverse strategic latest new big his her their its our")
# Where a company's name before the noun starts, in Title Case too ("Unpacking The Convogo
# Acqui-Hire", "Deepens Bench With Convogo Acqui-Hire"): no word of it.
NAME_STOPS = NO_COMPANY | TITLE_CASE_LINKS | word_set("the a an")


def acqui_hire(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """'Anthropic buys Humanloop talent', 'Anthropic integrates founders and engineers of
    Humanloop', 'Anthropic's acqui-hire of Humanloop', "OpenAI's ... the Convogo acqui-hire",
    "OpenAI's acquisition of Convogo's team": a raid by the buyer (the lab that opens the
    headline, or owns the noun) on the startup."""
    toks = title.toks
    buyer = toks[0].lab if toks else None
    for k in range(1, len(toks)):
        word = toks[k].lower
        nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
        if word in ACQUI_HIRES and nxt == "of":
            frm = org_after(toks, k + 2, len(toks))  # "Anthropic's acqui-hire of Humanloop"
            frm = frm and without_people(frm)
        elif word in ACQUI_HIRES:
            frm = company_before(title, summary, k)  # "the Convogo acqui-hire"
        elif word == "acquisition" and nxt == "of":
            frm = people_of(toks, k + 2)  # "acquisition of Convogo's team", not of Convogo
        elif word in TAKING_IN:
            frm = people_of(toks, k + 1) or (
                bought_for_talent(title, k + 1) if word in BUYING else None
            )
        else:
            continue
        owner = toks[k - 1].lab if toks[k - 1].poss else None  # "from OpenAI's acquisition of"
        taker = owner or buyer
        if frm and taker and frm != taker:
            return Event(None, "poach", frm, taker), f"an acqui-hire: {taker} takes {frm}'s people"
    return None


# A company not bought whose people were taken instead ("Google didn't acquire X. It took
# the team and the tech", "couldn't buy X's start-up, but poached its CEO"): the deal refused
# or failed, the hire made.
BUY_FORMS = word_set("buy acquire purchase")
REFUSING = word_set("not never failed fails failing")
TAKING_INSTEAD = word_set(
    "take takes took taking hired hires poached poaches grabbed grabs got gets nabbed nabs"
)
INSTEAD_REACH = 6  # words from the company bought to the verb of taking ('. It took')


def taken_instead(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """A company not bought ('didn't acquire X', 'couldn't buy X's start-up', 'failed to buy
    X') whose team the buyer took ('It took the team', 'but poached its CEO'): a raid on the
    company, or the join of the post's holder the summary names."""
    toks = title.toks
    buyer = (toks[0].lab or lab_founded_by(toks[0].text)) if toks else None
    if not buyer:
        return None
    for k in range(1, len(toks) - 1):
        if toks[k].lower not in BUY_FORMS or not refused(toks, k):
            continue
        frm, m = founders_company(title, k + 1)
        if frm is None:
            frm, m = bought_company(toks, k + 1, len(toks))
        n = taking_at(toks, m)
        if n is None:
            continue
        if not frm or frm == buyer:
            return None
        return took_instead(summary, frm, buyer, toks[n + 2].lower)
    return None


def taking_at(toks: list[Tok], m: int) -> int | None:
    """Where a verb of taking with its object ('took the', 'poached its') stands within
    INSTEAD_REACH words of m."""
    for n in range(m, min(len(toks) - 2, m + INSTEAD_REACH)):
        if toks[n].lower in TAKING_INSTEAD and toks[n + 1].lower in {"the", "its"}:
            return n
    return None


def took_instead(summary: Tagged, frm: str, buyer: str, taken: str) -> tuple[Event, str] | None:
    """The move of what the buyer took from the company it did not buy: its team (a raid, or
    the join of the member the summary singles out) or its holder of a post."""
    why = f"{buyer} did not buy {frm} but took its {taken}"
    if taken in TAKEN_PEOPLE:
        # the summary may single out one of the team ("incl. X"), as for a raid
        member = None if members_listed(summary) else group_member(summary)
        return Event(member, "join" if member else "poach", frm, buyer), why
    if taken in OWN_POSTS:
        return Event(post_holder(summary, taken), "join", frm, buyer), why
    return None


def refused(toks: list[Tok], k: int) -> bool:
    """'didn't acquire', 'couldn't buy', 'failed to buy', 'did not acquire' at k."""
    before = toks[k - 1].lower
    if before.endswith(("n't", "n’t")) or before in REFUSING:
        return True
    return before == "to" and k > 1 and toks[k - 2].lower in REFUSING


FOUNDERS_REACH = 3  # words from the founder's possessive to the company's word


def founders_company(title: Tagged, k: int) -> tuple[str | None, int]:
    """'Ilya Sutskever's AI start-up' at k: the lab its founder leads, and where it ends; (None,
    k) when no company word follows the possessive within FOUNDERS_REACH words."""
    toks = title.toks
    for s, e, name in title.people:
        if s == k and toks[e - 1].poss:
            lab = lab_founded_by(name)
            stop = min(len(toks), e + FOUNDERS_REACH)
            noun = next((m for m in range(e, stop) if toks[m].lower in STARTUP_WORDS), None)
            return (lab, noun + 1) if lab and noun is not None else (None, k)
    return None, k


SENTENCE_ENDS = frozenset([".", "!", "?", "|", ";"])


def post_holder(summary: Tagged, post: str) -> str | None:
    """'..., Jane Roe, the start-up's CEO and co-founder': the person the summary
    describes by the post, in the same sentence right after the name."""
    toks = summary.toks
    for _, end, name in summary.people:
        if end >= len(toks) or toks[end].text != ",":
            continue  # "when X declined the offer, Meta CEO Y": no apposition
        for n in range(end + 1, min(len(toks), end + 6)):
            if toks[n].text in SENTENCE_ENDS or toks[n].person or toks[n].lab:
                break
            if toks[n].lower == post:
                return name
    return None


def without_people(name: str) -> str | None:
    """'Acme Labs Team' -> 'Acme Labs': a company name read with the people word
    that follows it in title case."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in TAKEN_PEOPLE:
        return " ".join(words[:-1])
    return name


def company_before(title: Tagged, summary: Tagged, k: int) -> str | None:
    """'the Convogo acqui-hire': the company named right before the noun at k, a name the
    summary writes too (not the buyer's strategy: 'Amazon's reverse acqui-hire')."""
    toks = title.toks
    m = k - 1
    if toks[m].lab:
        return None if toks[m].poss else toks[m].lab
    while m >= 0 and toks[m].text[:1].isupper() and toks[m].text.isalpha() and not toks[m].poss:
        if toks[m].lower in NAME_STOPS or toks[m].lab or toks[m].person:
            break
        m -= 1
    if m == k - 1:
        return None
    name = " ".join(t.text for t in toks[m + 1 : k])
    return name if confirmed(name, summary) else None


def people_of(toks: list[Tok], k: int, end: int | None = None) -> str | None:
    """'Humanloop talent', "Humanloop's team", 'the founders and engineers of Humanloop',
    'talent and technology from robotics startup Kestrel': the company whose people are
    taken, right after the verb (or noun and 'of') at k - 1."""
    end = len(toks) if end is None else end
    if k < end and toks[k].text[:1].isupper():
        frm = org_after(toks, k, end)
        m = k + 1
        while m < end and toks[m].text[:1].isupper() and toks[m - 1].lab == toks[m].lab:
            if toks[m - 1].poss:
                break  # "Convogo's Team": the company ends at its possessive
            m += 1
        n = m
        while n < min(end, m + 2) and describing(toks[n]):
            n += 1  # "Lantern's speech AI team"
        if frm and n < end and toks[n].lower in TAKEN_PEOPLE:
            return without_people(frm)  # "buys Humanloop talent", "absorbs Humanloop's team"
        return None
    return people_phrase_company(toks, k, end)


def describing(tok: Tok) -> bool:
    """A word describing the people taken ('robotics', 'AI'), not them nor a link."""
    return _describes_group(tok) and tok.lower not in LINKS and tok.lower not in TAKEN_PEOPLE


def people_phrase_company(toks: list[Tok], k: int, end: int) -> str | None:
    """'the founders and engineers of X', 'talent and technology from robotics startup X': the
    company named after people taken, the phrase starting at k."""
    m, people = k, False
    while m < end and (
        toks[m].lower in PEOPLE_PHRASE or (not people and describing(toks[m]))
    ):  # "the robotics team of X": words describing the people
        people = people or toks[m].lower in TAKEN_PEOPLE
        if toks[m].lower in FROM_OF and people:
            return bought_company(toks, m + 1, end)[0]
        m += 1
    return None


# The last words of the verbs of hiring and raiding ("hires", "brought on board"), not the
# prepositions some end in ("brings in", "takes on"): "expands team with engineers from A, B".
HIRING_ENDS = (
    frozenset(
        phrase.split()[-1] for phrase, (kind, _) in TRIGGERS.items() if kind in ("hire", "raid")
    )
    - TITLE_CASE_LINKS
    - {"up", "away"}
)


def taken_origin(title: Tagged, to: str | None) -> str | None:
    """'Amazon has brought on board the founders of the AI robotics startup X', 'hires the
    team of X': the company whose people a move verb's object names (not `to`)."""
    if PEOPLE_PHRASE.isdisjoint(title.lowers):
        return None  # (most headlines: one look-up a word, no scan of the tokens)
    toks = title.toks
    for k in range(1, len(toks) - 2):
        if toks[k - 1].lower not in HIRING_ENDS or toks[k].lower not in PEOPLE_PHRASE:
            continue
        frm = people_phrase_company(toks, k, len(toks))
        if frm and frm != to:
            return frm
    return None


# Nouns of a raid's people, and of the group they formed where they were ("a Microsoft AI
# group"): the company written before them, as its name or its owner, is where they come from.
RAID_NOUNS = GROUP_WORDS | word_set("group unit")


def staff_owner(tagged: Tagged, to: str | None) -> str | None:
    """'brings Hume AI's CEO and engineers', 'hires WizardLM, a Microsoft AI group': the
    company a raid's people belong to, written as the owner of a leading post or as the name
    before their group (past words describing it); never `to`, the one hiring."""
    toks = tagged.toks
    for k in range(1, len(toks)):
        word = toks[k].lower
        if word in LEADING_POSTS and toks[k - 1].poss:
            company = post_before(toks, k, to, 0, LEADING_POSTS)  # "Hume AI's CEO"
        elif word in RAID_NOUNS:
            company = toks[group_owner(toks, k)].lab  # "a Microsoft AI group", "Apple's team"
        else:
            continue
        if company and company != to:
            return company
    return None


def group_owner(toks: list[Tok], k: int) -> int:
    """Where the name before a group noun at k stands, past up to two words describing the
    group ("an Apple robotics research group"); a verb ends the phrase ("Google hired
    engineers": who hired them, not whose they were)."""
    m = k - 1
    while m > 0 and k - m <= 2 and _describes_group(toks[m]):
        m -= 1
    return m


def _describes_group(tok: Tok) -> bool:
    return not tok.lab and tok.lower not in VERB_WORDS and (tok.lower == "ai" or tok.text.islower())


# An acquisition that is a hire, told by its buyer and the bought company's people (the sets
# label a hire so: `poach` from the startup to the buyer when nobody is named, `join` for the
# founder or CEO named); buying a company or a product alone ("Anthropic acquires Bun",
# "HP acquires Humane", "20 employees will be joining" after an acquisition) is a deal.
BUYING = word_set("buys bought acquires acquired acquiring acquire")
DEALING = BUYING | word_set("license licenses licensed licensing acquisition")
# "to add talent", "as it continues to add talent", "in a talent grab": the buyer wants people.
ADDING = word_set("add adds adding bolster bolsters bolstering boost boosts boosting")
TALENT_DRIVES = word_set("grab push hunt drive spree")
WANTING = ADDING | TALENT_DRIVES  # "in its hunt for AI talent"
# A talent drive told as another time or the backdrop: no reason for this purchase.
AROUND = word_set("after following since before amid despite")
# Words between a company and its people that only link ("Acme for its team") or tell when
# ("Acme after a talent grab"): no description of them.
LINKS = word_set("for to in at on with as and or from of by") | AROUND
# What a deal takes besides people ("talent and technology from X"); whose object is a company.
TECH_WORDS = word_set("technology technologies tech ip")
FROM_OF = word_set("from of behind")  # "the team behind Convogo"
PEOPLE_PHRASE = TAKEN_PEOPLE | PEOPLE_LINKS | TECH_WORDS | FROM_OF
# A lede's 'took on talent from X', 'the recruitment of staff from X': people taken, in words.
TAKE_FORMS = word_set("take takes took taken taking")
HIRING_NOUNS = word_set("recruitment hiring")
TAKING_PAIRS = frozenset([(w, "on") for w in TAKE_FORMS] + [(w, "of") for w in HIRING_NOUNS])
# Words before a lede's verb that make it background or another time ("When Amazon hired
# the founders of X last year, ..."): not this news.
BACKGROUND = word_set("when after following since before who which that last ago")
DESCRIBING = word_set("the a an ai")
# The bought company's own posts whose holder joins the buyer with it.
OWN_POSTS = word_set(
    "founder co-founder cofounder ceo chief cto founders co-founders cofounders team"
)
# A lede that may take a company's people: a taking word and a people word (a cheap pre-check).
LEDE_TAKING = TAKE_FORMS | HIRING_NOUNS | BUYING
LEDE_PEOPLE = TAKEN_PEOPLE | OWN_POSTS


def may_take_people(words: list[str]) -> bool:
    """Whether a summary's lower-case words may tell a company's people taken (a pre-check
    for lede_acqui_hire)."""
    return not LEDE_TAKING.isdisjoint(words) and not LEDE_PEOPLE.isdisjoint(words)


def bought_company(toks: list[Tok], i: int, end: int) -> tuple[str | None, int]:
    """The company at i ('Statsig', 'the analytics startup Statsig', 'the AI Robotics Startup
    Covariant', 'AI chip challenger Groq'), past the words describing it, and where it ends."""
    j = described_until(toks, i, end)
    name = org_after(toks, j, end)
    if name is None:
        return None, i
    if toks[j].lab:
        m = j
        while m < end and toks[m].lab == toks[j].lab:
            m += 1
        return name, m
    return name, j + len(name.split())


def described_until(toks: list[Tok], i: int, end: int) -> int:
    """Where a company's name starts at i: after a company word within five words that only
    describe it ('the AI Robotics Startup'), else past lower-case words ('AI chip challenger')."""
    for m in range(i, min(end, i + 5)):
        tok = toks[m]
        if tok.lower in STARTUP_WORDS:
            return m + 1
        if not tok.text[:1].isalpha() or tok.lab or tok.person or tok.lower in TITLE_CASE_LINKS:
            break
    m = i
    while m < min(end, i + 5) and (toks[m].lower in DESCRIBING or toks[m].text.islower()):
        m += 1
    return m


def bought_for_talent(title: Tagged, k: int) -> str | None:
    """'acquires voice startup Kestrel as it continues to add talent', 'buys Kestrel in a
    talent grab': a company bought (its name at k) for its people, in the same clause."""
    toks = title.toks
    _, end = segment_bounds(title.texts, k)
    frm, m = bought_company(toks, k, end)
    if frm is None:
        return None
    for n in range(m, end):
        if toks[n].lower in AROUND:
            return None  # "buys X after a talent grab by Y", "amid the talent war"
        if toks[n].lower != "talent":
            continue
        after = toks[n + 1].lower if n + 1 < end else ""
        if any(t.lower in WANTING for t in toks[max(m, n - 3) : n]) or after in TALENT_DRIVES:
            return frm
    return None


def lede_acqui_hire(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """A headline about one lab and no move ('Amazon bets on warehouse robots'), whose lede
    opens with that lab taking a company's people: 'took on talent and technology from
    robotics startup X', 'a licensing deal tied to the recruitment of staff from X' (a raid),
    'has acquired X and appointed its founder, Y, as CTO' (Y's join)."""
    toks = summary.toks
    if not one_lab(title) or not toks or toks[0].lab != title.labs[0][2]:
        return None
    buyer = title.labs[0][2]
    end = first_sentence_end(toks)
    for k in range(1, end - 2):
        word = toks[k].lower
        if word in BACKGROUND or toks[k].text == "?":
            return None
        if (word, toks[k + 1].lower) in TAKING_PAIRS:  # "took on", "recruitment of"
            frm = people_of(toks, k + 2, end)
        elif word in BUYING:
            frm, m = bought_company(toks, k + 1, end)
            person = its_person(toks, m, end) if frm else None
            if frm and person and frm != buyer:
                why = f"{buyer} buys {frm} and names its {person[1]}, {person[0]}"
                return Event(person[0], "join", frm, buyer), why
            continue
        else:
            continue
        if frm and frm != buyer and not background_after(toks, k, end):
            return Event(None, "poach", frm, buyer), f"an acqui-hire: {buyer} takes {frm}'s people"
    return None


def background_after(toks: list[Tok], k: int, end: int) -> bool:
    """'... from X last year', '... two years ago', 'in 2023': the lede's taking told at
    another time."""
    return any(t.lower in LATER_TIME or YEAR_RE.fullmatch(t.text) for t in toks[k:end])


LATER_TIME = word_set("last ago earlier previously")
YEAR_RE = re.compile(r"(?:19|20)\d\d")


def its_person(toks: list[Tok], m: int, end: int) -> tuple[str, str] | None:
    """'... and appointed its founder, Y, as CTO', 'and hires its CEO Y': the bought company's
    founder or chief named within a few words after the company (name, post)."""
    for n in range(m, min(end - 1, m + 5)):
        if toks[n].lower != "its" or toks[n + 1].lower not in OWN_POSTS:
            continue
        p = n + 2 + (n + 2 < end and toks[n + 2].text == ",")
        person = toks[p].person if p < end else None
        if person:
            return person, toks[n + 1].lower
    return None


def acquired_origin(tagged: Tagged, to: str | None) -> str | None:
    """Where an arrival tied to a deal comes from: 'to become CTO with the acquisition of X',
    'license X's tech and hire its CEO', 'drops $900M on X tech and hiring its CEO', 'acquired
    the startup X and named its founder ... CTO': the company bought or licensed (not `to`)."""
    lowers = tagged.lowers
    if "acquisition" not in lowers and "its" not in lowers:
        return None  # (most texts, a summary too: no scan of the tokens)
    toks = tagged.toks
    for k in range(1, len(toks) - 1):
        if lowers[k] == "acquisition" and lowers[k + 1] == "of" and comes_with(lowers, k):
            frm = bought_company(toks, k + 2, len(toks))[0]
        elif lowers[k] == "its" and lowers[k + 1] in OWN_POSTS:
            frm = dealt_before(tagged, k, to)
        else:
            continue
        if frm and frm != to:
            return frm
    return None


# "$900M on X tech", "$400M for X's chips": money paid for what a company made.
PAID_ON = word_set("on for")
# "with the acquisition of X", "through its acquisition of X": the arrival comes with the deal.
WITH = word_set("with through via")


def comes_with(lowers: list[str], k: int) -> bool:
    """'with (the / its) acquisition' at k ('after the acquisition' is another time)."""
    m = k - 1 - (lowers[k - 1] in {"the", "its"})
    return m >= 0 and lowers[m] in WITH


def dealt_before(tagged: Tagged, k: int, to: str | None) -> str | None:
    """The company a deal names before 'its' at k in the same clause: bought or licensed
    ('acquired the startup X and ...', "license X's tech and ...") or paid for ('on X tech')."""
    toks = tagged.toks
    start, _ = segment_bounds(tagged.texts, k)
    for m in range(k - 1, start, -1):
        nxt = toks[m + 1].lower
        if toks[m].lower in DEALING or (toks[m].lower in PAID_ON and nxt[:1].isalpha()):
            frm, stop = bought_company(toks, m + 1, k)
            tech = stop < k and (toks[stop].lower in TECH_WORDS or toks[stop - 1].poss)
            if frm and frm != to and (toks[m].lower in DEALING or tech):
                return frm
    return None
