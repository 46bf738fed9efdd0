"""Hires a headline tells with no move verb (jobs/language/led_units.py): a unit the organisation
opens 'led by' someone it calls a former employee of another lab, the noun of an appointment
with the appointee named, a summary sentence fronting the post ('Heading the unit is X'), and
the gerund 'by appointing X'. Worded apart from the labelled sets (other people, labs and
phrasings), each with near misses that stay as they were."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move

APPOINTING = ("Omar Haddad", "join", "Nvidia", "Airbus Group")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        pytest.param(  # the unit's leader named in the headline, origin between 'former' and role
            "Amazon unveils Tokyo robotics hub led by former Microsoft researcher Keiko Tanaka",
            "The hub will hire fifty people this year.",
            ("Keiko Tanaka", "appointed", "Microsoft", "Amazon"),
            id="unit-led-by-former-outsider-in-headline",
        ),
        pytest.param(  # named only by the summary's own 'led by former <lab> ...' clause
            "Nvidia sets out a new inference group led by ex-Meta engineering director",
            "Led by former Meta engineering director Tomasz Kowalski, the group will build"
            " serving software.",
            ("Tomasz Kowalski", "appointed", "Meta", "Nvidia"),
            id="unit-led-by-former-outsider-in-summary",
        ),
        pytest.param(  # the summary's 'under former <lab> ...'
            "Cohere is starting an open agents project led by former Apple scientist",
            "The company is starting the project under former Apple staff scientist Ines"
            " Moreau, she wrote on Monday.",
            ("Ines Moreau", "appointed", "Apple", "Cohere"),
            id="unit-under-former-outsider",
        ),
        pytest.param(  # the noun of an appointment with the appointee named
            "Nvidia stock climbs as analysts welcome appointment of new CFO Helen Okafor",
            "Shares rose 4% on Tuesday.",
            ("Helen Okafor", "appointed", None, "Nvidia"),
            id="appointment-noun",
        ),
        pytest.param(  # a fronted post names who holds it
            "Anthropic's new Zurich office: a bet on Europe",
            "Anthropic opened an office in Zurich this week. Running the new site is Lena Vogt,"
            " a researcher recruited from Google DeepMind last month.",
            ("Lena Vogt", "appointed", "Google DeepMind", "Anthropic"),
            id="fronted-post",
        ),
        pytest.param(  # 'by appointing' names the hire
            "Airbus bolsters self-flying push by appointing Nvidia veteran Omar Haddad to run"
            " flight software",
            "Airbus Group said the hire starts in June.",
            APPOINTING,
            id="by-appointing",
        ),
        pytest.param(
            "Airbus Bolsters Self-Flying Push by Appointing Nvidia's Omar Haddad to Lead"
            " Autonomous Flight Platform",
            "On May 2, 2026, Airbus Group announced the appointment of Omar Haddad, former vice"
            " president of robotics at Nvidia, as the head of its Autonomous Flight Platform.",
            APPOINTING,
            id="by-appointing-title-case",
        ),
        pytest.param(  # a bank seen hiring leadership from another bank
            "Fintech race sees Barclays recruit leadership from Goldman Sachs",
            "Barclays has recruited its AI leadership from Wall Street rival Goldman Sachs. The"
            " British bank has named Petra Lindqvist as its head of machine learning.",
            ("Petra Lindqvist", "join", "Goldman Sachs", "Barclays"),
            id="seen-recruiting",
        ),
    ],
)
def test_a_hire_told_with_no_move_verb(title: str, summary: str, expected: object) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # units not led by newcomers
        pytest.param(  # led by a sitting executive: a reorganisation, no one arrives
            "Amazon forms robotics hub led by its CTO Keiko Tanaka",
            "The hub opens in May.",
            id="unit-led-by-sitting-executive",
        ),
        pytest.param(  # 'former' with no other lab before the role
            "Amazon opens robotics hub led by former astronaut Keiko Tanaka",
            "The hub opens in May.",
            id="unit-led-by-former-non-lab",
        ),
        pytest.param(  # a centre rather than a unit of the company (set L labels it no move)
            "Amazon announces new AI center in Tokyo, led by former Google employee",
            "The centre will be led by Keiko Tanaka, who worked at Google for six years.",
            id="centre-not-unit",
        ),
        pytest.param(  # no organisation named before the unit
            "A robotics lab led by former Google scientist Keiko Tanaka opens its doors",
            "It is funded by grants.",
            id="unit-with-no-organisation",
        ),
        # appointment nouns that are no news
        pytest.param(  # a prospect, not news
            "Nvidia engineers oppose expected appointment of new CTO Helen Okafor",
            "A letter was signed by 200 staff.",
            id="expected-appointment",
        ),
        pytest.param(  # a firm given a post, no person
            "Nvidia confirms appointment of new auditor Deloitte",
            "The audit starts in May.",
            id="appointment-of-a-firm",
        ),
        pytest.param(  # the noun with no role before the name: a topic more often than news
            "Nvidia and the appointment of Helen Okafor: a look back",
            "The board met in 2019.",
            id="appointment-with-no-role",
        ),
        pytest.param(  # the appointment noun in a question
            "Will Nvidia's appointment of new CFO Helen Okafor calm investors?",
            "Shares were flat on Tuesday.",
            id="appointment-in-a-question",
        ),
        pytest.param(  # a fronted clause mid-sentence is no post
            "Anthropic's new Zurich office: a bet on Europe",
            "Anthropic opened an office in Zurich, and leading the way is its partner network.",
            id="fronted-clause-mid-sentence",
        ),
        pytest.param(  # appointing with no doer
            "Why banks keep appointing chief AI officers",
            "Banks are racing to hire.",
            id="appointing-with-no-doer",
        ),
        # banks seen doing other things
        pytest.param(  # a bank engaged for a deal, not a hire
            "Acme sees Barclays recruit advisers from Goldman Sachs for its listing",
            "The bankers will run the sale.",
            id="seen-recruiting-advisers",
        ),
        pytest.param(  # the seen verb is no hiring
            "Fintech race sees Barclays court leadership from Goldman Sachs",
            "Talks are at an early stage.",
            id="seen-courting",
        ),
    ],
)
def test_near_misses_stay_no_move(title: str, summary: str) -> None:
    no_move(title, summary)
