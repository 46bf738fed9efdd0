"""A person founding something with no departure in the headline, told in French, German,
Korean and English (jobs/language/gloss.py, jobs/language/triggers.py): 'lance' / 'crée' and
the company's kind, a name before its apposition ('lance "X", un laboratoire'), German verbs of
starting with a company's noun after them, Korean 창업 / 설립 after the company's kind, a
research centre, and a company's legal form ('X GmbH') naming the company founded. Worded apart
from the labelled sets; each test mixes the moves with near misses that must stay no moves (a
podcast, a fund, a model, a company founding a unit of its own)."""

from __future__ import annotations

from tests.test_real_shapes import Move, event_of, no_move

Case = tuple[str, str, Move | None]


def check(cases: list[Case]) -> None:
    """Each move read with its fields; each near miss read as no move."""
    for title, summary, expected in cases:
        if expected is None:
            no_move(title, summary)
        else:
            assert event_of(title, summary) == expected, title


def test_french_founding() -> None:
    check(
        [
            (  # 'lance' with the company's kind after it
                "Camille Rousseau lance une start-up d'IA à Lyon",
                "",
                ("Camille Rousseau", "found", None, None),
            ),
            (  # a quoted name that the apposition after it calls a lab
                "Camille Rousseau lance en duo “Orbitale”, un laboratoire d'IA",
                "",
                ("Camille Rousseau", "found", None, "Orbitale"),
            ),
            (  # 'crée une entreprise': starts a company
                "Camille Rousseau crée une entreprise d'intelligence artificielle",
                "",
                ("Camille Rousseau", "found", None, None),
            ),
            ("Camille Rousseau lance un nouveau podcast sur l'IA", "", None),
            ("Camille Rousseau lance un fonds pour les jeunes pousses", "", None),
            ("Mistral AI lance un laboratoire de recherche à Londres", "", None),
            # 'lance' marks French only beside its function words: an English name stays one
            ("Lance Okafor joins Cohere", "", ("Lance Okafor", "join", None, "Cohere")),
        ]
    )


def test_german_founding() -> None:
    check(
        [
            (  # 'gründet' with a compound company word and its name
                "Jonas Keller gründet KI-Start-up Fernblick",
                "",
                ("Jonas Keller", "found", None, "Fernblick"),
            ),
            (
                "Jonas Keller gründet eine KI-Firma in München",
                "",
                ("Jonas Keller", "found", None, None),
            ),
            (  # 'startet ... ein Forschungszentrum'; the summary's 'X GmbH' names the company
                "Jonas Keller startet in Graz ein Forschungszentrum",
                "Dafür wurde die Fernblick GmbH gegründet.",
                ("Jonas Keller", "found", None, "Fernblick"),
            ),
            # 'startet' a podcast, 'gründet' a fund (a capitalised noun, no company's name), a
            # company starting a centre of its own
            ("Jonas Keller startet neuen KI-Podcast", "", None),
            ("Jonas Keller gründet Fonds für KI-Start-ups", "", None),
            ("SAP startet Forschungszentrum in Walldorf", "", None),
        ]
    )


def test_korean_founding() -> None:
    check(
        [
            (  # the company's kind before 창업: founds an AI startup, after a post at Kakao
                "박지훈 전 카카오 엔지니어, AI 스타트업 창업",
                "",
                ("Park Ji-hoon", "found", "Kakao", None),
            ),
            (  # 새 회사 설립: founds a new company
                "박지훈 전 카카오 엔지니어, 새 회사 설립",
                "",
                ("Park Ji-hoon", "found", "Kakao", None),
            ),
            ("카카오, AI 연구소 설립", "", None),  # a company's own lab
        ]
    )


def test_english_research_centres_and_legal_forms() -> None:
    check(
        [
            (  # a research centre is an institution founded; a centre alone is a building
                "Priya Natarajan launches AI research centre in Bangalore",
                "",
                ("Priya Natarajan", "found", None, None),
            ),
            (  # an unnamed company, named in the summary with its legal form
                "Tomasz Nowak starts a new AI company",
                "The firm, Veltrix Ltd, is based in Warsaw.",
                ("Tomasz Nowak", "found", None, "Veltrix"),
            ),
            ("Priya Natarajan sets up data center in Texas", "", None),
            ("Priya Natarajan launches AI center of excellence", "", None),
            ("Tomasz Nowak launches new AI model", "Veltrix Ltd released it on Monday.", None),
            ("Tomasz Nowak is in talks to launch an AI research centre", "", None),
            ("Veltrix Ltd raises $20 million in seed funding", "", None),
        ]
    )
