"""Headlines that report a move by their shape, with no move verb: 'Anthropic has a new CTO',
"Meta's newest hire comes from a rival", "... says departing OpenAI safety lead",
"Sutskever's new lab will ...". The headline says that a move happened; the summary says who."""

from __future__ import annotations

from jobs.language.lexicon import COUNT_WORDS, GROUP_WORDS, PRODUCT_LABS, ROLE_WORDS, STARTUP_WORDS
from jobs.language.people import Tagged, Tok, is_name_word
from jobs.language.traps import BOARD_WORDS, COMMITTEE_WORDS
from jobs.language.triggers import (
    BOUNDARIES,
    Event,
    company_words,
    ended_org,
    first_person,
    lab_between,
    org_before_role,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HAVE_WORDS = _words("has have gets get")
NEW_WORDS = _words("new newest latest")
HIRE_NOUNS = _words("hire recruit signing")
# What may follow "<Lab>'s newest hire": a verb of origin or the end of the clause, never a
# noun ("Meta's new hire bonus").
AFTER_HIRE = _words("is was comes came hails arrives joins brings , : |")
DEPARTING = _words("departing outgoing")
SEAT_WORDS = BOARD_WORDS | COMMITTEE_WORDS | _words("chair chairman chairwoman trustee")
# "Sutskever's new lab will ...": the venture announced; "Ilya's next act: a ... lab".
VENTURE_NOUNS = STARTUP_WORDS | _words("venture")
NEXT_NOUNS = _words("act move venture chapter")
ANNOUNCING = _words("will aims wants plans promises vows is")
MONEY_WORDS = _words(
    """raises raised raising valuation valued worth funding round billion million investors
    revenue ipo"""
)
# Words before a lab or company that make it where the person came from.
ORIGIN_WORDS = _words("former formerly previously recently ex from leaving left quit after")
# "<Lab>'s new technology chief comes from Stripe": verbs of origin after a role.
ORIGIN_VERBS = _words("comes came hails arrives")
# "X is now CEO of Y": posts one takes (not 'investor', 'critic', 'member', 'veteran' ...).
POSTS = _words(
    """ceo cto cfo coo cpo cso cro cmo president chief head lead leader director vp officer
    scientist executive boss"""
)
POST_OR_ROLE = POSTS | ROLE_WORDS  # the word right before a new post holder's name
NEWEST_WORDS = NEW_WORDS | {"biggest"}  # "Anthropic's newest hire", "... biggest hire"
# People taken on, after "with": "with engineers from OpenAI", "with key signings from OpenAI".
TAKEN_ON = GROUP_WORDS | _words("hires recruits signings")
TAKEN_REACH = 8  # "with four former Allen Institute for AI researchers"
# Words that may stand between 'with' and the lab whose people are taken ("with former Tesla
# engineers", "with two ex Google researchers"); any other word (a product, a partner) refuses.
OWNER_LEADS = _words("former ex top senior key two three four five six seven eight nine ten")
# "Meta boosts its team with talent from OpenAI": a lab's team grown with others' people.
BOOST_VERBS = _words(
    """boosts boosted bolsters bolstered expands expanded strengthens strengthened grows
    stacks stocks beefs builds reinforces reinforced"""
)
# "<Lab>'s hardware gets a boost from 40 ex-Apple hires": verbs before the noun 'boost'.
GETTING = _words("gets got gains gained receives received sees saw")
BOOST_LEADS = _words("a big major huge fresh")
# "Google pulls top talent from Hume AI": verbs that take a group out of a company; only with
# a group word right after them and 'from' a company after that ("pulls ads from" is no move).
PULLING = _words("pulls pulled plucks plucked siphons siphoned draws drew")
# Words that may describe the group pulled ("top AI talent", "two senior engineers").
GROUP_LEADS = OWNER_LEADS | _words("ai ml research hardware more")
# "Qualcomm vet leads Intel physical AI": someone of one lab's past leading another's work.
VETERANS = _words("vet veteran alum alumnus")
LEADING = _words("leads heads runs")
# "a leap from OpenAI to Anthropic": a noun of moving between two labs.
LEAP_NOUNS = _words("leap move jump switch defection shift transition")
# Verbs that hand a post to the person after 'to' or 'by'.
HANDING = _words("passed passes handed hands given goes went replaced succeeded taken")
# Quick pre-checks (classify): without one of these words none of the shapes can match.
NEXT_WORDS = _words("new next")
HINT_WORDS = NEW_WORDS | DEPARTING | _words("next now")
NEEDS_WITH_NEW = ROLE_WORDS | HIRE_NOUNS | VENTURE_NOUNS | NEXT_NOUNS


def may_be_vague(words: set[str]) -> bool:
    """Whether a text's lower-case words could hold one of these shapes (a cheap pre-check)."""
    if words & DEPARTING:
        return True
    if words & VETERANS and words & LEADING:
        return True
    if words & BOOST_VERBS and ("with" in words or "from" in words):
        return True
    if words & PULLING and "from" in words:
        return True
    if "boost" in words and "from" in words:
        return True
    if "from" in words and words & LEAP_NOUNS:
        return True
    if "dream" in words and "team" in words:
        return True
    return bool(words & HINT_WORDS) and bool(words & NEEDS_WITH_NEW)


def vague_event(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """The move a headline's shape reports, and why (None: no such shape)."""
    toks = title.toks
    if routed(title):
        told = route(title, summary)
        if told:
            return told
    if not may_be_vague({t.lower for t in toks}) or any(t.text == "?" for t in toks):
        return None  # none of the shapes' words; or "Does Anthropic have a new CTO?" asks
    for i in range(len(toks) - 2):
        found = (
            new_post(title, summary, i)
            or now_post(title, i)
            or new_title_post(title, i)
            or new_hire(title, summary, i)
            or departing_role(title, summary, i)
            or profiled_post(title, summary, i)
        )
        if found:
            return found
    return (
        team_from(title)
        or pulled_from(title)
        or boost_from_hires(title)
        or dream_team(title, summary)
        or leap(title, summary)
        or veteran_leads(title, summary)
    )


# "Career update: Google DeepMind -> Anthropic", "X: OpenAI → Meta": an arrow between labs.
ARROWS = frozenset(["->", "→", "=>", "⟶", ">"])
# "From Palantir to OpenAI: ...", German "Von Palantir zu OpenAI: ..." (zu glossed 'to').
ROUTE_OPENERS = frozenset(["from", "von"])
ROUTE_ENDS = frozenset([":", "|", ",", "-"])


def may_route(title: str, first: str) -> bool:
    """Whether a headline could tell a move as a route (a cheap pre-check on its text)."""
    return first in ROUTE_OPENERS or "->" in title or "→" in title or "=>" in title


def routed(title: Tagged) -> bool:
    """Whether a tagged headline could tell a move as a route ('From A to B:', 'A -> B')."""
    toks = title.toks
    return bool(toks) and (toks[0].lower in ROUTE_OPENERS or not ARROWS.isdisjoint(title.texts))


def route(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """'Career update: Google DeepMind -> Anthropic', 'From Palantir to OpenAI: ex-CISO takes
    on security': a route from one company to a lab, the clause's whole news, is a move; the
    person is the headline's (or the summary's). Not a route inside a sentence ('OpenAI ->
    Microsoft money flows')."""
    toks = title.toks
    if toks[0].lower in ROUTE_OPENERS:
        to_at = next((k for k in range(2, min(len(toks), 6)) if toks[k].lower == "to"), -1)
        frm = company_words(toks, 1, to_at) if to_at > 0 else None
        to, end = lab_run(toks, to_at + 1) if frm else (None, 0)
        if not to or (end < len(toks) and toks[end].text not in ROUTE_ENDS):
            return None
    else:
        arrow = next((k for k, t in enumerate(toks) if t.text in ARROWS), -1)
        if arrow < 1 or (toks[arrow].text == ">" and toks[arrow - 1].text != "-"):
            return None
        left = arrow - 1 if toks[arrow].text == ">" else arrow
        k = left
        while k > 0 and toks[k - 1].lab and toks[k - 1].lab == toks[left - 1].lab:
            k -= 1
        frm = toks[left - 1].lab
        to, end = lab_run(toks, arrow + 1)
        if not (frm and to) or end != len(toks) or (k and toks[k - 1].text not in ROUTE_ENDS):
            return None
    if frm == to:
        return None
    person = next((n for _, _, n in title.people), None) or _summary_person(summary)
    return Event(person, "join", frm, to), f"a route from {frm} to {to}"


def lab_run(toks: list[Tok], k: int) -> tuple[str | None, int]:
    """The lab at k and where its tokens end."""
    if k >= len(toks) or not toks[k].lab:
        return None, k
    m = k
    while m < len(toks) and toks[m].lab == toks[k].lab:
        m += 1
    return toks[k].lab, m


def opening_lab_verb(toks: list[Tok], verbs: frozenset[str]) -> tuple[str | None, int]:
    """The lab opening a headline and where one of `verbs` follows it within three words
    ('Meta boosts ...', 'Google pulls ...'); (None, -1) where either is missing."""
    if not toks or not toks[0].lab:
        return None, -1
    verb = next((k for k in range(1, min(len(toks), 4)) if toks[k].lower in verbs), -1)
    return (toks[0].lab, verb) if verb >= 0 else (None, -1)


def taken_group(toks: list[Tok], first: int, stop: int) -> int:
    """Where the first word of people taken on (TAKEN_ON: "researchers", "hires") stands in
    [first, stop), or -1."""
    return next((k for k in range(first, min(len(toks), stop)) if toks[k].lower in TAKEN_ON), -1)


def team_from(title: Tagged) -> tuple[Event, str] | None:
    """'Meta boosts its research team with talent from OpenAI', 'OpenAI expands team with top
    engineers from Tesla, xAI and Meta': people hired from elsewhere, none named (a raid); or
    one person named after 'with' (a hire)."""
    toks = title.toks
    lab, verb = opening_lab_verb(toks, BOOST_VERBS)
    if lab is None:
        return None
    with_at = next(
        (k for k in range(verb + 1, min(len(toks), verb + 7)) if toks[k].lower == "with"), -1
    )
    if with_at < 0:
        return None
    people = range(with_at + 1, min(len(toks), with_at + 5))
    named = next(((s, n) for s, _, n in title.people if s in people), None)
    if named:  # "ByteDance bolsters AI team with Qwen veteran Yu Bowen": a hire
        frm = lab_between(toks, with_at + 1, named[0], skip=lab) or next(
            (
                PRODUCT_LABS[t.lower]
                for t in toks[with_at + 1 : named[0]]
                if t.lower in PRODUCT_LABS
            ),
            None,
        )
        return Event(named[1], "join", frm, lab), f"'{lab} {toks[verb].lower} ... with {named[1]}'"
    # "with engineers from OpenAI", "with key signings from OpenAI": people taken on
    group = taken_group(toks, with_at + 1, with_at + TAKEN_REACH)
    if group < 0:
        return None
    owner = group_owner(toks, with_at + 1, group, lab)
    if owner:  # "with Ai2 researchers", "with former Tesla engineers": whose people they were
        reason = f"'{lab} {toks[verb].lower} ... with {owner} {toks[group].lower}' reports a raid"
        return Event(None, "poach", owner, lab), reason
    if group + 1 >= len(toks) or toks[group + 1].lower != "from":
        return None
    origins = {t.lab for t in toks[group + 2 : group + 9] if t.lab and t.lab != lab}
    if not origins:
        return None
    frm = next(iter(origins)) if len(origins) == 1 else None
    reason = f"'{lab} {toks[verb].lower} ... with {toks[group].lower} from' reports a raid"
    return Event(None, "poach", frm, lab), reason


def pulled_from(title: Tagged) -> tuple[Event, str] | None:
    """'Google pulls top talent from Hume AI', 'Meta plucks three engineers from OpenAI': a
    lab taking a group out of another company is a raid; the group follows the verb and
    'from' the group (not 'pulls its ads from X', 'draws criticism from X staff')."""
    toks = title.toks
    lab, verb = opening_lab_verb(toks, PULLING)
    if lab is None:
        return None
    group = verb + 1
    while group < len(toks) and (toks[group].lower in GROUP_LEADS or toks[group].text.isdigit()):
        group += 1
    if group + 2 >= len(toks) or toks[group].lower not in GROUP_WORDS:
        return None
    if toks[group + 1].lower != "from" or lone_talent(toks, verb + 1, group):
        return None
    frm = ended_org(toks, group + 2, len(toks))
    if not frm or frm == lab:
        return None
    reason = f"'{lab} {toks[verb].lower} {toks[group].lower} from {frm}' reports a raid"
    return Event(None, "poach", frm, lab), reason


def boost_from_hires(title: Tagged) -> tuple[Event, str] | None:
    """ "OpenAI's device effort gets a boost from 30 ex-Apple hires": a lab (or its work) helped
    by a group whose old lab is named right before it is that lab's raid (not 'a boost from
    the Apple deal', no people; nor 'a boost from new hires', from no lab)."""
    toks = title.toks
    lab = next((t.lab for t in toks[:3] if t.lab), None)
    at = next((k for k, t in enumerate(toks) if t.lower == "boost"), -1)
    if not lab or at < 2 or at + 2 >= len(toks) or toks[at + 1].lower != "from":
        return None
    k = at - 1
    while k > 0 and toks[k].lower in BOOST_LEADS:
        k -= 1
    if toks[k].lower not in GETTING:
        return None
    group = taken_group(toks, at + 2, at + TAKEN_REACH)
    if group < 0 or toks[group].poss:
        return None
    owner = group_owner(toks, at + 2, group, lab)
    if not owner:
        return None
    reason = f"'{lab} ... boost from {owner} {toks[group].lower}' reports a raid"
    return Event(None, "poach", owner, lab), reason


# Verbs presenting or hiring a team whole ("introduces its dream team", "hired a dream team").
PRESENTING = _words(
    """introduces introduced unveils unveiled assembles assembled presents presented hires
    hired recruits recruited"""
)
VERB_REACH = 3  # "Toyota just hired": words from the hirer to its verb
DREAM_LEADS = _words("its a an the new ai research tech")


def dream_team(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """'Toyota just hired a dream team of scientists', 'Acme introduces its "dream team" for
    autonomy research': a team hired or presented whole, nobody named, is the hirer's raid
    (the hirer on no list: the summary's lab its name opens, 'Toyota Research Institute');
    not a dream team of products, nor one named member by member."""
    toks = title.toks
    if title.people and not toks[0].person:
        return None
    lab = toks[0].lab or brand_lab(toks[0].text, summary)
    verb = next(
        (k for k in range(1, min(len(toks), VERB_REACH + 1)) if toks[k].lower in PRESENTING), -1
    )
    if not lab or verb < 0:
        return None
    k = verb + 1
    while k < len(toks) and (toks[k].lower in DREAM_LEADS or not toks[k].text[:1].isalnum()):
        k += 1
    if k + 1 >= len(toks) or toks[k].lower != "dream" or toks[k + 1].lower != "team":
        return None
    m = k + 2
    while m < len(toks) and not toks[m].text[:1].isalnum():
        m += 1
    if m + 1 < len(toks) and toks[m].lower == "of" and toks[m + 1].lower not in GROUP_WORDS:
        return None  # "a dream team of products"
    return Event(None, "poach", None, lab), f"'{toks[verb].lower} ... dream team' reports a raid"


def brand_lab(word: str, summary: Tagged) -> str | None:
    """The summary's lab whose name the headline's opening word begins ('Toyota' for Toyota
    Research Institute): the hirer by its brand."""
    return next((lab for _, _, lab in summary.labs if lab.split()[0] == word), None)


def lone_talent(toks: list[Tok], start: int, group: int) -> bool:
    """'pulls top talent from X': uncounted 'talent' may be one person as well as several
    (the summary says whom, as jobs/language/lab_moves.py reads it for 'hires top talent');
    'pulls three engineers' and 'pulls two top AI talent' are groups."""
    if toks[group].lower != "talent":
        return False
    return not any(t.text.isdigit() or t.lower in COUNT_WORDS for t in toks[start:group])


def group_owner(toks: list[Tok], start: int, group: int, lab: str) -> str | None:
    """'with Ai2 researchers', 'with former Tesla engineers': the one lab right before the
    group taken on, after nothing but a count or 'former' (not 'with OpenAI models', no group;
    nor 'with help of Google researchers', a word that is neither)."""
    if group == start or not toks[group - 1].lab or toks[group - 1].lab == lab:
        return None
    k = group - 1
    while k > start and toks[k - 1].lab == toks[group - 1].lab:
        k -= 1  # a lab of several words ("Allen Institute for AI")
    if any(t.lower not in OWNER_LEADS and not t.text.isdigit() for t in toks[start:k]):
        return None
    return toks[group - 1].lab


def veteran_leads(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """'Qualcomm vet leads Intel physical AI', 'Google veteran heads OpenAI robotics': someone
    called by another lab's past ('<lab> vet') who leads a lab's work has moved there; the
    summary may name them. Not 'OpenAI veteran leads OpenAI team' (one lab)."""
    toks = title.toks
    for k in range(1, len(toks) - 2):
        if toks[k].lower not in VETERANS or toks[k + 1].lower not in LEADING:
            continue
        frm, to = toks[k - 1].lab, toks[k + 2].lab
        if frm and to and frm != to:
            person = _summary_person(summary)
            return Event(person, "join", frm, to), f"'{frm} {toks[k].lower} leads {to}'"
    return None


def leap(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """ "X's bold move: a leap from OpenAI to Anthropic", "X's switch from Google to Meta": a
    noun of moving from one lab to another; the person is the headline's (or the summary's)."""
    toks = title.toks
    for k in range(len(toks) - 4):
        if toks[k].lower not in LEAP_NOUNS or toks[k + 1].lower != "from" or not toks[k + 2].lab:
            continue
        m = k + 2
        while m < len(toks) and toks[m].lab == toks[k + 2].lab:
            m += 1
        if m + 1 >= len(toks) or toks[m].lower != "to" or not toks[m + 1].lab:
            continue
        frm, to = toks[k + 2].lab, toks[m + 1].lab
        person = next((n for _, _, n in title.people), None) or _summary_person(summary)
        if person and frm != to:
            return Event(person, "join", frm, to), f"'{toks[k].text} from {frm} to {to}'"
    return None


def _singular_role(toks: list[Tok], start: int, end: int) -> int:
    """Index of the first singular role word in [start, end), or -1."""
    for k in range(start, min(end, len(toks))):
        if toks[k].lower in ROLE_WORDS and toks[k].lower not in GROUP_WORDS:
            return k
        if toks[k].text in BOUNDARIES:
            break
    return -1


def new_post(title: Tagged, summary: Tagged, i: int) -> tuple[Event, str] | None:
    """'Anthropic has a new CTO': an appointment; the summary names who and where from."""
    toks = title.toks
    lab = toks[i].lab or product_lab(toks[i])  # "Siri has a new boss": Apple
    if not lab or toks[i].poss or toks[i + 1].lower not in HAVE_WORDS:
        return None
    k = i + 2 + (toks[i + 2].lower in {"a", "an"})
    if k >= len(toks) or toks[k].lower not in NEW_WORDS:
        return None
    role = _singular_role(toks, k + 1, k + 4)
    if role < 0:
        return None
    person = first_person(title, role, len(toks)) or successor(summary) or _summary_person(summary)
    frm = origin(summary, lab)
    event = Event(person, "join" if frm else "appointed", frm, lab)
    return event, f"'{lab} {toks[i + 1].lower} a new {toks[role].text}': someone took the post"


def profile_opening(toks: list[Tok]) -> bool:
    """'What to know about ...', 'What you need to know about ...', 'Meet ...': a headline
    that introduces someone (as "Who is X, Apple's new AI leader?" does)."""
    if toks and toks[0].lower == "meet":
        return True
    lowers = [t.lower for t in toks[:7]]
    return bool(lowers) and lowers[0] == "what" and "know" in lowers and "about" in lowers


def profiled_post(title: Tagged, summary: Tagged, i: int) -> tuple[Event, str] | None:
    """'What to know about OpenAI's new interim CEO X', 'Meet X, the new CTO of Mistral': a
    profile of the new holder of a post is the report that the person took it."""
    toks, n = title.toks, len(title.toks)
    if i > 12 or not profile_opening(toks):
        return None
    if toks[i].lab and toks[i].poss and toks[i + 1].lower in NEW_WORDS:  # "Y's new CEO X"
        lab, k = toks[i].lab, i + 2
    elif toks[i].text == "," and toks[i + 1].lower == "the" and toks[i + 2].lower in NEW_WORDS:
        lab, k = None, i + 3  # "X, the new CEO of Y"
    else:
        return None
    role = k
    while role < min(n, k + 4) and toks[role].lower not in POSTS:
        role += 1
    while role + 1 < n and toks[role + 1].lower in POSTS:
        role += 1  # "chief executive"
    if role >= n or toks[role].lower not in POSTS or role - k > 2:
        return None
    if any(t.lower in SEAT_WORDS or t.text in BOUNDARIES for t in toks[k : role + 1]):
        return None  # "Meet OpenAI's new board member"
    if lab:  # the name right after the post's last word ("chief technology officer X")
        person = next(
            (
                name
                for s, _, name in title.people
                if role < s <= role + 3 and toks[s - 1].lower in POST_OR_ROLE
            ),
            None,
        )
    else:
        person = next((name for _, e, name in title.people if e == i), None)
        if role + 2 < n and toks[role + 1].lower in {"of", "at"}:  # "head of research at Y"
            lab = lab_between(toks, role + 2, min(n, role + 5))
    if not lab or not person:
        return None
    frm = origin(summary, lab)
    event = Event(person, "join" if frm else "appointed", frm, lab)
    return event, f"a profile of {person}, {lab}'s new {toks[role].text}: the post was taken"


def product_lab(tok: Tok) -> str | None:
    """The maker of a capitalised product name ('Siri': Apple)."""
    return PRODUCT_LABS.get(tok.lower) if tok.text[:1].isupper() else None


def successor(summary: Tagged) -> str | None:
    """The person a summary hands a role to ('the role will be passed to X', 'replaced by
    X'), who is the new holder, not whoever reports it or held it before."""
    toks = summary.toks
    for start, _, name in summary.people:
        if start < 2 or toks[start - 1].lower not in {"to", "by"}:
            continue
        if any(t.lower in HANDING for t in toks[max(0, start - 4) : start - 1]):
            return name
    return None


def now_post(title: Tagged, i: int) -> tuple[Event, str] | None:
    """'Ilya Sutskever is now CEO of SSI': the person holds a post at a lab from now on."""
    toks = title.toks
    if i == 0 or not toks[i - 1].person or toks[i].lower != "is" or toks[i + 1].lower != "now":
        return None
    k = i + 2 + (toks[i + 2].lower in {"the", "a", "an"})
    role = next((m for m in range(k, min(len(toks), k + 3)) if toks[m].lower in POSTS), -1)
    if role < 0 or any(t.lower in SEAT_WORDS or t.text in BOUNDARIES for t in toks[k:role]):
        return None  # "is now a board member", "is now a billionaire"
    lab = lab_between(toks, k, min(len(toks), role + 5))
    if not lab:
        return None
    reason = f"'{toks[i - 1].person} is now {toks[role].text}' of {lab}: an appointment"
    return Event(toks[i - 1].person, "appointed", None, lab), reason


def new_title_post(title: Tagged, i: int) -> tuple[Event, str] | None:
    """'Mistral's new CEO is X', 'X is the new CEO of Mistral', 'X is Mistral's new CEO': an
    appointment told with 'is' and 'new'."""
    toks, n = title.toks, len(title.toks)
    if toks[i].lower != "is" or i == 0 or i + 2 >= n:
        return None
    if toks[i - 1].person:  # "X is the new CEO of Mistral", "X is Mistral's new CEO"
        k = i + 1 + (toks[i + 1].lower in {"the", "a"})
        lab = toks[k].lab if k < n and toks[k].poss else None
        k += 1 if lab else 0
        while k < n and toks[k].lab and toks[k - 1].lab == toks[k].lab:
            k += 1
        if k >= n or toks[k].lower not in NEW_WORDS:
            return None
        role = _singular_role(toks, k + 1, k + 4)
        if role < 0 or toks[role].lower not in POSTS:
            return None
        lab = lab or lab_between(toks, role + 1, min(n, role + 4))
        person, frm = toks[i - 1].person, None
    else:  # "Mistral's new CEO is X"
        role = i - 1
        while role > 0 and toks[role].lower in ROLE_WORDS and toks[role - 1].lower in ROLE_WORDS:
            role -= 1
        if toks[i - 1].lower not in POSTS or role < 2 or toks[role - 1].lower not in NEW_WORDS:
            role = post_phrase(toks, i)  # "Meta's new head of product is X"
        if role < 2:
            return None
        lab = toks[role - 2].lab if toks[role - 2].poss else None
        person, frm = described_person(title, i + 1, lab)
    if not lab or not person or any(t.lower in SEAT_WORDS for t in toks[i:]):
        return None
    return Event(
        person, "join" if frm else "appointed", frm, lab
    ), f"'{person} is the new {toks[role].text}' of {lab}"


# How far a post's words may run between "'s new" and "is" ("new head of applied AI is").
POST_PHRASE_REACH = 5


def post_phrase(toks: list[Tok], i: int) -> int:
    """Where a post of several words before 'is' starts, after "<lab>'s new" ('Meta's new head
    of product is', 'new chief technology officer is'): its first role word; -1 if none."""
    for m in range(i - 2, max(0, i - POST_PHRASE_REACH - 1), -1):
        if toks[m].lower in NEW_WORDS:
            words = toks[m + 1 : i]
            if not all(t.text.isalpha() for t in words) or not any(t.lower in POSTS for t in words):
                return -1
            # the post opens the phrase ("head of product") or ends it ("robotics lead")
            return m + 1 if toks[m + 1].lower in ROLE_WORDS or toks[i - 1].lower in POSTS else -1
    return -1


# How far a description may run before the name it describes ("former Scale AI exec X").
DESCRIPTION_REACH = 6


def described_person(title: Tagged, k: int, lab: str | None) -> tuple[str | None, str | None]:
    """The person named at k, or after a description of them ('Mistral's new CEO is former
    Scale AI exec X', 'is ex-Google researcher X'), and the other lab that description names:
    where they come from."""
    toks = title.toks
    for s, _, name in title.people:
        if s < k or s > k + DESCRIPTION_REACH:
            continue
        if any(t.text in BOUNDARIES or t.person for t in toks[k:s]):
            return None, None
        return name, lab_between(toks, k, s, skip=lab)
    return None, None


def new_hire(title: Tagged, summary: Tagged, i: int) -> tuple[Event, str] | None:
    """ "Anthropic's newest hire comes from a rival", "Anthropic's new technology chief comes
    from Stripe": a hire; the summary names who."""
    toks = title.toks
    lab = toks[i].lab
    if not lab or not toks[i].poss or toks[i + 1].lower not in NEWEST_WORDS:
        return None
    k = i + 2  # the noun: 'hire', or the last role word ('technology chief', 'AI leader')
    if toks[k].lower not in HIRE_NOUNS:
        k = _singular_role(toks, k, k + 3)
        while 0 <= k < len(toks) - 1 and toks[k + 1].lower in ROLE_WORDS:
            k += 1
        if k < 0 or k + 2 >= len(toks) or toks[k + 1].lower not in ORIGIN_VERBS:
            return None
        if toks[k + 2].lower != "from":
            return None
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ","
    if nxt not in AFTER_HIRE:
        return None
    person = first_person(title, k + 1, len(toks)) or _summary_person(summary)
    if not person:
        return None
    frm = (
        lab_between(toks, k + 1, len(toks), skip=lab)
        or origin(summary, lab)
        or lab_between(summary.toks, 0, len(summary.toks), skip=lab)
        or _company_after_from(toks, k + 1)
    )
    reason = f"'{lab}'s {toks[i + 1].lower} {toks[k].lower}' reports a hire"
    return Event(person, "join", frm, lab), reason


def _company_after_from(toks: list[Tok], k: int) -> str | None:
    """'comes from Stripe': the capitalised name after 'from' (a company on no list)."""
    if k + 2 < len(toks) and toks[k + 1].lower == "from" and toks[k + 2].text[:1].isupper():
        return toks[k + 2].text
    return None


def departing_role(title: Tagged, summary: Tagged, i: int) -> tuple[Event, str] | None:
    """'says departing OpenAI safety lead': a departure told by a participle before a role."""
    toks = title.toks
    if toks[i].lower not in DEPARTING:
        return None
    role = _singular_role(toks, i + 1, i + 5)
    if role < 0 or any(t.lower in SEAT_WORDS for t in toks[i + 1 : role + 1]):
        return None  # "outgoing board member", "departing committee chair": a seat
    lab = lab_between(toks, i + 1, role)
    if not lab and i > 0 and toks[i - 1].poss:
        lab = toks[i - 1].lab  # "OpenAI's departing CTO"
    if not lab:
        return None
    # the name right after the role ("departing OpenAI safety lead Jane Doe"), not the object
    # of the verb after it ("departing VP salutes Jensen Huang's leadership")
    named = [(s, e, n) for s, e, n in title.people if s in (role + 1, role + 2)]
    person = next((n for s, e, n in named if not toks[e - 1].poss and s - role == 1), None)
    if person is None and named and toks[role + 1].text == ",":
        person = named[0][2]  # "departing OpenAI safety lead, Jane Doe"
    person = person or _summary_person(summary)
    reason = f"'{toks[i].lower} ... {toks[role].text}' describes someone leaving {lab}"
    return Event(person, "leave", lab, None), reason


def new_venture(title: Tagged, summary: Tagged) -> tuple[Event, str] | None:
    """ "Sutskever's new lab will build ...", "Ilya's next act: a ... lab": a founding, when the
    summary names the company. Not for money news ("X's new startup raises $1 billion")."""
    toks = title.toks
    words = {t.lower for t in toks}
    if not words & NEXT_WORDS or words & MONEY_WORDS or any(t.text[:1] in "$€£" for t in toks):
        return None
    for i in range(len(toks) - 2):
        owner = toks[i]
        if not owner.poss or owner.lab:
            continue
        former_role = owner.lower in ROLE_WORDS and former_before(toks, i)
        if not (owner.person or is_name_word(owner) or former_role):
            continue
        if announced_venture(toks, i + 1):
            if former_role:  # "Former OpenAI chief scientist's new AI company will ..."
                person = founder_owning(summary)
            else:
                person = owner.person or _owner_in(summary, owner.text) or owner.text
            name, frm = venture_name(summary)
            if person and name:
                return Event(person, "found", frm, name), (
                    f"'{owner.text}'s {venture_words(toks, i + 1)}' announces"
                    " a company the person started"
                )
    return None


def announced_venture(toks: list[Tok], k: int) -> bool:
    """'new lab will ...' or 'next act: ... lab' starting at token k."""
    word, noun = toks[k].lower, toks[k + 1].lower
    if word == "new" and noun not in VENTURE_NOUNS and k + 2 < len(toks) and modifier(toks[k + 1]):
        k, noun = k + 1, toks[k + 2].lower  # "new AI company will", "new robotics startup aims"
    if word == "new" and noun in VENTURE_NOUNS:
        return k + 2 < len(toks) and toks[k + 2].lower in ANNOUNCING
    if word == "next" and noun in NEXT_NOUNS and k + 2 < len(toks) and toks[k + 2].text == ":":
        return any(t.lower in VENTURE_NOUNS for t in toks[k + 3 :])
    return False


def venture_words(toks: list[Tok], k: int) -> str:
    """'new lab', 'new AI company', 'next act': the words naming the venture, for the reason."""
    longer = toks[k].lower == "new" and toks[k + 1].lower not in VENTURE_NOUNS
    end = k + 3 if longer and k + 2 < len(toks) else k + 2
    return " ".join(t.text for t in toks[k:end])


def modifier(tok: Tok) -> bool:
    """One word saying what kind of venture: 'AI', 'robotics' (not a name)."""
    return tok.text.isalpha() and (tok.text.islower() or tok.text.isupper())


def former_before(toks: list[Tok], i: int) -> bool:
    """'Former OpenAI chief scientist's': a role the person has left, named a few words before."""
    return any(t.lower in {"former", "ex"} for t in toks[max(0, i - 4) : i])


def founder_owning(summary: Tagged) -> str | None:
    """The person a summary gives a company to: 'Sutskever's Safe Superintelligence Inc.'."""
    toks = summary.toks
    for k in range(len(toks) - 1):
        tok = toks[k]
        if tok.poss and toks[k + 1].lab and not tok.lab and (tok.person or is_name_word(tok)):
            return tok.person or tok.text
    return None


def venture_name(summary: Tagged) -> tuple[str | None, str | None]:
    """The company a summary says was started (a lab not named as a past employer), and the
    past employer it names."""
    toks = summary.toks
    frm = origin(summary, None)
    for k, tok in enumerate(toks):
        if tok.lab and tok.lab != frm and not _after_origin(toks, k):
            return tok.lab, frm
    return None, frm


def _after_origin(toks: list[Tok], k: int) -> bool:
    return any(t.lower in ORIGIN_WORDS for t in toks[max(0, k - 3) : k])


def origin(summary: Tagged, skip: str | None) -> str | None:
    """Where the summary says the person came from: 'most recently Stripe's CTO', 'the former
    OpenAI chief scientist', 'after leaving OpenAI'."""
    toks = summary.toks
    for k, tok in enumerate(toks):
        if tok.lower not in ORIGIN_WORDS:
            continue
        end = k + 1
        while end < min(len(toks), k + 7) and toks[end].text not in {",", ";", "."}:
            end += 1  # "formerly a principal researcher at Google DeepMind,"
        lab = lab_between(toks, k + 1, end, skip=skip)
        if lab:
            return lab
        company = org_before_role(toks, k + 1, end)
        if company:
            return company
    return None


def _owner_in(summary: Tagged, word: str) -> str | None:
    """The summary's full name for a headline's 'Ilya' or 'Sutskever'."""
    for _, _, name in summary.people:
        if word in name.split():
            return name
    return None


def _summary_person(summary: Tagged) -> str | None:
    return first_person(summary, 0, len(summary.toks))
