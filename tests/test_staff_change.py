"""News of a change of people told with no verb of moving in the headline (the summary's lede
names who moved), and descriptions that are never a person's name."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.language.staff_change import announces_staff_change, appointment_as_verb
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([], [], None)


def analysis(title: str, summary: str):  # type: ignore[no-untyped-def]
    return classify(title, summary, WATCH)


@pytest.mark.parametrize(
    "title",
    [
        "Nvidia Overhauls Its Robotics Leadership After a Quiet Year",
        "Anthropic Sharpens Focus With Fresh Leadership Appointment",
        "Executive shake-up at Mistral AI as the company grows",
        "Personnel changes at xAI",
        "The chip designer welcomes a new CEO",
        "Huawei's leadership shuffle at its research arm",
    ],
)
def test_headlines_announcing_a_change_of_people(title: str) -> None:
    assert announces_staff_change(title.lower().replace(":", "").split())


@pytest.mark.parametrize(
    "title",
    [
        "Samsung reshuffles its smartphone lineup for 2026",  # products, not people
        "Apple weighs a leadership shake-up in its AI group",  # weighed, not made
        "Leadership lessons from a decade of AI research",  # no change
        "OpenAI gets a new data centre in Norway",  # a new thing, not a post
        "Meta welcomes new users to its assistant",
    ],
)
def test_near_misses_announce_no_change_of_people(title: str) -> None:
    assert not announces_staff_change(title.lower().split())


def test_a_leadership_appointment_told_as_a_means_in_the_summary() -> None:
    # the headline announces the change; the lede's noun phrase says who got which post
    got = analysis(
        "Nvidia Sharpens Its Robotics Push With New Leadership Appointment",
        "Nvidia has doubled down on robots with the appointment of Priya Ramanathan, head of "
        "its automotive group, as director of the company's robotics research. The decision "
        "was announced internally on Tuesday.",
    )
    assert got.event is not None, got.reasons
    assert (got.event.person, got.event.action, got.event.to_lab) == (
        "Priya Ramanathan",
        "appointed",
        "Nvidia",
    )


def test_the_means_of_an_appointment_is_read_only_under_such_a_headline() -> None:
    summary = "Acme grew fast, with the appointment of Jo Bloggs as CEO in 2019."
    assert appointment_as_verb("Acme opens a Berlin office", summary) == summary
    assert "by appointing Jo Bloggs" in appointment_as_verb(
        "Acme announces new leadership appointment", summary
    )


def test_a_product_reshuffle_stays_no_move() -> None:
    got = analysis(
        "Google reshuffles Gemini product tiers amid pricing push",
        "Google has reorganised its Gemini subscriptions. Product lead Dana Whitfield said the "
        "cheaper tier will get more features.",
    )
    assert not got.is_move, got.event


def test_a_leadership_change_whose_summary_names_no_mover_stays_no_move() -> None:
    got = analysis(
        "Anthropic reconfigures its research leadership",
        "Anthropic is reorganising the groups behind its Claude models, the company said, "
        "without naming who will run them.",
    )
    assert not got.is_move, got.event


def test_a_funding_round_amid_a_shake_up_stays_no_move() -> None:
    got = analysis(
        "Mistral AI raises $600 million amid executive shake-up",
        "Mistral AI has raised $600 million from investors led by General Catalyst, "
        "valuing the company at $6 billion.",
    )
    assert not got.is_move, got.event


def test_the_reasons_behind_a_departure_under_a_shake_up_are_news() -> None:
    # a headline opening with the news of the change explains it; not an interview about
    # a past move
    got = analysis(
        "Leadership Shake-Up at Meta's FAIR: The Reasons Behind Joelle Pineau's Departure",
        "Joelle Pineau, who led Meta's fundamental AI research group, is stepping down.",
    )
    assert got.event is not None, got.reasons
    assert (got.event.person, got.event.action, got.event.from_lab) == (
        "Joelle Pineau",
        "leave",
        "Meta",
    )


def test_an_interview_about_the_reasons_of_a_past_departure_stays_no_move() -> None:
    got = analysis(
        "The reasons behind Joelle Pineau's departure from Meta, two years on",
        "In a long conversation, the researcher looks back at the decision.",
    )
    assert not got.is_move, got.event


@pytest.mark.parametrize("description", ["Teen Prodigy", "Genius Teen", "Star Undergrad"])
def test_a_description_is_never_the_name(description: str) -> None:
    # "Meta <description> Joins Acme": someone described; the summary names them
    got = analysis(
        f"Meta {description} Joins Mistral AI",
        "Rahul Venkatesan, who built Meta's speech models, has joined Mistral AI as head of "
        "audio research.",
    )
    assert got.event is not None, got.reasons
    assert got.event.person == "Rahul Venkatesan"


def test_a_contraction_is_never_the_name() -> None:
    got = analysis(
        "Four years on the compiler team, and why I'm joining Anthropic",
        "There's no easy way to say this: after four years I've decided to move on.",
    )
    assert got.event is not None, got.reasons
    assert got.event.person is None and got.event.to_lab == "Anthropic"


def test_a_think_piece_on_shake_ups_retelling_an_old_exit_stays_no_move() -> None:
    got = analysis(
        "The Leadership Shake-Up Era: What the AI Talent War Means for Startups",
        "When Jane Whitaker left OpenAI in 2023 to start her own company, few expected others "
        "to follow. Now founders everywhere are rethinking retention.",
    )
    assert not got.is_move, got.event


def test_a_new_president_welcomed_at_a_listed_lab() -> None:
    # the headline names no company and no one; the lede's own verb says who, and where
    got = analysis(
        "The chatbot maker welcomes a new president",
        "Anthropic announced that Marisol Ortega has officially taken over as president, "
        "succeeding the interim leadership team.",
    )
    assert got.event is not None, got.reasons
    assert (got.event.person, got.event.to_lab) == ("Marisol Ortega", "Anthropic")


@pytest.mark.parametrize(
    ("title", "summary", "person", "to"),
    [
        (
            "Nvidia's leadership shuffle at its robotics arm signals heated AI competition",
            "Nvidia promoted senior researcher Tomas Lindqvist as leader of the robotics unit, "
            "replacing previous head Ana Ruiz, according to a report on Monday.",
            "Tomas Lindqvist",
            "Nvidia",
        ),
        (
            "Mistral AI's leadership change at its research lab signals a push into robotics",
            "Mistral AI appointed researcher Jonas Becker as head of its robotics team, "
            "replacing Lea Martin, people familiar with the matter said.",
            "Jonas Becker",
            "Mistral AI",
        ),
    ],
)
def test_a_labs_appointing_in_the_lede_of_a_leadership_shuffle(
    title: str, summary: str, person: str, to: str
) -> None:
    # the headline announces a new holder of a post; the lede's past simple of the lab's own
    # appointing is that news, not the lab's record
    got = analysis(title, summary)
    assert got.event is not None, got.reasons
    assert (got.event.person, got.event.action, got.event.to_lab) == (person, "appointed", to)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # an appointing set in an earlier year: background to the shuffle
            "Nvidia's leadership shuffle at its robotics arm signals heated AI competition",
            "Nvidia promoted senior researcher Tomas Lindqvist as leader of the robotics unit "
            "in 2019, and the unit has grown since.",
        ),
        (  # no change of people announced: the lab's past appointing is its record
            "Nvidia's robotics arm signals heated AI competition",
            "Nvidia promoted senior researcher Tomas Lindqvist as leader of the robotics unit, "
            "replacing previous head Ana Ruiz.",
        ),
    ],
)
def test_a_labs_past_appointing_under_no_fresh_change_is_no_move(title: str, summary: str) -> None:
    assert not analysis(title, summary).is_move


@pytest.mark.parametrize(
    ("title", "summary", "person", "frm", "to"),
    [
        (
            "What Does Anthropic's New Chief People Officer Plan to Change?",
            "Dana Whitfield joins from Stripe to lead people strategy as Anthropic prepares "
            "its staff for a year of growth",
            "Dana Whitfield",
            "Stripe",
            "Anthropic",
        ),
        (
            "Why Mistral AI's New CFO Is a Game-Changer for European AI",
            "Marc Dubois joins from Airbus to run finance as the company prepares to raise again.",
            "Marc Dubois",
            "Airbus",
            "Mistral AI",
        ),
    ],
)
def test_a_labs_new_post_holder_joining_in_the_lede(
    title: str, summary: str, person: str, frm: str, to: str
) -> None:
    # the headline asks about a lab's new post holder; the lede's 'joins from' says who, and
    # from where, with no lab joined: the headline's lab is the one joined
    got = analysis(title, summary)
    assert got.event is not None, got.reasons
    assert (got.event.person, got.event.action, got.event.from_lab, got.event.to_lab) == (
        person,
        "join",
        frm,
        to,
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # a past arrival: the post holder is years into the job
            "What Does Anthropic's New Chief People Officer Plan to Change?",
            "Dana Whitfield, who joined from Stripe in 2021, says the company will double its "
            "staff.",
        ),
        (  # a new CEO of nobody's: no lab whose post it is
            "Why a New CFO Is a Game-Changer for Any Startup",
            "Marc Dubois joins from Airbus to run finance as the company prepares to raise again.",
        ),
    ],
)
def test_a_new_post_holder_not_joining_now_is_no_move(title: str, summary: str) -> None:
    assert not analysis(title, summary).is_move
