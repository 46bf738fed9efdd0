"""Shapes that the real set L showed the rules missed or misread: the head of a public AI body
(the EU's AI Office, an AI taskforce, an AI Safety Institute) named by a government or taking
the post with nothing after the verb ("X to be in charge", "X takes the helm", "X to chair"); a
company on no list naming its chief, marked by its owner or an apposition ("GM's Cruise names
...", "Cruise, the self-driving subsidiary of G.M., names ..."); the company a departing
co-founder leaves ("Cruise's co-founder quits"); and headlines read as moves that are none (an
agency asking about a deal "regarding hiring", investors pressing a chief to resign, a board
seat given back, a title-case "New Venture" read as a company's name, a stand-in named after a
departure). Worded apart from the labelled set (other people, bodies, companies and
phrasings), each with near misses that stay no moves."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the body before, the post taken at the end of the headline
            "Brussels sets up AI Office; Marta Kowalski to be in charge",
            "",
            ("Marta Kowalski", "appointed", None, "EU AI Office"),
        ),
        (
            "New EU AI Office opens its doors and Marta Kowalski will be in charge",
            "",
            ("Marta Kowalski", "appointed", None, "EU AI Office"),
        ),
        (  # title case, a bare helm after a colon
            "AI Office Opens: Marta Kowalski Takes The Helm",
            "",
            ("Marta Kowalski", "appointed", None, "EU AI Office"),
        ),
        (  # a taskforce chaired; the summary says whose it is
            "Investor Tom Ashdown to chair AI taskforce",
            "The prime minister Rishi Sunak has picked a chair for the UK's frontier AI work.",
            ("Tom Ashdown", "appointed", None, "UK Foundation Model Taskforce"),
        ),
        (  # a government names the head of an institute: no move verb of the person
            "Administration appoints Priya Raman as director of AI Safety Institute",
            "The Commerce Department said she will start next month.",
            ("Priya Raman", "appointed", None, "U.S. AI Safety Institute"),
        ),
        (  # nobody named yet: the post was filled
            "Government names a director of the new AI Safety Institute",
            "A senior official will lead the institute, the UK government said.",
            (None, "appointed", None, "UK AI Safety Institute"),
        ),
        (  # the institute welcomes its head: appointed, not a hire
            "U.S. AI Safety Institute welcomes Priya Raman as its first director",
            "",
            ("Priya Raman", "appointed", None, "U.S. AI Safety Institute"),
        ),
    ],
)
def test_heads_of_public_ai_bodies(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a researcher the institute recruits joins it, as at a lab
            "AI Safety Institute recruits Anthropic interpretability researcher",
            "",
            (None, "join", "Anthropic", "AI Safety Institute"),
        ),
    ],
)
def test_staff_of_public_ai_bodies_join(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # members of a taskforce hold a seat, not a post
        ("Nobel laureate and former spy chief join the UK's AI taskforce", ""),
        # the body is set up, nobody named to it
        ("EU AI Office set up to enforce the AI Act", ""),
        # an office still looking for its head
        ("Clarity on head of AI Office expected after the summer", ""),
        # a bare helm with no organisation anywhere in the headline
        ("Marta Kowalski takes the helm", ""),
    ],
)
def test_public_body_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the owner's possessive marks the company; the post is named
            "Hyundai's Motional names Jana Petrova as new CEO",
            "",
            ("Jana Petrova", "appointed", None, "Motional"),
        ),
        (  # picking its chief with no origin given: an appointment
            "Amazon's Kuiper taps gaming industry veteran Jana Petrova as next CEO",
            "",
            ("Jana Petrova", "appointed", None, "Kuiper"),
        ),
        (  # an apposition calls it a company; the summary names nobody
            "Motional, the Robotaxi Unit of Hyundai, Names a New C.E.O.",
            "After a year of cuts, the company is looking for stability.",
            (None, "appointed", None, "Motional"),
        ),
        (  # the headline calls the chief a former employee of two labs: a join, from the first
            "Hyundai's Motional names former Apple, Microsoft executive as new CEO",
            "Motional on Monday announced Jana Petrova, a former Apple and Microsoft executive, "
            "as its new chief executive.",
            ("Jana Petrova", "join", "Apple", "Motional"),
        ),
    ],
)
def test_companies_on_no_list_naming_their_chief(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a one-word name with no owner or apposition is no company ("Sam names ...")
        ("Jordan names Priya Raman as new CEO of the year", ""),
        # the owner names a product, not a post
        ("Hyundai's Motional names its new robotaxi Ioniq", ""),
    ],
)
def test_company_chief_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Tom Ashdown, Motional's co-founder, quits two days after the CEO",
            "",
            ("Tom Ashdown", "leave", "Motional", None),
        ),
        (
            "Both Motional Co-Founders Step Down Amid Safety Review",
            "Motional co-founder Tom Ashdown has stepped down.",
            ("Tom Ashdown", "leave", "Motional", None),
        ),
        (  # an all-capitals owner before the company is no part of it
            "HMG Motional co-founder, product chief Tom Ashdown resigns",
            "",
            ("Tom Ashdown", "leave", "Motional", None),
        ),
        (  # the founder's former post, not the staff "with" whom the company starts
            "Former Motional CEO starts robotics company with ex-Apple designer",
            "",
            (None, "found", "Motional", None),
        ),
        (  # a company named in title case, a reason after it
            "Two Researchers Leave Google to Start Kestrel Labs Amid Reorganisation",
            "",
            (None, "leave", "Google DeepMind", "Kestrel Labs"),
        ),
        (  # the company left is called a startup, its name in quotes
            'Why Did Two Cofounders Exit Well-Funded AI Startup "Q" So Soon?',
            "",
            (None, "leave", None, None),
        ),
    ],
)
def test_what_a_departing_founder_leaves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # an agency asks about a deal; the hiring is its topic
        (
            "SEC asks Microsoft for details on its Inflection deal",
            "The Securities and Exchange Commission asked about its agreement with the startup "
            "regarding hiring its founders and staff.",
        ),
        # investors want the chief out: a wish, not a resignation
        ("Kestrel AI weighs a sale as shareholders pressure CEO to resign", ""),
        ("Board members urged Cohere's CEO to step down, sources say", ""),
        # a board seat given back, and seats handed to a list of people
        ("Anthropic reinstates Dario Amodei as a board member", ""),
        (
            "Dario Amodei back on the Anthropic board",
            "Anthropic has appointed Dr. Jane Roe, Mark Poe, and Lisa Moe to its board, along "
            "with the return of Dario Amodei.",
        ),
    ],
)
def test_set_l_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


def test_a_title_case_new_venture_is_no_company_name() -> None:
    # "New Venture" calls the company new; the summary's "company called X" names it
    got = event_of(
        "Investor Kai Lin Sets Up New Venture to Build AI Agents",
        "Kai Lin, chairman of Lumen Ventures, intends to set up a new company called Arbor.",
    )
    assert got == ("Kai Lin", "found", None, "Arbor")


def test_a_stand_in_after_a_departure_is_not_the_mover() -> None:
    # whoever "will temporarily manage" the team fills in; the one who left is named after
    got = event_of(
        "Anthropic's head of trust and safety resigns",
        "Chief Operating Officer Mira Lane will temporarily manage the team. Okafor will stay "
        "on as an adviser.",
    )
    assert got[0] != "Mira Lane" and got[1:3] == ("leave", "Anthropic")


def test_a_past_post_taken_is_no_stand_in() -> None:
    # "took over as VP in 2022" tells a career: the person is still who left
    got = event_of(
        "Why Anthropic's research chief quit",
        "Tom Ashdown took over as vice president of research in 2022.",
    )
    assert got[0] == "Tom Ashdown"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a founder back with a new company: a founding, from the company founded before
            "Motional founder Jana Petrova is back with a home-robotics startup",
            "",
            ("Jana Petrova", "found", "Motional", None),
        ),
        (  # Portuguese: "está de volta com"
            "A fundadora da Motional, Jana Petrova, está de volta com uma startup de drones",
            "",
            ("Jana Petrova", "found", "Motional", None),
        ),
        (  # German: "ist ... zurück", a company-role and a kind-company compound
            "Motional-Gründerin Jana Petrova ist mit einem Drohnen-Startup zurück",
            "",
            ("Jana Petrova", "found", "Motional", None),
        ),
    ],
)
def test_a_founder_back_with_a_startup(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # back with something that is no company
        ("Jana Petrova is back with a vengeance", ""),
        ("Jana Petrova ist mit einem neuen Buch zurück", ""),
        # a company told by its worth: a success story, not a founding
        ("AI veteran Jana Petrova builds $2 billion startup in ten months", ""),
    ],
)
def test_founder_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


def test_an_interim_chief_who_resigns_is_the_mover() -> None:
    # "the interim chief executive, resigned": the interim holder is who leaves
    got = event_of(
        "Kestrel AI's interim CEO steps down",
        "Jane Roe, the interim chief executive, resigned on Friday.",
    )
    assert got[:2] == ("Jane Roe", "leave")
