"""Moves told in other languages, second pass (jobs/language/gloss.py, hangul_names.py):
Indonesian verbs of joining, leaving, resigning, appointing, hiring, firing and returning, and
its post before the company ("CEO Scale AI"); Portuguese and Spanish verbs of moving ("migra
para", "se transfere para", "se marcha a", "firma por", "abandona a") and a name set between
commas after its post ("Cofundador da X, Y, ..."); Korean names written in Hangul before their
post ("X CTO, 네이버 떠난다"), a post ending the subject before the lab joined with no particle
("前 메타 CTO 카카오 합류"), a post glued to its particle ("CTO가"), a relative clause of
hiring ("네이버가 모셔온 X") and the verb form in it that is no name. Worded apart from the
labelled sets, each with near misses that stay no moves or keep no name."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # joining, the informal 'gabung'
            "Rina Wijaya gabung ke Anthropic",
            ("Rina Wijaya", "join", None, "Anthropic"),
        ),
        (  # leaving, the headline's 'tinggalkan'
            "Budi Santoso tinggalkan Meta",
            ("Budi Santoso", "leave", "Meta", None),
        ),
        (  # leaving, 'keluar dari'
            "Budi Santoso keluar dari xAI",
            ("Budi Santoso", "leave", "xAI", None),
        ),
        (  # a post before its lab, no particle: OpenAI's head of research resigns
            "Kepala riset OpenAI mengundurkan diri",
            (None, "leave", "OpenAI", None),
        ),
        (  # a holder after the post keeps the English order
            "CTO Cohere Dewi Lestari mundur",
            ("Dewi Lestari", "leave", "Cohere", None),
        ),
        (  # a lab hiring a rival's executive, the informal 'rekrut'
            "Meta rekrut eksekutif AI Apple di tengah perlambatan perekrutan",
            (None, "join", "Apple", "Meta"),
        ),
        (  # a former researcher joins a rival
            "Mantan peneliti Google bergabung dengan Mistral AI",
            (None, "join", "Google DeepMind", "Mistral AI"),
        ),
        (  # appointed ('diangkat menjadi') to a lab's post named before it
            "Dewi Lestari diangkat menjadi CEO Mistral AI",
            ("Dewi Lestari", "appointed", None, "Mistral AI"),
        ),
        (  # returning
            "Eko Saputra kembali ke OpenAI",
            ("Eko Saputra", "return", None, "OpenAI"),
        ),
        (  # Portuguese: 'migra para', the name between commas after its post
            "Pesquisadora do Google, Ana Souza, migra para a OpenAI",
            ("Ana Souza", "join", "Google DeepMind", "OpenAI"),
        ),
        (  # Portuguese: 'migrou para'
            "Ana Souza migrou para a Anthropic",
            ("Ana Souza", "join", None, "Anthropic"),
        ),
        (  # Portuguese: 'se transfere para'
            "Ana Souza se transfere para a Cohere",
            ("Ana Souza", "join", None, "Cohere"),
        ),
        (  # Portuguese 'abandona a': the article, not Spanish 'a' (to)
            "Ana Souza abandona a OpenAI",
            ("Ana Souza", "leave", "OpenAI", None),
        ),
        (  # Spanish: 'se marcha a'
            "Carlos Ruiz se marcha a Google DeepMind",
            ("Carlos Ruiz", "join", None, "Google DeepMind"),
        ),
        (  # Spanish: 'firma por', as a signing ('firma' alone is also German for a firm)
            "El investigador Carlos Ruiz firma por Mistral AI",
            ("Carlos Ruiz", "join", None, "Mistral AI"),
        ),
        (  # Spanish: the post's name between commas, 'se une a' after 'cofundador'
            "El cofundador de Cohere, Carlos Ruiz, se une a Meta",
            ("Carlos Ruiz", "join", "Cohere", "Meta"),
        ),
    ],
)
def test_moves_in_indonesian_portuguese_and_spanish(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Mantan CEO OpenAI berbicara tentang keselamatan AI",  # a former CEO speaks
        "Meta membuka lowongan untuk peneliti AI",  # a job opening
        "Apple keluar dari pasar China",  # a company leaves a market
        "Peluncuran GPT-5 OpenAI mundur ke tahun depan",  # 'mundur', a launch put back
        "Isu keamanan AI diangkat dalam rapat Google",  # 'diangkat', an issue raised
        "Empresa migra para a nuvem do Google",  # a company moves to a cloud
        "A OpenAI migra seus modelos para a Azure",  # models moved
        "La firma de abogados de OpenAI presenta una demanda",  # 'firma', a firm
        "Cofundador da OpenAI, John Schulman, fala sobre segurança",  # speaks about safety
    ],
)
def test_near_misses_stay_no_moves(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # a name in Hangul before an acronym post, the lab after the comma
            "박지현 CTO, 카카오 떠난다",
            ("Park Ji-hyun", "leave", "Kakao", None),
        ),
        (  # before a post glossed from Hangul (대표, CEO)
            "최준호 대표, 네이버 떠나",
            ("Choi Joon-ho", "leave", "Naver", None),
        ),
        (  # before the comma, a person with their post joins the lab after it
            "최준호 연구소장, 오픈AI 합류",
            ("Choi Joon-ho", "join", None, "OpenAI"),
        ),
        (  # no comma, no particle: the post ends the subject, the lab after it is joined
            "최준호 前 메타 CTO 카카오 합류",
            ("Choi Joon-ho", "join", "Meta", "Kakao"),
        ),
        (  # a role alone as the subject, the lab joined after it
            "메타 연구원 네이버 합류",
            (None, "join", "Meta", "Naver"),
        ),
        (  # leaving one lab for another, the name and its post first
            "최준호 CTO 카카오 떠나 앤트로픽으로",
            ("Choi Joon-ho", "join", "Kakao", "Anthropic"),
        ),
    ],
)
def test_a_korean_name_before_its_post_is_the_mover(title: str, expected: Move) -> None:
    assert event_of(title) == expected


def test_a_post_glued_to_its_particle_keeps_the_name_beside_it() -> None:
    # 'CTO가': the summary's name before a post with its particle is the mover
    person, action, origin, _ = event_of("카카오 CTO 사임", "이수진 카카오 CTO가 사임했다.")
    assert (person, action, origin) == ("Lee Soo-jin", "leave", "Kakao")


def test_a_relative_clause_of_hiring_is_no_name_and_names_the_lab() -> None:
    # "네이버가 모셔온" (whom Naver brought in): the verb form is no name; the summary's
    # hire's relative clause leaves the mover, written in Hangul, as the person
    person, action, _, _ = event_of(
        "네이버가 공들여 모셔온 구글 출신 AI연구소장 1년만에 퇴사",
        "네이버가 지난해 영입한 한지훈 AI연구소장이 1년 만에 퇴사했다.",
    )
    assert (person, action) == ("Han Ji-hoon", "leave")


def test_a_verb_form_beside_a_post_stays_unnamed() -> None:
    person, action, _, _ = event_of("카카오가 모셔온 메타 출신 AI 수장 퇴사")
    assert (person, action) == (None, "leave")


@pytest.mark.parametrize(
    "title",
    [
        "박지현 CTO, 카카오 잔류",  # stays
        "박지현 CTO, 네이버 AI 전략 발표",  # announces a strategy
        "카카오 CTO, 오픈AI와 협력",  # works with a lab
        "카카오 CTO 오픈AI 방문",  # visits a lab
    ],
)
def test_korean_near_misses_stay_no_moves(title: str) -> None:
    no_move(title)
