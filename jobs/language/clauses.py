"""Clause checks around a move verb: doubt and negation, questions, idioms, purpose, topic and
background clauses. Each says whether the verb reports a move that happened."""

from __future__ import annotations

from jobs.language.lexicon import (
    COUNT_WORDS,
    DEPARTING,
    DOUBT,
    GROUP_WORDS,
    HABITUAL,
    IDIOMS,
    INTERVIEW_LABELS,
    LEAVE_NOUN_BEFORE,
    NEGATION,
    NOUN_TRIGGERS,
    OWN_PRONOUNS,
    PAST_FORMS,
    PRONOUNS,
    REPORTED,
    ROLE_WORDS,
    SUBORDINATORS,
    TO_HEADS,
    TOPIC_BEFORE,
    TRIGGER_FIRST,
    WISHES,
    word_set,
)
from jobs.language.people import Tagged, Tok
from jobs.language.triggers import Extraction, Trigger

# "explains why X was fired", "on why he left", "says why she quit": a past move told again,
# not news of one.
TELLING = frozenset(
    ["on", "about", "explains", "explain", "reveals", "recalls", "recounts", "describes"]
    + ["details", "says", "tells", "shares", "discusses"]
)
# Questions asked in the past tense ("Why did X start Y?", "How did X found Y?").
PAST_ASKING = frozenset(["why", "how"])
BREAKS = frozenset(["sabbatical", "sabbaticals", "furlough"])
# What a summary calls a pause from work a return ends ("after a three-month hiatus").
BREAK_NOUNS = BREAKS | {"hiatus", "vacation"}
# "a break", "his break" is a pause; "a break with the past", "the break-up" are not.
BREAK_OWNERS = frozenset(["a", "his", "her", "their"])
NOT_A_PAUSE = frozenset(["with", "up", "from", "through", "into", "even"])
DENIALS = frozenset(
    ["denies", "denied", "dismisses", "dismissed", "refutes", "rejects", "shoots"]
    + ["quashes", "quashed", "debunks", "rubbishes", "downplays", "squashes"]
)
# "laughs off reports", "brushes off rumours": a phrasal denial ("off" after these).
SHRUGS = word_set("laughs laughed brushes brushed shrugs shrugged waves waved")
# "responds to a report about him leaving", "addresses rumours": the news is the answer, and the
# move stays a report's, unless the answer confirms it ("responds to reports, confirms exit").
RESPONSES = word_set(
    """responds responded reacts reacted addresses addressed answers answered comments
    commented"""
)
CONFIRMS = word_set("confirms confirmed confirming admits admitted")
RUMOURS = frozenset(
    ["reports", "report", "rumour", "rumours", "rumor", "rumors", "speculation", "claims"]
)
# "rejects Meta's $1 billion offer", "turns down OpenAI's bid": an offer refused moves no one.
REFUSALS = frozenset(
    [
        "rejects",
        "rejected",
        "rebuffs",
        "rebuffed",
        "spurns",
        "spurned",
        "declines",
        "declined",
        "snubs",
        "snubbed",
        "refuses",
        "refused",
    ]
)
TURNS = frozenset(["turns", "turned", "turning", "turn"])
OFFERS = frozenset(
    ["offer", "offers", "bid", "bids", "approach", "overture", "overtures", "package"]
)
# A plan that only a report tells of ("plans to leave ..., report says") has not happened.
PLAN_WORDS = frozenset(["plans", "plan", "planning"])
HEARSAY = frozenset(["report", "reports", "reportedly", "sources", "reported"])
# Money paid, not offered: what it paid for happened ("spent $900 million to hire X").
SPENT = frozenset(["spent", "spends", "paid", "pays", "shelled", "shells"])
BACK_VERBS = frozenset(["came", "went", "headed"])
# Spans a tally of departures is counted over ("over the past 2 years", "the last decade").
SPAN_WORDS = frozenset(["years", "decade"])
# "DeepSeek has a number of former Microsoft employees": who works at a lab now.
HAVING = frozenset(["has", "have", "employs", "counts"])


def check_speculation(tagged: Tagged, trig: Trigger, start: int, end: int, ext: Extraction) -> bool:
    """False when negated or doubtful; marks reported moves as speculative."""
    lowers = tagged.lowers
    near = set(lowers[start : trig.start])  # "in talks to invest ..., hire X"
    negated = near & NEGATION
    negated |= set(lowers[trig.end : trig.end + 1]) & {"not"}
    negated |= counted_none(lowers, start, trig.start)
    if negated:
        ext.reasons.append(f"'{trig.phrase}' is negated ({', '.join(sorted(negated))})")
        ext.final = True
        return False
    question = "?" in tagged.texts[start:end] and not presupposed(tagged.toks, start)
    doubt = near & DOUBT
    if doubt == {"may"} and month_may(tagged.toks, start, trig.start):
        doubt = set()  # "X, who left OpenAI in May, joins Y": the month, no doubt
    if doubt or question or wished(lowers, start, trig.start):
        ext.speculative = True
        ext.reasons.append(f"'{trig.phrase}' is only a possibility (could/may/?), not a move")
        return False
    words = set(lowers[start:end])
    reported = words & HEARSAY or (start > 0 and lowers[start - 1] == "report")
    if near & PLAN_WORDS and reported:
        ext.speculative = True
        ext.reasons.append(f"a reported plan to '{trig.phrase}' is speculation, not a move")
        return False
    if words & REPORTED or (start > 0 and lowers[start - 1] == "report"):
        ext.speculative = True
        ext.reasons.append("reported or announced ahead, not confirmed: marked speculative")
    return True


# A count of none before a move ("has zero founder exits", "no departures so far"): the
# headline says the move did not happen. Two words back at most, so that the count governs the
# move noun or its subject ("no one leaves"), and never 'no' before a number ("the No 2 leaves").
NONE_WORDS = word_set("zero no nobody")


def counted_none(lowers: list[str], start: int, trig_start: int) -> set[str]:
    """The count of none within two words before the move word, or a share of none opening
    its subject ('none of OpenAI's best people have left'), wherever (empty: none there)."""
    found = {"none"} if none_of(lowers, start, trig_start) else set()
    for k in range(max(start, trig_start - 2), trig_start):
        after = lowers[k + 1] if k + 1 < len(lowers) else ""
        if lowers[k] in NONE_WORDS and not after[:1].isdigit() and after != ".":
            found.add(lowers[k])
    return found


def none_of(lowers: list[str], start: int, stop: int) -> bool:
    """'none of ...' in words [start, stop)."""
    if "none" not in lowers[start:stop]:
        return False  # (most clauses: no scan)
    return any(lowers[k] == "none" and lowers[k + 1] == "of" for k in range(start, stop - 1))


# Words before "May" that make it the month ("in May", "since May", "early May").
MONTH_BEFORE = word_set("in since until by from of early late mid last next this on before")


def month_may(toks: list[Tok], start: int, trig_start: int) -> bool:
    """Every 'may' before the verb is the month: capitalised after a preposition of time or
    before a day's number ('in May', 'since May', 'May 5'); 'X may leave' is doubt."""
    for k in range(start, trig_start):
        if toks[k].lower != "may":
            continue
        before = toks[k - 1].lower if k else ""
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        if toks[k].text != "May" or not (before in MONTH_BEFORE or after.isdigit()):
            return False
    return True


def wished(lowers: list[str], start: int, trig_start: int) -> bool:
    """'Musk wants OpenAI's co-founder to join xAI': a wish for someone else's move."""
    if WISHES.isdisjoint(lowers[start:trig_start]):
        return False  # (most clauses: one set operation)
    return any(lowers[k] in WISHES and lowers[k + 1] != "to" for k in range(start, trig_start - 1))


def presupposed(toks: list[Tok], start: int) -> bool:
    """'Why is X leaving Meta?' asks about a move that happened, and 'Who is X, ... chosen as
    CTO?' about the one who moved; 'Is X leaving?' asks whether."""
    k = start
    while k < len(toks) and toks[k].text in {"'", '"'}:
        k += 1
    if k + 2 < len(toks) and toks[k].lower == "who" and toks[k + 1].lower == "is":
        return bool(toks[k + 2].person)  # "Who is X, the exec chosen as Y's CTO?": a profile
    return k < len(toks) and toks[k].lower in {"why", "how"}


def origin_question(toks: list[Tok], start: int, trig: Trigger) -> bool:
    """'Why did X start Anthropic?', 'How did X found DeepMind?': asking why a company was
    founded presupposes it stands; the founding is its origin story, told again, and so is a
    departure asked about for the company it led to ('Why did X leave Meta to start Y?'). A
    departure asked about so ('Why did OpenAI's head of robotics resign?') is news of it."""
    if trig.start - start < 3 or not (trig.kind == "found" or left_to_found(toks, trig)):
        return False
    k = start
    while k < trig.start and toks[k].text in {"'", '"'}:
        k += 1
    return toks[k].lower in PAST_ASKING and toks[k + 1].lower == "did"


