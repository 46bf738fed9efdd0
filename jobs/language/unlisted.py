"""People on no watch list: capitalised name runs in person contexts, and nicknames.

A name run is made of capitalised name words, with what names carry between and before them:
particles ("Joris van der Heijden", "María José de la Fuente", "Tariq al-Mansouri"), initials
("K. R. Subramaniam", "Quoc V. Le") and a title before it ("Dr. Hinton", "Prof. Bengio", which is
no part of the name). A run whose words before the last are all particles ("Van der Heijden",
"de la Fuente") is a surname alone, resolved to the full name when the text gives one.
"""

from __future__ import annotations

from functools import lru_cache

from jobs.language.chinese_names import pinyin_given_name
from jobs.language.lexicon import (
    GROUP_WORDS,
    NOUN_TRIGGERS,
    ORG_ENDINGS,
    OWN_PRONOUNS,
    ROLE_WORDS,
    SKIP_WORDS,
    TRIGGER_FIRST,
    UNIVERSITY_RUNS,
    word_set,
)
from jobs.language.tokens import (
    HONORIFICS,
    STAFF_WORDS,
    Tagged,
    Tok,
    is_initial,
    is_name_word,
    mark_person,
)
from jobs.language.word_lists import common_words

# Lower-case words inside surnames in many languages. Capitalised ("Van der Heijden said",
# "Daniel De Freitas") they are name words like any other; a name whose words before the last
# are all particles ("Van der Heijden", "De Freitas") is a surname alone.
PARTICLES = word_set(
    """van von vom der den de del della delle degli dei di da das dos du la le les los las al
    el bin ibn bint ní nic ó"""
)
# "al-Mansouri", "el-Sayed", "d'Alembert": a lower-case particle joined to the surname.
JOINED_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "at-", "ul-", "bin-", "d'", "l'")
NAME_MAX = 3  # capitalised words in one name; more is a title-case headline, not a name
# What may stand before the subject at the head of a clause, and between it and its verb.
CLAUSE_OPENERS = word_set(": | ; , why how when where whether as after since while once")
AUXILIARIES = word_set("is to will has")
# Given names that are also words the tagger never takes for names ("Max", "Will", "Chip"):
# a name only when a capitalised surname follows ("Will Depue", not "Will OpenAI ...").
GIVEN_NAME_WORDS = word_set("max will chip devin claude kimi")
# Given names that are titles too ("CMU Dean Andrew Moore"): before two more name words, the
# title, no part of the name.
TITLE_GIVEN_NAMES = word_set("dean")
# Two-word names of seats of government, and of a financial district ("from Silicon Valley to
# Wall Street"), whose first word is a surname too ("Sean White", "Larry Wall").
PLACE_HEADS = {"White": "House", "Downing": "Street", "Wall": "Street"}
# Verbs of speaking after a lone surname: a person ("Brooks describes the goal as ...").
SPEECH_AFTER = word_set(
    "says said tells told who describes described explains explained writes wrote recalls"
)
# Verbs whose object is only ever people ("rehires Zoph, Metz and Schoenholz"); not 'adds',
# 'signs' or 'taps', which take partners and suppliers as often ("adds Foxconn and Wistron").
TAKING_VERBS = word_set(
    """hires hired rehires rehired poaches poached lures lured recruits recruited nabs nabbed
    snags snagged"""
)
# Verbs that take people or deals: a lone surname after them, then 'for'/'from' or nothing
# more, is someone hired ("lands Okafor for its robotics push"); "lands Pentagon contract" is not.
LANDING_VERBS = word_set("lands landed snares snared bags bagged")


