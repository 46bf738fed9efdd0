"""Where a move goes from and to, and who it is about, by position around the trigger."""

from __future__ import annotations

from jobs.language.lexicon import (
    GROUP_WORDS,
    NOUN_TRIGGERS,
    OBJECT_END,
    ORG_ENDINGS,
    PRODUCT_LABS,
    QUOTES,
    ROLE_WORDS,
    TITLE_CASE_LINKS,
    TRIGGER_FIRST,
    former_word,
    word_set,
)
from jobs.language.people import Tagged, Tok, is_name_word, title_cased
from jobs.language.tokens import HONORIFICS
from jobs.language.triggers import (
    STAFFED,
    UNITS,
    generic_company,
    lab_between,
    one_word_company,
    org_after,
    org_before_role,
    org_of_role,
    startup_object,
    trigger_spec,
)
from jobs.vocabulary import Action

# Words a few before 'from' that make it where a person came from ("joins from X", "her move
# from X"), not where money or a product came from.
ARRIVING = word_set(
    """joins joined joining comes came coming arrives arrived moves moved moving over hired
    poached lured recruited transition move switch jump leap defection recruiting recruits
    hiring hires poaching poaches"""
)
# Words before where an arriving person was until now ("formerly of OpenAI", "ex-Google"); not
# 'after' ("after Meta hired its CEO" is another event).
PAST_WORDS = word_set("former formerly previously ex from leaving left quit quitting departing")
PAST_LINKS = word_set("with at of")
# "leaves to start / co-found X": a departure that founds a company
FOUNDING = frozenset(["start", "launch", "found", "form", "co-found", "cofound"])
FROM_WORDS = frozenset(["from", "leaving", "left", "quitting", "exiting", "departing", "after"])
# "departs to run / become CEO of / take over as CEO of Y": the post taken at Y says where the
# departure goes, a join as "moves from A to lead B" is (a post at A itself stays an appointment:
# jobs/language/events.py new_post_within).
POST_TAKING = frozenset(["run", "become", "head", "lead", "take"])
# Adjectives that take "to" ("key to", "central to"): their object is no destination.
ADJECTIVES_TO = word_set("key central crucial critical vital integral instrumental close next due")
POST_REACH = 7  # "to take over as chief executive of the Y": the lab a few words on


def company_after(toks: list[Tok], i: int, end: int) -> str | None:
    """A company on no list after 'joins': 'Planet Labs', or 'Acme as CTO'; never 'Trump'."""
    name = org_after(toks, i, end)
    if not name:
        return None
    k = i + len(name.split()) + (1 if toks[i].lower == "the" else 0)
    if name.split()[-1].lower() in ORG_ENDINGS or (k < end and toks[k].lower == "as"):
        return name
    return None


def object_end(toks: list[Tok], i: int, end: int) -> int:
    """Where the object after position i ends: at 'in', 'with', 'for', ... or 6 words on."""
    for k in range(i + 1, min(end, i + 6)):
        if toks[k].lower in OBJECT_END and toks[k].lower != "as":
            return k
    return min(end, i + 6)


# First words of triggers that, after a person, are rarely that person's move.
NOT_MOVES = word_set("names named taps hires hired adds signs lands")
# Verbs whose object right after them is the person hired away ("and poaches X").
WOOED = word_set("poaches poached lures lured woos wooed persuades persuaded convinces convinced")
# After a departure, "Y will take over the role" names who follows, not who left.
SUCCESSORS = word_set("take takes took succeeds succeed replaces replace becomes become")
# Nouns of one person's move after their name ("X's sudden resignation", "X's move to").
MOVE_NOUNS = NOUN_TRIGGERS | word_set(
    """departure exit resignation transition move switch jump leap defection arrival return
    retirement"""
)
# Words before a person who is not the one moving: a source of praise, a leader, a host.
BESIDES = word_set("from by with under alongside")
PARTNERING = word_set("with alongside")
# Verbs of saying: the person before one announces a move ("X announced that Y will join").
SPEECH = frozenset(
    ["announced", "announces", "said", "says", "confirmed", "confirms", "wrote", "writes", "told"]
    + ["reports", "reported", "reveals", "revealed", "tweeted", "posted"]
)


def summary_person(summary: Tagged, kind: str | None = None, another: bool = False) -> str | None:
    """The first person the summary names, past an announcer ('Mark Zuckerberg announced on
    Friday that X will lead ...', 'he said that X is joining'). A headline's 'another' mover
    ("After Meta's COO, another top executive to depart") is none the summary's clause of time
    names."""
    toks, people = summary.toks, summary.people
    if kind is not None and kind not in ("leave", "fire"):
        # "Google will replace X as its cloud chief": who is replaced is not the newcomer
        people = [p for p in people if not predecessor_at(toks, p[0])]
    if kind in TAKING_POSTS or kind == "hire":
        taker = next((n for s, _, n in people if successor_at(toks, s)), None)
        if taker:  # "X is stepping down. He will be replaced by Y": the post is Y's
            return taker
    if kind in TAKING_POSTS:
        # "<Unit> head takes the reins": who steps down is the predecessor, not the newcomer,
        # even when no one else is named ("picked a successor after X stepped down": unnamed)
        people = [p for p in people if not leaves_post(toks, p[1])]
    earlier = None  # a mover inside a clause of time: when no one else is named
    for n, (start, end, name) in enumerate(people):  # "..., X resigned in protest": the mover
        if mover_at(toks, start, end, kind in ("leave", "fire")):
            if in_time_clause(toks, start):
                # "The hire follows X's move to Anthropic; now Y has joined": an earlier move
                # ("engineers left after X's resignation": X's, the only one named, is the news)
                earlier = earlier or name
                continue
            return name
        if kind in ("raid", "hire", "leave") and start and toks[start - 1].lower in WOOED:
            return name  # "... and poaches X, a former VP of Intel": the one poached
        nxt = people[n + 1] if n + 1 < len(people) else None
        # "X and VP Y left the company": the first of both
        if (
            nxt
            and nxt[0] - end <= 6
            and toks[end].lower == "and"
            and mover_at(toks, nxt[0], nxt[1], kind in ("leave", "fire"))
        ):
            return name
    if earlier and not another:
        return earlier
    for n, (start, end, name) in enumerate(people):
        if n + 1 < len(people) and announces(toks, end, people[n + 1][0]):
            continue
        if n + 1 < len(people) and acts_on(toks, end, people[n + 1][0]):
            continue  # "Zuckerberg has hired X", "Musk lost X", "Cook thanked X": X moves
        if acts_as_lab(toks, end):
            continue  # "Altman has lost another top lieutenant. X, ...": who loses stays put
        if toks[end - 1].poss and kind != "found":
            continue  # an owner ("Elon Musk's xAI", "Huang's first hires"), not one who moves
        if kind in ("leave", "fire") and stands_in(toks, end):
            continue  # "CTO X will temporarily manage the team": who fills in, not who left
        if kind == "found" and founded_by(toks, start):
            return name  # "Acme, co-founded by X, opens an office": the founder of the news
        if start and toks[governing(toks, start)].lower in BESIDES:
            continue  # "praise from X", "led by X": not the one the story is about
        if in_time_clause(toks, start):
            continue  # "two months after CEO X announced it": an earlier event's person
        if report_source(toks, start) or cited_elsewhere(toks, people, name):
            continue  # "according to Acme's CEO, X, ...", "a memo from CEO X": who tells it
        if attributes(toks, start, end):
            continue  # "Acme has hired three researchers, CEO X said.": who tells it
        if bystander(toks, start, end):
            continue  # "on the podcast hosted by X, Y said Meta ...": who asks or tells
        return name
    return None


