"""Moves whose subject is a lab: hires / poaches / fires / names / brings back / loses."""

from __future__ import annotations

from jobs.language.endpoints import (
    bystander,
    dash_subject,
    destination,
    founded_by,
    summary_person,
    tells_news,
)
from jobs.language.lexicon import (
    COUNT_WORDS,
    GROUP_WORDS,
    HABITUAL,
    MAKER_STAFF,
    NON_NAME_WORDS,
    OBJECT_END,
    PICKING,
    POST_WORDS,
    PRODUCT_LABS,
    QUOTES,
    ROLE_WORDS,
    SPEAKING,
    word_set,
)
from jobs.language.org_posts import seat_told
from jobs.language.people import Tagged, Tok
from jobs.language.traps import (
    bare_director,
    firm_object,
    hired_person,
    hiring_drive,
    job_opening,
    post_missing,
    seat_object,
)
from jobs.language.triggers import (
    Event,
    Extraction,
    Trigger,
    ended_org,
    lab_between,
    org_before_role,
    org_of_role,
)

# A hiring verb's object starting with these ("hires CEO X", "hires its founders") names no
# company of its own: the lab named earlier in the clause is where the person came from.
BARE_OBJECT_START = ROLE_WORDS | {"its", "the"}
EPITHETS = frozenset(["prodigy", "wunderkind", "whiz", "whizz", "whizkid", "phenom", "savant"])
# "names X in a lawsuit" mentions X; "names X head of ..." or "names X to lead ..." appoints.
NAMING_VERBS = frozenset(["names", "name", "named", "naming"])
LEAD_VERBS = frozenset(["lead", "run", "helm", "succeed", "replace", "oversee"])
# Words that make a group a definite one: counted, or some of it ("a team", "more staff").
DEFINITE_GROUP = COUNT_WORDS | word_set("a an some more another its their top")
# Words before a person who is whom a group joins or reports to, not one of the group.
HIRING_VERBS = frozenset(
    [
        "hire",  # "X is trying to recruit / hire": the infinitive, as the other forms
        "recruit",
        "poach",
        "lure",
        "hired",
        "hires",
        "hiring",
        "recruited",
        "recruits",
        "recruiting",
        "poached",
        "poaches",
        "poaching",
        "lured",
        "lures",
        "luring",
    ]
)
# Verbs of arriving before 'from <lab>' ("joins from", "comes over from"); not "raised from".
ARRIVALS = frozenset(
    [
        "joins",
        "joined",
        "joining",
        "comes",
        "came",
        "arrives",
        "arrived",
        "moves",
        "moved",
        "over",
        "hired",
        "poached",
        "lured",
    ]
)
# Words before a hiring verb that make it a noun ("among the hires"), and the forms of 'be'
# that make its participle passive ("was hired"): the person before it hired nobody.
NOUN_BEFORE = frozenset(["the", "new", "its", "their"])
PASSIVE_BEFORE = frozenset(["was", "were", "is", "are", "be", "been", "being", "get", "got"])
HOSTS_BEFORE = frozenset(["join", "joins", "joining", "to", "under", "with", "alongside"])


EXPLAINED_GROUP = DEFINITE_GROUP - {"top", "its", "their"}
OBJECT_STOPS = frozenset(["?", "(", ":", "|"])


# Nouns for someone newly hired, standing for a person as a role word does ("promotes
# high-profile recruit to chief AI scientist": the summary names who).
NEWCOMERS = frozenset(["recruit", "newcomer", "hire", "leadership"])