def name_runs(toks: list[Tok], texts: list[str]) -> list[tuple[int, int]]:
    """Maximal runs of name words, with particles and initials inside or in front. `texts`:
    the tokens' text."""
    runs: list[tuple[int, int]] = []
    free = 0  # tokens before this are in a run or a seat of government already
    # most tokens are lower-case words or punctuation: one pass over the texts rules them out
    # (a joined particle, "al-Mansouri", has a hyphen or an apostrophe; when no token has
    # either, which one look at all the texts tells, two tests a token are enough)
    joined = "".join(texts)
    if "-" in joined or "'" in joined:
        maybe = [
            i
            for i, w in enumerate(texts)
            if w[0].isupper() or w in PARTICLES or "-" in w or "'" in w
        ]
    else:
        maybe = [i for i, w in enumerate(texts) if w[0].isupper() or w in PARTICLES]
    for i in maybe:
        if i < free:
            continue
        tok, text = toks[i], texts[i]
        if not text[0].isupper() and text not in PARTICLES and not _joined_particle(tok):
            continue
        if text in PLACE_HEADS and _place_at(toks, i):
            free = i + 2  # "Trump White House AI adviser X": a seat of government, no name
        elif tok.person is None and not (tok.lab and _lab_word(text)) and _starts_name(toks, i):
            free = _name_end(toks, i)
            runs.append((i, free))
    return runs


def _lab_word(text: str) -> bool:
    """Whether a word of a lab's name is one _starts_name turns down (as a lab's word no name
    word or given name, and no initial or particle either), told in one call: labs are most of
    a headline's capitalised words."""
    return len(text) > 1 and "." not in text and text not in PARTICLES


def _place_at(toks: list[Tok], i: int) -> bool:
    head = PLACE_HEADS.get(toks[i].text)
    return head is not None and i + 1 < len(toks) and toks[i + 1].text == head


def _starts_name(toks: list[Tok], i: int) -> bool:
    """A name word, or initials / lower-case particles / a given name that lead to one."""
    if is_name_word(toks[i]) or _joined_particle(toks[i]):
        return True
    return _skip_lead(toks, i) > i or _family_he(toks, i)


def _given_name(toks: list[Tok], j: int) -> bool:
    return toks[j].lower in GIVEN_NAME_WORDS and toks[j].text[0].isupper() and toks[j].lab is None


def _skip_lead(toks: list[Tok], i: int) -> int:
    """Past the initials ('K. R.') or lower-case particles ('de la') at i that a name word
    follows; i itself when there are none."""
    j = i
    while j + 1 < len(toks) and is_initial(toks[j]) and toks[j + 1].text == ".":
        j += 2
    if j == i and _given_name(toks, j):
        j += 1
    elif j == i:
        while j < len(toks) and toks[j].text in PARTICLES and j - i < 3:
            j += 1
    if j > i and j < len(toks) and toks[j].person is None and is_name_word(toks[j]):
        return j
    return i


def _name_end(toks: list[Tok], i: int) -> int:
    """The end of the name run starting at i."""
    if _family_he(toks, i):
        return i + 2  # "He Kaiming has joined ...": the family name written first
    j = _skip_lead(toks, i) + 1
    if j == i + 1 < len(toks) and _surname_he(toks, j):
        return j + 1  # "Horace He leaves Meta": the surname He (何), not the pronoun
    if j == i + 1 < len(toks) and len(toks[j].text) == 2 and _short_surname(toks, j):
        return j + 1  # "hires Arvind KC as chief people officer"
    while j < len(toks) and toks[j].person is None and not toks[j - 1].poss:
        if _place_at(toks, j):
            break
        if j - i >= 2 and _verb_of_owner(toks, j):
            break  # "X Y Confirms Her Exit": a title-case verb ends the name
        if is_name_word(toks[j]) or _joined_particle(toks[j]):
            j += 1
            continue
        if toks[j].lower not in PARTICLES and not is_initial(toks[j]):
            break
        nxt = _skip_lead(toks, j)
        if nxt == j:
            break
        j = nxt + 1
    return j


def _verb_of_owner(toks: list[Tok], j: int) -> bool:
    """A capitalised word with 'his'/'her'/'their' (OWN_PRONOUNS) after it is a verb told in
    Title Case ('Confirms Her Exit', 'Ends His Run'), not a name's last word: a name runs on to
    no such owner. (lexicon.NON_NAME_WORDS ends a name at the verbs it lists, 'announced' among
    them, whatever follows; this ends it at any verb the owner shows to be one.)"""
    return j + 1 < len(toks) and toks[j + 1].lower in OWN_PRONOUNS