# Verbs of starting a company after 'to' ("left Meta to raise $1B for his startup").
FOUNDING = word_set("start found launch build raise form co-found cofound")


def left_to_found(toks: list[Tok], trig: Trigger) -> bool:
    """'Why did X leave Meta to raise $1B for AMI Labs?', 'How did Y quit Google to start Z?':
    a departure asked about for the company it led to is that company's origin story."""
    if trig.kind != "leave":
        return False
    for k in range(trig.end, len(toks) - 1):
        if toks[k].text in {"?", "|"}:
            return False
        if toks[k].lower == "to" and toks[k + 1].lower in FOUNDING:
            return True
    return False


def group_to_move(toks: list[Tok], trig: Trigger) -> bool:
    """'recruiting top talent to join Meta's venture', 'prompting senior researchers to leave':
    people in general just before 'to <join/leave>' are who would move; whoever recruits or
    prompts them does not, and a group with no count, lab or name is a drive or a trend."""
    if trig.kind not in ("join", "leave") or trig.start < 2 or toks[trig.start - 1].lower != "to":
        return False
    head = toks[trig.start - 2]
    if head.lower not in GROUP_WORDS or head.lab:
        return False
    before = toks[max(0, trig.start - 5) : trig.start - 2]
    if any(t.lower in COUNT_WORDS or t.lower == "from" or t.text[:1].isdigit() for t in before):
        return False  # "hires three OpenAI researchers to join": a raid
    if persuaded(before):
        return True  # "is convincing DeepMind researchers to join Meta": a drive under way
    return not head.person and not any(t.lab or t.person for t in before)


# Verbs of talking people into a move, as a gerund: a drive under way, nobody moved yet.
PERSUADING = word_set(
    """convincing persuading luring enticing wooing courting tempting urging pushing
    pressuring coaxing encouraging pressing nudging"""
)


def persuaded(before: list[Tok]) -> bool:
    """'is convincing DeepMind AI researchers', 'luring Google engineers': the group before
    'to join' is the object of a persuading gerund (a lab or an adjective may describe it)."""
    return any(t.lower in PERSUADING for t in before)


def lab_product(toks: list[Tok], trig: Trigger) -> bool:
    """'X unveils Microsoft's new Copilot', 'launches OpenAI's GPT-5': what a founding verb's
    object belongs to is a lab that stands already; the thing launched is its product."""
    if trig.kind != "found" or trig.end >= len(toks):
        return False
    k = trig.end + (toks[trig.end].lower == "the")
    while k < len(toks) and toks[k].lab and not toks[k].poss:
        if k + 1 >= len(toks) or toks[k + 1].lab != toks[k].lab:
            return False
        k += 1
    return k < len(toks) and bool(toks[k].lab) and toks[k].poss


def leave_noun(toks: list[Tok], trig: Trigger) -> bool:
    """'leave of absence', 'on leave', 'parental leave': the noun, not the verb."""
    before = toks[trig.start - 1].lower if trig.start else ""
    return trig.phrase == "leave" and before in LEAVE_NOUN_BEFORE


def idiom_after(toks: list[Tok], trig: Trigger, end: int) -> str | None:
    """The idiomatic object word ('forces', 'race', 'of absence') after a trigger, if any."""
    words = IDIOMS.get(trig.kind)
    if not words or trig.end >= end:
        return None
    if trig.phrase.endswith("it quits") and given_up(toks, trig.end, end):
        return "on"
    nxt = toks[trig.end]
    if nxt.lower == "the" and trig.end + 1 < end:
        nxt = toks[trig.end + 1]
    if nxt.lower in words and not nxt.lab:
        return nxt.lower
    if trig.kind == "leave":
        return left_as_is(toks, trig.end, end)
    return member_body(toks, trig, end) if trig.kind == "join" else None


# Words after the object of 'leaves' that keep it as it is ("leaves job openings unfilled").
LEFT_AS_IS = frozenset(["unfilled", "unanswered", "untouched", "unchanged", "unresolved"])
LEFT_AS_IS_REACH = 4  # object words before the state ("leaves key AI jobs unfilled")


