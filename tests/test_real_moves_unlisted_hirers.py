"""Organisations on no list as the side that hires, appoints or is left (sets Y and Z's misses):
a start-up joined that the summary calls a company, or whose coined name ('HexaRobo') a listed
lab's former person joins; the company in a 'Former <company> <field> <role> X joins' subject
that the summary writes as a name of its own; an acronym's agency in the post given ('named
first USDA chief AI officer'), spelled out as the summary spells it; an organisation that
names a person whom the summary gives an AI post, or whose own name is about AI; and the
organisation whose AI post someone leaves or held ("Acme Bank's head of AI resigns", "Acme's
former AI chief joins Beta", named as the summary's apposition on the mover names it); a
university's name with its 'of' part ('Catholic University of Lisbon'); a hospital gone to;
'National' before a role as the post's field. Worded
apart from the labelled rows, with near misses that must stay as they are: a surname-shaped
name joined, a choir, a post with no AI in it, a conference's speaker or a summit's chair, a
person's AI chief."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a coined company name, joined by a listed lab's former person named in the summary
            "Ex-Meta engineer joins HexaRobo",
            "Dana Whitlow, who spent six years on Meta's research team, is now the newest hire "
            "of Shenzhen's humanoid maker HexaRobo.",
            ("Dana Whitlow", "join", "Meta", "HexaRobo"),
        ),
        (  # the summary's apposition calls the name a company; the origin is the name the
            # summary writes alone, the rest of the title-case run is the post's field
            "Former Velora Auto Autonomous Driving Chief Lin Hao Joins Qingtian Motion",
            "Lin Hao, former autonomous driving chief at Velora Auto, has joined Qingtian "
            "Motion, a company building humanoid robots.",
            ("Lin Hao", "join", "Velora Auto", "Qingtian Motion"),
        ),
        (  # an acronym's agency owns the AI post; the summary spells the acronym out
            "Dana Whitlow named first USDA chief AI officer",
            "Dana Whitlow was named the United States Department of Agriculture's first chief "
            "AI officer on Monday.",
            ("Dana Whitlow", "appointed", None, "United States Department of Agriculture"),
        ),
        (  # an agency names a person; the summary gives the AI post
            "NOAA appoints Dana Whitlow",
            "The weather agency has taken on Dana Whitlow as its first chief artificial "
            "intelligence officer.",
            ("Dana Whitlow", "appointed", None, "NOAA"),
        ),
        (  # a university of AI gives a post; its name written out before the acronym
            "KUAI appoints Professor Lena Ross as university's dean",
            "Kestrel University of Artificial Intelligence (KUAI) has appointed Professor Lena "
            "Ross as its new Dean of Engineering.",
            ("Lena Ross", "appointed", None, "Kestrel University of Artificial Intelligence"),
        ),
        (  # the organisation whose AI post is left, named with its possessive
            "Harbor Trust Bank's head of AI resigns",
            "Ivo Brandt ran the lender's machine learning group for four years.",
            ("Ivo Brandt", "leave", "Harbor Trust Bank", None),
        ),
        (
            "Interior Department's top data and AI official departs",
            "Ivo Brandt led the agency's work on AI tools.",
            ("Ivo Brandt", "leave", "Interior Department", None),
        ),
        (  # the organisation whose AI post the mover held, as the summary's apposition names it
            "NordBank's former AI chief joins Accenture as Asia head",
            "Dana Whitlow, Nordic Savings Bank's former head of AI, has joined Accenture.",
            ("Dana Whitlow", "join", "Nordic Savings Bank", "Accenture"),
        ),
        (  # else as the headline names it
            "NordBank's former AI chief joins Accenture as Asia head",
            "Dana Whitlow has joined Accenture, the consultancy said.",
            ("Dana Whitlow", "join", "NordBank", "Accenture"),
        ),
        (  # a university's or an institute's name goes on with its 'of' part
            "Catholic University of Lisbon appoints Microsoft AI director to lead new institute",
            "The university has appointed Dana Whitlow to lead its institute on AI.",
            ("Dana Whitlow", "join", "Microsoft", "Catholic University of Lisbon"),
        ),
        (
            "Dana Whitlow joins Kestrel Advanced Institute of Science and Technology",
            "",
            ("Dana Whitlow", "join", None, "Kestrel Advanced Institute of Science and Technology"),
        ),
        (  # a clinic's or a hospital's name is no person's, where it is gone to
            "Former Regional Director headed to Harbor Hospital, reports say",
            "Dana Whitlow, the former regional director for health IT, has reportedly accepted "
            "a new post overseeing artificial intelligence at Harbor Hospital.",
            ("Dana Whitlow", "join", None, "Harbor Hospital"),
        ),
        (  # an adjective in '-onal' before a role is the post's field, no company left
            "Former National Coordinator Dana Whitlow joins OpenAI",
            "",
            ("Dana Whitlow", "join", None, "OpenAI"),
        ),
    ],
)
def test_unlisted_organisations_hire_and_lose(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_an_institute_name_stops_before_for() -> None:
    """A guard: only 'of' carries an institute's name on ('Institute for' is where one goes)."""
    assert event_of("Dana Whitlow leaves Kestrel Institute for Beta Labs") == (
        "Dana Whitlow",
        "join",
        "Kestrel Institute",
        "Beta Labs",
    )


def test_a_persons_ai_chief_leaves_no_organisation() -> None:
    """A guard: a person's possessive owns no post left, so no origin is read from it."""
    assert event_of("Musk's AI chief departs", "Ivo Brandt ran the team for two years.") == (
        "Ivo Brandt",
        "leave",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a surname-shaped name after 'joins' (one lower-case letter before the inner capital)
        ("Ex-Google engineer joins McKenzie", "Dana Whitlow rides with McKenzie for charity."),
        # the summary calls the name no company
        ("Dana Whitlow joins Riverside Choir", "Dana Whitlow sings with Riverside Choir."),
        # an organisation's new executive with no AI post, whatever else the summary says of AI
        (
            "KUAI appoints Lena Ross",
            "The Kestrel Union of Agricultural Industries (KUAI) has appointed Lena Ross as its "
            "chief financial officer, citing AI plans.",
        ),
        # a talk at a gathering named for AI is no post
        (
            "World AI Conference names Dana Whitlow as keynote speaker",
            "The AI gathering will host her talk in July.",
        ),
        (
            "Kestrel AI Summit names Dana Whitlow as chair",
            "The AI summit meets every spring.",
        ),
        # a post with no AI in it, in an organisation named by its initials
        ("Dana Whitlow named first USDA chief financial officer", ""),
    ],
)
def test_unlisted_near_misses_stay_no_moves(title: str, summary: str) -> None:
    """Guards for the rules above (most were no moves before them too)."""
    assert no_move(title, summary)