# Surnames of two capitals without a vowel ("KC", as Nepali and Indian names are written):
# after one given name, and before 'as', a comma or a move verb, where a surname ends a name.
SHORT_SURNAME_AFTER = word_set(", as is has was will joins joined leaves left")
VOWELS = frozenset("AEIOUY")
# Vowelless abbreviations that follow a product's or a company's word ("Roku TV as ...").
NO_SURNAMES = frozenset(["TV", "PC", "HR", "PR", "VR", "XR", "ML", "RL", "DC", "SF", "NY"])


def _short_surname(toks: list[Tok], j: int) -> bool:
    """'KC' of 'Arvind KC': two capitals, no vowel, no lab and no common abbreviation, that
    'as', a comma or a verb follows."""
    text = toks[j].text
    if len(text) != 2 or not text.isalpha() or not text.isupper() or toks[j].lab:
        return False
    if text in NO_SURNAMES or not VOWELS.isdisjoint(text) or toks[j - 1].poss:
        return False
    return j + 1 < len(toks) and toks[j + 1].lower in SHORT_SURNAME_AFTER


def _surname_he(toks: list[Tok], j: int) -> bool:
    """'He' right after a lone given name, with no punctuation between, is the surname He (何,
    as in 'Kaiming He'): the pronoun follows a sentence's end or a verb, never a bare name."""
    return toks[j].text == "He" and not toks[j - 1].poss and toks[j - 1].lab is None


def _family_he(toks: list[Tok], i: int) -> bool:
    """'He' before a given name in pinyin of two or three syllables ('He Kaiming', 'He
    Xiaopeng') is the family name He (何) written first, as Chinese outlets write it: the
    pronoun is followed by a verb or an adverb, and the English words that split into pinyin
    syllables are one syllable ('He Ran', 'He Can') or never follow a pronoun."""
    if toks[i].text != "He" or i + 1 >= len(toks):
        return False
    given = toks[i + 1]
    if not (is_name_word(given) and given.person is None and pinyin_given_name(given.text, 2)):
        return False
    # English words split into pinyin too ("He Came, He Saw", "He Wanna Join"): the name is
    # the subject of the news ("He Kaiming has joined ..."), and no pinyin doubles a letter
    nxt = toks[i + 2].lower if i + 2 < len(toks) else ""
    if nxt == "," and i + 3 < len(toks):  # "He Tianrui, who led ...": an apposition
        nxt = toks[i + 3].lower
        return nxt in APPOSITION_OPENERS and not doubled(given.lower)
    return (nxt in HE_NAME_FOLLOWERS or nxt in TRIGGER_FIRST) and not doubled(given.lower)


# What follows a name written family name first, as the subject of the news.
HE_NAME_FOLLOWERS = word_set("has have had is was will officially also now reportedly just")
APPOSITION_OPENERS = word_set("who whose a an the former ex")


def doubled(word: str) -> bool:
    """Whether a word doubles a letter ('Wanna', 'Kelly'), which a pinyin name never does
    across its syllables' joins but 'nn' ('Yinnan') rarely."""
    return any(a == b for a, b in zip(word, word[1:], strict=False))


def _joined_particle(tok: Tok) -> bool:
    text = tok.text
    if ("-" not in text and "'" not in text) or not text[:1].islower() or tok.lab is not None:
        return False
    for prefix in JOINED_PARTICLES:
        if text.startswith(prefix) and len(text) > len(prefix) + 1:
            return text[len(prefix)].isupper() and text[len(prefix) :].isalpha()
    return False


def core_words(toks: list[Tok]) -> list[Tok]:
    """The capitalised words of a name run: no initials, dots or lower-case particles."""
    return [
        t
        for t in toks
        if t.text != "." and not is_initial(t) and (t.text[:1].isupper() or _joined_particle(t))
    ]


def name_text(toks: list[Tok]) -> str:
    """'K. R. Subramaniam': words joined by spaces, each dot kept on its initial."""
    out = ""
    for t in toks:
        out = out + t.text if t.text == "." or not out else f"{out} {t.text}"
    return out


@lru_cache(maxsize=65536)  # asked of every name found and of every story's person
def surname_only(name: str) -> bool:
    """'Hinton', 'de la Fuente', 'Van der Heijden': no word before the surname but particles."""
    words = name.split()
    return all(w.lower() in PARTICLES for w in words[:-1])