# Verbs whose object is a post's predecessor ("will replace X as CEO", "succeeds X"), and the
# participles whose 'by' names the successor ("X will be replaced by Y").
REPLACING_VERBS = word_set("replace replaces replacing succeed succeeds succeeding")
REPLACED = word_set("replaced succeeded")


def predecessor_at(toks: list[Tok], start: int) -> bool:
    """Whether the name at `start` is the object of a replacing verb a few words before, in its
    clause ('to replace longtime chief X'): the one whose post is taken, not the one taking it."""
    for k in range(start - 1, max(-1, start - PREDECESSOR_REACH - 1), -1):
        if toks[k].lower in REPLACING_VERBS:
            return True
        if toks[k].person or not toks[k].text[:1].isalnum():
            return False
    return False


PREDECESSOR_REACH = 3  # "succeeds longtime chief X": the words between


def successor_at(toks: list[Tok], start: int) -> bool:
    """Whether the name at `start` follows 'replaced by' or 'succeeded by' (past a role or an
    honorific: 'be replaced by Dr. X'): the one who takes the post."""
    k = start - 1
    while (
        k > 0
        and start - k <= GOVERNED_REACH
        and (_role_word(toks[k].lower) or toks[k].lower in HONORIFICS or toks[k].text == ".")
    ):
        k -= 1
    return k > 0 and toks[k].lower == "by" and toks[k - 1].lower in REPLACED


# Words that make a summary's person the one who hosts or asks: "on the podcast hosted by his
# brother X", "in an interview with X", "told X", "speaking to X"; after: "the X podcast".
HOSTING = word_set("hosted interview interviewed told speaking talking conversation")
SHOWS = word_set("podcast show")
HOST_REACH = 4  # "hosted by his brother X": the words between


def bystander(toks: list[Tok], start: int, end: int) -> bool:
    """Whether the person at [start, end) hosts or asks in the summary's clause ('hosted by
    X', 'an interview with X', "the 'X' podcast") or tells of what a lab did ('X said Meta
    had made offers'; not 'X said she will join Y'): they tell of no move of theirs."""
    after = end + (end < len(toks) and toks[end].text in QUOTES)
    if after < len(toks) and toks[after].lower in SHOWS:
        return True
    if end + 1 < len(toks) and toks[end].lower in SPEECH:
        told = end + 1 + (toks[end + 1].lower == "that")
        if told < len(toks) and toks[told].lab:
            return True  # "Jane Roe said Meta had made huge offers"
    for k in range(start - 1, max(-1, start - HOST_REACH - 1), -1):
        if toks[k].text in {",", ".", ";", "|"}:
            return False
        if toks[k].lower in HOSTING:
            return True
    return False


FOUNDED = frozenset(["founded", "co-founded", "cofounded"])


def founded_by(toks: list[Tok], start: int, words: frozenset[str] = FOUNDED) -> bool:
    """'founded by X', 'co-founded by former OpenAI scientist X': X founded the company (past a
    role and a company); `words`, the participles of founding asked for."""
    k = governing(toks, start)
    return k > 0 and toks[k].lower == "by" and toks[k - 1].lower in words


def dash_subject(tagged: Tagged, after: int) -> str | None:
    """'Acme hires Initech's chip lead — Jane Roe spent a decade there': in a headline whose
    move names no one, a clause after a dash (a '|' once cleaned) that opens with a person's
    name is about the one who moved (not one who speaks: '— Jane Roe says ...')."""
    toks = tagged.toks
    for s, e, name in tagged.people:
        if s > after and toks[s - 1].text == "|" and not toks[e - 1].poss:
            return None if e < len(toks) and toks[e].lower in SPEECH else name
    return None


# Documents a report quotes: the person a memo or a letter is from tells the news.
DOCUMENTS = word_set("memo memos letter email e-mail note statement message post")
SOURCE_REACH = 6  # "according to Acme Cloud CEO, X": the words between, a role and a company


def report_source(toks: list[Tok], start: int) -> bool:
    """Whether the name at `start` is the source of the report: after 'according to' or 'a
    memo (letter, email ...) from', past a role, a company's capitalised words and commas. A
    comma sets the name apart as the source only after a role ('according to Acme's CEO, X,
    ...'); after an outlet ('According to Business Insider, X left Acme') the source phrase
    has ended and X is the news's subject."""
    k = start - 1
    comma = role = False
    while (
        k > 0
        and start - k <= SOURCE_REACH
        and (toks[k].text == "," or _role_word(toks[k].lower) or toks[k].text[:1].isupper())
    ):
        comma = comma or toks[k].text == ","
        role = role or (comma and _titled(toks, k))
        k -= 1
    if k < 1 or (comma and not role):
        return False
    if toks[k].lower == "to":
        return toks[k - 1].lower == "according"
    return toks[k].lower == "from" and toks[k - 1].lower in DOCUMENTS


def cited_elsewhere(toks: list[Tok], people: list[tuple[int, int, str]], name: str) -> bool:
    """Whether another mention of the name is a report's source ('according to X ... (X, Mar
    28)'): an outlet the tagger took for a name is a source at each of its mentions. Not a
    person's own post ('according to X's post on X': X tells their own move)."""
    return any(n == name and not toks[e - 1].poss and report_source(toks, s) for s, e, n in people)


ATTRIBUTION_REACH = 6  # "..., X said on Tuesday in a statement."
SENTENCE_ENDS = frozenset([".", "!", "?"])


def attributes(toks: list[Tok], start: int, end: int) -> bool:
    """Whether the name is the attribution closing a sentence after a comma: ', X said (on
    Tuesday).', ', CEO X confirmed.', ', said X.' It tells the sentence before it; 'In a post
    on X, Y said she is leaving' reports a clause of Y's own after the verb."""
    k = start - 1
    while k > 0 and _role_word(toks[k].lower):
        k -= 1
    if k >= 0 and toks[k].lower in SPEECH:
        k -= 1  # ", said X." (the name closing the sentence or opening an apposition)
        verb = end
        if end < len(toks) and toks[end].text not in SENTENCE_ENDS and toks[end].text != ",":
            return False
    else:
        verb = end + 1 if end < len(toks) and toks[end].lower in {"has", "had"} else end
        if verb >= len(toks) or toks[verb].lower not in SPEECH:
            return False
    if k < 0 or toks[k].text != ",":
        return False
    rest = next((m for m in range(verb, len(toks)) if toks[m].text in SENTENCE_ENDS), len(toks))
    return rest - verb <= ATTRIBUTION_REACH and all(
        t.lower not in SAID_BREAKS and t.lower != "that" for t in toks[verb + 1 : rest]
    )


def tells_news(summary: Tagged, n: int) -> bool:
    """Whether the summary's n-th person tells the news rather than makes it: an announcer
    of the next person, the sentence's closing attribution, or the report's source."""
    toks, people = summary.toks, summary.people
    start, end, _ = people[n]
    if n + 1 < len(people) and announces(toks, end, people[n + 1][0]):
        return True
    return attributes(toks, start, end) or report_source(toks, start)


