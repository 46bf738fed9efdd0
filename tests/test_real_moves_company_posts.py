"""Posts at self-driving, robotics and AI companies told with words the rules did not read: a
company that "dumps" its CEO (the summary placing it by a town and its state's abbreviation,
"the Foster City, Calif. start-up"); a company that "fills" a post, the summary's "X has been
promoted to <post>" (with the holder in apposition, "its Senior Vice President, X, ...").
Worded apart from the labelled rows (other people, companies and posts), with near misses that
must stay no moves or keep their reading: a CEO who dumps shares, a company that dumps a
product, a post filled with no one named, orders or gaps filled, a passive perfect with a
describing apposition under a headline announcing no change."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a listed self-driving company dumping its CEO, the summary placing it by its town
            "Self-Driving Startup Waymo Dumps Its CEO",
            "Waymo, the Mountain View, Calif. autonomous driving company, has removed chief "
            "executive Dana Okafor after two years.",
            ("Dana Okafor", "fired", "Waymo", None),
        ),
        (  # the same with the CEO named in the headline
            "Robotaxi firm Cruise dumps CEO Marcus Webb",
            "The autonomous vehicle company did not say why.",
            ("Marcus Webb", "fired", "Cruise", None),
        ),
        (  # a town and its state's abbreviation are no person, whatever the verb
            "Self-driving startup Zoox ousts its CEO",
            "Zoox Inc., the Foster City, Calif. robotics company, has removed chief executive "
            "Priya Raman.",
            ("Priya Raman", "fired", "Zoox", None),
        ),
        (  # a company filling a post, the summary's holder in apposition, promoted
            "Baidu Fills Chief Scientist Position",
            "Baidu said on March 3 that its Senior Vice President, Zhang Wei, has been promoted "
            "to chief scientist of its AI research.",
            ("Zhang Wei", "appointed", None, "Baidu"),
        ),
        (  # a company on no list, 'its vacant', the text about AI
            "Lyft fills its vacant CTO post",
            "Lyft said on Monday that Dana Okafor has been promoted to chief technology "
            "officer of its AI work.",
            ("Dana Okafor", "appointed", None, "Lyft"),
        ),
        (  # a rank graded 'Senior' before it is no company the holder comes from
            "Baidu promotes CTO",
            "Baidu said Senior Vice President Zhang Wei has been promoted to CTO.",
            ("Zhang Wei", "appointed", None, "Baidu"),
        ),
    ],
)
def test_company_post_read(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # a CEO dumping shares
            "Nvidia CEO dumps shares worth $100 million",
            "Jensen Huang sold stock in the AI chip maker under a trading plan.",
        ),
        (  # a lab dumping a product
            "OpenAI dumps GPT-4 from ChatGPT",
            "The AI company retired its older model on Monday.",
        ),
        (  # a post filled with no one named
            "Baidu fills CTO position after decade of vacancy",
            "The AI company has not said who will take the role.",
        ),
        (  # orders and gaps filled
            "Nvidia fills orders for AI chips",
            "The company said demand is strong, and Dana Okafor has been promoted to CTO.",
        ),
        (
            "OpenAI fills gap in its product lineup",
            "The AI company released a smaller model.",
        ),
        (  # a company on no list filling a post in a text with no AI
            "Lyft fills its vacant CTO post",
            "Lyft said on Monday that Dana Okafor has been promoted to chief technology officer.",
        ),
    ],
)
def test_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


def test_described_passive_keeps_its_reading() -> None:
    """'X, a <Lab> researcher, has been appointed ...' under a headline announcing no change:
    the passive perfect stays unread in the summary, as before (the apposition would be read
    as the destination)."""
    no_move(
        "State replaces technology chief",
        "Dana Okafor, a Google researcher, has been appointed as chief AI officer of the "
        "state's technology office.",
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a robotics investment of a company on no list directed
            "Jane Doe to direct Toyota's new robotics investment",
            "The carmaker will spend the money on research labs.",
            ("Jane Doe", "appointed", None, "Toyota"),
        ),
        (  # a sum before the field, and a listed lab before the person: a join from it
            "Former Google engineer Jane Doe to direct Honda's new $80M robotics investment",
            "The carmaker said its research arm will open a lab in California.",
            ("Jane Doe", "join", "Google DeepMind", "Honda"),
        ),
        (  # 'will direct' an AI programme
            "Marcus Webb will direct Acme Bank's AI program",
            "The lender is hiring engineers for the effort.",
            ("Marcus Webb", "appointed", None, "Acme Bank"),
        ),
    ],
)
def test_remit_directed(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # money directed by a lab, no person
            "Microsoft to direct $10 billion to AI research",
            "The company will fund new data centres.",
        ),
        (  # a remit of no AI or robotics
            "Jane Doe to direct Toyota's new ad campaign",
            "The carmaker hired an agency in Tokyo.",
        ),
        (  # a company directing its own investment
            "Toyota to direct its new robotics investment to startups",
            "The carmaker named no managers for the fund.",
        ),
    ],
)
def test_remit_near_misses(title: str, summary: str) -> None:
    no_move(title, summary)


def test_program_manager_is_no_company() -> None:
    """'former Program Manager of <Agency>'s ...': what the manager ran, no company left."""
    assert event_of(
        "Jane Doe to direct Honda's new robotics investment",
        "Honda said former Program Manager of the agency's challenge Jane Doe will run it.",
    ) == ("Jane Doe", "appointed", None, "Honda")


def test_former_agency_manager_joins() -> None:
    """'Former <Agency> Program Manager X to direct <Maker>'s ...' + the summary's 'former
    Program Manager of <Agency>'s <programme> X': the agency, on no list, is where X comes
    from (its possessive ends its name in the summary)."""
    assert event_of(
        "Former NIST Program Manager Jane Doe to direct Honda's new robotics investment",
        "Honda announced the fund today, with former Program Manager of NIST's AI challenge "
        "Jane Doe directing it.",
    ) == ("Jane Doe", "join", "NIST", "Honda")
