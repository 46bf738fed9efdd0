"""Public AI bodies as destinations: the EU's AI Office, a government's AI taskforce and the AI
Safety (or Security) Institutes are organisations whose head is named as a company's chief is
("AI Office set-up announced, X to be in charge", "X to chair AI taskforce", "Biden
administration appoints X as director of AI Safety Institute"): an `appointed` at the body.
Institutes are tagged by jobs/language/people.py (tag_institutes); the office and the
taskforce here. A post in government in general stays no move (jobs/language/traps.py), and an
AI post at the White House is a `join` of the White House (jobs/language/public_posts.py): being
named to head an organisation is an appointment, an adviser's post is not its head.
"""

from __future__ import annotations

from jobs.language.body_names import public_body
from jobs.language.lexicon import ROLE_WORDS, about_ai, word_set
from jobs.language.org_posts import capital_run_end
from jobs.language.people import Tagged, Tok
from jobs.language.public_posts import FORMER
from jobs.language.tokens import first_sentence_end
from jobs.language.triggers import Event, bracketed

# Verbs and posts of naming someone to head a body; the pre-check of public_body_event.
NAMING = word_set(
    """names named appoints appointed taps tapped picks picked selects selected chooses chose
    welcomes welcomed name appoint tap pick select choose"""
)
# A public body written in lower case ("at US institute") and the verbs of heading it.
BODY_NOUNS = word_set("institute office taskforce")
RUNNING = word_set("run head lead oversee")
HEAD_POSTS = word_set("director head chair chief leader leaders ceo cto")
# A head post or a verb of heading in the headline: who is named heads the body.
HEADING = HEAD_POSTS | word_set("chairs chairman chairwoman lead leads helm charge")
GOVERNMENT = word_set(
    """administration government commission commerce dept department ministry president biden
    trump sunak feds federal ministers"""
)


def headed_body(event: Event, title: Tagged) -> Event:
    """A body's head is appointed, not hired: 'US AI Safety Institute welcomes X as its first
    director' and 'X to chair AI taskforce' are `appointed`, wherever X was (a government
    appoints them; they join no company). A researcher it recruits joins it."""
    if event.action != "join" or not public_body(event.to_lab):
        return event
    if HEADING.isdisjoint(title.lowers):
        return event
    return Event(event.person, "appointed", event.from_lab, event.to_lab)


def public_body_event(title: Tagged, summary: Tagged) -> Event | None:
    """'Biden administration appoints X as director of AI Safety Institute', 'AI Safety
    Institute leaders named by Commerce Dept', 'administration names a director of the new AI
    Safety Institute': a government naming the head of a public AI body. The person is the
    headline's, else the summary's first sentence's (None when neither names one)."""
    body = next((name for _, _, name in title.labs if public_body(name)), None)
    lowers = title.lowers
    if body is None:
        return described_appointee(title, summary)
    if NAMING.isdisjoint(lowers) or HEAD_POSTS.isdisjoint(lowers):
        return None
    if not FORMER.isdisjoint(lowers) or GOVERNMENT.isdisjoint(lowers):
        return None  # "former AISI director joins ...": a description; no government naming
    person = _named(title) or _named(summary, first_sentence=True)
    return Event(person, "appointed", None, body)


def may_name_body(lowers: list[str]) -> bool:
    """Whether a headline may give a body named in lower case a head ('... to run AI safety at
    US institute'): the pre-check of described_appointee."""
    return not BODY_NOUNS.isdisjoint(lowers) and not NAMING.isdisjoint(lowers)


def described_appointee(title: Tagged, summary: Tagged) -> Event | None:
    """'Feds appoint "AI doomer" to run AI safety at US institute': a government naming someone
    the headline only describes to run (head, lead) a body it names in lower case; the body and
    the person are the summary's, and it is no move when the summary names either not."""
    lowers = title.lowers
    if not may_name_body(lowers) or RUNNING.isdisjoint(lowers) or GOVERNMENT.isdisjoint(lowers):
        return None
    if not FORMER.isdisjoint(lowers):
        return None
    body = next((name for _, _, name in summary.labs if public_body(name)), None)
    person = _named(summary) if body else None
    return Event(person, "appointed", None, body) if person else None


