"""Names written in Hangul, found where a Korean headline puts a mover and written in Latin
letters family name first, as Korean media in English write them ("이상호" → "Lee Sang-ho").

Korean headlines name a mover right before a post ("이상호 前 SKT CTO", "이홍락 부사장",
"배경훈 후보자", "'하정우' 수석") or right after one ("AI 수석 하정우"); jobs/language/gloss.py
glosses the posts into English first, then asks `korean_names` to write the names beside them
in Latin letters. A word is taken for a name only when it is one: a common family name (the
list below, compound ones too: 남궁, 선우) and one or two syllables more, none of them one a
given name never has (the syllables of loanwords, 마케팅 'marketing'; the ends of words for
groups and posts, 경영진 'management', 지사장 'branch head'), and no word of the list below
(전문가 'expert', 이사회 'board'). Anything else stays as before: an unnamed person.

`romanised_korean` writes the family name the way its bearers and the press spell it (이 Lee,
박 Park, 정 Jung) and the given name syllable by syllable, hyphenated, in the spelling usual in
names (정우 Jung-woo, 경훈 Kyung-hoon: ㅓ before a final consonant 'u', ㅜ 'oo'); a spelling in
Latin letters of the same name in the text itself ("Honglak Lee") is preferred, and so is the
press's spelling of the few people known by another (PRESS_NAMES). Nothing here is imported
by a text without Hangul.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobs.language.lexicon import word_set

# Family names and the spelling their bearers use in English.
FAMILY = {
    "이": "Lee", "김": "Kim", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
    "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
    "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "전": "Jeon",
    "홍": "Hong", "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek",
    "허": "Heo", "유": "Yoo", "남": "Nam", "심": "Shim", "노": "Noh", "하": "Ha", "곽": "Kwak",
    "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min", "나": "Na",
    "진": "Jin", "지": "Ji", "엄": "Um", "채": "Chae", "원": "Won", "천": "Chun", "방": "Bang",
    "공": "Kong", "현": "Hyun", "함": "Ham", "변": "Byun", "염": "Yeom", "여": "Yeo", "추": "Choo",
    "도": "Do", "소": "So", "석": "Seok", "선": "Sun", "설": "Seol", "마": "Ma", "길": "Gil",
    "연": "Yeon", "위": "Wi", "표": "Pyo", "명": "Myung", "기": "Ki", "반": "Ban", "왕": "Wang",
    "금": "Keum", "옥": "Ok", "육": "Yook", "인": "In", "맹": "Maeng", "제": "Je", "모": "Mo",
    "탁": "Tak", "국": "Kook", "어": "Eo", "은": "Eun", "편": "Pyun", "용": "Yong",
    "남궁": "Namgoong", "선우": "Sunwoo", "황보": "Hwangbo", "제갈": "Jegal", "독고": "Dokgo",
}  # fmt: skip
# People the English press names otherwise than by the usual spelling of their syllables.
PRESS_NAMES = {"이홍락": "Honglak Lee", "조경현": "Kyunghyun Cho"}
# Words that open with a family name's syllable and are no names.
WORDS = word_set(
    """전문가 전문직 이사회 이사장 한국형 한국인 연구진 경영진 임원진 기술진 개발진 신사업 전략가
    고문단 조직장 대통령 정치인 기업인 민간인 유명인 구성원 정책관 조정관 이용자 기술자 후보자
    전임자 후임자 신입생 정보원 공동체 안정성 이번엔 주요국 인재상 지사장 부문장 본부장 사업부
    정신과 진행자 관계자 책임자 대표직 사장직 원장직 장관직 연구원 연구소 이른바
    최연소 최고령 최측근 최정예 최우선 최일선 최전선 최전방 최첨단 최상위 최하위 최고위
    최상급 최고급 최대어 최종안 유력자 유력시 유력한 유망주 유학파 유튜버 권위자 반도체
    위원회 차세대 지난해 주도한 배치한 신설한 임명안 임명식"""
)
# Syllables no given name has: loanwords' (마케팅, 서비스) and the ends of words for groups,
# posts, places and times.
NOT_IN_GIVEN = frozenset(
    "스즈크트드프브그르츠쯔팅션셜쉬케테페베레메네링닝킹밍핑빙닉틱픽릭잉콘톤폰론존"
    "들님측팀실처급관단직장청국부층권계별간내외중등및"
    # and of verbs and abstract nouns (이끌던 'who led', 선임될 'to be named', 기대감 'hopes';
    # 마련할 'will prepare', 유출된 'leaked', 선임돼 'named', 이었던 'who was', 나섰다 'set
    # out'; 윤리적 'ethical', 오른쪽 'right side'; 모셔온 'brought in', an honorific verb's,
    # 모셨다, 데려왔다 'brought over', 이뤄낸 'achieved')
    "끌될감할된돼던았었섰였겠갔랐적쪽셔셨왔뤄줘"
)
# Particles, which end no given name ("김구가" is a name and its particle, not a name), and
# the endings of other words: 설 'rumour' (유력설 'rumour of being tipped', 사임설), 다 a
# verb's (나선다 'sets out', 이유다 'is the reason').
NOT_LAST = frozenset("는를을에로의와과가만설다")
_FAMILY_ALTERNATIVES = "|".join(sorted(FAMILY, key=len, reverse=True))
# A family name and one or two syllables, standing alone (a particle after it is not taken in:
# the syllable after the name is no Hangul).
NAME_RE = re.compile(
    rf"(?<![\uac00-\ud7a3])(?P<name>(?:{_FAMILY_ALTERNATIVES})[\uac00-\ud7a3]{{1,2}})"
    r"(?![\uac00-\ud7a3])"
)
# Posts a Korean headline puts beside a mover's name, in Hangul (those gloss.py does not
# gloss) or glossed into English.
_POSTS_KO = (
    "후보자|내정자|장관|차관|교수|박사|회장|부회장|의장|이사|실장|단장|국장|소장|원장|위원장|"
    "비서관|수석|고문|씨|대표|사장|부사장|전무|상무|센터장|본부장|연구원장"
)
_POSTS_EN = (
    "vice president|president|executive|head|chief|CEO|CTO|CPO|CFO|COO|CSO|CMO|CAIO|"
    "researcher|scientist|engineer|co-founder|founder|minister"
)
# After the name: a quote mark, at most three words (前/전 'former', a lab, a unit) and a post;
# no word with a quote mark between ("'이재용 1호 인재' X 사장": a name inside a quotation holds
# no post outside it). A post glossed into English may keep its particle glued ("CTO가",
# "CTO겸" 'and also'): no Latin letter after it.
# A public body gloss.py glosses into several English words ("과기부" → "Ministry of Science
# and ICT") may stand right after the name, its post after it: "X 과기부 장관" is a name
# before its post (not so a name words before it: "Y 대통령이 23일 X를 과기부 장관 후보자로").
_BODY = r"(?:(?:Ministry of Science and ICT|Office of the President of South Korea)\s+)?"
_SKIPPED = r"['\"]?\s*" + _BODY + r"(?:(?!후임|전임|정부)[^\s,|·:;'\"]+\s+){0,3}?(?:"
_AFTER_RE = re.compile(
    f"{_SKIPPED}{_POSTS_KO})(?![\uac00-\ud7a3])"
    f"|{_SKIPPED}{_POSTS_EN})(?![A-Za-z])"
    r"|\s*(?:前|전)\s",
    re.IGNORECASE,  # a headline in capitals is lowered before the gloss ("cto")
)
# Before the name: a post (and a quote mark), or a post with its particle ("연구원장에 X").
_BEFORE_RE = re.compile(
    r"(?:(?:" + _POSTS_EN + r")|(?:" + _POSTS_KO + r"))\s*(?:에|으로|로)?\s*['\"]?\s*$",
    re.IGNORECASE,
)


# Korean-born people raised abroad, and foreigners, go by a Western given name that Korean
# outlets write in Hangul before the family name ("다니엘 리", "세바스찬 승"); the press writes
# them given name first ("Daniel Lee"). Only given names of this list are read so: a word of
# the language before a family name is no such name.
FOREIGN_GIVEN = {
    "다니엘": "Daniel", "세바스찬": "Sebastian", "세바스티안": "Sebastian", "마이클": "Michael",
    "데이비드": "David", "데이빗": "David", "제임스": "James", "존": "John", "피터": "Peter",
    "앤드류": "Andrew", "앤드루": "Andrew", "크리스": "Chris", "크리스토퍼": "Christopher",
    "폴": "Paul", "케빈": "Kevin", "브라이언": "Brian", "에릭": "Eric", "리처드": "Richard",
    "스티븐": "Steven", "스티브": "Steve", "토마스": "Thomas", "토머스": "Thomas",
    "조지": "George", "로버트": "Robert", "윌리엄": "William", "제이슨": "Jason",
    "저스틴": "Justin", "앤디": "Andy", "제니퍼": "Jennifer", "그레이스": "Grace",
    "레이첼": "Rachel", "조셉": "Joseph", "벤자민": "Benjamin", "조나단": "Jonathan",
    "사무엘": "Samuel", "헨리": "Henry", "매튜": "Matthew", "알렉스": "Alex", "에드워드": "Edward",
    "제프": "Jeff", "제프리": "Jeffrey", "빅터": "Victor", "레이": "Ray", "써니": "Sunny",
}  # fmt: skip
# The family name after such a given name, written as its bearers spell it abroad (리 is Lee
# as 이 is; 승 Seung, 킴 Kim).
FOREIGN_FAMILY = FAMILY | {"리": "Lee", "승": "Seung", "킴": "Kim", "팍": "Park"}
FOREIGN_NAME_RE = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<given>"
    + "|".join(sorted(FOREIGN_GIVEN, key=len, reverse=True))
    + r") (?P<family>"
    + "|".join(sorted(FOREIGN_FAMILY, key=len, reverse=True))
    + r")(?![\uac00-\ud7a3])"
)


def korean_names(text: str) -> str:
    """`text` (Korean, its posts glossed) with the names of movers in Latin letters."""
    if " " in text:
        text = FOREIGN_NAME_RE.sub(lambda m: _foreign_named(m, text), text)
    return NAME_RE.sub(lambda m: _named(m, text), text)


def _foreign_named(m: re.Match[str], text: str) -> str:
    """'다니엘 리' beside a post → 'Daniel Lee' (a spelling the text gives itself preferred)."""
    if not _beside_post(m, text):
        return m.group(0)
    name = f"{FOREIGN_GIVEN[m.group('given')]} {FOREIGN_FAMILY[m.group('family')]}"
    return latin_spelling(text, name)


def _beside_post(m: re.Match[str], text: str) -> bool:
    return bool(_AFTER_RE.match(text, m.end()) or _BEFORE_RE.search(text, 0, m.start()))


def _named(m: re.Match[str], text: str) -> str:
    name = m.group("name")
    if not is_name(name):
        return name
    if not _beside_post(m, text):
        return name
    return latin_spelling(text, romanised_korean(name))


@lru_cache(maxsize=1024)
def is_name(word: str) -> bool:
    """Whether a word of Hangul is a name: a family name and one or two syllables more, none
    a given name never has, and no word of the language."""
    if word in WORDS or word in PRESS_NAMES:
        return word in PRESS_NAMES
    split = 2 if word[:2] in FAMILY and len(word) > 2 else 1
    given = word[split:]
    return (
        1 <= len(given) <= 2
        and len(word) > 2
        and given[-1] not in NOT_LAST
        and not _subject_particle(word)
        and not any(c in NOT_IN_GIVEN for c in given)
    )


def _subject_particle(word: str) -> bool:
    """Whether a word ends in the subject particle 이 after a final consonant, as nouns take
    it (인물이 'the figure', 임원이 'an executive'); a given name ending in 이 has a vowel
    before it (김보이 stays a name)."""
    return word[-1] == "이" and _has_final(word[-2])


def _has_final(char: str) -> bool:
    index = ord(char) - 0xAC00
    return 0 <= index < 11172 and index % 28 != 0


# Hangul syllables are composed: (initial * 21 + vowel) * 28 + final, from U+AC00.
_INITIALS = ["k", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch"]
_INITIALS += ["k", "t", "p", "h"]
_VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "oo"]
_VOWELS += ["wo", "we", "wi", "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m"]
_FINALS += ["p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def _syllable(char: str) -> str:
    index = ord(char) - 0xAC00
    if not 0 <= index < 11172:
        return char
    initial, vowel, final = _INITIALS[index // 588], _VOWELS[index // 28 % 21], _FINALS[index % 28]
    if vowel in ("eo", "yeo") and final:
        vowel = vowel[:-2] + "u"  # 정 Jung, 경 Kyung, 현 Hyun (as names are spelled)
    if not initial:
        # 우 Woo, 원 Won, 의 Eui, 영 Young, 연 Yeon
        if vowel == "oo":
            vowel = "woo"
        elif vowel == "ui":
            vowel = "eui"
        elif vowel == "yu" and final == "ng":
            vowel = "you"
        elif vowel == "yu" and final == "n" and _VOWELS[index // 28 % 21] == "yeo":
            vowel = "yeo"  # 연 Yeon (Seo-yeon); 윤 stays Yoon below (Ji-yoon), as the family
        elif vowel == "yu" and final == "n":
            vowel = "yoo"  # 윤 Yoon, the spelling of the family name (FAMILY) and the press's
    elif initial == "h" and vowel == "ui" and not final:
        vowel = "ee"  # 희 Hee (Seung-hee, Je-hee), as names are spelled; 'hui' is in no name
    elif initial == "s" and vowel == "i":
        initial = "sh"  # 신 Shin, 식 Shik
    return initial + vowel + final


@lru_cache(maxsize=1024)
def romanised_korean(name: str) -> str:
    """'이상호' → 'Lee Sang-ho': the family name as its bearers spell it, the given name's
    syllables hyphenated; PRESS_NAMES' spelling for the people it lists."""
    if name in PRESS_NAMES:
        return PRESS_NAMES[name]
    split = 2 if name[:2] in FAMILY and len(name) > 2 else 1
    family, given = FAMILY.get(name[:split]), name[split:]
    if family is None or not given:
        return name
    return f"{family} {'-'.join(_syllable(c) for c in given).capitalize()}"


def latin_spelling(text: str, name: str) -> str:
    """The spelling in Latin letters of `name` that `text` gives itself ("Honglak Lee", "Lee
    Sangho"), either order, hyphens aside; else `name`."""
    want = sorted(_letters(w) for w in name.split())
    for m in re.finditer(
        r"\b[A-Z][a-z]+(?:-[A-Za-z][a-z]*)? [A-Z][a-z]+(?:-[A-Za-z][a-z]*)?\b", text
    ):
        if sorted(_letters(w) for w in m.group(0).split()) == want:
            return m.group(0)
    return name


def _letters(word: str) -> str:
    return word.replace("-", "").lower()
