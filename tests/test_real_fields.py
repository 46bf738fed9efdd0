"""The fields of moves found on real headlines: who moved, where to, from where and how. Each
class is worded apart from the labelled sets (other people, companies and phrasings), with
near misses that stay as they were."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a head count before a role is no company left
            "Three Co-Founders Return to Anthropic",
            "Two of the lab's early staff are back after a stint at their own startup.",
            (None, "return", None, "Anthropic"),
        ),
        (  # nor is a rank: the first holder of a post comes from nowhere the headline says
            "Acme Bank Names First Chief AI Officer",
            "Acme Bank has appointed Jane Roe as its first chief AI officer.",
            ("Jane Roe", "appointed", None, "Acme Bank"),
        ),
        (  # a company before a role still is
            "Stripe CTO Jane Roe joins Anthropic",
            "",
            ("Jane Roe", "join", "Stripe", "Anthropic"),
        ),
    ],
)
def test_counts_are_no_company(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the newspaper that reported a raid is no member of it
            "Apple hires four Microsoft engineers",
            "Apple has hired four engineers from Microsoft's Azure team, the Chicago Tribune"
            " reported.",
            (None, "poach", "Microsoft", "Apple"),
        ),
        (
            "Apple hires four Microsoft engineers",
            "Apple has hired four engineers from Microsoft, according to The Irish Times.",
            (None, "poach", "Microsoft", "Apple"),
        ),
        (  # whom a memo is from tells the news
            "Nvidia names new head of robotics research",
            "Nvidia is putting a new executive in charge of its humanoid work, according to an"
            " internal memo from CEO Jensen Huang seen by Reuters.",
            (None, "appointed", None, "Nvidia"),
        ),
        (  # "according to <role>, X, ..." is the source; who the post goes to is the mover
            "Amazon appoints new AI chief",
            "According to AWS CEO, Matt Garman, the new head of AI at the unit will be Jane Roe,"
            " who led research at Carnegie Mellon.",
            ("Jane Roe", "appointed", None, "Amazon"),
        ),
        (  # after an outlet the source phrase has ended: the name after the comma moves
            "A longtime Microsoft manager heads to Anthropic",
            "According to Business Insider, Jane Roe, once an aide to Microsoft president Brad"
            " Smith, said on Friday she left Microsoft after twelve years to join Anthropic.",
            ("Jane Roe", "join", "Microsoft", "Anthropic"),
        ),
        (  # one who says it after the news is told stays out of it, as before
            "Meta appoints new AI chief",
            "Jane Roe, who led research at Apple, will take the post, Mark Zuckerberg said.",
            ("Jane Roe", "appointed", None, "Meta"),
        ),
    ],
)
def test_sources_are_no_movers(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a unit formed inside a company, and who the summary says will lead it
            "Paramount forms new business unit to explore generative AI",
            "The new division will be led by Jane Roe, currently the studio's chief digital"
            " officer.",
            ("Jane Roe", "appointed", None, "Paramount"),
        ),
        (  # past the company of the leader's present role, which is where the leader comes
            # from: an outside hire, as "Intel's AI chief X to take the helm as Nokia CEO" is
            # (a post read past a describing word since "Fields of the moves found, by class")
            "Nvidia forms new division for humanoid robots",
            "It will be headed by Isaac Labs' chief scientist Jane Roe, who will report to the"
            " CEO.",
            ("Jane Roe", "join", "Isaac Labs", "Nvidia"),
        ),
        (  # with nobody to lead it, as before
            "Paramount forms new business unit to explore generative AI",
            "The unit will work across the film and TV divisions.",
            ("Paramount", "found", None, None),
        ),
        (  # a person's startup stays a founding; the lab left is its origin, not the startup
            "Jane Roe forms new AI startup after leaving Google",
            "The startup will be led by Jane Roe and John Doe.",
            ("Jane Roe", "found", "Google DeepMind", None),
        ),
    ],
)
def test_units_led_by(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Commerce Department Names First Chief AI Officer",
            "Jane Roe has been named the department's first chief AI officer.",
            ("Jane Roe", "appointed", None, "U.S. Department of Commerce"),
        ),
        (
            "DOE appoints Jane Roe chief AI officer",
            "",
            ("Jane Roe", "appointed", None, "U.S. Department of Energy"),
        ),
        (
            "U.S. Energy Department Hires First Chief AI Officer",
            "Jane Roe is a Stanford professor.",
            ("Jane Roe", "join", None, "U.S. Department of Energy"),
        ),
        (  # another organisation keeps its name
            "Acme Bank Names First Chief AI Officer",
            "Acme Bank has appointed Jane Roe as its first chief AI officer.",
            ("Jane Roe", "appointed", None, "Acme Bank"),
        ),
    ],
)
def test_departments_by_one_name(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a headline's clause after a dash names whom its move did not
            "Google hires Apple's smart-glasses lead — Jane Roe spent eight years on Vision Pro",
            "",
            ("Jane Roe", "join", "Apple", "Google DeepMind"),
        ),
        (
            "Apple's head of Siri design departs for OpenAI — Jane Roe led the team since 2019",
            "",
            ("Jane Roe", "join", "Apple", "OpenAI"),
        ),
        (  # one who speaks after the dash is not the one hired
            "Google hires Apple's smart-glasses lead — Sundar Pichai says the team is growing",
            "",
            (None, "join", "Apple", "Google DeepMind"),
        ),
    ],
)
def test_mover_after_a_dash(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a framework stands for the lab that wrote it, as a product for its maker
            "TensorFlow co-creator Jane Roe joins Anthropic",
            "",
            ("Jane Roe", "join", "Google DeepMind", "Anthropic"),
        ),
        (  # its "co-founder" too
            "Anthropic hires Jane Roe",
            "Jane Roe, a co-founder of PyTorch, will lead its research infrastructure.",
            ("Jane Roe", "join", "Meta", "Anthropic"),
        ),
        (  # a company's co-founder stays the company's
            "Instagram co-founder Jane Roe joins Anthropic",
            "",
            ("Jane Roe", "join", "Instagram", "Anthropic"),
        ),
        (  # an inner plural printed without its 's' is the lab
            "Jane Roe departs Thinking Machine Lab for Meta",
            "",
            ("Jane Roe", "join", "Thinking Machines Lab", "Meta"),
        ),
        (  # a company named by its founder after "from"
            "Meta poaches engineers from Ilya Sutskever's startup",
            "",
            (None, "poach", "Safe Superintelligence", "Meta"),
        ),
        (
            "Anthropic hires researchers from Elon Musk's AI company",
            "",
            (None, "poach", "xAI", "Anthropic"),
        ),
        (  # "Musk's company" may be any of his
            "Anthropic hires engineers from Musk's company",
            "",
            (None, "poach", None, "Anthropic"),
        ),
    ],
)
def test_labs_named_otherwise(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the company whose technology the lab pays for is where "its CEO" came from
            "Google pays $2.7 billion for Kestrel technology and hires its founders",
            "",
            (None, "poach", "Kestrel", "Google DeepMind"),
        ),
        (
            "Amazon licenses Quanta Robotics tech, hires its CEO Jane Roe",
            "",
            ("Jane Roe", "join", "Quanta Robotics", "Amazon"),
        ),
        (  # no company named before the technology: none
            "Google licenses AI tech and hires its CEO",
            "",
            (None, "join", None, "Google DeepMind"),
        ),
        (  # a newspaper by the name its readers shorten it to
            "NYT names Jane Roe its first head of AI",
            "",
            ("Jane Roe", "appointed", None, "The New York Times"),
        ),
        (
            "Washington Post names Jane Roe head of AI",
            "",
            ("Jane Roe", "appointed", None, "The Washington Post"),
        ),
        (  # a question before a company's role: the company is where the person came from
            "Why Stripe's CTO just joined Anthropic",
            "",
            (None, "join", "Stripe", "Anthropic"),
        ),
        (  # a capitalised word before the role that is no question still ends the company
            "Why Apple Design Chief Jane Roe joins OpenAI",
            "",
            ("Jane Roe", "join", "Apple", "OpenAI"),
        ),
    ],
)
def test_origins_and_organisations(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_origin_adjective_is_no_name() -> None:
    assert event_of("Chinese-born Jane Roe to head Google's new AI lab") == (
        "Jane Roe",
        "appointed",  # nothing says she comes from elsewhere (tests/data/LABELLING.md)
        None,
        "Google DeepMind",
    )
