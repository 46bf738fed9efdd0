"""Where a headline's departure goes when only the summary says so, to an organisation on no
list (jobs/language/destinations.py): "X leaves A" over "She is joining investment firm Y",
"has left the company to join the University of X, Y", "to become a partner at firm Y". Worded apart from the labelled sets' rows, with near misses
that stay plain departures."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a pronoun's present progressive, the firm after a noun of its kind
            "Jane Roe leaves Anthropic",
            "She’s joining venture capital firm Hartwell Partners.",
            ("Jane Roe", "join", "Anthropic", "Hartwell Partners"),
        ),
        (  # the departure's infinitive of purpose in the summary
            "Jane Roe leaves Anthropic",
            "Roe has left Anthropic to join investment firm Hartwell Partners, the firm said.",
            ("Jane Roe", "join", "Anthropic", "Hartwell Partners"),
        ),
        (  # a university with its campus after a comma
            "Mistral AI's research head John Poe quits",
            "John Poe, who led research at Mistral AI, has left the company to join the"
            " University of Wisconsin, Madison as a professor.",
            ("John Poe", "join", "Mistral AI", "University of Wisconsin Madison"),
        ),
        (  # a post taken at a firm after 'to become'
            "Jane Roe exits Cohere to become an investor",
            "Jane Roe is leaving her role at Cohere to become a general partner at venture"
            " capital firm Kestrel Ventures.",
            ("Jane Roe", "join", "Cohere", "Kestrel Ventures"),
        ),
        (  # a past form after the departure told in its sentence
            "Jane Roe confirms her resignation from Cohere",
            "Jane Roe, Cohere's head of search, left her post and joined Kestrel Ventures.",
            ("Jane Roe", "join", "Cohere", "Kestrel Ventures"),
        ),
    ],
)
def test_the_summary_tells_where_a_departure_goes(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "summary",
    [
        # near misses: a refusal, someone else's move, a board seat, work resumed, a past join
        # retold as background
        "She declined to join rival firm Northwind Capital.",
        "John Poe, her deputy, is joining Northwind Capital.",
        "She joined the board of Northwind Capital last year.",
        "Roe, who joined Northwind Capital in 2015 before moving to Anthropic, will rest.",
        "She first joined Northwind Capital in 2015.",
        "She will return to work in May after a break.",
    ],
)
def test_no_destination_from_other_joins(summary: str) -> None:
    assert event_of("Jane Roe leaves Anthropic", summary) == (
        "Jane Roe",
        "leave",
        "Anthropic",
        None,
    )
