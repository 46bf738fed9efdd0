"""The organisation a post belongs to, where no list names it: the one the post is written
with after a verb of taking it ("X named Vodafone's chief technology officer", "X sworn in as
the Defense Department's chief AI officer", "X assumes role as Department of Energy chief AI
officer", "X named chief technology officer of Acme Bank").

English writes a post's organisation in three places: before it with "'s" (its owner), right
before its head noun as a modifier (after "as"), or after it with "of" or "at". A capitalised
name of one to four words standing there, on no list and no person's, is the organisation
joined. A public body (a department, a ministry, the Pentagon) is taken only with an AI post:
a post in government in general is no move (jobs/language/traps.py), an AI post is
(jobs/language/org_posts.py).
"""

from __future__ import annotations

from jobs.language.lexicon import NON_NAME_WORDS, ORG_ENDINGS, ROLE_WORDS, word_set
from jobs.language.org_posts import JOINERS, POST_NOUNS, ai_post
from jobs.language.people import Tok
from jobs.language.public_posts import GOVERNMENT_WORDS, GOVERNMENTS, department_name

# Head nouns of one post at an organisation (singular: "four directors" is a group, no one's
# post; a head of state's or a cabinet's post, "president", "secretary", is a country's).
POST_HEADS = POST_NOUNS | word_set(
    """ceo cto cfo coo cpo cso cro cmo cio cdo cdao caio svp evp chair chairman chairwoman
    manager counsel dean provost"""
)
# Words that may stand between the owner's "'s" and the post ("Acme's new chief ...").
POST_LEADS = word_set("new first first-ever inaugural next interim acting")
# Words that end a post's name: prepositions ("chief of staff", "officer at"), and a post's
# description after it.
POST_STOPS = word_set("of at for to in on with by from as after amid over since who")
# A post's name is no person's or organisation's ("Chief", "Officer"), nor a place's.
POST_WORDS = ROLE_WORDS | POST_HEADS | word_set("and & ai a.i artificial intelligence")
# An organisation's own last words, which the lexicon keeps from people's names.
ORG_LAST = ORG_ENDINGS | word_set("group holdings partners bank")
# Words of a public body's name: its post is a move only where it is an AI post.
PUBLIC_BODY_WORDS = word_set(
    """pentagon treasury department dept ministry government agency administration cabinet
    parliament congress senate commission"""
)
# Words that make a post's modifier an organisation's name, not a product's or a unit's
# ("Department of Energy chief AI officer", "Pentagon chief AI officer").
ORG_WORDS = ORG_LAST | PUBLIC_BODY_WORDS | JOINERS  # org_posts.JOINERS: "of", "&" inside a name
OWNER_REACH = 4  # words of the owner's name ("U.S. Department of Energy")
POST_REACH = 6  # words from the owner to the post's head ("chief digital and AI officer")


def post_owner(toks: list[Tok], k: int, end: int) -> str | None:
    """The organisation of the post written from k ('as' and 'the' skipped) to the clause's
    end, in one of English's three places; None when no name on no list stands there."""
    k += k < end and toks[k].lower == "as"
    k += k < end and toks[k].lower == "the"
    found = owner_before_post(toks, k, end) or owner_after_post(toks, k, end)
    if found is None and k < end and toks[k].lower in POST_LEADS:
        found = owner_before_post(toks, k + 1, end)  # "named first DHS chief AI officer"
        found = found if found and ai_post(toks, found[1], found[2]) else None
    if found is None:
        return None
    name, lo, hi = found
    if not PUBLIC_BODY_WORDS.isdisjoint(name.lower().split()) and not ai_post(toks, lo, hi):
        return None  # "sworn in as Treasury's chief counsel": a post in government
    return department_name(name)


