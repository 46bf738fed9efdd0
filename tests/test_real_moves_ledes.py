"""True moves the gates refused: a headline with no move verb whose summary's first sentence
tells the move in the past simple, and move words of languages the glosses did not read (Dutch;
Japanese 'から ... が退社' and '就任'; Korean 'post に X 내정'; Spanish 'deja'). Worded apart from
the labelled sets (other people, labs and phrasings), each with near misses that stay as they
were."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

TEASER = "Adept's last day"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the lede's own past simple, the headline a teaser naming a lab
            TEASER,
            "Priya Natarajan wound down her team at Adept and joined Anthropic's"
            " interpretability group.",
            ("Priya Natarajan", "join", "Adept", "Anthropic"),
        ),
        (  # the lede's present perfect under a headline naming the person, as before
            "Priya Natarajan's big week",
            "Priya Natarajan has joined Anthropic's interpretability team, the company said.",
            ("Priya Natarajan", "join", None, "Anthropic"),
        ),
        (  # a departure and, in the same sentence, the arrival that says where
            "Cohere: the end of an era",
            "Priya Natarajan left Cohere and joined Mistral as head of research.",
            ("Priya Natarajan", "join", "Cohere", "Mistral AI"),
        ),
        (  # the present perfect, read before too, now takes the same sentence's arrival
            "Cohere: the end of an era",
            "Priya Natarajan has left Cohere and joined Mistral as head of research.",
            ("Priya Natarajan", "join", "Cohere", "Mistral AI"),
        ),
    ],
)
def test_a_lede_past_tells_the_move(title: str, summary: str, expected: object) -> None:
    assert event_of(title, summary) == expected


def test_a_departure_alone_stays_a_departure() -> None:
    summary = "Priya Natarajan has left Cohere. Mistral hired a new head of research."
    assert event_of("Cohere: the end of an era", summary) == (
        "Priya Natarajan",
        "leave",
        "Cohere",
        None,
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # set in an earlier time: a year, 'last year'
        (TEASER, "Priya Natarajan joined Anthropic in 2021 and has led its team since."),
        (TEASER, "Priya Natarajan joined Anthropic last year, and her team is now its biggest."),
        # a later sentence retells
        (
            TEASER,
            "The lab is closing after three years of work on agents. Priya Natarajan joined"
            " Anthropic's interpretability team.",
        ),
        # a relative clause, a phrase of earlier time
        (TEASER, "Priya Natarajan, who joined Anthropic's team, says the lab did good work."),
        (TEASER, "After Priya Natarajan left Adept, she joined Anthropic."),
        # a lab's past hiring, and a past with nobody named
        (TEASER, "Anthropic hired Priya Natarajan for its interpretability team."),
        (TEASER, "Several researchers joined Anthropic's interpretability team."),
        # a headline about the person (a profile, a follow-up): its lede recaps
        (
            "Priya Natarajan's big week",
            "Priya Natarajan joined Anthropic's interpretability team, the company said.",
        ),
        # a headline that speculates: the lede's past is its background
        (
            "Possible comeback for Priya Natarajan at Anthropic",
            "Priya Natarajan left Anthropic abruptly, shocking the company.",
        ),
    ],
)
def test_a_lede_past_that_is_background_stays_no_move(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Onderzoeker Jan de Vries verlaat Google DeepMind",
            ("Jan de Vries", "leave", "Google DeepMind", None),
        ),
        ("Jan de Vries vertrekt bij Mistral", ("Jan de Vries", "leave", "Mistral AI", None)),
        (
            "Jan de Vries stapt over van Meta naar Anthropic",
            ("Jan de Vries", "join", "Meta", "Anthropic"),
        ),
        (
            "Jan de Vries benoemd tot technisch directeur van Cohere",
            ("Jan de Vries", "appointed", None, "Cohere"),
        ),
        ("De topman van Mistral verlaat het bedrijf", (None, "leave", "Mistral AI", None)),
    ],
)
def test_dutch_moves(title: str, expected: object) -> None:
    assert event_of(title) == expected


def test_a_dutch_summary_names_the_mover() -> None:
    summary = (
        "De CTO van Mistral, Jan de Vries, heeft intern aangekondigd dat hij het bedrijf in"
        " maart zal verlaten."
    )
    title = "De CTO van Mistral verlaat het bedrijf"
    assert event_of(title, summary) == ("Jan de Vries", "leave", "Mistral AI", None)


@pytest.mark.parametrize(
    "title",
    [
        "Jan de Vries verlaat OpenAI niet, zegt het bedrijf",  # negated after the object
        "Verlaat Jan de Vries OpenAI?",
        "Gebruikers verlaten ChatGPT massaal",
        "Hoe OpenAI zijn nieuwe model bouwde",
    ],
)
def test_dutch_near_misses(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Mistralから研究者3人が退社", (None, "leave", "Mistral AI", None)),
        ("Jane Doe氏がAnthropicのCTOに就任", ("Jane Doe", "appointed", None, "Anthropic")),
        ("Jane Doe氏、OpenAIのCEOに就任", ("Jane Doe", "appointed", None, "OpenAI")),
        ("카카오 대표에 Jane Doe 내정", ("Jane Doe", "appointed", None, "Kakao")),
        ("Jane Doe deja OpenAI", ("Jane Doe", "leave", "OpenAI", None)),
    ],
)
def test_east_asian_and_spanish_moves(title: str, expected: object) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Metaの幹部が退任を準備",  # preparing to step down: the verb is an object
        "Jane Doe氏がAnthropicのCTOに就任か",  # か asks
        "Jane Doe氏、Googleを退社か",
        "카카오 대표에 Jane Doe 내정설 부인",  # a rumour denied
        "OpenAI deja de ofrecer GPT-4",  # a lab stops offering a product
    ],
)
def test_east_asian_and_spanish_near_misses(title: str) -> None:
    no_move(title)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a newcomer noun stands for the person; the summary names who
            "Baidu restructures its AI group, promotes star recruit to chief scientist",
            "Baidu has promoted recent recruit Lena Okafor, a former Google researcher, to chief"
            " scientist.",
            ("Lena Okafor", "appointed", "Google DeepMind", "Baidu"),
        ),
        (
            "Cohere names newcomer to run its research lab",
            "Cohere has named Lena Okafor, who arrived from Mistral, to run its lab.",
            ("Lena Okafor", "join", "Mistral AI", "Cohere"),  # from outside: a join
        ),
        (  # 'snatches', as 'snags' and 'nabs'
            "Anthropic snatches Google researcher Lena Okafor",
            "",
            ("Lena Okafor", "join", "Google DeepMind", "Anthropic"),
        ),
    ],
)
def test_newcomers_and_snatching(title: str, summary: str, expected: object) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Baidu's recruit drive stalls", "Baidu has struggled to hire researchers this year."),
        ("Thief snatched by police outside Google office", ""),
        ("Anthropic snatches a win in the benchmark race", ""),
    ],
)
def test_newcomers_and_snatching_near_misses(title: str, summary: str) -> None:
    no_move(title, summary)