def _titled(toks: list[Tok], k: int) -> bool:
    """A role word giving someone's title ('AWS CEO', "the company's chief executive"), not
    the last word of a name ('Business Insider': capitalised, after a capitalised word)."""
    tok = toks[k]
    if not _role_word(tok.lower):
        return False
    if tok.text.isupper() or not tok.text[:1].isupper():
        return True
    before = toks[k - 1] if k else None
    return before is None or not before.text[:1].isupper() or _role_word(before.lower)


# Words opening a clause of time: a person inside one did something else, at another time.
TIME_OPENERS = frozenset(["after", "before", "since", "until", "following", "follows", "followed"])


# Nouns of news whose 'that' clause a clause of time may hold ("following the announcement
# that X will step down").
NEWS_NOUNS = word_set("announcement news report reports revelation confirmation")


def in_time_clause(toks: list[Tok], start: int) -> bool:
    """'... only two months after CEO X announced the lab', 'following the announcement that X
    will step down': X stands in a clause of time (up to three words of role or title between,
    or a noun of news and 'that'), so X is no mover of this news."""
    for k in range(start - 1, max(-1, start - 4), -1):
        if toks[k].lower in TIME_OPENERS:
            return True
        if not toks[k].text.isalpha():
            return False
        if toks[k].lower == "that" and k > 1 and toks[k - 1].lower in NEWS_NOUNS:
            m = k - 2 - (toks[k - 2].lower in ("the", "a"))
            return m >= 0 and toks[m].lower in TIME_OPENERS
    return False


# After a departure, "X will temporarily manage the team" names who fills in.
STAND_IN = word_set("temporarily interim acting")


def stands_in(toks: list[Tok], end: int) -> bool:
    """Whether the words after a name hand it the post for now or from now on ('will
    temporarily manage', 'will take over'; not 'took over as VP in 2022', a career)."""
    after = [t.lower for t in toks[end : end + 3]]  # not "X, the interim CEO, resigned"
    return "will" in after and not (STAND_IN.isdisjoint(after) and SUCCESSORS.isdisjoint(after))


TAKING_POSTS = frozenset(["appoint", "helm", "lead", "reins"])
APPOSITION_REACH = 10  # "X, a principal researcher at Google DeepMind, has joined"


def apposition_end(toks: list[Tok], end: int) -> int:
    """Past an apposition after a name that holds a role word and closes with a comma ("X, a
    Google DeepMind researcher, has joined": the verb's index), else `end` itself."""
    if end >= len(toks) or toks[end].text != "," or end + 1 >= len(toks):
        return end
    if toks[end + 1].lower in {"who", "which", "that"}:
        return end
    for k in range(end + 1, min(len(toks), end + APPOSITION_REACH)):
        if toks[k].text == ",":
            words = toks[end + 1 : k]
            return k + 1 if any(_role_word(t.lower) for t in words) else end
        if toks[k].person or not (toks[k].text.isalnum() or toks[k].poss or "-" in toks[k].text):
            return end
    return end


# Auxiliaries after 'who' that tell a move now or ahead ("who is leaving", "who has joined").
NEWS_AUXILIARIES = frozenset(["has", "have", "is", "will"])


# What stands between a mover and their verb: "X has joined", and "getting X to join" (X is
# the one who moves, whoever gets them to).
MOVER_AUXILIARIES = frozenset(["has", "have", "will", "is", "had", "to"])


def mover_at(toks: list[Tok], start: int, end: int, leaving: bool) -> bool:
    """A person right before a move verb of their own ('X resigned', 'X will join', 'X's
    exit', "X's sudden resignation", "X's transition from ..."), not after 'of' or 'by' (an
    object), and not a verb of saying."""
    if start and toks[governing(toks, start)].lower in {"of", "by", "with", "to", "under"}:
        # "with ex-colleague X to establish ...": a partner, not the mover; but "with X leaving
        # to join Meta" is a clause of its own whose subject X does the moving
        return own_gerund(toks, start, end)
    k = apposition_end(toks, end)
    if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].lower == "who":
        # "thanked X, who is stepping down", "X, who has resigned, ...": a relative clause
        # telling X's move now or ahead (not "X, who left in 2023": a past told as background)
        if toks[end - 1].poss or toks[k + 2].lower not in NEWS_AUXILIARIES:
            return False
        k += 2
    verb_at = k
    while k < len(toks) and k < verb_at + 2 and toks[k].lower in MOVER_AUXILIARIES:
        k += 1
    word = toks[k].lower if k < len(toks) else ""
    if toks[end - 1].poss:
        return any(t.lower in MOVE_NOUNS for t in toks[end : end + 2])
    if leaving and word in SUCCESSORS:
        return False
    if word not in TRIGGER_FIRST or word in SPEECH or word in NOT_MOVES:
        return False
    # a whole move phrase of a person's own: not a lab's verb, which a person before it does
    # to someone else ("Elon Musk has lost another co-founder", "Nadella tapped X"), nor a
    # word that only starts one ("a move Sam Altman called a loss")
    spec = trigger_spec(toks, k)
    if spec is None or spec[1] == "lab":
        return False
    # after a departure, "Y to replace X", "Y to take the helm" names who follows
    return not (leaving and spec[0] in TAKING_POSTS)


LEAVING_KINDS = frozenset(["leave", "fire"])


def leaves_post(toks: list[Tok], end: int) -> bool:
    """Whether the name ending at `end` is the subject of a leaving verb of its own ('X will
    step down', 'X, the team's lead, has resigned', 'X, who led it, has resigned')."""
    k = apposition_end(toks, end)
    if k == end and k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower == "who":
        close = next(
            (j for j in range(k + 2, min(len(toks), k + APPOSITION_REACH)) if toks[j].text == ","),
            -1,
        )
        k = close + 1 if close > 0 else k
    verb_at = k
    while k < len(toks) and k < verb_at + 2 and toks[k].lower in NEWS_AUXILIARIES:
        k += 1
    spec = trigger_spec(toks, k)
    return spec is not None and spec[0] in LEAVING_KINDS and spec[1] == "person"


# Gerunds of a mover's own move: after "with X" they make X the subject of an absolute clause
# ("Apple has lost its robotics lead, with X leaving to join Meta").
OWN_GERUNDS = word_set(
    """leaving departing defecting decamping exiting quitting resigning retiring stepping
    joining rejoining returning moving heading jumping"""
)


def own_gerund(toks: list[Tok], start: int, end: int) -> bool:
    """'with X leaving to join Meta', 'with former VP X departing': X, after 'with' (past up
    to two role words), is followed by a gerund of moving of X's own."""
    k = governing(toks, start)
    return toks[k].lower == "with" and end < len(toks) and toks[end].lower in OWN_GERUNDS


def governing(toks: list[Tok], start: int) -> int:
    """The index of the word that governs a name at `start`: 'with' past up to two role words
    ('teamed up with ex-colleague X': a partner), else the word right before."""
    k = start - 1
    while k > 0 and start - k <= 2 and _role_word(toks[k].lower):
        k -= 1
    if toks[k].lower in PARTNERING:
        return k
    k = start - 1  # "founded by former OpenAI CTO X": a company's word among the roles
    while k > 0 and start - k <= GOVERNED_REACH and (_role_word(toks[k].lower) or toks[k].lab):
        k -= 1
    return k if toks[k].lower == "by" and k < start - 1 else start - 1


GOVERNED_REACH = 4