def ongoing_uncounted(toks: list[Tok], trig: Trigger, obj_end: int, start: int) -> bool:
    """'OpenAI and DeepMind are losing engineers to Anthropic': a progressive verb and a group
    nobody counts or places is a trend told, not a raid ('is poaching dozens of experts', 'is
    hiring Google DeepMind researchers' are raids)."""
    k = trig.start - 1
    while k > 0 and toks[k].lab:
        k -= 1  # "Why is Google DeepMind losing AI talent?": the auxiliary before the subject
    if k < 0 or toks[k].lower not in {"is", "are"}:
        return False
    if not trig.phrase.split()[0].endswith("ing"):
        return False
    obj = toks[trig.end : obj_end]
    cut = next((m for m, t in enumerate(obj) if t.text in OBJECT_STOPS), len(obj))
    obj = obj[:cut]  # "Losing AI Talent? (June 2026)": the date is no count
    if any(t.lab for t in obj) or (obj_end < len(toks) and toks[obj_end].lower == "from"):
        return False  # "is hiring Google DeepMind researchers", "... engineers from Meta"
    # "Why is X losing its top talent?": asked about, the lab's best people are still a trend
    definite = EXPLAINED_GROUP if explainer(toks, start) else DEFINITE_GROUP
    return not any(t.lower in definite or t.lower[:1].isdigit() for t in obj)


# Verbs a gerund phrase may be the subject of ("Meta poaching AI talent makes sense").
JUDGING = word_set(
    """is was are were isn't wasn't makes made shows showed means meant could would will won't
    may might signals sparks"""
)
# Relative pronouns: after a gerund's object they open its own clause ("researchers who are
# unhappy"); before a name, what a group did (described_work).
RELATIVES = word_set("who that which")
# Nouns after a hiring gerund that make it many hires over time ("Anthropic's hiring spree").
SPREES = word_set("spree sprees binge blitz frenzy")
TOPIC_WORDS = word_set("on about over")  # what one talks about: "X on Meta poaching talent"


def judged_activity(toks: list[Tok], trig: Trigger, j: int, end: int) -> bool:
    """'Meta poaching AI talent makes sense', 'Microsoft hiring Inflection staff was the right
    call', 'Hassabis on Meta poaching AI researchers': a lab's bare gerund (no auxiliary: 'Meta
    is poaching ...' is told as it happens) of people in general, whose phrase is the subject of
    a later verb or what one talks about, is an activity judged; 'Why OpenAI hiring Anthropic's
    safety lead signals ...' judges one hire, a move."""
    if j != trig.start - 1 or not trig.phrase.split()[0].endswith("ing"):
        return False
    if j and toks[j - 1].lower in TOPIC_WORDS:
        return uncounted_people(toks[trig.end : end])  # "Hassabis on Meta poaching talent"
    for k in range(trig.end, end):
        if toks[k].lower in RELATIVES:
            return False  # "... researchers who are unhappy": the verb is the clause's own
        if toks[k].lower in JUDGING:
            return uncounted_people(toks[trig.end : k])
    return False


def uncounted_people(obj: list[Tok]) -> bool:
    """A group's word and no one in particular: no name, post, count or article ('AI talent',
    'OpenAI staff'; not 'a top Palantir executive', 'three engineers')."""
    if any(t.person or t.lower in DEFINITE_GROUP or t.text.isdigit() for t in obj):
        return False
    if any(t.lower in ROLE_WORDS and t.lower not in GROUP_WORDS for t in obj):
        return False
    return any(t.lower in GROUP_WORDS for t in obj)


def explainer(toks: list[Tok], start: int) -> bool:
    """Whether the clause asks or explains why or how ('Why is X losing AI talent?', 'Why
    Apple employees are leaving for OpenAI'): a trend explained, whose examples are no news."""
    return start < len(toks) and toks[start].lower in {"why", "how"}


def counted(toks: list[Tok], k: int) -> bool:
    """A number or a count word at k ('24', 'two dozen')."""
    return k < len(toks) and (toks[k].text.isdigit() or toks[k].lower in COUNT_WORDS)


def lab_object_trap(tagged: Tagged, trig: Trigger, obj_end: int, end: int) -> str | None:
    """Why a lab's hiring or firing verb moves nobody: a firm, a job opening, a board seat."""
    toks = tagged.toks
    if trig.kind in ("hire", "appoint", "raid"):
        return (
            firm_object(tagged, trig.end, obj_end, end)
            or job_opening(toks, trig.start, end, trig.phrase)
            or hiring_drive(toks, trig.end, end, trig.kind, trig.phrase)
            or seat_object(tagged, trig.end, end, trig.kind)
        )
    if trig.kind == "return":  # "reinstates X as a board member": a seat given back
        return seat_object(tagged, trig.end, end, "appoint")
    if trig.kind in ("leave", "fire"):
        return seat_object(tagged, trig.end, end, trig.kind) or post_missing(
            toks, trig.end, end, trig.phrase
        )
    return None


