"""Where an arrival comes from, read as a class (jobs/language/endpoints.py held_company,
linked_company, arrival_origin's tenure): a post held elsewhere told beside the name ("Intel's
AI chief X", "X, a professor at Duke University,", "Unity's former CEO X"), a company right
after a word of leaving or a past word and its link ("leaving Coinbase", "formerly of Cisco
and Google", "joins ... from Toyota Research Institute"), a tenure that ended ("who spent ten
years at Intel"), companies on no list, universities and public bodies included. Worded apart
from the sets' rows (other people, companies and phrasings), each with near misses: an investor,
a partner, a relative's employer, a tenure before another post, or a new post read as the old
one stay no origin."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a listed lab owns the post ("<lab>'s AI chief"): an outside hire, a join
            "Samsung's AI chief Tomas Berg to take over as Arm CEO",
            "",
            ("Tomas Berg", "join", "Samsung", "Arm"),
        ),
        (  # a company on no list, its leading post written after the name between commas
            "Waymo appoints Priya Nair as head of product",
            "Priya Nair, co-founder and chief technology officer of Kinetix, starts in June.",
            ("Priya Nair", "join", "Kinetix", "Waymo"),
        ),
        (  # any post at a university, the organisation after 'at'
            "Anthropic names Lena Ortiz head of economic research",
            "Lena Ortiz, a professor of labour economics at Cornell University, joins in May.",
            ("Lena Ortiz", "join", "Cornell University", "Anthropic"),
        ),
        (  # "<company>'s <post>": the possessive makes it the company
            "OpenAI appoints Lena Ortiz as chief people officer",
            "Ortiz, Dropbox's head of people until March, starts next week.",
            ("Lena Ortiz", "join", "Dropbox", "OpenAI"),
        ),
        (  # a former post owned by a company on no list
            "Zoox taps Unity's former CEO Dana Whitfield as chief executive",
            "",
            ("Dana Whitfield", "join", "Unity", "Zoox"),
        ),
    ],
)
def test_a_post_held_elsewhere_beside_the_name(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the first company after "formerly of", listed or not
            "Salesforce hires Dana Whitfield to run its AI programme",
            "Salesforce has hired Dana Whitfield, formerly of Pinterest and Microsoft, to run it.",
            ("Dana Whitfield", "join", "Pinterest", "Salesforce"),
        ),
        (  # "joins <the company> from X": a few words between the verb and 'from'
            "Microsoft hires Dana Whitfield as AI chief",
            "Whitfield joins the software giant from Bosch Research, where she led planning.",
            ("Dana Whitfield", "join", "Bosch Research", "Microsoft"),
        ),
        (  # a raid's people leaving a company on no list
            "Anthropic poaches Robinhood design team",
            "Four senior designers are leaving Robinhood and joining the Claude maker.",
            (None, "poach", "Robinhood", "Anthropic"),
        ),
        (  # a tenure that ended, in a relative clause
            "OpenAI hires Tomas Berg, who spent eleven years at AMD, to lead chip design",
            "",
            ("Tomas Berg", "join", "AMD", "OpenAI"),
        ),
    ],
)
def test_a_company_after_leaving_or_a_past_word(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # an investor in the lab joined
            "xAI hires Dana Whitfield as chief of staff",
            "The move comes as Tesla, an investor in xAI, weighs a bigger stake.",
            ("Dana Whitfield", "join", None, "xAI"),
        ),
        (  # a partner of the mover's past work
            "Meta hires Dana Whitfield to lead partnerships",
            "Whitfield, who partnered with Google on the Gemini launch, starts Monday.",
            ("Dana Whitfield", "join", None, "Meta"),
        ),
        (  # partners 'from' a company: not where the mover was
            "OpenAI hires Dana Whitfield",
            "She will work with partners from Microsoft on the data-centre build-out.",
            ("Dana Whitfield", "join", None, "OpenAI"),
        ),
        (  # a university studied at, no post held
            "Apple hires Dana Whitfield to run Siri design",
            "Whitfield, a Stanford University alum, most recently ran her own studio.",
            ("Dana Whitfield", "join", None, "Apple"),
        ),
        (  # a day after 'from', no company
            "Anthropic hires Dana Whitfield",
            "Whitfield joins the company from Monday, reporting to the CTO.",
            ("Dana Whitfield", "join", None, "Anthropic"),
        ),
        (  # a tenure before another post is not the last one
            "Nvidia hires Dana Whitfield to lead robotics",
            "Whitfield spent a decade at Stanford University before founding her own startup.",
            ("Dana Whitfield", "join", None, "Nvidia"),
        ),
        (  # a relative's employer
            "OpenAI hires Dana Whitfield as CFO",
            "Whitfield, whose husband is a Google researcher, will start in May.",
            ("Dana Whitfield", "join", None, "OpenAI"),
        ),
        (  # the predecessor's past employer
            "Microsoft names Dana Whitfield head of AI policy",
            "Whitfield replaces Tom Berg, formerly of Amazon, who left in March.",
            ("Dana Whitfield", "appointed", None, "Microsoft"),
        ),
        (  # the new post written after the name, no commas: no post held elsewhere
            "Anthropic names Dana Whitfield CEO of Applications",
            "",
            ("Dana Whitfield", "appointed", None, "Anthropic"),
        ),
        (  # a product's chief inside the lab that appoints: no company left
            "Vision Pro chief Dana Whitfield is Apple's new Siri leader",
            "",
            ("Dana Whitfield", "appointed", None, "Apple"),
        ),
        (  # in title case one capitalised word after 'From' names no company
            "xAI Hires Top Engineers From Rivals",
            "",
            (None, "poach", None, "xAI"),
        ),
    ],
)
def test_no_origin_from_investors_partners_or_background(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected
