"""Shapes that the real set M showed the rules missed or misread: a firing told by a noun or by
"terminates" with nobody named ("the executive's firing sparks ...", "Dismissal at <lab>:"); an
origin given as "<company> veteran" or "vet", "formerly with <company>" or "after 14 years at
<company>"; a field of work read as a company ("GPU veteran"); a departure and a successor in
one headline ("X to step down, Y to become CEO"); "hands over <lab>'s reins to" a described
person; a pronoun in the summary standing for the headline's person; a lab's name with "for" in it;
and a headline telling what someone does "as <lab> CEO", which is no news of a move. Worded
apart from the labelled set (other people, companies and phrasings), each with near misses that
stay no moves."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a lab's verb of firing, a role as its object; nobody named
            "Anthropic terminates senior policy lead amid dispute over model release",
            "",
            (None, "fired", "Anthropic", None),
        ),
        (  # a noun of firing, whose firing it is before it
            "Meta AI research director's ouster rattles staff",
            "",
            (None, "fired", "Meta", None),
        ),
        (  # a noun of firing opening the headline, at a lab that ends its clause
            "Ouster at Mistral: a clash over open weights",
            "",
            (None, "fired", "Mistral AI", None),
        ),
        (  # a noun of leaving at a lab; the summary names who
            "Exit at Cohere: safety lead moves on",
            "Priya Natarajan, who led the team since 2022, has left the company.",
            ("Priya Natarajan", "leave", "Cohere", None),
        ),
    ],
)
def test_firings_told_by_nouns(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a firing retold as the topic of something else
        ("Engineers threatened to walk out over the CEO's dismissal last year", ""),
        ("Board member speaks out on Altman ouster", ""),
        ("How the founder's firing reshaped the startup", ""),
        # a dismissal of a case, not of a person; the lab does not end the clause
        ("Dismissal at OpenAI court hearing delayed", ""),
        # "terminates" a contract
        ("Microsoft terminates cloud contract with startup", ""),
    ],
)
def test_firing_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # "<company> vet": a role word, the company before it the origin
            "AMD Hires Nvidia Vet for Robotics Push",
            "",
            (None, "join", "Nvidia", "AMD"),
        ),
        (  # a trade-press verb of hiring; "veteran of 20 years" after the company
            "Nvidia swipes AMD veteran of 20 years to run its PC chips",
            "",
            (None, "join", "AMD", "Nvidia"),
        ),
        (  # a field of work before the role is no company; the summary gives the employer
            "Qualcomm hires chip veteran Sarah Collins",
            "Collins, formerly with Intel, will lead the modem team.",
            ("Sarah Collins", "join", "Intel", "Qualcomm"),
        ),
        (  # a tenure that ended gives the origin
            "Sarah Collins leaves for AMD after nine years at Intel",
            "",
            ("Sarah Collins", "join", "Intel", "AMD"),
        ),
    ],
)
def test_origins_of_veterans(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # "swipes at" a rival is criticism
        ("Nvidia swipes at AMD over its new chips", ""),
        # a tenure told with no move at all
        ("After nine years at Intel, Sarah Collins reflects on chip design", ""),
        # "vet" as a verb
        ("AMD to vet suppliers for its new AI chips", ""),
    ],
)
def test_veteran_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a departure and a successor in coordinate clauses: the successor is the news
            "Shake-up at Nvidia: Bill Dally to step down, Priya Raman to become CEO",
            "",
            ("Priya Raman", "appointed", None, "Nvidia"),
        ),
        (  # the reins handed to a described person
            "Lisa Su hands over AMD's chip empire reins to 'a born engineer', CTO Mark Papermaster",
            "",
            ("Mark Papermaster", "appointed", None, "AMD"),
        ),
        (  # the summary's "he" is the headline's person, not another the summary names
            "Who is Sarah Collins, Intel's next CEO?",
            "Pat Gelsinger handed the company to a board. From March, he will become Intel's chief "
            "executive.",
            ("Sarah Collins", "appointed", None, "Intel"),
        ),
    ],
)
def test_successors(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a successor in a subordinate clause: the departure stays the news
        (
            "Nvidia's Bill Dally to step down as Priya Raman takes over as CEO",
            "",
            ("Bill Dally", "leave", "Nvidia", None),
        ),
        # a stand-in named after a firing
        (
            "Bill Dally fired from Nvidia; Priya Raman named interim CEO",
            "",
            ("Bill Dally", "fired", "Nvidia", None),
        ),
        # the second clause names no post
        (
            "Bill Dally to step down from Nvidia, Priya Raman to become its loudest critic",
            "",
            ("Bill Dally", "leave", "Nvidia", None),
        ),
    ],
)
def test_departures_stay_the_news(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # what someone does in a post already announced
        (
            "Sarah Collins to be 'bold' leader, 'rethink' roadmap as Intel CEO",
            "Last week Intel said Sarah Collins will take over as CEO in March.",
        ),
        ("Satya Nadella's ten years as Microsoft CEO", "Nadella was named CEO in 2014."),
    ],
)
def test_tenure_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


def test_ai2_is_one_lab_whose_name_holds_for() -> None:
    # "for" inside "Allen Institute for AI" does not end the object hired
    ai2 = "Allen Institute for AI"
    assert event_of("Nvidia hires Allen Institute for AI researcher Sarah Collins")[2] == ai2
    # reported by the name the text gives it, one lab with its full name (labs.REPORTED_AS)
    assert event_of("Sarah Collins leaves Ai2 for Nvidia")[2] == "Ai2"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a share price moving "as" the company picks its chief: the cause is the news
            "AMD shares jump 9% as chipmaker taps new CEO",
            "AMD named Sarah Collins its new chief executive on Monday.",
            ("Sarah Collins", "appointed", None, "AMD"),
        ),
        (  # a listed lab picking a new chief, no origin given: an appointment
            "Samsung picks new CEO for its chip business",
            "Samsung named Sarah Collins to the post.",
            ("Sarah Collins", "appointed", None, "Samsung"),
        ),
        (  # a lab's leadership reshaped; the summary tells who came from where
            "Nvidia reshuffles leadership for robotics push",
            "Nvidia has brought in a senior executive from AMD to run its robotics unit.",
            (None, "join", "AMD", "Nvidia"),
        ),
    ],
)
def test_moves_behind_markets_and_reshuffles(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a market move with no move after "as"
        ("Nvidia shares slide 4% as investors weigh new chip rules", ""),
        # a lab's own hiring in an "as" clause after something that is no market move
        ("OpenAI reworks pay as Meta poaches eight researchers", ""),
        # leadership overhauled, no one's move told
        (
            "Musk overhauls Tesla's leadership after merger",
            "Elon Musk has overhauled the executive ranks, telling staff he wants to move faster.",
        ),
        (
            "Meta reshuffles AI unit as founding team shrinks",
            "The move comes after the departures of several co-founders.",
        ),
    ],
)
def test_market_and_reshuffle_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a bare "join" after a lab's team opened the headline; "recruiting ... from" a lab
            "Nvidia Robotics Team 2026: Sarah Collins and Top Researchers Join for Humanoid Push",
            "Nvidia is recruiting top researchers from the Allen Institute for AI, including "
            "Sarah Collins.",
            ("Sarah Collins", "join", "Allen Institute for AI", "Nvidia"),
        ),
        (  # someone of one lab's past leading another's work; the summary names nobody
            "Google Vet Heads Anthropic Robotics",
            "Anthropic grabs a Google robotics leader for its hardware push.",
            (None, "join", "Google DeepMind", "Anthropic"),
        ),
    ],
)
def test_teams_and_veterans_leading(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # an event's programme, not a lab's team
        ("AWS Summit: Satya Nadella joins for keynote", ""),
        # a veteran leading the work of the lab they are already at
        ("OpenAI veteran leads OpenAI robotics push", ""),
        # a veteran leading something that is no lab
        ("Google veteran runs marathon for charity", ""),
    ],
)
def test_team_and_veteran_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # a noun of leaving whose "of" names one role; the lab named before it
            "Cohere's pivot to defence prompts exit of top safety researcher",
            (None, "leave", "Cohere", None),
        ),
        (  # ... or the person named after the role
            "Nvidia confirms departure of robotics chief Sarah Collins",
            ("Sarah Collins", "leave", "Nvidia", None),
        ),
    ],
)
def test_departures_of_a_role(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        # a group leaving is a raid or a trend, told elsewhere
        "Cohere's pivot prompts exit of three researchers",
        # the exit of something that is no person
        "Cohere's pivot prompts exit of its consumer app",
    ],
)
def test_departure_of_near_misses_stay_no_moves(title: str) -> None:
    assert not classify(title, "", WATCH).is_move