def _named(tagged: Tagged, first_sentence: bool = False) -> str | None:
    """The first person who is no owner of something ('Biden's'), in the first sentence."""
    toks: list[Tok] = tagged.toks
    end = len(toks)
    if first_sentence:
        end = first_sentence_end(toks)
    for start, stop, name in tagged.people:
        if start >= end or toks[stop - 1].poss or toks[start].lower in ROLE_WORDS:
            continue
        if (start and toks[start - 1].lower == "by") or not GOVERNMENT.isdisjoint(
            t.lower for t in toks[start:stop]
        ):
            continue  # "named by US Commerce Dept": who names, not who is named
        return name
    return None


# Words of a head's post given in apposition ("X, new director general of the Y Agency").
APPOSED_POSTS = HEAD_POSTS | word_set("general executive managing director-general")
# Only a post just given is news; "X, director of Y" describes whom the headline quotes.
NEWLY = word_set("new first inaugural founding")
HEAD_POST_WORDS = APPOSED_POSTS | NEWLY  # the words of a new head's post ("new executive director")
# A fund, a board or a prize headed is no body someone moves to.
NOT_BODIES = word_set("fund funds board prize award")
BODY_JOINERS = word_set("of for and on the")


def apposed_head(title: Tagged, summary: Tagged) -> Event | None:
    """'X, New Director General of the Y Agency', 'Y: X, new director of the Z Institute': a
    headline that opens (or opens after a topic and a colon) with a person and their new head
    post of a body in apposition; an `appointed` at the body as the headline names it, where
    the headline or the summary is about AI."""
    toks: list[Tok] = title.toks
    for start, stop, name in title.people[:2]:
        if start and toks[start - 1].text != ":":
            continue
        body = _apposed_body(toks, stop)
        if body is None or not about_ai(title.lowers, summary.lowers):
            continue
        if start == 2 and bracketed(summary, toks[0].text):
            body = toks[0].text  # "Y: X, new director of ...": the topic is the body's acronym
        return Event(name, "appointed", None, body)
    return None


def _apposed_body(toks: list[Tok], k: int) -> str | None:
    """The body after ', new <head post> of (the)' at k, its capitalised words read on."""
    if k + 3 >= len(toks) or toks[k].text != "," or toks[k + 1].lower not in NEWLY:
        return None
    m = k + 2
    while m < len(toks) and toks[m].lower in APPOSED_POSTS:
        m += 1
    if m == k + 2 or m + 1 >= len(toks) or toks[m].lower != "of":
        return None
    m += 1 + (toks[m + 1].lower == "the")
    end = capital_run_end(toks, m, BODY_JOINERS)
    if end == m or toks[end - 1].lower in NOT_BODIES:
        return None
    return " ".join(t.text for t in toks[m:end])


# A body's own name ends in one of these ("Frontier Model Forum", "Data Supervision Agency").
BODY_ENDINGS = word_set("forum agency institute authority office commission")
# Verbs with which a body itself makes its new head known.
ANNOUNCING = word_set("announces names appoints welcomes unveils")
HEAD_NOUNS = word_set("director head chief chair leader")
# What may follow the post when it closes its clause ("new executive director and a fund").
POST_CLOSERS = frozenset([",", "and", ":", "|", ";", "-", "–", "&"])


def announced_head(title: Tagged, summary: Tagged) -> Event | None:
    """'Y Forum announces new executive director' + 'announced the appointment of X as the
    inaugural executive director of the Y Forum': a body opening the headline makes known its
    new head, whom the summary names as given that post at the same body; an `appointed` at
    the body. No one named in the headline, the summary naming the body not, or the text
    never about AI, and it stays as it was."""
    toks: list[Tok] = title.toks
    verb = next((k for k, t in enumerate(toks[:6]) if t.lower in ANNOUNCING), 0)
    if verb < 2 or toks[verb - 1].lower not in BODY_ENDINGS:
        return None  # (the headline's opening first: it rules out nearly every entry)
    if not about_ai(title.lowers, summary.lowers):
        return None
    if any(start >= verb for start, _, _ in title.people):
        return None  # the headline names whom itself (the body may be read as a name)
    if not all(t.text[:1].isupper() for t in toks[:verb]) or not _new_head(toks, verb + 1):
        return None
    body = " ".join(t.text for t in toks[:verb])
    person = _given_head(summary, body)
    return Event(person, "appointed", None, body) if person else None


def _new_head(toks: list[Tok], k: int) -> bool:
    """Whether a new head's post, one person's, opens at k ('new executive director')."""
    if k >= len(toks) or toks[k].lower not in NEWLY:
        return False
    m = k + 1
    while m < len(toks) and toks[m].lower in APPOSED_POSTS:
        m += 1
    if m == k + 1 or toks[m - 1].lower not in HEAD_NOUNS:
        return False
    return m == len(toks) or toks[m].text in POST_CLOSERS  # not "new director search"


