"""Labs and watched people in a headline: dictionary look-ups (tokens: jobs/language/tokens.py; people on no list: jobs/language/unlisted.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from jobs.language.body_names import BODY_WORDS, may_name_body, tag_public_bodies
from jobs.language.chinese_names import FAMILY_NAMES, LAST_FAMILY_NAMES, pinyin_given_name
from jobs.language.labs import TITLE_ABBREVIATIONS
from jobs.language.lexicon import (
    GROUP_WORDS,
    MAKER_STAFF,
    NON_NAME_WORDS,
    PRODUCT_LABS,
    ROLE_WORDS,
    word_set,
)
from jobs.language.tokens import (
    HONORIFICS,
    Tagged,
    Tok,
    ascii_words,
    clean_text,
    is_name_word,
    mark_person,
    tokenize,
    tokens_of,
)
from jobs.language.unlisted import surname_only, tag_unlisted
from jobs.language.word_lists import common_words, first_names
from jobs.watch.lists import WatchLists

# "ChatGPT maker", "ChatGPT creator OpenAI", "Gemini's developer": the lab behind a product.
MAKER_WORDS = frozenset(["maker", "creator", "developer", "owner", "parent"])
INSTITUTE_WORDS = 5  # words before 'Institute' in its name, at most ("U.S. AI Safety")
ASCII_WORD_RE = re.compile(r"[a-z0-9]+")  # lower-case ASCII words (keyword pre-check)

__all__ = [
    "Dictionaries",
    "Tagged",
    "Tok",
    "ascii_words",
    "clean_text",
    "compile_watch",
    "headline_phrases",
    "is_name_word",
    "full_names",
    "labs_in",
    "mark_known_surnames",
    "resolve_name",
    "surname_only",
    "tag",
    "text_keywords",
    "tokenize",
]


@dataclass(frozen=True)
class Dictionaries:
    """Look-up tables compiled once per WatchLists."""

    labs: dict[tuple[str, ...], str]
    lab_first: dict[str, int]  # first token → longest alias starting with it
    people: dict[tuple[str, ...], str]
    people_first: dict[str, int]
    surnames: dict[str, str]
    firsts: dict[str, set[str]]  # person → lowercase first names/initials/nicknames
    keywords: re.Pattern[str] | None
    keyword_starts: frozenset[str] | None  # each keyword's first word, when all are ASCII
    name_words: frozenset[str]  # lower-cased words of watched names (a quick pre-check)
    lab_names: re.Pattern[str] | None  # any lab alias, case-sensitive (labs without tokenizing)
    lab_of_alias: dict[str, str]  # what lab_names matched → canonical lab
    person_starts: frozenset[str]  # lower-case words a watched-name match can start at
    lab_heads: frozenset[str]  # "Scale" of "Scale AI": alone, a lab's short name, not a person
    lab_lower: dict[str, str]  # "google deepmind" -> "Google DeepMind" (lowercase titles only)
    lab_pairs: frozenset[tuple[str, ...]]  # first two words of the lab names of two or more


_COMPILED: dict[int, tuple[WatchLists, Dictionaries]] = {}


def compile_watch(watch: WatchLists) -> Dictionaries:
    """The look-up tables for one set of watch lists, built once per WatchLists object."""
    cached = _COMPILED.get(id(watch))
    if cached is not None and cached[0] is watch:
        return cached[1]
    if len(_COMPILED) > 32:
        _COMPILED.clear()
    dicts = _compile(watch)
    _COMPILED[id(watch)] = (watch, dicts)  # keeps `watch` alive, so its id stays unique
    return dicts


@lru_cache(maxsize=32)
def _compile(watch: WatchLists) -> Dictionaries:
    """Build the look-up tables (equal watch lists share them)."""
    labs: dict[tuple[str, ...], str] = {}
    for lab in watch.labs:
        for alias in (lab.name, *lab.aliases):
            labs[_lab_key(alias)] = lab.name
        for alias in (lab.name, *lab.aliases):
            for variant in misspellings(alias):
                labs.setdefault(_lab_key(variant), lab.name)
    people: dict[tuple[str, ...], str] = {}
    surnames: dict[str, str] = {}
    clashes: set[str] = set()
    firsts: dict[str, set[str]] = {}
    for person in watch.people:
        for alias in (person.name, *person.aliases):
            words = tuple(t.lower for t in tokenize(alias) if t.text not in ".()")
            if words:
                people[words] = person.name
                if len(words) > 1:
                    firsts.setdefault(person.name, set()).update({words[0], words[0][0]})
        last = tokenize(person.name)[-1].lower
        if len(last) >= 4 and last not in NON_NAME_WORDS:
            clashes.add(last) if last in surnames else surnames.setdefault(last, person.name)
    for last in clashes:
        surnames.pop(last, None)
    pattern = None
    if watch.keywords:
        phrases = sorted(watch.keywords, key=len, reverse=True)
        pattern = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(k) for k in phrases) + r")(?!\w)", re.IGNORECASE
        )
    name_words = frozenset(w for key in people for w in key) | frozenset(surnames)
    # by length, then by spelling: aliases of one length in a set's order would make the
    # lower-case map below ("character.ai" -> "Character.AI" or "Character.ai") differ by
    # PYTHONHASHSEED from one process to the next
    aliases = sorted(
        {alias for lab in watch.labs for alias in (lab.name, *lab.aliases)},
        key=lambda alias: (len(alias), alias),
    )
    lab_names = None
    if aliases:
        alternation = "|".join(re.escape(a) for a in reversed(aliases))
        # the look-ahead for the letters aliases start with rules out most positions at once;
        # Python's engine would try the whole alternation at each (same matches, a quarter of
        # the time: jobs/stories/text.py word_pattern does the same)
        starts = "".join(re.escape(c) for c in sorted({a[:1] for a in aliases}))
        ahead = f"(?=[{starts}])" if all(aliases) else ""  # an empty alias matches anywhere
        lab_names = re.compile(rf"{ahead}(?<![\w.-])(?:{alternation})(?![\w-])")
    people_first = _first_sizes(people)
    return Dictionaries(
        labs,
        _first_sizes(labs),
        people,
        people_first,
        surnames,
        firsts,
        pattern,
        _keyword_starts(watch.keywords),
        name_words,
        lab_names,
        {alias: labs[_lab_key(alias)] for alias in aliases},
        frozenset(people_first) | frozenset(surnames),
        _lab_heads(labs),
        {alias.lower(): alias for alias in aliases if len(alias) > 2},
        frozenset(key[:2] for key in labs if len(key) > 1),
    )


def misspellings(alias: str) -> list[str]:
    """Spellings of a lab's name that real headlines print: 'Al' (a lower-case L) for 'AI'
    ('OpenAl', 'Scale Al'), a camel-case name in plain capitals ('Openai', 'Deepmind'), and a
    'Lab' or 'Labs' at the end in lower case ('Superintelligence lab') and an inner plural of
    such a name without its 's' ('Thinking Machine Lab'), and ' AI' glued to a one-word name
    ('StabilityAI')."""
    out = []
    if alias.endswith("AI") and len(alias) > 2:
        out.append(alias[:-2] + "Al")
    if alias.endswith(" AI") and alias[:-3].isalpha() and len(alias) > 7:
        out.append(alias[:-3] + "AI")  # "StabilityAI", "MistralAI": the space left out
    if len(alias) >= 6 and alias.isalpha() and any(c.isupper() for c in alias[1:]):
        out.append(alias.capitalize())
    if alias.endswith((" Lab", " Labs")):  # "Meta's Superintelligence lab"
        head = alias.rsplit(" ", 1)[0]
        out += [f"{head} lab", f"{head} labs"]
        words = alias.split()  # "Thinking Machine Lab": an inner plural without its 's'
        out += [
            " ".join([*words[:n], w[:-1], *words[n + 1 :]])
            for n, w in enumerate(words[:-1])
            if len(w) > 4 and w.endswith("s") and not w.endswith("ss")
        ]
    return out


def _keyword_starts(keywords: tuple[str, ...]) -> frozenset[str] | None:
    words = [ASCII_WORD_RE.findall(k.lower()) for k in keywords]
    if not all(k.isascii() for k in keywords) or not all(words):
        return None  # no safe pre-check: the regular expression always runs
    return frozenset(w[0] for w in words)


def _lab_key(alias: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(alias))


def _lab_heads(labs: dict[tuple[str, ...], str]) -> frozenset[str]:
    """First words of multi-word lab names ("Scale", "Sakana"), so "Scale said ..." names no
    person; words that are a lab on their own are tagged as labs already."""
    return frozenset(key[0] for key in labs if len(key) > 1 and (key[0],) not in labs)


def _first_sizes(table: dict[tuple[str, ...], str]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for key in table:
        sizes[key[0]] = max(sizes.get(key[0], 0), len(key))
    return sizes


def tag(text: str, dicts: Dictionaries) -> Tagged:
    """Tokenize and mark labs, watched people, and capitalised names in person contexts."""
    tagged = tokens_of(text)
    tag_labs(tagged, dicts)
    if not RARE_TAG_WORDS.isdisjoint(tagged.lowers):  # one pass for the four rare taggers
        tag_rare(tagged, dicts)
    tag_watched(tagged, dicts)
    tag_unlisted(tagged, dicts.lab_heads)
    tagged.people.sort()
    return tagged


# The words one of tag_rare's taggers needs: few texts hold any.
RARE_TAG_WORDS = MAKER_WORDS | {"institute", "university"} | BODY_WORDS | frozenset(PRODUCT_LABS)


def tag_rare(tagged: Tagged, dicts: Dictionaries) -> None:
    """Makers of products, institutes, public bodies and product staff, each when its words
    occur."""
    if not MAKER_WORDS.isdisjoint(tagged.lowers):
        tag_makers(tagged, dicts)
    if "institute" in tagged.lowers or "university" in tagged.lowers:
        tag_institutes(tagged)
    if may_name_body(tagged.lowers):
        tag_public_bodies(tagged)
    if not PRODUCT_LABS.keys().isdisjoint(tagged.lowers):
        tag_product_staff(tagged, dicts)


def tag_labs(tagged: Tagged, dicts: Dictionaries) -> None:
    """Greedy longest match of lab names and aliases (case-sensitive)."""
    toks, texts, first = tagged.toks, tagged.texts, dicts.lab_first
    free = 0  # tokens before this are inside a lab already found
    for i in [i for i, word in enumerate(texts) if word in first]:
        if i < free:
            continue
        longest = first[texts[i]]
        if longest > 1 and tuple(texts[i : i + 2]) not in dicts.lab_pairs:
            longest = 1  # "Meta hires": no longer name goes on so, no tuples to look up
        for size in range(min(longest, len(toks) - i), 0, -1):
            lab = dicts.labs.get(tuple(texts[i : i + size]))
            if lab and size == 1 and texts[i] in TITLE_ABBREVIATIONS and _post_title(toks, i):
                break  # "Baidu autonomous car unit GM Wang Jing": the unit's general manager
            if lab and (size == 1 or not any(t.poss for t in toks[i : i + size - 1])):
                for t in toks[i : i + size]:
                    t.lab = lab
                tagged.labs.append((i, i + size, lab))
                free = i + size
                break
    if len(tagged.labs) > 1:
        drop_owners(tagged)


# Nouns of a company's part whose head a title abbreviation after them names ("unit GM X").
HEADED_UNITS = word_set("unit division business arm group team department subsidiary")


def _post_title(toks: list[Tok], i: int) -> bool:
    """'autonomous car unit GM Wang Jing', "Baidu's GM Wang Jing": a lab's abbreviation that is
    also a post's (labs.py TITLE_ABBREVIATIONS) after a unit's noun or an owner's possessive and
    before a capitalised name is that post; 'GM's Cruise', 'GM hires X', 'leaves GM for Y' and
    'former GM exec X' keep the company."""
    if i == 0 or i + 1 >= len(toks) or toks[i].poss:
        return False
    nxt, before = toks[i + 1], toks[i - 1]
    if not (nxt.text[:1].isupper() and nxt.text.isalpha()) or nxt.lower in ROLE_WORDS:
        return False
    return before.lower in HEADED_UNITS or (before.poss and before.text[:1].isupper())


# Words that may stand between an owner's possessive and the company it owns ("Amazon's
# controversial Zoox"): lower-case describing words.
OWNED_GAP = 2
# Nouns after the second company that make the first its party, not its owner ("Cohere's
# Mistral deal", "Microsoft's OpenAI stake").
DEAL_NOUNS = word_set(
    """deal deals stake investment acquisition partnership bid buyout takeover merger
    licensing license agreement purchase tie-up contract pact"""
)


def drop_owners(tagged: Tagged) -> None:
    """A company named with its owner before it ("GM's Cruise", "Amazon's controversial Zoox",
    "General Motors (GM) self-driving unit Cruise") is where the person works; the owner only
    describes it, so it is no lab of the move."""
    toks, labs = tagged.toks, tagged.labs
    keep: list[tuple[int, int, str]] = []
    n = 0
    while n < len(labs):
        start, end, lab = labs[n]
        m, last = n + 1, end  # the owner's abbreviation in brackets: "General Motors (GM)"
        while m < len(labs) and labs[m][2] == lab and labs[m][0] == last + 1:
            last, m = labs[m][1], m + 1
        nxt = labs[m] if m < len(labs) else None
        # "GM's Cruise", "GM Cruise" with no mark between, "GM self-driving unit Cruise"
        owner = toks[end - 1].poss or (
            nxt is not None
            and ((nxt[0] == end and not _lab_run(labs, n, m)) or _unit_of(toks, last, nxt[0]))
        )
        if nxt and nxt[2] != lab and owner and _owned(toks, last, nxt[0], nxt[1]):
            for t in toks[start:last]:
                if t.lab == lab:
                    t.lab = None
            n = m
            continue
        keep.append((start, end, lab))
        n += 1
    tagged.labs = keep


def _lab_run(labs: list[tuple[int, int, str]], n: int, m: int) -> bool:
    """'leaving Apple for Google OpenAI Microsoft and Meta': three labs or more written one
    after another with no mark between are a list, no owner and its company ('GM Cruise')."""
    before = n > 0 and labs[n - 1][1] == labs[n][0]
    after = m + 1 < len(labs) and labs[m + 1][0] == labs[m][1]
    return before or after


# Nouns that make the company after them a part of the one before ("GM's self-driving unit").
UNIT_WORDS = word_set("unit subsidiary division arm")


def _unit_of(toks: list[Tok], end: int, start: int) -> bool:
    """'General Motors (GM) self-driving unit Cruise': the owner, its abbreviation, a unit."""
    k = end
    if k + 2 < start and toks[k].text == "(" and toks[k + 2].text == ")":
        k += 3
    elif k < start and toks[k].text == ")":
        k += 1  # the bracketed abbreviation was a lab of its own: "(GM)"
    gap = toks[k:start]
    return (
        0 < len(gap) <= 3 and gap[-1].lower in UNIT_WORDS and all(_describing(t.text) for t in gap)
    )


def _owned(toks: list[Tok], end: int, start: int, after: int) -> bool:
    gap = toks[end:start]
    if not _unit_of(toks, end, start) and (
        len(gap) > OWNED_GAP or not all(_describing(t.text) for t in gap)
    ):
        return False
    return after >= len(toks) or toks[after].lower not in DEAL_NOUNS


def _describing(text: str) -> bool:
    return text.replace("-", "").isalpha() and text.islower()


def tag_makers(tagged: Tagged, dicts: Dictionaries) -> None:
    """'ChatGPT maker', "Claude's developer": a product and a word for who makes it stand for
    the lab (when the watch lists know that lab)."""
    toks = tagged.toks
    for i in range(len(toks) - 1):
        lab = PRODUCT_LABS.get(toks[i].lower)
        if lab and toks[i + 1].lower in MAKER_WORDS and not toks[i].lab:
            if lab not in dicts.labs.values():
                continue
            for t in toks[i : i + 2]:
                t.lab = lab
            tagged.labs.append((i, i + 2, lab))
    tagged.labs.sort()


def tag_product_staff(tagged: Tagged, dicts: Dictionaries) -> None:
    """'Claude Code developers', 'ChatGPT head': people named by the product they make work at
    its maker (when the watch lists know that lab). Not 'the creators of Llama', which as
    often tells who made a model as where they work now."""
    toks = tagged.toks
    for i, tok in enumerate(toks):
        lab = PRODUCT_LABS.get(tok.lower)
        if not lab or tok.lab or tok.person or lab not in dicts.labs.values():
            continue
        k = i + 1  # the product's other words: "Claude Code", "Gemini Live"
        while k < len(toks) and k - i <= 2 and _product_word(toks[k]):
            k += 1
        if k == len(toks) or not _staff_word(toks[k].lower):
            continue
        for t in toks[i:k]:
            t.lab = lab
        tagged.labs.append((i, k, lab))
    tagged.labs.sort()


def unlisted_capital(tok: Tok, excluded: frozenset[str]) -> bool:
    """A capitalised word of letters that names no person or lab on the lists and is none of
    `excluded`: a company's or product's word. Each caller passes the words that in its place
    name no company (hirers.py, triggers.py, owned_companies.py, tag_product_staff)."""
    return (
        tok.text[:1].isupper()
        and tok.text.isalpha()
        and not tok.person
        and not tok.lab
        and tok.lower not in excluded
    )


# What a product's makers are called after its name ("the Claude Code team").
STAFF_WORDS = ROLE_WORDS | GROUP_WORDS | MAKER_STAFF


def _product_word(tok: Tok) -> bool:
    return unlisted_capital(tok, STAFF_WORDS)


def _staff_word(word: str) -> bool:
    return word in STAFF_WORDS


# The last word of an institute's or a university's name ("Hong Kong Polytechnic University").
INSTITUTE_ENDINGS = frozenset(["Institute", "University"])


def tag_institutes(tagged: Tagged) -> None:
    """'Alan Turing Institute', 'U.S. AI Safety Institute', 'Hong Kong Polytechnic University':
    capitalised words before 'Institute' or 'University' name an organisation on no list, never
    a person in it; a country written 'US' is written 'U.S.', so that reports spelling it either
    way name one organisation."""
    toks = tagged.toks
    for i, tok in enumerate(toks):
        if tok.text not in INSTITUTE_ENDINGS or tok.lab:
            continue
        k = i
        while k > 0 and i - k < INSTITUTE_WORDS and _institute_word(toks, k - 1):
            k -= 1
        if k == i:
            continue
        end = _of_part_end(toks, i + 1)
        words = [t.text for t in toks[k:end] if t.text != "."]
        name = " ".join("U.S." if w in {"US", "U.S"} else w for w in words)
        for t in toks[k:end]:
            t.lab = name
        tagged.labs.append((k, end, name))
    tagged.labs.sort()


OF_PART_WORDS = 3  # capitalised words after 'of' ("of Science and Technology": two)


def _of_part_end(toks: list[Tok], k: int) -> int:
    """Where the 'of' part after an institute's or a university's last word ends ('Catholic
    University of America', 'Korea Advanced Institute of Science and Technology'): k itself
    when no 'of' and a capitalised word on no list follow."""
    if k + 1 >= len(toks) or toks[k].lower != "of":
        return k
    m = k + 1
    while m < len(toks) and m - k <= OF_PART_WORDS and _of_word(toks, m, k + 1):
        m += 1
        if toks[m - 1].poss:
            break  # "University of America's new institute": the name ends with its owner
    if m > k + 1 and toks[m - 1].lower == "and":
        m -= 1  # "University of Oxford and Acme": 'and' joins another name
    return m if m > k + 1 else k


def _of_word(toks: list[Tok], m: int, first: int) -> bool:
    tok = toks[m]
    if tok.lower == "and":
        return m > first and m + 1 < len(toks) and toks[m + 1].text[:1].isupper()
    return unlisted_letters(tok)


def unlisted_letters(tok: Tok) -> bool:
    """A capitalised word of letters on no lab list, person or not: a word the tagger read into
    a person's name may still be a company's ('Li Auto') or an institute's."""
    return tok.text[:1].isupper() and tok.text.isalpha() and not tok.lab


def _institute_word(toks: list[Tok], k: int) -> bool:
    """A word of an institute's name: capitalised, no other lab or possessive ('U.S', '.')."""
    tok = toks[k]
    if tok.text == ".":
        return k > 0 and toks[k - 1].text == "U.S"
    return tok.text[:1].isupper() and not tok.lab and not tok.poss and tok.lower != "the"


def tag_watched(tagged: Tagged, dicts: Dictionaries) -> None:
    """Watched names and aliases; a watched surname alone unless a different first name precedes."""
    toks, starts = tagged.toks, dicts.person_starts
    if starts.isdisjoint(tagged.lowers):
        return  # (most texts name no one watched: one set operation, no loop over the words)
    free = 0
    # only a word that can start a watched name or is a watched surname can match here
    for i in [i for i, word in enumerate(tagged.lowers) if word in starts]:
        if i < free or not toks[i].text[0].isupper():
            continue  # names are capitalised in news text
        size, name = _longest_person(toks, i, dicts)
        if name is None and not toks[i].lab:
            name = dicts.surnames.get(toks[i].lower)
            size = 1
            if name and not _first_name_fits(toks, i, name, dicts):
                name = None
        if name:
            start = _extend_back(toks, i) if size == 1 else i
            mark_person(tagged, start, i + size, name, watched=True)
            free = i + size


def _longest_person(toks: list[Tok], i: int, dicts: Dictionaries) -> tuple[int, str | None]:
    longest = dicts.people_first.get(toks[i].lower)
    if longest is None:
        return 0, None
    for size in range(min(longest, len(toks) - i), 0, -1):
        name = dicts.people.get(tuple(t.lower for t in toks[i : i + size]))
        if name and toks[i].text[:1].isupper() or (name and size > 1):
            return size, name
    return 0, None


def _first_name_fits(toks: list[Tok], i: int, name: str, dicts: Dictionaries) -> bool:
    """'Josh Altman' is not Sam Altman: a capitalised word before a surname must be theirs."""
    j = i - 1
    if j >= 0 and toks[j].text == ")":
        return True  # "Diederik (Durk) Kingma"
    if j >= 0 and toks[j].text == "." and j >= 1 and len(toks[j - 1].text) == 1:
        return toks[j - 1].lower in dicts.firsts.get(name, {toks[j - 1].lower})
    if j < 0 or not is_name_word(toks[j]):
        return True
    return toks[j].lower in dicts.firsts.get(name, set())


def _extend_back(toks: list[Tok], i: int) -> int:
    """Include a first name, an initial ('D.') or a parenthesised nickname before a surname."""
    j = i
    if j >= 3 and toks[j - 1].text == ")" and toks[j - 3].text == "(":
        j -= 3
    if j >= 2 and toks[j - 1].text == "." and len(toks[j - 2].text) == 1:
        return j - 2
    if j >= 1 and is_name_word(toks[j - 1]) and not toks[j - 1].person:
        return j - 1
    return j


def full_names(*tagged: Tagged) -> dict[str, str]:
    """Surname (its last word, lower-case) → the first full name the texts give for it."""
    full: dict[str, str] = {}
    for t in tagged:
        for _, _, name in t.people:
            if not surname_only(name):
                full.setdefault(name.split()[-1].lower(), name)
    return full


def mark_known_surnames(title: Tagged, summary: Tagged) -> None:
    """A capitalised headline word on no list that is the surname of someone the summary names
    in full is that person: "Instacart's Simo is leaving" + "Fidji Simo, who ...". The tagger
    alone cannot tell 'Simo' from a company after a possessive; the summary can."""
    surnames = {
        name.rsplit(None, 1)[-1]: name for _, _, name in summary.people if not surname_only(name)
    }
    if not surnames:
        return
    marked = False
    for i, tok in enumerate(title.toks):
        name = surnames.get(tok.text)
        if name and not tok.person and not tok.lab:
            mark_person(title, i, i + 1, name)
            marked = True
    if marked:
        title.people.sort()


TITLE_CASE_SHARE = 2 / 3  # of a headline's longer plain words capitalised: Title Case
TITLE_CASE_WORDS = 2  # longer plain words a headline needs before its case tells anything
LONGER_WORD = 5  # letters: shorter words ('as', 'from', 'with') stay low in Title Case


def headline_phrases(title: Tagged, summary: Tagged) -> frozenset[str]:
    """In a Title Case headline every phrase is capitalised: the runs of words that the tagger
    took for names on no list and that are shaped as a headline's phrase (plain_phrase: "Face
    Setback", "Signaling State-Level"), in no person's place (after a role: "Founder Dawn
    Song"; in a list of people), whose last word the summary, where there is one, never writes
    ("Jane Roe" + "... Roe said" is a person). They name no one who moves."""
    # (cheapest first: most summaries write their headline's names, and most headlines are in
    # sentence case)
    unwritten = [(s, e, n) for s, e, n in title.people if n.split()[-1] not in summary.texts]
    if not summary.toks or not unwritten or not title_cased(title):
        return frozenset()
    toks = title.toks
    return frozenset(
        name
        for start, end, name in unwritten
        if plain_phrase(toks[start:end]) and not person_place(toks, start)
    )


def drop_product_runs(title: Tagged, summary: Tagged) -> None:
    """'Nvidia Poaches Intel Alder Lake Architect': a run the tagger took for a name, between a
    lab and a role word, that the summary never writes whole names the lab's product or unit the
    role is in, not the one who moves (the summary's person is: "X, Intel's ...")."""
    toks = title.toks
    keep = []
    for start, end, name in title.people:
        if (
            start
            and end < len(toks)
            and toks[end].lower in ROLE_WORDS
            and toks[start - 1].lab
            and not toks[start - 1].poss
            and not toks[start].watched
            and not _writes(summary.texts, name.split())
        ):
            for t in toks[start:end]:
                t.person = None
            continue
        keep.append((start, end, name))
    title.people = keep


def _writes(texts: list[str], words: list[str]) -> bool:
    """Whether the words stand together, in this order, among the texts."""
    n = len(words)
    return any(texts[k : k + n] == words for k in range(len(texts) - n + 1) if texts[k] == words[0])


def title_cased(tagged: Tagged) -> bool:
    """Most of the text's longer plain words (no lab, no person) after its first, which every
    case capitalises, are capitalised."""
    words = [
        t.text
        for t in tagged.toks[1:]
        if len(t.text) >= LONGER_WORD and t.text.isalpha() and not t.lab and not t.person
    ]
    upper = sum(w[0].isupper() for w in words)
    return len(words) >= TITLE_CASE_WORDS and upper >= TITLE_CASE_SHARE * len(words)


def plain_phrase(toks: list[Tok]) -> bool:
    """Two or more capitalised words, no initial among them, that end on a compound of
    everyday English words (jobs/data/common_words.txt: "State-Level", "Acqui-Hire") or open
    with an everyday word, its '-ing' form or an adjective that is no given name ("Face
    Setback", "Marking ...", "Strategic Boost"); a Chinese family name written first ("Song
    Jun") or last ("Dawn Song") keeps a name."""
    if len(toks) < 2 or toks[0].watched:
        return False
    if not all(t.text[:1].isupper() and t.text[1:2] != "." for t in toks):
        return False
    first, last = toks[0].lower, toks[-1].lower
    common = common_words()
    if any(len(part) >= COMPOUND_PART and part in common for part in last.split("-")[1:]):
        return True
    if first in first_names() or first in EVERYDAY_GIVEN:
        return False
    if not everyday(first, common) and not adjective(first):
        return False
    if last in LAST_FAMILY_NAMES:
        return False
    return not (first in FAMILY_NAMES and pinyin_given_name(last, 1))


COMPOUND_PART = 4  # letters of an everyday word after a hyphen ("-Level", not Korean "-woo")
# Given names that are everyday English words too, missing from jobs/data/first_names.txt.
EVERYDAY_GIVEN = word_set(
    """ray jay miles ross taylor sterling dawn grant will hope faith joy chip max bill frank jack
    rich art don pat guy bob rob robin ivy lily daisy summer angel april chase cliff cole dale
    earl gene june lane mason pearl penny pierce reed wade hunter cooper parker"""
)


def everyday(word: str, common: frozenset[str]) -> bool:
    """An everyday English word, or its '-ing' form ('signaling', 'making')."""
    if word in common:
        return True
    stem = word[:-3]
    return word.endswith("ing") and len(stem) >= 3 and (stem in common or stem + "e" in common)


# Endings of adjectives that no given name has ("Strategic", "Dramatic", "Massive", "Famous",
# "Powerful", "Critical", "Notable"; not '-ric' of Cedric, '-nic' of Dominic, '-ary' of Mary).
ADJECTIVE_ENDINGS = ("gic", "tic", "mic", "ive", "ous", "ful", "ical", "ible", "able")
ADJECTIVE_LETTERS = 6  # "Famous"; shorter words with these endings are names ("Clive")


def adjective(word: str) -> bool:
    """A word shaped as an English adjective, which opens a phrase, never a name."""
    return len(word) >= ADJECTIVE_LETTERS and word.endswith(ADJECTIVE_ENDINGS)


# Words after which a capitalised run stands where a person's name does ("Founder Dawn Song").
PERSON_PLACES = ROLE_WORDS | STAFF_WORDS | HONORIFICS


def person_place(toks: list[Tok], start: int) -> bool:
    """After a role, a title or staff word, or after another person and a comma or 'and'."""
    if not start:
        return False
    before = toks[start - 1]
    if before.lower in PERSON_PLACES:
        return True
    return before.lower in {",", "and", "&"} and start > 1 and toks[start - 2].person is not None


def resolve_name(name: str, full: dict[str, str]) -> str:
    """A surname alone ('Hinton', 'de la Fuente') → its full name, when `full` has one."""
    if not surname_only(name):
        return name
    return full.get(name.split()[-1].lower(), name)


def labs_in(text: str, dicts: Dictionaries) -> list[str]:
    """Canonical labs named in a text, found with one regular expression (no tokens)."""
    if dicts.lab_names is None:
        return []
    found: dict[str, None] = {}
    for alias in dicts.lab_names.findall(text):
        lab = dicts.lab_of_alias.get(alias)
        if lab:
            found.setdefault(lab, None)
    return list(found)


def text_keywords(text: str, dicts: Dictionaries, *words: list[str]) -> list[str]:
    """Watched keywords found as whole words (case-insensitive), in first-seen order. `words`:
    the text's lower-case words (letters and digits), if known: in ASCII text a keyword's
    words are whole words of the text wherever it matches, so when no keyword's first word
    is among them the regular expression need not run."""
    if dicts.keywords is None:
        return []
    starts = dicts.keyword_starts
    if starts is not None and words and all(map(starts.isdisjoint, words)) and text.isascii():
        return []
    found: dict[str, None] = {}
    for match in dicts.keywords.finditer(text):
        found.setdefault(match.group(1).lower(), None)
    return list(found)
