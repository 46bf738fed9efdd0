"""Moves told in other languages (jobs/language/gloss.py) and Chinese names written family name
first (jobs/language/chinese_names.py). Worded apart from the labelled sets: other people,
labs and phrasings, and near misses that must stay no moves."""

from __future__ import annotations

import pytest

from jobs.language.chinese_names import given_name_first
from jobs.language.classify import classify
from jobs.language.gloss import english, gloss_chinese
from jobs.stories.scoring import same_person
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # a Latin-script name inside Chinese text, labs written in Chinese
            "腾讯挖角字节跳动研究员Kira Novak擔任首席科学家",
            ("Kira Novak", "join", "ByteDance", "Tencent"),
        ),
        ("前微软工程师Tomas Berg加盟月之暗面", ("Tomas Berg", "join", "Microsoft", "Moonshot AI")),
        (  # traditional characters, two clauses after a comma
            "Priya Nair離開蘋果，加入深度求索",
            ("Priya Nair", "join", "Apple", "DeepSeek"),
        ),
        ("阿里巴巴研究員Lena Ortiz離職創業", ("Lena Ortiz", "leave", "Alibaba", None)),
        (  # a name, a colon, then what the person does
            "Lena Ortiz：离开谷歌，加入Anthropic",
            ("Lena Ortiz", "join", "Google DeepMind", "Anthropic"),
        ),
        ("Tomas Berg回归OpenAI", ("Tomas Berg", "return", None, "OpenAI")),
        ("Kira Novak出任Mistral首席技术官", ("Kira Novak", "appointed", None, "Mistral AI")),
        ("Meta研究员Lena Ortiz跳槽至腾讯", ("Lena Ortiz", "join", "Meta", "Tencent")),
        (  # the passive: the agent between 被 and the verb hires
            "OpenAI研究员Kira Novak被Meta挖走",
            ("Kira Novak", "join", "OpenAI", "Meta"),
        ),
        ("Kira Novak投入谷歌怀抱", ("Kira Novak", "join", None, "Google DeepMind")),
        ("Kira Novak接任Mistral CEO", ("Kira Novak", "appointed", None, "Mistral AI")),
        ("Kira Novak回巢OpenAI", ("Kira Novak", "return", None, "OpenAI")),
    ],
)
def test_chinese_headlines(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "百度否认Tomas Berg离职传闻",  # a denied rumour
        "Kira Novak创办的公司获得融资",  # 'the company she founded raises money'
        "离职的谷歌研究员Kira Novak谈大模型",  # 'Kira Novak, who left Google, on LLMs'
        "微软加入OpenAI合作",  # a lab joining a partnership
        "Kira Novak是否会离开腾讯？",  # a question
        "OpenAI首席执行官谈人工智能的未来",  # no move verb
        "Kira Novak或加入Meta",  # 'may join'
        "Microsoft考虑挖角OpenAI研究员",  # 'considering poaching'
    ],
)
def test_chinese_near_misses_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


def test_chinese_summary_names_the_mover() -> None:
    analysis = classify(
        "谷歌资深研究员离职创业",
        "在博客中，Lena Ortiz宣布离开谷歌，联合创办一家名为 Kestrel AI 的公司。",
        WATCH,
    )
    assert analysis.event is not None
    assert analysis.event.person == "Lena Ortiz"
    assert analysis.event.from_lab == "Google DeepMind"