def tag_unlisted(tagged: Tagged, lab_heads: frozenset[str] = frozenset()) -> None:
    """People on no list: 2–3 name words, or a surname in a person context ('CTO Murati')."""
    toks = tagged.toks
    full: dict[str, str] = {}
    tag_nicknames(tagged, full)
    for start, end in name_runs(toks, tagged.texts):
        start = _past_university(tagged.texts, start, end)
        if start == end or _is_org(toks, end) or _org_name_closes(toks, end):
            continue
        if start and _after_article(toks, start, end):
            continue  # "Marks a Bold Bet on AI", "the South Korean gaming giant": no names
        if start and toks[start - 1].lower in KIND_NOUNS and not toks[end - 1].poss:
            continue  # "joins AI start-up Acme Vortex": the name a company's kind introduces
        if _placed(tagged.lowers, start, end):
            continue  # "the Menlo Park, Calif. robotics startup": a town and its state
        if _circumstance(tagged.lowers, start, end):
            continue  # "Amid Talent Wars and Internal Turmoil": what surrounds the news
        if _post_field_before(toks, start, end):
            continue  # "Intel's Datacenter Architecture Boss Jumps ...": what the post is over  # "Boston Dynamics CTO", "Enfabrica CEO": a company before a role
        if start > 1 and tagged.lowers[start - 1] == "of" and _post_field(toks, start, end):
            continue  # "Head of App Platform", "VP of Global Affairs": what the post is over
        core = core_words(toks[start:end])
        if len(core) == NAME_MAX and core[0] is toks[start] and _titled(core):
            start, core = start + 1, core[1:]  # "CMU Dean Andrew Moore": the title
        name = name_text(toks[start:end])
        if len(core) > NAME_MAX:
            start = _tail_name(toks, start, end)
            if start < 0:
                continue
            core, name = core[-2:], name_text(toks[start:end])
        if len(core) == 1 and not _marked_name(toks, start, end):
            if core[0].text in lab_heads or _org_word_after(toks, end):
                continue  # "Scale said", "to lead Sony AI": a company's name, not a surname
            if not _single_is_person(toks, start, end):
                continue
        if not surname_only(name):
            full[toks[end - 1].lower] = name
        mark_person(tagged, start, end, name)
    resolve_in_place(tagged, full)


def _titled(core: list[Tok]) -> bool:
    """A name run opening with a title that is a given name too ('Dean Andrew Moore')."""
    return core[0].lower in TITLE_GIVEN_NAMES


def _past_university(texts: list[str], start: int, end: int) -> int:
    """Where the name run [start, end) goes on past a university's name at its head
    ("Carnegie Mellon prof", "Johns Hopkins Jane Roe"): end when the university is all of it."""
    if end - start > 1 and f"{texts[start]} {texts[start + 1]}" in UNIVERSITY_RUNS:
        return start + 2
    return start


