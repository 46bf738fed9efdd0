"""Moves told in German, French and Spanish with verbs and orders the gloss
(jobs/language/gloss.py) did not read: German "wildert (bei)" (poaches), "holt (sich) X
zurück" (brings back), "kehrt zu X zurück" (returns to), a compound of a scientist after
"stellt ... ein", "Ex Chefin" as the headline cleaner writes it; French "réintègre" (returns to), "un des"
(one of the), the plural "quittent ... pour fonder/créer" and
"rejoignent"; Spanish "asume la dirección/presidencia de" (takes the helm of) and the plurals
"dejan", "se unen a". Worded apart from the labelled sets, with near misses that stay no moves:
things brought back, products integrated, founders leaving startups as a kind of people, a
post sought, a hedge."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # German: poaching at a rival, an adverb between the verb and 'bei'
            "Anthropic wildert gezielt bei Mistral AI",
            "",
            (None, "poach", "Mistral AI", "Anthropic"),
        ),
        (  # German: poaching from a former chief, 'Ex-' parted from the role
            "Fehlstart für Jana Roth: Meta wildert bei der Ex-Chefin",
            "",
            (None, "poach", None, "Meta"),
        ),
        (  # German: 'holt sich ... zurück', brought back from a lab
            "Google holt sich Forscher von Cohere zurück",
            "",
            (None, "return", "Cohere", "Google DeepMind"),
        ),
        (  # German: 'holt X zurück' with a name
            "Anthropic holt Lena Vogt zurück",
            "",
            ("Lena Vogt", "return", None, "Anthropic"),
        ),
        (  # German: the particle of returning closing the clause
            "Lena Vogt kehrt zu OpenAI zurück",
            "",
            ("Lena Vogt", "return", None, "OpenAI"),
        ),
        (  # German: a scientist in a compound after 'stellt ... ein'
            "Nvidia stellt KI-Wissenschaftlerin Lena Vogt ein",
            "",
            ("Lena Vogt", "join", None, "Nvidia"),
        ),
        (  # French: 'réintègre', a return
            "Claire Petit réintègre Anthropic",
            "",
            ("Claire Petit", "return", None, "Anthropic"),
        ),
        (  # French: the plural of leaving with its purpose
            "Deux chercheurs de Meta quittent l'entreprise pour créer leur startup",
            "",
            (None, "leave", "Meta", None),
        ),
        (  # French: the plural of leaving in a title-cased headline
            "Trois Ingénieurs Quittent OpenAI Pour Fonder Une Startup",
            "",
            (None, "leave", "OpenAI", None),
        ),
        (  # French: the plural of joining
            "Deux chercheurs rejoignent Mistral AI",
            "",
            (None, "join", None, "Mistral AI"),
        ),
        (  # Spanish: the plurals of leaving and joining, a number before the group
            "Dos investigadores dejan OpenAI",
            "",
            (None, "leave", "OpenAI", None),
        ),
        (
            "Tres ingenieros se unen a Anthropic",
            "",
            (None, "join", None, "Anthropic"),
        ),
        (  # Spanish: 'asume la dirección de', a post taken
            "Lucía Ortega asume la dirección de Mistral AI",
            "",
            ("Lucía Ortega", "appointed", None, "Mistral AI"),
        ),
        (  # Spanish: 'asume la presidencia de'
            "Lucía Ortega asume la presidencia de Cohere",
            "",
            ("Lucía Ortega", "appointed", None, "Cohere"),
        ),
    ],
)
def test_third_pass_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        # German: things brought back, not people
        "Meta holt sich die Krone zurück",
        "Apple holt die Produktion nach Europa zurück",
        # German: poaching in another sense, and a hedge
        "Wilderer wildert im Nationalpark",
        "Meta könnte bei OpenAI wildern",
        # French: a product integrated, a team given a product
        "Google intègre Gemini à Chrome",
        "Samsung intègre à ses équipes une nouvelle puce",
        # French: founders leaving startups as a kind of people, an explainer
        "Quand les fondateurs d'IA quittent les startups pour les géants",
        "Les fondateurs quittent les startups pour les grands groupes",
        # Spanish: a post sought, a company taking on a project
        "Mistral AI busca quien asuma la dirección de su laboratorio",
        "Telefónica asume la dirección del proyecto europeo de IA",
        # Spanish: founders as a kind of people leaving startups
        "Los fundadores dejan las startups por los gigantes",
    ],
)
def test_third_pass_near_misses(title: str) -> None:
    no_move(title)
