"""AI posts at organisations on no lab list: a bank, a newspaper, a carmaker, a consultancy or
a government department naming its chief AI officer, head of AI or AI director is a move in AI
news as a lab's hire is, with the organisation as the headline names it as `to`.

The same notion of an AI post as the government's (jobs/language/public_posts.py: an AI word
beside a post word), asked of any organisation that opens the clause and hands the post out
itself ("HSBC names first chief AI officer", "Lloyds Bank hires first ever AI director",
"Acme promotes X to global head of generative AI", "Acme's new chief AI officer"). A trend
("Banks rush to hire chief AI officers", "Why every company needs a chief AI officer"), a job
opening ("Acme is hiring a head of AI"), plural posts, a seat on a board or council, and posts
that are not AI posts stay no moves.
"""

from __future__ import annotations

from jobs.language.endpoints import predecessor_at, successor_at, summary_person
from jobs.language.hirers import FRONTING, SAYING
from jobs.language.lexicon import AI_WORDS, NON_NAME_WORDS, ORG_ENDINGS, ROLE_WORDS, word_set
from jobs.language.people import Tagged, Tok
from jobs.language.public_posts import (
    FORMER,
    GOVERNMENT_WORDS,
    GOVERNMENTS,
    clause_end,
    department_name,
    object_name,
)
from jobs.language.staff_change import FILLING
from jobs.language.tokens import HONORIFICS, first_sentence_end
from jobs.language.triggers import Event, past_description
from jobs.language.unlisted import name_text
from jobs.vocabulary import Action

