"""Text cleaning, tokens, and the shape of a capitalised name word."""

from __future__ import annotations

import html
import re
import string
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from jobs.language.lexicon import (
    GROUP_WORDS,
    NON_NAME_WORDS,
    PRODUCT_LABS,
    ROLE_WORDS,
    TRIGGER_FIRST,
    word_set,
)
from jobs.language.markup import strip_invisible, strip_tags
from jobs.language.word_lists import common_words

TOKEN_RE = re.compile(r"[^\W_]+(?:[.&'\-][^\W_]+)*'?|[$€£]\d[\d.,]*\w*|[^\w\s]")
# The same tokens for ASCII text, faster: letters and digits as ranges, and possessive
# repeats (no backtracking into them could ever give another match)
ASCII_TOKEN_RE = re.compile(r"[A-Za-z0-9]++(?:[.&'\-][A-Za-z0-9]++)*+'?|[$]\d[\d.,]*+\w*+|[^\w\s]")
# Marks that ASCII_TOKEN_RE takes as a token of their own after a word: a chunk of letters and
# digits with one of these at its end is that word and that mark, no pattern needed ("-", "&",
# "." inside a word and a closing "'" belong to the word; "_" is no token at all).
CLOSING_MARKS = frozenset(',.;:!?)"')
EX_RE = re.compile(r"\b(?:ex|former)-(?=[A-Z])", re.IGNORECASE)
NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
PUNCT_MAP = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",  # modifier apostrophe, as in some spellings of O'Neil
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",  # Unicode hyphens join double-barrelled names like any hyphen
        "\u2011": "-",
    }
)
_ASCII_ALNUM = frozenset((string.ascii_letters + string.digits).encode())
_ALL_BUT_ALNUM = bytes(c if c in _ASCII_ALNUM else 32 for c in range(256))  # byte -> space
DASH_RE = re.compile(r"\s[\u2013\u2014-]\s|\u2014")
# "ChatGPT-maker's chief": a product and its maker joined by a hyphen, split into two words so
# that the pair stands for the lab (jobs/language/people.py, tag_makers)
MAKER_RE = re.compile(
    r"\b(" + "|".join(PRODUCT_LABS) + r")-(?=(?:maker|creator|developer|owner|parent)\b)",
    re.IGNORECASE,
)


# Titles before a name: never part of it, but they make the next capitalised word a person.
HONORIFICS = word_set("dr prof professor sir dame mr mrs ms mx mme rev")
# What a company's staff are called ("ex-Googler Jane Doe"): like a role, never part of a name.
STAFF_WORDS = word_set(
    """googler googlers xoogler xooglers microsoftie microsofties amazonian amazonians metamate
    metamates"""
)
# What a headline calls someone it does not name ("Genius Teen Joins Acme", "Yale Undergrad
# Appointed ...", "Billionaire Launches Lab"): a description, never part of a name.
DESCRIBING_NOUNS = word_set(
    """teen teenager youngster prodigy genius whiz whizz wunderkind mastermind hotshot superstar
    undergrad undergraduate student graduate dropout podcaster trailblazer bigwig luminary
    heavyweight"""
)
# Descriptions never part of a name but no one's post either: groups, and wealth ("French
# Billionaire Launches Lab" is as often the backer as the founder).
DESCRIBING_PLURALS = word_set(
    """teens teenagers prodigies geniuses undergrads students graduates billionaire
    billionaires millionaire millionaires"""
)
# Contractions of a pronoun ("I'm Joining Acme", "We're Hiring"): a word, never a name.
CONTRACTION_ENDINGS = ("'m", "'re", "'ve", "'ll")
# "xAI-Mitgründer", "Stability AI-Gründer": a company and a (German) role joined by a hyphen.
ROLE_COMPOUND_RE = re.compile(
    r"(?<=\w)-(?=(?:Gründer|Gründerin|Mitgründer|Mitgründerin|Chef|Chefin|Forscher|Forscherin)\b)"
)
# Move verbs are never part of a name ("Mikhail Parakhin Pursues New Opportunities"), but for
# the few that are surnames too.
VERB_WORDS = frozenset(TRIGGER_FIRST) - word_set("won go land")
# Endings of abstract nouns, and of adjectives ("Controversial", "Financial"), that title-case
# headlines capitalise; no surname ends so.
NOUN_ENDINGS = ("tion", "tions", "ment", "ments", "ness", "ship", "ism", "ial")
# Endings of verbs in the third person that title-case headlines capitalise right after a name
# ("Jane Roe Enhances AI Team", "Revolutionizes", "Influences", "Advises"); no surname ends so
# ('-ances' alone would take the given name Frances, '-ises' Moises).
VERB_ENDINGS = ("izes", "ifies", "hances", "vances", "ences", "vises")
# "U.S." or "A.I." look like initials but are no part of a name.
NOT_INITIALS = frozenset(["A.I", "U.S", "U.K", "E.U", "U.N"])


