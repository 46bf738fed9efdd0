"""Who is named as the mover: never a Title Case phrase ("Face Setback", "Signaling
State-Level"), never the person who appoints ("X has appointed a new CFO") or who praises
("... praise from X"), and a name whose surname is two capitals ("Arvind KC") is a name.
Worded apart from the labelled sets (invented people, other labs and phrasings), each with
near misses that keep their mover."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # present tense, an article before the role: the subject appoints
            "Jensen Huang appoints a new chief scientist at Nvidia",
            "",
            (None, "appointed", None, "Nvidia"),
        ),
        (  # the perfect, the role's holder named after a dash
            "Satya Nadella has named a new head of Microsoft Research – meet the physicist,"
            " Ilse Varga",
            "",
            ("Ilse Varga", "appointed", None, "Microsoft"),
        ),
        (  # a possessive before the role, the appointer's lab in an apposition
            "Lisa Su, AMD's chief executive, names her new chief AI officer",
            "",
            (None, "appointed", None, "AMD"),
        ),
        (  # near miss: a headline's passive, the subject is appointed
            "Ilse Varga named new head of Microsoft Research",
            "",
            ("Ilse Varga", "appointed", None, "Microsoft"),
        ),
        (  # near miss: a bare past form before 'a' is the passive too
            "Ilse Varga named a Microsoft vice president",
            "",
            ("Ilse Varga", "appointed", None, "Microsoft"),
        ),
        (  # near miss: the appointee right after the verb
            "Satya Nadella appoints Ilse Varga as head of Microsoft Research",
            "",
            ("Ilse Varga", "appointed", None, "Microsoft"),
        ),
    ],
)
def test_appointer_is_not_the_mover(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # 'from' a person: who praises
            "Mistral's newest hire ran robotics at Apple and won praise from Jensen Huang",
            "Mistral AI has added a senior researcher whose work spans vision and robotics.",
            (None, "join", None, "Mistral AI"),
        ),
        (  # 'by' a person: the same, in the passive
            "Mistral's newest hire ran robotics at Apple and was praised by Jensen Huang",
            "Mistral AI has added a senior researcher whose work spans vision and robotics.",
            (None, "join", None, "Mistral AI"),
        ),
        (  # near miss: the headline's person is named in apposition
            "Mistral's newest hire Ilse Varga ran robotics at Apple",
            "Mistral AI has added a senior researcher whose work spans vision and robotics.",
            ("Ilse Varga", "join", None, "Mistral AI"),
        ),
    ],
)
def test_source_of_praise_is_not_the_mover(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # an everyday word opens the phrase (a verb of the headline)
            "Samsung's AI Hopes Face Setback as Top Engineer Departs for Apple",
            "Samsung said its AI push continues despite several engineers leaving for Apple.",
            (None, "join", "Samsung", "Apple"),
        ),
        (  # an '-ing' form of one
            "Ohio Appoints First Chief AI Officer, Marking Statewide Push",
            "Ohio has appointed its first chief artificial intelligence officer.",
            (None, "appointed", None, "Ohio"),
        ),
        (  # a compound of everyday words ends it
            "Cohere Boosts Search With Strategic Acqui-Hire of Retrieval Team",
            "Cohere has brought on board the team behind a retrieval startup.",
            (None, "poach", None, "Cohere"),
        ),
        (  # an adjective opens it
            "Qualcomm Gets Strategic Boost As Former Intel Chief Joins",
            "Qualcomm has hired a longtime Intel executive to run its data center chips.",
            (None, "join", "Intel", "Qualcomm"),
        ),
        (  # the same, the object of a verb of taking
            "Meta Lands Massive Catch From OpenAI: Researcher Joins Superintelligence Lab",
            "Meta said it hired the researcher.",
            (None, "join", "OpenAI", "Meta"),
        ),
        (  # near miss: a given name that ends like no adjective
            "Meta Hires Dominic Perella From OpenAI To Lead Policy Push",
            "Meta said it hired the researcher.",
            ("Dominic Perella", "join", "OpenAI", "Meta"),
        ),
        (  # near miss: a first name opens it
            "Meta Hires Jason Park From OpenAI to Boost Superintelligence Push",
            "Meta said the researcher would join its superintelligence group.",
            ("Jason Park", "join", "OpenAI", "Meta"),
        ),
        (  # near miss: an everyday word, but after a role, where a name stands
            "Nvidia Hires Berkeley Professor Grant Hollis to Lead Safety Research",
            "Nvidia has hired a Berkeley professor to run its safety group.",
            ("Grant Hollis", "join", "UC Berkeley", "Nvidia"),
        ),
        (  # near miss: a given name that is an everyday word, missing from the names list
            "Pierce Novak Joins OpenAI As Research Lead",
            "The veteran engineer will start next month, the company said.",
            ("Pierce Novak", "join", None, "OpenAI"),
        ),
        (
            "Meta Hires Wade Halloran From OpenAI To Boost Superintelligence Push",
            "Meta said the researcher would join its superintelligence group.",
            ("Wade Halloran", "join", "OpenAI", "Meta"),
        ),
        (  # near miss: the summary writes the surname
            "Google Taps Ray Kurzweil for New Role at DeepMind",
            "Kurzweil said he would start in May.",
            ("Ray Kurzweil", "appointed", None, "Google DeepMind"),
        ),
        (  # near miss: a surname that is an everyday word, the given name is not
            "Meta Hires Noam Brown, Hyung Won Chung From OpenAI for Superintelligence Push",
            "Meta said the researchers would join its superintelligence group.",
            ("Noam Brown", "join", "OpenAI", "Meta"),
        ),
    ],
)
def test_title_case_phrase_is_no_person(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Meta Hires Jason Park And Sage Holloway From OpenAI For Superintelligence Push",
        "Meta Hires Jason Park and Sage Holloway From OpenAI For Superintelligence Push",
        "Meta Hires Jason Park, Sage Holloway From OpenAI For Superintelligence Push",
    ],
)
def test_name_listed_after_a_person_is_a_person(title: str) -> None:
    """Near miss: a name opening with an everyday word after another person and 'and' (in any
    case) or a comma stands in a person's place, no headline phrase."""
    summary = "Meta said the two researchers would join its superintelligence group."
    assert classify(title, summary, WATCH).people == ["Jason Park", "Sage Holloway"]


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a summary's name after 'the': a nationality, not a person
            "Vortex Games appoints its first-ever Chief AI Officer",
            "Vortex Games, the South African studio behind Skyline, just picked Ilse Varga as"
            " its first-ever chief AI officer.",
            ("Ilse Varga", "appointed", None, "Vortex Games"),
        ),
        (  # a hyphened French co-founder
            "OpenAI recrute la co-fondatrice de Lumen",
            "Lumen a confirmé le départ de sa co-fondatrice Claire Dubois, qui rejoint OpenAI.",
            ("Claire Dubois", "join", "Lumen", "OpenAI"),
        ),
    ],
)
def test_no_name_after_an_article(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # in the headline, before 'as'
            "Cohere hires Sunil KC as chief people officer",
            "",
            ("Sunil KC", "join", None, "Cohere"),
        ),
        (  # in the summary of a headline that names only the role
            "Cohere Hires Chief People Officer",
            "Cohere hired Sunil KC as its new chief people officer to help it grow.",
            ("Sunil KC", "join", None, "Cohere"),
        ),
        (  # near miss: a product's abbreviation is no surname
            "Roku TV as Jane Doe leaves",
            "",
            ("Jane Doe", "leave", None, None),
        ),
    ],
)
def test_two_capital_surname(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Newly launched Acme Foundation wants to boost open models", ""),
        ("Quietly formed Vortex Institute hopes to rival DeepMind", ""),
    ],
)
def test_adverb_opening_is_no_founder(title: str, summary: str) -> None:
    no_move(title, summary)


