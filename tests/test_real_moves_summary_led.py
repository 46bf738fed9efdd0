"""Hires a headline tells with no move verb (jobs/language/led_units.py): a unit the organisation
opens 'led by' someone it calls a former employee of another lab, the noun of an appointment
with the appointee named, a summary sentence fronting the post ('Heading the unit is X'), and
the gerund 'by appointing X'. Worded apart from the labelled sets (other people, labs and
phrasings), each with near misses that stay as they were."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the unit's leader named in the headline, the origin between 'former' and the role
            "Amazon unveils Tokyo robotics hub led by former Microsoft researcher Keiko Tanaka",
            "The hub will hire fifty people this year.",
            ("Keiko Tanaka", "appointed", "Microsoft", "Amazon"),
        ),
        (  # named only by the summary's own 'led by former <lab> ...' clause
            "Nvidia sets out a new inference group led by ex-Meta engineering director",
            "Led by former Meta engineering director Tomasz Kowalski, the group will build"
            " serving software.",
            ("Tomasz Kowalski", "appointed", "Meta", "Nvidia"),
        ),
        (  # the summary's 'under former <lab> ...'
            "Cohere is starting an open agents project led by former Apple scientist",
            "The company is starting the project under former Apple staff scientist Ines"
            " Moreau, she wrote on Monday.",
            ("Ines Moreau", "appointed", "Apple", "Cohere"),
        ),
    ],
)
def test_a_unit_led_by_a_former_outsider_is_their_appointment(
    title: str, summary: str, expected: object
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # led by a sitting executive: a reorganisation, no one arrives
        ("Amazon forms robotics hub led by its CTO Keiko Tanaka", "The hub opens in May."),
        # 'former' with no other lab before the role
        (
            "Amazon opens robotics hub led by former astronaut Keiko Tanaka",
            "The hub opens in May.",
        ),
        # a centre rather than a unit of the company (set L labels such a hub no move)
        (
            "Amazon announces new AI center in Tokyo, led by former Google employee",
            "The centre will be led by Keiko Tanaka, who worked at Google for six years.",
        ),
        # no organisation named before the unit
        (
            "A robotics lab led by former Google scientist Keiko Tanaka opens its doors",
            "It is funded by grants.",
        ),
    ],
)
def test_units_not_led_by_newcomers_stay_no_move(title: str, summary: str) -> None:
    no_move(title, summary)


def test_the_noun_of_an_appointment_with_the_appointee_named() -> None:
    assert event_of(
        "Nvidia stock climbs as analysts welcome appointment of new CFO Helen Okafor",
        "Shares rose 4% on Tuesday.",
    ) == ("Helen Okafor", "appointed", None, "Nvidia")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a prospect, not news
        (
            "Nvidia engineers oppose expected appointment of new CTO Helen Okafor",
            "A letter was signed by 200 staff.",
        ),
        # a firm given a post, no person
        ("Nvidia confirms appointment of new auditor Deloitte", "The audit starts in May."),
        # the noun with no role before the name: a topic more often than the news
        (
            "Nvidia and the appointment of Helen Okafor: a look back",
            "The board met in 2019.",
        ),
    ],
)
def test_appointment_nouns_that_are_no_news_stay_no_move(title: str, summary: str) -> None:
    no_move(title, summary)


def test_a_fronted_post_names_who_holds_it() -> None:
    assert event_of(
        "Anthropic's new Zurich office: a bet on Europe",
        "Anthropic opened an office in Zurich this week. Running the new site is Lena Vogt,"
        " a researcher recruited from Google DeepMind last month.",
    ) == ("Lena Vogt", "appointed", "Google DeepMind", "Anthropic")


def test_a_fronted_clause_mid_sentence_is_no_post() -> None:
    no_move(
        "Anthropic's new Zurich office: a bet on Europe",
        "Anthropic opened an office in Zurich, and leading the way is its partner network.",
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Airbus bolsters self-flying push by appointing Nvidia veteran Omar Haddad to run"
            " flight software",
            "Airbus Group said the hire starts in June.",
        ),
        (
            "Airbus Bolsters Self-Flying Push by Appointing Nvidia's Omar Haddad to Lead"
            " Autonomous Flight Platform",
            "On May 2, 2026, Airbus Group announced the appointment of Omar Haddad, former vice"
            " president of robotics at Nvidia, as the head of its Autonomous Flight Platform.",
        ),
    ],
)
def test_by_appointing_names_the_hire(title: str, summary: str) -> None:
    assert event_of(title, summary) == ("Omar Haddad", "join", "Nvidia", "Airbus Group")


def test_appointing_with_no_doer_stays_no_move() -> None:
    no_move("Why banks keep appointing chief AI officers", "Banks are racing to hire.")


def test_a_bank_seen_hiring_leadership_from_another_bank() -> None:
    assert event_of(
        "Fintech race sees Barclays recruit leadership from Goldman Sachs",
        "Barclays has recruited its AI leadership from Wall Street rival Goldman Sachs. The"
        " British bank has named Petra Lindqvist as its head of machine learning.",
    ) == ("Petra Lindqvist", "join", "Goldman Sachs", "Barclays")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a bank engaged for a deal, not a hire
        (
            "Acme sees Barclays recruit advisers from Goldman Sachs for its listing",
            "The bankers will run the sale.",
        ),
        # the seen verb is no hiring
        (
            "Fintech race sees Barclays court leadership from Goldman Sachs",
            "Talks are at an early stage.",
        ),
    ],
)
def test_banks_seen_doing_other_things_stay_no_move(title: str, summary: str) -> None:
    no_move(title, summary)


def test_an_appointment_noun_in_a_question_stays_no_move() -> None:
    no_move(
        "Will Nvidia's appointment of new CFO Helen Okafor calm investors?",
        "Shares were flat on Tuesday.",
    )
