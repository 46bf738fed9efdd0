"""Headlines that look like a move and are not: a firm hired for a deal, a job opening, a
committee seat, a lawsuit's allegation, a condition. Each check returns why, or None."""

from __future__ import annotations

from jobs.language.lexicon import COUNT_WORDS, GROUP_WORDS, QUOTES, ROLE_WORDS, word_set
from jobs.language.people import Tagged, Tok, tokenize
from jobs.language.public_posts import public_ai_post


def _names(text: str) -> frozenset[tuple[str, ...]]:
    """Comma-separated names as lower-case token tuples, split the way headlines are."""
    return frozenset(tuple(t.lower for t in tokenize(n)) for n in text.split(",") if n.strip())


# Nouns that make a hiring verb's object a service provider ("hires law firm X").
FIRM_NOUNS = word_set(
    """firm firms bank banks consultancy consultancies agency agencies advisers advisors
    bankers lawyers consultants lobbyists underwriters auditors"""
)
# Banks, consultancies, law and PR firms that headlines name bare ("taps Morgan Stanley"):
# their names look like people's. Lower-case token tuples.
FIRM_NAMES = _names(
    """goldman sachs, goldman, morgan stanley, jpmorgan, jpmorgan chase, j.p. morgan, citi,
    citigroup, barclays, lazard, evercore, qatalyst, qatalyst partners, centerview, moelis,
    centerview partners, jefferies, ubs, hsbc, deutsche bank, credit suisse, bank of america,
    wells fargo, rbc, allen & co, allen & company, mckinsey, bcg, boston consulting group,
    bain & company, bain capital, deloitte, accenture, pwc, kpmg, ernst & young, ey,
    wilson sonsini, cooley, latham & watkins, latham, skadden, kirkland & ellis, kirkland,
    wachtell, wachtell lipton, sullivan & cromwell, fenwick, fenwick & west, davis polk,
    gibson dunn, quinn emanuel, orrick, covington, paul weiss, wilmerhale, ropes & gray,
    simpson thacher, cravath, debevoise, freshfields, clifford chance, linklaters,
    allen & overy, edelman, brunswick, teneo"""
)
FIRM_FIRST = {key[0]: max(len(k) for k in FIRM_NAMES if k[0] == key[0]) for key in FIRM_NAMES}
# Last words of company names that look like people's ("Kairos Power", "Thrive Capital").
FIRM_ENDINGS = word_set(
    """power energy capital partners group holdings ventures bank llp llc inc corp co company
    consulting advisors advisers associates securities solutions networks communications"""
)
# Capital-markets errands a bank or law firm is hired for; a person hired has a role instead.
DEAL_WORDS = word_set(
    """sale ipo listing offering debt bond bonds loan loans financing fundraise fundraising
    underwriting audit restructuring bankruptcy spac deal deals contract contracts partnership
    supply"""
)
# A seat on these is not a job at the lab ("leaves OpenAI's safety committee").
COMMITTEE_WORDS = word_set("committee council panel commission advisory")
BOARD_WORDS = word_set("board boards")
# Bodies one joins as a member, never as staff ("join Sunak's AI taskforce"); heading one is a
# post (jobs/language/public_bodies.py).
MEMBER_BODIES = word_set("taskforce")
# Public bodies and posts: the object of a leave or a join that is no AI lab.
PUBLIC_BODIES = word_set(
    """administration government agency department ministry cabinet senate congress
    parliament commission white doge pentagon"""
)
# Part-time, advisory and honorary posts: counsel to a lab or a title, not a job at it.
ADVISORY_WORDS = word_set(
    "adviser advisor advisers advisors advisory part-time observer honorary honourary emeritus"
)
SEAT_OBJECTS = COMMITTEE_WORDS | ADVISORY_WORDS | BOARD_WORDS  # the words of a seat (seat_object)
JOINED_SEAT_OBJECTS = SEAT_OBJECTS | MEMBER_BODIES  # a seat one joins ("joins the taskforce")
SEAT_STOPS = word_set("for to after amid , and by over following in")
# (built once: seat_object runs for most lab verbs, and a union per call cost more than its scan)
HIRING_SEAT_STOPS = SEAT_STOPS - {"to", "and"}
# A post taken before the seat word makes it a job: "returns as OpenAI CEO under a new board"
JOB_TITLES = word_set(
    "ceo cto cfo coo cpo cso cro cmo president chief head scientist researcher engineer"
)
# A hiring gerund after these is an activity talked about ("accused of poaching staff").
NOUN_PREPOSITIONS = word_set("of for over against about regarding concerning involving")
LEGAL_WORDS = word_set(
    """sues sue sued suing lawsuit lawsuits accuses accusing alleges alleging complaint
    countersues subpoenas"""
)
PASSIVE_AUX = word_set("is was were been being are who")
CONDITIONS = word_set("if unless supposing suppose lest")
MODALS = word_set("would will i'd he'd she'd they'd we'd i'll he'll she'll")
# Modals of a wish or a guess before the verb: "X should join Y", "would leave".
HYPOTHETICAL = word_set("would should")
# A clause opened by these, then its subject, is a condition by inversion: "Should X leave Y,
# ...", "Were X to quit Y, ...", "Had X stayed, ..." (a question is read before this).
INVERTED = word_set("should were had")
# "is hiring a ...", "will hire 100 engineers", "is hiring for ...": an opening or a plan.
PROGRESSIVE_AUX = word_set("is are 's be been was were")
OPENING_STARTS = word_set("a an for more hundreds thousands dozens up some several new")
TELLTALE = LEGAL_WORDS | CONDITIONS | HYPOTHETICAL | INVERTED | {"case"}
# Verbs that remove people only from a post: "removes X as CEO", never "removes a feature".
POST_VERBS = word_set("removes remove")