# Participles before "by" that name who founded the company a group leaves, not one of them.
FOUNDED_BY = word_set("founded co-founded cofounded established started created launched formed")


def group_member(summary: Tagged, hirers: frozenset[str] = frozenset()) -> str | None:
    """The first person a summary names who may be one of a group that moved: not whom they
    join ("will join Suleyman's unit", "report to X"), nor the one doing the hiring ("X has been
    recruiting former colleagues", or the headline's subject: "X personally hires 24
    engineers"); a leader "led by X" may be one."""
    toks = summary.toks
    for n, (start, end, name) in enumerate(summary.people):
        if toks[end - 1].poss or (start and toks[start - 1].lower in HOSTS_BEFORE):
            continue
        if name in hirers or tells_news(summary, n) or bystander(toks, start, end):
            continue  # "..., Elon Musk said.", "hosted by X": who tells or asks of the move
        if hirer(toks, end):
            continue
        if start > 1 and founded_by(toks, start, FOUNDED_BY):
            continue  # "five founding members of X, the startup established by Y": X's founder
        if described_work(toks, start):
            continue  # "researchers who contributed to X's success": what the group did
        return name
    return None


# Words that name a group's members in a relative clause ("who include X").
MEMBER_WORDS = word_set("include includes included including among is was are were")
CLAUSE_ENDS = frozenset([",", ".", ";", ":", "|", "(", ")"])
RELATIVE_REACH = 11  # words from the pronoun to the name ("who contributed to the model's ...")


def described_work(toks: list[Tok], start: int) -> bool:
    """Whether the name at start stands in a relative clause telling what the group did
    ('... who worked on X', '... that built X'), with no word naming a member ('who include
    X') between the pronoun and the name."""
    for k in range(start - 1, max(-1, start - RELATIVE_REACH - 1), -1):
        word = toks[k].lower
        if word in CLAUSE_ENDS or word in MEMBER_WORDS:
            return False
        if word in RELATIVES:
            return True
    return False


# Words that may stand between the names of a list ("A, B, and C").
LIST_JOINS = frozenset([",", "and"])


def members_listed(summary: Tagged) -> bool:
    """'hired A, B and C', 'founders — A, B, and C —', 'lead A, designer B, and researcher C'
    (a role before each): three or more names in one list, each perhaps after its role, are a group's members told
    together (LABELLING.md: a group's move has person null); one or two names are the mover
    the article singles out."""
    toks, run, last = summary.toks, 1, -1
    for start, end, _ in summary.people:
        between = toks[last:start] if last >= 0 else []
        while between and between[-1].lower in ROLE_WORDS:
            between = between[:-1]  # "..., designer B": the member's role
        run = run + 1 if between and all(t.lower in LIST_JOINS for t in between) else 1
        if run >= 3:
            return True
        last = end
    return False


def summary_origin(summary: Tagged, lab: str | None) -> str | None:
    """'Halvorsen joins from Google DeepMind': the lab an appointee comes from, when the summary
    says 'from <lab>' (not the appointing lab itself)."""
    toks = summary.toks
    for k in range(len(toks) - 1):
        if toks[k].lower == "from" and any(t.lower in ARRIVALS for t in toks[max(0, k - 3) : k]):
            m = k + 2 if toks[k + 1].lower == "the" and k + 2 < len(toks) else k + 1
            frm = ended_org(toks, m, len(toks))  # or "from Kestrel Labs", on no list
            if frm and frm != lab:
                return frm
    return None


# What a lab pays for besides the people ("$900 million on Acme tech and hiring its CEO").
ASSETS = word_set("tech technology technologies patents chips startup")


