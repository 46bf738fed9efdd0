"""Shapes that the real set O showed the rules missed or misread: chip and cloud companies and
US national laboratories as the labs people move between (Qualcomm, Arm, Oracle, Oak Ridge); a
departure "to run / become CEO of" a lab, which joins it; the Pentagon's AI post (its Chief
Digital and AI Officer) left; a cabinet's minister or secretary of state for AI, digital
affairs or technology appointed, to that country's government; "X, <apposition>, to depart";
a pair named to a shared co-post ("names co-CEOs") with no one mover; a relative clause's
"key to" read as a destination, "While" taken into a name, a word of a "Chief ... Officer"
title taken for a company; and headlines in German (retiring, losing an expert to a rival,
wooing away), Italian (leaving "to take a new role at"), Icelandic, Japanese and Chinese.
Worded apart from the labelled set (other people, companies, countries and phrasings), each
with near misses that stay no moves."""

from __future__ import annotations

from datetime import timedelta

import pytest

from storage.db import Database
from tests.test_real_shapes import Move, event_of, no_move
from tests.test_stories import T0, add_entries, analyze, stories


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a chip company hires from a cloud company
            "Qualcomm lures Oracle's top AI infrastructure architect Dana Whitfield",
            "",
            ("Dana Whitfield", "join", "Oracle", "Qualcomm"),
        ),
        (
            "Arm poaches Nvidia GPU veteran Tomas Lindqvist",
            "",
            ("Tomas Lindqvist", "join", "Nvidia", "Arm"),
        ),
        (  # a national laboratory's former head, nobody named in the headline
            "Nvidia hires ex-Los Alamos director to court national labs",
            "",
            (None, "join", "Los Alamos National Laboratory", "Nvidia"),
        ),
        (  # its abbreviation
            "ORNL supercomputing chief Wen Hollis joins Qualcomm",
            "",
            ("Wen Hollis", "join", "Oak Ridge National Laboratory", "Qualcomm"),
        ),
    ],
)
def test_chip_cloud_companies_and_national_labs(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("AI arms race heats up as chipmakers cut prices", ""),  # "arms", no company
        ("The Oracle of Omaha says AI stocks are overvalued", ""),  # no move at all
    ],
)
def test_company_words_that_are_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Microsoft research lead quits to become chief scientist of Mistral",
            "Priya Natarajan spent a decade at Microsoft.",
            ("Priya Natarajan", "join", "Microsoft", "Mistral AI"),
        ),
        (  # the lab named as fully as the list names it, after "take over as"
            "Nvidia robotics head Jon Abrams leaves to take over as president of the Allen "
            "Institute for Artificial Intelligence",
            "",
            ("Jon Abrams", "join", "Nvidia", "Allen Institute for AI"),
        ),
        (  # a post at the lab left is a new post there (jobs/language/events.py)
            "Jon Abrams steps down as Nvidia robotics head to become Nvidia's chief scientist",
            "",
            ("Jon Abrams", "appointed", None, "Nvidia"),
        ),
    ],
)
def test_departing_to_run_a_lab_joins_it(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_departing_to_run_no_lab_stays_a_departure() -> None:
    assert event_of("Jon Abrams leaves Nvidia to run for Congress") == (
        "Jon Abrams",
        "leave",
        "Nvidia",
        None,
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Pentagon's chief digital and AI officer Lena Ortiz steps down",
            "",
            ("Lena Ortiz", "leave", "Pentagon", None),
        ),
        (  # the apposition closed before "to": the headline's future, no purpose clause
            "Lena Ortiz, the Defense Department's AI chief, to leave in June",
            "",
            ("Lena Ortiz", "leave", "Pentagon", None),
        ),
        (  # a lab in the summary is the successor's, not the post left
            "Pentagon AI boss Lena Ortiz exits",
            "She will be succeeded by Raj Mehta, who previously worked at Microsoft.",
            ("Lena Ortiz", "leave", "Pentagon", None),
        ),
        (  # the post by its initials, after the verb
            "Lena Ortiz leaving CDAO role",
            "Ortiz is departing the Department of War after 18 months.",
            ("Lena Ortiz", "leave", "Pentagon", None),
        ),
    ],
)
def test_the_pentagons_ai_post(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_a_pentagon_post_that_is_no_ai_post() -> None:
    # a departure with no AI post named: not the Pentagon's AI post (no organisation at all)
    assert event_of("Pentagon logistics chief Lena Ortiz steps down")[2] is None


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Keiko Tanaka named Japan's first minister for digital transformation and AI",
            "",
            ("Keiko Tanaka", "appointed", None, "Japanese government"),
        ),
        (  # the country only in the summary
            "Backbench MP Owen Pryce appointed AI minister",
            "Prime Minister Keir Starmer moved Pryce into the science department on Friday.",
            ("Owen Pryce", "appointed", None, "UK government"),
        ),
        (
            "Hélène Garnier nommée ministre déléguée au numérique et à l'IA",
            "Le gouvernement français a été remanié samedi.",
            ("Hélène Garnier", "appointed", None, "French government"),
        ),
        (  # the headline names no one; the summary's person is given the post
            "Ottawa has a new minister for artificial intelligence",
            "The prime minister has chosen former banker Nadia Roy to be the new minister of "
            "AI and digital affairs.",
            ("Nadia Roy", "appointed", None, "Government of Canada"),
        ),
    ],
)
def test_ministers_for_ai_digital_or_technology(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Carney's AI minister Nadia Roy says compute plan is coming", ""),  # holds the post
        ("Owen Pryce criticises the new tech secretary over Starmer's AI plan", ""),  # another's
        ("Keiko Tanaka named Japan's new finance minister", ""),  # no AI or tech post
        ("Nadia Roy appointed minister of AI", ""),  # no country named: whose government?
    ],
)
def test_minister_near_misses(title: str, summary: str) -> None:
    no_move(title, summary)