def left_as_is(toks: list[Tok], k: int, end: int) -> str | None:
    """'leaves job openings unfilled': the state the object is left in, so no one leaves."""
    return next(
        (t.lower for t in toks[k : min(end, k + LEFT_AS_IS_REACH + 1)] if t.lower in LEFT_AS_IS),
        None,
    )


# Bodies that organisations join as members ("joins AI Alliance", "joins the Frontier Safety
# Consortium"): a membership, no one's move.
MEMBER_BODIES = frozenset(["alliance", "consortium", "coalition"])
BODY_REACH = 4  # capitalised words of the body's name before its last


def member_body(toks: list[Tok], trig: Trigger, end: int) -> str | None:
    """The membership body whose capitalised name is the object of 'joins' ('joins AI
    Alliance launched by ...'), if it is one."""
    m = trig.end + (toks[trig.end].lower == "the")
    for k in range(m, min(end, m + BODY_REACH + 1)):
        if not toks[k].text[:1].isupper() or toks[k].lab:
            return None
        if toks[k].lower in MEMBER_BODIES:
            return toks[k].lower
    return None


def given_up(toks: list[Tok], k: int, end: int) -> bool:
    """'calls it quits on the headset': a thing given up, no employer left ('on a decade at
    Google' tells a tenure that ended)."""
    if toks[k].lower != "on":
        return False
    return all(t.lower != "at" for t in toks[k : min(end, k + 6)])


def purpose_clause(toks: list[Tok], trig: Trigger) -> bool:
    """'offered bonuses to poach staff': a 'to' after a plain noun states a purpose, not a move."""
    if trig.start < 2 or toks[trig.start - 1].lower != "to":
        return False
    if any(t.lower in SPENT for t in toks[max(0, trig.start - 7) : trig.start - 1]):
        return False  # "spent $900 million to hire X": money paid for a hire that happened
    head = toks[trig.start - 2]
    if head.person or head.lab or head.lower in TO_HEADS or head.lower in ROLE_WORDS:
        return False
    if head.text == "," and apposition_closed(toks, trig.start - 2):
        return False  # "X, the Pentagon's AI chief, to depart in April": X's move, announced
    if owned_subject(toks, trig.start - 2):
        return False  # "Starmer's AI tsar to step down": the headline's subject, announced
    if head.lower in HABITUAL and trig.kind in ("hire", "raid"):
        return False  # "continues to hire engineers": the hiring goes on, no purpose
    return head.lower not in GROUP_WORDS and head.lower not in PRONOUNS


# Nouns of intent or of an offer: an infinitive after one is its purpose ("Meta's plan to hire
# X", "OpenAI's offer to pay X"), never the subject's announced move.
INTENT_NOUNS = word_set(
    """plan plans offer offers bid bids attempt attempts effort efforts push move moves
    decision pressure call calls campaign drive race scramble quest deal deals chance way time
    promise pledge vow threat goal strategy mission ambition ambitions right refusal failure
    ability licence license permission approval invitation request demand order proposal option
    choice rush need hunt plot scheme battle fight pitch hope hopes intention intent"""
)
# Openers a headline's subject may follow (a kicker, a quote mark).
SUBJECT_OPENERS = frozenset([":", "|", '"', "'", "-"])
OWNED_REACH = 3  # words between the owner's "'s" and the subject's head ("'s AI tsar")


def owned_subject(toks: list[Tok], h: int) -> bool:
    """'Keir Starmer's AI tsar to step down', "Acme's robotics lead to leave": the word before
    'to' heads the noun phrase that opens the headline (an owner's "'s", then at most three
    words), so the infinitive is that subject's announced move; not a noun of intent ('plan',
    'offer', 'pressure') nor a verb ('said', 'asks')."""
    head = toks[h]
    if not head.text.isalpha() or head.lower in INTENT_NOUNS or head.lower in TO_HEADS:
        return False
    if head.lower.endswith(("ed", "ing")) or head.poss:
        return False
    m = h - 1
    while m >= 0 and h - m <= OWNED_REACH and not toks[m].poss:
        tok = toks[m]
        if not tok.text.isalpha() or (tok.text.islower() and tok.lower.endswith("s")):
            return False  # "OpenAI's CEO asks staff to ...": a verb before the head
        m -= 1
    if m < 0 or not toks[m].poss or not toks[m].text[:1].isupper():
        return False
    r = m
    while r > 0 and toks[r - 1].text[:1].isupper() and toks[r - 1].text.isalpha():
        r -= 1
    return r == 0 or toks[r - 1].text in SUBJECT_OPENERS