def asset_owner(toks: list[Tok], j: int, trig: Trigger) -> str | None:
    """'Nvidia drops $900M on Kestrel tech and hiring its CEO': the company, on no list too,
    named right before the technology the lab pays for in the clause before 'its <role>'."""
    if toks[trig.end].lower != "its":
        return None
    for k in range(j + 2, trig.start):
        if toks[k].lower not in ASSETS:
            continue
        first = k
        while (
            first > j + 1 and toks[first - 1].text[:1].isupper() and toks[first - 1].text.isalpha()
        ):
            first -= 1
        while first < k and toks[first].lower in NON_NAME_WORDS:
            first += 1  # "On Kestrel Tech": the title case's preposition
        owner = toks[first:k]
        if owner and not any(t.person for t in owner):
            return owner[0].lab or " ".join(t.text for t in owner)
    return None


def hirer(toks: list[Tok], end: int) -> bool:
    """'X, himself a co-founder, has been recruiting former colleagues': the person before a
    hiring verb in the same sentence hired the group; 'among the hires' is a noun."""
    for k in range(end, min(len(toks), end + 12)):
        word = toks[k].lower
        if word == "." or toks[k].person:
            return False
        before = toks[k - 1].lower
        passive = word.endswith("ed") and before in PASSIVE_BEFORE
        if word in HIRING_VERBS and before not in NOUN_BEFORE and not passive:
            return True
    return False


def epithet(toks: list[Tok], start: int, end: int) -> bool:
    """An object whose head calls a person by a nickname: a lower-case word in quotes
    ("lands AI 'prodigy'", not "lands 'historic' deal") or a word that only ever means a gifted
    person ('wunderkind')."""
    words = [k for k in range(start, end) if toks[k].text.isalpha()]
    if not words:
        return False
    head = words[-1]
    if toks[head].lower in EPITHETS or any(titled_epithet(toks, k) for k in words):
        return True
    quoted = head > start and toks[head - 1].text in QUOTES  # the closing quote may be eaten
    return quoted and toks[head].text.islower()


# "a key figure", "another big name": a notable person the headline does not name, when the
# noun ends the object ("big name partners", "key figures show" are not people).
NOTABLE = word_set("key top big leading major prominent high-profile famous noted")
NOTABLE_NOUNS = word_set("figure name")
OBJECT_CLOSERS = word_set("from in to for as at of with")


def notable_person(toks: list[Tok], start: int, end: int) -> int:
    """Where an object 'a key figure (from X)' / 'another big name (in AI)' ends: the index
    after its noun, which has a word of note before it and ends the noun phrase; 0 if none."""
    for k in range(start + 1, min(end, start + 4)):
        if toks[k].lower in NOTABLE_NOUNS and toks[k - 1].lower in NOTABLE:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is None or not nxt.text.isalpha() or nxt.lower in OBJECT_CLOSERS:
                return k + 1
            return 0
    return 0


# Titles that make a field's leading person ("Prince of Deep Learning", "the Father of AI").
EPITHET_TITLES = word_set("prince princess king queen father mother guru wizard")


def titled_epithet(toks: list[Tok], k: int) -> bool:
    """A title before 'of' and a field: "hires Prince of Deep Learning"."""
    return toks[k].lower in EPITHET_TITLES and k + 1 < len(toks) and toks[k + 1].lower == "of"


def lab_raid(
    toks: list[Tok], trig: Trigger, target: str, lab: str | None, obj_end: int, end: int
) -> bool:
    """'Microsoft raids Google DeepMind for talent': a raid on a lab is on its people, when the
    rest of the clause names them (talent, staff, engineers ...)."""
    if trig.kind != "raid" or target == lab:
        return False
    return any(t.lower in GROUP_WORDS or t.lower in ROLE_WORDS for t in toks[obj_end:end])


def listed_from(toks: list[Tok], obj_end: int, end: int, lab: str | None) -> str | None:
    """'Meta hires Jason Wei, Hyung Won Chung from OpenAI': after a list of people hired, the
    lab that 'from' names (not past another verb or a purpose: 'to boost ...')."""
    for k in range(obj_end, min(end - 1, obj_end + 8)):
        word = toks[k].lower
        if word == "from" and toks[k + 1].lab and toks[k + 1].lab != lab:
            return toks[k + 1].lab
        if word not in {",", "and", "&", "with"} and not toks[k].person:
            return None
    return None


