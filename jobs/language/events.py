"""Move events from a headline: find a trigger, then assign person, from and to by position."""

from __future__ import annotations

from jobs.language.academia import academic_origin
from jobs.language.clauses import (
    BREAK_NOUNS,
    SPENT,
    background_clause,
    break_told,
    check_speculation,
    exit_retold,
    fresh_relative,
    group_to_move,
    how_it_left,
    interview_topic,
    lab_product,
    leave_noun,
    not_a_move,
    origin_question,
    owned_subject,
    past_form,
    past_simple,
    presupposed,
    purpose_clause,
    relative_clause,
    relative_purpose,
    retrospective,
    round_trip,
    staff_told,
    tally,
    topic_noun,
)
from jobs.language.deals import (
    BUY_FORMS,
    acquired_origin,
    deal_event,
    money_near,
    staff_owner,
    taken_instead,
    taken_origin,
)
from jobs.language.destinations import summary_destination
from jobs.language.endpoints import (
    REPLACED,
    UNIVERSITIES,
    arrival_origin,
    founders_employer,
    held_company,
    joined_in_summary,
    left_post,
    mover_at,
    summary_person,
    unlisted_destination,
)
from jobs.language.hirers import current_post_origin, tag_hiring_companies
from jobs.language.lab_moves import explainer, from_group, lab_subject_event
from jobs.language.labs import lab_founded_by
from jobs.language.led_units import (
    appointment_noun,
    former_led_unit,
    fronted_leader,
    opened_place_leader,
    opened_unit_led_by,
    school_unit_head,
)
from jobs.language.lexicon import (
    COLLECTIVE_SUBJECTS,
    COUNT_WORDS,
    FORMER,
    GROUP_WORDS,
    HABITUAL,
    NOUN_TRIGGERS,
    OPINION_LABELS,
    OWN_PRONOUNS,
    PICKING,
    PRODUCT_LABS,
    PRONOUNS,
    QUOTES,
    ROLE_WORDS,
    SKIP_WORDS,
    STARTUP_WORDS,
    SUBORDINATORS,
    UNIT_WORDS,
    amount,
    former_word,
    word_set,
)
from jobs.language.org_posts import (
    GIVEN_POSTS,
    NAME_LINKS,
    capital_run_end,
    created_post,
    filling_org,
    may_give_person,
    may_give_post,
    org_post_event,
)
from jobs.language.owned_companies import (
    appointing_company,
    founder_company,
    picks_new_chief,
    post_named,
)
from jobs.language.people import Tagged, Tok, is_name_word
from jobs.language.person_moves import (
    PERFECT_AUXILIARIES,
    appointed_after,
    appointee,
    appointer_event,
    appoints_unnamed,
    person_subject_event,
    reins_event,
)
from jobs.language.public_bodies import (
    announced_head,
    apposed_head,
    may_name_body,
    public_body_event,
)
from jobs.language.public_posts import (
    GOVERNMENT_NAMES,
    MINISTER_WORDS,
    WHITE_HOUSE,
    lab_of_person,
    minister_event,
    public_origin,
    public_post_event,
)
from jobs.language.staff_change import CHANGE_NOUNS, NEWCOMER_POSTS, announces_staff_change
from jobs.language.tokens import first_sentence_end, sentence_start
from jobs.language.traps import (
    clause_trap,
    counted_group_at,
    described_group,
    guide_piece,
    listicle,
    share_of_group,
    tally_over_span,
)
from jobs.language.triggers import (
    BOUNDARIES,
    CREDITED,
    FOUNDED_ENDS,
    UNITS,
    Event,
    Extraction,
    Trigger,
    clause_subject,
    coined_name,
    company_words,
    find_triggers,
    lab_between,
    org_after,
    org_before_role,
    segment_bounds,
    subject_kind,
    tag_coined_announcer,
    tag_founded_labs,
    tag_lone_company,
    tag_unlisted_org,
    trigger_spec,
    word_before,
)
from jobs.language.unlisted import name_text
from jobs.language.vague import VETERANS, new_venture, vague_event
from jobs.vocabulary import Action

# Group nouns that, bare, mean people in general ("why are people leaving ...").
BARE_GROUPS = frozenset(["people", "staff", "staffers", "employees", "workers"])
# Adverbs between a perfect's auxiliary and its participle ("has now joined"); -ly ones too.
PERFECT_ADVERBS = frozenset(["just", "now", "also", "since", "already", "finally"])
# "a wave of exits", "a string of departures": a count of moves, no one's in particular.
WAVE_WORDS = frozenset(["wave", "string", "series", "spate", "flurry", "slew", "rash", "exodus"])

LEAVING = frozenset(["leave", "fired"])
# A verb of leaving whose object is the lab left ("has left Google").
LEFT_FORMS = frozenset(["leaves", "left", "leaving", "departs", "departed", "quits", "quit"])
# Prepositions of an earlier time: a gerund after them is background ("after hiring X").
EARLIER = frozenset(["after", "following", "since", "before"])
# Words back from the verb to a 'who' whose clause the subject's head stands before (title
# case runs long: "The Three People Who Knew How to Spend $100 Billion on AI Just Left").
RELATIVE_REACH = 12
# Actions that arrive somewhere: where from, if the headline does not say, the summary may.
ARRIVING = frozenset(["join", "return", "found", "appointed"])
HIRED_OR_LEFT = frozenset(["join", "return", "leave", "fired"])
HELD_OR_LEFT = HIRED_OR_LEFT | {"appointed"}
# Actions whose object may be a company's people ("hires the founders of X").
TAKING = frozenset(["join", "poach"])
# Common nouns a headline calls a lab by once it has named it ("the AI giant", "the startup").
COMPANY_NOUNS = frozenset(["giant", "startup", "company", "firm", "maker", "chipmaker", "titan"])
THE_AI = frozenset(["the", "ai", "tech"])
THE_AI_AS = THE_AI | {"as"}  # "Intel pops 16% as chipmaker taps new CEO"
# Nouns of a firing (triggers of kind "fire", jobs/language/lexicon.py), and the words that may
# stand before one to say whose it is ("OpenAI policy executive's firing").
FIRING_NOUNS = frozenset(["firing", "dismissal", "ouster", "termination"])
OWNER_WORDS = ROLE_WORDS | UNITS | frozenset(["the", "top", "senior", "'s", "’s"])
PAUSE_WORDS = BREAK_NOUNS | {"leave", "break"}
# Verbs that stake money ("bets $1 billion on", "raises $200 million"): a headline of funding.
MONEY_AFTER = frozenset(
    ["over", "more", "than", "nearly", "about", "million", "billion", "bn", "m"]
)
STAKING = frozenset(["bets", "bet", "raises", "raised", "invests", "invested", "pours", "secures"])
OWN_ANNOUNCING = frozenset(
    ["announces", "announced", "confirms", "confirmed", "makes", "made", "marks", "celebrates"]
)

__all__ = ["Event", "Extraction", "extract"]


def extract(title: Tagged, summary: Tagged) -> Extraction:
    """The move event of a headline (summary used for a missing person or as a fallback, and
    for where an arrival came from when the headline does not say)."""
    ext = placed_event(title, summary)
    if ext.event and "by" in title.lowers:
        ext.event = founder_described(title, summary, ext.event)
    return ext


def placed_event(title: Tagged, summary: Tagged) -> Extraction:
    """The headline's event with where it came from, when the headline does not say."""
    for tagged in (title, summary):
        if tagged.people and not FOUNDED_ENDS.isdisjoint(tagged.lowers):  # (a pre-check)
            tag_founded_labs(tagged)  # "from Mira Murati's startup": Thinking Machines Lab
    tag_hiring_companies(title, summary)  # "Hyundai taps X": a company the summary confirms
    ext = headline_event(title, summary)
    event = ext.event
    if event and event.action == "return" and event.from_lab is None:
        # "X returns to steer OpenAI" + "after a three-month hiatus": back in the same post. A
        # headline telling the return with its pause ("returns after three-month leave") is
        # news of the return, as the written sets label it
        told = not PAUSE_WORDS.isdisjoint(title.lowers)
        pause = None if told else break_told(summary.toks)
        if pause:
            ext.event = None
            ext.reasons.append(f"a return from a pause ('{pause}') to the same post, no move")
            return ext
    if event and event.action in ARRIVING and event.to_lab and co_leaders(title):
        # "Oracle names co-CEOs", "promotes X and Y to co-CEO": a pair named, no one mover
        ext.event = Event(
            None, "appointed" if event.from_lab is None else "join", event.from_lab, event.to_lab
        )
        return ext
    if event and event.action in LEAVING and not title_lab(title, event.from_lab):
        # "steps down as White House AI adviser"; "Pentagon's first chief AI officer leaves"
        # over a lab the summary names only for the successor ("previously worked at Google")
        frm = public_origin(title) or (public_origin(summary) if event.from_lab is None else None)
        if frm:
            ext.event = Event(event.person, event.action, frm, event.to_lab)
            return ext
    if event and event.from_lab is None and event.action in ARRIVING:
        frm = arrival_origin(title, event.person, event.to_lab)
        if frm:  # "names former Stripe exec X CTO": an outside hire, a join
            hired = called_former(title) and event.to_lab not in GOVERNMENT_NAMES
            action = outside_hire(event.action) if hired else event.action
            ext.event = Event(event.person, action, frm, event.to_lab)
            return ext
        frm = arrival_origin(summary, event.person, event.to_lab)
        # "X, who is currently the Dean ... at Mount Sinai": a post held elsewhere now
        frm = frm or current_post_origin(summary, event.person, event.to_lab)
        if not frm and event.action in ("join", "return"):
            frm = summary_departure(summary, event.person, event.to_lab)
        if not frm and event.action in ("join", "return"):
            frm = losing_lab(summary, event.to_lab)
        if frm:  # "Meta names X chief scientist" + "X, formerly of OpenAI, ...": from OpenAI
            ext.event = Event(event.person, event.action, frm, event.to_lab)
            return ext
        frm = creator_origin(title, event.to_lab) or creator_origin(summary, event.to_lab)
        if frm:  # "a co-creator of ChatGPT is appointed chief scientist by Meta": from OpenAI
            ext.event = Event(event.person, event.action, frm, event.to_lab)
            return ext
        if event.action == "join":
            frm = academic_origin(title, event.person) or academic_origin(summary, event.person)
            if frm:  # "Acme recruits Yale's youngest professor" + "Yale physicist Jane Roe"
                ext.event = Event(event.person, event.action, frm, event.to_lab)
                return ext
        frm = acquired_origin(title, event.to_lab) or acquired_origin(summary, event.to_lab)
        if frm:  # "to become CTO with the acquisition of X", "license X's tech, hire its CEO"
            ext.event = Event(event.person, outside_hire(event.action), frm, event.to_lab)
            return ext
        if event.action == "appointed" and former_public_post(title):
            # "names former Trump adviser X president": an outside hire from public service;
            # "former White House coordinator X named ...": from the White House
            ext.event = Event(event.person, "join", former_office(title), event.to_lab)
            return ext
    if event and event.from_lab is None and event.action in TAKING:
        # "has brought on board the team from Acme Labs": the title's object, or the
        # summary's for a raid it tells
        frm = taken_origin(title, event.to_lab) or taken_origin(summary, event.to_lab)
        if not frm and event.action == "poach":
            # "poaches Coinbase's marketing team" + "executives leaving Coinbase": the lab a
            # raid's people come from, as an arrival's (arrival_origin)
            frm = arrival_origin(title, None, event.to_lab) or arrival_origin(
                summary, None, event.to_lab
            )
            # "hires WizardLM, a Microsoft AI group", "brings Hume AI's CEO and engineers"
            frm = frm or staff_owner(title, event.to_lab) or staff_owner(summary, event.to_lab)
        if frm:  # "has brought on board the founders of the AI robotics startup X"
            ext.event = Event(event.person, event.action, frm, event.to_lab)
            return ext
    if event and event.from_lab is None and event.action == "join" and event.to_lab:
        frm = left_unlisted(title, event.to_lab)
        if frm:  # "X leaves Shopify for OpenAI": a company on no list left
            ext.event = Event(event.person, event.action, frm, event.to_lab)
            return ext
    if (
        event
        and event.person
        and event.from_lab is None
        and event.action in HELD_OR_LEFT
        and not (event.action == "appointed" and event.to_lab in GOVERNMENT_NAMES)
    ):
        # "X, Acme CEO, to be hired by Nvidia", "X steps down as CEO of Acme": the company
        # the mover leads is the one left (a founder may lead another company meanwhile); an
        # appointee's post elsewhere ("Intel's AI chief X to take the helm as Nokia CEO")
        # makes an outside hire, a join (a government's adviser may keep their company)
        if event.action in ARRIVING:
            apposed = event.action == "appointed"
            frm = held_company(title, event.person, event.to_lab, apposed) or held_company(
                summary, event.person, event.to_lab, apposed
            )
        else:
            frm = left_post(title, event.person, event.to_lab) or left_post(
                summary, event.person, event.to_lab
            )
        if frm and frm != event.to_lab:
            ext.event = Event(event.person, outside_hire(event.action), frm, event.to_lab)
            return ext
    if event and event.from_lab is None and (event.action in LEAVING or event.action == "found"):
        frm = founder_company(title)  # "X, Cruise's co-founder, quits", "Cruise founder X is back"
        if frm and frm != event.to_lab:
            ext.event = Event(event.person, event.action, frm, event.to_lab)
            return ext
    if (
        event
        and event.from_lab
        and event.action in ("join", "leave")
        and not STARTUP_WORDS.isdisjoint(title.lowers)
        and startup_left(title)
    ):
        own = named_startup(summary)
        if own and own not in (event.from_lab, event.to_lab):
            # "DeepMind co-founder leaves startup to run Microsoft AI" + "has left his startup
            # Inflection AI": the startup left, not the lab the role describes
            event = ext.event = Event(event.person, event.action, own, event.to_lab)
    if event and event.action == "leave" and event.from_lab and event.to_lab is None:
        to = unlisted_destination(title, summary, event.from_lab)
        if to:  # "Intel's AI chief leaves to run Nokia": a join, to a company on no list
            event = ext.event = Event(event.person, "join", event.from_lab, to)
    if (
        event
        and event.person
        and event.from_lab
        and event.action in ("join", "leave")
        and all(n != event.person for _, _, n in title.people)  # the summary's mover only
    ):
        own = lab_person(summary, event.from_lab)
        if own and own != event.person:
            # "Nokia will replace CEO X with Intel's AI head Y": Y is the one leaving Intel
            ext.event = Event(own, *_rest(event))
    return ext


def left_unlisted(title: Tagged, to: str) -> str | None:
    """'X leaves Shopify for OpenAI', 'quits Stripe to join Anthropic': the company on no list
    (one to three capitalised words) between a verb of leaving and 'for' or 'to' the lab."""
    if LEFT_FORMS.isdisjoint(title.lowers):
        return None  # (most joins: no scan of the tokens)
    toks = title.toks
    for k, tok in enumerate(toks):
        if tok.lower not in LEFT_FORMS:
            continue
        stop = next(
            (m for m in range(k + 2, min(len(toks), k + 5)) if toks[m].lower in {"for", "to"}), -1
        )
        if stop > 0 and to in {t.lab for t in toks[stop + 1 : stop + 4]}:
            return company_words(toks, k + 1, stop)
    return None


