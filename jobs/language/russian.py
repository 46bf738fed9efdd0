"""Russian headlines glossed into English, and names in Cyrillic written in Latin letters.

Russian, like English, puts the subject before its verb ("Иван Петров покинул OpenAI" is
"Ivan Petrov leaves OpenAI"), so a gloss of the verbs, roles and prepositions that carry a
move is enough for the English rules. Labs are mostly written in Latin letters by Russian
outlets; a role before one is its genitive ("технический директор Cohere", Cohere's CTO),
said in the English order. A capitalised word left in Cyrillic is a name (Russian capitalises
only names and a sentence's first word) and is written in Latin letters as the English press
writes Russian names; other Cyrillic words go, as the Chinese gloss drops what it does not read.
Compiled on the first Cyrillic text: English text never pays for this module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobs.language.gloss import _table  # the tables of every gloss read the same way

# Letter by letter, as the English press writes Russian names ("Илья Суцкевер" → Ilya
# Sutskever, "Пётр" → Pyotr): ь and ъ are dropped, the endings -ий and -ый are -y ("Дмитрий"
# → Dmitry), -ия is -ia ("Мария" → Maria).
_LETTERS = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_LATIN = str.maketrans(_LETTERS)
_ENDINGS = (("ий", "y"), ("ый", "y"), ("ия", "ia"))


def romanise(word: str) -> str:
    """A Cyrillic word in Latin letters ('Соколова' → 'Sokolova'), its capital kept."""
    lower = word.lower()
    tail = ""
    for ending, latin in _ENDINGS:
        if len(lower) > 3 and lower.endswith(ending):
            lower, tail = lower[: -len(ending)], latin
            break
    latin = lower.translate(_LATIN) + tail
    return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin


# Past forms in each gender and the plural, the present and the future (perfective verbs
# have no present: "покинет" will leave); ё is also written е.
RUSSIAN = _table(
    """
    покинул, покинула, покинули, покидает, покидают = leaves
    покинет, покинут = will leave
    ушёл из, ушел из, ушла из, ушли из, уходит из, уходят из = leaves
    уйдёт из, уйдет из, уйдут из = will leave
    ушёл в отставку, ушел в отставку, ушла в отставку, уходит в отставку = resigns
    подал в отставку, подала в отставку, подали в отставку = resigns
    перешёл в, перешел в, перешла в, перешли в, переходит в, переходят в = moves to
    перешёл из, перешел из, перешла из, перешли из, переходит из = moves from
    перейдёт в, перейдет в, перейдут в = will move to
    присоединился к, присоединилась к, присоединились к, присоединяется к = joins
    присоединится к = will join
    пришёл в, пришел в, пришла в, пришли в = joins
    вернулся в, вернулась в, вернулись в, возвращается в, вернулся к, вернулась к = returns to
    назначен, назначена, назначены = is named
    назначил, назначила, назначили, назначает = names
    стал, стала, станет = becomes
    уволен, уволена, уволены = is fired
    уволил, уволила, уволили, увольняет = fires
    возглавил, возглавила, возглавили, возглавит = takes the helm of
    основал, основала, основали = founds
    нанял, наняла, наняли, нанимает = hires
    переманил, переманила, переманили, переманивает = poaches
    покинуть = leave
    уйти из = leave
    перейти в = move to
    присоединиться к = join
    возглавить = lead
    не = not
    может, могут = may
    опроверг, опровергла, опровергли, опровергает = denies
    слухи, слухам, слухов = rumours
    интервью = interview
    о, об = about
    генеральный директор, генерального директора, генеральным директором, гендиректор = CEO
    гендиректора, гендиректором = CEO
    технический директор, технического директора, техническим директором = CTO
    директор, директора, директором = director
    глава, главы, главой, руководитель, руководителя, руководителем = head
    вице-президент, вице-президента, вице-президентом = vice president
    президент, президента, президентом = president
    главный научный сотрудник, главным научным сотрудником = chief scientist
    сооснователь, сооснователя, сооснователем, соучредитель = co-founder
    сооснователи, соосновательница = co-founder
    основатель, основателя, основателем, основательница = founder
    исследователь, исследователя, исследователем, исследовательница = researcher
    исследователи, исследователей = researchers
    учёный, ученый, учёного, ученого = scientist
    инженер, инженера, инженером = engineer
    топ-менеджер, топ-менеджера = executive
    бывший, бывшая, бывшего, бывшую, экс = former
    новый, новая, новым, новой = new
    стартап, стартапа, стартапом = startup
    компания, компании, компанию = company
    команда, команду, команды = team
    лаборатория, лабораторию, лаборатории = lab
    исследования, исследований = research
    из = from
    к = to
    и = and
    на = at
    """
)
_ROLES = "CEO|CTO|director|head|vice president|president|chief scientist|co-founder|founder"
_ROLES += "|researcher|researchers|scientist|engineer|executive"
# The verbs whose object is the person moved: a name after one stands in the accusative.
_OBJECT_VERBS = ("hires", "poaches", "names", "fires")
_LATIN_NAME = r"(?:[A-Z0-9]|[a-z][A-Z])[\w.&-]*(?: [A-Z0-9][\w.&-]*)*"
_LATIN_PERSON = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,2}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    keys = sorted(RUSSIAN, key=len, reverse=True)
    return (
        re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])", re.I),
        # "ушёл из Google в OpenAI": where the one who leaves goes, after в
        re.compile(
            r"\b(leaves|will leave|moves from) (" + _LATIN_NAME + r") в (?=[A-Z0-9]|[a-z][A-Z])"
        ),
        # "технический директор Cohere": a role's genitive lab, before it as English says it
        re.compile(r"\b(" + _ROLES + r") (" + _LATIN_NAME + r")(?![\w-])"),
        # "нанял Ивана Петрова": the name after a verb of hiring, in the accusative
        re.compile(
            r"\b("
            + "|".join(_OBJECT_VERBS)
            + r")((?: [^ А-ЯЁа-яё]+){0,6}) ([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
            r" ([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
        ),
        # "Тоби Полен (Toby Pohlen)": the spelling in Latin letters the outlet gives
        re.compile(r"[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+){0,2} ?\((" + _LATIN_PERSON + r")\)"),
        re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*"),
    )


# Accusative endings back to the nominative a name is reported in: 'Марию Соколову' (Maria
# Sokolova), 'Ивана Петрова' (Ivan Petrov), 'Андрея' (Andrey), 'Дмитрия' (Dmitry).
_ACCUSATIVE = (("ию", "ия"), ("ью", "ья"), ("ея", "ей"), ("ия", "ий"), ("у", "а"), ("ю", "я"))


def _nominative(word: str) -> str:
    for ending, nominative in _ACCUSATIVE:
        if word.endswith(ending):
            return word[: -len(ending)] + nominative
    return word[:-1] if word.endswith("а") and len(word) > 3 else word


def _object_name(m: re.Match[str]) -> str:
    return f"{m.group(1)}{m.group(2)} {_nominative(m.group(3))} {_nominative(m.group(4))}"


def _role_of(m: re.Match[str]) -> str:
    # "the new CTO of Cohere" is how the rules read a post taken; elsewhere "Cohere CTO"
    if m.string.endswith("new ", 0, m.start()):
        return f"{m.group(1)} of {m.group(2)}"
    return f"{m.group(2)} {m.group(1)}"


def _word(m: re.Match[str]) -> str:
    word = m.group(0)
    if not word[:1].isupper() or _common_first_word(m):
        return " "
    return romanise(word)


_NAME_AFTER_RE = re.compile(r" ?[А-ЯЁ]")


def _common_first_word(m: re.Match[str]) -> bool:
    """Russian capitalises a sentence's first word as well as names: a first word is a name
    only with another capitalised word after it ('Курс рубля покинул ...', the rouble's rate,
    is no one; 'Ольга Белова покинула ...' is)."""
    before = m.string[: m.start()].rstrip()
    if before and before[-1] not in '.!?:|"—–':
        return False
    return _NAME_AFTER_RE.match(m.string, m.end()) is None


_PUNCT = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"'})
# "Иван Петров — новый CTO Cohere": the dash between a subject and a noun phrase is the verb
# 'to be', which Russian leaves out in the present (jobs/language/headline.py writes it '|')
_DASH_RE = re.compile(r" [—–|] (?=new\b)")


def gloss_russian(text: str) -> str:
    """Russian text as telegraphic English: move verbs, roles and prepositions glossed, names
    in Cyrillic in Latin letters, other Russian words dropped."""
    words, after_leaving, role_of, object_name, spelled, cyrillic = _patterns()
    text = words.sub(lambda m: f" {RUSSIAN[' '.join(m.group(0).lower().split())]} ", text)
    text = " ".join(text.translate(_PUNCT).split())
    text = after_leaving.sub(lambda m: f"{m.group(1)} {m.group(2)} {_TO[m.group(1)]} ", text)
    text = role_of.sub(_role_of, text)
    text = object_name.sub(_object_name, text)
    text = _DASH_RE.sub(" is the ", text)
    if "(" in text:
        text = spelled.sub(r"\1", text)
    text = cyrillic.sub(_word, text)
    return " ".join(text.replace(" ,", ",").split())


_TO = {"leaves": "for", "will leave": "for", "moves from": "to"}