def firm_name_at(toks: list[Tok], i: int) -> int:
    """The length of a bank or law firm's name starting at token i (0: none)."""
    longest = FIRM_FIRST.get(toks[i].lower, 0)
    for size in range(min(longest, len(toks) - i), 0, -1):
        if tuple(t.lower for t in toks[i : i + size]) in FIRM_NAMES:
            return size
    return 0


def hired_person(tagged: Tagged, start: int, end: int) -> str | None:
    """The first person in tokens [start, end) who is not a firm ('Goldman Sachs', 'law firm X')."""
    toks = tagged.toks
    for p_start, p_end, name in tagged.people:
        if not start <= p_start < end or firm_name_at(toks, p_start):
            continue
        if toks[p_end - 1].poss:
            continue  # "hires Altman's deputy": the owner is not who is hired
        if name.split()[-1].lower() in FIRM_ENDINGS:
            continue  # "taps Kairos Power for nuclear energy"
        if p_start > 0 and toks[p_start - 1].lower in FIRM_NOUNS:
            continue
        return name
    return None


def firm_object(tagged: Tagged, start: int, obj_end: int, end: int) -> str | None:
    """'hires law firm X', 'taps Morgan Stanley for a debt sale': a firm engaged, not a hire."""
    toks = tagged.toks
    window = toks[start:obj_end]
    has_role = any(t.lower in ROLE_WORDS or t.lower in GROUP_WORDS for t in window)
    errand = toks[obj_end : min(end, obj_end + 7)] if obj_end < end else []
    deal = next((t.lower for t in errand if t.lower in DEAL_WORDS), None)
    if deal and not has_role and errand[0].lower in {"for", "to", "on"}:
        return f"engaged for a deal ('{deal}') with no role named: a firm's errand, not a hire"
    if hired_person(tagged, start, obj_end):
        return None
    noun = next((t.lower for t in window if t.lower in FIRM_NOUNS), None)
    if noun:
        return f"the object is a {noun}, engaged for a service, not a person hired"
    for k in range(start, obj_end):
        size = firm_name_at(toks, k)
        former = k > 0 and toks[k - 1].lower in {"former", "ex", "from"}  # where they come from
        if size and not has_role and not former and not toks[k + size - 1].poss:
            return f"'{toks[k].text}' is a bank or a law or consulting firm, not a person"
    return None