def from_named(toks: list[Tok], start: int, end: int, lab: str | None) -> str | None:
    """The lab right after a 'from' in tokens [start, end), other than `lab`."""
    for k in range(start, end - 1):
        if toks[k].lower == "from" and toks[k + 1].lab and toks[k + 1].lab != lab:
            return toks[k + 1].lab
    return None


def from_group(toks: list[Tok], start: int, end: int, lab: str | None) -> str | None:
    """'hires engineers from Apple for its device team': the lab right after 'from' that
    follows the group hired."""
    for k in range(start, min(end - 1, start + 6)):
        if toks[k].lower == "from":
            frm = ended_org(toks, k + 1, end)  # or "from Kestrel Labs", on no list
            return frm if frm != lab else None
    return None


# A platform's audience as often as its staff: "lures developers with a free tier" courts
# users; "hires developers" takes on staff.
AUDIENCES = frozenset(["developers", "creators"])
PLAIN_HIRING = frozenset(["hires", "hire", "hired", "hiring"])


def group_noun(word: str, trig: Trigger) -> bool:
    """A group of people hired: 'engineers', 'staff'; 'developers' after a plain hiring verb."""
    return word in GROUP_WORDS or (word in AUDIENCES and trig.phrase in PLAIN_HIRING)


def trend(
    tagged: Tagged,
    summary: Tagged,
    trig: Trigger,
    start: int,
    end: int,
    lab: str | None,
    other: str | None,
) -> bool:
    """'Meta keeps poaching engineers': a group hired again and again is a trend; a headline's
    'continues to hire engineers from Apple' is news of a raid on a named lab."""
    toks = tagged.toks
    if not any(t.lower in HABITUAL for t in toks[start : trig.start]):
        return False
    if tagged is summary:
        return True
    return other in (None, lab) and not from_group(toks, trig.end, end, lab)


TEAM_REACH = 3  # "Untether AI engineering team": words from the company to the team


def team_company(toks: list[Tok], start: int, end: int, lab: str | None) -> str | None:
    """'hires former Untether AI engineering team': the company on no list (its name ending as
    companies' do) right before the team hired is where the team comes from."""
    k = next((k for k in range(start, min(end, start + 3)) if toks[k].text[:1].isupper()), -1)
    org = ended_org(toks, k, end) if k >= 0 else None
    if not org or org == lab:
        return None
    m = k + len(org.split())
    return org if any(t.lower == "team" for t in toks[m : min(end, m + TEAM_REACH)]) else None


def product_maker(toks: list[Tok], start: int, end: int, lab: str | None) -> str | None:
    """'hires key Claude Code developers', 'nabs architects of Gemini': people named by the
    product they built come from its maker."""
    for k in range(start, min(end, start + 7)):
        word = toks[k].lower
        if word in OBJECT_END and word != "of":
            return None
        maker = PRODUCT_LABS.get(word) if toks[k].text[:1].isupper() else None
        if maker and maker != lab:
            return maker
    return None


def talent_only(toks: list[Tok], start: int, end: int) -> bool:
    """'top AI talent': the only group word is 'talent', which may be one person or several;
    no count ('three', '4') says it is several."""
    groups = [t.lower for t in toks[start:end] if t.lower in GROUP_WORDS]
    counted = any(t.text.isdigit() or t.lower in COUNT_WORDS for t in toks[start:end])
    return groups == ["talent"] and not counted


def talent_person(tagged: Tagged, summary: Tagged, obj_end: int, end: int) -> str | None:
    """Who 'talent' is: a person right after 'with' ('lands top talent with X'), or the one
    person the summary names as the mover (not the hirer, an owner or whom they report to)."""
    toks = tagged.toks
    if obj_end < end and toks[obj_end].lower == "with":
        named = next((n for s, _, n in tagged.people if s == obj_end + 1), None)
        if named:
            return named
    movers = [
        n
        for s, e, n in summary.people
        if not summary.toks[e - 1].poss
        and not (s and summary.toks[s - 1].lower in {"by", "from", "under", "to", "of"})
        and not hirer(summary.toks, e)
        and not (s > 1 and founded_by(summary.toks, s, FOUNDED_BY))
        and not bystander(summary.toks, s, e)
    ]
    return movers[0] if len(set(movers)) == 1 else None


