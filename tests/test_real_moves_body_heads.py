"""Heads named, and heads leaving, at research bodies, units and schools on no lab list, and
leadership changes at them told in German: an acronym or a coined name opening the headline
names someone to a unit's post ("<Body> names X as <Unit>'s new boss") or announces its chief's
departure; a school sets up an AI institute headed by a lab's executive; a company creates a
post whose holder the summary names, or is appointing someone "as its new" post; a headline's
unit written by its kind ("to head research division") that the summary names; "Führungswechsel
am <Body>" with "X wird neuer Vorsitzender", "X tritt von ihrem Posten ... ab". Worded apart
from the labelled rows (other people, bodies and posts), with near misses that must stay no
moves or keep their reading: a search for a new chief, a body founded with no head named, an
adviser or a board seat, a person appointing with 'his', a change of people weighed."""

from __future__ import annotations

import pytest

from jobs.language.lab_moves import owned_post
from jobs.language.people import compile_watch, tag
from jobs.watch.lists import watch_from_settings
from tests.test_real_shapes import Move, event_of, no_move

DICTS = compile_watch(watch_from_settings([], [], None))


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # an acronym names someone to the post of a unit it owns, written coined
            "NERC names Priya Raman as Lab42's new boss",
            "Priya Raman will run the artificial intelligence unit from March.",
            ("Priya Raman", "appointed", None, "Lab42"),
        ),
        (  # an acronym naming someone to its own post
            "ANSTO names Priya Raman as its new chief scientist",
            "The agency says she will steer its machine learning work.",
            ("Priya Raman", "appointed", None, "ANSTO"),
        ),
        (  # a coined name announcing its chief's departure; the summary says who
            "Lab42 announces departure of CEO",
            "The government's AI research arm Lab42 has announced the departure of CEO "
            "Marcus Webb after five years.",
            ("Marcus Webb", "leave", "Lab42", None),
        ),
        (  # a company giving a post as 'its' own, in the progressive
            "Lyft is appointing Dana Okafor as its new chief scientist",
            "She will oversee the company's artificial intelligence research.",
            ("Dana Okafor", "appointed", None, "Lyft"),
        ),
        (  # a profile headline whose summary tells the appointment
            "New Lyft science chief Dana Okafor has a hard road ahead",
            "Lyft is appointing Dana Okafor as its new Chief Scientist, the company said on "
            "its blog. She leads its machine learning teams.",
            ("Dana Okafor", "appointed", None, "Lyft"),
        ),
        (  # a post created, its holder named after a verb of naming
            "Lyft creates chief AI officer post",
            "Lyft told staff on Monday it is naming Dana Okafor as chief AI officer, a new "
            "role over its machine learning work.",
            ("Dana Okafor", "appointed", None, "Lyft"),
        ),
        (  # a school's institute headed by a lab's sitting executive
            "Boston University Launches AI Institute, Headed by Google Scientist Jane Porter",
            "The institute will study artificial intelligence and society.",
            ("Jane Porter", "join", "Google DeepMind", "Boston University"),
        ),
        (  # a German leadership change at a body, the new head in the summary
            "Führungswechsel am KIZ",
            "Das KI-Zentrum bekommt eine neue Spitze. Professor Lukas Berger wird neuer "
            "Vorsitzender der Geschäftsführung. Das beschloss der Aufsichtsrat.",
            ("Lukas Berger", "appointed", None, "KIZ"),
        ),
        (  # an English one, the body after 'at the' and 'becomes new director'
            "Leadership change at the ETH AI Center",
            "Professor Lukas Berger becomes new director of the artificial intelligence centre.",
            ("Lukas Berger", "appointed", None, "ETH AI Center"),
        ),
    ],
)
def test_body_head_named(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_german_head_steps_down() -> None:
    """'X tritt von ihrem Posten an der Spitze des Y ab': X steps down (a separable verb)."""
    event = event_of(
        "Überraschender Führungswechsel an der KIZ-Spitze",
        "Berlin · Anna Vogt tritt von ihrem Posten an der Spitze des KI-Zentrums ab. Erst im "
        "Mai hatte sie die Aufgabe übernommen.",
    )
    assert event is not None and event[:2] == ("Anna Vogt", "leave")


def test_unit_headed_by_its_kind() -> None:
    """'<Maker> names X to head research division' + '... as the new head of Samsung Research':
    the unit the summary names, as the headline's own 'to head Samsung Research' is."""
    event = event_of(
        "Samsung names top robotics professor to head research division",
        "Samsung Electronics has appointed AI expert Mira Holm as the new head of Samsung "
        "Research, the company said.",
    )
    assert event == ("Mira Holm", "appointed", None, "Samsung Research")


def test_unit_only_in_summary_keeps_maker() -> None:
    """No unit kind headed in the headline: the maker stays."""
    event = event_of(
        "Samsung names top robotics professor as president",
        "Samsung Electronics has appointed AI expert Mira Holm, who once worked at Samsung "
        "Research, as president.",
    )
    assert event is not None and event[3] != "Samsung Research"


def test_nominated_to_lead() -> None:
    """'X nominated to lead <Lab>'s research' reads as 'named to lead'."""
    event = event_of(
        "AI expert nominated to lead Samsung's research",
        "Samsung Electronics said it has nominated AI expert Mira Holm as head of its global "
        "research centres.",
    )
    assert event is not None and event[0] == "Mira Holm" and event[3] is not None


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a search for a new chief is an opening, nobody named to it
        (
            "NERC begins global search for new Lab42 chief",
            "The agency is hunting for a technologist to run its AI unit.",
        ),
        # a body founded with no head named
        (
            "Boston University Launches AI Institute",
            "The institute will study artificial intelligence and society.",
        ),
        # a school's institute with an adviser from a lab, not a head
        (
            "Boston University Launches AI Institute, Hires Google's Jane Porter As Advisor",
            "The institute will study artificial intelligence and society.",
        ),
        # a post created with no one named
        (
            "Lyft creates chief AI officer post",
            "Lyft told staff on Monday it will hire for the new role later this year.",
        ),
        # a person appointing to 'his' post is no company
        (
            "Jordan names Dana Okafor as his new chief of staff",
            "The senator said she will advise him on artificial intelligence.",
        ),
        # an acronym naming someone with no AI in the text is no AI move
        ("NASA names Priya Raman as JPL's new director", "She ran the Mars programme."),
        # a board seat at a body
        (
            "NERC names Priya Raman to its AI advisory board",
            "The board advises on artificial intelligence.",
        ),
        # a leadership change weighed, not made
        (
            "Leadership change at the ETH AI Center considered",
            "Professor Lukas Berger may become director of the artificial intelligence centre.",
        ),
        # a minister's speech at a leadership change
        (
            "Ministerpräsident Weber zum Wechsel in der Geschäftsführung des KIZ",
            "Der Ministerpräsident dankte der bisherigen Leiterin für ihre Arbeit am KI-Zentrum.",
        ),
    ],
)
def test_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


def test_owned_post_cut_short_keeps_the_lab() -> None:
    """'as <Lab>'s new' ending the tokens (no role word left): the naming lab, read within
    bounds (lab_moves.owned_post)."""
    toks = tag("Google names Jane Roe as Anthropic's new", DICTS).toks
    assert owned_post(toks, 4, len(toks), "Google DeepMind") == "Google DeepMind"