def job_opening(toks: list[Tok], start: int, end: int, phrase: str) -> str | None:
    """'is hiring a head of ...', 'will hire 100 engineers', 'is hiring for its new team': an
    opening or a plan, nobody has moved. Not 'is hiring OpenAI's researchers' (someone named)."""
    before = toks[start - 1].lower if start else ""
    progressive = phrase == "hiring" and before in PROGRESSIVE_AUX
    planned = phrase == "hire" and before in {"to", "will"}
    if not progressive and not planned and not headcount(toks, start + 1, end):
        return None
    k = start + 1
    while k < end and toks[k].text in QUOTES:
        k += 1
    if k < end and toks[k].person:
        return None
    obj = toks[k : min(end, k + 6)]
    if any(t.lab or t.lower in {"former", "ex"} for t in obj):
        return None  # "is hiring an OpenAI researcher": someone in particular
    first = toks[k].lower if k < end else ""
    if any(t.lower in GROUP_WORDS and not t.person for t in obj[:3]):
        first = "a"  # "is hiring research engineers for ...": people in general, an opening
    if not first or first in OPENING_STARTS or first in GROUP_WORDS or first[:1].isdigit():
        shown = f"{phrase} {toks[k].text} ..." if first else phrase
        return f"'{shown}' is a job opening or a hiring plan, not a person moving"
    return None


# Collective nouns name a particular group ("hires the team behind X"), never people in general.
COLLECTIVES = word_set("team trio duo pair dozen dozens founders co-founders cofounders")
# What ties a hired group to somewhere in particular: where from, whose, which.
GROUP_TIES = word_set("from of at behind who ex former")


# "hires engineers in London", "across Europe": people hired for places, offices staffed.
PLACE_PREPOSITIONS = word_set("in across throughout")


def hiring_drive(toks: list[Tok], start: int, end: int, kind: str, phrase: str) -> str | None:
    """'hires data center specialists in A and B': a bare plural (no article, count, owner,
    lab or name) hired for places is people in general, offices staffed, a hiring drive; not
    'hires OpenAI researchers', 'hires engineers from Tesla', 'hires the engineers behind X'.
    A gerund ('keeps poaching engineers') is a trend, read elsewhere."""
    if kind not in ("hire", "raid") or phrase.endswith("ing") or start >= end:
        return None
    if toks[start].lower in OPENING_STARTS:
        return None
    for k in range(start, min(end, start + 4)):
        t = toks[k]
        if t.person or t.lab or t.poss or t.lower in GROUP_TIES or not t.text[:1].isalpha():
            return None
        if t.lower in GROUP_WORDS and t.lower not in COLLECTIVES and t.lower.endswith("s"):
            if k + 1 >= end or toks[k + 1].lower not in PLACE_PREPOSITIONS:
                return None  # "hires Italian AI researchers": a raid with its origin unsaid
            rest = toks[k + 1 : end]
            if any(r.person or r.lab or r.lower in GROUP_TIES for r in rest):
                return None  # "hires engineers in London from DeepMind": a raid after all
            return f"'{toks[start].text} ... {t.text}' is people in general: a hiring drive"
    return None


# Words that govern a noun phrase: a participle right after one describes that phrase's people.
GOVERNORS = word_set("to for of with at on from among the these those about toward towards")


def described_group(toks: list[Tok], trig_start: int, trig_end: int, kind: str) -> str | None:
    """'extends a hand to departing OpenAI researchers': a move participle after a preposition
    or article, before an uncounted group, describes the people another verb acts on; not
    'Departing OpenAI researchers join X' (the group is the subject) nor 'hires departing ...'
    (the hiring verb, read first, is the move). A hiring gerund there is an activity ('accused
    of poaching X engineers'), read by clause_trap."""
    if kind in ("hire", "raid", "appoint") or not trig_start:
        return None
    if toks[trig_start - 1].lower not in GOVERNORS:
        return None
    if not toks[trig_start].lower.endswith("ing"):
        return None
    for k in range(trig_end, min(len(toks), trig_end + 4)):
        t = toks[k]
        if t.person or t.text.isdigit() or t.lower in COUNT_WORDS:
            return None
        if t.lower in GROUP_WORDS:
            return f"'{toks[trig_start].text} ... {t.text}' describes people another verb acts on"
        if not (t.lab or t.text[:1].isalpha()):
            return None
    return None


# Pieces that gather people rather than report one of them: "A guide to the X leaving Y".
GUIDE_NOUNS = word_set(
    "guide guides explainer primer roundup round-up timeline tracker list map who's directory"
)
GUIDE_OPENERS = word_set("a an the our your") | {":"}


