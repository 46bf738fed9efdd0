"""Moves told without a move verb, by what happened around them: an offer or a pay deal for
one researcher ("Meta offers $250M to a 24-year-old prodigy"), a named person among those laid
off ("layoffs hit 600, including researcher X"), and a restructure that names who now leads
("consolidates Copilot leadership under X", "Leadership shift: X leads experience")."""

from __future__ import annotations

from jobs.language.endpoints import summary_person
from jobs.language.lexicon import GROUP_WORDS, INTERVIEW_LABELS, ROLE_WORDS, word_set
from jobs.language.people import Tagged, Tok, is_name_word
from jobs.language.triggers import BOUNDARIES, Event, lab_between, org_after, segment_bounds

# An offer or a pay deal: the noun or verb, next to an amount of money.
OFFER_WORDS = word_set("offers offered offering offer deal package lure lures pay pays bet")
MONEY_UNITS = word_set("million billion crore lakh m bn rs usd inr eur")
MONEY_SIGNS = ("$", "€", "£", "₹")
# Whom an offer is for: one researcher, however the headline calls them.
ONE_PERSON = (ROLE_WORDS - GROUP_WORDS) | word_set(
    "prodigy wunderkind whiz phenom savant researcher scientist engineer"
)
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
        taken = acqui_hire(title)
        if taken:
            return taken
    if CUE_WORDS.isdisjoint(words):
        return None
    return (
        offer(title, summary)
        or laid_off(title, summary)
        or restructure(title, summary)
        or hire_from(title)
    )


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
    named = [n for s, e, n in title.people if not toks[s].lab and offered_to(toks, e)]
    one = any(t.lower in ONE_PERSON or t.lower.endswith("year-old") for t in toks[at:end])
    if (
        not lab
        or not (named or one)
        or any(t.lower in GROUP_WORDS - {"talent"} for t in toks[at:end])
    ):
        return None
    person = named[0] if named else summary_person(summary, "hire")
    reason = f"'{lab} ... {toks[at].text}' with an amount for one person reports a hire"
    return Event(person, "join", None, lab), reason


def offered_to(toks: list[Tok], end: int) -> bool:
    """A person named as the one offered, not as whoever talks about offers ("Altman's claim
    of $100M offers"): no possessive, or one owning the deal ("X's mega deal")."""
    if not toks[end - 1].poss:
        return True
    return any(t.lower in OFFER_WORDS for t in toks[end : end + 2])


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
# Humanloop talent", "integrates the founders and engineers of Humanloop") or the noun
# ("Anthropic's acqui-hire of Humanloop"). A raid (`poach`) from the startup to the buyer, no
# one named; buying the company itself ("Anthropic buys Humanloop") is a deal, no move.
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
ACQUI_CUES = TAKING_IN | ACQUI_HIRES


def acqui_hire(title: Tagged) -> tuple[Event, str] | None:
    """'Anthropic buys Humanloop talent', 'Anthropic integrates founders and engineers of
    Humanloop', 'Anthropic's acqui-hire of Humanloop': a raid by the buyer (the lab that
    opens the headline) on the startup."""
    toks = title.toks
    buyer = toks[0].lab if toks else None
    if not buyer:
        return None
    for k in range(1, len(toks) - 2):
        word = toks[k].lower
        if word in ACQUI_HIRES and toks[k + 1].lower == "of":
            frm = org_after(toks, k + 2, len(toks))  # "Anthropic's acqui-hire of Humanloop"
        elif word in TAKING_IN:
            frm = people_of(toks, k + 1)
        else:
            continue
        if frm and frm != buyer:
            return Event(None, "poach", frm, buyer), f"an acqui-hire: {buyer} takes {frm}'s people"
    return None


def people_of(toks: list[Tok], k: int) -> str | None:
    """'Humanloop talent', "Humanloop's team", 'the founders and engineers of Humanloop': the
    company whose people are taken, right after the verb at k - 1."""
    if k < len(toks) and toks[k].text[:1].isupper():
        frm = org_after(toks, k, len(toks))
        m = k + 1
        while m < len(toks) and toks[m].text[:1].isupper() and toks[m - 1].lab == toks[m].lab:
            m += 1
        if frm and m < len(toks) and toks[m].lower in TAKEN_PEOPLE:
            return frm  # "buys Humanloop talent", "absorbs Humanloop's team"
        return None
    m, people = k, False
    while m < len(toks) and (toks[m].lower in TAKEN_PEOPLE or toks[m].lower in PEOPLE_LINKS):
        people = people or toks[m].lower in TAKEN_PEOPLE
        if toks[m].lower == "of" and people:
            return org_after(toks, m + 1, len(toks))
        m += 1
    return None
