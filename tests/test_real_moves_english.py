"""Moves told in plain English that a gate used to refuse: a destination owned by a person
("joins Y's Acme"), a company called by its kind ("joins robotics start-up Acme Vortex"), "calls
it quits", "creates a startup", and a person purging a lab's founders (a firing at the lab,
nobody named). Invented people and companies; near misses worded like the class must stay
non-moves or keep their reading."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", [])], [], None)
Fields = tuple[str | None, str, str | None, str | None]


def fields(title: str, summary: str = "") -> Fields:
    got = classify(title, summary, WATCH)
    assert got.is_move and got.event is not None, got.reasons
    e = got.event
    return e.person, e.action, e.from_lab, e.to_lab


def not_move(title: str, summary: str = "") -> bool:
    return not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Marta Quell joins Dario Amodei's Anthropic after exiting Demis Hassabis's DeepMind",
            ("Marta Quell", "join", "Google DeepMind", "Anthropic"),
        ),
        (
            "Veteran coder Osei Brandt moves to Mira Murati's Thinking Machines",
            ("Osei Brandt", "join", None, "Thinking Machines Lab"),
        ),
    ],
)
def test_a_lab_owned_by_a_person_is_where_the_mover_goes(title: str, expected: Fields) -> None:
    assert fields(title) == expected


def test_joining_a_person_is_still_no_move() -> None:
    assert not_move("Priya Lal joins Sam Altman on stage at developer day")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Hollis Verne joins robotics start-up Tarrow Dynamics as chief scientist",
            ("Hollis Verne", "join", None, "Tarrow Dynamics"),
        ),
        (
            "Former Meta director Ada Krell joins AI startup Lumen Quarry as co-CEO",
            ("Ada Krell", "join", "Meta", "Lumen Quarry"),
        ),
        (
            "Nils Ohra joins the biotech firm Corvane",
            ("Nils Ohra", "join", None, "Corvane"),
        ),
    ],
)
def test_a_company_called_by_its_kind_then_named_is_joined(title: str, expected: Fields) -> None:
    assert fields(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Hollis Verne joins a startup Tomas Reiher founded",
        "Hollis Verne Joins Stealth Startup Building Humanoids",
        "Hollis Verne joins AI startup in Lisbon",
    ],
)
def test_a_company_kind_with_no_name_after_it_names_no_destination(title: str) -> None:
    assert not_move(title)


def test_calling_it_quits_at_a_lab_is_a_departure() -> None:
    assert fields("Two Anthropic engineers to call it quits and found a company") == (
        None,
        "leave",
        "Anthropic",
        None,
    )
    assert fields("Rosa Imbert is calling it quits at Cohere") == (
        "Rosa Imbert",
        "leave",
        "Cohere",
        None,
    )


def test_calling_it_quits_on_a_thing_is_no_departure() -> None:
    assert not_move("Gamers call it quits on the Meta headset")
    assert not_move("Dev Anand calls it quits on the Meta Quest after a year")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Ex-Anthropic researcher creates a new robotics startup",
            "Halden Robotics, co-founded by Wren Oduya, will open labs in Austin and Boston.",
            ("Wren Oduya", "found", "Anthropic", "Halden Robotics"),
        ),
        (
            "Kofi Mensah creates AI company Orrin Labs after leaving Google",
            "",
            ("Kofi Mensah", "found", "Google DeepMind", "Orrin Labs"),
        ),
    ],
)
def test_creating_a_company_is_founding_it(title: str, summary: str, expected: Fields) -> None:
    assert fields(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Kofi Mensah created a new benchmark for coding agents",
        "Anthropic creates new safety team",
    ],
)
def test_creating_a_product_or_a_team_is_no_founding(title: str) -> None:
    assert not_move(title)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("Dana Voss ousts two more Mistral founders", "", (None, "fired", "Mistral AI", None)),
        (
            "Dana Voss Is Cleaning House at Cohere. Again.",
            "Dana Voss has ousted more Cohere co-founders after a weak quarter.",
            (None, "fired", "Cohere", None),
        ),
        (
            "Dana Voss sacks remaining executives from her startup, Perplexity",
            "",
            (None, "fired", "Perplexity", None),
        ),
    ],
)
def test_a_person_purging_a_labs_people_is_a_firing_there(
    title: str, summary: str, expected: Fields
) -> None:
    assert fields(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    ["Dana Voss fires back at Mistral researchers", "Dana Voss fires up Mistral engineers"],
)
def test_firing_back_at_a_labs_people_is_no_firing(title: str) -> None:
    assert not_move(title)


def test_a_person_ousted_keeps_being_the_mover() -> None:
    assert fields("Dana Voss ousted from Cohere") == ("Dana Voss", "fired", "Cohere", None)


def test_founders_told_as_a_role_and_a_name_name_no_one_founder() -> None:
    assert fields("Ex-Cohere VP and Lena Marsh, once Stripe's CTO, create an AI startup") == (
        None,
        "found",
        "Cohere",
        None,
    )


def test_two_named_founders_keep_the_first() -> None:
    assert fields("Lena Marsh and Tomas Reiher create AI company Velder Labs") == (
        "Lena Marsh",
        "found",
        None,
        "Velder Labs",
    )


def test_the_field_spelled_out_is_no_company_founded() -> None:
    summary = "Her new company will apply Artificial Intelligence to law firms."
    assert fields("Lena Marsh launches a startup", summary) == ("Lena Marsh", "found", None, None)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Nvidia names Applied AI chief Rhea Solano as head of robotics",
            "",
            ("Rhea Solano", "appointed", None, "Nvidia"),
        ),
        (
            "Nvidia names Rhea Solano head of robotics",
            "Nvidia has appointed Rhea Solano, Vice President of Applied Research at the company,"
            " as head of robotics.",
            ("Rhea Solano", "appointed", None, "Nvidia"),
        ),
    ],
)
def test_a_field_or_a_rank_before_a_post_is_no_company_left(
    title: str, summary: str, expected: Fields
) -> None:
    assert fields(title, summary) == expected


def test_a_company_before_a_post_is_still_the_one_left() -> None:
    assert fields("Nvidia names Kestrel AI chief Rhea Solano as head of robotics") == (
        "Rhea Solano",
        "join",
        "Kestrel AI",
        "Nvidia",
    )


@pytest.mark.parametrize(
    "summary",
    [
        "Mara Tell, formerly a senior leader at a payments firm, has joined the AI startup as"
        " head of sales.",
        "Mara Tell has joined the safety-focused company as its head of sales.",
    ],
)
def test_the_company_a_summary_refers_back_to_is_the_headlines(summary: str) -> None:
    title = "Anthropic's Enterprise Push Gets a Sales Boost"
    assert fields(title, summary) == ("Mara Tell", "join", None, "Anthropic")


@pytest.mark.parametrize(
    "summary",
    [
        "Mara Tell, a partner at Accel, has joined the board as an observer.",
        "Mara Tell has joined the Acme team as head of sales.",
    ],
)
def test_joining_something_else_than_the_company_is_no_move(summary: str) -> None:
    assert not_move("Anthropic's Enterprise Push Gets a Sales Boost", summary)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Rui Costa Takes Helm at Mistral", ("Rui Costa", "appointed", None, "Mistral AI")),
        ("Rui Costa takes reins of Cohere", ("Rui Costa", "appointed", None, "Cohere")),
        (
            "Cohere's big bet: Rui Costa takes helm of new agents unit",
            ("Rui Costa", "appointed", None, "Cohere"),
        ),
        (
            "ZDF Studios' Big Bet: Rui Costa Takes Helm of New AI Lab",
            ("Rui Costa", "appointed", None, "ZDF Studios"),
        ),
    ],
)
def test_taking_the_helm_without_its_article_is_a_post_taken(title: str, expected: Fields) -> None:
    assert fields(title) == expected


def test_a_new_unit_after_a_persons_possessive_is_not_that_persons_company() -> None:
    got = classify("Sam Altman's Big Bet: Rui Costa Takes Helm of New AI Studio", "", WATCH)
    assert got.event is None or got.event.to_lab != "Sam Altman"


def test_the_helm_of_a_ship_is_no_post() -> None:
    assert not_move("Captain Rui Costa takes helm of the Sea Cloud as it leaves port")


def test_a_name_after_a_company_kind_is_the_company_founded() -> None:
    got = classify("Ex-Cohere engineer Ana Brisk launches startup Tarrow Forge", "", WATCH)
    assert got.event is not None and got.event.to_lab == "Tarrow Forge"
    assert "Tarrow Forge" not in got.people


def test_a_founder_described_by_a_company_kind_stays_a_person() -> None:
    assert fields("Ana Brisk, the startup founder, joins Anthropic") == (
        "Ana Brisk",
        "join",
        None,
        "Anthropic",
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kaiming He joins Google DeepMind", ("Kaiming He", "join", None, "Google DeepMind")),
        (
            "Meta researcher Xiaodong He leaves for Anthropic",
            ("Xiaodong He", "join", "Meta", "Anthropic"),
        ),
    ],
)
def test_the_surname_he_ends_a_given_name(title: str, expected: Fields) -> None:
    # 何 written He: after a lone given name it is the surname, not the pronoun
    assert fields(title) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Anthropic hires Jane Roe", "Roe starts in May. He said the team is growing."),
        ("Sam Altman Says He Will Stay at OpenAI", ""),
    ],
)
def test_the_pronoun_he_is_no_surname(title: str, summary: str) -> None:
    got = classify(title, summary, WATCH)
    assert all(not name.endswith(" He") for name in got.people), got.people


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "He Xiaoling officially joins Mistral AI",
            "",
            ("Xiaoling He", "join", None, "Mistral AI"),
        ),
        (
            "Robotics pioneer leaves Baidu",
            "He Tianrui, who led the robotics group for six years, has left Baidu.",
            ("Tianrui He", "leave", "Baidu", None),
        ),
    ],
)
def test_the_family_name_he_written_first(title: str, summary: str, expected: Fields) -> None:
    # Chinese outlets write 何 first: 'He' before a pinyin given name of two syllables
    assert fields(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Anthropic hires Jane Roe", "He Said the team is growing. Roe starts in May."),
        ("Sam Altman Says He Can Stay at OpenAI", ""),
        ("Why He Left OpenAI, in His Own Words", ""),
        ("Jane Roe joins xAI", "He Changes little, the founder said of the hire."),
    ],
)
def test_the_pronoun_before_a_capital_stays_a_pronoun(title: str, summary: str) -> None:
    got = classify(title, summary, WATCH)
    assert all(not name.startswith("He ") and " He" not in name for name in got.people), got.people
