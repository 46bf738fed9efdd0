"""Where a move goes, named whole: a body the summary names after the organisation that gives
the post ("<state> has appointed X within the <state> Office of ..."), an acronym the summary
spells out and never writes (a school's name with its campus), the head of the appointer's
own agency ("as head of its ... Agency") at the agency the summary names, and a company
started with a lab's former staff, which is no company of that lab; a hirer on no list that
the summary's apposition calls someone's lab, and where 'from' says a hire comes from. Worded apart from the labelled rows
(other states, schools, people and labs), with near misses: a summary that writes the acronym
itself keeps it, a campus only after a school, an office named elsewhere in the summary, an
agency the summary leaves unnamed or gives as the person's past, and headlines that are no moves."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the summary's fuller name goes on with the office the post is in
            "Vermont Taps Lena Ortiz to Steer AI Policy",
            "Vermont State has appointed Lena Ortiz as chief AI officer within the Vermont "
            "State Office of Digital Services (ODS), where she will set AI rules for agencies.",
            ("Lena Ortiz", "appointed", None, "Vermont State Office of Digital Services"),
        ),
        (  # an acronym the summary spells out, with the school's campus
            "UND Names Its First Chief AI Officer",
            "The University of North Dakota at Grand Forks named Ravi Shah as chief AI officer "
            "to guide its teaching and research.",
            ("Ravi Shah", "appointed", None, "University of North Dakota at Grand Forks"),
        ),
        (  # a lab the summary calls its founders' former employer is no new company
            "Tesla's robotics lead quits to start home-robot company",
            "Mira Holt, who led robot planning, leaves Tesla to build a company making household "
            "robots with former Waymo engineers.",
            ("Mira Holt", "leave", "Tesla", None),
        ),
        (  # the head of a government's own agency goes to the agency the summary names
            "France Appoints Claire Morel as the Head of its New AI Oversight Agency",
            "France has taken a step on AI rules by appointing Claire Morel as director of the "
            "French Agency for the Oversight of Algorithms (AFOA), set up this year.",
            ("Claire Morel", "appointed", None, "French Agency for the Oversight of Algorithms"),
        ),
        (  # a hirer on no list that the summary's apposition calls someone's AI lab
            "Halcyon Works Hires Google DeepMind Researcher Ana Ruiz",
            "Halcyon Works, Peter Thiel's new AI lab, has recruited Ana Ruiz, a researcher at "
            "Google DeepMind.",
            ("Ana Ruiz", "join", "Google DeepMind", "Halcyon Works"),
        ),
        (  # 'from' says where the hire comes from; a co-founder's title stays for life
            "Apple Hires Mistral Co-Founder Luc Girard from Anthropic",
            "Apple has hired Luc Girard, who co-founded Mistral and most recently worked at "
            "Anthropic.",
            ("Luc Girard", "join", "Anthropic", "Apple"),
        ),
    ],
)
def test_destinations_named_whole(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the summary writes the acronym itself: the headline's name stays
            "FSA Appoints Chief AI Officer",
            "The Food Standards Authority (FSA) is moving into AI with the appointment of Omar "
            "Reyes as its first chief AI officer.",
            ("Omar Reyes", "appointed", None, "FSA"),
        ),
        (  # 'at' after a name that is no school: no campus
            "Ohio Names Chief AI Officer",
            "Ohio has appointed Nina Park as chief AI officer at Columbus.",
            ("Nina Park", "appointed", None, "Ohio"),
        ),
        (  # an office named later, not after the organisation's name, is not where she works
            "Vermont Taps Lena Ortiz to Steer AI Policy",
            "Vermont State has appointed Lena Ortiz as chief AI officer; she ran the data team "
            "of the Boston Office of Data before.",
            ("Lena Ortiz", "appointed", None, "Vermont State"),
        ),
        (  # a new company the summary names, beside the founders' former employer
            "Tesla's robotics lead quits to start home-robot company",
            "Mira Holt leaves Tesla to launch Kestrel Robotics with former Waymo engineers.",
            ("Mira Holt", "leave", "Tesla", "Kestrel Robotics"),
        ),
        (  # its agency unnamed in the summary: the government, no name made up
            "France Appoints Claire Morel as the Head of its New AI Oversight Agency",
            "France has taken a step on AI rules by appointing Claire Morel to run its new agency.",
            ("Claire Morel", "appointed", None, "French government"),
        ),
        (  # an agency the summary gives as her past is not the one she heads
            "France Appoints Claire Morel as the Head of its New AI Oversight Agency",
            "France has appointed Claire Morel, who previously led the Paris Agency for "
            "Transport, to the post.",
            ("Claire Morel", "appointed", None, "French government"),
        ),
        (  # nor an agency named after the sentence that gives the post
            "France Appoints Claire Morel as the Head of its New AI Oversight Agency",
            "France has appointed Claire Morel. She once ran the Paris Agency for Transport.",
            ("Claire Morel", "appointed", None, "French government"),
        ),
        (  # no 'from': the lab of the description is where the hire comes from
            "Apple Hires Mistral Co-Founder Luc Girard",
            "Apple has hired Luc Girard, who co-founded Mistral.",
            ("Luc Girard", "join", "Mistral AI", "Apple"),
        ),
    ],
)
def test_names_kept_as_given(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Why every university needs a chief AI officer",
            "The University of North Dakota at Grand Forks is one of many schools weighing the post.",
        ),
        (
            "Former Waymo engineers flock to home-robot startups",
            "Dozens of former Waymo engineers have founded robotics companies this year.",
        ),
        (
            "France weighs who will head its AI Oversight Agency",
            "The French Agency for the Oversight of Algorithms still has no director.",
        ),
        (
            "Halcyon Works opens London office",
            "Halcyon Works, Peter Thiel's new AI lab, has opened an office in London with 40 "
            "staff.",
        ),
    ],
)
def test_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert no_move(title, summary)