def _role_word(word: str) -> bool:
    word = word.removeprefix("ex-")
    return word in ROLE_WORDS or word in {"former", "ex", "colleague", "partner"}


# Verbs a boss does to someone who moves, besides a lab's move verbs ("hired", "lost").
PRAISING = word_set(
    "thanked thanks praised praises welcomed congratulated lauded hailed wished wishes"
)
# Words between a name and its verb ("has personally recruited"), and words that end the
# object's phrase before a person named after them ("ousted as CEO, Y named interim").
AGENT_AUXILIARIES = word_set("has have had will also just personally reportedly recently")
OBJECT_BREAKS = word_set(". ; | as and but who that after while when to for")
AGENT_REACH = 7  # "tapped former Google executive Jay Parikh", "lost another co-founder, X"


def acts_on(toks: list[Tok], end: int, nxt: int) -> bool:
    """Whether the person ending at `end` does a lab's move verb, a firing or naming, or a
    praise to the next person, at `nxt`, its object: 'Satya Nadella has tapped former Google
    executive X', 'Elon Musk has lost another co-founder, X', 'Tim Cook thanked X'. That
    person acts; the next one is who moves."""
    k = end
    while k < nxt and k < end + 3 and toks[k].lower in AGENT_AUXILIARIES:
        k += 1
    if k >= nxt or nxt - k > AGENT_REACH:
        return False
    if toks[k].lower not in PRAISING:
        spec = trigger_spec(toks, k)
        if spec is None or spec[1] == "person":
            return False
    return all(t.lower not in OBJECT_BREAKS for t in toks[k + 1 : nxt])


def acts_as_lab(toks: list[Tok], end: int) -> bool:
    """Whether the person ending at `end` does a lab's move verb or a praise, past an
    apposition and auxiliaries ('Sam Altman has lost another top lieutenant', 'Jensen Huang,
    Nvidia's CEO, hired ...'): whoever the object is, that person acts on the mover."""
    k = apposed = apposition_end(toks, end)
    # at most three auxiliaries, counted after the apposition ('X, Acme's CEO, has hired')
    while k < len(toks) and k < apposed + 3 and toks[k].lower in AGENT_AUXILIARIES:
        k += 1
    if k >= len(toks):
        return False
    if toks[k].lower in PRAISING:
        return True
    if passive_participle(toks, k, apposed):
        return False  # "X tapped to replace Y": X is the one tapped, Y the one replaced
    spec = trigger_spec(toks, k)
    return spec is not None and spec[1] == "lab"


def passive_participle(toks: list[Tok], k: int, apposed: int) -> bool:
    """A participle with no auxiliary before it and 'to' or 'as' after it: a headline-style
    passive ('X tapped to replace Y', 'X named as CEO'), whose subject is acted on."""
    return (
        k == apposed
        and toks[k].lower.endswith("ed")
        and k + 1 < len(toks)
        and toks[k + 1].lower in {"to", "as"}
    )


THAT_REACH = 7  # "told employees in a memo that X": an object and a phrase before 'that'
SAID_REACH = 6  # "said on Monday the company had hired X": the reported clause's words
# Words that make the speaker the reported clause's subject ("X said she is leaving to join
# Y's lab"), or that end the reported clause before the next person.
SAID_BREAKS = word_set(", . ; | : he she i his her my")


def announces(toks: list[Tok], end: int, nxt: int) -> bool:
    """Whether the words from `end` to the next person `nxt` are 'announced (...) that' right
    before that person, or a verb of saying whose reported clause names that person without
    'that' ('Dario Amodei said X will lead', 'X said Acme has hired Y', 'said of the hire of
    Y'): the next person is the news, this one tells it. Not 'told X' (who is told), nor 'X
    said she will join Y' (the speaker is the reported clause's subject)."""
    if nxt - end > 24:
        return False
    for k in range(end, nxt):
        if toks[k].lower in SPEECH:
            reach = min(nxt, k + THAT_REACH)
            that = next((m for m in range(k + 1, reach) if toks[m].lower == "that"), -1)
            if that < 0:
                return reported_without_that(toks, k, nxt)
            # "confirmed that the company's head of research, X, is leaving": a role said
            # of the next person first (a few words more)
            return nxt - that <= 6 or (
                nxt - that <= TOLD_ROLE_REACH and any(_role_word(t.lower) for t in toks[that:nxt])
            )
    return False


TOLD_ROLE_REACH = 12


def reported_without_that(toks: list[Tok], k: int, nxt: int) -> bool:
    """Whether the person at `nxt` stands in the clause a verb of saying at k reports, with
    no 'that': a few words on, no pronoun or break between, and not the one told."""
    if toks[k].lower == "told" or nxt - k > SAID_REACH + 1:
        return False
    return all(t.lower not in SAID_BREAKS for t in toks[k + 1 : nxt])


def from_after(toks: list[Tok], i: int, end: int, to: str | None) -> str | None:
    """A lab introduced by 'from' / 'after leaving' after position i."""
    for k in range(i, end):
        near = toks[max(i, k - 3) : k]
        if toks[k].lab and toks[k].lab != to and any(t.lower in FROM_WORDS for t in near):
            return toks[k].lab
    return tenure_lab(toks, i, end, to)


def tenure_lab(toks: list[Tok], i: int, end: int, to: str | None) -> str | None:
    """The lab a tenure told after position i ended at ('after 14 years at Qualcomm')."""
    for k in range(i + 2, end):
        if toks[k].lab and toks[k].lab != to and tenure_before(toks, i, k):
            return toks[k].lab
    return None


# "after 14 years at Qualcomm", "following a decade at Google": a tenure that ended.
TENURE_WORDS = word_set("years decade decades stint tenure career")


def tenure_before(toks: list[Tok], i: int, k: int) -> bool:
    """Whether the lab at k ends a tenure told after 'after' or 'following' ('after 14 years
    at Qualcomm'): where the mover was until now."""
    if k - 2 < i or toks[k - 1].lower != "at" or toks[k - 2].lower not in TENURE_WORDS:
        return False
    return any(t.lower in {"after", "following"} for t in toks[max(i, k - 6) : k - 2])


# Prepositions whose object may be a gerund's clause ("quits over using works to train AI").
GERUND_PREPOSITIONS = frozenset(["over", "by", "about", "after", "without", "while", "on"])


OWNER_NAME_REACH = 3  # "Elon Musk's": the words of an owner's name before the lab


def owners_lab(toks: list[Tok], m: int, end: int) -> bool:
    """Whether the person's name at m is an owner's possessive right before a lab ('Elon
    Musk's xAI')."""
    k = m
    while k + 1 < end and toks[k + 1].person == toks[m].person:
        k += 1
    return toks[k].poss and k + 1 < end and bool(toks[k + 1].lab)


