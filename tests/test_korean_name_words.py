"""Words in Hangul that jobs/language/hangul_names.py must not read as names though they open
with a family name's syllable: a noun and its subject particle (이 after a final consonant),
a rumour (설) or a verb's ending (다, 할, 된, 던, 었 ...), and common nouns of three syllables
(최- 'most', 유력- 'tipped'); and names whose syllables the press spells otherwise than the
table did (윤 Yoon, 희 Hee). Worded apart from the labelled sets, with real names that must
still be read, those opening with 최, 유, 이 and 윤 among them."""

from __future__ import annotations

import pytest

from jobs.language.hangul_names import is_name, korean_names, romanised_korean
from tests.test_real_shapes import event_of


@pytest.mark.parametrize(
    "word",
    [
        "최연소",  # the youngest
        "최정예",  # the elite
        "최고령",  # the oldest
        "유력설",  # a rumour of being tipped
        "유력한",  # tipped (adjective)
        "인물이",  # the figure + subject particle
        "임원이",  # an executive + subject particle
        "전략이",  # a strategy + subject particle
        "이었던",  # who was
        "나섰다",  # set out
        "유출된",  # leaked
        "마련할",  # will prepare
        "오른쪽",  # the right side (photo captions)
    ],
)
def test_a_word_of_the_language_is_no_name(word: str) -> None:
    assert not is_name(word)


@pytest.mark.parametrize(
    "word",
    ["최민호", "최윤희", "유진수", "유승희", "이준호", "윤지호", "윤서연", "김성은", "임다은"],
)
def test_real_names_are_still_names(word: str) -> None:
    assert is_name(word)


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("김지윤", "Kim Ji-yoon"),  # 윤 is Yoon in a given name as in the family name
        ("이윤서", "Lee Yoon-seo"),
        ("최윤희", "Choi Yoon-hee"),  # 희 is Hee
        ("유승희", "Yoo Seung-hee"),
        ("박서연", "Park Seo-yeon"),  # 연 stays Yeon
        ("윤서연", "Yoon Seo-yeon"),
        ("최수연", "Choi Soo-yeon"),
    ],
)
def test_syllables_are_spelled_as_names_are(name: str, latin: str) -> None:
    assert romanised_korean(name) == latin


@pytest.mark.parametrize(
    "text",
    ["차기 CEO 유력설", "AI 인물이 R&D head", "최연소 CEO", "CTO 최정예 executive"],
)
def test_a_word_beside_a_post_stays_in_hangul(text: str) -> None:
    assert korean_names(text) == text


def test_the_name_after_a_superlative_is_the_mover() -> None:
    # 최연소 'youngest' describes the post; the name after it is who leaves
    person, action, origin, _ = event_of(
        "'천재 개발자' 카카오 떠났다",
        "3년 전 최연소 대표로 선임돼 주목받은 박준영 카카오 대표가 회사를 떠났다.",
    )
    assert (person, action, origin) == ("Park Joon-young", "leave", "Kakao")


def test_a_role_noun_with_its_particle_stays_a_role() -> None:
    # 기업인 'businessperson' is a role: the headline's named nominee is the mover
    person, action, _, destination = event_of(
        "최민호 후보자, AI 상용화 이끈 전문가",
        "AI 상용화를 이끈 기업인이 과기정통부 장관 후보자로 지명됐다.",
    )
    assert (person, action, destination) == ("Choi Min-ho", "join", "Ministry of Science and ICT")