def apposition_closed(toks: list[Tok], comma: int) -> bool:
    """Whether the comma at `comma` closes an apposition opened by a comma right after a name
    ('X, the Pentagon's first AI chief,')."""
    for m in range(comma - 1, max(0, comma - 14), -1):
        if toks[m].text == ",":
            return m > 0 and bool(toks[m - 1].person)
    return False


def topic_noun(toks: list[Tok], trig: Trigger, j: int, start: int) -> bool:
    """'speaks out on Murati's departure': a noun of leaving after a preposition is a topic."""
    if trig.phrase.split()[0] not in NOUN_TRIGGERS:
        return False
    k = j if j >= 0 and (toks[j].person or toks[j].poss) else trig.start
    while k > start and toks[k - 1].person and toks[k - 1].person == toks[k].person:
        k -= 1
    return k > start and toks[k - 1].lower in TOPIC_BEFORE


def interview_topic(tagged: Tagged, start: int, trig: Trigger) -> bool:
    """'Karpathy on why he left OpenAI', 'speaks out about why he was fired': an interview
    about a past move, not news of one; 'on why he's leaving Meta' and 'reveals why he quits
    Google' (the present tense) are about a move under way, which is news."""
    first = trig.phrase.split()[0]
    if first.endswith("ing") or (first.endswith("s") and first != "was"):
        return False
    if TOPIC_OPENERS.isdisjoint(tagged.lowers[start : trig.start - 1]):
        return False  # (most clauses: no word to look further at)
    toks = tagged.toks
    return any(
        (toks[k].lower in TELLING and (toks[k + 1].lower in ASKING or told_occasion(toks, k + 1)))
        or toks[k].lower in REASON_NOUNS
        for k in range(start, trig.start - 1)
    )


# Verbs of telling a story again: before a leaving noun its mover owns ("reveals the truth
# behind his exit", "opens up about her departure"), an interview about the exit; "confirms
# his exit", "announces her departure" (events.OWN_ANNOUNCING) are the news itself.
RETELLING = word_set(
    "explains reveals recalls recounts describes discusses reflects opens speaks talks breaks"
)
RETOLD_GAP = 4  # words between the verb and the owner: "the real story behind", "silence on"
OWN_EXIT_NOUNS = NOUN_TRIGGERS | word_set("ouster firing dismissal")


def exit_retold(toks: list[Tok], start: int, trig: Trigger) -> bool:
    """'X reveals the truth behind his exit', 'opens up about her OpenAI departure': the
    mover's own exit, a pronoun's, told after a verb of telling: what was behind a known exit,
    not news of one (the summary's 'is leaving' is the exit it explains)."""
    if trig.phrase.split()[0] not in OWN_EXIT_NOUNS:
        return False
    k = trig.start - 1
    if k > start and toks[k].lab:
        k -= 1  # "her OpenAI exit"
    if k <= start or toks[k].lower not in OWN_PRONOUNS:
        return False
    return any(toks[m].lower in RETELLING for m in range(max(start, k - RETOLD_GAP - 1), k))


# "The real reason X left Y", "the reasons behind X's exit": why a past move happened.
REASON_NOUNS = frozenset(["reason", "reasons"])
TOPIC_OPENERS = TELLING | REASON_NOUNS  # the words interview_topic answers at


ASKING = frozenset(["why", "how", "what", "when"])
# "about the night she left", "recalls the day he was fired": an occasion told again.
OCCASION_NOUNS = word_set("day night moment morning week time weekend")


def told_occasion(toks: list[Tok], k: int) -> bool:
    """'the day', 'the night' right after a telling word: the occasion of a past move."""
    return toks[k].lower == "the" and k + 1 < len(toks) and toks[k + 1].lower in OCCASION_NOUNS


RESPONSE_SKIPS = word_set("to on the a new latest fresh recent media press")


def answered_rumour(toks: list[Tok], k: int) -> bool:
    """Whether the response at k takes a report or rumour as its object ('responds to the
    report', not 'addresses staff after reports') and nothing after it confirms the move."""
    m = k + 1
    while m < len(toks) and m - k <= 3 and toks[m].lower in RESPONSE_SKIPS:
        m += 1
    if m >= len(toks) or toks[m].lower not in RUMOURS:
        return False
    return not any(t.lower in CONFIRMS for t in toks[m + 1 :])


# Every word not_a_move answers at: a headline with none of them is settled in one look-up.
NOT_A_MOVE_WORDS = BREAKS | DENIALS | RESPONSES | REFUSALS | {"freeze", "off", "down"}