def owner_before_post(toks: list[Tok], k: int, end: int) -> tuple[str, int, int] | None:
    """'Vodafone's chief technology officer', 'Department of Energy chief AI officer': the
    name, and where its post is written."""
    m = k
    while m < end and m - k < OWNER_REACH and owner_word(toks, m, k):
        m += 1
        if toks[m - 1].poss:
            break
    if m == k or toks[m - 1].lower in JOINERS:
        return None
    lo = m + (m < end and toks[m].lower in POST_LEADS)
    head = post_head(toks, lo, end)
    if head < 0 or (not toks[m - 1].poss and lo > m):
        return None  # "as Acme new CTO" is no English: a modifier stands right before its post
    if (
        not toks[m - 1].poss
        and ORG_WORDS.isdisjoint(t.lower for t in toks[k:m])
        and not (acronym(toks[k:m]) and ai_post(toks, lo, head + 1))
    ):
        return None  # "as Fitbit product head": a modifier may be a product's or a unit's name
    return " ".join(t.text for t in toks[k:m]), lo, head + 1


def owner_after_post(toks: list[Tok], k: int, end: int) -> tuple[str, int, int] | None:
    """'chief technology officer of Vodafone', 'head of AI at Acme Bank': a post, then 'of' or
    'at' and a name that ends the clause."""
    head = post_head(toks, k + (k < end and toks[k].lower in POST_LEADS), end)
    if head < 0:
        return None
    for m in range(head + 1, min(end - 1, head + POST_REACH)):
        if toks[m].lower not in {"of", "at"}:
            continue
        if any(t.lower not in POST_WORDS and t.lower != "of" for t in toks[head + 1 : m]):
            return None  # "CTO of Applications with acquisition of Acme": another phrase's
        n = m + 1
        while n < end and owner_word(toks, n, m + 1):
            n += 1
        if n == end and n > m + 1 and toks[n - 1].lower not in JOINERS:
            return " ".join(t.text for t in toks[m + 1 : n]), k, m
    return None


def post_head(toks: list[Tok], lo: int, end: int) -> int:
    """Where the head noun of a post written from lo stands ('chief digital and AI officer':
    'officer'), the last one within reach before a preposition; -1 when there is none, or
    the post is an aide's or an award's ('chief of staff', 'executive of the year')."""
    head = -1
    m = lo
    while m < end and m - lo < POST_REACH and toks[m].text.isalpha():
        if toks[m].lower in POST_STOPS or toks[m].person or toks[m].lab:
            break
        if toks[m].lower in POST_HEADS:
            head = m
        m += 1
    if head >= 0 and m == head + 1 and m + 1 < end and toks[m].lower == "of":
        after = toks[m + 1].lower
        if after in AWARD_OR_AIDE or toks[m + 1].text.isdigit():
            return -1
    return head


def acronym(words: list[Tok]) -> bool:
    """'DHS', 'FDA': one word in capitals, as agencies and companies shorten their names; with
    an AI post after it ('first DHS chief AI officer') it is the organisation, as a product's
    or a unit's name before a post is not ('Fitbit product head')."""
    return len(words) == 1 and len(words[0].text) > 1 and words[0].text.isupper()


# What follows 'of' after a post that makes it an aide's or an award ("chief of staff",
# "executive of the year").
AWARD_OR_AIDE = word_set("staff the")


def owner_word(toks: list[Tok], m: int, first: int) -> bool:
    """A word of an organisation's name on no list: capitalised, no person's, no word the
    lexicon keeps from names but a public body's ('Pentagon'), no government's or leader's
    ('Trump's'), no post ('Chief'); 'of' and '&' inside the name."""
    tok = toks[m]
    if tok.lower in JOINERS:
        return m > first
    if tok.person or tok.lab or not tok.text[:1].isupper() or not tok.text.isalpha():
        return False
    low = tok.lower
    if low in GOVERNMENT_WORDS or low in GOVERNMENTS or low in POST_WORDS:
        return False
    if m > first and low in ORG_LAST:
        return True  # "Vodafone Group"
    return low not in NON_NAME_WORDS or low in PUBLIC_BODY_WORDS