def test_a_former_ai_minister_hired_is_the_hire() -> None:
    assert event_of("Former UK AI minister Owen Pryce joins Anthropic") == (
        "Owen Pryce",
        "join",
        None,
        "Anthropic",
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the summary names the post taken by someone, the headline a pair
            "Nvidia names co-heads for its robotics unit",
            "Nvidia has appointed two longtime executives to jointly lead its robotics unit.",
            (None, "appointed", None, "Nvidia"),
        ),
        (
            "Mistral elevates Anna Berg and Luc Moreau to co-CEO",
            "",
            (None, "appointed", None, "Mistral AI"),
        ),
    ],
)
def test_a_pair_named_to_a_shared_post(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_one_person_named_co_ceo_is_that_person() -> None:
    assert event_of("Mistral names Anna Berg co-CEO")[0] == "Anna Berg"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # "key to" in a relative clause is what the person did, not where they went
            "Intel loses engineer who was central to Nvidia partnership",
            "Marta Quinn left the company this week.",
            ("Marta Quinn", "leave", "Intel", None),
        ),
        (  # "Whereas" opening the summary is no part of the name after it
            "AMD loses another AI executive",
            "Whereas Rui Costa is the third senior leader to leave AMD this year, analysts "
            "are not worried.",
            ("Rui Costa", "leave", "AMD", None),
        ),
        (  # a field inside a "Chief ... Officer" title is no company
            "Meta names Dana Whitfield Chief Product and Design Officer",
            "",
            ("Dana Whitfield", "appointed", None, "Meta"),
        ),
    ],
)
def test_words_read_as_labs_or_names(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_a_relative_clause_still_lets_a_later_destination_count() -> None:
    event = event_of("OpenAI loses researcher who built its voice model to Meta")
    assert (event[1], event[2], event[3]) == ("join", "OpenAI", "Meta")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # German: retiring, with the successor after the comma
            "Nvidia-Präsident Jonas Keller geht in den Ruhestand, Mia Braun übernimmt",
            "",
            ("Jonas Keller", "leave", "Nvidia", None),
        ),
        (  # German: losing an expert to a rival; the summary's "wirbt ... ab" says whom
            "Google verliert KI-Experten an Anthropic",
            "Anthropic wirbt mit Lena Vogt eine weitere Forscherin ab.",
            ("Lena Vogt", "join", "Google DeepMind", "Anthropic"),
        ),
        (  # Italian: left to take a new role at the rival
            "Marco Bellini ha lasciato Meta per assumere un nuovo ruolo presso OpenAI",
            "",
            ("Marco Bellini", "join", "Meta", "OpenAI"),
        ),
        (  # Icelandic: steps down
            "Jón Einarsson, forstjóri Mistral, lætur af störfum",
            "",
            ("Jón Einarsson", "leave", "Mistral AI", None),
        ),
        (  # Japanese: a vice president (named in katakana) leaves "the company"
            "グーグルのAI担当副社長ジョン・スミス氏が同社を退社",
            "",
            (None, "leave", "Google DeepMind", None),
        ),
        (  # Chinese: a deputy director named in characters leaves (in pinyin: han_names.py)
            "百度研究院副主任俞明离职",
            "",
            ("Ming Yu", "leave", "Baidu", None),
        ),
        (  # Chinese: takes the helm, the name in characters
            "AI领军人物俞明执掌百度大模型研究",
            "",
            ("Ming Yu", "appointed", None, "Baidu"),
        ),
    ],
)
def test_moves_in_other_languages(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Google verliert Marktanteile an Microsoft", ""),  # market share lost, no one
        ("Jón Einarsson talar um gervigreind og framtíðina", ""),  # Icelandic, no move
        ("AMD-Präsident Jonas Keller spricht über den Ruhestand seines Vaters", ""),
    ],
)
def test_other_language_near_misses(title: str, summary: str) -> None:
    no_move(title, summary)


CO_CEOS = "Mistral has appointed two longtime executives to jointly lead the company."


def test_a_pair_named_told_twice_in_a_day_is_one_story(database: Database) -> None:
    add_entries(
        database,
        ("a", "Mistral names co-CEOs as founder steps back", CO_CEOS, T0, "https://a/mistral"),
        (
            "b",
            "Mistral elevates Anna Berg and Luc Moreau to co-CEO",
            "",
            T0 + timedelta(hours=14),
            "https://b/mistral",
        ),
    )
    analyze(database)
    assert list(stories(database).values()) == [
        [
            "Mistral names co-CEOs as founder steps back",
            "Mistral elevates Anna Berg and Luc Moreau to co-CEO",
        ]
    ]


def test_unnamed_departures_days_apart_stay_two_stories(database: Database) -> None:
    add_entries(
        database,
        ("a", "Baidu research director resigns", "", T0, "https://a/baidu"),
        ("b", "Baidu's vision lab director resigns", "", T0 + timedelta(days=4), "https://b/bd"),
    )
    analyze(database)
    assert len(stories(database)) == 2