STARTUP_OWNERS = frozenset(["his", "her", "their", "own", "ai", "the"])


def startup_left(title: Tagged) -> bool:
    """'X leaves startup to ...', 'quits his AI startup': the company left is a startup the
    headline does not name."""
    lowers = title.lowers
    for k, word in enumerate(lowers):
        if word in LEFT_FORMS:
            m = k + 1
            while m < len(lowers) and lowers[m] in STARTUP_OWNERS:
                m += 1
            if m < len(lowers) and lowers[m] in STARTUP_WORDS:
                return True
    return False


def named_startup(summary: Tagged) -> str | None:
    """The lab a summary names right after a startup word ('left his startup Inflection AI')."""
    toks = summary.toks
    return next(
        (
            toks[k + 1].lab
            for k in range(len(toks) - 1)
            if toks[k].lower in STARTUP_WORDS and toks[k + 1].lab
        ),
        None,
    )


CORP_TAIL = frozenset(["corp", "inc", "ltd", "co", "plc", "."])


def possessive_end(toks: list[Tok], k: int) -> int:
    """Just past the possessive of the name ending at k ("Intel's", "Intel Corp.'s"), or -1."""
    if toks[k].poss:
        return k + 1
    j = k + 1
    while j < len(toks) and toks[j].lower in CORP_TAIL:
        j += 1
    if j + 1 < len(toks) and toks[j].text == "'" and toks[j + 1].lower == "s":
        return j + 2
    return j if j > k + 1 and toks[j - 1].poss else -1


# Words between a lab's possessive and the person it describes ("Intel Corp.'s recently
# appointed head of artificial intelligence Justin Hotard").
LAB_PERSON_REACH = 9


def lab_person(summary: Tagged, lab: str) -> str | None:
    """The person the summary describes as the lab's own ("Intel's AI chief X"), when the
    description runs from the lab's possessive to the name with no clause break."""
    toks = summary.toks
    for k, tok in enumerate(toks):
        if tok.lab != lab or (k + 1 < len(toks) and toks[k + 1].lab == lab):
            continue
        j = possessive_end(toks, k)
        if j < 0:
            continue
        for m in range(j, min(len(toks), j + LAB_PERSON_REACH)):
            if toks[m].person:
                role = any(t.lower in ROLE_WORDS for t in toks[j:m])
                return toks[m].person if role else None
            if not toks[m].text[:1].isalnum():
                break  # a clause break before any name
    return None


# A post two people share, written "co-<post>": plural, it names a pair ("names co-CEOs").
CO_POSTS = frozenset(["ceo", "head", "lead", "leader", "president", "chief", "director"])
CO_WORDS = frozenset(f"co-{post}{s}" for post in CO_POSTS for s in ("", "s"))


def co_leaders(title: Tagged) -> bool:
    """'Oracle names co-CEOs', 'promotes X and Y to co-CEO': the headline gives a shared post
    to a pair (plural, or two names joined by 'and' before it), not to one person."""
    lowers = title.lowers
    if CO_WORDS.isdisjoint(lowers):
        return False  # the common case, in one look-up
    for k, word in enumerate(lowers):
        if word not in CO_WORDS:
            continue
        post = word[3:]
        if post.endswith("s") and post[:-1] in CO_POSTS:
            return True
        if post in CO_POSTS and pair_before(title, k):
            return True
    return False


def pair_before(title: Tagged, k: int) -> bool:
    """Two people named before position k, with 'and' between them ('X and Y to co-CEO')."""
    names = [(s, e) for s, e, _ in title.people if e <= k]
    return (
        len(names) >= 2 and title.lowers[names[-2][1]] == "and" and names[-1][0] == names[-2][1] + 1
    )


def title_lab(title: Tagged, lab: str | None) -> bool:
    """Whether the headline itself names this lab (None: no lab at all)."""
    return lab is not None and lab in [name for _, _, name in title.labs]


def summary_departure(summary: Tagged, person: str | None, to: str | None) -> str | None:
    """'X joins OpenAI' + 'X has officially left Google, joining a rival': the lab the summary
    says the mover left, right after its verb of leaving (not someone else's departure)."""
    toks = summary.toks
    for k in range(len(toks) - 1):
        if toks[k].lower not in LEFT_FORMS:
            continue
        m = k + 1 + (toks[k + 1].lower == "the" and k + 2 < len(toks))
        lab = toks[m].lab
        if lab and lab != to and not toks[m].poss and mover_named_before(summary, person, k):
            return lab
    return None


# Verbs a lab loses people by, or people leave it by ("Acme lost two co-founders", "researchers
# at Acme have departed the company").
LOSING = frozenset(["lost", "loses", "departed", "left", "quit"])


def losing_lab(summary: Tagged, to: str | None) -> str | None:
    """'Two founders return to OpenAI' + 'Thinking Machines Lab lost two co-founders this week',
    'researchers at Meta's lab have departed the company ... to rejoin OpenAI': the one lab a
    sentence of the summary names before its verb of losing or leaving, the returning people's
    last employer; none where the sentence names the lab returned to first or a person (whose
    departure it may be) before the verb."""
    toks = summary.toks
    start = 0
    for k, tok in enumerate(toks):
        if tok.text in {".", "!", "?"}:
            start = k + 1
            continue
        if tok.lower not in LOSING:
            continue
        labs = {t.lab for t in toks[start:k] if t.lab}
        if len(labs) == 1 and to not in labs and not any(t.person for t in toks[start:k]):
            return labs.pop()
    return None


# Roles of the people who made a product (its "co-founder" too: "co-founder of PyTorch"): its
# maker is where they came from.
CREATORS = frozenset(
    ["creator", "co-creator", "cocreator", "inventor", "co-inventor", "co-founder", "cofounder"]
)


def creator_origin(tagged: Tagged, to: str | None) -> str | None:
    """'a co-creator of ChatGPT', 'ChatGPT co-creator X': the maker of the product the
    arriving person made (not the lab they arrive at)."""
    lowers = tagged.lowers
    if CREATORS.isdisjoint(lowers):
        return None
    toks = tagged.toks
    for k, word in enumerate(lowers):
        if word not in CREATORS:
            continue
        if k + 2 < len(toks) and lowers[k + 1] == "of":
            maker = PRODUCT_LABS.get(lowers[k + 2]) if toks[k + 2].text[:1].isupper() else None
        elif k and toks[k - 1].text[:1].isupper():
            maker = PRODUCT_LABS.get(lowers[k - 1])
        else:
            maker = None
        if maker and maker != to:
            return maker
    return None


def outside_hire(action: Action) -> Action:
    """Someone the headline itself calls a former employee of another company ("names former
    Stripe exec X CTO") joins the lab; where only the summary gives the past employer, the
    sets label a post as an appointment (the person may have joined months before)."""
    return "join" if action == "appointed" else action


# Posts in public service that a headline gives an outside hire ("former Treasury official").
PUBLIC_POSTS = frozenset(
    ["adviser", "advisor", "aide", "official", "diplomat", "ambassador", "senator", "minister"]
)


def former_public_post(title: Tagged) -> bool:
    """'former Trump adviser', 'ex-White House official': the headline calls the person a
    former public servant, someone who comes from outside the company."""
    lowers = title.lowers
    return former_office(title) is not None or any(
        former_word(word) and not PUBLIC_POSTS.isdisjoint(lowers[k + 1 : k + 4])
        for k, word in enumerate(lowers)
    )


def former_office(title: Tagged) -> str | None:
    """The White House, where the headline calls the person a former White House official
    ('Former White House CHIPS Coordinator X', 'ex-White House aide')."""
    lowers = title.lowers
    for k, word in enumerate(lowers[:-2]):
        if (word in FORMER or word == "ex") and lowers[k + 1 : k + 3] == ["white", "house"]:
            return WHITE_HOUSE
    return None


def founder_described(title: Tagged, summary: Tagged, event: Event) -> Event:
    """'joins a startup founded by OpenAI's former CTO': OpenAI is where the founder was, the
    mover neither goes there nor comes from there; the company joined is the one the summary
    names, or unknown."""
    if event.to_lab and founders_employer(title.toks, event.to_lab):
        event = event._replace(to_lab=joined_in_summary(summary, event.to_lab))
    if event.from_lab and founders_employer(title.toks, event.from_lab):
        event = event._replace(from_lab=None)
    return event


def called_former(title: Tagged) -> bool:
    """'former Stripe exec', 'ex-Meta executive': the headline calls the person a former
    employee of somewhere ('From OpenAI researcher to Meta lead' tells a career, not a hire)."""
    return any(former_word(t.lower) for t in title.toks)


def headline_event(title: Tagged, summary: Tagged) -> Extraction:
    """The move event of a headline (summary used for a missing person or as a fallback)."""
    ext = Extraction()
    if is_opinion(title.toks):
        ext.reasons.append("an opinion piece discusses a move, it does not report one")
        return ext
    nothing = not_a_move(title) or tally_over_span(title) or guide_piece(title)
    if nothing:
        ext.reasons.append(nothing)
        return ext
    if not BUY_FORMS.isdisjoint(title.lowers):
        instead = taken_instead(title, summary)
        if instead:  # "didn't acquire X. It took the team": before "took"/"hired" alone
            ext.event = instead[0]
            ext.reasons.append(instead[1])
            return ext
    triggers = find_triggers(title)
    for n, trig in enumerate(triggers):
        described = described_group(title.toks, trig.start, trig.end, trig.kind)
        if described:
            ext.reasons.append(described)
            continue
        event = event_at(title, summary, trig, ext)
        told = retold(title, summary, trig, event) if event else None
        if told:
            ext.reasons.append(told)
            ext.final = True
            return ext
        if event:
            ext.reasons.append(f"move verb '{trig.phrase}' in the headline")
            event = later_person(title, summary, event, triggers[n + 1 :])
            if n + 1 < len(triggers) and left_and_returned(title, trig, triggers[n + 1], event):
                # "has left and returned to OpenAI": the second verb says which arrival it is
                event = Event(event.person, "return", event.from_lab, event.to_lab)
            if event.action in LEAVING and event.from_lab and not event.to_lab:
                event = successor(title, summary, event, triggers[n + 1 :])
            ext.event = group_raid(follow_up(title, summary, event, triggers[n + 1 :]), ext, title)
            return ext
    if ext.final:  # a denial, a seat or a retelling: the summary tells the same story
        return ext
    listed = listicle(title.toks, [t.start for t in triggers]) if triggers else None
    if listed:  # "Here are 11 people who have left": nor are the summary's examples news
        ext.reasons.append(listed)
        return ext
    led = (
        former_led_unit(title, summary)
        or school_unit_head(title)
        or opened_unit_led_by(title, summary)
        or appointment_noun(title, summary)
        or fronted_leader(title, summary)
    )
    if led:  # "Acme opens hub led by former Initech scientist X", "cheer appointment of CEO X"
        ext.event = led
        ext.reasons.append("a unit led by a former outsider, or an appointment's noun, named")
        return ext
    met = met_hire(title, triggers) if triggers and title.toks[0].lower == "meet" else None
    if met:  # "Meet X, the OpenAI engineer Anthropic has poached": X is the one hired
        ext.event = met
        ext.reasons.append("'Meet X, <who> <hirer> hired': a profile of the one hired")
        return ext
    now_led = now_leading(title) if title.toks and title.toks[0].lower == "meet" else None
    if now_led:  # "Meet X, Acme's Autopilot head who now leads Optimus": X's new post
        ext.event = now_led
        ext.reasons.append("'Meet X, ... now leads <unit>': a profile of a new post's holder")
        return ext
    vague = vague_event(title, summary) or (None if triggers else new_venture(title, summary))
    if vague:
        ext.event = vague[0]
        ext.reasons.append(vague[1])
        return ext
    if not MINISTER_WORDS.isdisjoint(title.lowers):
        minister = minister_event(title, summary)
        if minister:  # "X named federal AI minister": a cabinet's AI post, at its government
            ext.event = minister
            ext.reasons.append("a minister's post for AI, digital or technology taken")
            return ext
    apposed = apposed_head(title, summary) or announced_head(title, summary)
    if apposed:  # "X, new director general of the Y Agency": a head's post just given
        ext.event = apposed
        ext.reasons.append("a body's new head, in apposition or announced by the body")
        return ext
    if announces_staff_change(title.lowers) and staff_change_event(title, summary, ext):
        return ext  # "The chip giant welcomes a new president": the summary's lede says who
    owner = new_post_owner(title) if "new" in title.lowers else None
    if owner and joined_new_post(summary, owner, ext):
        return ext  # "What does Acme's new CFO plan?" + "X joins from Initech to lead ..."
    org_post = may_give_post(title.lowers, summary.lowers)
    named = title.labs or title.people or names_company(title.toks) or org_post
    if not named and not may_name_body(title.lowers):  # "... to run AI safety at US institute"
        return ext
    body = public_body_event(title, summary)
    if body:  # "administration appoints X as director of AI Safety Institute"
        ext.event = body
        ext.reasons.append("the head of a public AI body (office, institute, taskforce) named")
        return ext
    public = public_post_event(title)
    if public:  # "Trump taps X as AI czar": a government AI post, before the summary's verbs
        ext.event = public
        ext.reasons.append(
            "a government post taken: an AI post, or any post given to a lab's person"
        )
        return ext
    if not org_post and title.people:  # "FDA appoints X" + "X as its chief AI officer"
        org_post = may_give_person(title.lowers, summary.lowers)
    org = org_post_event(title, summary) if org_post else None
    if org:  # "HSBC names first chief AI officer": an AI post at an organisation on no list
        ext.event = org
        ext.reasons.append("an AI post (chief AI officer, head of AI) given by an organisation")
        return ext
    if summary_event(title, summary, ext, lede=not triggers):
        return ext
    deal = deal_event(title, summary)  # after the summary's own move verb, which says more
    if deal:
        ext.event = deal[0]
        ext.reasons.append(deal[1])
        return ext
    if not ext.reasons:
        ext.reasons.append("no move verb (joins, leaves, hires, ...) in the headline")
    return ext


def staff_change_event(title: Tagged, summary: Tagged, ext: Extraction) -> bool:
    """A headline announcing a change of people and naming no mover ('Acme reconfigures its
    model leadership'): the move the summary's lede tells (its past simple too), of a person
    it names; a change with no one named is no one's move."""
    if title.people or not summary.people:
        return False
    if not summary_event(title, summary, ext, lede=True, fresh=True):
        return False
    if ext.event is None or ext.event.person is None:
        ext.event = None
        ext.reasons.append("a change of people announced, and the summary names no one moving")
        return False
    ext.reasons.append("a change of people announced by the headline, the mover by the summary")
    return True


NEW_POST_REACH = 3  # "Acme's new chief people officer": the post's head word within three


def new_post_owner(title: Tagged) -> str | None:
    """The lab whose post has a new holder ('What Does Acme's New Chief People Officer Plan
    to Change?', 'Why Acme's New CFO Is a Game-Changer'): a lab's possessive right before
    'new' and a post; not 'a new CEO' of nobody's, which may be any company's."""
    toks = title.toks
    for k in range(1, len(toks)):
        if toks[k].lower != "new" or not (toks[k - 1].lab and toks[k - 1].poss):
            continue
        if not NEWCOMER_POSTS.isdisjoint(title.lowers[k + 1 : k + 1 + NEW_POST_REACH]):
            return toks[k - 1].lab
    return None


def joined_new_post(summary: Tagged, owner: str, ext: Extraction) -> bool:
    """Under a headline on a lab's new post holder (new_post_owner), the lede's named person
    who 'joins from <company>' with no lab joined joins that lab, from that company; not a
    past arrival ('X, who joined from Initech in 2019, ...': no present 'joins')."""
    toks = summary.toks
    for trig in find_triggers(summary):
        if trig.kind != "join" or trig.end >= len(toks) or toks[trig.end].lower != "from":
            continue
        if not _summary_trigger_ok(summary, trig) or past_form(trig):
            continue
        at = subject_end(toks, trig.start)
        person = next((n for s, e, n in summary.people if e == at), None)
        frm = org_after(toks, trig.end + 1, sentence_end(toks, trig.start))
        if person and frm != owner:
            ext.event = Event(person, "join", frm, owner)
            ext.reasons.append("a lab's new post holder named by the headline, joining by the lede")
            return True
    return False


HIRE_KINDS = frozenset(["hire", "raid"])
CONTACT_SKIP = frozenset(["has", "have", "had", "just", "recently"])


def profile_name(title: Tagged) -> tuple[str, int] | None:
    """The name a profile headline opens with after one word ('Meet X, ...') and the place
    of the comma that starts its description, or None."""
    toks, people = title.toks, title.people
    if not people or people[0][0] != 1 or people[0][1] >= len(toks):
        return None
    name, comma = people[0][2], people[0][1]
    return (name, comma) if toks[comma].text == "," else None


def met_hire(title: Tagged, triggers: list[Trigger]) -> Event | None:
    """'Meet X, the OpenAI engineer Anthropic has poached', 'Meet X, IIT grad from OpenAI
    Mark Zuckerberg has hired for Meta's lab': a profile whose description ends in a relative
    clause with no 'who', the hirer (a lab, or a person hiring for the lab named after the
    verb) right before the hiring verb; X is hired, from the lab the description names."""
    toks = title.toks
    profiled = profile_name(title)
    if profiled is None:
        return None
    name, comma = profiled
    trig = next((t for t in triggers if t.kind in HIRE_KINDS and t.start > comma), None)
    if trig is None or any(t.text in BOUNDARIES for t in toks[comma + 1 : trig.start]):
        return None
    k = trig.start
    while k > comma + 1 and toks[k - 1].lower in CONTACT_SKIP:
        k -= 1
    hirer = toks[k - 1]
    if hirer.lab:
        to: str | None = hirer.lab
    elif hirer.person:
        end = next((m for m in range(trig.end, len(toks)) if toks[m].text in BOUNDARIES), len(toks))
        to = next((t.lab for t in toks[trig.end : end] if t.lab), None)
    else:
        return None
    start = k - 1
    while start > comma + 1 and (toks[start - 1].lab or toks[start - 1].person) == (
        hirer.lab or hirer.person
    ):
        start -= 1
    frm = next((t.lab for t in toks[comma + 1 : start] if t.lab and t.lab != to), None)
    if to is None or frm is None:
        return None
    return Event(name, "join", frm, to)


# Verbs of leading after "now" in a profile's description ("who now leads", "Now Leading").
NOW_LEADING = frozenset(["leads", "leading", "heads", "heading", "runs", "running", "helms"])
CLAUSE_ENDS = BOUNDARIES | {"."}


def now_leading(title: Tagged) -> Event | None:
    """'Meet X, Acme's Autopilot head who now leads Optimus', 'Meet X, the architect now
    leading Acme's robot program': a profile whose description says X now leads something is
    X's new post, at the lab the headline names after the name; without 'now' ('Meet X, the
    VP who leads Gemini') it describes a standing post."""
    toks = title.toks
    profiled = profile_name(title)
    if profiled is None:
        return None
    name, comma = profiled
    verb = next(
        (
            k
            for k in range(comma + 2, len(toks))
            if toks[k].lower in NOW_LEADING and toks[k - 1].lower == "now"
        ),
        -1,
    )
    if verb < 0 or any(t.text in BOUNDARIES for t in toks[comma + 1 : verb]):
        return None
    # the lab led, after the verb, else the description's own ("Acme's Autopilot head"), in
    # the description's clause only; never a past employer ("the ex-Acme engineer")
    end = next((k for k in range(verb, len(toks)) if toks[k].text in CLAUSE_ENDS), len(toks))
    lab = next((t.lab for t in toks[verb + 1 : end] if t.lab), None) or next(
        (
            toks[k].lab
            for k in range(comma + 1, verb)
            if toks[k].lab and not former_word(toks[k - 1].lower)
        ),
        None,
    )
    return Event(name, "appointed", None, lab) if lab else None


def left_and_returned(title: Tagged, trig: Trigger, nxt: Trigger, event: Event) -> bool:
    """'X has left xAI and returned to OpenAI', 'has left and gone back to Google': a leaving
    verb joined by 'and' to a return, read as one arrival, is a return to where it goes."""
    if event.action != "join" or trig.kind != "leave" or nxt.kind != "return":
        return False
    toks = title.toks
    between = [t for t in toks[trig.end : nxt.start] if not t.lab]
    return [t.lower for t in between] == ["and"]


def counted_group(toks: list[Tok], j: int, start: int) -> bool:
    """'three senior executives', 'The Three People Who ...': a group with a head count at the
    head of the clause ("Acme's leaders join Google" counts no one: the article names them)."""
    if toks[j].lower not in GROUP_WORDS:
        return False
    return any(t.lower in COUNT_WORDS or t.lower.isdigit() for t in toks[start:j])


# A lab's workforce, not a few people of a trade the article names ("OpenAI employees",
# "Meta staff"; "researchers from Cohere join Mistral" and "Windsurf's leaders" stay joins).
RANKS = frozenset(["employees", "staff", "staffers", "workers", "personnel", "people"])
# A lab's specialists, a group when the lab they leave is written before them ("Former Tesla
# Engineers Join xAI", "OpenAI Stargate execs join Meta"); "engineers from Tesla join xAI"
# stays a join, as the sets label it.
SPECIALISTS = frozenset(["engineers", "researchers", "scientists", "execs", "executives"])
OWNER_REACH = 3  # "OpenAI Stargate infrastructure execs"


def staff_moving(toks: list[Tok], j: int, event: Event) -> bool:
    """'OpenAI employees are leaving to join Google DeepMind', 'several key employees have left
    OpenAI, flocking to join ...', 'Former Tesla engineers join xAI': a lab's workforce, nobody
    named, going from one lab to another is a group (a raid, as when the lab is the
    subject)."""
    if not (event.from_lab and event.to_lab):
        return False
    if toks[j].lower in RANKS:
        return True
    return toks[j].lower in SPECIALISTS and any(
        t.lab == event.from_lab for t in toks[max(0, j - OWNER_REACH) : j]
    )


def counted_head(toks: list[Tok], start: int, verb: int) -> int:
    """'All 6 authors of <a paper> have left', 'The four co-founders of X are gone': a counted
    group opening the clause is its subject, however long what describes it; its index, or -1."""
    k = start + (toks[start].lower in {"all", "the"})
    if k + 1 >= verb or not (toks[k].text.isdigit() or toks[k].lower in COUNT_WORDS):
        return -1
    return k + 1 if group_word(toks[k + 1].lower) else -1


def group_raid(event: Event, ext: Extraction, tagged: Tagged) -> Event:
    """'Three OpenAI infrastructure leads join Meta', 'the people who built X left OpenAI for
    Meta': a group nobody names going from one lab to another is a raid, as when the lab is
    the subject ('Meta hires three OpenAI researchers'). Going to two labs ('Apple loses top
    AI talent to Meta & Google') it is no one lab's raid: the lab left loses them."""
    if event.person is None and event.from_lab and dispersed(tagged, event):
        return Event(None, "leave", event.from_lab, None)
    if ext.group and event.person is None and event.action == "join" and event.from_lab:
        return Event(None, "poach", event.from_lab, event.to_lab)
    return event


# Words that may stand between 'to'/'for' and the labs a group goes to ("for rivals Meta and
# Google", "to primary competitors Google and Meta").
DESTINATION_INTROS = word_set("to for")
RIVAL_WORDS = word_set("rivals rival competitors competitor primary main big tech")
LAB_AND = word_set("and &")


def dispersed(tagged: Tagged, event: Event) -> bool:
    """Whether the unnamed movers' destination is one of two labs or more, joined by 'and' or
    '&' after 'to' or 'for' ('departs for Google and Meta'): people leaving for several
    labs, not one arrival."""
    if event.action not in ("join", "poach") or not event.to_lab:
        return False
    toks = tagged.toks
    for k, tok in enumerate(toks[:-2]):
        if tok.lab != event.to_lab or (k and toks[k - 1].lab == tok.lab):
            continue
        m = k - 1
        while m > 0 and toks[m].lower in RIVAL_WORDS:
            m -= 1
        if m < 0 or toks[m].lower not in DESTINATION_INTROS:
            continue
        n = k + 1
        while n < len(toks) and toks[n].lab == tok.lab:
            n += 1
        other = toks[n + 1].lab if n + 1 < len(toks) and toks[n].lower in LAB_AND else None
        if n < len(toks) and toks[n].lab:
            other = toks[n].lab  # "for Google OpenAI Microsoft and Meta": a list with no commas
        if other and other not in (tok.lab, event.from_lab):
            return True
    return False


def retold(title: Tagged, summary: Tagged, trig: Trigger, event: Event) -> str | None:
    """Why a move the headline tells is no news of one (None: it is news): an episode told
    whole ('Left for Cursor, Came Back'), or a lab's past hiring that its summary tells as who
    works there ('DeepSeek hired employees from Microsoft' + 'has a number of former
    Microsoft employees')."""
    if round_trip(title.toks, trig):
        return f"'{trig.phrase}' and a return after it retell an episode that is over"
    if event.action == "poach" and past_simple(title.toks, trig) and staff_told(summary):
        return f"'{trig.phrase}' describes who works at the lab, as its summary does"
    return None


def summary_event(
    title: Tagged, summary: Tagged, ext: Extraction, lede: bool = False, fresh: bool = False
) -> bool:
    """A move verb of the summary's own lede, for a headline that names a lab or a person
    but no move (whether one was found: ext.event). With `lede` (a headline with no move verb
    at all: "Google just scored a big win in the AI talent war"), the first sentence's past
    simple of a person's own move tells the news too (lede_past); with `fresh` (a headline
    announcing a new holder of a post, jobs/language/staff_change.py), a lab's appointing too."""
    if "as" in title.lowers and tenure_told(title.toks):
        ext.reasons.append("the headline tells what someone does 'as <lab> CEO', not a move")
        return False
    if not STAKING.isdisjoint(title.lowers) and money_staked(title.toks):
        ext.reasons.append("the headline tells money staked (bets, raises $X), not a move")
        return False
    lede = lede and SPECULATING.isdisjoint(title.lowers)
    triggers = find_triggers(summary)
    for n, trig in enumerate(triggers):
        if _summary_trigger_ok(summary, trig, lede, fresh):
            event = event_at(summary, summary, trig, ext)
            if event and past_simple_at(summary.toks, trig) and recapped(title, event):
                continue
            if event and title.people and pronoun_subject(summary.toks, trig.start):
                # "Who is X, Apple's new CEO?" + "On September 1, he will become ...": X; not
                # who does a lab's verb ("Acme Loses AI Chief" + "... she decided to leave")
                event = Event(title_mover(title, summary, trig.kind), *_rest(event))
            if event and event.person is None and dispersed(summary, event):
                # "top-tier talent exiting for Google and Meta": several people, so none of
                # the headline's names is the mover
                event = group_raid(event, ext, summary)
            elif event and event.person is None and title.people and not hirer_told(event, ext):
                # "Who is X, Apple's new AI leader?" + "The former Gemini head joins Apple";
                # not a group hired ("Suleyman raids his old lab": he is the hirer, not a mover)
                event = Event(title_mover(title, summary, trig.kind), *_rest(event))
            if event is None and trig.kind == "join":
                event = joins_as_headline_lab(title, summary, trig)
            if event is None and trig.kind == "appoint":
                event = post_at_reshuffled_lab(title, summary, trig)
            if event and event.person and fired_by_subject(summary.toks, trig):
                event = Event(fired_person(summary, trig), *_rest(event))
            if event and event.person is None and (ext.trend or several(trig, event)):
                ext.reasons.append(
                    f"'{trig.phrase}' in the summary is several moves, no one's named"
                )
                continue
            if event and event.person is None and event.from_lab is None and explains(title):
                ext.reasons.append(f"'{trig.phrase}' in the summary is the explainer's example")
                continue
            if event and event.action == "leave" and not event.to_lab:
                # "X left Cohere and joined Mistral": the same sentence's arrival says where
                end = sentence_end(summary.toks, trig.start)
                later = [t for t in triggers[n + 1 :] if t.start < end]
                event = follow_up(summary, summary, event, later) if later else event
            if event and event.action == "leave" and not event.to_lab and event.person:
                # "X has resigned after a year. ... X announced he is joining OpenAI": a later
                # sentence's arrival of the same person, named, says where
                event = arrival_later(summary, event, triggers[n + 1 :])
            if event and event.person is None and event.to_lab and not ext.trend:
                # "Acme poaches Rival's model lead ... X joins Acme": who, told later
                event = named_arrival(summary, event, triggers[n + 1 :], ext)
            if event and event.action == "appointed" and event.from_lab is None:
                event = headline_origin(title, event)  # "X from Microsoft Takes the Lead"
            if event and event.action == "join" and event.from_lab is None:
                event = ousted_origin(title, event)  # "Fired From Google, X to Join Startup"
            if event:
                ext.reasons.append(f"move verb '{trig.phrase}' in the summary")
                ext.event = group_raid(event, ext, summary)
                return True
    return False


def explains(title: Tagged) -> bool:
    """'The Race for AI Talent: How Companies Like Acme and Initech Are Competing', 'How X
    and Y Steal Each Other's Talent': a headline with a clause explaining how or why
    (lab_moves.explainer) and no move of its own read, whose summary's hiring of people nobody
    names or places ('attracts top researchers') is an example of the trend, not news; 'How
    Acme Is Winning the Talent War' + 'authors have left Initech, with many joining Acme'
    tells a raid on Initech."""
    toks = title.toks
    return any(
        explainer(toks, k) for k in range(len(toks)) if k == 0 or toks[k - 1].text in BOUNDARIES
    )


def named_arrival(summary: Tagged, event: Event, later: list[Trigger], ext: Extraction) -> Event:
    """A summary's move with nobody named ('ByteDance raids Alibaba for talent') whose later
    clause has a named person as the subject of joining the same lab, in the present or
    present perfect ('... X joins ByteDance'): X is the one taken, coming from the lab the
    move names. A past arrival ('X joined ByteDance in 2021') is background, and one who only
    speaks of the arrivals ('CEO X says the new staff join ...') is no mover."""
    for trig in later:
        if trig.kind != "join" or not _summary_trigger_ok(summary, trig):
            continue
        subject = joining_subject(summary, trig)
        nxt = subject and event_at(summary, summary, trig, Extraction())
        if nxt and nxt.to_lab == event.to_lab and nxt.action == "join":
            ext.group = False
            return Event(subject, "join", event.from_lab or nxt.from_lab, event.to_lab)
    return event