def destination(toks: list[Tok], i: int, end: int, frm: str | None) -> tuple[Action, str] | None:
    """After a departure: 'for Y' / 'to join rival Y' → join, 'to start Y' → found."""
    for k in range(i, min(end, i + 8)):
        word = toks[k].lower
        if k > i and opens_gerund_clause(toks, k):
            return None  # "quits over using works to train AI": the gerund's purpose, no lab
        if word not in {"for", "to", "join", "joins", "joining"}:
            continue
        if word == "to" and toks[k - 1].lower in ADJECTIVES_TO:
            continue  # "executive who was key to Arm CPU push": what they did, not where to
        nxt = k + 1
        if word == "to" and nxt < end and toks[nxt].lower in FOUNDING:
            ok, name = startup_object(toks, nxt + 1, end)
            if ok:
                return "found", name or ""
        if word == "to" and nxt < end and toks[nxt].lower == "join":
            nxt += 1
        elif word == "to" and nxt < end and toks[nxt].lower in POST_TAKING:
            lab = post_lab(toks, nxt + 1, end)
            if lab:
                return ("join", lab) if lab != frm else None
        action: Action = "return" if toks[k - 1].lower == "back" else "join"
        for m in range(nxt, min(end, nxt + 3 + OWNER_NAME_REACH)):
            lab = toks[m].lab
            if lab:
                return (action, lab) if lab != frm else None
            if toks[m].person and owners_lab(toks, m, end):
                continue  # "to Elon Musk's xAI": the lab its owner's name stands before
            if toks[m].lower in OBJECT_END or toks[m].person or m >= nxt + 3:
                break
        company = company_after(toks, nxt, end) or university_left_for(toks, nxt, end)
        if company:
            return action, company
    return None


def opens_gerund_clause(toks: list[Tok], k: int) -> bool:
    """A gerund after a preposition ('over using', 'by building'): what follows is that
    verb's clause, so a 'to' or 'for' after it says nothing of where the mover went ('left,
    flocking to join Y' is the move itself)."""
    word = toks[k].lower
    return word.endswith("ing") and len(word) > 4 and toks[k - 1].lower in GERUND_PREPOSITIONS


def post_lab(toks: list[Tok], i: int, end: int) -> str | None:
    """The lab of the post after 'to run / become / take over as': 'CEO of the AI2 Research
    Institute', 'Y's chief scientist'; nothing past a person or the clause's end."""
    for m in range(i, min(end, i + POST_REACH)):
        if toks[m].lab:
            return toks[m].lab
        if toks[m].person or toks[m].text in {",", ";", ":", "|"}:
            return None
    return None


def direct_lab(toks: list[Tok], i: int, end: int) -> str | None:
    """The lab a departure verb acts on ('leaves OpenAI', 'ousted as OpenAI CEO'), not 'for Y'."""
    for k in range(i, min(end, i + 4)):
        if toks[k].lab:
            return toks[k].lab
        if toks[k].lower in PRODUCT_LABS and toks[k].text[:1].isupper():
            return PRODUCT_LABS[toks[k].lower]  # "departs ChatGPT": its maker
        if toks[k].lower in {"for", "to", "join", "joins", ",", "and", "while", "amid"}:
            return None  # "is stepping down and a Microsoft executive ...": another clause
    return None


def summary_lab(summary: Tagged, skip: str | None) -> str | None:
    """The first lab the summary names, other than `skip`."""
    return lab_between(summary.toks, 0, len(summary.toks), skip=skip)


def arrival_origin(summary: Tagged, person: str | None, to: str | None) -> str | None:
    """Where the summary says the arriving person was ('X, formerly of OpenAI, ...', 'the
    former OpenAI researcher'); not where someone else was ('founded by Y, former OpenAI CTO',
    'with former Apple AI lead Y') nor where someone is 'leaving to join'."""
    toks = summary.toks
    for k, tok in enumerate(toks):
        if tok.lower not in PAST_WORDS or (k + 1 < len(toks) and toks[k + 1].lower == "to"):
            continue
        if tok.lower == "from" and not came_from(toks, k):
            continue  # "raised $235 million from Google": money, not a past employer
        end = k + 1
        if tok.lower != "from" and end < len(toks) and toks[end].lower in PAST_LINKS:
            end += 1  # "formerly with Qualcomm": the past employer, not staff brought along
        while end < min(len(toks), k + 10) and toks[end].text not in {",", ";", "."}:
            if toks[end].lower in STAFFED:
                break  # "Former Cruise CEO launches a firm with ex-Tesla manager": staff
            end += 1
        at = next((m for m in range(k + 1, end) if toks[m].lab and toks[m].lab != to), -1)
        # "former CEO of Twitch", "previously the head of Twitch": the company after the role
        lab = toks[at].lab if at >= 0 else org_before_role(toks, k + 1, end)
        named = linked_company(toks, k, end)
        if named and named != to and (at < 0 or k + 1 < at):
            lab, at = named, k + 1  # "formerly of Cisco and Google": the first one named
        lab = lab or org_of_role(toks, k, end)
        if lab and lab != to and not someone_else(summary, person, k, max(at, k)):
            return lab
    if TENURE_WORDS.isdisjoint(summary.lowers):
        return None
    for k in range(2, len(toks) - 2):  # "X, who spent ten years at Intel,": a tenure ended
        if toks[k].lower == "at" and toks[k - 1].lower in TENURE_WORDS:
            if not any(t.lower in TENURE_VERBS for t in toks[max(0, k - 5) : k - 1]):
                continue
            if any(t.lower == "before" for t in toks[k + 1 : k + 8]):
                continue  # "spent a decade at X before founding Y": not the last post
            lab = toks[k + 1].lab or org_after(toks, k + 1, len(toks))
            if lab and lab != to and not someone_else(summary, person, k, k + 1):
                return lab
    return None


# Words before a tenure that put it in the past: "who spent ten years at", "after a decade at".
TENURE_VERBS = word_set("spent spending after following")


CALENDAR = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)
# Words that put a company right after them as where a person was ("from Toyota Connected
# Europe", "leaving Coinbase", "formerly of Cisco").
LEAVING_LINKS = word_set("from leaving left quit quitting departing")


def linked_company(toks: list[Tok], k: int, end: int) -> str | None:
    """A company on no list right after a word of leaving or a past word and its link ('from
    Toyota Connected Europe, where', 'formerly of Cisco and Google'), before any lab named."""
    j = k + 1
    if toks[k].lower not in LEAVING_LINKS:
        if j >= end or toks[j].lower not in PAST_LINKS:
            return None  # "former Trump adviser": whom a post served, read elsewhere
        j += 1
    if j >= end or toks[j].lab or toks[j].person or not toks[j].text[:1].isupper():
        return None
    if toks[j].poss:
        return None  # "from Musk's company": whose company, not its name
    name = org_after(toks, j, end) or one_word_company(toks, j, end)
    if (
        name is None
        and toks[k].lower != "from"
        and toks[j].text.isalpha()
        and (j + 1 >= end or not toks[j + 1].text[:1].isupper())
    ):
        name = toks[j].text  # "leaving Coinbase in the past year": a verb's object
    if name is None or name.lower() in PRODUCT_LABS or name.lower() in CALENDAR:
        return None
    if k > 0 and toks[k].text[:1].isupper() and " " not in name:
        return None  # "Hires Top AI Talent From Rivals": in title case, one word names nothing
    return name


def came_from(toks: list[Tok], k: int) -> bool:
    """Whether 'from' at k says where a person came from: after a verb or noun of arriving
    ('joins from', 'her move from'), or opening a 'from ... to ...' pair ('From Google
    researcher to Nvidia robotics lead')."""
    if any(t.lower in ARRIVING for t in toks[max(0, k - 4) : k]):
        return True
    return (k == 0 or toks[k - 1].text in "|:;") and any(
        t.lower == "to" for t in toks[k + 1 : k + 8]
    )