def guide_piece(tagged: Tagged) -> str | None:
    """'A guide to the researchers leaving X', 'Timeline: who left OpenAI', 'The list of ...':
    a headline (or a part after its colon) that opens with a guide noun and a preposition
    names a piece gathering moves, not one move."""
    if GUIDE_NOUNS.isdisjoint(tagged.lowers):
        return None  # (most headlines: no scan of the tokens)
    toks = tagged.toks
    for k, tok in enumerate(toks[:-1]):
        if tok.lower not in GUIDE_NOUNS:
            continue
        opens = k == 0 or (
            toks[k - 1].lower in GUIDE_OPENERS and (k == 1 or toks[k - 2].text == ":")
        )
        opens = opens or (k == 1 and toks[0].lower in GUIDE_OPENERS)
        if opens and toks[k + 1].lower in {"to", "of", ":"}:
            return f"'{tok.text} {toks[k + 1].text} ...' gathers moves in a piece, no one move"
    return None


# Count words in the hundreds or more ("recruit hundreds of AI researchers").
LARGE_COUNTS = word_set("hundreds thousands")


def headcount(toks: list[Tok], k: int, end: int) -> bool:
    """'hiring 4,000 people', 'hires 1,200 engineers', 'recruit hundreds of researchers': a
    count in the hundreds or more is a company growing, not a raid on anyone (a raid names
    where its people come from)."""
    if k < end and toks[k].lower in LARGE_COUNTS:
        k += 1
    else:
        digits = ""
        while k < end and (toks[k].text.isdigit() or (digits and toks[k].text == ",")):
            digits += toks[k].text if toks[k].text.isdigit() else ""
            k += 1
        if not digits or int(digits) < 100:
            return False
    return not any(t.lab or t.lower == "from" for t in toks[k : min(end, k + 6)])


def seat_object(tagged: Tagged, start: int, end: int, kind: str) -> str | None:
    """'leaves OpenAI's safety committee', 'joins OpenAI board', 'adds X to its board', 'names X
    senior adviser': a seat or an advisory post, not a job at the lab."""
    toks = tagged.toks
    hiring = kind in ("hire", "appoint")
    if hiring and seat_sought(toks, start, end):
        return "taken on 'for' a board or committee: a seat, not a job at the lab"
    # "adds X to its board", "appoints a former general and an ex-diplomat to its board"
    stops = HIRING_SEAT_STOPS if hiring else SEAT_STOPS
    seats = JOINED_SEAT_OBJECTS if kind == "join" else SEAT_OBJECTS
    if kind == "join" and advisory_for_both(toks, start, end):
        return "an advisory post at two companies is not a job at either"
    if seats.isdisjoint(tagged.lowers[start:end]):
        return None  # no seat word after the verb (most objects): nothing for the scan to find
    reach = start + (12 if hiring else 6)
    for k in range(start, end):
        if k >= reach:
            break
        reach += hiring and bool(toks[k].person)  # names in a list count for nothing
        word = toks[k].lower
        if word in seats and described_past(toks, start, k):
            continue  # "names former Trump adviser X as president": a past post, described
        if word in seats:
            if word in ADVISORY_WORDS and public_ai_post(toks, start, k + 1):
                return None  # "steps down as White House AI adviser": the post is the job
            if word in ADVISORY_WORDS:
                return f"an {word} post is not a job at the lab"
            return f"a seat on a {word} is not a job at the lab"
        if hiring and word == "," and _name_next(toks, k + 1, end):
            continue  # "appointed X, Y, and Z to its board": a list of appointees
        if word == "and" and any(t.lower in seats for t in toks[k + 1 : k + 3]):
            continue  # "joins OpenAI's safety and security committee": one body's name
        if word in stops or (word in JOB_TITLES and _after_as(toks, k)):
            return None  # "fired by OpenAI's board": the board acts, it is no seat
    return None


def advisory_for_both(toks: list[Tok], start: int, end: int) -> bool:
    """'joins Nvidia and Mistral as senior advisor': two companies joined at once, then 'as'
    an advisory post (a seat word's own search stops at the 'and')."""
    both = start + 1 < end and toks[start].lab is not None and toks[start + 1].lower == "and"
    if not both:
        return False
    for k in range(start + 2, min(end, start + 9)):
        if toks[k].lower == "as":
            return any(t.lower in ADVISORY_WORDS for t in toks[k + 1 : k + 4])
        if toks[k].lower in SEAT_STOPS:
            return False
    return False


SEAT_DETERMINERS = word_set("its the a an his her their")
SEATS = BOARD_WORDS | COMMITTEE_WORDS


