"""Reports of one event that write it differently: an organisation's name turned or shortened,
a short surname spelled two ways, a post's remit read as the mover, an unnamed group told with
and without the lab it came from; and near misses that stay apart (jobs/stories/)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from jobs.language.events import Event
from jobs.stories.movers import named_as_remit, same_lab
from jobs.stories.scoring import given_key, same_person, unnamed_alike
from storage.db import Database
from tests.test_stories import T0, add_entries, analyze, stories


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Commerce Department", "Department of Commerce"),
        ("U.S. Commerce Department", "Department of Commerce"),
        ("US Department of Energy", "Energy Department"),
        ("FTC", "Federal Trade Commission"),
        ("DOE", "U.S. Department of Energy"),
        ("WSJ", "The Wall Street Journal"),
        ("LA Times", "Los Angeles Times"),
        ("Google", "Google DeepMind"),
    ],
)
def test_one_organisation_written_several_ways_is_one_lab(a: str, b: str) -> None:
    assert same_lab(a, b) and same_lab(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Energy Department", "Department of Commerce"),
        ("UK government", "US government"),
        ("AI", "Allen Institute"),  # two letters alone stand for too much
        ("United Airlines", "Airlines"),
        ("FTC", "Federal Reserve"),
        ("Anthropic", "OpenAI"),
    ],
)
def test_other_organisations_stay_other_labs(a: str, b: str) -> None:
    assert not same_lab(a, b)


def test_an_appointment_at_a_department_written_two_ways_is_one_story(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Commerce Department names Maya Okonkwo its first chief AI officer",
            "",
            T0,
            "https://a/okonkwo",
        ),
        (
            "b",
            "Department of Commerce hires Maya Okonkwo to lead AI policy",
            "",
            T0 + timedelta(hours=30),
            "https://b/okonkwo",
        ),
        (  # five days on: a follow-up at the same department, however written
            "c",
            "US Commerce Department appoints Maya Okonkwo chief AI officer",
            "",
            T0 + timedelta(days=5),
            "https://c/okonkwo",
        ),
        (  # the same person at another department is another event
            "d",
            "Energy Department names Maya Okonkwo chief AI officer",
            "",
            T0 + timedelta(hours=2),
            "https://d/okonkwo",
        ),
    )
    analyze(database)
    assert sorted(map(len, stories(database).values())) == [1, 3]


def test_a_newspaper_and_its_initials_are_one_employer(database: Database) -> None:
    add_entries(
        database,
        ("a", "WSJ hires Rohan Mehta to lead AI newsroom efforts", "", T0, "https://a/m"),
        (
            "b",
            "Wall Street Journal hires Rohan Mehta to lead AI newsroom efforts",
            "",
            T0 + timedelta(hours=6),
            "https://b/m",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_short_surnames_one_letter_apart_beside_one_given_name_are_one_person() -> None:
    assert same_person("Leila Nasri", "Leila Nasiri")
    assert same_person("Anand Rao", "Anand Rao")
    assert given_key("Leila Nasri") == given_key("Leila Nasiri") == "q:leila.n"
    # other given names, a short given name, another first letter: other people
    assert not same_person("Omar Nasir", "Leila Nasiri")
    assert not same_person("Bo Tang", "Bo Tong")
    assert not same_person("Leila Nasri", "Leila Kasri")
    assert not same_person("Nasri", "Nasiri")
    assert given_key("Bo Tang") is None and given_key("Leila Nasirinejad") is None


def test_a_short_surname_spelled_two_ways_is_one_story(database: Database) -> None:
    add_entries(
        database,
        ("a", "Leila Nasri joins Anthropic from Cohere", "", T0, "https://a/n"),
        (
            "b",
            "Cohere researcher Leila Nasiri heads to Anthropic",
            "",
            T0 + timedelta(hours=20),
            "https://b/n",
        ),
        (  # another given name: another person's move
            "c",
            "Omar Nasir leaves Cohere for Anthropic",
            "",
            T0 + timedelta(hours=22),
            "https://c/n",
        ),
    )
    analyze(database)
    assert sorted(map(len, stories(database).values())) == [1, 2]


def test_a_short_surname_spelled_another_way_in_a_later_pass_finds_the_story(
    database: Database,
) -> None:
    add_entries(database, ("a", "Leila Nasri joins Anthropic from Cohere", "", T0, "https://a/n"))
    analyze(database)
    add_entries(
        database,
        (
            "b",
            "Leila Nasiri leaves Cohere for Anthropic",
            "",
            T0 + timedelta(days=4),
            "https://b/n",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_a_remit_is_no_mover() -> None:
    assert named_as_remit("Cloud Platform", "Mistral AI Hires New Head of Cloud Platform")
    assert named_as_remit("Search Quality", "Perplexity names VP of Search Quality")
    assert not named_as_remit("Tomas Lindgren", "Tomas Lindgren joins Mistral AI")
    assert not named_as_remit("Tomas Lindgren", "Mistral AI names Tomas Lindgren head of cloud")


def test_a_remit_read_as_the_mover_joins_the_named_hire(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Mistral AI Hires New Head of Cloud Platform",
            "Mistral AI has hired Tomas Lindgren as its new Head of Cloud Platform.",
            T0,
            "https://a/l",
        ),
        (
            "b",
            "Vercel alum Tomas Lindgren joins Mistral AI",
            "",
            T0 + timedelta(hours=3),
            "https://b/l",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_an_unnamed_group_with_and_without_the_lab_left_is_one_event() -> None:
    day = timedelta(hours=8)
    told = Event(None, "return", "Character.AI", "Google DeepMind")
    vaguer = Event(None, "return", None, "Google DeepMind")
    assert unnamed_alike(vaguer, told, day) and unnamed_alike(told, vaguer, day)
    # days apart, another destination, another action, or both labs named otherwise: apart
    assert not unnamed_alike(vaguer, told, timedelta(days=3))
    assert not unnamed_alike(Event(None, "return", None, "OpenAI"), told, day)
    assert not unnamed_alike(Event(None, "join", None, "Google DeepMind"), told, day)
    assert not unnamed_alike(Event(None, "return", "Inflection AI", "Google DeepMind"), told, day)
    # a departure's place is the lab left: one naming where they go is the same departure
    left = Event(None, "leave", "Cohere", None)
    assert unnamed_alike(left, Event(None, "leave", "Cohere", "Anthropic"), day)
    assert not unnamed_alike(left, Event(None, "leave", None, "Anthropic"), day)


def test_unnamed_returns_told_with_and_without_the_lab_left_are_one_story(
    database: Database,
) -> None:
    add_entries(
        database,
        ("a", "Researchers return to Google from Character.AI", "", T0, "https://a/r"),
        ("b", "Google rehires senior researchers", "", T0 + timedelta(hours=4), "https://b/r"),
        (  # days later: perhaps other people
            "c",
            "Google brings back senior researchers",
            "",
            T0 + timedelta(days=4),
            "https://c/r",
        ),
    )
    analyze(database)
    assert sorted(map(len, stories(database).values())) == [1, 2]


def test_a_new_unit_led_by_the_mover_tells_the_appointment(database: Database) -> None:
    add_entries(
        database,
        ("a", "Dana Whitfield joins Cohere from Google", "", T0, "https://a/w"),
        (
            "b",
            "Cohere forms new applied research division led by former Google scientist",
            "Dana Whitfield will run the division from Toronto.",
            T0 + timedelta(hours=5),
            "https://b/w",
        ),
        (  # a team the mover leads, no new unit: news of the team, not of the move
            "c",
            "Cohere model team led by Dana Whitfield ships a new release",
            "The release covers speech models for Dana Whitfield's new team at Cohere.",
            T0 + timedelta(hours=30),
            "https://c/w",
        ),
    )
    analyze(database)
    assert sorted(map(len, stories(database).values())) == [2]
    assert "Cohere model team led by Dana Whitfield ships a new release" not in sum(
        stories(database).values(), []
    )


def test_a_group_hire_with_one_named_is_told_without_the_name(database: Database) -> None:
    add_entries(
        database,
        ("a", "Rhea Kapoor and three colleagues join Anthropic from Cohere", "", T0, "https://a/k"),
        (
            "b",
            "Anthropic bets on enterprise with Cohere hires",
            "",
            T0 + timedelta(hours=9),
            "https://b/k",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_one_named_hire_is_not_told_by_a_group_report(database: Database) -> None:
    add_entries(
        database,
        ("a", "Rhea Kapoor joins Anthropic from Cohere", "", T0, "https://a/k"),
        (
            "b",
            "Anthropic bets on enterprise with Cohere hires",
            "",
            T0 + timedelta(hours=9),
            "https://b/k",
        ),
    )
    analyze(database)
    assert list(stories(database).values()) == [["Rhea Kapoor joins Anthropic from Cohere"]]
