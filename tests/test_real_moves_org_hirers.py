"""Organisations on no list that hire, poach or appoint (sets V and W's misses): the name before
the verb is an organisation's where grammar says so - 'its' after the verb refers back to it,
the name ends in an organisation's own word ('Media', 'Studios'), a fronted phrase ends in the
comma before it, or it owns the post someone 'takes over as' and the summary calls it by its
trade ('the Nordic telco'). Worded apart from the labelled rows (other companies, people and
verbs), with near misses that must stay no moves: a surname hiring for 'his' staff, a company
tapping a supplier, a product's post with no trade named."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # 'its' after the verb: the poacher is an organisation
            "Norvane poaches Amazon exec as its new chief AI officer",
            "Norvane has appointed Dana Whitlow as its first chief AI officer.",
            ("Dana Whitlow", "join", "Amazon", "Norvane"),
        ),
        (  # a fronted phrase and its comma open the clause
            "In cloud push, Fjordtel hires Microsoft's Rune Aas as CTO",
            "Telecoms firm Fjordtel has recruited Rune Aas as its chief technology officer.",
            ("Rune Aas", "join", "Microsoft", "Fjordtel"),
        ),
        (  # an organisation's own last word
            "Harbour Lane Media hires Netflix's Cora Bell to lead new AI studio",
            "Harbour Lane Media has appointed Cora Bell to lead its AI studio.",
            ("Cora Bell", "join", None, "Harbour Lane Media"),
        ),
        (  # the post's owner, and the summary names the trade
            "Microsoft AI director takes over as Fjordtel CTO",
            "Rune Aas joins the Nordic telco after six years at Microsoft.",
            ("Rune Aas", "join", "Microsoft", "Fjordtel"),
        ),
        (  # the lab right after the one hired is where they work now, not where they go
            "Corvane hires Lena Ross of Apple as CTO",
            "",
            ("Lena Ross", "join", "Apple", "Corvane"),
        ),
        (  # the summary's subject, with an apposition naming it a company
            "Oracle's networks chief recruited by Nordvik as technology head",
            "OSLO - Nordvik, a Danish shipping company, has recruited Ivo Brandt from Oracle as "
            "chief technology officer.",
            ("Ivo Brandt", "join", "Oracle", "Nordvik"),
        ),
    ],
)
def test_organisations_on_no_list_hire(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a surname hiring for 'his' staff is a person hiring
        (
            "Whitlow hires Amazon veteran as his chief of staff",
            "Whitlow has hired Mara Ode as his chief of staff.",
        ),
        # 'its' in a summary that writes the name as a person's, speaking
        (
            "Whitlow hires Amazon veteran as chief of staff",
            "Whitlow said she has hired Mara Ode as its chief of staff.",
        ),
        # an apposition whose head is a person's role: a person hiring
        (
            "Startup founder hires chief of staff",
            "Ines Varga, a startup founder, has hired Mara Ode as chief of staff.",
        ),
        # a company tapping a supplier takes on no person
        (
            "Apple taps TSMC for its next chips",
            "Apple has tapped TSMC to make its next generation of chips.",
        ),
        # a product's post, and no trade named in the summary
        ("Pixel lead takes over as Fitbit product head", "Rune Aas now runs the wearables line."),
    ],
)
def test_near_misses_stay_no_moves(title: str, summary: str) -> None:
    assert no_move(title, summary)