def someone_else(summary: Tagged, person: str | None, k: int, at: int) -> bool:
    """Whether the past post at tokens k..at belongs to another person than `person`: one named
    just before it ('Y, former OpenAI CTO') or right after its lab and role ('former Apple AI
    lead Y')."""
    if not person:
        return False
    surname = person.split()[-1]
    toks = summary.toks
    for start, _, name in summary.people:
        before = k - 4 <= start < k
        after = at < start <= at + 5 and all(
            t.lower in ROLE_WORDS or t.text[:1].isupper() for t in toks[at + 1 : start]
        )
        if (before or after) and name.split()[-1] != surname:
            return True
    return False


# Nouns of people leaving a lab, in a clause before the news ("Apple's AI exodus: X joins Meta").
EXODUS_WORDS = word_set("exodus departures exits drain defections resignations losses")


def exodus_origin(toks: list[Tok], start: int, to: str | None) -> str | None:
    """'Apple's AI leadership exodus: Ke Yang joins Meta': the lab an earlier clause says
    people are leaving is where the one joining comes from."""
    if not any(t.lower in EXODUS_WORDS for t in toks[:start]):
        return None
    return lab_between(toks, 0, start, skip=to)


# Posts that lead a company: the company an arriving person leads is the one the person leaves.
LEADING_POSTS = word_set("ceo founder co-founder cofounder president chairman chairwoman cto")
# Posts that say where an arriving person works until now, told beside the name ("Intel's AI
# chief X", "Intel fellow X", "X, a professor at Duke University"): any post held there, not
# only one that leads the company (jobs/language/events.py reads the arrival from there).
HELD_POSTS = LEADING_POSTS | word_set(
    """chief head lead leader director fellow executive exec vp svp evp officer scientist
    researcher engineer professor veteran cfo coo cpo cmo cso"""
)
# Lower-case words between 'of' and a company's name ("CEO of hardware startup Enfabrica").
COMPANY_KINDS = word_set(
    "the ai voice chip hardware software robotics coding startup start-up company firm lab"
)


def held_company(tagged: Tagged, person: str, skip: str | None, apposed: bool) -> str | None:
    """Where an arriving person works until now, told beside the name: a company they lead
    (led_company), or a listed lab where they hold any post ("Intel's AI chief X", "Intel
    fellow X", "X, a Google researcher,"): a unit or product on no list ("Vision Pro chief
    X") is a post inside the lab joined. `apposed`: a post after the name counts only between
    commas ("names X CEO of Applications" gives the new post, "X, CEO of Acme," the old)."""
    company = led_company(tagged, person, skip, LEADING_POSTS, apposed)
    if company is None:
        company = led_company(tagged, person, skip, HELD_POSTS, apposed)
        if company is None or not _employs(tagged, company):
            return None
    if skip and skip.split()[-1] in company.split():
        return None  # "Walt Disney Studios' CTO" to lead Disney's new unit: a post inside
    return company


# Posts held at a company that do not lead it: a founder's company by such a post is the one
# left, where a CEO's may be the startup itself ("Acme CEO X launches Acme out of stealth").
EMPLOYED_POSTS = HELD_POSTS - LEADING_POSTS


def founder_employer(tagged: Tagged, person: str) -> str | None:
    """Where a founder works until now, told beside the name by a post that does not lead a
    company ("Yale University's robotics leader X has built a start-up"): the origin of the
    founding, never the company founded."""
    company = led_company(tagged, person, None, EMPLOYED_POSTS)
    return company if company and _employs(tagged, company) else None


def _employs(tagged: Tagged, company: str) -> bool:
    """Whether a post's company is one a person is employed at, not a unit or product named
    like a company ('Vision Pro chief X'): a listed lab, a university or institute, or a
    company the text writes as an owner."""
    return (
        company in {lab for _, _, lab in tagged.labs}
        or company.split()[-1].lower() in INSTITUTIONS
        or _owner(tagged.toks, company)
    )


def _owner(toks: list[Tok], company: str) -> bool:
    """Whether the text writes the company as an owner ("Instacart's head of people")."""
    last = company.split()[-1]
    return any(t.poss and t.text == last and not t.person for t in toks)


def led_company(
    tagged: Tagged,
    person: str,
    skip: str | None,
    posts: frozenset[str] = LEADING_POSTS,
    apposed: bool = False,
) -> str | None:
    """The company the mover leads, told beside the name: 'X, Enfabrica CEO,', 'Acme AI's CEO,
    X, will join', 'X, the CEO of Acme AI', 'Acme CEO X'; an arrival comes from there (a post
    of someone else named beside the mover is not the mover's)."""
    toks = tagged.toks
    surname = person.split()[-1]
    for start, end, name in tagged.people:
        if name.split()[-1] != surname:
            continue
        comma = end < len(toks) and toks[end].text == ","
        k = end + comma
        k += k < len(toks) and toks[k].lower in {"the", "a"}
        company = None
        if comma or not apposed:
            company = post_company(toks, k, len(toks), skip, posts)  # after the name
        if company is None and start:
            company = post_before(toks, start - 1 - (toks[start - 1].text == ","), skip, 0, posts)
        if company:
            return company
    return None


def left_post(
    tagged: Tagged, person: str, skip: str | None = None, posts: frozenset[str] = LEADING_POSTS
) -> str | None:
    """'X steps down as CEO of Acme', 'X resigned as the Acme CEO', 'X, who ..., has stepped
    down at Berkshire-backed Acme': the company whose post the mover leaves."""
    toks = tagged.toks
    surname = person.split()[-1]
    for _, end, name in tagged.people:
        if name.split()[-1] != surname:
            continue
        end = past_relative(toks, end)
        for k in range(end, min(len(toks) - 1, end + 5)):
            if toks[k].text in {",", ";", ":", "|", "."}:
                break
            if toks[k].lower == "as":
                m = k + 1 + (toks[k + 1].lower == "the")
                return post_company(toks, m, len(toks), skip, posts)
            if toks[k].lower == "at" and toks[k - 1].lower == "down":
                described = toks[k + 1].lower.endswith(DESCRIBED)
                m = k + 1 + described
                company = org_after(toks, m, len(toks))
                if company is None and described and m + 1 == len(toks):
                    company = toks[m].text  # "at Nasdaq-listed Datadog", read as one name
                return company if company != skip else None
    return None


# "Berkshire-backed Acme", "Boston-based Acme": a word that only describes the company after it.
DESCRIBED = ("-backed", "-based", "-owned", "-listed", "-founded")
# "Indian-origin", "Paris-born": a word that describes the person holding the post after it.
PERSON_DESCRIBED = ("-origin", "-born", "-american")


def past_relative(toks: list[Tok], end: int) -> int:
    """Past a relative clause closed by a comma right after a name ('X, who ..., has stepped
    down'): where the name's own verb phrase starts."""
    if end + 1 >= len(toks) or toks[end].text != "," or toks[end + 1].lower != "who":
        return end
    return next((m + 1 for m in range(end + 2, len(toks)) if toks[m].text == ","), end)