SUBJECT_GAP = 2  # "X has joined", "X will join": auxiliaries between the subject and its verb


def joining_subject(summary: Tagged, trig: Trigger) -> str | None:
    """The person named as the subject right before a verb of joining (mover_at), or None."""
    for start, end, name in summary.people:
        if end <= trig.start <= end + SUBJECT_GAP and mover_at(summary.toks, start, end, False):
            return name
    return None


def headline_origin(title: Tagged, event: Event) -> Event:
    """A summary's appointment whose person the headline places at another lab ('X from
    Microsoft takes the lead', "Microsoft's X to head ..."): a hire from that lab, a join."""
    if event.person is None:
        return event
    toks = title.toks
    surname = event.person.split()[-1]
    for start, stop, name in title.people:
        if name.split()[-1] != surname:
            continue
        lab = lab_of_person(toks, start)
        if lab is None and stop + 1 < len(toks) and toks[stop].lower == "from":
            lab = toks[stop + 1].lab
        if lab and lab != event.to_lab:
            return Event(event.person, "join", lab, event.to_lab)
    return event


# Participles opening a headline that say a lab let its subject go ("Fired From Google After
# Critical Work, AI Researcher X to Join Startup").
OUSTED_OPENERS = word_set("fired ousted sacked dismissed axed")


def ousted_origin(title: Tagged, event: Event) -> Event:
    """A summary's join with no lab left, whose headline opens 'Fired From <lab>, ...': a join
    from that lab (the summary may name only a team there: 'former co-head of its ethics
    group')."""
    toks = title.toks
    if len(toks) < 3 or toks[0].lower not in OUSTED_OPENERS or toks[1].lower != "from":
        return event
    lab = toks[2].lab
    if lab is None or lab == event.to_lab:
        return event
    return Event(event.person, event.action, lab, event.to_lab)


def arrival_later(summary: Tagged, event: Event, later: list[Trigger]) -> Event:
    """A summary's departure whose later sentence tells the same person, named in it, joining
    or returning to a lab named right after the verb ('X has resigned ... Shortly after his
    departure, X announced he is joining OpenAI'): a join, from the lab left to that lab.
    Nobody else's arrival counts, nor one whose sentence names another person first."""
    toks = summary.toks
    surname = (event.person or "").split()[-1]
    for trig in later:
        if trig.kind not in ("join", "return") or trig.subject != "person":
            continue
        if trig.phrase.split()[0].endswith("ed"):
            continue  # "X joined Meta in 2019": a past post retold, not where X goes now
        to = next((t.lab for t in toks[trig.end : trig.end + 2] if t.lab), None)
        if to is None or to == event.from_lab:
            continue
        start = sentence_start(toks, trig.start)
        others = [n for s, _, n in summary.people if start <= s < trig.start]
        seen = any(t.text == surname for t in toks[start : trig.start])
        if seen and all(n.split()[-1] == surname for n in others):
            return Event(
                event.person, "return" if trig.kind == "return" else "join", event.from_lab, to
            )
    return event


def sentence_end(toks: list[Tok], k: int) -> int:
    """Where the sentence holding token k ends (its full stop, or the text's end)."""
    return next((m for m in range(k, len(toks)) if toks[m].text in {".", "!", "?"}), len(toks))


def money_staked(toks: list[Tok]) -> bool:
    """'X bets $1 billion on world models', 'X's startup raises $200M': funding is the news;
    the founding the summary retells is background (a move verb of the headline's own, as in
    'spends $X to hire', is read before the summary)."""
    return any(t.lower in STAKING and staked_at(toks, k + 1) for k, t in enumerate(toks))


def staked_at(toks: list[Tok], k: int) -> bool:
    """An amount right after token k, not paid 'to' do something ('invests $900 million to
    acquire <startup's CEO>' is a hire paid for)."""
    if not money_near(toks[k : k + 2], 0):
        return False
    m = k
    while m < min(len(toks), k + 4) and (
        toks[m].lower in MONEY_AFTER or toks[m].text[:1] in "$€£₹"
    ):
        m += 1
    return m == len(toks) or toks[m].lower != "to"


def joins_as_headline_lab(title: Tagged, summary: Tagged, trig: Trigger) -> Event | None:
    """'OpenAI's C-suite shakeup continues' + 'X joins as chief product officer': a
    summary's arrival with a post and no lab joins the lab its headline opens with."""
    toks = summary.toks
    if trig.end >= len(toks) or (
        toks[trig.end].lower != "as" and not referring_back(toks, trig.end)
    ):
        return None
    at = subject_end(toks, trig.start)
    person = next(((s, n) for s, e, n in summary.people if e == at), None)
    if not title.labs or title.labs[0][0] != 0 or person is None:
        return None
    if person[0] > 0 and toks[person[0] - 1].lower in RELATIVE_OBJECTS:
        return None  # "the model, which X has joined as tester": X joined the model, not a lab
    to = title.labs[0][2]
    frm = lab_between(toks, 0, person[0]) or org_before_role(toks, 0, trig.start)
    return Event(person[1], "join", frm if frm != to else None, to)


def post_at_reshuffled_lab(title: Tagged, summary: Tagged, trig: Trigger) -> Event | None:
    """'Acme reshuffles its personnel' + 'X becomes head.': under a headline announcing a
    change of people at the lab it opens with, a named person who becomes a post (a role
    right after the verb) that the summary places at no lab is appointed at that lab."""
    toks = summary.toks
    if trig.subject != "person" or not announces_staff_change(title.lowers):
        return None
    lab = reshuffled_org(title) or filling_org(title, summary)
    if lab is None:
        return None
    k = trig.end + (trig.end < len(toks) and toks[trig.end].lower == "new")
    role = toks[k] if k < len(toks) else None
    if role is None or role.lower not in ROLE_WORDS:
        return None
    verb = trig.start - (trig.start > 1 and toks[trig.start - 1].lower == "been")
    at, named = subject_end(toks, verb), subject_end(toks, verb) + 1
    # "X has been promoted to CTO"; "their Senior Vice President, X, has been promoted to CTO":
    # the subject, or the name apposed to it between commas
    person = next(
        (n for s, e, n in summary.people if e == at or (s == named and toks[e].text == ",")), None
    )
    return Event(person, "appointed", None, lab) if person else None


def reshuffled_org(title: Tagged) -> str | None:
    """The organisation whose people change: the lab opening the headline ('Acme reshuffles
    its personnel'), or the one after the change and 'at' ('Leadership change at the DFKI',
    German 'Führungswechsel am DFKI' glossed), a lab or an acronym on no list."""
    if title.labs and title.labs[0][0] == 0:
        return title.labs[0][2]
    toks = title.toks
    for k, tok in enumerate(toks[1:-1], 1):
        if tok.lower != "at" or toks[k - 1].lower not in CHANGE_NOUNS:
            continue
        m = k + 1 + (toks[k + 1].lower == "the")
        lab = next((name for s, _, name in title.labs if s == m), None)
        if lab is None and m < len(toks) and coined_name(toks[m].text) and not toks[m].person:
            end = capital_run_end(toks, m, NAME_LINKS)  # "the ETH AI Center": its whole name
            lab = " ".join(t.text for t in toks[m:end])
        return lab
    return None


# Nouns a summary calls the headline's company by after 'the' ("has joined the AI powerhouse").
REFERRING_NOUNS = STARTUP_WORDS | word_set("giant powerhouse maker")
REFERRING_REACH = 4  # "the artificial intelligence powerhouse": describing words, then the noun


APPOSITION_WORDS = 12  # words of an apposition between the subject and its verb
# Relative pronouns that make the verb's object something the clause is about, not a lab.
RELATIVE_OBJECTS = word_set("which that whom")


def subject_end(toks: list[Tok], k: int) -> int:
    """Where the subject of the verb at k ends: past 'has' and an apposition between commas
    ('X, formerly a key figure at Y, has joined')."""
    if k > 0 and toks[k - 1].lower in {"has", "have"}:
        k -= 1
    if k > 0 and toks[k - 1].text == ",":
        m = next(
            (m for m in range(k - 2, max(0, k - APPOSITION_WORDS), -1) if toks[m].text == ","), -1
        )
        k = m if m > 0 else k
    return k


def referring_back(toks: list[Tok], k: int) -> bool:
    """'has joined the artificial intelligence powerhouse as head of ...': 'the', a few
    lower-case words or acronyms ('AI') and a company's noun name the company the headline
    is about."""
    if toks[k].lower != "the":
        return False
    for m in range(k + 1, min(len(toks), k + 1 + REFERRING_REACH)):
        if toks[m].lower in REFERRING_NOUNS:
            return True
        if not toks[m].text.islower() and not toks[m].text.isupper():
            return False  # a name ("the Acme team"): no company referred back to
    return False


def tenure_told(toks: list[Tok]) -> bool:
    """'X to be decisive leader, reinvent product lineup as Apple CEO', "X's ten years as
    Microsoft CEO": a headline with no move verb telling what someone does in a post ('as'
    the lab's role) is about the tenure; the summary's retelling of the appointment is not
    its news ('as new Apple CEO' may be the appointment, and is left to the summary)."""
    for k in range(len(toks) - 2):
        if toks[k].lower != "as" or not toks[k + 1].lab:
            continue
        m = k + 1
        while m < len(toks) and toks[m].lab == toks[k + 1].lab:
            m += 1
        if m < len(toks) and toks[m].lower in ROLE_WORDS:
            return True
    return False


# Prepositions whose object is where something comes from or who does it ("praise from X",
# "backed by X"): a person after one is no mover of the headline.
SOURCE_PREPOSITIONS = frozenset(["from", "by"])


def title_mover(title: Tagged, summary: Tagged, kind: str) -> str | None:
    """The headline's person a summary's pronoun or unnamed mover stands for: the first one
    who does no lab's verb ('Stellantis Loses AI Chief', a company on no list read as a
    surname, 'Zuckerberg Hires ...': who loses or hires stays put) and owns no lab named
    after them; with none, the summary's own mover."""
    toks = title.toks
    for start, end, name in title.people:
        if toks[end - 1].poss and (toks[end - 1].lab or (end < len(toks) and toks[end].lab)):
            continue  # "rehires from Mira Murati's Thinking Machines Lab": its founder
        if start and toks[start - 1].lower in SOURCE_PREPOSITIONS:
            continue  # "... received high praise from Elon Musk": who praises stays put
        spec = trigger_spec(toks, end)
        if spec is None or spec[1] != "lab":
            return name
    return summary_person(summary, kind)


def pronoun_subject(toks: list[Tok], k: int) -> bool:
    """Whether the verb at k has 'he' or 'she' as its subject ('he will become ...')."""
    m = k
    while m > 0 and toks[m - 1].lower in SKIP_WORDS and toks[m - 1].lower not in PRONOUNS:
        m -= 1
    return m > 0 and toks[m - 1].lower in {"he", "she"}


def names_company(toks: list[Tok]) -> bool:
    """'Nonprofit LawZero to work toward safer AI': a company word before a capitalised
    name on no list names a company, whose founding the summary may tell."""
    return any(
        toks[k].lower in STARTUP_WORDS and is_name_word(toks[k + 1]) for k in range(len(toks) - 1)
    )


# "create" founds only a company named as one ("creates a new AI startup"); anything else
# created is a product, a team or a unit ("creates new engineering group", "created a model").
CREATING = frozenset(["creates", "create", "created", "creating"])
CREATED_REACH = 4  # "creates a new AI startup": the company's word within these words


def created_company(toks: list[Tok], k: int, end: int) -> bool:
    """Whether a company word follows 'create' closely."""
    return any(t.lower in STARTUP_WORDS for t in toks[k : min(end, k + CREATED_REACH)])


def hirer_told(event: Event, ext: Extraction) -> bool:
    """A group hired away or fired: the headline's person is the one who hires or fires
    ("Suleyman raids his old lab", "X purges Acme's founders"), not one who moves."""
    return event.action == "poach" or (ext.group and event.action == "fired")


def several(trig: Trigger, event: Event) -> bool:
    """'this week's executive exits': a plural noun of leaving, or an event with no lab at all,
    counts moves in general; it is no one's move."""
    plural = trig.phrase.endswith("s") and trig.phrase[:-1] in NOUN_TRIGGERS
    return plural or not (event.from_lab or event.to_lab)


def _rest(event: Event) -> tuple[Action, str | None, str | None]:
    return event.action, event.from_lab, event.to_lab


def owned_unit(toks: list[Tok], j: int, start: int) -> bool:
    """ "Acme's Research Institute": a lab written right after another lab's "'s"."""
    k = j
    while k > start and toks[k - 1].lab == toks[j].lab:
        k -= 1
    return k > start and toks[k - 1].poss and toks[k - 1].lab not in (None, toks[j].lab)


def owner_before(toks: list[Tok], j: int, start: int) -> bool:
    """'GM's Cruise', 'GM Cruise': a lab named with its owner before it, the owner no lab of the
    move (jobs/language/people.py drop_owners)."""
    k = j
    while k > start and toks[k - 1].lab == toks[j].lab:
        k -= 1
    if k == start or toks[k - 1].lab:
        return False
    return toks[k - 1].poss or (len(toks[k - 1].text) > 1 and toks[k - 1].text.isupper())


def is_opinion(toks: list[Tok]) -> bool:
    """True for a headline labelled as a column ("Opinion: ...", "Op-ed | ...")."""
    return len(toks) > 1 and toks[0].lower in OPINION_LABELS and toks[1].text in BOUNDARIES


# Headline words of a move still to come or only rumoured: the summary's past is its background
# ("Potential comeback for X" + "X abruptly left the company").
SPECULATING = word_set(
    """potential possible possibly could might may rumor rumors rumour rumours rumored
    rumoured ? speculation"""
)


def recapped(title: Tagged, event: Event) -> bool:
    """Whether a lede's simple past (lede_past) recaps rather than reports: it names nobody
    (any earlier move), or the headline names the mover and no move ("X's surprising month":
    a profile or a follow-up about them)."""
    return event.person is None or any(n == event.person for _, _, n in title.people)


def past_simple_at(toks: list[Tok], trig: Trigger) -> bool:
    """Whether the trigger is a past simple ('hired', 'left'), not a present perfect (past an
    adverb: 'has officially joined', which clauses.past_simple does not look past)."""
    return past_form(trig) and perfect_auxiliary(toks, trig.start) < 0


def _summary_trigger_ok(
    summary: Tagged, trig: Trigger, lede: bool = False, fresh: bool = False
) -> bool:
    # the summary's own present-tense statement, not background ("who joined from X last year");
    # the present perfect is present ("Sutskever has co-founded SSI"); with `lede`, the first
    # sentence's past simple is the news too (lede_past)
    toks = summary.toks
    k = trig.start
    if wave_before(toks, k):
        return False  # "a wave of senior researcher exits to Meta": many moves, no one's
    if past_form(trig):
        # under a headline announcing a post's new holder, "X has been promoted to CTO" is
        # that news (elsewhere the passive's subject may be described by where they come from)
        m = perfect_auxiliary(toks, k, passive=fresh)
        if m < 0 and not (lede and lede_past(summary, trig, fresh)):
            return False
        k = m if m >= 0 else k
    return not (k > 0 and toks[k - 1].lower in {"who", "which", "that"})