@dataclass(slots=True)
class Tok:
    """One word or punctuation mark; `poss` when it carried a possessive 's."""

    text: str
    lower: str
    poss: bool = False
    lab: str | None = None  # canonical lab when this token is part of a lab name
    person: str | None = None  # resolved person name when part of a person mention
    watched: bool = False


@dataclass
class Tagged:
    """A text's tokens with labs and people marked."""

    toks: list[Tok]
    texts: list[str]  # the tokens' text and lower-case forms as plain lists: scanning these
    lowers: list[str]  # for the few positions that matter beats visiting every Tok
    people: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, name
    labs: list[tuple[int, int, str]] = field(default_factory=list)


def one_lab(tagged: Tagged) -> bool:
    """Whether a text names exactly one lab (once or more): a headline about a lab may leave
    its move to the summary, and one naming two labs and no move verb tells a deal between
    them (jobs/language/classify.py); a lede about that one lab may tell its acqui-hire
    (jobs/language/deals.py)."""
    return bool(tagged.labs) and all(lab == tagged.labs[0][2] for _, _, lab in tagged.labs)


def sentence_start(toks: list[Tok], k: int) -> int:
    """Where the sentence holding token k starts."""
    return next((m + 1 for m in range(k - 1, -1, -1) if toks[m].text in {".", "!", "?"}), 0)


def first_sentence_end(toks: list[Tok]) -> int:
    """Where a text's first sentence ends: its first full stop past the fourth token (a dot
    among the first words is an initial's or an abbreviation's: "U.S. Justice Department
    names ..."), and no dot after an initial or inside an abbreviation ("Paul M. Nakasone, a
    retired U.S. Army general, has joined ..."), else the text's end."""
    return next(
        (
            m
            for m, t in enumerate(toks)
            if t.text == "." and m > 3 and not _abbreviated(toks[m - 1])
        ),
        len(toks),
    )


def _abbreviated(tok: Tok) -> bool:
    """An initial ('M') or an abbreviation with dots inside ('U.S') before a dot."""
    text = tok.text
    return (len(text) == 1 and text.isupper()) or "." in text


def clean_text(text: str) -> str:
    """Strip HTML, unescape entities, straighten quotes, mark dashes as clause breaks."""
    if not text:
        return ""
    if "<" in text:  # each step only when its characters occur: most headlines need none
        text = strip_tags(text)
    text = html.unescape(text)
    if not text.isascii():  # curly quotes are not ASCII; translating ASCII text changes nothing
        # "Demirtas" + a combining cedilla tokenizes as one word only in NFC; zero-width
        # characters would split "Schulman\u200b" from the name it ends
        text = unicodedata.normalize("NFC", strip_invisible(text).translate(PUNCT_MAP))
    if "-" in text or "\u2013" in text or "\u2014" in text:
        text = _mark_dashes(text)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # ASCII spaces only (all other whitespace is unprintable), single already
    return " ".join(text.split())


def _mark_dashes(text: str) -> str:
    # each pattern only when the characters it needs occur ("co-founder" needs neither)
    if "x-" in text or "X-" in text or "r-" in text or "R-" in text:  # "ex-", "former-"
        text = EX_RE.sub(lambda m: m.group(0)[:-1] + " ", text)
    if "\u2014" in text or _spaced_dash(text, "-") or _spaced_dash(text, "\u2013"):
        text = DASH_RE.sub(" | ", text)
    if "-m" in text or "-M" in text or "-c" in text or "-C" in text or "-d" in text:
        text = MAKER_RE.sub(r"\1 ", text)
    if "-G" in text or "-M" in text or "-C" in text or "-F" in text:
        text = ROLE_COMPOUND_RE.sub(" ", text)
    return text


