"""Moves told in Chinese, German, French, Italian and Portuguese with word orders and words
the gloss (jobs/language/gloss.py) did not read: Chinese "从 A 离职" (the lab left between 从
and the verb), 成为 (becomes) a post, 低调 (quietly) after a name, a name with 的 opening a
teaser; German passives of an appointment with the verb last ("dass X als ... ernannt
wurde", "X wurde zur ... ernannt"), the active perfect ("hat X zum ... ernannt"), 'von' after
a verb of hiring; French "d'" read as the table's "de" ("la nomination d'X"), "nomme", "prend
la direction de", "de chez"; Italian "approda ad"; Portuguese "assume como". Worded apart from
the labelled sets, with near misses that stay no moves: hedges ("或将", "pourrait", "könnte",
"podría", "potrebbe"), the person's past (曾, 曾经), an appointment still to come, a hiring
verb fetching things, a name with 的 and a summary with no move."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # Chinese: the lab left stands between 从 and the verb
            "Anthropic研究员孙磊从OpenAI正式离职",
            "",
            ("Lei Sun", "leave", "OpenAI", None),
        ),
        (  # Chinese (traditional): left one lab, then joined another
            "前谷歌工程师周宁從谷歌離職後加入Anthropic",
            "",
            ("Ning Zhou", "join", "Google DeepMind", "Anthropic"),
        ),
        (  # German: the passive's auxiliary before the role, the participle last
            "Anna Berger wurde zur KI-Chefin von Mistral AI ernannt",
            "",
            ("Anna Berger", "appointed", None, "Mistral AI"),
        ),
        (  # German: the active perfect, the participle last
            "Meta hat Jonas Keller zum KI-Chef ernannt",
            "",
            ("Jonas Keller", "appointed", None, "Meta"),
        ),
        (  # German: a subordinate clause's passive, participle and auxiliaries last
            "Mistral AI ernennt neuen KI-Beauftragten",
            "Das Unternehmen teilte mit, dass Jonas Keller als neuer Chief AI Officer ernannt "
            "worden ist.",
            ("Jonas Keller", "appointed", None, "Mistral AI"),
        ),
        (  # French: "d'" before a name, the table's "de" of an appointment
            "Mistral AI confirme la nomination d'Albert Roux au poste de directeur scientifique",
            "",
            ("Albert Roux", "appointed", None, "Mistral AI"),
        ),
        (  # French: 'nomme', the lab's verb with no other move word beside it
            "Google nomme Claire Petit directrice de la recherche",
            "",
            ("Claire Petit", "appointed", None, "Google DeepMind"),
        ),
        (  # French: 'prend la direction de' alone marks the text as French
            "Claire Petit prend la direction de Google DeepMind",
            "",
            ("Claire Petit", "appointed", None, "Google DeepMind"),
        ),
        (  # French: 'de chez', where the person is poached from
            "Anthropic débauche Claire Petit de chez OpenAI",
            "",
            ("Claire Petit", "join", "OpenAI", "Anthropic"),
        ),
        (  # Italian: 'approda ad' before a vowel
            "Marco Neri approda ad Anthropic",
            "",
            ("Marco Neri", "join", None, "Anthropic"),
        ),
        (  # Portuguese: 'assume como', the post taken (an Italian word too)
            "Pedro Costa assume como CTO da OpenAI",
            "",
            ("Pedro Costa", "appointed", None, "OpenAI"),
        ),
        (  # Chinese: 成为 (becomes) a post, its subject a name in characters
            "黄磊成为Anthropic首席技术官",
            "",
            ("Lei Huang", "appointed", None, "Anthropic"),
        ),
        (  # Chinese: an adverb of manner (低调, quietly) between the name and its verb
            "刘洋低调加入Anthropic",
            "",
            ("Yang Liu", "join", None, "Anthropic"),
        ),
        (  # Chinese: a name with 的 opens a teaser headline; the summary says the move
            "李航的新选择",
            "Anthropic研究员李航日前离职。",
            ("Hang Li", "leave", "Anthropic", None),
        ),
    ],
)
def test_second_pass_orders(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        # Chinese: hedged, "may be about to" join or leave
        "张伟或将加入OpenAI",
        "據傳王磊或將離開Meta",
        # Chinese: the person's past (曾, 曾经: once), no move, and 曾 no part of the name
        "孙悦曾经离开Meta创业",
        "黄磊曾加入Anthropic,负责安全研究",
        # Chinese: a lab becoming something, and a post hedged
        "Anthropic成为估值最高的AI公司",
        "黄磊或将成为Anthropic首席技术官",
        # Chinese: a name with 的, and a summary that tells no move
        "李航的新论文引发热议",
        # French: 'prend' and 'nomme' with no post taken
        "Claire Petit prend la parole chez Google",
        "Google nomme un nouveau comité d'éthique",
        # Chinese: an exodus since last year, no one leaving from a lab
        "从去年开始,谷歌离职潮加剧",
        # German: an appointment to come, or that could come
        "Anna Berger soll zur KI-Chefin von Mistral AI ernannt werden",
        "Jonas Keller könnte als Chief AI Officer bei Cohere berufen werden",
        "Jonas Keller könnte Meta verlassen",
        # German: 'holt' fetching data, not a person
        "Siemens holt Daten von Amazon",
        # French, Spanish, Italian: what could happen
        "Mistral AI pourrait annoncer le recrutement d'un directeur général",
        "Jean Dupont podría dejar OpenAI",
        "Luca Bianchi potrebbe lasciare OpenAI",
    ],
)
def test_second_pass_near_misses(title: str) -> None:
    summary = "李航团队发布新模型。" if title.startswith("李航") else ""
    no_move(title, summary)
