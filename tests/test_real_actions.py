"""The action of moves found on real headlines (jobs/language/actions.py): a join the rest of
the text tells as a return, and an appointee described by a leading post elsewhere. Each class
is worded apart from the labelled sets (other people, companies and phrasings), with near
misses that stay as they were."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the headline's clause after a dash tells the hire as a return to "the company"
            "Nvidia hires Intel's GPU architect to build its own CPUs — Jane Roe returns to the"
            " company",
            "",
            ("Jane Roe", "return", "Intel", "Nvidia"),
        ),
        (  # the summary names the hired people as rejoining the lab that hires them
            "Anthropic hires Mistral researchers",
            "Anthropic has hired Mistral AI researchers Jane Roe and John Poe, who have rejoined"
            " Anthropic after two years at the French lab.",
            ("Jane Roe", "return", "Mistral AI", "Anthropic"),
        ),
        (  # a list of names before "to return to" the lab
            "Microsoft hires Inflection staff in licensing deal",
            "Inflection AI co-founders Jane Roe, John Poe to return to Microsoft along with other"
            " engineers.",
            ("Jane Roe", "return", "Inflection AI", "Microsoft"),
        ),
        (  # the lab "rehires": it takes back one of its own, whoever the summary names
            "Meta rehires from Safe Superintelligence",
            "Meta has hired back another researcher from SSI, the startup led by Ilya Sutskever.",
            (None, "return", "Safe Superintelligence", "Meta"),
        ),
        (  # the hyphenated verbs of returning, in the headline and the summary
            "Jane Roe re-joins Anthropic after two years at Mistral",
            "",
            ("Jane Roe", "return", "Mistral AI", "Anthropic"),
        ),
        (
            "Anthropic hires Jane Roe",
            "Roe, who worked at Anthropic until 2023, is re-joining the company to lead its"
            " alignment team.",
            ("Jane Roe", "return", None, "Anthropic"),
        ),
        (  # a lab's hiring verb with "back" after it, or after its object
            "OpenAI welcomes back Jane Roe",
            "",
            ("Jane Roe", "return", None, "OpenAI"),
        ),
        (
            "OpenAI hires Jane Roe back from Meta",
            "",
            ("Jane Roe", "return", "Meta", "OpenAI"),
        ),
    ],
)
def test_a_hire_told_as_a_return_is_a_return(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # "joins the company" after the dash: a join all the same
            "Nvidia hires Intel's GPU architect to build its own CPUs — Jane Roe joins the company",
            "",
            ("Jane Roe", "join", "Intel", "Nvidia"),
        ),
        (  # joined from the other lab, not rejoined
            "Anthropic hires Mistral researchers",
            "Anthropic has hired Mistral AI researchers Jane Roe and John Poe, who have joined"
            " Anthropic from the French lab.",
            ("Jane Roe", "join", "Mistral AI", "Anthropic"),
        ),
        (  # someone else's return, told as background
            "Jane Roe joins Anthropic",
            "Her former colleague John Poe returned to Anthropic last year.",
            ("Jane Roe", "join", None, "Anthropic"),
        ),
        (  # "back" in another clause of the headline
            "OpenAI hires Jane Roe as it fights back against Google",
            "",
            ("Jane Roe", "join", None, "OpenAI"),
        ),
        (  # a return to a kind of work, not to the lab
            "Jane Roe joins Anthropic",
            "Jane Roe will return to research at Anthropic after years leading OpenAI's"
            " post-training team.",
            ("Jane Roe", "join", None, "Anthropic"),
        ),
    ],
)
def test_a_join_stays_a_join(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the summary gives the appointee a leading post at the company they come from
            "Cohere names Jane Roe chief technology officer",
            "Cohere has named Jane Roe, previously Stripe's head of infrastructure, as CTO.",
            ("Jane Roe", "join", "Stripe", "Cohere"),
        ),
        (  # a sentence about the appointee that names no one ("She is the former director")
            "Hugging Face appoints Jane Roe as chief scientist",
            "She is the former director of Apple's machine learning research group in Paris.",
            ("Jane Roe", "join", "Apple", "Hugging Face"),
        ),
        (  # in the summary before the name, a company on no list (its origin read by
            # endpoints.held_company)
            "Jane Roe takes over as Cohere's interim chief",
            "Shopify co-founder Jane Roe takes over as interim chief executive of Cohere after"
            " the board's search.",
            ("Jane Roe", "join", "Shopify", "Cohere"),
        ),
    ],
)
def test_an_outside_leader_named_to_a_post_joins(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a researcher's line elsewhere: the sets keep the post an appointment
            "Cohere names Jane Roe chief technology officer",
            "Jane Roe, a former Stripe engineer, takes over the post on Monday.",
            ("Jane Roe", "appointed", "Stripe", "Cohere"),
        ),
        (  # the leading post is someone else's: the person named nearest to it
            "Hugging Face appoints Jane Roe as chief scientist",
            "Jane Roe, a former Apple researcher, succeeds John Poe, the former head of Apple's"
            " machine learning group.",
            ("Jane Roe", "appointed", "Apple", "Hugging Face"),
        ),
        (  # a post at the same company before the name: a promotion inside
            "Cohere's AI chief Jane Roe to take the helm as Cohere CEO",
            "",
            ("Jane Roe", "appointed", None, "Cohere"),
        ),
        (  # no leading post before the name
            "Jane Roe takes over as Cohere's interim chief",
            "Shopify engineer Jane Roe takes over as interim chief executive of Cohere after the"
            " board's search.",
            ("Jane Roe", "appointed", None, "Cohere"),
        ),
    ],
)
def test_an_appointment_stays_an_appointment(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the next clause of the headline, with no subject of its own, says where to
            "Jane Roe departs OpenAI; lands at Anthropic",
            "",
            ("Jane Roe", "join", "OpenAI", "Anthropic"),
        ),
        (
            "Jane Roe is out at OpenAI | joins Anthropic",
            "",
            ("Jane Roe", "join", "OpenAI", "Anthropic"),
        ),
    ],
)
def test_a_departure_whose_next_clause_joins_a_lab_is_a_join(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Jane Roe departs OpenAI; John Poe joins Anthropic", ""),  # someone else joins
        ("Jane Roe departs OpenAI; Anthropic hires John Poe", ""),  # a lab hires someone else
        ("Jane Roe departs OpenAI; rival joins the race", ""),  # no lab joined
    ],
)
def test_a_departure_stays_a_departure(title: str, summary: str) -> None:
    assert event_of(title, summary) == ("Jane Roe", "leave", "OpenAI", None)