# The words that make a post an AI post: the government's, and generative AI.
AI_POST_WORDS = AI_WORDS | word_set("genai generative")
# Singular nouns and verbs of a post at an organisation ("chief AI officer", "AI lead", "head
# of responsible AI", "to oversee AI initiatives").
POST_NOUNS = word_set(
    """officer head chief director lead leader scientist boss czar tsar executive vp oversee
    provost govern spearhead"""
)
# Plural posts and seats are no one's move ("hires chief AI officers", "AI advisory board").
NOT_ONE_POST = word_set(
    """officers heads chiefs directors leads leaders scientists executives board council
    committee advisory adviser advisor advisers advisors panel"""
)
# Verbs with which an organisation gives someone a post; hiring brings them from outside.
GIVING = word_set(
    """names named appoints appointed taps tapped picks picked selects selected promotes
    promoted hires hired elevates elevated"""
)
HIRING = word_set("hires hired")
# Words that may open the post after the verb ("names its first-ever chief AI officer").
POST_LEADS = word_set("its a an the first first-ever ever new inaugural")
# Objects that are firms engaged, not people given a post ("hires consultancy to lead AI").
FIRM_WORDS = word_set(
    """firm firms agency agencies consultancy consultancies consultants consultant startup
    vendor vendors partner partners contractor contractors"""
)
# Words that open a clause otherwise than with a name ("Why Every Company Names ...").
STOP = word_set(
    """a an and or of in on at to for by why how what when where who which every each all some
    many most more other these those this that its their our your will can should could would
    does do did is are was were here there as if whether"""
)
# Last words that make a run the tagger took for a person's name an organisation's ("Lloyds
# Bank", "Mayo Clinic", a local government's "Acme County"); a bare name ("Morgan Stanley
# names ...") may be a person appointing.
TAILS = ORG_ENDINGS | word_set(
    """bank banking group clinic company corp corporation department times holdings hospital
    health university institute ministry agency bancorp financial insurance partners journal
    media post airlines motors state college office county city"""
)
# US states whose names are two words, which the tagger reads as a person's given name and
# surname ("North Carolina appoints ..."): a state's government hands out the post.
TWO_WORD_STATES = frozenset(
    [
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
    ]
)
# A US state as the press writes it after a city ("Louisville, Ky., appoints ...", "Gilbert,
# Ariz., names ...", "Louisville, Kentucky, has appointed ..."): the AP's abbreviations and the
# states' one-word names, lower-cased.
US_STATES = word_set(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn vt va wash wis wyo alabama alaska arizona arkansas california
    colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas
    kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
    virginia washington wisconsin wyoming"""
)
# Lower-case words inside an organisation's name ("Department of Justice", "Bank & Trust").
JOINERS = word_set("of &")
# Clause openers: the organisation must open its clause ("Exclusive: HSBC names ...", "In AI
# we trust? Acme names ...": a question or an exclamation before it is a sentence of its own).
OPENERS = frozenset([":", "|", ";", "?", "!"])
# Words of a summary that report the post given ("has appointed", "has named", "announced X
# as"): an "<Org>'s new chief AI officer" headline is an appointment only with one of them.
REPORTING = word_set(
    """appointed appoints appointing named names naming hired hires hiring promoted promotes
    promoting announced welcomed tapped picked selected"""
)
APPOINTMENT_NOUNS = word_set("appointment hire hiring")
ROLE_NOUNS = ("role", "post", "position")
ROLES = frozenset(ROLE_NOUNS)
# The words an AI post is written with ("chief artificial intelligence officer", "head of AI").
POST_SPAN = POST_NOUNS | AI_POST_WORDS | word_set("of intelligence")
# (built once, not at each word the scans look at)
POST_NOUN_OR_ROLE = POST_NOUNS | ROLE_WORDS
POST_SPAN_OR_ROLE = POST_SPAN | ROLE_WORDS


def may_name_org_post(words: set[str] | list[str]) -> bool:
    """Whether a headline's lower-case words may give an AI post (a cheap pre-check)."""
    return not AI_POST_WORDS.isdisjoint(words) and not POST_NOUNS.isdisjoint(words)


def may_give_post(title: list[str], summary: list[str]) -> bool:
    """Whether a headline may give an AI post ('names first chief AI officer'), leave the post
    to the summary ('promotes X to new role'), or be an AI headline whose summary may give one
    ('HSBC bets big on AI' + 'HSBC has appointed its first chief AI officer'): cheap checks
    on lower-case words, in one call per headline."""
    if AI_POST_WORDS.isdisjoint(title):
        return not GIVING.isdisjoint(title) and "new" in title and not ROLES.isdisjoint(title)
    if not PLURAL_POSTS.isdisjoint(title) and not GIVING.isdisjoint(title):
        return True  # "names new leaders to AI roles" + the summary's appointee: group_posts
    if not EXPANDING.isdisjoint(title) and not ROLES.isdisjoint(title):
        return True  # "expands CIO role to include AI": expanded_role
    return not POST_NOUNS.isdisjoint(title) or may_name_org_post(summary)


def may_give_person(title: list[str], summary: list[str]) -> bool:
    """Whether a headline that names a person may give them a post its summary says is an AI
    post, or at an organisation about AI ('FDA appoints X' + 'X as its chief AI officer'):
    the pre-check of person_given, for headlines may_give_post lets by."""
    return not GIVING.isdisjoint(title) and not AI_WORDS.isdisjoint(summary)


def may_need_summary(title: list[str], summary: list[str]) -> bool:
    """Whether an AI headline's summary may report a post given (classify reads it then): 'has'
    and a verb of giving, or the noun of an appointment ("Acme's appointment of X as ...")."""
    if AI_POST_WORDS.isdisjoint(title):
        return False
    words = set(summary)
    if "appointment" not in words and ("has" not in words or GIVING.isdisjoint(words)):
        return False
    return may_name_org_post(words)


def org_post_event(title: Tagged, summary: Tagged) -> Event | None:
    """'HSBC names first chief AI officer', 'Acme appoints X as global head of AI', 'Acme's new
    chief AI officer ...': an AI post given by the organisation that opens the clause."""
    toks = title.toks
    for k, tok in enumerate(toks):
        low = tok.lower
        if (low not in GIVING and low not in EXPANDING and not tok.poss) or asked(toks, k):
            continue  # "Does every bank need a chief AI officer?": a question
        if low in GIVING:
            event = given_post(title, summary, k)
        elif low in EXPANDING:
            event = expanded_role(title, summary, k)
        else:
            event = possessive_post(title, summary, k)
        if event:
            return event
    if not summary.toks or any(t.text == "?" for t in toks):
        return None  # a question's summary answers it, it tells no news
    return summary_report(title, summary) or owned_appointment(title, summary)


# Verbs that widen a post someone holds ("Denver expands CIO role to include AI", "Denver
# CIO's role expanded to be first CAIO"): AI added to it makes an AI post, given.
EXPANDING = word_set("expands expanded widens widened broadens broadened")
ROLE_HOLDERS = POST_NOUN_OR_ROLE | word_set("cio cdo ciso caio cdao")


def expanded_role(title: Tagged, summary: Tagged, k: int) -> Event | None:
    """'<Org> expands <post> role to include AI', '<Org> <post>'s role expanded to be its
    first CAIO': a holder's post widened to an AI post is an appointment to it, at the
    organisation opening the clause; the holder is the summary's ('with X's role expanded
    ...', 'X will serve as ...'). A role widened to anything else is no AI news."""
    toks = title.toks
    end = clause_end(toks, k)
    if k >= 2 and toks[k - 1].lower == "role" and toks[k - 2].poss:
        org = organisation_before(toks, k - 2)  # "Denver CIO's role expanded ..."
        after = k + 1
    else:
        org = organisation_before(toks, k)
        role = next((m for m in range(k + 1, end) if toks[m].lower in ROLES), -1)
        after = role + 1 if role > k + 1 and toks[role - 1].lower in ROLE_HOLDERS else -1
    if org is None or after < 0:
        return None
    lowers = [t.lower for t in toks[after:end]]
    if AI_POST_WORDS.isdisjoint(lowers) and "caio" not in lowers:
        return None
    holder = widened_holder(summary) or summary_appointee(summary, org)
    return Event(holder, "appointed", None, fuller_org(summary, org))


def widened_holder(summary: Tagged) -> str | None:
    """'with X's role expanded from CIO to Chief AI and Information Officer': the person whose
    role the summary widens."""
    toks = summary.toks
    for _, e, name in summary.people:
        if (
            toks[e - 1].poss
            and e + 1 < len(toks)
            and toks[e].lower in ROLES
            and toks[e + 1].lower in EXPANDING
        ):
            return name
    return None


# Breaks after which a second verb goes on with the headline's subject ("Acme Makes Bold Move —
# Appoints ...", "Acme merges two schools, names ..."): a comma, or a dash (a bar after
# clean_text).
SECOND_VERB_BREAKS = frozenset([",", "|"])
SUBJECT_REACH = 4  # words of the subject's name before its first verb


def shared_subject(toks: list[Tok], k: int) -> str | None:
    """The organisation opening the headline whose second verb, after a comma or a dash, is the
    verb of giving at k ('Memories.ai Makes Bold Move — Appoints ...', 'UNC Merges Two
    Schools, Names New AI Vice Provost'): the name before the headline's first verb, a word
    ending in 's' right after a name that opens it."""
    if k < 3 or toks[k - 1].text not in SECOND_VERB_BREAKS:
        return None
    for v in range(1, min(k - 1, SUBJECT_REACH + 1)):
        if present_verb(toks[v]):
            return organisation_before(toks, v) if run_start(toks, v) == 0 else None
    return None


def present_verb(tok: Tok) -> bool:
    """A word that may be a verb in the present's third person ('Makes', 'merges'): ending in
    's', no name's, no organisation's last word ('Lloyds Bank' is a name, 'Partners' too)."""
    low = tok.lower
    return (
        low.endswith("s")
        and not low.endswith("ss")
        and len(low) > 3
        and tok.text.isalpha()
        and not tok.person
        and not tok.lab
        and low not in TAILS
    )


def asked(toks: list[Tok], k: int) -> bool:
    """Whether the clause holding k is a question: it ends in '?' (a question in a clause of
    its own, "Acme appoints AI chief: a sign of things to come?", leaves the news told)."""
    end = clause_end(toks, k)
    return end < len(toks) and toks[end].text == "?"


def given_post(title: Tagged, summary: Tagged, k: int) -> Event | None:
    """'<Org> <gives> [person] <AI post>' with the organisation opening the clause."""
    toks = title.toks
    org = organisation_before(toks, k) or shared_subject(toks, k)
    end = clause_end(toks, k)
    if org is None or firm_object(toks, k + 1, end) or seat_told(summary):
        return None
    if not ai_post(toks, k + 1, end) and not (
        (new_role(toks, k, end) or ai_worker(toks, k, end)) and summary_post(summary)
    ):
        return group_posts(toks, summary, k, end, org) or person_given(title, summary, k, org)
    person, frm = object_person(title, k, end) if ai_post(toks, k + 1, end) else (None, None)
    if person is None:
        person = summary_appointee(summary, org)
        frm = frm if frm is None or summary_writes(summary, frm) else None
    action: Action = "join" if toks[k].lower in HIRING or frm else "appointed"
    return Event(person, action, frm, fuller_org(summary, org))


def person_given(title: Tagged, summary: Tagged, k: int, org: str) -> Event | None:
    """'FDA appoints Jane Doe' + 'the hiring of Jane Doe as the FDA's first chief AI officer',
    'Acme University appoints Jane Doe as provost' + 'Acme University of Artificial Intelligence
    (AUAI) has appointed ...': a person the organisation names in the headline with no AI post
    there is an AI move only where the summary gives them an AI post, or the organisation's
    own name, as the summary spells it, is about AI. Anyone else's new executive is no AI news."""
    toks = title.toks
    named = next(
        (
            n
            for s, _, n in title.people
            if k < s <= k + 2 and all(t.lower in HONORIFICS for t in toks[k + 1 : s])
        ),
        None,
    )
    if named is None:
        return None
    full = (expanded(summary, org) or spelled_out(summary, org)) if org.isupper() else None
    full = full or fuller_org(summary, org)
    if lower_words(full)[-1] in GATHERINGS:
        return None  # "AI Summit names X as chair": a gathering's, no organisation's post
    ai_body = not AI_POST_WORDS.isdisjoint(lower_words(full))
    if not ai_given(summary, named) and not (ai_body and post_given(title, named)):
        return None  # "AI University names X as keynote speaker": a talk, no post
    action: Action = "join" if toks[k].lower in HIRING else "appointed"
    return Event(named, action, None, full)


# Last words of a gathering's name, whose chairs and speakers hold no post at an organisation.
GATHERINGS = word_set("conference summit expo festival awards week show hackathon olympiad")


# A university's posts, which no company has.
ACADEMIC_POSTS = word_set("dean rector chancellor vice-chancellor provost")


GIVEN_POSTS = POST_NOUNS | ROLE_WORDS | ACADEMIC_POSTS


def post_given(title: Tagged, name: str) -> bool:
    """Whether the headline gives the person a post: a post word after their name in its clause
    ('appoints X as university's provost')."""
    toks = title.toks
    e = next(e for _, e, n in title.people if n == name)
    return any(t.lower in GIVEN_POSTS for t in toks[e : clause_end(toks, e)])


def lower_words(name: str) -> list[str]:
    return name.lower().split()


def ai_given(summary: Tagged, name: str) -> bool:
    """Whether the summary gives the person an AI post: 'X as the FDA's first chief AI
    officer', 'Jane Doe, as head of AI'."""
    toks = summary.toks
    for _, e, found in summary.people:
        if found.split()[-1] != name.split()[-1]:
            continue
        m = e + (e < len(toks) and toks[e].text == ",")
        if m < len(toks) and toks[m].lower == "as" and ai_post(toks, m + 1, phrase_end(toks, m)):
            return True
    return False


def phrase_end(toks: list[Tok], k: int) -> int:
    """The end of the phrase from k: its clause's end or a comma ('as its CFO, citing AI')."""
    end = clause_end(toks, k)
    return next((m for m in range(k, end) if toks[m].text == ","), end)


# Lower-case words inside an organisation's name written in full before its acronym ("Mohamed
# bin Zayed University of Artificial Intelligence (MBZUAI)").
SPELLED_LINKS = word_set("of for and the bin de la")


def expanded(summary: Tagged, acronym: str) -> str | None:
    """'Acme University of Artificial Intelligence (AUAI)': the name the summary writes right
    before the acronym in parentheses, from a capitalised word with the acronym's first letter."""
    toks = summary.toks
    for k in range(1, len(toks) - 1):
        if toks[k].text != acronym or toks[k - 1].text != "(" or toks[k + 1].text != ")":
            continue
        start = k - 1
        while start > 0 and (
            capital_at(toks, start - 1)
            or (
                start >= 2
                and toks[start - 1].lower in SPELLED_LINKS
                and capital_at(toks, start - 2)
            )
        ):
            start -= 1
        while start < k - 1 and toks[start].text[:1] != acronym[0]:
            start += 1  # "... of the Mohamed bin Zayed University": from its first letter
        if start < k - 1:
            return name_text(toks[start : k - 1])
    return None


# Plural posts a headline may give several people at once ("names new leaders to AI and
# digital roles"); a seat is none of them (NOT_ONE_POST's others).
PLURAL_POSTS = word_set("officers heads chiefs directors leads leaders executives")
SEATS = NOT_ONE_POST - PLURAL_POSTS


def group_posts(toks: list[Tok], summary: Tagged, k: int, end: int, org: str) -> Event | None:
    """'<Org> names new leaders to C-level AI and digital roles' + 'The appointment of X as
    chief AI officer and Y as ...': the one the summary gives the AI post is appointed. Plural
    posts with no AI word, seats, and a group the summary names no one of stay no moves (a
    counted group too: "names three chief AI officers for its divisions" is no one's move)."""
    lowers = [t.lower for t in toks[k + 1 : end]]
    if PLURAL_POSTS.isdisjoint(lowers) or AI_POST_WORDS.isdisjoint(lowers):
        return None
    if not SEATS.isdisjoint(lowers):
        return None
    person = ai_appointee(summary)
    return Event(person, "appointed", None, fuller_org(summary, org)) if person else None


def ai_appointee(summary: Tagged) -> str | None:
    """'The appointment of X as chief AI officer and Y as chief digital officer': the person
    whose 'as' phrase, up to the next person, names an AI post."""
    toks = summary.toks
    people = summary.people
    listed = False  # within the list of appointments ("of X as ... and Y as ...")
    for n, (s, e, name) in enumerate(people):
        opens = s >= 2 and toks[s - 1].lower == "of" and toks[s - 2].lower in APPOINTMENT_NOUNS
        listed = opens or (listed and toks[s - 1].lower == "and")
        if not listed:
            continue
        stop = people[n + 1][0] if n + 1 < len(people) else clause_end(toks, e)
        if e < len(toks) and toks[e].lower == "as" and ai_post(toks, e + 1, stop):
            return name
    return None


# What a summary's first sentence calls a seat, not a post ("appointed X to its board").
SEAT_PHRASES = (
    ["to", "its", "board"],
    ["to", "the", "board"],
    ["to", "their", "board"],
    ["board", "of", "directors"],
    ["independent", "director"],
    ["non-executive", "director"],
    ["board", "member"],
)


# "reporting to the board": whom a post answers to, no seat.
ANSWERING = frozenset(["reporting", "reports", "report", "answering", "answers"])


def seat_told(summary: Tagged) -> bool:
    """'Twitter hires former Google VP and AI expert X' + 'Twitter has appointed X to its
    board': the summary's first sentence tells a board seat, which is no post at the
    organisation (jobs/language/traps.py seat_object reads a headline's own seat words)."""
    lowers = summary.lowers[: first_sentence_end(summary.toks)]
    return any(
        lowers[m : m + len(phrase)] == phrase
        and ANSWERING.isdisjoint(lowers[max(0, m - 3) : m])  # "reporting to the board of ..."
        for phrase in SEAT_PHRASES
        for m in range(len(lowers) - len(phrase) + 1)
        if lowers[m] == phrase[0]
    )


# "has taken on a senior advisory role at X": an adviser's post, which is no job at X.
ADVISORY_POSTS = frozenset(["role", "roles", "position", "positions", "post", "posts"])
# "after an advisory role at Y", "previously held advisory posts": a past post, describing.
EARLIER_POSTS = frozenset(
    ["after", "former", "formerly", "previously", "served", "serving", "held"]
)


def advisory_told(summary: Tagged) -> bool:
    """'X joins Acme and Beta' + 'X has taken on a senior advisory role at Acme and Beta': the
    summary's first sentence tells an adviser's post, now, as the news."""
    lowers = summary.lowers[: first_sentence_end(summary.toks)]
    return any(
        word == "advisory"
        and m + 1 < len(lowers)
        and lowers[m + 1] in ADVISORY_POSTS
        and EARLIER_POSTS.isdisjoint(lowers[max(0, m - 5) : m])
        for m, word in enumerate(lowers)
    )


def new_role(toks: list[Tok], k: int, end: int) -> bool:
    """'promotes X to new role', 'names X to a new post': a post the headline leaves unnamed."""
    lowers = [t.lower for t in toks[k + 1 : end]]
    return any(
        lowers[m] == "to"
        and lowers[m + 1 : m + 3] in (["new", w] for w in ROLE_NOUNS)
        or lowers[m : m + 4] in (["to", "a", "new", w] for w in ROLE_NOUNS)
        for m in range(len(lowers) - 2)
    )


# Singular nouns of someone taken on that name no post ("first-ever artificial intelligence
# employee"): the summary names the post.
WORKER_NOUNS = word_set("employee hire staffer recruit")


def ai_worker(toks: list[Tok], k: int, end: int) -> bool:
    """'hires first-ever artificial intelligence employee', 'names first AI hire': one person
    taken on for AI, whose post the summary names."""
    lowers = [t.lower for t in toks[k + 1 : end]]
    return not WORKER_NOUNS.isdisjoint(lowers) and not AI_POST_WORDS.isdisjoint(lowers)


def summary_post(summary: Tagged) -> bool:
    """Whether the summary's first sentence names an AI post ('the role of global head of
    generative AI')."""
    toks = summary.toks
    return ai_post(toks, 0, first_sentence_end(toks))


def summary_report(title: Tagged, summary: Tagged) -> Event | None:
    """'HSBC bets big on AI' + 'HSBC has appointed its first chief AI officer ...': the
    summary's first sentence gives the post, its organisation the one the headline opens with."""
    toks = summary.toks
    end = first_sentence_end(toks)
    for k in range(1, end):
        if toks[k].lower in GIVING and toks[k - 1].lower in {"has", "have"}:
            org = organisation_before(toks, k)
            head = title.toks[0].text if title.toks else ""
            if org is None or head not in org.split() or not ai_post(toks, k + 1, end):
                return None
            sentence = Tagged(
                toks[:end],
                summary.texts[:end],
                summary.lowers[:end],
                [p for p in summary.people if p[1] <= end],
            )
            event = given_post(sentence, Tagged([], [], []), k)
            if event and event.person is None:
                # "... has appointed its first chief AI officer. X, a veteran of ...": the
                # summary's next sentences name who
                event = Event(summary_appointee(summary, org), *rest(event))
            return event
    return None


# Words before "appointment of" in "<Org>'s recent appointment of X" (what the sentence says of
# it), and words of the sentence that make it an earlier appointment retold.
APPOINTMENT_LEADS = word_set("recent upcoming new latest bold surprise")
RETOLD = word_set("former last ago earlier previously prior")
# Nouns of a headline that call the appointment a hire from outside ("Why Acme's bold hire ...").
HIRE_NOUNS = word_set("hire hires hiring recruit recruitment poach")


def owned_appointment(title: Tagged, summary: Tagged) -> Event | None:
    """'The structural shift in banking's AI race' + "Acme Bank's appointment of X as chief
    data and AI officer represents ...": a summary's sentence whose subject is an
    organisation's appointment of a person to an AI post tells the news the AI headline
    comments on. Not an appointment retold ('last year', 'former'), nor one to no AI post."""
    toks = summary.toks
    for k, tok in enumerate(toks):
        if not tok.poss or k + 2 >= len(toks):
            continue
        m = k + 1
        while m < len(toks) and toks[m].lower in APPOINTMENT_LEADS:
            m += 1
        if m + 1 >= len(toks) or toks[m].lower != "appointment" or toks[m + 1].lower != "of":
            continue
        event = appointment_at(title, summary, k, m + 2)
        if event:
            return event
    return None


def appointment_at(title: Tagged, summary: Tagged, k: int, m: int) -> Event | None:
    """The appointment whose owner's possessive is at k and appointee starts at m."""
    toks = summary.toks
    org = sentence_subject(toks, k + 1)
    if org is None:
        return None
    # the name right after "of", or past an honorific and its dot ("of Dr. X")
    named = next(((s, e, n) for s, e, n in summary.people if m <= s <= m + 2), None)
    if named is None:
        return None
    end = clause_end(toks, named[1])
    if not RETOLD.isdisjoint(t.lower for t in toks[k:end]) or not ai_post(toks, named[1], end):
        return None
    action: Action = "appointed" if HIRE_NOUNS.isdisjoint(title.lowers) else "join"
    return Event(named[2], action, None, org)


def sentence_subject(toks: list[Tok], k: int) -> str | None:
    """The organisation named by the capitalised words that open a sentence (or a clause)
    right before k; a sentence's dot is no initial's here ("... adopt AI. Acme Bank's")."""
    start = k
    while start > 0 and capital_at(toks, start - 1) and org_word(toks, start - 1):
        start -= 1
    if start == k or (start > 0 and toks[start - 1].text not in SENTENCE_OPENERS):
        return None
    words = toks[start:k]
    if words[0].lower in STOP or any(t.poss for t in words[:-1]):
        return None
    if any(named_person(t) for t in words) and words[-1].lower not in TAILS:
        return None
    return words[0].lab or name_text(words)


# What a person may be put in charge of at an organisation ("to spearhead Acme's AI strategy").
REMITS = word_set(
    """strategy strategies initiative initiatives effort efforts push program programme
    investment investments"""
)
# The fields of a remit: AI's, and robots' and self-driving cars' ("new $50M robotics investment").
REMIT_FIELDS = AI_POST_WORDS | word_set("robotics robot self-driving autonomous")
OWNER_REACH = 3  # capitalised words of the owner's name
REMIT_REACH = 5  # words from the owner's possessive to the remit ("new $50M robotics investment")


def owned_remit(toks: list[Tok], k: int, end: int) -> str | None:
    """'X to spearhead UW's ambitious new AI strategy', 'X to lead Acme Bank's generative AI
    push': the organisation on no list whose AI remit a person is put in charge of, named
    with its possessive right after the verb of leading."""
    m = k
    while m < end and m - k < OWNER_REACH and capital_at(toks, m) and not toks[m].poss:
        m += 1
    if m >= end or m - k >= OWNER_REACH or not capital_at(toks, m) or not toks[m].poss:
        return None
    words = toks[k : m + 1]
    if any(t.lab or t.lower in STOP for t in words):
        return None  # a listed lab is the lab led
    if any(named_person(t) for t in words) and words[-1].lower not in TAILS:
        return None  # "Musk's AI strategy" is a person's
    lowers = [t.lower for t in toks[m + 1 : min(end, m + 1 + REMIT_REACH)]]
    ai = next((n for n, w in enumerate(lowers) if w in REMIT_FIELDS), -1)
    if ai < 0 or REMITS.isdisjoint(lowers[ai + 1 : ai + 3]):
        return None
    return name_text(words)


# Head words of a post held ("top data and AI official"): POST_NOUNS and a public servant's.
HELD_POSTS = POST_NOUNS | word_set("official")
HELD_REACH = 6  # words from the owner's possessive to the post's head


def ai_post_owner(toks: list[Tok], lo: int, hi: int, shaped: bool = True) -> str | None:
    """ "State Department's top data and AI official departs", "Acme Bank's head of AI quits":
    the organisation on no list whose AI post the subject held, named with its possessive
    before the post. The name must look like an organisation's (an organisation's last word,
    an acronym or a capital inside a word, or two words no person's): a possessive of one
    plain word is a person's as often ("Musk's AI chief"); `shaped` False takes any name,
    where the caller knows an organisation is meant."""
    for p in range(lo, hi):
        if not toks[p].poss or toks[p].lab:
            continue
        start = run_start(toks, p + 1)
        while start < p and toks[start].lower in STOP:
            start += 1  # "Why Acme Bank's ...": the clause's opener is no part of the name
        words = toks[start : p + 1]
        if start > p or words[0].lower in STOP or (shaped and not owner_shaped(words)):
            return None
        window = [t.lower for t in toks[p + 1 : min(hi, p + 1 + HELD_REACH)]]
        if HELD_POSTS.isdisjoint(window) or AI_POST_WORDS.isdisjoint(window):
            return None
        return name_text(words)
    return None


def owner_shaped(words: list[Tok]) -> bool:
    """Whether a possessive's capitalised words name an organisation by their shape."""
    if words[-1].lower in TAILS:
        return True
    if any(t.person for t in words):
        return False
    return len(words) > 1 or org_like(words[0].text)


def spelled_out(summary: Tagged, acronym: str) -> str | None:
    """'UW' + 'The University of Washington just ...': the name the summary writes whose
    capitalised words' initials are the acronym an event's organisation is named by."""
    toks = summary.toks
    first = acronym[0]
    for k, tok in enumerate(toks):
        if tok.text[:1] != first or (k and capital_at(toks, k - 1) and toks[k - 1].lower != "the"):
            continue  # a run's first word ("The" aside: "The University of Washington")
        end = capital_run_end(toks, k + 1, JOINERS)
        run = toks[k:end]
        if initials_of(run) == acronym and not any(t.poss for t in run[:-1]):
            return name_text(toks[k : campus_end(toks, k, end)])
    return None


# The words of a school whose name goes on to its campus ("University of X at Chapel Hill").
SCHOOLS = word_set("university college")


def campus_end(toks: list[Tok], k: int, end: int) -> int:
    """Where a school's name [k, end) goes on with its campus, 'at' and the place's
    capitalised words (an acronym leaves the campus out: 'UNC' for 'the University of North
    Carolina at Chapel Hill'); end itself for any other name."""
    if end + 1 >= len(toks) or toks[end].lower != "at" or not capital_at(toks, end + 1):
        return end
    if SCHOOLS.isdisjoint(t.lower for t in toks[k:end]):
        return end
    return capital_run_end(toks, end + 1, frozenset())


def rest(event: Event) -> tuple[Action, str | None, str | None]:
    return event.action, event.from_lab, event.to_lab


def possessive_post(title: Tagged, summary: Tagged, k: int) -> Event | None:
    """ "<Org>'s new chief AI officer ..." (the summary reporting the appointment) and
    "<Org>'s chief AI officer appointment": the post taken; the summary names who."""
    toks = title.toks
    org = organisation_before(toks, k + 1)
    if org is None or toks[k].lab:
        return None  # a listed lab's new chief is jobs/language/vague.py's ("has a new CTO")
    end = clause_end(toks, k)
    m = k + 1
    new = m < end and toks[m].lower == "new"
    m += new
    last = post_end(toks, m, end)
    if last < 0:
        return None
    noun = last < end and toks[last].lower in APPOINTMENT_NOUNS
    if not noun and not (new and not REPORTING.isdisjoint(summary.lowers)):
        return None  # "Acme's chief AI officer thinks ...": the holder talks, nobody moves
    return Event(summary_appointee(summary, org), "appointed", None, fuller_org(summary, org))


def post_end(toks: list[Tok], m: int, end: int) -> int:
    """Where an AI post written at m ('chief AI officer', 'head of AI') ends; -1 if none."""
    n = m
    while n < end and n - m < 5 and toks[n].lower in POST_SPAN:
        n += 1
    if n == m or not ai_post(toks, m, n):
        return -1
    return n


def ai_post(toks: list[Tok], lo: int, hi: int) -> bool:
    """An AI word within four words of a singular post word in [lo, hi), and no plural post
    or seat there ('first chief AI officer', not 'chief AI officers' or 'AI advisory board').
    'Artificial intelligence' is one word, counted from either end ('artificial intelligence
    governance and policy leader')."""
    lowers = [t.lower for t in toks[lo:hi]]
    if not NOT_ONE_POST.isdisjoint(lowers):
        return False
    return any(
        (word in AI_POST_WORDS or (word == "intelligence" and n and lowers[n - 1] == "artificial"))
        and not POST_NOUNS.isdisjoint(lowers[max(0, n - 4) : n + 5])
        and FORMER.isdisjoint(lowers[max(0, n - 3) : n])  # "former AI tsar X": who X was
        for n, word in enumerate(lowers)
    )


def firm_object(toks: list[Tok], lo: int, hi: int) -> bool:
    """A firm or a group engaged rather than a person given the post."""
    return any(t.lower in FIRM_WORDS for t in toks[lo:hi])


def organisation_before(toks: list[Tok], k: int) -> str | None:
    """The organisation named by the capitalised words that open the clause and end right
    before k ('Lloyds Bank', 'U.S. Department of Justice', 'Mayo Clinic in Arizona': the
    clinic); None when the clause opens otherwise ('Why every company ...', 'Banks rush ...')."""
    if k > 1 and toks[k - 1].lower in {"has", "have"}:
        k -= 1  # "HSBC has appointed ..."
    k = city_end(toks, k)
    start = run_start(toks, k)
    if start == k:
        return None
    if start >= 2 and toks[start - 1].lower == "in" and org_word(toks, start - 2):
        k = start - 1  # "Mayo Clinic in Arizona": the place is no part of the name
        start = run_start(toks, k)
    if start > 0 and toks[start - 1].text not in OPENERS and not fronted_phrase(toks, start):
        return None
    words = toks[start:k]
    if words and words[0].lower == "the":
        words = words[1:] if len(words) == 1 or words[1].lab else words  # "The Acme Bank"
    if not words or words[0].lower in STOP or any(t.poss for t in words[:-1]):
        return None  # "Why Every Company ...", "Acme's CEO ..."
    if any(named_person(t) for t in words) and words[-1].lower not in TAILS:
        return None  # "Mark Zuckerberg names ...": a person appoints (person_moves.py)
    if words[0].lab:
        return words[0].lab  # a listed lab or its unit ("Google Cloud"): as the list names it
    return name_text(words)


def city_end(toks: list[Tok], k: int) -> int:
    """Where a city's name ends when its state follows it before k, between commas ('Louisville,
    Ky., appoints', 'Seattle, Wash. names', 'Louisville, Kentucky, has appointed'): the city is
    the organisation, its state only placing it; k itself otherwise."""
    m = k - (k > 0 and toks[k - 1].text == ",")
    m -= m > 0 and toks[m - 1].text == "."  # an abbreviation's dot
    if m < 3 or toks[m - 1].lower not in US_STATES or toks[m - 2].text != ",":
        return k
    if not toks[m - 1].text[:1].isupper() or not org_word(toks, m - 3):
        return k
    return m - 2


def fronted_phrase(toks: list[Tok], start: int) -> bool:
    """Whether a phrase opening with a preposition and ending in a comma right before start
    opens the sentence ('In a bold step to lead on AI, Acme has appointed ...'): the name after
    it is the clause's subject. A verb of giving inside it gives a post of its own."""
    return (
        start > 1
        and toks[start - 1].text == ","
        and toks[0].lower in FRONTING
        and all(t.lower not in GIVING and t.text not in OPENERS for t in toks[1 : start - 1])
    )


def run_start(toks: list[Tok], k: int) -> int:
    """Where the run of an organisation's words ending right before k starts."""
    start = k
    while start > 0 and (
        org_word(toks, start - 1)
        or (toks[start - 1].lower in JOINERS and start - 1 > 0 and org_word(toks, start - 2))
    ):
        start -= 1
    return start


def org_word(toks: list[Tok], m: int) -> bool:
    """A word an organisation's name holds: capitalised, or its initials' dots."""
    tok = toks[m]
    if tok.text == ".":
        return m > 0 and toks[m - 1].text[:1].isupper()
    if not tok.text[:1].isupper() or tok.lower in GOVERNMENT_WORDS or tok.lower in GOVERNMENTS:
        return False  # "Trump taps ...", "UK taps ...": governments' posts (public_posts.py)
    return tok.lower not in ROLE_WORDS  # "Acme CEO names ...": a person again


def named_person(tok: Tok) -> bool:
    """A word of a person's name: watched, or of a name of two words or more ('Barclays
    names ...' is a one-word name on no list: a company as often as a surname)."""
    if not tok.person or org_like(tok.text) or tok.person in TWO_WORD_STATES:
        return False
    return tok.watched or " " in tok.person


def org_like(text: str) -> bool:
    """'JPMorgan', 'HSBC': a capital inside the word or all capitals, no person's name."""
    return text.isupper() or any(c.isupper() for c in text[1:])


def object_person(title: Tagged, k: int, end: int) -> tuple[str | None, str | None]:
    """The person given the post and where they come from: 'appoints X as ...', 'names X chief
    AI officer', 'names chief AI officer X', 'hires Nomura AI strategy chief X' (from Nomura),
    'hires Seward to ...'. A name further on is another clause's ('... as Banking Enters')."""
    toks = title.toks
    named = object_name(toks, k + 1)
    if named:
        return named[0], None
    described = past_description(toks, k + 1, end)
    if described > k + 1:  # "names former marketing chief X as head of AI"
        name = next(n for s, _, n in title.people if s == described)
        return name, origin_before(toks, k + 1, described)
    post = next(m for m in range(k + 1, end) if toks[m].lower in AI_POST_WORDS)
    last = post
    while last + 1 < end and toks[last + 1].lower in POST_SPAN:
        last += 1
    for s, e, name in title.people:
        if not k < s < end or toks[e - 1].poss:
            continue
        if s < post and POST_NOUNS.isdisjoint(t.lower for t in toks[k + 1 : s]):
            return name, None  # "names X chief AI officer"
        if post < s <= last + 3 and toks[s - 1].lower in POST_NOUN_OR_ROLE:
            return name, origin_before(toks, k + 1, s)  # "hires Nomura AI chief X"
    frm = role_origin(toks, k + 1, post)
    if frm:
        return None, frm  # "taps Acme editor for AI director role": the summary names them
    m = k + 1
    if (
        m + 1 < end
        and toks[m].text[:1].isupper()
        and toks[m].text.isalpha()
        and toks[m].lower not in NON_NAME_WORDS
        and toks[m + 1].lower in {"to", "as"}
    ):
        return toks[m].text, None  # "hires Seward to oversee AI": a surname
    return None, None


def origin_before(toks: list[Tok], lo: int, hi: int) -> str | None:
    """'Nomura AI strategy chief X', 'former Acme exec X': the organisation of the post the
    person held, capitalised words right after the verb (or 'former') before that post."""
    m = lo + (lo < hi and toks[lo].lower in {"former", "ex"})
    n = m
    while n < hi and toks[n].text[:1].isupper() and toks[n].lower not in POST_SPAN_OR_ROLE:
        n += 1
    if n == m or n >= hi or toks[m].lower in STOP or toks[m].lower in POST_LEADS:
        return None
    if not any(toks[x].lower in POST_NOUNS or toks[x].lower in ROLE_WORDS for x in range(n, hi)):
        return None
    return toks[m].lab or name_text(toks[m:n])


def role_origin(toks: list[Tok], lo: int, post: int) -> str | None:
    """'taps Acme Editor for AI Director Role': a role word glued to capitalised words right
    after the verb, no name between, is the role the person held there (the summary names
    them); the capitalised words are the organisation they come from."""
    n = lo
    while n < post and toks[n].text[:1].isupper() and toks[n].lower not in ROLE_WORDS:
        n += 1
    if n == lo or n >= post or toks[n].lower not in ROLE_WORDS or toks[n].person:
        return None
    return origin_before(toks, lo, post)


def summary_writes(summary: Tagged, name: str) -> bool:
    """Whether the summary writes the name too ('Quartz' is a company its lede names; a
    title-case adjective, 'Hires Editorial Director', is in no summary as a name)."""
    first = name.split()[0]
    return any(t.text == first for t in summary.toks)


def summary_appointee(summary: Tagged, org: str) -> str | None:
    """The person the summary gives the post to: right after a verb or noun of appointing
    ('has appointed X', 'the appointment of Professor X'), else its first person; never the
    organisation itself, which the tagger may take for a name ('Lloyds Banking Group')."""
    toks = summary.toks
    org_words = set(org.lower().split())
    people = [
        (s, name)
        for s, e, name in summary.people
        if not toks[e - 1].poss
        and org_words.isdisjoint(name.lower().split())
        and toks[e - 1].lower not in TAILS
        and (e == len(toks) or toks[e].lower not in TAILS)
        and name not in TWO_WORD_STATES  # "The University of North Carolina ...": a place
        and not announcer(toks, e)
        and not predecessor_at(toks, s)
    ]
    for s, name in people:
        if successor_at(toks, s) or any(
            t.lower in REPORTING or t.lower in APPOINTMENT_NOUNS for t in toks[max(0, s - 4) : s]
        ):
            return name  # "has appointed X", "X will be replaced by Y": Y
    if any(org_words.issuperset(name.lower().split()) for _, _, name in summary.people):
        # the organisation read as a name ("Vermont has appointed ..."): who else is named
        people_only = [p for p in summary.people if not org_words.issuperset(p[2].lower().split())]
        summary = Tagged(summary.toks, summary.texts, summary.lowers, people_only)
    first = summary_person(summary, "hire")
    return first if first in [name for _, name in people] else None


# Verbs of telling whose subject announces a post rather than takes it ("Mayor X on Wednesday
# announced the appointment of the city's first chief AI officer").
ANNOUNCING = SAYING | word_set("announced announces")
ANNOUNCER_REACH = 4  # words from the name to its verb ("X on Wednesday announced")


def announcer(toks: list[Tok], e: int) -> bool:
    """Whether the name ending at e is the subject of a verb of telling right after it."""
    for t in toks[e : e + ANNOUNCER_REACH]:
        if t.lower in ANNOUNCING:
            return True
        if not t.text.isalnum():
            return False  # "X, who ...": the name's own clause ends
    return False


def fuller_org(summary: Tagged, org: str) -> str:
    """'Lloyds Bank hires ...' + 'Lloyds Banking Group has hired ...': the organisation as the
    summary names it where it gives the post itself, sharing a word of the headline's name (as
    jobs/language/classify.py fuller_labs names an institute); an acronym ('UW') as the summary
    spells it out ('The University of Washington') and never writes the acronym itself ('the
    Food and Drug Administration (FDA)' gives the acronym as a name of its own)."""
    toks = summary.toks
    if org.isupper() and all(t.text != org for t in toks):
        full = spelled_out(summary, org)
        if full:
            return full
    words = {w.lower() for w in org.replace(".", " ").split()} - STOP - {"the"}
    for k, tok in enumerate(toks):
        if tok.lower not in REPORTING or k == 0:
            continue
        m = k - (toks[k - 1].lower in {"has", "have"})
        if m > 2 and toks[m - 1].text == ")" and toks[m - 3].text == "(":
            m -= 3  # "Commonwealth Bank of Australia (CBA) has announced"
        start = run_start(toks, m)
        if start < m and (start == 0 or toks[start - 1].text in SENTENCE_OPENERS):
            # a sentence's "The", unless the headline names the organisation with it too
            start += toks[start].lower == "the" and not org.startswith("The ")
            run = toks[start:m]
            named = not words.isdisjoint(t.lower for t in run) or initials_of(run) == org
            fuller = named and not any(t.poss for t in run) and name_text(run) != org
            if fuller:  # "New York State has appointed X within the New York State Office of ..."
                return run[0].lab or us_spelling(tailed_name(toks, name_text(run)))
        break  # only the summary's first report of the post
    return us_spelling(tailed_name(toks, org))


def tailed_name(toks: list[Tok], org: str) -> str:
    """'Cornell appoints ...' + "Cornell University's recent appointment of ...", 'Texas names
    ...' + 'inside the Texas Department of Information Resources': the headline's name as the
    summary writes it in full, with an organisation's word after it (and what it is 'of')."""
    words = org.split()
    n = len(words)
    for m in range(len(toks) - n):
        tail = toks[m + n]
        if (
            tail.lower in TAILS
            and tail.text[:1].isupper()
            and [t.text for t in toks[m : m + n]] == words
        ):
            return name_text(toks[m : of_end(toks, m + n + 1)])
    return org


def of_end(toks: list[Tok], k: int) -> int:
    """Where a name's 'of' part starting at k ends ('of Information Technology'): k itself
    when no 'of' and capitalised words follow."""
    if k >= len(toks) or toks[k].lower != "of" or not capital_at(toks, k + 1):
        return k
    return capital_run_end(toks, k + 1, NAME_LINKS)


def capital_run_end(toks: list[Tok], k: int, links: frozenset[str]) -> int:
    """Where a run of capitalised words from k ends, a lower-case link word inside it where a
    capitalised word follows ('Department of Information Technology')."""
    end = k
    while end < len(toks) and (
        capital_at(toks, end) or (toks[end].lower in links and capital_at(toks, end + 1))
    ):
        end += 1
    return end


# Lower-case words that link the capitalised words of an organisation's 'of' part.
NAME_LINKS = JOINERS | {"and"}


def capital_at(toks: list[Tok], m: int) -> bool:
    """A capitalised word at m (no sentence's dot)."""
    return m < len(toks) and toks[m].text[:1].isupper() and toks[m].text[:1].isalpha()


# A sentence's end opens the clause of the summary's report as a clause break does.
SENTENCE_OPENERS = OPENERS | {"."}


def initials_of(run: list[Tok]) -> str:
    """'NCDIT' of 'North Carolina Department of Information Technology': the initials of a
    name's capitalised words, which an organisation's acronym is written with."""
    return "".join(t.text[0] for t in run if t.text[:1].isupper() and t.text.isalpha())


# Newspapers that name AI posts of their own, by the names their readers shorten them to.
NEWSPAPERS = {
    **dict.fromkeys(["nyt", "ny times", "new york times"], "The New York Times"),
    **dict.fromkeys(["wsj", "wall street journal"], "The Wall Street Journal"),
    **dict.fromkeys(["wapo", "washington post"], "The Washington Post"),
}


def us_spelling(name: str) -> str:
    """'US Department of Justice': the country's initials written once, as 'U.S.'; and an
    organisation the press shortens ('Justice Department', 'DOJ', 'NY Times') by one name."""
    name = NEWSPAPERS.get(name.lower(), name)
    return department_name("U.S." + name[2:] if name.startswith("US ") else name)


# Verbs before the holder a summary names for a post just created ("it is naming X as chief
# scientist", "has appointed X to the role").
HOLDER_NAMING = word_set("naming names named appointing appoints appointed tapping taps tapped")
CREATED_REACH = 5  # words from 'creates' to the post's noun ("creates new chief AI officer post")


def created_post(title: Tagged, summary: Tagged, verb: int, end: int) -> Event | None:
    """'Acme creates chief scientist post to plot its AI future' + 'it is naming X as chief
    scientist, a new role': a post the organisation opening the headline creates, whose holder
    the summary's first sentence names after a verb of naming; an `appointed` there. A post
    created with no one named, or no AI in the text, stays no move."""
    toks = title.toks
    post = next(
        (m for m in range(verb + 1, min(end, verb + CREATED_REACH)) if toks[m].lower in ROLES), 0
    )
    if not post or not any(t.lower in POST_NOUNS for t in toks[verb + 1 : post]):
        return None
    if AI_POST_WORDS.isdisjoint(title.lowers) and AI_POST_WORDS.isdisjoint(summary.lowers):
        return None
    org = creating_org(title, verb)
    stoks = summary.toks
    first = first_sentence_end(stoks)
    person = next(
        (n for s, _, n in summary.people if 0 < s < first and stoks[s - 1].lower in HOLDER_NAMING),
        None,
    )
    return Event(person, "appointed", None, org) if org and person else None


def filling_org(title: Tagged, summary: Tagged) -> str | None:
    """'Lyft fills its vacant CTO post' (staff_change.FILLING): the organisation before the
    verb, as creating_org reads it, where the text is about AI (a company on no list fills
    posts of every kind)."""
    verb = next((k for k, t in enumerate(title.toks) if t.lower in FILLING), 0)
    if not verb:
        return None
    if AI_POST_WORDS.isdisjoint(title.lowers) and AI_POST_WORDS.isdisjoint(summary.lowers):
        return None
    return creating_org(title, verb)


def creating_org(title: Tagged, verb: int) -> str | None:
    """The organisation before the verb: a lab the headline opens with, or one capitalised word
    on no list ('Uber creates ...')."""
    if title.labs and title.labs[0][0] == 0 and title.labs[0][1] == verb:
        return title.labs[0][2]
    tok = title.toks[0]
    if verb == 1 and tok.text[:1].isupper() and tok.text.isalnum() and tok.lower not in STOP:
        return tok.text
    return None
