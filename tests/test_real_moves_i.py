"""Shapes that the real set I showed the rules misread: episodes retold as news (a round trip
told whole, departures tallied over years, a lab's staff described, an interview's topics), an
organisation named after a person or a country ("... Institute"), and a role's holder named
only in the summary. Worded apart from the labelled set (other people, labs and phrasings),
each with near misses that keep the move."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gemini Lead Quit for Mistral AI, Then Came Back", ""),
        ("The engineer who left Anthropic for OpenAI and returned a month later", ""),
        ("Why 9 senior OpenAI researchers have left over the last three years", ""),
        ("Five Apple AI executives departed in the past decade. Here is why", ""),
        (
            "Mistral AI recruited engineers from Google's labs in Paris",
            "Mistral AI, the French start-up, has several former Google employees among its "
            "first hundred staff.",
        ),
        ("Podcast: Cohere's CEO on the $2B Oracle deal and what enterprises want", ""),
        ("Interview with Anthropic's president: the $30B Microsoft deal | Daniela Amodei", ""),
    ],
)
def test_an_episode_retold_is_no_move(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the departure alone is news
        (
            "Gemini lead quit Google for Mistral AI",
            "",
            (None, "join", "Google DeepMind", "Mistral AI"),
        ),
        # departures counted since a month are moves told as they happen
        (
            "From Apple to Meta: 11 engineers jump ship to Meta since March",
            "",
            (None, "join", "Apple", "Meta"),
        ),
        # one person who led a team for years is still news
        (
            "Tesla's Autopilot chief, who led the team for the past five years, departs",
            "",
            (None, "leave", "Tesla", None),
        ),
        # a present-tense raid whose summary says who works there now is a raid
        (
            "Mistral AI hires engineers from Google",
            "Mistral AI has several former Google employees on its new team in Paris.",
            (None, "poach", "Google DeepMind", "Mistral AI"),
        ),
    ],
)
def test_near_misses_keep_the_move(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_a_round_trip_in_the_present_perfect_is_news() -> None:
    got = classify("Priya Nair has left and returned to Anthropic", "", WATCH)
    assert got.is_move and got.event is not None and got.event.person == "Priya Nair"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # an institute named after a person is no person, and its head leaves it
            "Director of embattled Ada Lovelace Institute to resign",
            "",
            (None, "leave", "Ada Lovelace Institute", None),
        ),
        (  # a country written 'US' or 'U.S.', the summary naming the director
            "UK AI Security Institute Faces Budget Questions as Chief Departs",
            "Oliver Grant, the chief of the UK AI Security Institute, is leaving after two years.",
            ("Oliver Grant", "leave", "UK AI Security Institute", None),
        ),
        (  # the headline's shorter name widened to the summary's
            "AI Safety Institute director steps down",
            "Nadia Petrov, who led the U.S. AI Safety Institute since its founding, resigned.",
            ("Nadia Petrov", "leave", "U.S. AI Safety Institute", None),
        ),
        (
            "US AI Safety Institute Director Quits Amid Budget Cuts",
            "The landscape shifts as Petrov, the director of the US AI Safety Institute, quits.",
            ("Petrov", "leave", "U.S. AI Safety Institute", None),
        ),
        (  # a named person in the main clause is still the mover
            "Nadia Petrov leaves Alan Turing Institute for Anthropic",
            "",
            ("Nadia Petrov", "join", "Alan Turing Institute", "Anthropic"),
        ),
    ],
)
def test_institutes_and_their_heads(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Alan Turing Institute refocuses on defence research",  # no move
        "Ada Lovelace Institute publishes report on AI hiring",
        "Institute for Advanced Study hosts AI safety workshop",
    ],
)
def test_institutes_without_a_move_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the founder named first; the partner 'with ex-colleague' is not the mover
            "Former OpenAI Researchers Launch AI Startup in Paris",
            "A former OpenAI researcher, Marta Kowalski, has teamed up with ex-colleague Jonas "
            "Weber to establish Helix Labs, a startup based in Paris.",
            ("Marta Kowalski", "found", "OpenAI", "Helix Labs"),
        ),
        (
            "Ex-Meta engineers start new AI company",
            "Ravi Menon has joined forces with former colleague Lea Brandt to set up Quanta "
            "Labs, a startup building coding agents.",
            ("Ravi Menon", "found", "Meta", "Quanta Labs"),
        ),
    ],
)
def test_a_founding_partner_and_a_generic_company_noun(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


def test_a_person_after_with_and_no_role_is_still_a_partner() -> None:
    # 'teams up with X' names the partner, whoever the summary names first
    got = event_of(
        "Former Google researchers launch AI startup",
        "Nadia Petrov has teamed up with Omar Haddad to found Lumen Labs in London.",
    )
    assert got == ("Nadia Petrov", "found", "Google DeepMind", "Lumen Labs")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the company the founding verb leaves unnamed, named by the summary's apposition
            "Fields Medalist Ana Costa starts AI research lab",
            "Ana Costa has started Meridian, a nonprofit devoted to verifiable AI.",
            ("Ana Costa", "found", None, "Meridian"),
        ),
        (  # a headline naming only the company; the summary tells the founding
            "Startup Meridian to build verifiable AI systems",
            "Mathematician Ana Costa has founded Meridian, a startup based in Lisbon.",
            ("Ana Costa", "found", None, "Meridian"),
        ),
    ],
)
def test_a_company_named_by_an_apposition(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the company named in the headline, no founding in the summary
        ("Startup Meridian releases verifiable AI toolkit", "Meridian, a startup in Lisbon, said."),
    ],
)
def test_apposition_near_misses(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


def test_a_company_word_describing_another_noun_names_no_company() -> None:
    got = event_of("Ana Costa launches AI research lab", "She is based in Lisbon, a startup hub.")
    assert got == ("Ana Costa", "found", None, None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # people named by the product they build work at its maker
        ("Mistral AI hires two ChatGPT designers", (None, "poach", "OpenAI", "Mistral AI")),
        ("Cohere Poaches Senior Gemini Developers", (None, "poach", "Google DeepMind", "Cohere")),
        ("Mistral AI hires top Sora creators", (None, "poach", "OpenAI", "Mistral AI")),
        (
            "Gemini Live lead Priya Nair joins Anthropic",
            ("Priya Nair", "join", "Google DeepMind", "Anthropic"),
        ),
    ],
)
def test_people_named_by_their_product(title: str, expected: Move) -> None:
    assert event_of(title, "") == expected


@pytest.mark.parametrize(
    "title",
    [
        "Claude Monet exhibition draws AI developers to Paris",  # a given name, no product
        "Cohere hires developers who love ChatGPT",  # a product after, not before, the staff
        "Mistral AI launches Gemini rival for developers",
        "Cohere lures developers with a free tier",  # customers, not staff
    ],
)
def test_product_near_misses(title: str) -> None:
    got = classify(title, "", WATCH)
    assert not (got.event and got.event.from_lab in {"Anthropic", "OpenAI", "Google DeepMind"})


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # German 'geht' closing its clause: the person leaves
        (
            "Krise bei Mistral AI: Gründerin Léa Martin geht",
            ("Léa Martin", "leave", "Mistral AI", None),
        ),
        (
            "Umbau: Cohere-Chef Tomas Berg ging, und das Team schrumpft",
            ("Tomas Berg", "leave", "Cohere", None),
        ),
    ],
)
def test_german_goes(title: str, expected: Move) -> None:
    assert event_of(title, "") == expected


@pytest.mark.parametrize(
    "title",
    [
        "Worum es geht, wenn Mistral AI neue Modelle zeigt",  # 'what it is about'
        "Es geht um die Zukunft von Cohere",
        "Tomas Berg geht zu Cohere-Konkurrent über",  # no clause end after 'geht'
    ],
)
def test_german_goes_near_misses(title: str) -> None:
    got = classify(title, "", WATCH)
    assert not (got.event and got.event.action == "leave")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a possessive mover, an amount before the noun of moving
            "Lena Brooks's $300M Move to Cohere Shakes Up the Talent Market",
            "",
            ("Lena Brooks", "join", None, "Cohere"),
        ),
        (
            "Tomas Berg's surprise exit from Mistral AI",
            "",
            ("Tomas Berg", "leave", "Mistral AI", None),
        ),
        (  # money spent on a hire is the hire; the apposition gives the company left
            "Why Cohere's latest deal matters",
            "Cohere has spent $200 million to hire Lena Brooks, the CEO of chip startup Voltra, "
            "and her team.",
            ("Lena Brooks", "join", "Voltra", "Cohere"),
        ),
        (  # who paid, after an opening clause, is who hires
            "Cohere makes its biggest hire yet",
            "In a push to grow its hardware work, Cohere has reportedly paid $200 million to "
            "hire Lena Brooks, the CEO of chip startup Voltra.",
            ("Lena Brooks", "join", "Voltra", "Cohere"),
        ),
        (
            "Cohere hires Lena Brooks",
            "Lena Brooks, CEO of robotics startup Voltra, joins with ten engineers.",
            ("Lena Brooks", "join", "Voltra", "Cohere"),
        ),
    ],
)
def test_possessive_moves_money_spent_and_current_posts(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "origin"),
    [
        # a unit is no company, and money offered is no hire
        ("Cohere hires Lena Brooks", "Lena Brooks, head of research at Voltra, joins.", None),
    ],
)
def test_current_post_near_misses(title: str, summary: str, origin: str | None) -> None:
    got = classify(title, summary, WATCH)
    assert got.event is not None and got.event.from_lab == origin


def test_money_offered_to_hire_is_no_move() -> None:
    assert not classify("Cohere offered $200 million to hire rivals' staff", "", WATCH).is_move
