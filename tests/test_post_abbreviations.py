"""Three classes: a lab alias that is also a post's abbreviation ("GM": general manager)
names the post after a unit's noun; a lab lost to a company's research lab goes there; people
nobody names or counts leaving for many labs or plural rivals are a brain drain, a trend."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Former Baidu self-driving unit GM Li Wei announces resignation",
            ("Li Wei", "leave", "Baidu", None),
        ),
        (
            "Microsoft cloud division GM Jane Smith leaves for Google",
            ("Jane Smith", "join", "Microsoft", "Google DeepMind"),
        ),
        ("Baidu's GM Wang Jing resigns", ("Wang Jing", "leave", "Baidu", None)),
    ],
)
def test_unit_gm_is_the_units_manager(title: str, expected: Move) -> None:
    assert event_of(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("GM hires Jane Smith from Tesla", ("Jane Smith", "join", "Tesla", "General Motors")),
        ("Jane Smith leaves GM for Tesla", ("Jane Smith", "join", "General Motors", "Tesla")),
        (
            "Former GM exec Jane Smith joins Tesla",
            ("Jane Smith", "join", "General Motors", "Tesla"),
        ),
        (
            "Tesla poaches GM battery chief Jane Smith",
            ("Jane Smith", "join", "General Motors", "Tesla"),
        ),
        (
            "Longtime GM Exec Dan Ammann is out as Cruise CEO",
            ("Dan Ammann", "leave", "Cruise", None),
        ),
    ],
)
def test_gm_elsewhere_stays_general_motors(title: str, expected: Move) -> None:
    assert event_of(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Microsoft loses AI chief Jane Smith to Initech's new research institute",
            ("Jane Smith", "join", "Microsoft", "Initech"),
        ),
        (
            "Jane Smith leaves Google to join Initech's research lab",
            ("Jane Smith", "join", "Google DeepMind", "Initech"),
        ),
        (
            "Meta loses robotics head Jane Smith to Initech's US$2 billion research lab",
            ("Jane Smith", "join", "Meta", "Initech"),
        ),
    ],
)
def test_loss_to_a_companys_research_lab_is_a_join(title: str, expected: Move) -> None:
    assert event_of(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a bare name on no list needs the summary; a founder's lab may be a surname's
        (
            "Google loses robotics chief Jane Smith to Initech",
            ("Jane Smith", "leave", "Google DeepMind", None),
        ),
        (
            "Apple loses AI executive to Zuckerberg's superintelligence lab",
            (None, "leave", "Apple", None),
        ),
        (
            "Jane Smith leaves Google's research lab",
            ("Jane Smith", "leave", "Google DeepMind", None),
        ),
        (
            "Google loses robotics chief to Initech's rival",
            (None, "leave", "Google DeepMind", None),
        ),
    ],
)
def test_loss_without_a_research_lab_keeps_its_reading(title: str, expected: Move) -> None:
    assert event_of(title, "") == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Apple's AI brain drain worsens",
            "Many AI engineers are leaving Apple for Google OpenAI Microsoft and Meta.",
        ),
        (
            "Google's AI brain drain deepens as rivals poach top talent",
            "Google faces trouble as key AI researchers are leaving Google for rivals.",
        ),
        (
            "Apple's AI brain drain accelerates",
            "Apple faces mounting challenges as top AI researchers depart for competitors and startups.",
        ),
    ],
)
def test_uncounted_talent_leaving_for_many_places_is_a_trend(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a named person going to one of a list of labs written without commas
            "Jane Smith leaves Apple for Google OpenAI",
            "",
            ("Jane Smith", "join", "Apple", "OpenAI"),
        ),
        ("Apple AI researchers depart for rival lab", "", (None, "leave", "Apple", None)),
        ("Apple AI researchers depart for rival labs", "", (None, "leave", "Apple", None)),
        (  # a lab after its owner with no mark between still is the owned one
            "Jane Smith leaves GM Cruise for Zoox",
            "",
            ("Jane Smith", "join", "Cruise", "Zoox"),
        ),
    ],
)
def test_named_owned_or_single_place_moves_stay(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected
