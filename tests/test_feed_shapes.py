"""Headline shapes real feeds deliver: first-person posts quoted as headlines, Google News
outlet suffixes, lowercase (Hacker News) titles, press releases, advisory and board seats (new
words, not the blind sets')."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", []), ("Demis Hassabis", [])], [], None)


def event_of(title: str, summary: str = "") -> tuple[str | None, str, str | None, str | None]:
    event = classify(title, summary, WATCH).event
    assert event is not None, classify(title, summary, WATCH).reasons
    return event.person, event.action, event.from_lab, event.to_lab


def is_move(title: str, summary: str = "") -> bool:
    return classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Tomasz Wielgus on LinkedIn: Thrilled to announce that I'm joining Mistral AI as head of inference",
            "",
            ("Tomasz Wielgus", "join", None, "Mistral AI"),
        ),
        (
            'Greta Lindqvist on X: "After six years, I have made the difficult decision to leave Anthropic"',
            "",
            ("Greta Lindqvist", "leave", "Anthropic", None),
        ),
        (
            "Rohan Mehta on Bluesky: Personal update: I've returned to OpenAI",
            "",
            ("Rohan Mehta", "return", None, "OpenAI"),
        ),
    ],
)
def test_a_first_person_post_is_its_authors_move(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    person, action, _, to_lab = event_of(title, summary)
    assert (person, action, to_lab) == (expected[0], expected[1], expected[3])


def test_a_first_person_post_with_no_move_is_none() -> None:
    assert not is_move("Greta Lindqvist on LinkedIn: I'm proud of what we shipped at Anthropic")


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("Cohere hires Meta's Lucia Ferraro - Bloomberg", "Lucia Ferraro"),
        ("Mistral AI poaches Google researcher Ines Duarte - The Financial Times", "Ines Duarte"),
    ],
)
def test_an_outlet_suffix_is_never_a_person(title: str, person: str) -> None:
    analysis = classify(title, "", WATCH)
    assert analysis.event is not None and analysis.event.person == person
    assert analysis.people == [person]


def test_a_dash_clause_with_a_move_verb_is_not_an_outlet() -> None:
    analysis = classify("Ana Petrov leaves OpenAI - Joins Anthropic", "", WATCH)
    assert analysis.is_move and "Anthropic" in analysis.labs


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("demis hassabis is leaving google deepmind", "", ("Demis Hassabis", "leave")),
        (
            "wojciech zaremba joins anthropic",
            "Zaremba co-founded OpenAI in 2015.",
            ("Wojciech Zaremba", "join"),
        ),
    ],
)
def test_a_lowercase_title_finds_labs_and_people(
    title: str, summary: str, expected: tuple[str, str]
) -> None:
    assert event_of(title, summary)[:2] == expected


@pytest.mark.parametrize(
    "title",
    [
        "openai is hiring backend engineers (remote, us)",
        "the meta way of leaving things unfinished",
        "show hn: i left my job to build a tiny llm",
    ],
)
def test_lowercase_titles_that_are_no_move(title: str) -> None:
    assert not is_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Cohere Announces Appointment of Dr. Mei Tanaka as Chief Technology Officer",
            ("Mei Tanaka", "Cohere"),
        ),
        (
            "Mistral AI announces the appointment of Paul Girard as CFO",
            ("Paul Girard", "Mistral AI"),
        ),
    ],
)
def test_a_press_release_appointment_is_a_move(title: str, expected: tuple[str, str]) -> None:
    person, _, _, to_lab = event_of(title)
    assert (person, to_lab) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Anthropic adds former Treasury official Dana Whitfield to its board",
        "Mistral AI adds ex-Airbus executive Luc Moreau as a part-time adviser",
        "Cohere hires former minister Ana Costa as senior advisor",
        "Former Google CEO Eric Schmidt joins Mistral AI board",
    ],
)
def test_board_and_advisory_seats_are_no_move(title: str) -> None:
    assert not is_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Larkspur Robotics fires CEO Tobias Lund", ("Tobias Lund", "Larkspur Robotics")),
        (
            "Quillon Labs Ousts Co-Founder and President Hana Sato Amid Funding Row",
            ("Hana Sato", "Quillon Labs"),
        ),
    ],
)
def test_an_unlisted_organisation_can_fire(title: str, expected: tuple[str, str]) -> None:
    person, _, from_lab, _ = event_of(title)
    assert (person, from_lab) == expected


@pytest.mark.parametrize(
    ("title", "to_lab"),
    [
        ("Brightwater AI hires Google veteran Omar Haddad as CTO", "Brightwater AI"),
        ("Nimbus Technologies Names Clara Voss Chief Executive", "Nimbus Technologies"),
    ],
)
def test_an_unlisted_organisation_can_hire(title: str, to_lab: str) -> None:
    assert event_of(title)[3] == to_lab


@pytest.mark.parametrize(
    "title",
    ["Generative AI fires up a new race for chips", "Why Open Research hires matter"],
)
def test_an_org_ending_alone_does_not_make_a_hirer(title: str) -> None:
    assert not is_move(title)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Ravi Chandran leaves the Biden administration", "He will advise OpenAI and Anthropic."),
        (
            "Former Meta researcher Ana Ortiz joins the State Department",
            "Meta declined to comment.",
        ),
        ("Sam Altman's ally Tom Reyes exits the White House", "Reyes may return to OpenAI."),
    ],
)
def test_leaving_or_joining_a_public_body_is_no_lab_move(title: str, summary: str) -> None:
    assert not is_move(title, summary)


def test_leaving_a_lab_for_government_is_still_a_move() -> None:
    assert event_of("Ravi Chandran leaves OpenAI for the Biden administration")[1:3] == (
        "leave",
        "OpenAI",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Anthropic's policy chief Nora Quinn plans to leave to launch a startup, report says",
        "Google DeepMind researcher Ivo Petrak reportedly planning to join Meta",
    ],
)
def test_a_reported_plan_is_no_move(title: str) -> None:
    assert not is_move(title)


@pytest.mark.parametrize(
    "title",
    [
        "Nora Quinn plans to leave Anthropic at the end of the year",
        "Ivo Petrak reportedly joins Meta from Google DeepMind",
    ],
)
def test_a_plan_announced_or_a_reported_move_is_still_a_move(title: str) -> None:
    assert is_move(title)


@pytest.mark.parametrize(
    "summary",
    [
        "Rita Okoye, who ran Meta's infra team until 2023, has been hiring old colleagues since spring.",
        "Ken Adachi recruited most of them personally.",
    ],
)
def test_a_group_hirer_in_the_summary_is_not_the_mover(summary: str) -> None:
    assert event_of("Meta loses a dozen engineers to Anthropic", summary)[0] is None


def test_a_group_member_in_the_summary_is_the_mover() -> None:
    summary = "Ken Adachi, a former Meta engineer, is among the new hires."
    assert event_of("Anthropic poaches 12 engineers from Meta", summary)[0] == "Ken Adachi"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Cohere Welcomes Ana Ruiz as Chief Scientist",
            "Ruiz joins from Google DeepMind, where she led the Gemini data team.",
            ("Ana Ruiz", "join", "Google DeepMind", "Cohere"),
        ),
        (
            "Mistral AI Announces Appointment of Karl Weiss as Head of Research",
            "Weiss has led Mistral AI's pre-training since 2024.",
            ("Karl Weiss", "appointed", None, "Mistral AI"),
        ),
        (
            "Hugging Face Names Lena Roth Chief Operating Officer",
            "The company raised $235 million from Google and Nvidia last year.",
            ("Lena Roth", "appointed", None, "Hugging Face"),
        ),
    ],
)
def test_title_case_press_releases(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "move"),
    [
        ("Priya Nair to return as Cohere CEO under a reshaped board", "", True),
        ("Tom Brandt comes back as Mistral chief scientist with a new board in place", "", True),
        ("Lena Ortiz joins Anthropic's board as an independent director", "", False),
        ("Anthropic adds Lena Ortiz to its board of directors", "", False),
    ],
)
def test_a_job_title_before_the_board_is_a_job(title: str, summary: str, move: bool) -> None:
    assert classify(title, summary, WATCH).is_move is move


def test_a_title_describing_the_person_still_leaves_a_board_seat() -> None:
    assert not is_move("Cohere adds former Pentagon chief Dana Wu to its board")