def not_a_move(tagged: Tagged) -> str | None:
    """A headline about a pause from work or a denial, whatever its summary says: 'goes on
    sabbatical', 'hiring freeze', 'dismisses resignation reports as rumour'."""
    if NOT_A_MOVE_WORDS.isdisjoint(tagged.lowers):
        return None  # (most headlines: no scan of the tokens)
    toks = tagged.toks
    for k, tok in enumerate(toks):
        word = tok.lower
        if word in BREAKS and not left_after_break(toks, k):
            return f"'{tok.text}' is a pause from work, not a move"
        if word == "freeze" and k and toks[k - 1].lower in {"hiring", "recruiting"}:
            return "a hiring freeze stops hiring; nobody moves"
        denied = word in DENIALS or (word == "off" and k and toks[k - 1].lower in SHRUGS)
        if word in RESPONSES and answered_rumour(toks, k):
            return f"'{tok.text} ... {toks[k + 1].text}' answers a report of a move, not one"
        if denied and any(t.lower in RUMOURS for t in toks[k + 1 : k + 5]):
            return f"'{tok.text} ... {' '.join(t.text for t in toks[k + 1 : k + 3])}' denies a move"
        refusal = word in REFUSALS or (word == "down" and k and toks[k - 1].lower in TURNS)
        if (
            refusal
            and not refused_before(toks, k)
            and any(t.lower in OFFERS for t in toks[k + 1 : k + 8])
        ):
            return f"'{tok.text} ... offer': an offer refused, nobody moved"
    return None


BREAK_AFTER_REACH = 5  # words from 'after' to the pause ("after a 4-month sabbatical")


def left_after_break(toks: list[Tok], k: int) -> bool:
    """'X leaving company after 4-month sabbatical': a pause told after 'after' as what came
    before a leaving the clause reports is background; the leaving is the news ('returns
    after sabbatical' ends a pause, and stays one)."""
    after = next(
        (m for m in range(k - 1, max(-1, k - BREAK_AFTER_REACH), -1) if toks[m].lower == "after"),
        -1,
    )
    return after > 0 and any(t.lower in DEPARTING for t in toks[:after])


def refused_before(toks: list[Tok], k: int) -> bool:
    """'joins Meta after turning down its $1B offer', 'after rejecting': a refusal told as what
    came before the move the headline reports, not as the news itself."""
    before = k - 2 if toks[k].lower == "down" else k - 1
    return before >= 0 and toks[before].lower == "after"


# (built once: break_told asks it at every token)
LEAVE_BEFORE_NOUN = LEAVE_NOUN_BEFORE - {"of"}


def break_told(toks: list[Tok]) -> str | None:
    """The word by which a text tells a pause from work ('after a three-month hiatus', 'his
    longest vacation ever', 'had announced a break', 'a leave of absence'), or None."""
    for k, tok in enumerate(toks):
        word = tok.lower
        if word in BREAK_NOUNS:
            return tok.text
        before = toks[k - 1].lower if k else ""
        after = toks[k + 1].lower if k + 1 < len(toks) else ""
        if word == "break" and before in BREAK_OWNERS and after not in NOT_A_PAUSE:
            return tok.text
        if word == "leave" and (after == "of" or before in LEAVE_BEFORE_NOUN):
            return tok.text
    return None


def retrospective(tagged: Tagged, trig: Trigger, start: int, end: int) -> bool:
    """'Why X left OpenAI for Anthropic | Full interview': a past-tense move in a headline
    labelled as an interview or podcast looks back on it; the news was told long before."""
    if not past_form(trig):
        return False
    lowers = tagged.lowers
    if looked_back(set(lowers)):
        return True  # "The day Google fired X, revisited", "Remembering when X left Y"
    return not (
        INTERVIEW_LABELS.isdisjoint(lowers[:start]) and INTERVIEW_LABELS.isdisjoint(lowers[end:])
    )


# Words of a piece that looks back: a past move in its headline is history, not news.
LOOKING_BACK = word_set(
    """revisited remembering remembered anniversary retrospective recap flashback
    throwback"""
)


def looked_back(words: set[str]) -> bool:
    """A word of looking back, or the words of 'looking back' or 'where are they now?'."""
    if not LOOKING_BACK.isdisjoint(words):
        return True
    return ("back" in words and not LOOKING.isdisjoint(words)) or words >= WHERE_NOW