def seat_sought(toks: list[Tok], start: int, end: int) -> bool:
    """'taps ex-Microsoft CFO, Trump aide X for board', 'picks X for its ethics board': what
    the person is taken on for is a seat (past an apposition, which a seat word's own search
    stops at)."""
    for k in range(start, end - 1):
        if toks[k].lower != "for":
            continue
        m = k + 1
        while m < end and (toks[m].lower in SEAT_DETERMINERS or toks[m].lab or toks[m].poss):
            m += 1
        if m < end and toks[m].lower in SEATS:
            return True
    return False


def _name_next(toks: list[Tok], k: int, end: int) -> bool:
    """A person at k, or after 'and' at k ('X, Y, and Z')."""
    k += k < end and toks[k].lower == "and"
    return k < end and bool(toks[k].person)


def described_past(toks: list[Tok], start: int, k: int) -> bool:
    """'former White House adviser', 'ex-board member': a seat the person held before describes
    who is hired; it is not the post taken."""
    return any(
        t.lower in {"former", "ex"} or t.lower.startswith("ex-")
        for t in toks[max(start, k - 3) : k]
    )


def _after_as(toks: list[Tok], k: int) -> bool:
    """'as (OpenAI) CEO': the title is the post taken ('former NSA chief' only describes)."""
    return any(t.lower == "as" for t in toks[max(0, k - 3) : k])  # "as" may end the verb


# Words opening a reason or a time after the verb ("resigns after ...", "quits over ...").
REASON_STARTS = frozenset(["after", "following", "amid", "over", "despite", "since", "as", "in"])


def public_object(toks: list[Tok], start: int, end: int) -> str | None:
    """'leaves the Trump administration', 'joins the State Department': the thing left or joined,
    right after the verb, is a government body or post, not an AI lab (labs elsewhere in the
    text do not change that). A government AI post is a job (jobs/language/public_posts.py)."""
    if public_ai_post(toks, start, end):
        return None
    for k in range(start, min(end, start + 5)):
        t = toks[k]
        if t.lab or t.lower in REASON_STARTS:
            return None  # "Resigns After Pentagon Deal": a title-case reason, not the thing left
        if t.lower in PUBLIC_BODIES:
            return f"the object is a {t.lower} (a public body or post), not an AI lab"
        if not (t.text[:1].isupper() or t.lower in {"the", "his", "her", "their"} or t.poss):
            return None
    return None


# Occasions one walks out of or joins for a while: "walks out of OpenAI hearing".
OCCASIONS = word_set(
    """hearing hearings trial meeting meetings conference summit event events interview
    livestream podcast talks negotiations call keynote session"""
)
OCCASION_STOPS = word_set("for to after amid , as following over in at")


def occasion_object(toks: list[Tok], start: int, end: int) -> str | None:
    """'walks out of the OpenAI hearing', 'joins Anthropic's call': an occasion left or
    joined, not a lab."""
    for k in range(start, min(end, start + 5)):
        word = toks[k].lower
        if word in OCCASION_STOPS:
            return None
        if word in OCCASIONS:
            return f"the object is a {word}, an occasion, not a lab one works at"
    return None


# Work done with a lab for a while ("join OpenAI in a safety study"): no job at it. Projects
# and efforts stay out ("joins Meta on its superintelligence project" is a hire).
JOINT_WORK = word_set(
    """study studies paper papers trial trials survey experiment experiments benchmark
    collaboration partnership pledge letter report"""
)
JOINT_REACH = 4  # words from 'in'/'on' to the work ("on a new AI safety study")


def joint_work(toks: list[Tok], start: int, end: int) -> str | None:
    """'Stanford researchers join OpenAI in safety study', 'join Google on a new paper': work
    done with the lab joined, not a job at it."""
    k = start + (start < end and toks[start].lower == "the")
    lab = toks[k].lab if k < end else None
    if not lab:
        return None
    while k < end and toks[k].lab == lab:
        k += 1
    if k >= end or toks[k].lower not in {"in", "on"}:
        return None
    for m in range(k + 1, min(end, k + 1 + JOINT_REACH)):
        if toks[m].lower in JOINT_WORK:
            return f"the lab is joined in a {toks[m].lower}, work done with it, not a job there"
    return None


