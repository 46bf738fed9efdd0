"""Moves told in other languages with words and orders the gloss (jobs/language/gloss.py) did not
read: Portuguese, Spanish and French 'has just' before the verb ("acaba de contratar", "vient de
quitter", "vient d'être nommé"), the French passive ("a été recrutée"), a hyphenated
"Co-fondateur"; a lab hiring its first employee in a country, who the lede names; Vietnamese
(verbs of two syllables, subject first); Japanese leaving closing a clause before a blank and
採用 of a person named in Latin letters; Korean 퇴임/퇴진; a German compound "Google-Ingenieurin"; Polish (dołącza do, odchodzi z, wraca do,
przechodzi do, zatrudnia, rezygnuje z). Worded apart from the labelled sets,
each with near misses that stay no moves."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # Portuguese: 'acaba de contratar', has just hired
            "Anthropic acaba de contratar Marina Souza como diretora de pesquisa",
            ("Marina Souza", "join", None, "Anthropic"),
        ),
        (  # Portuguese: 'acabou de deixar', has just left, as a vice-presidente
            "Rafael Costa acabou de deixar a Cohere, onde era vice-presidente de produto",
            ("Rafael Costa", "leave", "Cohere", None),
        ),
        (  # Spanish: 'acaba de fichar a', with the former employer after the name
            "Meta acaba de fichar a Lucía Romero, ex investigadora de OpenAI",
            ("Lucía Romero", "join", "OpenAI", "Meta"),
        ),
        (  # French: 'vient de rejoindre', has just joined
            "Claire Dubois vient de rejoindre Anthropic",
            ("Claire Dubois", "join", None, "Anthropic"),
        ),
        (  # French: 'vient de quitter', has just left
            "Claire Dubois vient de quitter OpenAI",
            ("Claire Dubois", "leave", "OpenAI", None),
        ),
        (  # French: 'vient d'être nommé', has just been named
            "Pierre Martin vient d’être nommé directeur scientifique de Mistral AI",
            ("Pierre Martin", "appointed", None, "Mistral AI"),
        ),
        (  # French: a title-cased 'Co-fondateur De', the lab whose co-founder
            "Le Co-fondateur De Hugging Face Rejoint Meta",
            (None, "join", "Hugging Face", "Meta"),
        ),
        (  # Vietnamese: leaves (rời) to join (để gia nhập)
            "Andrej Karpathy rời OpenAI để gia nhập Anthropic",
            ("Andrej Karpathy", "join", "OpenAI", "Anthropic"),
        ),
        (  # Vietnamese: resigns (từ chức) as a lab's post
            "Mira Murati từ chức giám đốc công nghệ OpenAI",
            ("Mira Murati", "leave", "OpenAI", None),
        ),
        (  # Vietnamese: returns (trở lại)
            "Sam Altman trở lại OpenAI",
            ("Sam Altman", "return", None, "OpenAI"),
        ),
        (  # Vietnamese: a former director goes to work for (đầu quân cho) a lab
            "Cựu giám đốc Google Trần Minh Quân đầu quân cho xAI",
            ("Trần Minh Quân", "join", "Google DeepMind", "xAI"),
        ),
        (  # Japanese: leaving closes its clause before a blank
            "アンソロピック研究責任者が退社 相次ぐ人材流出",
            (None, "leave", "Anthropic", None),
        ),
        (  # Japanese: 採用 of a person named in Latin letters, after the lab's own former post
            "マイクロソフトがGoogleの元研究者Sarah Lindqvistを採用",
            ("Sarah Lindqvist", "join", "Google DeepMind", "Microsoft"),
        ),
        (  # Korean: 퇴임, steps down from office
            "카카오 AI 연구소장 박민호 퇴임",
            ("Park Min-ho", "leave", "Kakao", None),
        ),
        (  # Korean: 퇴진, steps down
            "네이버 클로바 총괄 최지훈 퇴진",
            ("Choi Ji-hoon", "leave", "Naver", None),
        ),
        (  # German: an engineer by a compound of her lab ("Google-Ingenieurin")
            "Google-Ingenieurin Lena Vogt wechselt zu Anthropic",
            ("Lena Vogt", "join", "Google DeepMind", "Anthropic"),
        ),
        (  # Polish: 'odchodzi z', leaves
            "Tomasz Wrona odchodzi z OpenAI",
            ("Tomasz Wrona", "leave", "OpenAI", None),
        ),
        (  # Polish: 'dołącza do', joins
            "Jakub Pachocki dołącza do Anthropic",
            ("Jakub Pachocki", "join", None, "Anthropic"),
        ),
        (  # Polish: 'wraca do', returns to
            "Marek Nowak wraca do Google DeepMind",
            ("Marek Nowak", "return", None, "Google DeepMind"),
        ),
        (  # Polish: 'przechodzi do', moves to
            "Anna Kowalska przechodzi do xAI",
            ("Anna Kowalska", "join", None, "xAI"),
        ),
        (  # Polish: a co-founder leaves 'the company' (firmy), the lab named before
            "Współzałożyciel OpenAI Wojciech Zaremba odchodzi z firmy",
            ("Wojciech Zaremba", "leave", "OpenAI", None),
        ),
        (  # Polish: 'zatrudnia', hires, a former researcher in the genitive
            "Meta zatrudnia byłego badacza OpenAI",
            (None, "join", "OpenAI", "Meta"),
        ),
    ],
)
def test_moves_told_in_other_languages(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # Portuguese: the first employee hired, named in the lede
            "Anthropic contrata primeiro funcionário no Brasil",
            "O executivo Paulo Mendes se apresentou como o primeiro funcionário da Anthropic.",
            ("Paulo Mendes", "join", None, "Anthropic"),
        ),
        (  # Spanish: the first employee hired, named in the lede
            "Anthropic contrata a su primer empleado en México",
            "El ejecutivo Diego Herrera se presentó como el primer empleado de Anthropic.",
            ("Diego Herrera", "join", None, "Anthropic"),
        ),
    ],
)
def test_first_employee_named_in_the_lede(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        # 'has just' before a launch, a raise, a release or an announcement of a product
        "OpenAI acaba de lançar um novo modelo de linguagem",
        "Google acaba de anunciar o Gemini 3",
        "Mistral AI vient de lever 600 millions d’euros",
        "Le nouveau modèle de Mistral AI vient de sortir",
        # a first employee looked for, not hired
        "Anthropic abre escritório e busca primeiro funcionário no Brasil",
        # Vietnamese: a launch, a country joining a treaty, an acquisition, a denied rumour
        "OpenAI ra mắt mô hình mới GPT-5",
        "Việt Nam gia nhập hiệp định thương mại",
        "Google mua lại công ty khởi nghiệp AI",
        "Sam Altman phủ nhận tin đồn rời OpenAI",
        # Japanese: 採用 of a model or a policy, and leaving only possible
        "オープンAI、新モデルを採用 企業向けに",
        "Metaが新方針を採用 研究部門を再編",
        "退社の可能性 オープンAI幹部",
        # Korean: a year after stepping down, a ceremony, a farewell speech
        "박민호 퇴임 1년…카카오 AI는 어디로",
        "박민호 퇴임식 열려",
        "박민호 퇴임사 전문",
        # Polish: a country joining an initiative, a lab back in the game, a pace slowed, a
        # departure asked about
        "Polska dołącza do europejskiej inicjatywy AI",
        "OpenAI wraca do gry z nowym modelem",
        "Google zwalnia tempo prac nad Gemini",
        "Czy Sam Altman odejdzie z OpenAI?",
    ],
)
def test_near_misses_stay_no_moves(title: str) -> None:
    no_move(title)


def test_vietnamese_one_replaced_is_not_who_leaves() -> None:
    """'thay thế ông X đã rời vai trò này' (replacing X, who left the role): the leaving is X's;
    the new adviser named in a government post moves from no lab."""
    no_move(
        "Cựu lãnh đạo Anthropic làm cố vấn AI cho Thủ tướng Pháp",
        "Bà Trần Lan, từng giữ vị trí lãnh đạo về chính sách tại Anthropic, vừa được bổ nhiệm"
        " làm cố vấn AI cho Thủ tướng Pháp Michel Barnier, thay thế ông Lê Minh Đức đã rời"
        " vai trò này cách đây không lâu.",
    )