# Words that set a past-tense verb in an earlier time ("joined in 2019", "left years ago",
# "who joined in June"): the lede retells then.
EARLIER_TIMES = word_set(
    """ago last previously earlier once formerly originally who whose which january february
    march april may june july august september october november december"""
)


def lede_past(summary: Tagged, trig: Trigger, fresh: bool = False) -> bool:
    """'Andrej Karpathy paused his own school and joined Anthropic's pre-training team': the
    summary's first sentence telling a person's own move in the past simple is the news of a
    headline with no move verb ('Eureka Labs Closes Tonight'; one naming the mover is about
    them, and its lede recaps: `recapped`). Not a later sentence, nor one set in an earlier
    time (a year, a month, 'ago', 'after ...', 'who ...'), nor a lab's past hiring (a lede's
    'Meta hired X' is as often the lab's record as its news), unless the headline is `fresh`:
    it announces a new holder of a post ('Acme's leadership shuffle' + 'Acme promoted X as
    head of ...'), and the lab's appointing is that news."""
    if trig.subject != "person" and not (fresh and trig.kind == "appoint"):
        return False
    end = first_sentence_end(summary.toks)
    if trig.start >= end:
        return False
    sentence = summary.lowers[:end]
    if not EARLIER_TIMES.isdisjoint(sentence) or not EARLIER.isdisjoint(sentence[: trig.start]):
        return False
    return not any(w[:2] in YEAR_CENTURIES and len(w) == 4 and w.isdigit() for w in sentence)


# The first digits of a year a lede may set its past in ("joined Anthropic in 2021").
YEAR_CENTURIES = frozenset(["19", "20"])


def perfect_auxiliary(toks: list[Tok], k: int, passive: bool = False) -> int:
    """The index of 'has'/'have' before the participle at k, past an adverb ('has
    successfully brought back', 'has officially joined'), with `passive` past the passive's
    'been' too ('has been promoted'); -1 when the verb is no perfect."""
    m = k
    while (
        m > 0
        and m > k - 3
        and (toks[m - 1].lower.endswith("ly") or toks[m - 1].lower in PERFECT_ADVERBS)
    ):
        m -= 1
    if passive and m > 1 and toks[m - 1].lower == "been":
        m -= 1  # the perfect's passive: "has been promoted to CTO"
    return m - 1 if m > 0 and toks[m - 1].lower in {"has", "have"} else -1


def wave_before(toks: list[Tok], k: int) -> bool:
    """'a wave of exits', 'a string of departures' within five words before k; a model's
    'series' ('the GPT-5 series, has announced his departure') is no series of moves."""
    for m in range(max(0, k - 5), k):
        word = toks[m].lower
        if word in WAVE_WORDS and (word == "exodus" or toks[m + 1].lower == "of"):
            return True
    return False


# Passives of grabbing that hire only with a lab as their agent ("snatched by Google"); a
# thief is "snatched by police".
GRABBED_BY = frozenset(["snatched by", "snatched up by", "swiped by"])


def event_at(tagged: Tagged, summary: Tagged, trig: Trigger, ext: Extraction) -> Event | None:
    """Try to build an event around one trigger; record why not in ext.reasons."""
    toks = tagged.toks
    start, end = segment_bounds(tagged.texts, trig.start)
    asked = "?" in tagged.texts[start:end]  # (the clause looked at once for both questions)
    if asked and not presupposed(toks, start):
        ext.speculative = True
        ext.reasons.append(f"'{trig.phrase}' is only a possibility (a question), not a move")
        return None
    if asked and origin_question(toks, start, trig):
        ext.reasons.append(f"'why/how did ... {trig.phrase}' asks a company's origin story")
        ext.final = True
        return None
    trap = clause_trap(tagged, start, trig.start, end, trig.kind)
    if trap:
        ext.reasons.append(trap[0])
        ext.speculative = trap[1]
        return None
    if purpose_clause(toks, trig):
        ext.reasons.append(f"'to {trig.phrase}' states a purpose or an offer, not a move")
        return None
    if trig.phrase in GRABBED_BY and not (trig.end < end and toks[trig.end].lab):
        ext.reasons.append(f"'{trig.phrase}' no lab: a grab, not a hire")
        return None
    if group_to_move(toks, trig):
        head = toks[trig.start - 2].text
        ext.reasons.append(f"'{head} to {trig.phrase}': people in general, no one's move")
        return None
    if lab_product(toks, trig):
        ext.reasons.append(f"'{trig.phrase}' a lab's product: the lab stands, nobody founds it")
        return None
    if trig.kind == "leave" and leave_noun(toks, trig):
        ext.reasons.append("'leave' here is a leave of absence, not a departure")
        return None
    if trig.phrase in CREATING and not created_company(toks, trig.end, end):
        post = created_post(tagged, summary, trig.start, end) if tagged is not summary else None
        if post:  # "Acme creates chief scientist post" + "it is naming X as chief scientist"
            return post
        ext.reasons.append(f"'{trig.phrase}' makes a product, team or unit, not a company")
        return None
    if trig.kind == "reins":
        event = reins_event(tagged, summary, trig, start, end)
        if event is None:
            ext.reasons.append(f"'{trig.phrase}' names no one taking over at a lab")
        return event if event and check_speculation(tagged, trig, start, end, ext) else None
    j = past_relative(
        toks,
        clause_subject(toks, word_before(toks, ongoing(toks, trig), start), trig.start, start),
        start,
    )
    j = noun_owner(toks, trig, past_nickname(toks, j, start), start)
    j = by_gerund(toks, trig, j, start)
    j = own_move(toks, j, start)
    j = payer(toks, trig, j, start)
    j = members_of_unit(toks, staff_of_lab(toks, j, start), start)
    if trig.subject in ("lab", "either") and not tag_unlisted_org(tagged, j, start):
        tag_lone_company(tagged, summary, j, trig)  # "Nokia names X CEO": on no list
    elif trig.kind == "leave" and j == 0:
        tag_coined_announcer(tagged, j, trig)  # "Data61 announces departure of CEO"
    kind = subject_kind(toks, j, start)
    if interview_topic(tagged, start, trig) and not announces_staff_change(tagged.lowers[:start]):
        # ("Personnel Shake-Up at Acme: the reasons behind X's departure": news, then why)
        ext.reasons.append(f"'on why/how ... {trig.phrase}' is an interview about a past move")
        ext.final = True
        return None
    if exit_retold(toks, start, trig):
        ext.reasons.append(f"'{trig.phrase}' owned by its mover is told again, not announced")
        ext.final = True  # "reveals the truth behind his exit": nor is the summary's leaving
        return None
    if retrospective(tagged, trig, start, end):
        ext.reasons.append(f"'{trig.phrase}' looks back on a past move in an interview")
        ext.final = True
        return None
    firing = trig.phrase in FIRING_NOUNS and firing_topic(toks, trig, start)
    if firing or topic_noun(toks, trig, j, start):
        ext.reasons.append(f"'{trig.phrase}' is the topic of the headline, not its news")
        return None
    if (
        (
            relative_clause(toks, trig.start, start)
            and not fresh_relative(toks, trig.start, trig.end, end)
            and not how_it_left(toks, trig.start, start)
        )
        or relative_purpose(toks, trig, start)
        or gerund_after(toks, trig, start)
        or (j >= 0 and (toks[j].lower in SUBORDINATORS or background_clause(toks, j, start)))
    ):
        ext.reasons.append(f"'{trig.phrase}' is in a background clause (after/since/who ...)")
        return None
    obj = None
    if kind == "person" and trig.subject != "person" and trig.kind in ("appoint", "hire"):
        obj = appointee(tagged, trig, end)  # "Zuckerberg names X chief scientist"
    if obj is not None:
        if not check_speculation(tagged, trig, start, end, ext):
            return None
        return appointer_event(tagged, summary, trig, obj, end, ext)
    if kind == "person" and appoints_unnamed(toks, trig, j, end):
        return appointer_subject_event(tagged, summary, trig, j, (start, end), ext)
    if kind in ("person", "role") and trig.kind in ("raid", "hire"):
        raid = (
            raid_for_lab(toks, trig, j, start, end)
            or raid_for_startup(tagged, summary, trig, j, (start, end))
            or raid_by_lab_head(tagged, trig, start, end)
        )
        if raid:  # "Suleyman poaches 24 ex-colleagues for Microsoft"
            ext.group = True
            return raid if check_speculation(tagged, trig, start, end, ext) else None
    if kind == "person" and trig.kind == "fire" and trig.subject != "person":
        purge = staff_purged(toks, trig, end)
        if purge:  # "X ousts more Acme founders": a firing at Acme, nobody named
            ext.group = True
            return purge if check_speculation(tagged, trig, start, end, ext) else None
    if kind == "lab" and owned_unit(toks, j, start) and role_of_phrase(toks, j, start):
        kind = "person"  # "Deputy Director of Acme's Research Institute leaves": the director
    named_lab = generic_company(toks, j, start) if kind == "other" else None
    owned = None
    if kind == "other" and not named_lab:  # "GM's Cruise names X as new CEO"
        named_lab = owned = appointing_company(tagged, trig, j, start, end)
    elif kind == "lab" and owner_before(toks, j, start):
        owned = toks[j].lab  # the same, with the company on the lab list (jobs/language/labs.py)
    made = (
        hires_made(toks, trig, start, end) if kind != "lab" and not explainer(toks, start) else -1
    )
    if made >= 0:  # "Facebook Makes AI Hires": a group hired, nobody named
        ext.group = True
        if not check_speculation(tagged, trig, start, end, ext):
            return None
        lab = toks[made].lab
        return Event(None, "poach", from_group(toks, trig.end, end, lab), lab)
    if trig.subject == "lab" or (trig.subject == "either" and (kind == "lab" or named_lab)):
        if kind != "lab" and not named_lab:
            ext.reasons.append(f"'{trig.phrase}' needs a lab doing it, and none stands before it")
            return None
        if not check_speculation(tagged, trig, start, end, ext):
            return None
        event = lab_subject_event(tagged, summary, trig, j, start, end, ext, named_lab)
        if event and shared_departure(toks, event, trig.end, end, ext):
            return None  # "Meta loses 78% of its original Llama team"
        if event and several_labs_left(toks, event, trig, (start, end), ext):
            return None  # "Meta, Google and OpenAI are losing their best minds to startups"
        picked = owned or (trig.phrase in PICKING and picks_new_chief(toks, trig, end))
        return post_named(event, trig) if picked else event
    if (
        kind in ("other", "lab")
        and not toks[j].lab
        and (role_of_phrase(toks, j, start) or titled_role(toks, j, start))
    ):
        kind = "person"  # "The architect of Apple's new look defects to Meta": the summary says who
    if (
        kind == "other"
        and trig.start
        and toks[trig.start - 1].lower == "to"
        and owned_subject(toks, j)
    ):
        kind = "person"  # "Starmer's AI tsar to step down": the subject of an announced move
    if kind in ("lab", "other") and trig.end < end and toks[trig.end].lower == "of":
        noun = noun_of_role(tagged, summary, trig, start, end)
        if noun:  # "Anthropic's stance triggers exit of star AI researcher"
            return noun if check_speculation(tagged, trig, start, end, ext) else None
    if kind == "lab" and trig.kind == "found" and "by" in tagged.lowers:
        led = unit_led_by(tagged, summary, trig, end)
        if led:  # "Microsoft forms new AI division led by Inflection, DeepMind cofounder"
            return led if check_speculation(tagged, trig, start, end, ext) else None
    if (
        trig.kind == "found"
        and (kind in ("lab", "person") or kind == "other" and toks[start].text[:1].isupper())
        and (not LEADING_BY.isdisjoint(summary.lowers) or "lead" in summary.lowers)
    ):
        led = unit_led_in_summary(tagged, summary, trig, start, end)
        if led:  # "Acme forms new AI business unit" + "It will be led by X": X's post at Acme
            return led if check_speculation(tagged, trig, start, end, ext) else None
    if kind == "lab" and trig.kind == "found" and "under" in tagged.lowers:
        led = unit_under_former(tagged, trig, end)
        if led:  # "Microsoft forms AI group under former Facebook engineering head X"
            return led if check_speculation(tagged, trig, start, end, ext) else None
    if kind == "lab":
        owner = departure_owner(toks, trig, j, start)
        if owner < 0:
            ext.reasons.append(refusal_for_lab(trig, toks[j].lab or ""))
            return None
        j, kind = owner, "person"  # "The Jerry Tworek OpenAI departure": his, from OpenAI
    if j >= 0 and tally(toks, j, start, end):
        ext.trend = True
        ext.reasons.append(f"'{toks[j].text} {trig.phrase}' over years is a tally, not a move")
        return None
    if j >= 0 and explained_group(toks, j, start):
        ext.trend = ext.final = True  # nor are the summary's examples news
        ext.reasons.append(f"'why {toks[j].text} {trig.phrase}' explains a trend, no one's move")
        return None
    if j >= 0 and (collective(toks, j) or nameless_wave(tagged, summary, j, start)):
        ext.trend = True
        ext.reasons.append(f"'{toks[j].text} {trig.phrase}' is a trend, not one person's move")
        return None
    if kind == "other":
        counted_at = counted_head(toks, start, trig.start)
        if counted_at >= 0:  # "All 6 authors of the Transformer paper have now left Google"
            j, kind = counted_at, "person"
    if kind == "other" and j < start:
        noun = noun_at_lab(tagged, summary, trig, end)
        if noun:  # "Dismissal at OpenAI: ...", "Exit at Meta": whose, the summary may say
            return noun if check_speculation(tagged, trig, start, end, ext) else None
    if kind == "other":
        word = toks[j].text if j >= 0 else "nothing"
        ext.reasons.append(
            f"'{trig.phrase}' follows '{word}', which is neither a person nor a role"
        )
        return None
    if not check_speculation(tagged, trig, start, end, ext):
        return None
    event = person_subject_event(tagged, summary, trig, j, start, end, ext)
    if event and j >= start and shared_departure(toks, event, start, j, ext):
        return None  # "78% of the original research team exits"
    if event and several_labs_left(toks, event, trig, (start, end), ext):
        return None  # "Top staff leave Meta, Google and OpenAI to launch startups"
    if event and several_labs_joined(toks, event, trig, (start, end), ext):
        return None  # "engineers are leaving Apple for Google OpenAI Microsoft and Meta"
    if event and event.person is None and j >= start and counted_group(toks, j, start):
        ext.group = True  # "Three OpenAI infrastructure leads join Meta": nobody named
    elif event and event.person is None and j >= start and staff_moving(toks, j, event):
        ext.group = True  # "OpenAI employees flock to Google DeepMind": a lab's people
    return event


def shared_departure(toks: list[Tok], event: Event, lo: int, hi: int, ext: Extraction) -> bool:
    """A share of a group leaving ('78% of the team exits', 'loses half of its authors') with
    no one named, here or in the summary: a tally of departures over time, not a move (nor
    are the summary's unnamed ones); the summary's one named leaver is news of the latest."""
    if event.person is not None or event.action != "leave":
        return False
    share = share_of_group(toks, lo, hi)
    if share is None:
        return False
    ext.trend = True
    ext.reasons.append(f"'{share}' a group leaving is a tally of departures, no one's move")
    return True


