"""Moves told in Korean, Chinese, German, French, Spanish, Italian and Icelandic with words and word orders the gloss
(jobs/language/gloss.py) did not read: a Korean verb closing a phrase that ends in a post (its
subject, not what is left), a subject before the ellipsis of a Korean headline, a lab quoted
inside its maker's name, a foreign name spelled in Hangul and then in Latin letters,
universities in Hangul, hiring drives ("영입 나선다"); German plural "gehen" (and its infinitive
after a modal), French "sur le départ", Spanish "capta a", Italian "nomina" with a typographic
apostrophe, Chinese 接管 after 換帥, Icelandic "flytur til". Worded apart from the labelled sets, each with near misses that stay no moves."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # Korean: the phrase before 퇴사 ends in a post, so it is who leaves
            "'한국형 LLM 주역' 박서준 네이버 연구소장 퇴사…\"새 길 찾겠다\"",
            ("Park Seo-joon", "leave", "Naver", None),
        ),
        (  # Korean: the post's holder before the ellipsis, the verb after it
            "메타 AI 연구 총괄…오픈AI 합류",
            (None, "join", "Meta", "OpenAI"),
        ),
        (  # Korean: the lab quoted after its maker's name
            "엔비디아 수석 과학자, 구글 '딥마인드'로 이직",
            (None, "join", "Nvidia", "Google DeepMind"),
        ),
        (  # Korean: a university in Hangul, after an ellipsis typed as dots
            "최민수 부사장...네이버 떠나 스탠퍼드대학 복귀",
            ("Choi Min-soo", "return", "Naver", "Stanford University"),
        ),
        (  # Korean: a foreign name in Hangul, then in its own letters
            "카카오 수석 연구원 '레이철 김(Rachel Kim)', 앤트로픽 합류",
            ("Rachel Kim", "join", "Kakao", "Anthropic"),
        ),
        (  # Spanish: 'capta a', a lab drawing people away from another
            "xAI capta a dos ingenieros clave de Tesla",
            (None, "poach", "Tesla", "xAI"),
        ),
        (  # German: a plural subject and the plural 'gehen' closing the clause
            "Krise bei Aleph Alpha: Drei Gründer gehen",
            (None, "leave", "Aleph Alpha", None),
        ),
        (  # French: founders "on the way out"
            "Deux cofondateurs sur le départ chez Mistral AI",
            (None, "leave", "Mistral AI", None),
        ),
        (  # Chinese: a change of leader, and the new one taking over (接管)
            "「Mistral AI換帥」Lucie Martin正式接管,研发路线不变",
            ("Lucie Martin", "appointed", None, "Mistral AI"),
        ),
        (  # Icelandic: 'flytur til', moves to, the mover named in the lede
            "Yfirmaður hjá Meta flytur til OpenAI",
            ("Ari Jónsson", "join", "Meta", "OpenAI"),
        ),
        (  # Italian: 'nomina' as the lab's verb, an elision with a typographic apostrophe
            "Anthropic nomina l’ex ricercatore di Meta Luca Bianchi responsabile della sicurezza",
            ("Luca Bianchi", "join", "Meta", "Anthropic"),
        ),
    ],
)
def test_moving_words_and_orders(title: str, expected: Move) -> None:
    summary = "Ari Jónsson, yfirmaður hjá Meta, flytur til OpenAI." if "Yfirmaður" in title else ""
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        # Korean: leaving a lab named bare stays a lab left, never a subject
        "박서준, 네이버 퇴사설 부인",
        # Korean: hiring drives, raced, sped up or offered for, before anyone is hired
        "엔비디아, AI 석학 영입 나선다",
        "구글, 오픈AI 인재 영입에 거액 제시",
        "삼성전자, AI 인재 영입 경쟁 가속",
        "카카오, 구글 출신 연구원 영입 나선다",
        # German: 'gehen' after a modal is the plan's infinitive, and talk of it is no move
        "Nach dem Umbau sollen viele Mitarbeiter gehen.",
        "Wie Forscher mit KI umgehen",
        # French: a departure rumoured and denied, and the founders merely named
        "Les fondateurs de Mistral AI démentent tout départ",
        # Chinese: a lab taking over something, and a rumoured change of leader denied
        "微软接管OpenAI的算力集群",
        "传闻谷歌换帅,Sundar Pichai否认",
        # Icelandic: moving to a city is no move
        "Yfirmaður Meta flytur til London",
        # Spanish: 'capta' with no person after it catches attention, not people
        "El laboratorio de Mistral AI capta la atención de los inversores",
        # Italian: the noun 'nomina' (an appointment debated), with no one named to a post
        "La nomina del nuovo governo divide l’opinione pubblica",
    ],
)
def test_near_misses_stay_no_moves(title: str) -> None:
    no_move(title)