def _spaced_dash(text: str, dash: str) -> bool:
    """Whether `dash` stands between two whitespace characters somewhere in `text`."""
    at = text.find(dash, 1)
    while at != -1:
        if at + 1 < len(text) and text[at - 1].isspace() and text[at + 1].isspace():
            return True
        at = text.find(dash, at + 1)
    return False


def ascii_words(text: str) -> list[str]:
    """re.findall("[A-Za-z0-9]+", text), every other character (ASCII or not) a separator;
    through a byte table, several times faster than the regular expression."""
    return text.encode("ascii", "replace").translate(_ALL_BUT_ALNUM).decode("ascii").split()


def tokenize(text: str) -> list[Tok]:
    """Words and punctuation; a trailing 's becomes the `poss` flag."""
    return tokens_of(text).toks


def tokens_of(text: str) -> Tagged:
    """The tokens of a text, nothing marked yet."""
    if text.isascii():
        texts = _ascii_tokens(text)
        # tokens hold no spaces: lower-case them all in one call
        lowers = " ".join(texts).lower().split(" ") if texts else []
    else:  # (per token, so that no letter's case depends on its neighbours)
        texts = TOKEN_RE.findall(text)
        if "." in text:
            texts = _run_on(texts)
        lowers = [w.lower() for w in texts]
    if _glued_relative(text):
        texts = _unglued(texts)
        lowers = [w.lower() for w in texts]
    if "'" in text:
        return _with_possessives(texts, lowers)
    # the two lists have one item per token by construction: map builds the tokens in C
    return Tagged(list(map(Tok, texts, lowers)), texts, lowers)


def _ascii_tokens(text: str) -> list[str]:
    """ASCII_TOKEN_RE.findall(text) of an ASCII text, the pattern run only on the chunks between
    whitespace that are not a plain word: no token holds whitespace, and a run of letters and
    digits is one token (most words are; the regular expression costs ~170 instructions a
    character)."""
    texts: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():
            texts.append(chunk)
        elif chunk[-1] in CLOSING_MARKS and chunk[:-1].isalnum():
            texts += (chunk[:-1], chunk[-1])  # "OpenAI," "2024." "said:": a word, then its mark
        elif "." in chunk:
            texts += _run_on(ASCII_TOKEN_RE.findall(chunk))
        else:
            texts += ASCII_TOKEN_RE.findall(chunk)
    return texts


# Relative words a feed runs into the name before them when a link's text ends at the name
# ("the former Meta manager <a>Jason Taylor</a>who thus joins"): no English word or surname
# ends in them.
GLUED_RELATIVES = ("whose", "who", "which")


def _glued_relative(text: str) -> bool:
    """Whether 'who' or 'which' stands right after a lower-case letter somewhere in the text
    (str.find: the few texts that may have a name run into one are looked at further)."""
    for word in ("who", "which"):
        at = text.find(word, 1)
        while at > 0:
            if text[at - 1].islower():
                return True
            at = text.find(word, at + 1)
    return False


def _unglued(texts: list[str]) -> list[str]:
    """The tokens with a relative word split off a capitalised name it was run into
    ('Taylorwho' -> 'Taylor', 'who'): a stem of four letters or more, lower-case past its
    first letter, so that 'anywho' stays one word."""
    out: list[str] = []
    for word in texts:
        end = next((word[: -len(r)] for r in GLUED_RELATIVES if word.endswith(r)), "")
        if len(end) >= 4 and end.isalpha() and end[0].isupper() and end[1:].islower():
            out += (end, word[len(end) :])
        else:
            out.append(word)
    return out


def _run_on(texts: list[str]) -> list[str]:
    """The tokens with sentences run together split at their dot ('resigning.Xinzhou Wu, vice
    president ...' : a feed that dropped the space after a full stop). Only a lower-case word
    of three letters or more before the dot and a capitalised word of three or more after it,
    lower-case past its first letter, is split: no domain ('x.ai'), product ('Character.AI')
    or initials ('U.S')."""
    out: list[str] = []
    for word in texts:
        at = word.find(".")
        head, tail = word[:at], word[at + 1 :]
        if (
            at >= 3
            and head.isalpha()
            and head.islower()
            and len(tail) >= 3
            and tail.isalpha()
            and tail[0].isupper()
            and tail[1:].islower()
        ):
            out += (head, ".", tail)
        else:
            out.append(word)
    return out