def summary_mover(summary: Tagged, kind: str) -> str | None:
    """The summary's person for a lab's hire of someone unnamed, unless that person is the one
    hiring ('Zuckerberg has poached a senior OpenAI researcher')."""
    person = summary_person(summary, kind)
    if person is None or kind not in ("raid", "hire"):
        return person
    end = next((e for _, e, n in summary.people if n == person), 0)
    return None if end and hirer(summary.toks, end) else person


def lab_staff(toks: list[Tok], start: int, end: int) -> bool:
    """'hires key Claude Code developers': developers or creators right after a lab (or its
    product) are its staff; 'lures developers with a free tier' are customers."""
    return any(toks[k].lower in MAKER_STAFF and toks[k - 1].lab for k in range(start + 1, end))


POST_GIVEN = frozenset(["as", "to"])


def director_seat(toks: list[Tok], trig: Trigger, end: int, summary: Tagged) -> str | None:
    """'Acme appoints X as Director' + '... to its board of directors': a director's seat
    (jobs/language/traps.py bare_director), told by the headline or by the summary."""
    if trig.kind not in ("hire", "appoint") or "as" not in [t.lower for t in toks[trig.end : end]]:
        return None
    told = ("board" in summary.lowers or "directors" in summary.lowers) and seat_told(summary)
    return bare_director(toks, trig.end, end, told)


def seat_in_summary(toks: list[Tok], trig: Trigger, end: int, summary: Tagged) -> bool:
    """'OpenAI recruits former NSA chief' + 'X has joined its board of directors': a hire whose
    headline gives no post ('as CTO', 'to lead ...') and whose summary's first sentence tells a
    board seat ('promotes X and Y to co-CEO' + '... vice chair of the board': a post given)."""
    if "board" not in summary.lowers and "director" not in summary.lowers:
        return False  # every seat phrase of seat_told has one of them
    if not POST_GIVEN.isdisjoint([t.lower for t in toks[trig.end : end]]):
        return False
    return seat_told(summary)