def test_adverb_before_a_name_keeps_it() -> None:
    """Near miss: the adverb stands before the person's name."""
    assert event_of("Recently hired Jane Doe leaves Meta") == ("Jane Doe", "leave", "Meta", None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Carly Novak leaves OpenAI for Meta", ("Carly Novak", "join", "OpenAI", "Meta")),
        ("Everly Tan joins xAI", ("Everly Tan", "join", None, "xAI")),
    ],
)
def test_given_name_in_ly_is_a_name(title: str, expected: Move) -> None:
    """Near miss: a given name made of an everyday word and '-ly' is no adverb."""
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected_person"),
    [
        (  # the hirer named first, in a sentence of their own; "gets X to join": X moves
            "Cohere pulls Acme Robotics' cofounder to run its new robotics unit",
            "Aidan Gomez keeps hedging his bets. His latest move is getting Acme Robotics'"
            " co-founder Jane Roe to join and head Cohere's new robotics unit.",
            "Jane Roe",
        ),
        (
            "Mistral AI lures a Google researcher for its agents team",
            "Arthur Mensch is on a hiring streak: he persuaded Google researcher John Poe to"
            " join the company's agents team.",
            "John Poe",
        ),
    ],
)
def test_who_is_got_to_join_moves_not_who_gets_them(
    title: str, summary: str, expected_person: str
) -> None:
    assert event_of(title, summary)[0] == expected_person


def test_a_successor_to_take_the_post_is_no_leaver() -> None:
    """Near miss: after a departure, "Y to replace X" names who follows, not who leaves."""
    title = "Cohere's robotics chief steps down"
    summary = "Jane Roe to replace John Poe, who is leaving Cohere after four years."
    assert event_of(title, summary)[0] != "Jane Roe"