def several_labs_left(
    toks: list[Tok], event: Event, trig: Trigger, clause: tuple[int, int], ext: Extraction
) -> bool:
    """'Acme, Initech, Globex see top staff leave to launch', 'Senior AI staff quit Meta,
    Google, OpenAI to launch startups': people nobody names or counts leaving three labs or
    more at once, for no one company, are a trend across the industry (nor are the summary's
    examples news); 'Three researchers leave OpenAI, Google and Meta to found X', '... depart
    OpenAI, Google and Meta for new startup' are one group's move."""
    start, end = clause
    if event.person is not None or event.action != "leave" or event.to_lab:
        return False
    if not labs_listed(toks, event.from_lab, start, end):
        return False
    if any(t.person or t.lower in COUNT_WORDS or t.text[:1].isdigit() for t in toks[start:end]):
        return False
    if any(t.lower in STARTUP_WORDS for t in toks[trig.end : end]):
        return False
    ext.trend = True
    ext.reasons.append(f"'{trig.phrase}' several labs at once, nobody named: a trend")
    return True


def several_labs_joined(
    toks: list[Tok], event: Event, trig: Trigger, clause: tuple[int, int], ext: Extraction
) -> bool:
    """'many engineers are leaving Apple for Google OpenAI Microsoft and Meta', 'top
    researchers depart for competitors and startups': people nobody names or counts going to
    INDUSTRY_LABS labs or more at once, or to companies named only in the plural, are a brain
    drain, a trend (as several_labs_left's), no one's move; 'Three researchers leave Apple for
    Google, OpenAI and Meta' (counted), a move to two labs and one 'for a rival' stay moves."""
    start, end = clause
    if event.person is not None or event.action not in ("join", "poach", "leave"):
        return False
    if event.to_lab:
        if event.action == "leave" or not labs_listed(toks, event.to_lab, start, end):
            return False
    elif not plural_destinations(toks, trig.end, end) or owned_movers(toks, trig.start, start):
        return False
    if any(t.person or t.lower in COUNT_WORDS or t.text[:1].isdigit() for t in toks[start:end]):
        return False
    ext.trend = True
    ext.reasons.append("people nobody names or counts going to several labs at once: a trend")
    return True


# Companies named only in the plural as where people go ("depart for rivals and startups").
PLURAL_PLACES = word_set("competitors rivals startups start-ups companies firms giants labs")
PLURAL_PLACE_REACH = 3  # "for competing AI startups": words from 'for' or 'to' to the noun


def owned_movers(toks: list[Tok], k: int, start: int) -> bool:
    """'Apple AI researchers depart for rival labs': a lab within the few words before the verb
    at k owns the group, whose leaving is that lab's news (nameless_wave's)."""
    return any(t.lab for t in toks[max(start, k - PLURAL_PLACE_REACH - 1) : k])


def plural_destinations(toks: list[Tok], k: int, end: int) -> bool:
    """Whether 'for' or 'to' right after the verb at k goes to companies named only in the
    plural ('depart for competitors and startups', 'leaving Google for rival labs')."""
    while k < end and toks[k].lab:
        k += 1  # "leaving Google for rivals": past the lab left
    if k >= end or toks[k].lower not in DESTINATION_INTROS:
        return False
    return any(t.lower in PLURAL_PLACES for t in toks[k + 1 : min(end, k + 1 + PLURAL_PLACE_REACH)])


# What joins the labs of a list ("Meta, Google and OpenAI"); headlines may drop it altogether.
LIST_JOINERS = frozenset([",", "and", "&"])
# Labs in one list that make it the industry's, not one event's sides: "Acme and Initech see
# top AI experts leave for new ventures" is a move its article names, "Acme, Initech, Globex
# see top staff leave to launch" a trend.
INDUSTRY_LABS = 3


def labs_listed(toks: list[Tok], lab: str | None, start: int, end: int) -> bool:
    """Whether the lab stands in a list of INDUSTRY_LABS labs or more within [start, end)."""
    at = next((k for k in range(start, end) if toks[k].lab == lab), -1) if lab else -1
    if at < 0:
        return False
    lo = hi = at
    while lo > start and (toks[lo - 1].lab or toks[lo - 1].text in LIST_JOINERS):
        lo -= 1
    while hi + 1 < end and (toks[hi + 1].lab or toks[hi + 1].text in LIST_JOINERS):
        hi += 1
    return len({t.lab for t in toks[lo : hi + 1] if t.lab}) >= INDUSTRY_LABS


def appointer_subject_event(
    tagged: Tagged,
    summary: Tagged,
    trig: Trigger,
    j: int,
    clause: tuple[int, int],
    ext: Extraction,
) -> Event | None:
    """'Elon Musk has appointed a new CFO of xAI': the lab the role is at appoints, as if it
    stood before the verb (jobs/language/lab_moves.py); who is appointed is named later in the
    headline, or by the summary, or by no one (never the one appointing)."""
    start, end = clause
    # the role's lab, else the appointer's own ("Jane Doe, Acme's CEO, names new ...")
    lab = lab_between(tagged.toks, trig.end, end) or lab_between(tagged.toks, start, trig.start)
    if lab is None:
        ext.reasons.append(f"'{trig.phrase}': a person appoints someone, at no lab named")
        return None
    if not check_speculation(tagged, trig, start, end, ext):
        return None
    event = lab_subject_event(tagged, summary, trig, j, start, end, ext, lab)
    appointer = next((n for s, _, n in tagged.people if s <= j), None)
    if event is None or (event.person and event.person != appointer):
        return event
    person = appointed_after(tagged, trig.end, appointer or "")
    return Event(person, event.action, event.from_lab, event.to_lab)


def fired_by_subject(toks: list[Tok], trig: Trigger) -> bool:
    """'X has (reportedly) ousted more founders': a participle of firing after a perfect
    auxiliary is active, its subject the one who fires, not the one fired ('X has been
    ousted' is passive: 'been' stands between)."""
    if trig.kind != "fire" or trig.phrase in FIRING_NOUNS:
        return False
    k = trig.start - 1
    if k > 0 and toks[k].lower.endswith("ly"):
        k -= 1  # "has reportedly ousted"
    return k >= 0 and toks[k].lower in PERFECT_AUXILIARIES


def fired_person(tagged: Tagged, trig: Trigger) -> str | None:
    """The person named as the object of an active firing ('has fired its AI chief X,'),
    within its clause; None where those fired go unnamed ('has ousted more founders')."""
    stop = next(
        (k for k in range(trig.end, len(tagged.toks)) if tagged.texts[k] in CLAUSE_STOPS),
        len(tagged.toks),
    )
    return next((n for s, _, n in tagged.people if trig.end <= s < min(stop, trig.end + 6)), None)


CLAUSE_STOPS = frozenset([",", ";", ".", ":", "!", "?", "|"])


def firing_topic(toks: list[Tok], trig: Trigger, start: int) -> bool:
    """'speaks out on Altman firing', 'the memo behind Altman ouster', 'how X's firing reshaped
    OpenAI': a noun of firing is news only opening its clause, with nothing before it but whose
    firing it is ('OpenAI policy executive's firing sparks debate', 'Dismissal at OpenAI')."""
    k = trig.start
    while k > start and (toks[k - 1].person or toks[k - 1].lab or toks[k - 1].lower in OWNER_WORDS):
        k -= 1
    return k > start


# Nouns of leaving or firing that may head a headline before "at <lab>".
LEAVING_NOUNS = frozenset(["departure", "exit", "resignation", "dismissal", "ouster", "firing"])


def noun_at_lab(tagged: Tagged, summary: Tagged, trig: Trigger, end: int) -> Event | None:
    """'Dismissal at OpenAI: conflict over ethics', 'Exit at Meta': a noun of leaving opening
    its clause, at a lab, is someone's departure from it (the summary may name them)."""
    toks = tagged.toks
    if trig.phrase not in LEAVING_NOUNS or trig.end + 1 >= end or toks[trig.end].lower != "at":
        return None
    lab = toks[trig.end + 1].lab
    k = trig.end + 1
    while k < end and toks[k].lab == lab:
        k += 1
    if not lab or k < end:  # "Dismissal at OpenAI court hearing": the lab must end the clause
        return None
    action: Action = "fired" if trig.kind == "fire" else "leave"
    return Event(summary_person(summary, trig.kind), action, lab, None)


def noun_of_role(
    tagged: Tagged, summary: Tagged, trig: Trigger, start: int, end: int
) -> Event | None:
    """'Anthropic's stance triggers exit of star AI researcher', 'prompts the departure of its
    CTO': a noun of leaving whose 'of' names one person's role (not a group) is that person's
    departure from the lab the clause names."""
    toks = tagged.toks
    if tagged is summary:  # a summary's "the departure of X" is background as often as news
        return None
    noun = trig.phrase.split()[-1]  # "exit", "confirms departure"
    if noun not in LEAVING_NOUNS or trig.end >= end or toks[trig.end].lower != "of":
        return None
    window = toks[trig.end + 1 : min(end, trig.end + 6)]
    if any(t.lower in GROUP_WORDS for t in window):
        return None  # "the exit of three researchers": a group, told elsewhere
    role = next((k for k, t in enumerate(window) if t.lower in ROLE_WORDS or t.person), -1)
    if role < 0:
        return None
    named = next((t.person for t in window if t.person), None)
    lab = lab_between(toks, start, trig.start) or lab_between(toks, trig.end, end)
    if not lab:
        return None
    action: Action = "fired" if trig.kind == "fire" else "leave"
    return Event(named or summary_person(summary, trig.kind), action, lab, None)


def new_post_within(title: Tagged, summary: Tagged, event: Event) -> bool:
    """'X steps down as search chief to become Google's chief technologist': the departure is
    from a post, into another at the same company (an appointment there)."""
    for tagged in (title, summary):
        toks = tagged.toks
        for k in range(len(toks) - 3):
            if toks[k].lower != "to" or toks[k + 1].lower not in {"become", "serve"}:
                continue
            if tagged is summary and not mover_named_before(tagged, event.person, k):
                continue
            window = toks[k + 2 : k + 8]
            lab = next((t.lab for t in window if t.lab), None)
            if lab == event.from_lab and any(t.lower in ROLE_WORDS for t in window):
                return True
    return False


def mover_named_before(summary: Tagged, person: str | None, k: int) -> bool:
    """Whether the sentence before k is about `person` (named there, or nobody named)."""
    names = [name for s, _, name in summary.people if s < k]
    return not names or person is not None and names[-1].split()[-1] == person.split()[-1]


def ongoing(toks: list[Tok], trig: Trigger) -> int:
    """Where the subject search starts: before 'continues to' in 'OpenAI continues to hire
    engineers' (the lab hires), at the verb otherwise."""
    k = trig.start
    if trig.kind in ("hire", "raid") and k >= 2 and toks[k - 1].lower == "to":
        return k - 2 if toks[k - 2].lower in HABITUAL else k
    if quoted_verb(toks, trig):
        return k - 1  # 'Nvidia "steals" a key figure from Intel': the lab before the quote
    return k


# Quote marks that open and close a word quoted in a headline, straight or curly.
OPENING_MARKS = QUOTES | {"\u2018", "\u201c"}
CLOSING_MARKS = QUOTES | {"\u2019", "\u201d"}


def quoted_verb(toks: list[Tok], trig: Trigger) -> bool:
    """A headline's verb in quote marks of its own (a hire told as '"steals"', "'poaches'"):
    the marks stand between the verb and its subject and object, not for a quotation. A
    closing straight apostrophe is read as the verb's possessive."""
    k = trig.start
    if k == 0 or toks[k - 1].text not in OPENING_MARKS:
        return False
    if trig.end < len(toks) and toks[trig.end].text in CLOSING_MARKS:
        return True
    return toks[k - 1].text == "'" and toks[trig.end - 1].poss


# Nouns of one person's move that a possessive name owns ("X's surprise exit from OpenAI").
OWNED_MOVES = frozenset(
    ["move", "exit", "departure", "resignation", "return", "switch", "jump", "leap", "defection"]
)


def past_nickname(toks: list[Tok], j: int, start: int) -> int:
    """'OpenAI veteran "Employee 002" switches to ...': a nickname in quotes after a role or a
    name; the subject is the role or name before it."""
    if j <= start or toks[j].text not in QUOTES:
        return j
    opening = next(
        (k for k in range(j - 1, max(start, j - 5) - 1, -1) if toks[k].text in QUOTES), -1
    )
    if opening <= start:
        return j
    head = toks[opening - 1]
    return opening - 1 if head.person or head.lower in ROLE_WORDS else j


def noun_owner(toks: list[Tok], trig: Trigger, j: int, start: int) -> int:
    """'X's surprise exit from OpenAI', "X's $900M move to Nvidia": the person owning a noun of
    moving, past up to three words that describe the move; j otherwise."""
    if j < start or toks[j].poss or trig.phrase.split()[0] not in OWNED_MOVES:
        return j
    for k in range(j, max(start, j - 3) - 1, -1):
        if toks[k].text in BOUNDARIES or toks[k].lab or toks[k].text in {",", "and"}:
            return j
        if toks[k].poss:
            return k if toks[k].person else j
    return j


def own_move(toks: list[Tok], j: int, start: int) -> int:
    """'X announces his return to OpenAI', 'X confirms her move to Meta': the announcer's own
    move, told as a noun after a possessive; the subject is the person before the verb."""
    if j < 1 or toks[j].lower not in OWN_PRONOUNS or toks[j - 1].lower not in OWN_ANNOUNCING:
        return j
    # the clause's first person: "X, former head of AI at Tesla, announces his return"
    return next((m for m in range(start, j - 1) if toks[m].person), j)


def payer(toks: list[Tok], trig: Trigger, j: int, start: int) -> int:
    """'Nvidia has reportedly spent $900 million to hire X': who paid is who hires."""
    if trig.start < 2 or toks[trig.start - 1].lower != "to":
        return j
    for k in range(trig.start - 2, max(start, trig.start - 8) - 1, -1):
        if toks[k].lower in SPENT:
            return word_before(toks, k, start)
    return j


def generic_company(toks: list[Tok], j: int, start: int) -> str | None:
    """'Nvidia's $20B talent heist: why the AI giant just hired ...': a lab called by a common
    noun ('the giant', 'the startup') is the lab the headline named before it."""
    while j > start and (toks[j].text in {"'", '"'} or toks[j].lower == "just"):
        j -= 1  # 'the AI giant just "hired"': quotes around the verb
    if j < 1 or toks[j].lower not in COMPANY_NOUNS or toks[j - 1].lower not in THE_AI_AS:
        return None
    return lab_between(toks, 0, j)


def role_of_phrase(toks: list[Tok], j: int, start: int) -> bool:
    """'The architect of Apple's new look', 'The head of Google's AI unit', 'Associate Dean of
    Acme's Research Academy', 'Acme Vice President and Head of Autonomous Driving Lab of Acme
    Academy', 'The brain behind Acme's speech engine': a post of something at a lab, opening
    the clause, is a person the headline does not name. The lab is an owner after 'of' or
    'behind', or stands before the post and a unit's title-case name follows 'of'."""
    k = start + (toks[start].lower == "the")
    owner_first = k < j and bool(toks[k].lab) and not toks[k].poss
    of = post_name_end(toks, k + owner_first, j)
    if of < 0:
        return False
    if any(t.lab and t.poss for t in toks[of + 1 : j + 1]):
        return True
    return (
        owner_first
        and toks[of].lower == "of"
        and all(t.text[:1].isupper() or t.lower in NAME_LINKS for t in toks[of + 1 : j + 1])
    )