def lab_subject_event(
    tagged: Tagged,
    summary: Tagged,
    trig: Trigger,
    j: int,
    start: int,
    end: int,
    ext: Extraction,
    named_lab: str | None = None,
) -> Event | None:
    """hires / poaches / fires / names / brings back / loses: the lab stands before (or
    named_lab, the lab a common noun before the verb stands for: 'the AI giant')."""
    toks = tagged.toks
    lab = named_lab or toks[j].lab or lab_between(toks, max(start, j - 4), j + 1)
    if not lab and toks[j].lower == "board":
        lab = lab_between(toks, trig.end, end)  # "Board ousts Stability AI CEO X"
    obj_end = min(end, trig.end + 9)
    for k in range(trig.end + 1, obj_end):
        if toks[k].text == "," and toks[k - 1].lab and k + 1 < end and toks[k + 1].lab:
            continue  # "names former Amazon, Microsoft executive as CEO": a list of companies
        if toks[k].lower in OBJECT_END and not toks[k].lab:  # not "Allen Institute for AI"
            if toks[k].lower == "over" and counted(toks, k + 1):
                continue  # "hires over 24 engineers": a head count, not the object's end
            obj_end = k
            break
    trap = lab_object_trap(tagged, trig, obj_end, end)
    if trap:
        ext.reasons.append(trap)
        # a seat, told again below
        ext.final = trap == seat_object(tagged, trig.end, end, trig.kind)
        return None
    director = director_seat(toks, trig, end, summary)
    if director:
        ext.reasons.append(director)
        ext.final = True
        return None
    if trig.kind == "hire" and seat_in_summary(toks, trig, end, summary):
        ext.reasons.append(f"'{trig.phrase}' takes on a board member, as the summary tells")
        ext.final = True
        return None
    person = hired_person(tagged, trig.end, obj_end) or role_holder(tagged, trig.end, obj_end)
    if person is None and judged_activity(toks, trig, j, end):
        ext.trend = True  # nor are the summary's unnamed hires the news
        ext.reasons.append(f"'{toks[j].text} {trig.phrase} ...' is the activity judged, no move")
        return None
    if (
        person
        and trig.phrase in NAMING_VERBS
        and not any(
            t.lower in ROLE_WORDS or t.lower in POST_WORDS or t.lower in LEAD_VERBS
            for t in toks[trig.end : end]
        )
    ):
        ext.reasons.append(f"'{trig.phrase} {person}' gives no role: a mention, not an appointment")
        return None
    role = any(
        t.lower in ROLE_WORDS or t.lower in NEWCOMERS or group_noun(t.lower, trig)
        for t in toks[trig.end : obj_end]
    )
    role = role or lab_staff(toks, trig.end, obj_end)
    if (
        not person
        and not role
        and trig.kind in ("hire", "raid")
        and epithet(toks, trig.end, obj_end)
    ):
        # "Xiaomi lands AI 'prodigy'": a person called by a nickname; the summary names them
        mover = summary_person(summary)
        if mover:
            return Event(mover, "join", lab_between(summary.toks, 0, len(summary.toks), lab), lab)
    if not person and not role and trig.kind in ("hire", "raid"):
        noted = notable_person(toks, trig.end, obj_end)
        if noted:  # 'steals a key figure from Intel', 'adds another big name': the summary's
            named = summary.people[0][2] if summary.people else None  # first name is the one
            return Event(named, "join", lab_between(toks, noted, end, lab), lab)
    if not person and not role:
        nxt = toks[trig.end] if trig.end < end else None
        if nxt is not None and nxt.lab and lab_raid(toks, trig, nxt.lab, lab, obj_end, end):
            ext.group = True  # "raids Google DeepMind for talent": staff nobody names
            return Event(None, "poach", nxt.lab, lab)
        if nxt is not None and nxt.lab and not nxt.poss:
            ext.reasons.append(
                f"'{trig.phrase}' has a company ({nxt.lab}) as its object, not a person"
            )
        elif nxt is not None and nxt.lower in SPREES:
            ext.trend = True  # nor is the summary's head count ("by hiring 13 people") a raid
            ext.reasons.append(f"'{trig.phrase} {nxt.text}' is hires over time, a trend")
        else:
            ext.reasons.append(f"'{trig.phrase}' has no person as its object")
        return None
    plural = any(group_noun(t.lower, trig) for t in toks[trig.end : obj_end])
    plural = plural or lab_staff(toks, trig.end, obj_end)
    if (
        person is None
        and plural
        and talent_only(toks, trig.end, obj_end)
        and not explainer(toks, start)
    ):
        person = talent_person(tagged, summary, obj_end, end)
        plural = person is None  # "lands top AI talent with X": one person's hire
    ext.group = person is None and plural
    # "hires xAI co-founder X from OpenAI": the 'from' says where X comes from; the lab in
    # the description may be a title kept for life (a co-founder's)
    other = from_named(toks, trig.end, obj_end, lab) or lab_between(toks, trig.end, obj_end, lab)
    other = other or org_before_role(toks, trig.end, obj_end) or org_of_role(toks, trig.end, end)
    other = other or listed_from(toks, obj_end, end, lab)
    other = other or (apposed_lab(toks, obj_end, end, lab) if person else None)
    if ext.group and trend(tagged, summary, trig, start, end, lab, other):
        ext.reasons.append(f"'{trig.phrase}' describes a trend (keeps, continues), not one move")
        return None
    if ext.group and ongoing_uncounted(toks, trig, obj_end, start):
        ext.trend = True  # "are losing engineers to Anthropic": nor is the summary's raid one
        ext.final = explainer(toks, start)  # "Why is X losing talent?": nor the summary's moves
        ext.reasons.append(f"'{trig.phrase}' people in general, ongoing, is a trend, not a raid")
        return None
    # a group's summary names a mover, not whom they join ("will join Suleyman's unit"),
    # unless it lists the whole group ("hired A, B and C"): then it is nobody's own move
    if not person and ext.group and not members_listed(summary):
        hirers = frozenset(n for s, _, n in tagged.people if start <= s < trig.start)
        person = group_member(summary, hirers)
    if not person and not ext.group:  # "... — X spent a decade there": the headline's
        person = dash_subject(tagged, trig.end) or summary_mover(summary, trig.kind)
    other = other or from_group(toks, trig.end, end, lab) or product_maker(toks, trig.end, end, lab)
    other = other or team_company(toks, trig.end, obj_end, lab)
    if not other and trig.end < end and toks[trig.end].lower in BARE_OBJECT_START:
        # "Meta invests in Scale AI, hires CEO X": the bare role is at the lab named before
        other = lab_between(toks, j + 1, trig.start, skip=lab) or asset_owner(toks, j, trig)
    if trig.kind == "leave":  # "OpenAI loses X to Meta", "Meta parts ways with X"
        dest = destination(toks, trig.end, end, lab)
        if dest and person is None and ext.group and dest[0] == "join" and dest[1]:
            return Event(None, "poach", lab, dest[1])  # "losing engineers to Meta": a raid
        if dest:
            return Event(person, dest[0], lab, dest[1] or None)
        return Event(person, "leave", lab, None)
    if trig.kind == "fire":
        return Event(person, "fired", lab, None)
    if trig.kind == "return":
        return Event(person, "return", other, lab)
    if trig.kind == "appoint":
        lab = owned_post(toks, obj_end, end, lab)  # "CSIRO names X as Data61's new boss"
        other = other or summary_origin(summary, lab)
        return Event(person, "join" if other else "appointed", other, lab)
    series = any(t.lower == "another" for t in toks[trig.end : obj_end])
    if person is None and (plural or (trig.kind == "raid" and (not role or series))):
        return Event(None, "poach", other, lab)  # a group nobody names, or "another": a raid
    # "poaches Microsoft executive": one person, unnamed, hired from a rival
    other = other or summary_origin(summary, lab)
    if other is None and trig.phrase in PICKING:
        return Event(person, "appointed", None, lab)  # "taps X as CTO": a pick, as "names X"
    return Event(person, "join", other, lab)


