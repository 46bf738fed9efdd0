"""Government AI posts: an AI adviser, an AI czar or the head of the science and technology
policy office at the White House is a post in AI news as a lab's job is, so taking or leaving
one is a move, with the White House as the organisation. A seat in government in general
("leaves the Trump administration", "joins the State Department") stays no move
(jobs/language/traps.py); only a post whose words say AI (or the science policy office) is one,
or any post the head of government gives a listed lab's person ("Trump taps IBM's X for Energy
undersecretary": from the lab, to the department the post names).
"""

from __future__ import annotations

from jobs.language.lexicon import AI_WORDS, NON_NAME_WORDS, ROLE_WORDS, word_set
from jobs.language.people import Tagged, Tok
from jobs.language.tokens import VERB_WORDS
from jobs.language.triggers import Event

WHITE_HOUSE = "White House"
# The defense department's AI post (its Chief Digital and AI Officer, the CDAO): the Pentagon,
# as the outlets call the department whatever its name of the day.
PENTAGON = "Pentagon"
DEFENSE_WORDS = word_set("pentagon cdao dod")
DEFENSE_MARKS = DEFENSE_WORDS | {"defense", "war"}  # a word any such name holds
DEFENSE_NAMES = (
    ("department", "of", "defense"),
    ("defense", "department"),
    ("department", "of", "war"),
)
# The science policy office, when the text names it: one family of names with the White House
# (jobs/stories/movers.py same_lab), so reports naming either stay one story.
SCIENCE_OFFICE = "White House Office of Science and Technology Policy"
# Nouns and verbs of a post ("AI policy adviser", "to lead U.S. AI policy", "to oversee A.I.").
POST_WORDS = word_set(
    "adviser advisor czar tsar policy director lead oversee head chief officer boss envoy"
)
# Who hands out such posts, or where they are: the head of government or the White House.
GOVERNMENT_WORDS = word_set("trump trump's biden president president-elect white administration")
# The science policy office, named in full or by its initials.
OFFICE_WORDS = word_set("ostp cdao")
OFFICE_NAME = ("office", "of", "science", "and", "technology", "policy")
# Verbs that hand someone a post; the past forms also tell it in the passive ("X Appointed as").
APPOINTING = word_set(
    """taps tapped names named appoints appointed picks picked nominates nominated selects
    selected chooses chose confirms confirmed"""
)
PASSIVE = word_set("tapped named appointed picked nominated selected chose confirmed")
# Quick pre-check on a text's words: one of these, or no such post can be named.
POST_MARKS = AI_WORDS | OFFICE_WORDS | {"czar", "science"}
FORMER = word_set("former ex formerly previously")


def may_name_public_post(words: set[str]) -> bool:
    """Whether a text's lower-case words may name a government AI post (cheap pre-check)."""
    return "czar" in words or "ostp" in words or ("science" in words and "policy" in words)


def office_at(lowers: list[str], k: int) -> bool:
    return tuple(lowers[k : k + len(OFFICE_NAME)]) == OFFICE_NAME