LOOKING = frozenset(["looking", "look", "looks"])
WHERE_NOW = frozenset(["where", "they", "now"])


# Past verbs of leaving a relative clause may tell before its purpose ("who ditched Apple to
# join Meta").
LEFT_VERBS = word_set(
    "left quit ditched departed exited abandoned resigned fled defected bolted jumped"
)


def relative_purpose(toks: list[Tok], trig: Trigger, start: int) -> bool:
    """'executives who ditched Apple to join Meta', 'X, who left Google to join OpenAI, ...':
    an infinitive after a relative clause's verb of leaving and its object is that clause's
    purpose, background as the clause is ('the engineer who built X to join Y' has no verb of
    leaving: the subject's own announced move)."""
    if trig.start < 3 or toks[trig.start - 1].lower != "to":
        return False
    left = False
    for k in range(trig.start - 2, max(start, trig.start - 9) - 1, -1):
        word = toks[k].lower
        if word in {"who", "which"}:
            return left
        if not toks[k].text[:1].isalnum():
            return False
        left = left or word in LEFT_VERBS
    return False


def relative_clause(toks: list[Tok], trig_start: int, start: int) -> bool:
    """'Jan Leike, who joined Anthropic last year, talks ...': a verb right after who/which/that
    describes the person, it is not the headline's news."""
    k = trig_start - 1
    if k >= start and toks[k].lower in {"has", "have", "had"}:
        k -= 1
    if k >= start and toks[k].lower in {"who", "which", "that"}:
        return True
    # "who helped oust X", "who tried to push out X": a verb or two between who and the trigger
    for _ in range(3):
        if k < start or toks[k].lower in {"who", "which", "that"}:
            break
        if toks[k].person or toks[k].lab or not toks[k].text.isalpha():
            return False
        if toks[k].lower in TRIGGER_FIRST and toks[k].lower not in {"to"}:
            return False
        k -= 1
    return k >= start and toks[k].lower in {"who", "which"}


# Words that make a relative clause's move the news: "the Apple robotics head who just left for
# Meta" said as the whole of a headline's clause (a profile's second half after "Who is X?").
FRESH_WORDS = frozenset(["just", "recently", "newly"])
FRESH_OBJECT = frozenset(["for", "to", "at"])


def fresh_relative(toks: list[Tok], trig_start: int, trig_end: int, end: int) -> bool:
    """'Who is X? Apple's robotics head who just left for Meta', 'the Google researcher who
    has just joined Anthropic': a relative clause marked recent ('just', 'recently') that ends
    the headline's clause with the lab moved to or from is the news itself; one that goes on
    ('who just left OpenAI says ...') or is not marked recent stays background."""
    k = trig_start - 1
    if k < 1 or toks[k].lower not in FRESH_WORDS:
        return False
    k -= 1
    if toks[k].lower in {"has", "have"}:
        k -= 1
    if k < 0 or toks[k].lower != "who":
        return False
    m = trig_end
    if m < end and toks[m].lower in FRESH_OBJECT:
        m += 1
    lab = toks[m].lab if m < end else None
    if not lab:
        return False
    while m < end and toks[m].lab == lab:
        m += 1
    return m == end or (m == end - 1 and not toks[m].text.isalnum())


# Nouns and verbs of the antecedent leaving, in the clause a passive relative describes.
LEAVING_WORDS = frozenset(
    ["retirement", "departure", "exit", "resignation", "retires", "retiring", "leaves", "exits"]
)


def how_it_left(toks: list[Tok], trig_start: int, start: int) -> bool:
    """'announced the retirement of its CEO, who was reportedly ousted by the board': a
    passive relative clause on the one whose leaving the clause reports tells how they left;
    it is the news, not background ('X, who was fired in 2023, says ...' names no leaving)."""
    k = trig_start - 1
    while k > start and toks[k].lower in ADVERBS:
        k -= 1
    if k - 1 < start or toks[k].lower not in {"was", "were"} or toks[k - 1].lower != "who":
        return False
    return any(t.lower in LEAVING_WORDS for t in toks[start : k - 1])


ADVERBS = frozenset(["allegedly", "reportedly", "effectively", "essentially", "quietly"])