def clause_trap(
    tagged: Tagged, start: int, trig_start: int, end: int, kind: str
) -> tuple[str, bool] | None:
    """A lawsuit, an activity talked about, or a condition around a move verb: why, and whether
    the move is still possible (a condition). One look-up of the clause's words first: most
    clauses hold none of the telltale words."""
    toks = tagged.toks
    word = toks[trig_start].lower
    before = toks[trig_start - 1].lower if trig_start else ""
    if (
        kind in ("hire", "raid")
        and word.endswith("ing")
        and before in NOUN_PREPOSITIONS
        and not reaction_to_hire(tagged, trig_start, end)
    ):
        return f"'{before} {word}' names an activity, not a move that happened", False
    if TELLTALE.isdisjoint(tagged.lowers[start:end]):
        return None
    legal = legal_context(toks, start, trig_start)
    if legal:
        return legal, False
    condition = conditional(toks, start, trig_start, end)
    return (condition, True) if condition else None


# Nouns and verbs of a reaction to something done ("faces backlash for hiring X", "criticised
# for hiring X"): what it reacts to happened.
REACTIONS = word_set(
    """backlash criticism criticisms flak fire heat scrutiny outrage praise criticised
    criticized slammed blasted praised"""
)
REACTION_REACH = 3  # words from the reaction to "for"


def reaction_to_hire(tagged: Tagged, k: int, end: int) -> bool:
    """'Acme faces criticism for hiring ex-Intel CEO X': a reaction to a hire of a named
    person, right before 'for', tells the hire as done; 'for hiring engineers' stays an
    activity, and 'accused of poaching X' an allegation (no reaction before 'of')."""
    toks = tagged.toks
    if k < 2 or toks[k - 1].lower != "for":
        return False
    if REACTIONS.isdisjoint(t.lower for t in toks[max(0, k - 1 - REACTION_REACH) : k - 1]):
        return False
    return any(k < s < end for s, _, _ in tagged.people)


def legal_context(toks: list[Tok], start: int, trig_start: int) -> str | None:
    """'sues OpenAI, accusing it of poaching staff': an allegation, not a reported move."""
    legal = next(
        (
            toks[k].lower
            for k in range(start, trig_start)
            if toks[k].lower in LEGAL_WORDS and not (k and toks[k - 1].lower in PASSIVE_AUX)
        ),
        None,
    )  # "X, who was sued by Musk, joins OpenAI": the suit is about the person, not the move
    if legal:
        return f"the move is part of a lawsuit or an allegation ('{legal}'), not a report of one"
    return None


def conditional(toks: list[Tok], start: int, trig_start: int, end: int) -> str | None:
    """'says he would step down if ...': a condition, not a decision."""
    before = {t.lower for t in toks[start:trig_start]}
    if (
        before & CONDITIONS
        or modal_before(toks, start, trig_start)
        or in_case(toks, start, trig_start)
    ):
        return "the move is hypothetical (would/should/if/unless), not decided"
    if inverted(toks, start, trig_start):
        return f"'{toks[start].text} X ...' opens a condition by inversion, not a decision"
    after = {t.lower for t in toks[trig_start:end]}
    if after & CONDITIONS and before & MODALS:
        return "the move depends on a condition (if/unless), it is not decided"
    return None


def modal_before(toks: list[Tok], start: int, trig_start: int) -> bool:
    """'would/should' governing the verb: in its own stretch, not an aside's ('X, who should
    have stayed, joins Y')."""
    for k in range(trig_start - 1, start - 1, -1):
        if toks[k].text == ",":
            return False
        if toks[k].lower in HYPOTHETICAL:
            return True
    return False


def in_case(toks: list[Tok], start: int, trig_start: int) -> bool:
    """'in case X leaves': a condition said with a noun."""
    return any(
        toks[k].lower == "case" and toks[k - 1].lower == "in" for k in range(start + 1, trig_start)
    )


def inverted(toks: list[Tok], start: int, trig_start: int) -> bool:
    """'Should X leave Y, ...', 'Were X to quit ...': the clause opens with the auxiliary and
    its subject (a name, a lab's or someone's) follows, before the verb."""
    if start + 1 >= trig_start or toks[start].lower not in INVERTED:
        return False
    subject = toks[start + 1]
    return bool(subject.person or subject.lab or subject.poss or subject.text[:1].isupper())


def post_missing(toks: list[Tok], start: int, end: int, phrase: str) -> str | None:
    """'removes X as CEO' is a firing; 'removes its voice feature' is not: a post must be named."""
    if phrase not in POST_VERBS or any(t.lower in ROLE_WORDS for t in toks[start:end]):
        return None
    return f"'{phrase}' names no post (CEO, chief, head ...) that someone is removed from"