def office_named(lowers: list[str], lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) name the science policy office ('OSTP', 'Office of Science and
    Technology Policy'): its full name tried only where an 'office' stands (most clauses: none)."""
    seg = lowers[lo:hi]
    if not OFFICE_WORDS.isdisjoint(seg):
        return True
    return "office" in seg and any(office_at(lowers, k) for k in range(lo, hi))


def organisation(toks: list[Tok], lo: int, hi: int) -> str:
    """The science policy office where tokens [lo, hi) name it, else the White House."""
    lowers = [t.lower for t in toks]
    if defense_named(lowers, lo, hi):
        return PENTAGON  # "the Pentagon's chief AI officer", "leaving CDAO post"
    named = any(lowers[k] in OFFICE_WORDS or office_at(lowers, k) for k in range(lo, hi))
    return SCIENCE_OFFICE if named else WHITE_HOUSE


def defense_named(lowers: list[str], lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) name the defense department or its AI office."""
    seg = lowers[lo:hi]
    if not DEFENSE_WORDS.isdisjoint(seg):
        return True
    if "defense" not in seg and "war" not in seg:
        return False  # the common case, without trying each name at each position
    return any(tuple(lowers[k : k + len(n)]) == n for n in DEFENSE_NAMES for k in range(lo, hi))


def public_ai_post(toks: list[Tok], lo: int, hi: int, whole: int = -1) -> bool:
    """Whether tokens [lo, hi) name a government AI post: an AI word beside a post word
    ("AI policy adviser", "A.I. & Crypto Czar", "to oversee crypto and A.I.") where the clause
    (from `whole`, else lo, to hi) names the White House or the head of government, or the
    science policy office itself."""
    lowers = [t.lower for t in toks]
    hi = min(hi, len(toks))
    if office_named(lowers, lo, hi):
        return True
    first = lo if whole < 0 else whole
    seg = lowers[first:hi]
    if GOVERNMENT_WORDS.isdisjoint(seg) and (
        DEFENSE_MARKS.isdisjoint(seg) or not defense_named(lowers, first, hi)
    ):
        return False
    return ai_post_words(toks, lo, hi)


def clause_end(toks: list[Tok], k: int) -> int:
    """The end of the clause that starts at k (a colon, a bar or a sentence's end)."""
    for m in range(k, len(toks)):
        if toks[m].text in {":", "|", ";", "?", "!"} or (
            toks[m].text == "."
            and m + 1 < len(toks)
            and toks[m + 1].text[:1].isupper()
            and "." not in toks[m - 1].text  # "U.S. AI policy": an abbreviation's dot
        ):
            return m
    return len(toks)


def former_post(toks: list[Tok], lo: int, hi: int) -> bool:
    """'former White House AI adviser': a post the person held, describing them."""
    return any(t.lower in FORMER or t.lower.startswith("ex-") for t in toks[lo:hi])


def public_post_event(tagged: Tagged) -> Event | None:
    """'Trump taps X to lead U.S. AI policy', 'X appointed as Trump's AI policy advisor', 'X
    confirmed as director of the Office of Science and Technology Policy': a `join` of the
    White House. The person is the object of the verb, or its subject in the passive."""
    toks = tagged.toks
    for k, tok in enumerate(toks):
        if tok.lower not in APPOINTING:
            continue
        end = clause_end(toks, k)
        before = [p for p in tagged.people if p[1] <= k and p[1] >= k - 1]
        after = [p for p in tagged.people if k < p[0] <= k + 5 and p[0] < end]
        if tok.lower in PASSIVE and before and (k + 1 < len(toks) and toks[k + 1].lower == "as"):
            person, post_from = before[-1][2], k + 1  # "X Appointed as ...", "X confirmed as"
        elif named := object_name(toks, k + 1):
            person, post_from = named  # "Trump names X to oversee A.I."
        elif after and not toks[after[0][1] - 1].poss:
            person, post_from = after[0][2], after[0][1]  # "Trump taps AI guru X to lead ..."
        else:
            continue
        if former_post(toks, post_from, end):
            continue
        if public_ai_post(toks, post_from, end, 0):
            return Event(person, "join", None, organisation(toks, post_from, end))
        lab = lab_of_person(toks, after[0][0]) if after and after[0][2] == person else None
        if lab and governing(toks, k) and not POSTS.isdisjoint(lowers_of(toks, post_from, end)):
            # "Trump taps IBM's X for Energy undersecretary": a lab's person given any post
            return Event(person, "appointed", lab, department(toks, post_from, end))
        government = appointing_government(toks, k)
        if government and ai_post_words(toks, post_from, end):
            # "UK taps ex-OpenAI exec X as AI policy tsar": another country's AI post, given
            # by its government as a cabinet's AI minister is (minister_event)
            return Event(person, "appointed", None, government)
    return None


def appointing_government(toks: list[Tok], k: int) -> str | None:
    """'UK taps', 'Britain's government names', 'France appoints': the government of the
    country named as the subject right before the appointing verb at k (the White House's
    own posts are public_ai_post's)."""
    m = k - 1
    if m >= 0 and toks[m].lower in {"government", "govt"}:
        m -= 1
    if m < 0 or (m > 0 and toks[m - 1].text not in {"|", ":", ";"}):
        return None
    word = toks[m].lower.removesuffix("'s").removesuffix("’s")
    return GOVERNMENTS.get(word)


def ai_post_words(toks: list[Tok], lo: int, hi: int) -> bool:
    """An AI word beside a post word in tokens [lo, hi) ('as AI policy tsar', 'AI adviser')."""
    lowers = [t.lower for t in toks[lo:hi]]
    for k, word in enumerate(lowers):
        if word in AI_WORDS and not POST_WORDS.isdisjoint(lowers[max(0, k - 5) : k + 6]):
            return True
    return False


# (built once, not at every word object_name looks at); a role word ends a description, no
# name ("appoints Snap Veteran as ...")
NOT_NAME_NOR_VERB = (NON_NAME_WORDS - VERB_WORDS) | ROLE_WORDS


def object_name(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """'appoints David Sacks as ...': two or three capitalised words between an appointing verb
    and 'as' or 'to' are the person's name, even where a word of it is a verb elsewhere (the
    tagger never takes a move verb for a name); the name and where the post begins."""
    m = k
    while m < len(toks) and m - k < 3 and toks[m].text.isalpha() and toks[m].text[:1].isupper():
        if toks[m].lab or toks[m].person or toks[m].lower in NOT_NAME_NOR_VERB:
            return None
        m += 1
    if m - k < 2 or m >= len(toks) or toks[m].lower not in {"as", "to"}:
        return None
    return " ".join(t.text for t in toks[k:m]), m


def public_origin(tagged: Tagged) -> str | None:
    """'X steps down as White House AI adviser', 'White House AI advisor X departs': the
    government AI post a departure leaves, named in the headline or the summary's first
    sentence (not a former one that only describes the person)."""
    toks = tagged.toks
    end = clause_end(toks, 0)
    if not public_ai_post(toks, 0, end) or former_post(toks, 0, end):
        return None
    return organisation(toks, 0, end)


# A minister (or secretary of state) for AI, digital affairs or technology is the AI post of a
# cabinet as the czar is of the White House: taking one is a move, to that country's government.
MINISTER_WORDS = word_set(
    "minister ministre ministra ministro secretary secrétaire secretariat secrétariat"
)
# The post's field ("AI minister", "minister of AI and digital innovation", "tech secretary",
# "secrétaire d'État à l'IA et au numérique"): AI, digital or technology in a few languages.
MINISTRY_FIELDS = word_set(
    """ai a.i ia ki artificial artificielle artificiale digital numérique digitale tech
    technology"""
)
# Words that give the post to the person before it ("X named AI minister", "X becomes tech
# secretary", "X est la nouvelle secrétaire", "has chosen X to be the new Minister of AI").
TAKING_POST = word_set(
    """named appointed becomes become chosen picked tapped nommée nommé nominated sworn"""
)
# "is the new", "est la nouvelle", "to be the new": the post is the person's now (a bare "new"
# is not: "X slams new AI minister")
BEING = word_set("is est be as")
THE_NEW = (word_set("the la le"), word_set("new nouvelle nouveau"))
# Whose government it is, by the words that name the country, its people or its leaders.
GOVERNMENTS: dict[str, str] = {
    **dict.fromkeys(
        ["france", "french", "français", "française", "élysée", "barnier", "macron"],
        "French government",
    ),
    **dict.fromkeys(["canada", "canadian", "carney", "ottawa"], "Government of Canada"),
    **dict.fromkeys(
        ["uk", "britain", "british", "starmer", "sunak", "whitehall", "westminster"],
        "UK government",
    ),
    **dict.fromkeys(["japan", "japanese", "tokyo"], "Japanese government"),
    **dict.fromkeys(["india", "indian", "modi"], "Indian government"),
    **dict.fromkeys(["germany", "german", "berlin"], "German government"),
}
# A country's government is appointed to whatever the person did before (set I labels the UK's
# AI adviser so): an outside hire there is no `join` (jobs/language/events.py extract).
GOVERNMENT_NAMES = frozenset(GOVERNMENTS.values())
FIELD_BEFORE, FIELD_AFTER = (
    3,
    9,
)  # "federal AI minister"; "Secretary of State for Science, ... Technology"


def minister_event(title: Tagged, summary: Tagged) -> Event | None:
    """'X named first-ever federal AI minister', 'X becomes tech secretary in Starmer's
    reshuffle', 'X est la nouvelle secrétaire d'État de l'IA': a person given a cabinet post
    for AI, digital affairs or technology is `appointed` to the government of the country the
    entry names (none named: no move). The headline first, then the summary's sentences."""
    words = {*title.lowers, *summary.lowers}
    government = next((GOVERNMENTS[w] for w in words if w in GOVERNMENTS), None)
    if government is None:
        return None
    for tagged in (title, summary):
        person = minister_taken(tagged)
        if person:
            return Event(person, "appointed", None, government)
    return None


def minister_taken(tagged: Tagged) -> str | None:
    """The person given a minister's AI post in this text: named before the post, with a word
    that gives it between them, and the post not a former one ('former AI minister X')."""
    toks, lowers = tagged.toks, tagged.lowers
    for k, word in enumerate(lowers):
        if word not in MINISTER_WORDS or not ministry_field(lowers, k):
            continue
        start = max((m for m in range(k) if toks[m].text in {".", ";", ":", "|"}), default=-1)
        if not FORMER.isdisjoint(lowers[max(start + 1, k - 3) : k]):
            continue
        named = [p for p in tagged.people if start < p[0] and p[1] <= k]
        if named and post_given(lowers[named[-1][1] : k]):
            return named[-1][2]
    return None


def post_given(between: list[str]) -> bool:
    """Whether the words between a person and a post give it to them."""
    if not TAKING_POST.isdisjoint(between):
        return True
    return any(
        between[m] in BEING and between[m + 1] in THE_NEW[0] and between[m + 2] in THE_NEW[1]
        for m in range(len(between) - 2)
    )


def ministry_field(lowers: list[str], k: int) -> bool:
    """Whether the post at k is for AI, digital affairs or technology."""
    near = lowers[max(0, k - FIELD_BEFORE) : k + FIELD_AFTER]
    return not MINISTRY_FIELDS.isdisjoint(near)


# Posts in government that a lab's person may be given ("for Energy's undersecretary", "as
# NASA administrator"): any of them, where the head of government gives it to a lab's person.
POSTS = word_set(
    """secretary undersecretary under-secretary administrator director head chief officer
    commissioner adviser advisor ambassador envoy deputy chair czar tsar"""
)
# The department a post belongs to, by the words that name it ("Energy's", "DOE").
DEPARTMENTS: dict[str, str] = {
    **dict.fromkeys(["energy", "energy's", "energy’s", "doe"], "U.S. Department of Energy"),
    **dict.fromkeys(["commerce", "commerce's", "commerce’s"], "U.S. Department of Commerce"),
    **dict.fromkeys(["justice", "doj"], "U.S. Department of Justice"),
    **dict.fromkeys(["treasury", "treasury's", "treasury’s"], "U.S. Department of the Treasury"),
    **dict.fromkeys(["nasa", "nasa's", "nasa’s"], "NASA"),
}


def department_name(name: str) -> str:
    """'Justice Department', 'U.S. Justice Department', 'Department of Justice', 'DOJ': one
    department, as DEPARTMENTS names it (any other name as it is)."""
    words = name.split()
    if words and words[0] in {"U.S.", "US"}:
        words = words[1:]
    low = [w.lower() for w in words]
    if len(low) == 1 and words[0].isupper():
        key = low[0]  # "DOJ"
    elif len(low) == 2 and low[1] == "department":
        key = low[0]
        # "Defense Department": a department on no list, named the way its own name goes
        name = DEPARTMENTS.get(key, f"Department of {words[0]}")
    elif len(low) == 3 and low[:2] == ["department", "of"]:
        key = low[2]
    else:
        return name
    return DEPARTMENTS.get(key, name)


def lowers_of(toks: list[Tok], lo: int, hi: int) -> list[str]:
    return [t.lower for t in toks[lo:hi]]


def lab_of_person(toks: list[Tok], start: int) -> str | None:
    """'IBM's Dario Gil': the listed lab whose possessive stands right before a person."""
    if start < 1 or not toks[start - 1].poss:
        return None
    return toks[start - 1].lab


def governing(toks: list[Tok], k: int) -> bool:
    """The head of government (or the White House) gives the post: 'Trump taps ...'."""
    return k > 0 and toks[k - 1].lower.removesuffix("'s") in GOVERNMENT_WORDS


def department(toks: list[Tok], lo: int, hi: int) -> str:
    """The department the post at [lo, hi) belongs to, else the White House that gives it."""
    if defense_named(lowers_of(toks, 0, len(toks)), lo, hi):
        return PENTAGON
    return next((DEPARTMENTS[t.lower] for t in toks[lo:hi] if t.lower in DEPARTMENTS), WHITE_HOUSE)