# The AP's abbreviations of US states, written with a dot after a town and a comma ("Menlo
# Park, Calif.", "Louisville, Ky."): the town before one, and the abbreviation, are no person.
STATE_ABBREVIATIONS = word_set(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn vt va wash wis wyo"""
)


def _placed(lowers: list[str], start: int, end: int) -> bool:
    """Whether the run [start, end) is a town placed by its state's abbreviation after it, or
    the abbreviation itself ('Menlo Park, Calif.'): a place, no name."""
    if end + 2 < len(lowers) and lowers[end] == "," and lowers[end + 2] == ".":
        return lowers[end + 1] in STATE_ABBREVIATIONS
    return (
        end - start == 1
        and end < len(lowers)
        and lowers[end] == "."
        and lowers[start] in STATE_ABBREVIATIONS
        and start > 0
        and lowers[start - 1] == ","
    )


# Prepositions of circumstance: what follows them ("amid Internal Turmoil", "despite Rising
# Costs") is a state of affairs, never a person, unless it is someone's ("amid Altman's exit").
CIRCUMSTANCE = word_set("amid amidst despite")
COORDINATORS = word_set("and or")
CIRCUMSTANCE_REACH = 4  # "amid Talent Wars and Internal Turmoil": one coordinated noun phrase


def _circumstance(lowers: list[str], start: int, end: int) -> bool:
    """Whether the run [start, end) is governed by a preposition of circumstance: right after
    it, or after 'and'/'or' that joins it to a phrase the preposition opened (no punctuation),
    and closes the clause; a run that a verb follows is the clause's subject ("Amid Turmoil X
    Leaves ...")."""
    if not start or (end < len(lowers) and lowers[end][:1].isalnum()):
        return False
    if lowers[start - 1] in CIRCUMSTANCE:
        return True
    if lowers[start - 1] not in COORDINATORS:
        return False
    for k in range(start - 2, max(start - 2 - CIRCUMSTANCE_REACH, -1), -1):
        if lowers[k] in CIRCUMSTANCE:
            return True
        if not lowers[k][:1].isalnum():
            return False
    return False


def _post_field(toks: list[Tok], start: int, end: int) -> bool:
    """A run (right after 'of') of one or two words after '<role> of' is the post's field ('New Head of App
    Platform to ...'), unless a possessive or a verb of speaking shows a person."""
    if toks[start - 2].lower not in ROLE_WORDS:
        return False
    if end - start > 2 or toks[end - 1].poss:
        return False
    return not (end < len(toks) and toks[end].lower in SPEECH_AFTER)


SUBJECT_GOES_ON = word_set("and & is to will has")
# Nouns of a company's kind that its name follows ("AI start-up Acme Vortex", "the firm Acme").
KIND_NOUNS = word_set("startup start-up company firm")
INDEFINITE = word_set("a an")


def _after_article(toks: list[Tok], start: int, end: int) -> bool:
    """Two words or more after 'a'/'an' ("Marks a Bold Bet"), or after 'the' with a lower-case
    noun next, which the words describe ("the South Korean gaming giant", "the Bay Area
    startup"): no person's name. ('the Lucía Romero, ...' is a gloss's article: a name.)"""
    before = toks[start - 1].lower
    if end - start < 2 or (before != "the" and before not in INDEFINITE):
        return False
    if before != "the":
        return True
    nxt = toks[end].text if end < len(toks) else ""
    return nxt.isalpha() and nxt.islower() and nxt not in CLAUSE_GOES_ON


# Lower-case words after 'the <Name>' that go on with the clause, not a noun the name
# describes ("of the Sea Cloud as it leaves port": a ship's name).
CLAUSE_GOES_ON = word_set(
    """to is are was were at as with from for on in of by will over into and or who which that
    said says has have had after"""
)


def _post_field_before(toks: list[Tok], start: int, end: int) -> bool:
    """A title-case run of two words or more right before a role word, opening the text or
    right after a company's possessive ("Intel's Datacenter Architecture Boss And Xeon Lead
    Jumps To Qualcomm", "Google Search Ads Chief Leaves"), is the field the post is over: a
    person's name stands after the role ("Nvidia Robotics Head Jane Doe"), and a role after a
    name is given to it by a verb before ("names Jane Doe chief scientist")."""
    if end - start < 2 or end >= len(toks) or toks[end].lower not in ROLE_WORDS:
        return False
    if toks[end - 1].poss or (start > 0 and not toks[start - 1].poss):
        return False
    k = end
    while k < len(toks) and toks[k].lower in ROLE_WORDS:
        k += 1
    # the role heads the subject: its verb, or a second role, comes next ("Jane Doe Chief of
    # Staff at Acme ..." gives a post after a name)
    return k < len(toks) and (toks[k].lower in TRIGGER_FIRST or toks[k].lower in SUBJECT_GOES_ON)


def _tail_name(toks: list[Tok], start: int, end: int) -> int:
    """In a title-case run too long for a name ("Legendary Coder Jane Doe Joins"), the last two
    words next to the verb are the name; -1 when no move verb stands beside the run."""
    beside = (end < len(toks) and toks[end].lower in TRIGGER_FIRST) or (
        start > 0 and toks[start - 1].lower in TRIGGER_FIRST
    )
    if not beside:
        return -1
    k, seen = end, 0
    while k > start and seen < 2:
        k -= 1
        seen += toks[k].text[:1].isupper() and not is_initial(toks[k])
    return k


def _marked_name(toks: list[Tok], start: int, end: int) -> bool:
    """A surname that only a person has: after initials or a lower-case particle, or with two
    particles ('K. R. Subramaniam', 'de la Fuente', 'Van der Heijden', 'al-Mansouri')."""
    first = toks[start]
    if is_initial(first) or first.text in PARTICLES or _joined_particle(toks[end - 1]):
        return True
    return sum(t.lower in PARTICLES for t in toks[start:end]) >= 2


def resolve_in_place(tagged: Tagged, full: dict[str, str]) -> None:
    """A surname alone ('Leike', 'de la Fuente') becomes the full name the same text gives."""
    for start, end, name in list(tagged.people):
        if surname_only(name):
            resolved = full.get(name.split()[-1].lower())
            if resolved and resolved != name:
                tagged.people.remove((start, end, name))
                mark_person(tagged, start, end, resolved)


def _is_org(toks: list[Tok], end: int) -> bool:
    last = toks[end - 1]
    if last.poss:
        return False
    if last.lower in ORG_ENDINGS:
        return True
    k = end
    while k < len(toks) and toks[k].lower in ROLE_WORDS:
        k += 1
    return k > end and k < len(toks) and is_name_word(toks[k])


# Capitalised words that close an organisation's name ("DAMO Academy Intelligent Computing
# Lab", "Shanghai AI Lab"), or a newspaper's ("a report by The Wall Street Journal"): the
# capitalised words before one are no person.
ORG_CLOSERS = frozenset(
    ["Lab", "Labs", "Laboratory", "Institute", "Academy", "University"]
    + ["Journal", "Times", "Tribune", "Gazette", "Herald"]
)


def _org_name_closes(toks: list[Tok], end: int) -> bool:
    """A closer right after the run ('... Lab'), or ending it ('the Chicago Tribune')."""
    if toks[end - 1].text in ORG_CLOSERS:
        return True
    return end < len(toks) and toks[end].text in ORG_CLOSERS and not toks[end - 1].poss


def _apposition(toks: list[Tok], i: int) -> bool:
    """After 'Surname,': 'who ...', or a short phrase with a role word closed by a comma."""
    if i < len(toks) and toks[i].lower == "who":
        return True
    if i + 1 < len(toks) and toks[i].lower in {"the", "its"} and toks[i + 1].lower in ROLE_WORDS:
        return True  # "Kelly, the director of the U.S. AI Safety Institute, ..."
    for k in range(i, min(len(toks), i + 7)):
        if toks[k].text == ",":
            return any(t.lower in ROLE_WORDS for t in toks[i:k])
    return False


def _org_word_after(toks: list[Tok], end: int) -> bool:
    # "Sony AI" is a company; "Zuckerberg's lab" is a person's
    if toks[end - 1].poss:
        return False
    return end < len(toks) and toks[end].lower in ORG_ENDINGS and toks[end].person is None


NICKNAME_MARKS = {"(": ")", '"': '"', "'": "'"}
# The opening marks as a set: a set's isdisjoint looks each token up in half the instructions
# that a dict's key view takes.
NICKNAME_OPENERS = frozenset(NICKNAME_MARKS)


def tag_nicknames(tagged: Tagged, full: dict[str, str]) -> None:
    """'Diederik (Durk) Kingma' is Durk Kingma; 'Yuhuai "Tony" Wu' is Tony Wu."""
    toks = tagged.toks
    if NICKNAME_OPENERS.isdisjoint(tagged.texts):  # one pass over the texts, not three
        return
    for i in range(len(toks) - 4):
        if (
            toks[i + 1].text in NICKNAME_MARKS
            and toks[i + 3].text == NICKNAME_MARKS[toks[i + 1].text]
            and toks[i].person is None
            and all(is_name_word(toks[k]) for k in (i, i + 2, i + 4))
        ):
            name = f"{toks[i + 2].text} {toks[i + 4].text}"
            full[toks[i + 4].lower] = name
            mark_person(tagged, i, i + 5, name)


# Verbs in the plural: one surname alone never takes them ("Terms were", "Analysts are").
PLURAL_VERBS = frozenset(["were", "are", "have", "say", "remain"])


# Months written short before a day ("Mar 28"); full names are no name words at all.
MONTH_SHORTS = word_set("jan feb mar apr jun jul aug sep sept oct nov dec")


def _single_is_person(toks: list[Tok], start: int, end: int) -> bool:
    """A surname alone is a person after a title, a role or group word, before 'says' or
    ', who', or at the head of a headline or clause before its verb."""
    before = toks[start - 1].lower if start > 0 else ""
    if before == "." and start > 1:
        before = toks[start - 2].lower  # "Dr. Hinton"
    after = toks[end].lower if end < len(toks) else ""
    if toks[start].lower in MONTH_SHORTS and after.isdigit():
        return False  # "(Acme Daily, Mar 28, 2026)": a date, not a surname in a list
    if before in HONORIFICS or before in ROLE_WORDS or before in GROUP_WORDS:
        return True
    if before in STAFF_WORDS:
        return True
    if before in {",", "and"} and start >= 2 and toks[start - 2].person:
        return True
    if before in TAKING_VERBS and _list_next(toks, end):
        return True  # "rehires Zoph, Metz and Schoenholz": a list of people taken on
    if (before in TAKING_VERBS or before in LANDING_VERBS) and after in {"for", "from", ""}:
        return True  # "lands Okafor for its robotics push", "poaches Brandt from Cohere"
    if after in SPEECH_AFTER:
        return True
    if after == "," and _apposition(toks, end + 1):
        return True  # "Van der Heijden, who worked on Gemini", "Pineau, FAIR's chief, ..."
    if (
        start == 0
        and after in NOUN_TRIGGERS
        and end + 1 < len(toks)
        and toks[end + 1].lower == "of"
    ):
        return False  # "Chaotic departure of X's chief": whose departure follows 'of'
    if start == 0 and after in NOUN_TRIGGERS and toks[start].lower in common_words():
        return False  # "Fast exit: Acme's CTO quits": an everyday word describing the news
    if start == 0 and after in {"and", "&"} and _field_pair(toks, end):
        return False  # "Trust And Safety Head Resigns": two fields of one post
    if start == 0 and after in PLURAL_VERBS:
        return False  # "Terms were not disclosed", "Analysts are split": a plural noun
    if start == 0 and after == "to" and not _verb_next(toks, end) and not _lab_next(toks, end):
        return False  # "Speaking to Reuters, X said": a participle's phrase, not "Okafor to join"
    if start == 0:
        return (after in TRIGGER_FIRST or after in SKIP_WORDS) and after != ","
    return before in CLAUSE_OPENERS and _verb_next(toks, end)  # "Exclusive: Okafor quits"


def _field_pair(toks: list[Tok], end: int) -> bool:
    """'X And Y Head Resigns', 'Policy & Partnerships Lead Quits': after 'and', one capitalised
    word, a role word and the verb, so X and Y are what the post is over; 'Altman And Brockman
    Head To Microsoft' has no verb after the role ('head to' is the verb)."""
    k = end + 1
    if k + 2 >= len(toks) or not toks[k].text[:1].isupper() or toks[k].person:
        return False
    return toks[k + 1].lower in ROLE_WORDS and toks[k + 2].lower in TRIGGER_FIRST


def _verb_next(toks: list[Tok], end: int) -> bool:
    """A move verb right after, or after 'is' / 'to' / 'will' / 'has' ('Okafor is leaving')."""
    if end < len(toks) and toks[end].lower in AUXILIARIES:
        end += 1
    return end < len(toks) and toks[end].lower in TRIGGER_FIRST


def _lab_next(toks: list[Tok], end: int) -> bool:
    """A lab right after 'to' ('Okafor to Anthropic'): where a surname goes."""
    return end + 1 < len(toks) and toks[end + 1].lab is not None


def _list_next(toks: list[Tok], end: int) -> bool:
    """', Name' or 'and Name' right after: the first of a list of surnames."""
    return (
        end + 1 < len(toks)
        and toks[end].text in {",", "and"}
        and is_name_word(toks[end + 1])
        and not toks[end + 1].lab
    )