def test_chinese_gloss_keeps_latin_names_apart() -> None:
    assert gloss_chinese("谷歌大模型研究科学家Kira Novak离职") == (
        "Google research scientist Kira Novak leaves"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # the verb after its object, the possessive の before a role
            "Googleの研究者Kira NovakがAnthropicに移籍",
            ("Kira Novak", "join", "Google DeepMind", "Anthropic"),
        ),
        ("Kira NovakがOpenAIを退社", ("Kira Novak", "leave", "OpenAI", None)),
        ("Kira NovakがGoogle DeepMindに復帰", ("Kira Novak", "return", None, "Google DeepMind")),
        # Japanese marks no number: the gloss reads 研究者 as one researcher, and a lab poaching
        # one unnamed researcher is a join (sets D and F: "Meta Poaches OpenAI Scientist")
        ("メタがOpenAIから研究者を引き抜き", (None, "join", "OpenAI", "Meta")),
    ],
)
def test_japanese_headlines(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    ["OpenAIがGPT-5を発表", "マイクロソフトがOpenAIとの提携を強化", "AppleがOpenAIに出資"],
)
def test_japanese_near_misses_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Spanish
        ("Lucía Romero deja Cohere y se une a xAI", ("Lucía Romero", "join", "Cohere", "xAI")),
        (
            "Cohere contrata a Lucía Romero, investigadora de Mistral",
            ("Lucía Romero", "join", None, "Cohere"),
        ),
        (  # 'la directora de Nvidia': the company said before the role, as English does
            "Mistral contrata a la directora de Nvidia como jefa de robótica",
            (None, "join", "Nvidia", "Mistral AI"),
        ),
        # Portuguese
        (
            "xAI anuncia Ana Souza, ex-Meta, como CTO",  # 'ex-Meta': an outside hire, a join
            ("Ana Souza", "join", "Meta", "xAI"),
        ),
        (  # a nationality after the noun is neither a name nor the subject's head
            "Executiva portuguesa se junta à Cohere após saída da Meta",
            (None, "join", "Meta", "Cohere"),
        ),
        ("Ana Souza deixa a OpenAI", ("Ana Souza", "leave", "OpenAI", None)),
        # Italian: 'da' after a full name is 'from', 'nuovo' before a role an appointment
        (
            "Nvidia recluta Marco Bellini da Google per il suo laboratorio",
            ("Marco Bellini", "join", "Google DeepMind", "Nvidia"),
        ),
        ("Marco Bellini lascia Anthropic", ("Marco Bellini", "leave", "Anthropic", None)),
        (
            "Marco Bellini nuovo vicepresidente di Cohere",
            ("Marco Bellini", "appointed", None, "Cohere"),
        ),
        # Indonesian, French, German
        (
            "Mistral AI Merekrut Peneliti Google Budi Santoso",
            ("Budi Santoso", "join", "Google DeepMind", "Mistral AI"),
        ),
        ("Budi Santoso bergabung dengan Anthropic", ("Budi Santoso", "join", None, "Anthropic")),
        ("Claire Dubois rejoint Mistral AI", ("Claire Dubois", "join", None, "Mistral AI")),
        (
            "Kira Novak wechselt von Google zu Anthropic",
            ("Kira Novak", "join", "Google DeepMind", "Anthropic"),
        ),
        ("Lucía Romero ficha por Anthropic", ("Lucía Romero", "join", None, "Anthropic")),
        (
            "Lucía Romero asume como CEO de Cohere",
            ("Lucía Romero", "appointed", None, "Cohere"),
        ),
        ("Ana Souza troca a OpenAI pela Meta", ("Ana Souza", "join", "OpenAI", "Meta")),
        (
            "Claire Dubois quitte Meta pour Mistral AI",
            ("Claire Dubois", "join", "Meta", "Mistral AI"),
        ),
        (
            "Kira Novak wird neuer CTO bei Cohere",
            ("Kira Novak", "appointed", None, "Cohere"),
        ),
        (  # 'ex-' before a role, 'rumo à' a destination
            "Ana Souza, ex-executiva do Google, deixa a Cohere rumo à Meta",
            ("Ana Souza", "join", "Cohere", "Meta"),
        ),
        ("Ana Souza foi demitida pela OpenAI", ("Ana Souza", "fired", "OpenAI", None)),
        (  # 'the new CEO of Cohere' keeps its order: a post taken
            "Lucía Romero es la nueva CEO de Cohere",
            ("Lucía Romero", "appointed", None, "Cohere"),
        ),
        ("Ana Souza agora é a nova CTO da Cohere", ("Ana Souza", "appointed", None, "Cohere")),
        (
            "Marco Bellini passa da Google a Meta",
            ("Marco Bellini", "join", "Google DeepMind", "Meta"),
        ),
        ("Anthropic licenzia Marco Bellini", ("Marco Bellini", "fired", "Anthropic", None)),
        (
            "Claire Dubois est limogée par Mistral AI",
            ("Claire Dubois", "fired", "Mistral AI", None),
        ),
        (  # an adverb between the subject and the verb
            "Budi Santoso resmi bergabung dengan Google",
            ("Budi Santoso", "join", None, "Google DeepMind"),
        ),
        ("Budi Santoso direkrut oleh Meta", ("Budi Santoso", "join", None, "Meta")),
        (  # a particle after a given name alone stays in the name
            "Nando de Freitas deixa o Google DeepMind",
            ("Nando de Freitas", "leave", "Google DeepMind", None),
        ),
    ],
)
def test_romance_indonesian_german_headlines(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "xAI anuncia nuevo modelo Grok",  # a product
        "OpenAI anuncia GPT-6 e novo escritório em São Paulo",
        "Meta lascia il mercato europeo",  # a lab leaving a market
        "La nuova Ferrari lascia tutti senza parole",
        "Novo Nordisk hires Lena Ortiz from Pfizer",  # 'Novo' is no Portuguese here
        "Lester Holt leaves NBC",  # 'Holt' is no German verb
        "Das wird teuer für OpenAI",  # 'wird' with no role after it
        "O que é a OpenAI e por que ela é importante",
        "Meta licenzia il 5% dei dipendenti",  # a layoff share, nobody named
        "Don't assume Anthropic will win the race",  # 'assume' is Italian only beside Italian
    ],
)
def test_foreign_near_misses_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


def test_english_text_is_not_glossed() -> None:
    text = "Nando de Freitas leaves Google DeepMind for Microsoft"
    assert english(text, text.lower().split()) is None


@pytest.mark.parametrize(
    ("written", "reported"),
    [
        ("Tian Yuandong", "Yuandong Tian"),
        ("Zhao Shengjia", "Shengjia Zhao"),
        ("Li Fei-Fei", "Fei-Fei Li"),
        ("Yuandong Tian", "Yuandong Tian"),  # already given name first
        ("Yang Song", "Yang Song"),  # both words family names: left as written
        ("Yi Tay", "Yi Tay"),  # not pinyin
        ("Yan LeCun", "Yan LeCun"),  # a capital inside: no pinyin given name
        ("Ma Kowalski", "Ma Kowalski"),
    ],
)
def test_chinese_family_name_first(written: str, reported: str) -> None:
    assert given_name_first(written) == reported


def test_both_orders_report_one_person() -> None:
    first = classify("Meta researcher Tian Yuandong leaves for Mistral", "", WATCH).event
    second = classify("Yuandong Tian joins Mistral AI from Meta", "", WATCH).event
    assert first is not None and second is not None
    assert first.person == second.person == "Yuandong Tian"
    # a name that cannot be turned round with confidence is still one story's person
    assert same_person("Song Yang", "Yang Song")