# A span a tally of moves is counted over: "in six days", "over the past two years", "this
# year", "in 2025", "so far". Units, singular and plural.
SPAN_UNITS = word_set(
    """hour hours day days week weeks month months year years decade summer spring autumn winter
    quarter"""
)
SPAN_OPENERS = word_set("in within over across during")
SPAN_SKIPS = word_set("the past last first a an just only single")
THIS_SPANS = word_set("this last")
# What opens a counted group's noun phrase: the headline's start or a break before it.
LIST_OPENERS = frozenset([":", "|", ".", "-", "the", "are", "is", "'s", "of", "these", "those"])
TALLY_COUNTS = COUNT_WORDS - {"dozens"}
# Words before a count that make it a span's own ("in six days", "the past two years"); not
# an article ("a dozen researchers" counts them).
SPAN_COUNTED = SPAN_OPENERS | SPAN_SKIPS - {"the", "a", "an"}


def span_at(toks: list[Tok], k: int) -> int:
    """The length of a span phrase starting at token k ('in six days', 'this year', 'in 2025',
    'so far'), or 0."""
    word = toks[k].lower
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    if word == "so" and nxt == "far":
        return 2
    if word in THIS_SPANS and nxt in SPAN_UNITS:
        return 2
    if word not in SPAN_OPENERS:
        return 0
    m = k + 1
    while m < len(toks) and m - k <= 3 and toks[m].lower in SPAN_SKIPS:
        m += 1
    if m < len(toks) and len(toks[m].text) == 4 and toks[m].text.startswith("20"):
        return m + 1 - k  # "in 2025"
    if m < len(toks) and (toks[m].text.isdigit() or toks[m].lower in COUNT_WORDS):
        m += 1
    return m + 1 - k if m < len(toks) and toks[m].lower in SPAN_UNITS else 0


def counted_group_at(toks: list[Tok], k: int) -> int:
    """The index of the group word a head count at k counts ('four Google DeepMind
    researchers', '12 AI researchers'), or -1; a count that is a span's own ('in six days') or
    an ordinal ('a second leader') counts no group."""
    word = toks[k].lower
    digits = toks[k].text.isdigit() and int(toks[k].text) >= 2 and len(toks[k].text) < 4
    if not (digits or word in TALLY_COUNTS):
        return -1
    if k and toks[k - 1].lower in SPAN_COUNTED:
        return -1
    for m in range(k + 1, min(len(toks), k + 5)):
        if toks[m].lower in GROUP_WORDS and not toks[m].person:
            return m
        if not toks[m].text[:1].isalnum() or toks[m].person:
            return -1
    return -1


# Any word a span needs (its unit, "far", a year): most headlines have none (a set look-up).
SPAN_CUES = SPAN_UNITS | {"far"} | {str(year) for year in range(2000, 2100)}


def tally_over_span(tagged: Tagged) -> str | None:
    """'Four DeepMind researchers exit in six days', 'Meta has lost 12 AI researchers this
    year', '9 execs who left OpenAI in 2025': a counted group's moves over a span of time are a
    tally, whatever happened to each; not 'Meta snags a second leader in three days' (one
    person, the latest) nor 'hires three OpenAI researchers' (one raid, told as it happens),
    nor a tally that singles out its latest member ('Recruits Four Academics in Two Weeks,
    Including <post>': that member's move is the news)."""
    if SPAN_CUES.isdisjoint(tagged.lowers) or tagged.people or "including" in tagged.lowers:
        return None
    toks = tagged.toks
    group = next((m for k in range(len(toks)) if (m := counted_group_at(toks, k)) >= 0), -1)
    if group < 0:
        return None
    for k in range(group + 1, len(toks)):
        size = span_at(toks, k)
        if size:
            shown = " ".join(t.text for t in toks[k : k + size])
            return f"a counted group's moves '{shown}' are a tally over a span, not one move"
    return None


# Shares of a group, each before 'of': "78% of the team", "half of xAI's co-founders", "the
# majority of its authors" ('half a dozen' counts people, it is no share).
SHARE_WORDS = word_set("% percent half third thirds quarter quarters fifth majority most bulk")
# What may stand between 'N of' and the whole's count: "11 of the 14", "3 of xAI's 12".
WHOLE_SKIPS = word_set("the its their his her original")
NUMBER_WORDS = COUNT_WORDS | word_set("eleven twelve thirteen fourteen fifteen twenty")