# Nouns for whoever made something, before 'behind' ("the brain behind Acme's speech engine"):
# triggers.CREDITED, as credited_for reads them.
POST_NAME_WORDS = GIVEN_POSTS | CREDITED | {"and"}
POST_NAME_REACH = 6  # words of a post's name before 'of' ("Vice President and Head")


def post_name_end(toks: list[Tok], k: int, j: int) -> int:
    """The index of the 'of' (or 'behind') that ends a post's name written from k ('Head',
    'Associate Dean', 'Vice President and Head', 'Brain'): post words, title-case modifiers
    and 'and', the last a post word (or a maker's noun before 'behind'); -1 when none is."""
    m = k
    while m < j and m - k < POST_NAME_REACH and toks[m].lower not in ("of", "behind"):
        tok = toks[m]
        if tok.person or tok.lab:
            return -1
        if not (tok.lower in POST_NAME_WORDS or tok.text.istitle()):
            return -1
        m += 1
    if m == k or m >= j:
        return -1
    head, end = toks[m - 1].lower, toks[m].lower
    if head in GIVEN_POSTS and end == "of":
        return m
    return m if end == "behind" and (head in GIVEN_POSTS or head in CREDITED) else -1


def gerund_after(toks: list[Tok], trig: Trigger, start: int) -> bool:
    """'cuts ties with Scale AI after Meta's investment and hiring of its CEO', 'After leaving
    OpenAI, X ...': a gerund inside a phrase of time tells an earlier event, not the news."""
    if not trig.phrase.split()[0].endswith("ing"):
        return False
    return any(t.lower in EARLIER for t in toks[start : trig.start])


def titled_role(toks: list[Tok], j: int, start: int) -> bool:
    """ "OpenAI's Technical Lead for Compute has returned": a lab's title-case post whose
    field follows 'for' or 'of' is a person the headline does not name."""
    k = start + (toks[start].lower == "the")
    if k >= j or not (toks[k].lab and toks[k].poss):
        return False
    k += 1
    m = k
    while m < j and m - k < 2 and toks[m].text[:1].isupper() and toks[m].lower not in ROLE_WORDS:
        m += 1  # "Technical", "Senior Research"
    if m + 2 > j or toks[m].lower not in ROLE_WORDS or toks[m + 1].lower not in {"for", "of"}:
        return False
    return j - m <= 4 and all(t.text[:1].isupper() or t.lower == "and" for t in toks[m + 2 : j + 1])


def departure_owner(toks: list[Tok], trig: Trigger, j: int, start: int) -> int:
    """'The Jerry Tworek OpenAI departure': a noun of leaving after a person and a lab is the
    person's; the index of the person's last word, or -1."""
    if trig.phrase not in NOUN_TRIGGERS:
        return -1
    k = j
    while k > start and toks[k - 1].lab == toks[j].lab:
        k -= 1
    return k - 1 if k > start and toks[k - 1].person and not toks[k - 1].poss else -1


def raid_for_lab(toks: list[Tok], trig: Trigger, j: int, start: int, end: int) -> Event | None:
    """'Ex-Google exec Suleyman poaches 24 ex-colleagues for Microsoft': a person hiring a group
    for a lab is that lab's raid; the group comes from a lab named in the object or the
    person's old lab named before."""
    stop = next((k for k in range(trig.end, end) if toks[k].lower == "for"), -1)
    if stop < 0 or stop + 1 >= end or not toks[stop + 1].lab:
        return None
    if not any(group_word(t.lower) for t in toks[trig.end : stop]):
        return None
    to = toks[stop + 1].lab
    frm = lab_between(toks, trig.end, stop, skip=to) or lab_between(toks, start, j, skip=to)
    return Event(None, "poach", frm, to)


def raid_by_lab_head(tagged: Tagged, trig: Trigger, start: int, end: int) -> Event | None:
    """'Microsoft's AI boss raided Google', 'Meta CEO X hires three OpenAI researchers', 'X
    (a lab's founder) poaches two OpenAI scientists': a lab's own head taking another lab's
    counted people (or raiding that lab) acts for the lab: its raid, nobody named. The group must be
    counted and come from a named lab: 'hires 50 engineers' (its own growth), 'poaches OpenAI
    talent' (nobody counts it) and a former head's hires stay apart."""
    toks = tagged.toks
    to = head_lab(tagged, start, trig.start)
    if to is None:
        return None
    frm = lab_between(toks, trig.end, end, skip=to)
    if frm is None:
        return None
    raided = trig.kind == "raid" and whole_lab_object(toks, trig.end, end, frm)
    counted = any(counted_group_at(toks, k) >= 0 for k in range(trig.end, end))
    return Event(None, "poach", frm, to) if raided or counted else None


def whole_lab_object(toks: list[Tok], k: int, end: int, lab: str) -> bool:
    """Whether the lab at k is the raid's whole object ('raided Google', 'raids Google for
    ...'); 'poaches OpenAI talent' names the people, uncounted."""
    if k >= end or toks[k].lab != lab:
        return False
    while k < end and toks[k].lab == lab:
        k += 1
    return k == end or not toks[k].text[:1].isalnum() or toks[k].lower == "for"


# Words after a lab that tie a person to its past or its founding ("OpenAI co-founder X",
# "Google veteran X"): that lab is no longer, or not only, the one they head.
LAB_TIES = VETERANS | word_set("founder co-founder cofounder")


def head_lab(tagged: Tagged, start: int, stop: int) -> str | None:
    """The lab whose head is the subject in tokens [start, stop): the lab a named founder
    leads, or a lab before a role or a name ("Microsoft's AI boss", "Meta CEO X"); not one the
    subject has left or only co-founded ("former OpenAI CTO", "OpenAI co-founder X")."""
    founder = next((n for s, _, n in tagged.people if start <= s < stop), None)
    founded = lab_founded_by(founder) if founder else None
    if founded:
        return founded
    toks = tagged.toks
    for k in range(start, stop):
        if not toks[k].lab:
            continue
        rest = toks[k + 1 : stop]
        if (k > start and former_word(toks[k - 1].lower)) or any(t.lower in LAB_TIES for t in rest):
            return None
        if any(t.person or t.lower in ROLE_WORDS for t in rest):
            return toks[k].lab
        return None
    return None


# Nouns of a start-up a raid goes to ("lures Meta researchers to her math startup").
RAID_STARTUPS = word_set("startup start-up")
# Words between 'to' or 'for' and that noun: whose it is, and what it does or is worth.
STARTUP_DESCRIBERS = word_set("her his their its a an own new nascent young")
STARTUP_REACH = 4  # words from 'to' to the start-up's noun ("to her $64M math startup")
SUMMARY_STARTUP_REACH = 6  # words of an apposition to its noun ("X, a nascent AI startup")
STARTUP_NAME_REACH = 3  # words of the start-up's name before the apposition's comma


def raid_for_startup(
    tagged: Tagged, summary: Tagged, trig: Trigger, j: int, clause: tuple[int, int]
) -> Event | None:
    """'Dropout Lures Acme AI Researchers to $64M Math Startup', 'X poaches OpenAI
    engineers for her new startup': a person taking a lab's group to a start-up of their own
    is that start-up's raid on the lab; the start-up is the lab a listed founder leads, or the
    one the summary names, or none."""
    start, end = clause
    toks = tagged.toks
    stop = next((k for k in range(trig.end, end) if toks[k].lower in {"to", "for"}), -1)
    if stop < 0 or not any(group_word(t.lower) for t in toks[trig.end : stop]):
        return None
    if not unnamed_startup(toks, stop + 1, end):
        return None
    # the lab in the object only: "Google veteran hires researchers for startup" takes them
    # from anywhere
    frm = lab_between(toks, trig.end, stop)
    if frm is None:
        return None
    founder = next((n for s, _, n in tagged.people if start <= s < trig.start), None)
    # "<founder> recruits Acme researchers for her startup": the lab she founded
    own = lab_founded_by(founder) if founder else None
    return Event(None, "poach", frm, own or summary_startup(summary))


def unnamed_startup(toks: list[Tok], k: int, end: int) -> bool:
    """Whether a start-up the headline does not name stands at k: whose it is or what it is
    worth ('her', 'a', '$64M'), a few words of its trade ('math'), then its noun; not a verb
    of purpose ('to help build her startup')."""
    if k >= end or not (toks[k].lower in STARTUP_DESCRIBERS or amount(toks[k].text)):
        return False
    for m in range(k, min(end, k + STARTUP_REACH)):
        if toks[m].lower in RAID_STARTUPS:
            return True
        if toks[m].lab or not (toks[m].text.isalnum() or amount(toks[m].text)):
            return False
    return False


def summary_startup(summary: Tagged) -> str | None:
    """The start-up a summary names: right after its noun ('her startup Initech'), or before an
    apposition that calls it one ('Initech Math, a nascent AI startup founded by ...')."""
    named = named_startup(summary)
    if named:
        return named
    toks = summary.toks
    for k in range(1, len(toks) - 1):
        if toks[k].text != "," or toks[k + 1].lower not in {"a", "an"}:
            continue
        window = toks[k + 2 : k + 2 + SUMMARY_STARTUP_REACH]
        n = next((n for n, t in enumerate(window) if t.lower in RAID_STARTUPS), -1)
        if n < 0 or (n + 1 < len(window) and window[n + 1].lower in ROLE_WORDS):
            continue  # "X, a startup founder,": the apposition's head is a person
        s = k
        while s > 0 and k - s < STARTUP_NAME_REACH and startup_name_word(toks[s - 1]):
            s -= 1
        if s < k:
            return " ".join(summary.texts[s:k])
    return None