def background_clause(toks: list[Tok], j: int, start: int) -> bool:
    """'days after Google hired its CEO': the subject follows a subordinator (earlier event)."""
    k = j
    while (
        k > start
        and (toks[k - 1].person or toks[k - 1].lab)
        and toks[k - 1].person == toks[j].person
    ):
        k -= 1
    before = toks[max(start, k - 2) : k]
    # "as VP X steps down" happens with the main clause ("OpenAI faces another exit as its VP
    # steps down"): a person's move there is news; a lab's raid there ("OpenAI reworks pay as
    # Meta poaches eight researchers") is what the headline reacts to, and so are people in
    # general ("is still winning, even as high-profile researchers have left for rivals")
    person = bool(toks[j].person) or (toks[j].lower in ROLE_WORDS and not uncounted(toks, j, start))
    background = any(t.lower in SUBORDINATORS and (t.lower != "as" or not person) for t in before)
    if not background or any(t.text == "," for t in before):
        return False
    # "Intel pops 16% as chipmaker taps new CEO": after a share price moving, the cause
    only_as = all(t.lower == "as" or t.lower not in SUBORDINATORS for t in before)
    return not (only_as and market_move(toks, start, k))


def uncounted(toks: list[Tok], j: int, start: int) -> bool:
    """A group word at j with no count before it ('high-profile researchers'; not 'three
    researchers')."""
    if toks[j].lower not in GROUP_WORDS:
        return False
    return not any(
        t.lower in COUNT_WORDS or t.text[:1].isdigit() for t in toks[max(start, j - 4) : j]
    )


# Verbs of a share price moving: "Intel jumps 15% as ...", "shares slide as ...".
MARKET_VERBS = word_set(
    """jump jumps jumped pop pops popped surge surges surged soar soars soared rise rises rose
    climb climbs climbed rally rallies rallied gain gains gained fall falls fell slide slides
    slid tumble tumbles tumbled drop drops dropped sink sinks sank plunge plunges plunged
    slump slumps slumped"""
)


def market_move(toks: list[Tok], start: int, k: int) -> bool:
    """Whether the main clause before position k tells a share price moving ('Intel pops 16%
    as ...'): the 'as' clause after it is its cause, the news, not background."""
    before = toks[start:k]
    return any(t.lower in MARKET_VERBS for t in before) and any(
        t.text.endswith("%") or t.lower in {"shares", "stock", "percent"} for t in before
    )


def past_form(trig: Trigger) -> bool:
    """Whether a trigger opens with a past form ('left', 'hired'), simple or perfect."""
    first = trig.phrase.split()[0]
    return first.endswith("ed") or first in PAST_FORMS


def past_simple(toks: list[Tok], trig: Trigger) -> bool:
    """'left', 'hired' told as a finished event: a past form with no 'has'/'have' before it."""
    if not past_form(trig):
        return False
    return not (trig.start > 0 and toks[trig.start - 1].lower in {"has", "have"})


def round_trip(toks: list[Tok], trig: Trigger) -> bool:
    """'X Left for Cursor, Came Back': a departure and the return from it, both in the past
    simple, retell an episode that is over ('has left and returned to OpenAI' is news)."""
    if trig.kind != "leave" or not past_simple(toks, trig):
        return False
    later = [t.lower for t in toks[trig.end :]]
    pairs = zip(later, later[1:], strict=False)
    return "returned" in later or any(a in BACK_VERBS and b == "back" for a, b in pairs)


def tally(toks: list[Tok], j: int, start: int, end: int) -> bool:
    """'Why 6 top Tesla leaders have departed over the past 2 years': a group's departures
    counted over years is a tally, no one's move ('14 staff jump ship since January' is a
    raid, told as it happens)."""
    if j < start or toks[j].lower not in GROUP_WORDS:
        return False
    lowers = [t.lower for t in toks[start:end]]
    for k, word in enumerate(lowers):
        if word in SPAN_WORDS and k and lowers[k - 1] in {"past", "last"}:
            return True
        if word in SPAN_WORDS and k > 1 and lowers[k - 2] in {"past", "last"}:
            return True  # "over the past 2 years", "in the last two years"
    return False


def staff_told(summary: Tagged) -> bool:
    """'... has a number of former Microsoft employees': the summary says who works at a lab,
    so a past-tense headline about hiring them describes the staff, not a raid."""
    lowers = summary.lowers
    for k, word in enumerate(lowers):
        if word not in HAVING:
            continue
        window = lowers[k + 1 : k + 6]
        if ("former" in window or any(w.startswith("ex-") for w in window)) and any(
            w in GROUP_WORDS for w in lowers[k + 1 : k + 9]
        ):
            return True
    return False