def owned_post(toks: list[Tok], obj_end: int, end: int, lab: str | None) -> str | None:
    """The unit whose post the one named takes ('CSIRO names X as Data61's new boss', 'Acme
    names X as Initech's CEO'): the owner after 'as' heads the post, where X goes; else the
    lab that names them."""
    k = obj_end + 1
    if k + 1 >= end or toks[obj_end].lower != "as" or not toks[k].poss:
        return lab
    unit = toks[k].lab
    if unit is None or unit == lab:
        return lab
    k += toks[k + 1].lower == "new"
    return unit if k + 1 < end and toks[k + 1].lower in ROLE_WORDS else lab


def role_holder(tagged: Tagged, k: int, obj_end: int) -> str | None:
    """The person an apposition after the object names when the object is a role ("hires
    Meta's head of product, Oren Halevi"): the role's holder is the one hired."""
    toks = tagged.toks
    if obj_end >= len(toks) or toks[obj_end].text != ",":
        return None
    if not any(t.lower in ROLE_WORDS for t in toks[k:obj_end]):
        return None
    if any(t.person or t.lower in GROUP_WORDS or t.text.isdigit() for t in toks[k:obj_end]):
        return None  # a person named already, or a group ("three engineers, X says")
    for s, e, name in tagged.people:
        if s == obj_end + 1:
            # "..., Oren Halevi says": who tells it, not who is hired
            return None if e < len(toks) and toks[e].lower in SPEAKING else name
    return None


# Words that may open an apposition before its lab ("X, a former Meta researcher,").
APPOSITION_OPENERS = frozenset(["a", "an", "the", "former", "ex", "longtime"])


def apposed_lab(toks: list[Tok], obj_end: int, end: int, lab: str | None) -> str | None:
    """The lab of a post told in an apposition after the person hired ("names X, Meta's head
    of product, as CTO", "hires X, a former Meta researcher"): where X comes from."""
    if obj_end >= end or toks[obj_end].text != ",":
        return None
    k = obj_end + 1
    while k < end and toks[k].lower in APPOSITION_OPENERS:
        k += 1
    other = toks[k].lab if k < end else None
    if not other or other == lab:
        return None
    return other if any(t.lower in ROLE_WORDS for t in toks[k + 1 : min(end, k + 4)]) else None
