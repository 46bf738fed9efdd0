"""Where a departure goes when only the summary says it, to an organisation on no list: a
headline's "X leaves Google" over "He's joining venture capital firm Acme Partners",
"has left Alphabet to join ...", "left his post and joined the University of California,
Santa Barbara", "is leaving ... to become a venture capitalist at Silicon Valley firm Y"."""

from __future__ import annotations

from jobs.language.actions import PRONOUNS
from jobs.language.endpoints import CALENDAR, JOINING
from jobs.language.lexicon import DEPARTING, QUOTES, ROLE_WORDS, word_set
from jobs.language.people import Tagged, Tok
from jobs.language.tokens import sentence_start

BECOMING = word_set("become becomes became becoming")
MOVE_VERBS = JOINING | BECOMING
# Words before a verb of joining that make it no move of the mover's: a refusal, a doubt, an
# alternative ("declined to join", "may join", "instead of joining").
DOUBTING = word_set(
    "not never declined refused rejected denied instead rather may might could considering"
)
# Nouns of an organisation's kind before its name ("venture capital firm Acme Partners",
# "the robotaxi rival Initech"): the name follows them.
KIND_NOUNS = word_set(
    """firm startup start-up company fund university institute lab laboratory group rival
    maker chipmaker giant bank insurer lender school college nonprofit foundation agency"""
)
KIND_REACH = 4  # "Silicon Valley venture capital firm": the words before the kind noun
BECOME_REACH = 6  # "to become a general partner at": the words from 'become' to 'at'
DOUBT_REACH = 3
# Words before a verb of joining that tell an earlier move, background to the departure ("who
# joined Acme in 2015", "first joined", "had joined").
EARLIER = word_set("who which since after when before first originally previously once had")
# Past forms count only after a departure told in their sentence ("left his post and joined
# Y"): alone they retell where the mover went long ago ("She joined Y in 2015").
PAST_FORMS = word_set("joined became")
NAME_WORDS = 6  # "Mohamed bin Zayed University of Artificial Intelligence" is the longest
# Lower-case words that may stand inside an organisation's name between capitalised ones.
NAME_LINKS = word_set("of for and & bin de")
ARTICLES = word_set("the a an")
# Capitalised words that open no organisation's name after a verb of joining.
NOT_NAMES = CALENDAR | word_set("his her their its this that he she they it")


def summary_destination(summary: Tagged, person: str | None, frm: str) -> str | None:
    """The organisation the summary says the mover joins or takes a post at, other than the
    lab left: the verb's subject is the mover, by name or pronoun, and a past form counts only
    after a departure told in its sentence (PAST_FORMS); the object is a lab or a capitalised
    name, after a noun of its kind if one is written."""
    if not person or MOVE_VERBS.isdisjoint(summary.lowers):
        return None  # (most summaries: no verb of joining, no scan of their tokens)
    toks = summary.toks
    for k, tok in enumerate(toks):
        if tok.lower in JOINING:
            at: int | None = k + 1
        elif tok.lower in BECOMING:
            at = post_place(toks, k + 1)
        else:
            continue
        if at is None or doubted(toks, k) or not of_mover(summary, k, person):
            continue
        if tok.lower in PAST_FORMS and not departed_before(toks, k):
            continue
        name = organisation_at(toks, at)
        if name and name != frm:
            return name
    return None


def post_place(toks: list[Tok], i: int) -> int | None:
    """Where the organisation stands after 'become <a post> at'."""
    for m in range(i, min(len(toks), i + BECOME_REACH)):
        if toks[m].lower == "at":
            return m + 1
        if not toks[m].text.isalpha():
            return None
    return None


def doubted(toks: list[Tok], k: int) -> bool:
    """A refusal, a doubt or an earlier move told just before the verb at k."""
    before = toks[max(0, k - DOUBT_REACH) : k]
    return any(t.lower in DOUBTING or t.lower in EARLIER for t in before)


def departed_before(toks: list[Tok], k: int) -> bool:
    """Whether the sentence holding k tells a departure before it."""
    start = sentence_start(toks, k)
    return any(t.lower in DEPARTING for t in toks[start:k])


def of_mover(summary: Tagged, k: int, person: str) -> bool:
    """Whether the verb at k is the mover's: the last person named before it in its sentence
    is the mover (by full name or surname), or no one is and a pronoun opens the sentence."""
    toks = summary.toks
    start = sentence_start(toks, k)
    named = [n for s, e, n in summary.people if start <= s and e <= k]
    if named:
        last = named[-1]
        return last == person or last.split()[-1] == person.split()[-1]
    return toks[start].lower in PRONOUNS if start < k else False  # "He's joining ..."


def organisation_at(toks: list[Tok], i: int) -> str | None:
    """The organisation named at i ('Acme Partners', 'the University of California, Santa
    Barbara'), past an article and a phrase of its kind ending in a kind noun."""
    if i < len(toks) and toks[i].text in QUOTES:
        i += 1  # 'was "excited to join" the University of X': the quote closes before it
    if i < len(toks) and toks[i].lower in ARTICLES:
        i += 1
    if i < len(toks) and toks[i].lab:
        return toks[i].lab
    kind = next(
        (m for m in range(i, min(len(toks), i + KIND_REACH + 1)) if toks[m].text in KIND_NOUNS),
        None,
    )
    if kind is not None and all(t.text.isalpha() for t in toks[i:kind]):
        i = kind + 1
    return capitalised_name(toks, i)


def capitalised_name(toks: list[Tok], i: int) -> str | None:
    """Capitalised words from i, with links inside ('of', '&'); a university's campus after a
    comma joins its name ('University of California, Santa Barbara')."""
    words: list[str] = []
    m = i
    while m < len(toks) and len(words) < NAME_WORDS:
        tok = toks[m]
        linked = tok.lower in NAME_LINKS and m + 1 < len(toks) and capital(toks[m + 1])
        if capital(tok) or (linked and words):
            words.append(tok.text)
        elif not (tok.text == "," and words[:1] == ["University"] and campus(toks, m + 1)):
            break  # (a campus after a comma is part of the name: "University of X, Berkeley")
        m += 1
    if not words or words[0].lower() in NOT_NAMES or any(w.lower() in ROLE_WORDS for w in words):
        return None
    if toks[i].person and toks[i].person == " ".join(words):
        return None  # a person's name, not an organisation's
    return " ".join(words)


def capital(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha() and not tok.poss


def campus(toks: list[Tok], i: int) -> bool:
    """Up to two capitalised words closing a clause: a campus's place name."""
    m = i
    while m < len(toks) and m < i + 2 and capital(toks[m]):
        m += 1
    return m > i and (m == len(toks) or not capital(toks[m]))