def share_of_group(toks: list[Tok], lo: int, hi: int) -> str | None:
    """The share phrase in tokens [lo, hi) ('78% of', 'half of', '11 of the 14'), or None: a
    share of a team leaving is a tally of its departures over time, whoever they were; not
    'three of its engineers' (a raid counted) nor 'half a dozen researchers'."""
    for k in range(lo, min(hi, len(toks) - 1)):
        if toks[k + 1].lower != "of":
            continue
        if toks[k].lower in SHARE_WORDS:
            return f"{toks[k].text} of"
        if number_at(toks[k]) and whole_counted(toks, k + 2, hi):
            return f"{toks[k].text} of ..."
    return None


def number_at(tok: Tok) -> bool:
    """A count: digits or a number's word ('11', 'three', 'eleven')."""
    return tok.text.isdigit() or tok.lower in NUMBER_WORDS


def whole_counted(toks: list[Tok], k: int, hi: int) -> bool:
    """'the 14', 'its eleven', "xAI's 12": the whole a share is counted out of."""
    while k < hi and (toks[k].lower in WHOLE_SKIPS or toks[k].lab):
        k += 1
    return k < hi and number_at(toks[k])


# "Here are the 11 people who have left", "Here's every exec who quit": a list announced.
HERE_FORMS = frozenset(["are", "is", "'s"])


def listicle(toks: list[Tok], verbs: list[int]) -> str | None:
    """'Here are 11 key people who have left OpenAI', '4 top executives who ditched Apple to
    join Meta': a headline that is a list of people who moved (a counted group and a relative
    clause, with no verb of its own) tells no one move, and the summary's examples are none;
    read only where the headline's own verbs (at `verbs`) gave no move. 'The two engineers
    who scaled X just joined Y' has a verb of its own after the clause: a move."""
    for k, tok in enumerate(toks):
        if tok.lower == "here" and k + 1 < len(toks) and toks[k + 1].lower in HERE_FORMS:
            after = toks[k + 2 : k + 5]
            if any(t.text.isdigit() or t.lower in COUNT_WORDS for t in after):
                return "'here are N ...' announces a list of people, not one move"
        if k and toks[k - 1].lower not in LIST_OPENERS:
            continue
        group = counted_group_at(toks, k)
        if group < 0:
            continue
        who = next(
            (m for m in range(group + 1, min(len(toks), group + 5)) if toks[m].lower == "who"), -1
        )
        if who >= 0 and all(relative_verb(toks, who, v) for v in verbs if v > who):
            return f"'{tok.text} ... {toks[group].text} who ...' lists people, not one move"
    return None


RELATIVE_SKIPS = word_set("have has had just recently since later then also")


def relative_verb(toks: list[Tok], who: int, verb: int) -> bool:
    """Whether the verb at `verb` belongs to the relative clause opened by 'who' at `who`:
    its own verb ('who have left', 'who recently quit') or an infinitive ('to join Meta')."""
    if toks[verb - 1].lower == "to":
        return True
    return all(t.lower in RELATIVE_SKIPS for t in toks[who + 1 : verb])


# Words that may stand between 'as' and a bare 'director' ("as a director", "as independent
# director"); "as scientific director", "as director of research" name a post.
BARE_BEFORE = word_set("a an independent non-executive nonexecutive board")
SEAT_MARKS = BARE_BEFORE - {"a", "an"}  # "independent director": a seat, whatever else
DIRECTOR_AFTER = word_set("of for at in on general")


def bare_director(toks: list[Tok], start: int, end: int, told: bool) -> str | None:
    """'appoints X as an independent director', 'names X as Director' + a summary telling the
    board (`told`): 'director' with no field or body after it is a company director, a seat
    on its board; alone ('as director', 'as a director') only where the summary says so."""
    for k in range(start, min(end, start + 14)):  # past a list of names
        if toks[k].lower != "as":
            continue
        m = k + 1
        while m < end and toks[m].lower in BARE_BEFORE:
            m += 1
        if m >= end or toks[m].lower not in {"director", "directors"}:
            return None
        if m + 1 < end and toks[m + 1].lower in DIRECTOR_AFTER:
            return None
        # "as independent director"; "X, Y and Z as directors": several at once, a board's
        marked = toks[m].lower == "directors" or any(t.lower in SEAT_MARKS for t in toks[k + 1 : m])
        if not (told or marked):
            return None
        return "'as director' with no field is a seat on the board, not a job at the lab"
    return None