def _given_head(summary: Tagged, body: str) -> str | None:
    """The summary's person given a head post 'as [the] [inaugural] <post> of [the] <body>'."""
    toks: list[Tok] = summary.toks
    words = body.split()
    for _, stop, name in summary.people:
        if stop >= len(toks) or toks[stop].lower != "as":
            continue
        m = stop + 1 + (stop + 1 < len(toks) and toks[stop + 1].lower in {"the", "its"})
        if not _new_head_at(toks, m):
            continue
        while m < len(toks) and toks[m].lower in HEAD_POST_WORDS:
            m += 1
        m += m < len(toks) and toks[m].lower == "of"
        m += m < len(toks) and toks[m].lower == "the"
        if [t.text for t in toks[m : m + len(words)]] == words:
            return name
    return None


def _new_head_at(toks: list[Tok], m: int) -> bool:
    """A head post at m, after an optional 'new', 'first' or 'inaugural'."""
    m += m < len(toks) and toks[m].lower in NEWLY
    return m < len(toks) and toks[m].lower in APPOSED_POSTS


# Nouns that end (or head) the name of a body a government or a company runs as its own ("its
# AI Regulatory Agency", "the Spanish Agency for the Supervision of ..."); posts that head it.
OWN_BODY_NOUNS = word_set("agency office department ministry authority commission bureau")
OWN_BODY_HEADS = word_set("head director chief chair leader run lead")
OWN_BODY_REACH = 5  # title-case words from 'its' to the body's noun
# Lower-case words inside a body's name, before a capitalised word ("Agency for the
# Supervision of Artificial Intelligence").
OWN_BODY_LINKS = word_set("of for the and on")
# Words a few before a body's name that make it someone's past ("previously at the Office").
PAST_BEFORE = FORMER | word_set("previously formerly was served worked led ran")
PAST_REACH = 4


def own_body(event: Event, title: Tagged, summary: Tagged) -> Event:
    """'Spain appoints X as the head of its AI Regulatory Agency' + 'as Director General of the
    Spanish Agency for the Supervision of ...': the post is at the appointer's own body, which
    is where X goes, named as the summary's first sentence names a body with that noun (one
    that no 'former' or 'previously' marks as X's past). Where it names none, the appointer
    stays (its words alone would make up a name)."""
    noun = own_body_noun(title.toks)
    if noun is None or event.action != "appointed" or event.to_lab is None:
        return event
    toks = summary.toks
    name = body_named(toks[: first_sentence_end(toks)], noun)
    if name is None or name == event.to_lab:
        return event
    return Event(event.person, event.action, event.from_lab, name)


def own_body_noun(toks: list[Tok]) -> str | None:
    """The body noun of 'head of its AI Regulatory Agency', 'to lead its new Data Office'."""
    for k, tok in enumerate(toks):
        if tok.lower != "its" or k < 1:
            continue
        if OWN_BODY_HEADS.isdisjoint(t.lower for t in toks[max(0, k - 3) : k]):
            continue
        for t in toks[k + 1 : k + 1 + OWN_BODY_REACH]:
            if t.lower in OWN_BODY_NOUNS:
                return t.lower
            if not t.text[:1].isupper() and t.lower != "new":
                break
    return None


def body_named(toks: list[Tok], noun: str) -> str | None:
    """The summary's capitalised name holding the body noun ('Spanish Agency for the
    Supervision of Artificial Intelligence'), its lower-case links kept."""
    for k, tok in enumerate(toks):
        if tok.lower != noun or not tok.text[:1].isupper():
            continue
        start = k
        while start > 0 and toks[start - 1].text[:1].isupper() and toks[start - 1].lower != "the":
            start -= 1
        if not PAST_BEFORE.isdisjoint(t.lower for t in toks[max(0, start - PAST_REACH) : start]):
            continue  # "who previously ran the Office of ...": where X was
        end = k + 1
        while end < len(toks):
            m = end
            while m < len(toks) and toks[m].lower in OWN_BODY_LINKS:
                m += 1
            if m == len(toks) or not toks[m].text[:1].isupper() or not toks[m].text.isalpha():
                break
            end = m + 1
        if end - start > 1:
            return " ".join(t.text for t in toks[start:end])
    return None