def startup_name_word(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha() and not tok.watched


# Words between a firing verb and the group fired ("more", "two more", "its top"); any other
# word there makes the verb something else ("fires back at X's researchers").
PURGE_MODIFIERS = COUNT_WORDS | word_set(
    "additional more another several top senior remaining its his her their the"
)
PURGE_REACH = 5  # words from the group to the lab it says it is from ("from his venture, X")


def staff_purged(toks: list[Tok], trig: Trigger, end: int) -> Event | None:
    """'X ousts additional Acme founders', 'X has ousted more founders from Acme': a person
    firing a lab's people is a firing at that lab, nobody named (the person fires, not moves)."""
    k, lab = trig.end, None
    while k < end and k - trig.end <= 4 and not group_word(toks[k].lower):
        if not toks[k].lab and toks[k].lower not in PURGE_MODIFIERS:
            return None
        lab = lab or toks[k].lab
        k += 1
    if k >= end or not group_word(toks[k].lower):
        return None
    if not lab and k + 1 < end and toks[k + 1].lower in {"from", "at"}:
        lab = lab_between(toks, k + 1, min(end, k + 1 + PURGE_REACH))
    return Event(None, "fired", lab, None) if lab else None


def group_word(word: str) -> bool:
    """'researchers', 'staff', and their 'ex-' forms ('ex-colleagues')."""
    return word in GROUP_WORDS or (word.startswith("ex-") and word[3:] in GROUP_WORDS)


# "makes hires": the noun a lab makes, described by these words ("three key AI hires").
MAKING = word_set("makes made making")
HIRE_DESCRIBERS = COUNT_WORDS | word_set(
    "key new big major top senior notable more several few first star high-profile ai research"
)
# What may follow the noun: the clause's end, or where the hires come from or go.
HIRES_FOLLOWERS = word_set(", from in for to amid as and with : - after at")


def hires_made(toks: list[Tok], trig: Trigger, start: int, end: int) -> int:
    """'Facebook Makes AI Hires', 'Apple makes three key AI hires from Google': 'hires' as the
    noun a lab makes is a group hired; the index of the lab, or -1 ('makes AI hires a
    priority': what the hires are made into)."""
    if trig.phrase != "hires" or (trig.end < end and toks[trig.end].lower not in HIRES_FOLLOWERS):
        return -1
    k = trig.start - 1
    while k > start and (toks[k].lower in HIRE_DESCRIBERS or toks[k].text.isdigit()):
        k -= 1
    if k - 1 < start or toks[k].lower not in MAKING or not toks[k - 1].lab:
        return -1
    return k - 1


def staff_of_lab(toks: list[Tok], j: int, start: int) -> int:
    """'Engineers from Tesla are leaving', 'researchers at Cohere quit': the people before
    'from'/'at' are the subject, the lab only says whose they are; so are 'Profs at
    Stanford, Berkeley join ...' (universities by their short name, several in a list)."""
    if not employer_word(toks[j]):
        return j
    k = lab_start(toks, j, start)
    while k - 2 >= start and toks[k - 1].text in LIST_JOINERS and employer_word(toks[k - 2]):
        k = lab_start(toks, k - 2, start)
    k = owner_skipped(toks, k, start)  # "employees at Elon Musk's xAI": the owner says whose
    if k - 2 < start or toks[k - 1].lower not in {"from", "at"}:
        return j
    return k - 2 if toks[k - 2].lower in GROUP_WORDS or toks[k - 2].lower in ROLE_WORDS else j


UNIT_REACH = 5  # words from 'of' to the unit's noun ("of the Meta AI research department")


def members_of_unit(toks: list[Tok], j: int, start: int) -> int:
    """'At least four members of the Meta AI department have resigned', 'two researchers of
    Google's Gemini team left': a counted group before 'of' a lab's unit is the subject, the
    unit only says whose they are; the index of the group's noun, else j ('the head of Meta's
    AI team', one person, keeps its own reading)."""
    if j < start or toks[j].lower not in UNIT_WORDS:
        return j
    k = next(
        (m for m in range(j - 1, max(start, j - UNIT_REACH) - 1, -1) if toks[m].lower == "of"), -1
    )
    if k - 1 < start or not any(t.lab for t in toks[k + 1 : j]):
        return j
    group = k - 1
    counted = any(counted_group_at(toks, m) == group for m in range(max(start, group - 4), group))
    return group if counted else j


def employer_word(tok: Tok) -> bool:
    """A listed lab's token, or a university by its short name ('Stanford', 'CMU')."""
    return bool(tok.lab) or tok.text in UNIVERSITIES


def lab_start(toks: list[Tok], j: int, start: int) -> int:
    """The first token of the lab (or short university name) whose token j is."""
    k = j
    while k > start and toks[j].lab and toks[k - 1].lab == toks[j].lab:
        k -= 1
    return k


POSSESSIVE_MARKS = frozenset(["s", "'s", "’s", "'", "’"])


def owner_skipped(toks: list[Tok], k: int, start: int) -> int:
    """Where a lab starting at k begins with its owning person ('Elon Musk's xAI'): the
    owner's first token; k when no person owns it."""
    m = k
    while m > start and toks[m - 1].lower in POSSESSIVE_MARKS and k - m < 2:
        m -= 1
    if m == start or not toks[m - 1].person or (m == k and not toks[m - 1].poss):
        return k
    owner = toks[m - 1].person
    while m > start and toks[m - 1].person == owner:
        m -= 1
    return m


def by_gerund(toks: list[Tok], trig: Trigger, j: int, start: int) -> int:
    """'Meta widens its lead by bringing on four OpenAI researchers': the one doing a gerund
    after 'by' is the clause's subject, a lab opening the clause."""
    if j < start or toks[j].lower != "by" or not trig.phrase.split()[0].endswith("ing"):
        return j
    return start if toks[start].lab else j


def past_relative(toks: list[Tok], j: int, start: int) -> int:
    """'OpenAI co-founder who helped oust Sam Altman leaves': the one named inside a relative
    clause is not the subject; the head before 'who' is."""
    for k in range(j - 1, max(start, j - RELATIVE_REACH) - 1, -1):
        word = toks[k].lower
        if word in BOUNDARIES or word == ",":
            return j
        if word == "who":
            return word_before(toks, k, start) if k > start else j
    return j


def collective(toks: list[Tok], j: int) -> bool:
    """'Why is everyone leaving OpenAI?', 'so many staff quit': nobody in particular moves; bare
    'people' or 'staff' too, but not 'three OpenAI researchers' (counted or owned)."""
    word = toks[j].lower
    if word in COLLECTIVE_SUBJECTS:
        return True
    before = toks[j - 1].lower if j else ""
    if word in GROUP_WORDS and before in COLLECTIVE_SUBJECTS:
        return True  # "so many researchers", "all the staff"
    return word in BARE_GROUPS and before in {"", "are", "do", "did", "why"}


# Group nouns that are a head count themselves ("an AI trio leaves"): a counted group.
COUNTING_GROUPS = frozenset(["trio", "duo", "pair", "dozen", "dozens", "team"])


def nameless_wave(tagged: Tagged, summary: Tagged, j: int, start: int) -> bool:
    """'A wave of AI veterans leaves big tech', 'AI researchers keep leaving': many people
    leaving, with no count and no one or no lab named in the headline or its summary, is a
    trend; 'xAI loses three researchers' (a lab left) or 'three cofounders exit' (a count)
    are moves, and so is 'key figures depart' under a headline that names the lab."""
    if tagged.labs or tagged.people or summary.labs or summary.people:
        return False
    toks = tagged.toks
    if wave_before(toks, j):
        return True
    word = toks[j].lower
    if word not in GROUP_WORDS or word in COUNTING_GROUPS:
        return False
    return not any(t.lower in COUNT_WORDS or t.text[:1].isdigit() for t in toks[start:j])


def explained_group(toks: list[Tok], j: int, start: int) -> bool:
    """'Why Apple employees are leaving for OpenAI', 'How Meta's researchers keep quitting': a
    clause explaining why a group nobody counts moves is about a trend ('Why did three
    cofounders exit ...?' counts them: news)."""
    if toks[start].lower not in {"why", "how"} or toks[j].lower not in GROUP_WORDS:
        return False
    return not any(
        t.lower in COUNT_WORDS or t.text[:1].isdigit() or t.person for t in toks[start : j + 1]
    )


# Nouns of a unit a lab forms ("forms new AI group", "creates a robotics division").
UNIT_NOUNS = frozenset(
    ["group", "unit", "division", "team", "organization", "organisation", "org", "lab", "arm"]
)
UNIT_REACH = 5  # "forms new AI engineering group under"


def unit_under_former(tagged: Tagged, trig: Trigger, end: int) -> Event | None:
    """'Microsoft forms new AI group under former Facebook head of engineering X': a unit the
    lab forms, put under someone the headline calls a former employee of another company, is
    that person's appointment at the lab (an outside hire; a unit under a sitting executive,
    'under CTO X', is a reorganisation, no move)."""
    toks = tagged.toks
    lab = toks[trig.start - 1].lab if trig.start else None
    k = trig.end
    while k < min(end, trig.end + UNIT_REACH) and toks[k].lower not in UNIT_NOUNS:
        k += 1
    if k + 2 >= end or toks[k + 1].lower != "under":
        return None
    if not former_word(toks[k + 2].lower):
        return None
    named = [p for p in tagged.people if k + 2 < p[0] < end]
    if not lab or not named:
        return None
    frm = next((t.lab for t in toks[k + 2 : named[0][0]] if t.lab and t.lab != lab), None)
    return Event(named[0][2], "appointed", frm, lab)


LEADING_BY = frozenset(["led", "headed", "run"])


def unit_led_by(tagged: Tagged, summary: Tagged, trig: Trigger, end: int) -> Event | None:
    """'Microsoft forms new AI division led by Inflection, DeepMind cofounder', 'announces new
    AI division led by DeepMind, Inflection co-founder X': a unit the lab forms, led by someone
    the headline describes by another lab's role, is that outsider's hire (the person, if the
    headline names nobody, the summary's). A unit led by the lab's own people ('led by its CTO
    X') is a reorganisation, no move; the origin is the described lab the summary names too,
    else the one the role belongs to."""
    toks = tagged.toks
    lab = toks[trig.start - 1].lab if trig.start else None
    k = trig.end
    while k < min(end, trig.end + UNIT_REACH) and toks[k].lower not in UNIT_NOUNS:
        k += 1
    if not lab or k + 2 >= end or toks[k + 1].lower not in LEADING_BY or toks[k + 2].lower != "by":
        return None
    named = next(((s, n) for s, _, n in tagged.people if k + 2 < s < end), None)
    stop = named[0] if named else end
    role = next((m for m in range(k + 3, stop) if toks[m].lower in ROLE_WORDS), -1)
    others = [t.lab for t in toks[k + 3 : role] if t.lab and t.lab != lab] if role > 0 else []
    if not others:
        return None
    told = {name for _, _, name in summary.labs}
    shared = [o for o in dict.fromkeys(others) if o in told]
    frm = shared[0] if len(shared) == 1 else others[-1]
    person = named[1] if named else summary_person(summary)
    return Event(person, "join", frm, lab)


# Units inside a company ("forms a new business unit", "creates an AI office"): not a company
# or a lab, which a person founds as often.
INNER_UNITS = frozenset(["unit", "division", "office", "department", "group", "arm"])
LEADER_REACH = 8  # "led by Acme Studios' chief technology officer X"
APOSTROPHES = frozenset(["'", "\u2019"])


def unit_led_in_summary(
    tagged: Tagged, summary: Tagged, trig: Trigger, start: int, end: int
) -> Event | None:
    """'Acme forms new business unit to explore AI' + 'It will be led by X': a unit formed
    inside the company that opens the headline is no founding; who the summary says will lead
    it is appointed at that company."""
    toks = tagged.toks
    reach = min(end, trig.end + UNIT_REACH)
    inner = any(t.lower in INNER_UNITS for t in toks[trig.end : reach])
    subject = toks[start : trig.start]
    org = next((t.lab for t in subject if t.lab), None)
    if org is None and subject and all(t.text[:1].isupper() for t in subject):
        org = name_text(subject)
    if not inner:  # "Acme to set up AI center in Tel Aviv" + "to be led by X, formerly of Y"
        return opened_place_leader(tagged, summary, trig.start, trig.end, org) if org else None
    leader = summary_leader(summary)
    return Event(leader, "appointed", None, org) if org and leader and leader != org else None


def summary_leader(summary: Tagged) -> str | None:
    """The person 'led by', 'headed by' or 'run by' names in the summary, past a role and a company's
    possessive ('led by Acme Studios' chief technology officer X')."""
    toks = summary.toks
    for k in range(1, len(toks)):
        if toks[k].lower != "by" or toks[k - 1].lower not in LEADING_BY:
            continue
        for s, e, name in summary.people:
            if not k < s <= k + LEADER_REACH:
                continue
            if toks[e - 1].poss or (e < len(toks) and toks[e].text in APOSTROPHES):
                continue  # the company the leader's role is at
            return name
    return None


def refusal_for_lab(trig: Trigger, lab: str) -> str:
    """Why a lab as the subject of a person's verb is no move."""
    if trig.kind == "join":
        return f"a lab '{trig.phrase}' something ({lab}) is a partnership or a market entry, not a person moving"
    if trig.kind == "leave":
        return f"a lab '{trig.phrase}' something ({lab}) is about products or names, not a person moving"
    if trig.kind == "found":
        return f"a lab '{trig.phrase}' something ({lab}) is a product launch, not a person founding a company"
    return f"'{trig.phrase}' has a lab ({lab}) as its subject, not a person"


def later_person(title: Tagged, summary: Tagged, event: Event, later: list[Trigger]) -> Event:
    """'OpenAI loses another safety researcher as Lilian Weng exits': a lab's move with no one
    named, and a later clause of the headline naming who makes the same move."""
    if event.person is not None or event.action == "poach":
        return event
    asked = asked_name(title)
    if asked:  # "Who is X? Apple's robotics head who just left for Meta": X
        return Event(asked, *_rest(event))
    for trig in later:
        nxt = event_at(title, summary, trig, Extraction())
        same_kind = nxt is not None and (nxt.action in LEAVING) == (event.action in LEAVING)
        if nxt is not None and nxt.person and same_kind:
            labs = {event.from_lab, event.to_lab} - {None}
            if labs & {nxt.from_lab, nxt.to_lab} or not (nxt.from_lab or nxt.to_lab):
                return Event(nxt.person, *_rest(event))
    return event


def asked_name(title: Tagged) -> str | None:
    """The person a headline opens by asking about ('Who is X?'), whose profile follows."""
    toks = title.toks
    if len(toks) < 4 or toks[0].lower != "who" or toks[1].lower != "is" or not title.people:
        return None
    s, e, name = title.people[0]
    return name if s == 2 and e < len(toks) and toks[e].text == "?" else None


def successor(title: Tagged, summary: Tagged, event: Event, later: list[Trigger]) -> Event:
    """'X to step down, Y to become CEO', 'X resigns from Acme; Y named chief executive': a
    departure and, in a later clause, another person taking a post at the same lab: the
    successor's appointment is the news (the departure is how the post fell free)."""
    lab = event.from_lab
    if event.action not in LEAVING or event.to_lab or not lab:
        return event
    replaced = replacement(title, event, lab)
    if replaced:  # "X retires, replaced by ex-Acme exec Y": Y's arrival is the news
        return replaced
    for trig in later:
        if trig.kind not in ("appoint", "helm", "lead"):
            continue
        if stand_in_or_background(title, trig):
            return event  # "... as Y takes over", "...; Y named interim chief": the exit is news
        nxt = event_at(title, summary, trig, Extraction())
        if nxt is not None:
            taken = nxt.action == "appointed" and nxt.to_lab in (None, lab)
            person = nxt.person if taken else None
        else:  # "Y to become CEO": a post with no lab, at the lab the departure names
            person = subject_before(title, trig.start)
            window = title.lowers[trig.end : trig.end + 3]
            person = person if not ROLE_WORDS.isdisjoint(window) else None
        if person and person != event.person:
            return Event(person, "appointed", None, lab)
    return event


STAND_IN = frozenset(["interim", "acting", "temporary", "temporarily"])
# (the participles that hand a departing person's post to the name after "by" are
# endpoints.REPLACED, which summaries read the same way)
REPLACEMENT_SPAN = 6  # "by" to the successor's name: a few words describing them


def replacement(title: Tagged, event: Event, lab: str) -> Event | None:
    """'X retires, replaced by ex-Instacart exec Y', 'X steps down, succeeded by Y': a clause
    after the departing person that hands their post to another named person; that person
    arrives at the lab (from where the words before their name say they worked, "ex-A" or a
    lab other than the one left), or is appointed there. Not a stand-in ("replaced by interim
    chief Y": the departure stays the news)."""
    toks, lowers = title.toks, title.lowers
    after = next((e for _, e, n in title.people if n == event.person), 0)
    for k in range(after + 1, len(toks) - 1):
        if lowers[k] not in REPLACED or lowers[k + 1] != "by" or lowers[k - 1] not in {",", ";"}:
            continue
        name = next(
            ((s, n) for s, _, n in title.people if k + 2 <= s <= k + 2 + REPLACEMENT_SPAN), None
        )
        if name is None or name[1] == event.person:
            return None
        words = toks[k + 2 : name[0]]
        if any(t.lower in STAND_IN or t.text in BOUNDARIES for t in words):
            return None
        frm = former_company(words, lab)
        return Event(name[1], "join", frm, lab) if frm else Event(name[1], "appointed", None, lab)
    return None


def former_company(words: list[Tok], lab: str) -> str | None:
    """The company the words describing a successor place them at before: a lab other than
    the one they arrive at, or the capitalised word after 'ex'/'former' ("ex-Instacart")."""
    for n, t in enumerate(words):
        if t.lab and t.lab != lab:
            return t.lab
        if t.lower in FORMER and n + 1 < len(words):
            nxt = words[n + 1]
            if nxt.text[:1].isupper() and not nxt.person and not nxt.lab:
                return nxt.text
    return None


def stand_in_or_background(title: Tagged, trig: Trigger) -> bool:
    """Whether a successor's clause is subordinate ('as Y takes over') or names a stand-in
    ('Y named interim chief'): then the departure before it stays the headline's news."""
    lowers = title.lowers
    clause = max((k for k in range(trig.start) if lowers[k] in {",", ";", "|", ":"}), default=0)
    if any(w in SUBORDINATORS for w in lowers[clause : trig.start]):
        return True
    return any(w in STAND_IN for w in lowers[max(0, trig.start - 4) : trig.end + 4])


# Words that may stand between a clause's subject and its verb ("Y to become CEO").
LINK_WORDS = frozenset(["to", "will", "is", "be", "set", "has", "been"])


def subject_before(title: Tagged, k: int) -> str | None:
    """The person whose name ends right before position k, past words like 'to' or 'will'."""
    m = k
    while m > 0 and title.lowers[m - 1] in LINK_WORDS:
        m -= 1
    return next((n for _, e, n in title.people if e == m), None)


def follow_up(title: Tagged, summary: Tagged, event: Event, later: list[Trigger]) -> Event:
    """'X leaves A; joins B' or 'A loses X: X heads to B': a later clause gives the destination."""
    if event.action != "leave" or event.to_lab:
        return event
    if event.from_lab and new_post_within(title, summary, event):
        to = unlisted_destination(title, summary, event.from_lab)
        if to:  # "leaves to lead Nokia": a post at a company on no list, not at the lab left
            return Event(event.person, "join", event.from_lab, to)
        return Event(event.person, "appointed", None, event.from_lab)
    more: list[tuple[Tagged, Trigger, tuple[str, ...]]] = [
        (title, t, ("join", "return", "found")) for t in later
    ]
    more += [
        (summary, t, ("join", "return"))
        for t in find_triggers(summary)
        if _summary_trigger_ok(summary, t)
    ]
    for tagged, trig, actions in more:
        nxt = event_at(tagged, summary, trig, Extraction())
        fits = (
            nxt
            and nxt.action in actions
            and (event.person is None or nxt.person in (None, event.person))
        )
        if nxt and fits and nxt.to_lab != event.from_lab:
            person = event.person or nxt.person
            # "to exit Meta and launch a start-up": the departure is the news, as "leaves to
            # launch" is (jobs/language/person_moves.py); a clause of its own after a colon
            # ("...: X launches Y") tells the founding
            joined = tagged is title and not any(t in BOUNDARIES for t in title.texts[: trig.start])
            action: Action = "leave" if nxt.action == "found" and joined else nxt.action
            return Event(person, action, event.from_lab or nxt.from_lab, nxt.to_lab)
    if not event.from_lab:
        return event
    # (the mover the headline leaves unnamed is the one the summary names: classify fills it)
    mover = event.person or summary_person(summary, "leave")
    to = summary_destination(summary, mover, event.from_lab)
    if to:  # "X leaves Google" + "He's joining venture capital firm Y": a join, to Y
        return Event(event.person, "join", event.from_lab, to)
    return event