def post_company(
    toks: list[Tok], k: int, end: int, skip: str | None, posts: frozenset[str] = LEADING_POSTS
) -> str | None:
    """'CEO of (hardware startup) Enfabrica' or 'Enfabrica CEO' / "Acme AI's CEO" from k."""
    if k < end and toks[k].lower in posts:
        n = k + 1
        while n < min(end, k + 6) and (toks[n].lower in POST_LINKS or toks[n].lower in ROLE_WORDS):
            n += 1  # "co-founder and chief product officer of Aurora": one post, in words
        if n >= end or toks[n].lower != "of":
            return held_at(toks, n, end, skip) if posts is not LEADING_POSTS else None
        if posts is not LEADING_POSTS and n + 1 < end and toks[n + 1].text.islower():
            return held_at(toks, n + 1, end, skip)  # "a professor of economics at Duke"
        m = n + 1
        while m < end and toks[m].lower in COMPANY_KINDS and _kind_word(toks[m].text):
            m += 1
        if m + 1 < end and toks[m].poss and toks[m + 1].lab:
            m += 1  # "CEO of GM's Cruise": the owner only describes the company
        if m < end and toks[m].lab:
            return toks[m].lab if toks[m].lab != skip else None
        stop = next((n for n in range(m, end) if toks[n].lower in TITLE_CASE_LINKS), end)
        name = org_after(toks, m, stop) or one_word_company(toks, m, stop)
        return PRODUCT_LABS.get(name.lower(), name) if name else None
    m = k
    while (
        m < end and m < k + 3 and (name_word(toks[m]) or toks[m].lab) and toks[m].lower not in posts
    ):
        m += 1  # the company's name, right after the mover's: "X, Enfabrica CEO,"
    if m > k and toks[m - 1].poss:
        m = described_post(toks, m, end, posts)  # "X, Yale's youngest tenured professor,"
    if m == k or m >= end or toks[m].lower not in posts:
        return None
    return post_before(toks, m, skip, k, posts)


# Words inside a post's name ("chief product officer", "co-founder and CEO").
POST_LINKS = UNITS | word_set("and & ai product technology technical global senior vice principal")
# Organisations on no list that a post is held at: a university, an institute ("X, a professor
# at Duke University").
INSTITUTIONS = word_set("university institute college school laboratory foundation")


def held_at(toks: list[Tok], n: int, end: int, skip: str | None) -> str | None:
    """'X, a professor of business and public policy at Duke University': the organisation
    after 'at' a few words past a post, within the apposition (a listed lab, or a university
    or institute; held_company keeps no other)."""
    for m in range(n, min(end, n + 8)):
        if toks[m].text in {",", ";", ".", "|", ":"} or toks[m].lower == "who":
            return None
        if toks[m].lower == "and" and not field_goes_on(toks, m + 1):
            return None  # "a professor at Duke and an adviser at Acme": another post
        if toks[m].lower == "at" and m + 1 < end:
            name = org_after(toks, m + 1, end)
            return name if name != skip else None
    return None


def field_goes_on(toks: list[Tok], k: int) -> bool:
    """'of business and public policy': a lower-case word after 'and' goes on naming the
    post's field; an article or a capitalised word opens another post or company."""
    return k < len(toks) and toks[k].text.islower() and toks[k].lower not in {"a", "an", "the"}


def _kind_word(text: str) -> bool:
    # "of AI hardware startup Enfabrica": "AI" describes the company, as lower-case words do
    return text == "AI" or not text[:1].isupper()


RANKS = frozenset(["vice", "deputy"])  # words a post's name opens with ("Vice President")
# Grades before a rank ("Senior Vice President", "Executive Vice President"): the post's too.
GRADES = frozenset(["senior", "executive", "corporate", "group", "first"])


def post_before(
    toks: list[Tok], k: int, skip: str | None, lo: int = 0, posts: frozenset[str] = LEADING_POSTS
) -> str | None:
    """The company whose post ends at k: 'Enfabrica CEO', "Acme AI's CEO", 'OpenAI CTO'."""
    if k < lo + 1 or toks[k].lower not in posts:
        return None
    m = k - 1
    if m > lo and toks[m].lower.endswith(PERSON_DESCRIBED) and toks[m - 1].poss:
        m -= 1  # "Enfabrica's Indian-origin CEO": the word describes the person, not the company
    m = described_owner(toks, m, lo)  # "Intel's AI chief": the company owns the post
    if toks[m].lab:
        return toks[m].lab if toks[m].lab != skip else None
    first = m
    while first > lo and name_word(toks[first - 1]) and toks[first - 1].lower not in ROLE_WORDS:
        first -= 1
    words = toks[first : m + 1]
    if not all(name_word(t) for t in words) or any(t.poss for t in words[:-1]):
        return None
    if first > 0 and toks[first - 1].text[:1].isupper() and toks[first - 1].text.isalpha():
        return None  # a longer capitalised phrase ("Former Acme CEO"): not read here
    if len(words) == 1 and (words[0].lower in ORG_ENDINGS or words[0].lower in ROLE_WORDS):
        return None
    if words[-1].lower in RANKS and all(t.lower in GRADES for t in words[:-1]):
        return None  # "X, (Senior) Vice President of ...": the rank is half of the post
    if generic_company(words):
        return None  # "AI Startup Co-Founder X": a kind of company, the summary may name it
    if len(words) == 1 and words[0].person and words[0].person != words[0].text:
        return None  # a person's name, not a company's
    name = " ".join(t.text for t in words)
    return PRODUCT_LABS.get(name.lower(), name)


def _unit_word(tok: Tok) -> bool:
    return tok.lower in {"ai", "former", "ex"} or tok.lower in UNITS


def described_owner(toks: list[Tok], m: int, lo: int) -> int:
    """Where the owner of a post ends, past up to three words describing the post between
    them ("Unity's former CEO", "Yale University's youngest tenured professor", "Stanford's
    artificial intelligence leader"); m itself where no possessive stands before them."""
    k = m
    while (
        k > lo
        and m - k < 3
        and not toks[k].lab
        and (_unit_word(toks[k]) or _describing(toks[k].text))
    ):
        k -= 1
    return k if k < m and toks[k].poss else m


def described_post(toks: list[Tok], m: int, end: int, posts: frozenset[str]) -> int:
    """Where the post after an owner's possessive stands, past up to three words describing
    it ("Acme's former global head"); m itself where no post follows them."""
    k = m
    while k < end and k - m < 3 and toks[k].lower not in posts:
        if not (_unit_word(toks[k]) or _describing(toks[k].text)):
            return m
        k += 1
    return k if k < end and toks[k].lower in posts else m


def _describing(text: str) -> bool:
    # a lower-case word inside a post's description; a capitalised one may open a name
    return text.isalpha() and text.islower()


