"""Shapes that the real set N showed the rules missed: AI posts at organisations on no lab
list (a bank, a newspaper, an insurer, a hospital, a government department naming its chief AI
officer, head of AI or AI director, told with a verb, "<Org>'s new chief AI officer" or "<Org>'s
chief AI officer appointment"); a listed lab's person given a public post by the head of
government (from the lab); acqui-hires told without a verb of hiring ("buys X talent",
"integrates the founders and engineers of X", "acqui-hire of X"); "X, who ..., has stepped down
at <company>". Worded apart from the labelled set (other organisations, people and phrasings),
each with near misses that stay no moves: trends, job openings, plural posts, seats, posts that
are not AI posts, a holder who only talks, a person who appoints, a company bought."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the post in the headline, the person in the summary
            "Barclays names its first chief AI officer",
            "Barclays has appointed Priya Raman as its first chief AI officer, the bank said.",
            ("Priya Raman", "appointed", None, "Barclays"),
        ),
        (  # hired: from outside, a join
            "Allianz hires first-ever head of generative AI",
            "Allianz has hired Tomasz Wierzbicki, who ran machine learning at an insurer.",
            ("Tomasz Wierzbicki", "join", None, "Allianz"),
        ),
        (  # the person in the headline, before the post
            "Roche Group Appoints Karin Lodge as Global AI Director",
            "",
            ("Karin Lodge", "appointed", None, "Roche Group"),
        ),
        (  # promoted, lower case, the post after "to"
            "Unilever promotes Marco Bellini to global head of AI",
            "",
            ("Marco Bellini", "appointed", None, "Unilever"),
        ),
        (  # the person after the post
            "Exclusive: Walmart taps chief AI officer Dev Kapoor from inside",
            "",
            ("Dev Kapoor", "appointed", None, "Walmart"),
        ),
        (  # the post the person held elsewhere: where they come from
            "Citigroup hires Barclays AI research chief Lena Moss",
            "",
            ("Lena Moss", "join", "Barclays", "Citigroup"),
        ),
        (  # a surname alone after the verb, a verb of the post
            "Guardian hires Okonjo to oversee AI in the newsroom",
            "",
            ("Okonjo", "join", None, "Guardian"),
        ),
        (  # a place after the organisation is no part of its name
            "Cleveland Clinic in Ohio Names Chief Artificial Intelligence Officer",
            "",
            (None, "appointed", None, "Cleveland Clinic"),
        ),
        (  # a government department: "of" inside the name; "US" written "U.S."
            "US Department of Commerce picks Alan Whitcombe as first chief AI officer",
            "",
            ("Alan Whitcombe", "appointed", None, "U.S. Department of Commerce"),
        ),
        (  # the summary names the organisation more fully where it gives the post
            "Nordea Bank appoints head of responsible AI",
            "Nordea Bank Abp has appointed Sofia Lind as head of responsible AI.",
            ("Sofia Lind", "appointed", None, "Nordea Bank Abp"),
        ),
        (  # the post only in the summary: "promotes X to new role"
            "Nestlé promotes Ana Ferreira to a new role",
            "Nestlé has promoted Ana Ferreira to the role of global head of AI in its research arm.",
            ("Ana Ferreira", "appointed", None, "Nestlé"),
        ),
        (  # a headline on AI at the organisation; the summary's first sentence gives the post
            "Santander Doubles Down on AI to Cut Costs",
            "Santander has appointed its first chief AI officer as it speeds up automation.",
            (None, "appointed", None, "Santander"),
        ),
        (  # "<Org>'s new chief AI officer", the summary reporting it
            "Allstate's new chief AI officer to retrain claims staff",
            "Allstate has named Grace Ibe as its first chief AI officer, the insurer said.",
            ("Grace Ibe", "appointed", None, "Allstate"),
        ),
        (  # "<Org>'s chief AI officer appointment"
            "Heineken's Chief AI Officer Appointment Signals a Shift for Brewers",
            "Brewers are putting AI leadership at the top table.",
            (None, "appointed", None, "Heineken"),
        ),
    ],
)
def test_ai_posts_at_organisations_on_no_list(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # trends and opinion: no organisation opens the clause, or plural posts
        ("Insurers rush to hire chief AI officers", "Insurers are racing to appoint AI chiefs."),
        ("Why every hospital needs a chief AI officer", ""),
        ("Retailers Appoint Heads of AI as Budgets Grow", ""),
        ("Barclays names three chief AI officers for its divisions", ""),
        # a job opening, a plan
        ("Barclays is hiring a chief AI officer", ""),
        ("Barclays to hire head of AI next year", ""),
        # a seat, and a post that is not an AI post
        ("Allianz names Jana Kolar to its AI advisory board", ""),
        ("Unilever promotes Marco Bellini to chief marketing officer", ""),
        # a former AI post only describes the person; the new post is no AI post
        ("Lufthansa taps former AI chief Nora Quinn as CFO", ""),
        # a firm engaged, not a person given a post
        ("Walmart hires consultancy to lead AI rollout", ""),
        # the holder talks; nobody moves
        ("Allstate's chief AI officer thinks every insurer needs one", ""),
        ("Allstate's new chief AI officer on what claims staff fear", "She spoke at a conference."),
        # a person who appoints, at no organisation named
        ("Maren Oduya names Jane Roe as her head of AI", ""),
        # a question
        ("Does Barclays name a chief AI officer next?", ""),
        # a new role that is no AI post; an AI headline whose summary gives no post now
        ("Nestlé promotes Ana Ferreira to a new role", "She will run marketing in Brazil."),
        ("Santander Doubles Down on AI to Cut Costs", "Santander has invested in AI tools."),
        (  # another organisation's post in the summary
            "Santander Doubles Down on AI to Cut Costs",
            "Rival BBVA has appointed a chief AI officer.",
        ),
    ],
)
def test_ai_post_shapes_that_are_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a listed lab's person given a post by the head of government: from the lab
            "Biden taps Microsoft's Lena Ortiz for Commerce undersecretary",
            "",
            ("Lena Ortiz", "appointed", "Microsoft", "U.S. Department of Commerce"),
        ),
        (  # no department named: the White House that gives it
            "Trump names Nvidia's Omar Haddad as deputy chief of staff",
            "",
            ("Omar Haddad", "appointed", "Nvidia", "White House"),
        ),
    ],
)
def test_a_labs_person_given_a_public_post(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Trump taps Nvidia's Omar Haddad for a round of golf", ""),  # no post
        ("Trump praises Microsoft's Lena Ortiz as a great secretary", ""),  # no verb giving it
        ("Trump names Lena Ortiz as Commerce undersecretary", ""),  # no lab's person
    ],
)
def test_public_posts_that_are_no_lab_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the company's people bought: a raid on the startup, nobody named
            "Cohere buys Brightwave talent as agent race heats up",
            "",
            (None, "poach", "Brightwave", "Cohere"),
        ),
        ("Mistral absorbs Lumina's team", "", (None, "poach", "Lumina", "Mistral AI")),
        (
            "OpenAI integrates the founders and engineers of Quillby",
            "",
            (None, "poach", "Quillby", "OpenAI"),
        ),
        (  # the noun
            "Anthropic's acqui-hire of Tessellate rattles rivals",
            "",
            (None, "poach", "Tessellate", "Anthropic"),
        ),
        (  # in Portuguese, written for the test
            "Cohere reforça equipa ao integrar fundadores e engenheiros da Brightwave",
            "",
            (None, "poach", "Brightwave", "Cohere"),
        ),
    ],
)
def test_acqui_hires_told_as_nouns(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Cohere buys Brightwave", ""),  # the company bought: a deal
        ("Mistral absorbs Lumina's losses", ""),  # no people taken
        ("Anthropic's acqui-hire spree worries regulators", ""),  # nobody's people
    ],
)
def test_acquisitions_that_are_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # a relative clause between the name and the verb; a company on no list after "at"
            "Maria Lenz, who called the job 'a daily fight' and was compared to Steve Jobs, "
            "has stepped down at Nasdaq-listed Datadog",
            ("Maria Lenz", "leave", "Datadog", None),
        ),
        ("Maria Lenz steps down at Datadog", ("Maria Lenz", "leave", "Datadog", None)),
        (  # the post's company after the relative clause
            "Maria Lenz, who built the cloud unit, steps down as CEO of Datadog",
            ("Maria Lenz", "leave", "Datadog", None),
        ),
        ("Maria Lenz steps down at 70", ("Maria Lenz", "leave", None, None)),  # no company
    ],
)
def test_stepping_down_at_a_company(title: str, expected: Move) -> None:
    assert event_of(title) == expected