def _with_possessives(texts: list[str], lowers: list[str]) -> Tagged:
    toks = list(map(Tok, texts, lowers))
    for n in [n for n, word in enumerate(texts) if "'" in word]:  # the few with an apostrophe
        word = texts[n]
        if word[-1] == "'" or word.endswith("'s"):
            cut = 1 if word[-1] == "'" else 2
            if len(word) > cut:
                texts[n] = word[:-cut]
                lowers[n] = texts[n].lower()
                toks[n] = Tok(texts[n], lowers[n], True)
    return Tagged(toks, texts, lowers)


def mark_person(tagged: Tagged, start: int, end: int, name: str, watched: bool = False) -> None:
    """Mark tokens [start, end) as one person mention."""
    for t in tagged.toks[start:end]:
        t.person, t.watched = name, watched
    tagged.people.append((start, end, name))


def is_initial(tok: Tok) -> bool:
    """'K' of 'K. R. Subramaniam', or 'J.R' of 'J.R. Smith' (the '.' is the next token)."""
    text = tok.text
    if len(text) == 1:
        return text.isupper()
    return (
        "." in text  # checked first: nearly every word fails here
        and len(text) % 2 == 1
        and text not in NOT_INITIALS
        and all(c == "." for c in text[1::2])
        and text[::2].isupper()
        and text[::2].isalpha()
    )


# "the Altman-led company", "Nvidia-backed": a name made an adjective describes something else
LED_BY_ENDINGS = ("-led", "-backed", "-owned", "-run", "-founded", "-funded", "-based")
# Where a person comes from, written before the name ("Indian-origin X", "Chinese-born X").
ORIGIN_ENDINGS = ("-origin", "-born")


def is_name_word(tok: Tok) -> bool:
    """A capitalised word that could be part of a person's name."""
    return tok.lab is None and _name_shaped(tok.text)


@lru_cache(maxsize=65536)
def _name_shaped(text: str) -> bool:
    # the same few thousand words recur in news, so each is judged once
    return (
        text[0].isupper()
        and len(text) > 1
        and not text.isupper()
        and text.lower() not in NON_NAME_WORDS
        and text.lower() not in HONORIFICS
        and text.lower() not in STAFF_WORDS
        and text.lower() not in DESCRIBING_NOUNS
        and text.lower() not in DESCRIBING_PLURALS
        and not text.lower().endswith(CONTRACTION_ENDINGS)
        and text.lower() not in ROLE_WORDS  # title case: "Google Veteran Jane Doe"
        and text.lower() not in GROUP_WORDS  # "Three OpenAI Stargate Leaders Join Meta"
        and text.lower() not in VERB_WORDS
        and not text.lower().endswith(NOUN_ENDINGS)  # "Compensation Recalibration"
        and not text.lower().endswith(VERB_ENDINGS)  # "Jane Roe Enhances AI Team"
        and not text.lower().endswith(LED_BY_ENDINGS)  # "the Sam Altman-led company"
        and not text.lower().endswith(ORIGIN_ENDINGS)  # "Indian-origin Jane Doe"
        and not adverb(text.lower())  # "Newly launched Acme Foundation ..."
        and NAME_WORD_RE.fullmatch(text) is not None
    )


# Given names made of an everyday word and '-ly' ("Carly": car, "Everly": ever), which the
# stem alone would take for adverbs.
LY_GIVEN_NAMES = word_set("carly everly")


def adverb(word: str) -> bool:
    """An everyday word with '-ly' ('newly', 'recently', 'happily'): no name ('Kelly', 'Emily'
    and 'Holly' are made of no everyday word; 'Carly' and 'Everly' are given names)."""
    if not word.endswith("ly") or len(word) < 5 or word in LY_GIVEN_NAMES:
        return False
    stem = word[:-2]
    common = common_words()
    return stem in common or (stem.endswith("i") and stem[:-1] + "y" in common)