def name_word(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha() and not tok.lab


# Verbs after "to" whose object is the company a departure goes to lead ("leaves to run Y").
LEADING_VERBS = frozenset(["run", "lead", "head", "become"])
# Verbs giving the departing person a post elsewhere ("loses its AI chief as he is named
# Initech CEO"): a post with its company's name, which a sentence-case headline writes as a name.
NAMED_TO_POST = word_set("named becomes tapped")


def unlisted_destination(title: Tagged, summary: Tagged, frm: str) -> str | None:
    """'Intel's AI chief leaves to run Nokia', 'Intel loses X to Nokia', 'leaves to become CEO
    of Nokia': a company on no list that a departure goes to (after 'to', 'for' or a post taken
    there), when the summary writes the same name capitalised inside a sentence too (so that a
    title-case 'Leaves for Personal Reasons' is no company)."""
    toks = title.toks
    end = len(toks)
    for k in range(1, end - 1):
        if toks[k].lower in NAMED_TO_POST:
            company = post_company(toks, k + 1, end, frm)  # "as AI chief named Initech CEO"
            if company and (confirmed(company, summary) or not title_cased(title)):
                return company
            continue
        if toks[k].lower not in {"to", "for"} or toks[k - 1].lower in ADJECTIVES_TO:
            continue
        m = k + 1
        if toks[m].lower == "join" and m + 1 < end:
            m += 1  # "leaves to join Toyota's research lab"
        owner = lab_owner(toks, m, end)
        if owner:  # "loses robotics chief to Toyota's $1B research lab": the owner's lab
            return owner
        if toks[m].lower in LEADING_VERBS:
            company = post_company(toks, m + 1, end, frm)  # "to become CEO of Y", "Y CEO"
            if company:
                return company if confirmed(company, summary) else None
            m += 1
        name = company_name(toks, m)
        if name and confirmed(name, summary):
            return name
    return None


# Nouns of a company's own research body after its possessive and "research" ("Toyota's
# research lab"; a founder's "superintelligence lab" may be a surname on no list's).
OWNED_BODIES = word_set("lab labs laboratory institute")
OWNED_BODY_REACH = 5  # "Toyota's US$1 billion research lab": words from the owner to the noun


def lab_owner(toks: list[Tok], m: int, end: int) -> str | None:
    """'to Toyota's $1B research lab', 'to join Initech's new research institute': one
    capitalised word on no list (no person, role or unit) whose possessive 'research lab' or
    'research institute' follows, past a sum and describing words, is the company a departure
    goes to; the noun says it is a company, where a bare name needs the summary to confirm it
    (unlisted_destination)."""
    tok = toks[m]
    if not is_name_word(tok) or tok.lab or tok.person or tok.lower in ROLE_WORDS | UNITS:
        return None
    k = m + 1
    if not tok.poss:
        if k + 1 >= end or toks[k].text not in {"'", "’"} or toks[k + 1].lower != "s":
            return None
        k += 2
    for n in range(k, min(end, k + OWNED_BODY_REACH)):
        t = toks[n]
        if t.lower in OWNED_BODIES and n > k and toks[n - 1].lower == "research":
            return tok.text
        if t.lab or t.person or not (t.text[:1] in "$0123456789" or t.text.isalpha()):
            return None
    return None


def company_name(toks: list[Tok], m: int) -> str | None:
    """Up to three capitalised words at m that may be a company's name: no lab, role, unit or
    common word, no person's name (title case may glue the verb before it: 'Run Nokia')."""
    k = m
    while k < len(toks) and k < m + 3 and toks[k].text.isalpha() and toks[k].text[:1].isupper():
        if toks[k].lower in TITLE_CASE_LINKS:
            break  # "Run Nokia After a Year": a title-case clause after the name
        k += 1
    if k == m or not is_name_word(toks[m]) or toks[m].lower in UNITS:
        return None
    # after "lead" or "head" (role words too) a lone word is taken for a surname ("to lead
    # Nokia"), and title case glues the verb to the name ("Run Nokia")
    led = toks[m - 1].lower in LEADING_VERBS
    for t in toks[m:k]:
        if t.lab or t.lower in ROLE_WORDS or t.poss:
            return None
        if t.person and not (led and t.person in (t.text, toks[m - 1].person)):
            return None
    return " ".join(t.text for t in toks[m:k])


def confirmed(name: str, summary: Tagged) -> bool:
    """The name's first word written capitalised by the summary inside a sentence, or opening
    one as a name does: with its possessive or another capitalised word ('Nokia Oyj will')."""
    first = name.split()[0]
    toks = summary.toks
    for k, tok in enumerate(toks):
        if tok.text != first:
            continue
        if k and toks[k - 1].text not in {".", "!", "?", "|"}:
            return True
        if tok.poss or (k + 1 < len(toks) and toks[k + 1].text[:1].isupper()):
            return True
    return False


# Verbs of a company's founding before 'by' ("a startup founded by ..."): what follows is who
# founded it, described by where they were.
FOUNDED_BY = word_set("founded co-founded cofounded started launched created formed")
JOINING = word_set("join joins joined joining")


def founders_employer(toks: list[Tok], to: str) -> bool:
    """'joins a startup founded by OpenAI's former CTO', 'founded by ex-Google researchers': the
    lab after 'founded by', written as where a founder worked (a former word, a role or a
    group), is the founder's past; the company joined is the new one. Only when the lab is
    not also named before that phrase ('joins OpenAI, founded by ...' goes to OpenAI)."""
    for k in range(1, len(toks) - 2):
        if toks[k].lower != "by" or toks[k - 1].lower not in FOUNDED_BY:
            continue
        if any(t.lab == to for t in toks[:k]):
            return False
        for m in range(k + 1, min(len(toks), k + 5)):
            if toks[m].lab != to:
                continue
            near = toks[k + 1 : m + 4]
            return any(
                former_word(t.lower) or t.lower in ROLE_WORDS or t.lower in GROUP_WORDS
                for t in near
            )
    return False


def joined_in_summary(summary: Tagged, skip: str) -> str | None:
    """The lab a verb of joining in the summary names ('announced he joined Thinking
    Machines'), other than `skip`; None when the summary names none."""
    toks = summary.toks
    for k, tok in enumerate(toks):
        if tok.lower not in JOINING:
            continue
        for m in range(k + 1, min(len(toks), k + 4)):
            if toks[m].lab and toks[m].lab != skip:
                return toks[m].lab
    return None


# Universities news names by their short name alone ("joins MIT", "heads to Stanford"): as a
# destination they are a lab person's move to academia.
UNIVERSITIES = frozenset(
    ["MIT", "Stanford", "Princeton", "Harvard", "Berkeley", "Caltech", "CMU", "Yale"]
    + ["Oxford", "Cambridge", "Tsinghua", "NYU", "ETH", "Mila"]
)
# Words of studying: a student joining a university enrols, no one moves.
STUDYING = word_set(
    "student students undergraduate undergraduates freshman freshmen pupil pupils class cohort"
)


def university_joined(
    toks: list[Tok], k: int, end: int, summary: Tagged, person: str | None
) -> str | None:
    """'Meta's Kaiming He joins MIT', 'joins Princeton as professor': a university named by its
    short name is where a named person goes when the text is about AI or names a listed lab
    (the person's employer); a student joining it, or a magazine ('MIT Technology Review'),
    is none."""
    if not person or k >= end or toks[k].text not in UNIVERSITIES:
        return None
    if k + 1 < end and toks[k + 1].text[:1].isupper() and toks[k + 1].lower != "university":
        return None  # "joins MIT Technology Review": another organisation
    lowers = {t.lower for t in toks} | set(summary.lowers)
    if not STUDYING.isdisjoint(lowers):
        return None
    if "ai" in lowers or any(t.lab for t in toks) or summary.labs:
        return toks[k].text
    return None


def university_left_for(toks: list[Tok], m: int, end: int) -> str | None:
    """'Leaves ByteDance for Tsinghua Amid ...': a university named by its short name after a
    lab's person's departure, a title-case clause or nothing after it."""
    if m >= end or toks[m].text not in UNIVERSITIES:
        return None
    nxt = toks[m + 1] if m + 1 < end else None
    if nxt and nxt.text[:1].isupper() and nxt.lower not in TITLE_CASE_LINKS:
        return None  # "for MIT Technology Review": another organisation
    return toks[m].text
