"""States, agencies, universities and banks on no list naming someone to an AI post (set X's
misses): a state whose name is two words is no person appointing, an acronym's agency is the
one the summary spells out, 'artificial intelligence' is one AI word, a question in a clause
of its own leaves the news told, a summary may open with a fronted phrase and name the
appointee in its next sentence, a summary's sentence may open with the organisation's
appointment of someone, a person may be put in charge of an organisation's AI remit, plural
posts are a move where the summary names who takes the AI one, and a body's full name is the
summary's. Worded apart from the
labelled rows (other states, agencies, people and posts), with near misses that must stay no
moves: a question about the post, a state looking for someone, plural posts, an organisation
joining an alliance."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a two-word state is no person appointing; the summary gives who
            "Rhode Island Names First Artificial Intelligence Policy Lead",
            "Rhode Island has appointed Dana Whitlow to lead AI policy.",
            ("Dana Whitlow", "appointed", None, "Rhode Island"),
        ),
        (  # 'artificial intelligence' counts as one word; the acronym is spelt out
            "GDTA Names Artificial Intelligence Strategy and Ethics Director",
            "The Georgia Digital Technology Authority has named Marcus Lee as its director of "
            "artificial intelligence strategy.",
            ("Marcus Lee", "appointed", None, "Georgia Digital Technology Authority"),
        ),
        (  # a question that is a sentence of its own before the clause
            "Ready for the bots? Halvard Bank names head of AI to fight fraud",
            "Halvard Bank announced the appointment of Priya Raman as its head of AI.",
            ("Priya Raman", "appointed", None, "Halvard Bank"),
        ),
        (  # a question in a later clause leaves the appointment told
            "Dartmouth appoints AI chief: is every campus next?",
            "Dartmouth College's appointment of Prof. Ilse Varga as vice provost for AI was "
            "announced on Monday.",
            ("Ilse Varga", "appointed", None, "Dartmouth College"),
        ),
        (  # a summary opening with a fronted phrase; the appointee in its next sentence
            "Vermont Bets On Artificial Intelligence For Public Services",
            "With an eye on faster services for residents, Vermont has appointed its first "
            "chief AI officer. Rosa Hedlund, a former cloud architect, will hold the post.",
            ("Rosa Hedlund", "appointed", None, "Vermont"),
        ),
        (  # a verb of governing AI as the post
            "Ohio Taps Lena Hart to Govern AI Use Statewide",
            "",
            ("Lena Hart", "appointed", None, "Ohio"),
        ),
        (  # a person put in charge of an organisation's AI remit; the acronym spelt out
            "Dana Whitlow to Spearhead MSU's New Generative AI Initiative",
            "Michigan State University has named a longtime computing dean to the role.",
            ("Dana Whitlow", "appointed", None, "Michigan State University"),
        ),
        (
            "Omar Idris to lead Harbor Bank's AI push",
            "",
            ("Omar Idris", "appointed", None, "Harbor Bank"),
        ),
        (  # plural posts: the one the summary gives the AI post
            "Ohio Names New Leaders to AI and Data Roles",
            "The appointment of Marta Olsen as chief AI officer and Ben Cho as chief data "
            "officer follows a review of state technology.",
            ("Marta Olsen", "appointed", None, "Ohio"),
        ),
        (  # the summary's full name of the body, with what it is 'of'
            "Kansas names state's first AI and data officer",
            "Kansas named Omar Idris to lead the AI office inside the Kansas Department of "
            "Administration.",
            ("Omar Idris", "appointed", None, "Kansas Department of Administration"),
        ),
    ],
)
def test_public_bodies_on_no_list_name_ai_officials(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the summary's sentence opens with the organisation's appointment of someone
            "What the AI Era Asks of Insurers",
            "Halden Insurance's recent appointment of Carla Ruiz as head of generative AI shows "
            "how far insurers have come.",
            ("Carla Ruiz", "appointed", None, "Halden Insurance"),
        ),
        (  # past an honorific; the headline calls it a hire, someone from outside
            "Why Orbis Bank's big hire matters for AI in lending",
            "Lenders are racing to adopt AI. Orbis Bank's appointment of Dr. Leo Marsh as its "
            "chief AI officer, effective in March, is the clearest sign yet.",
            ("Leo Marsh", "join", None, "Orbis Bank"),
        ),
    ],
)
def test_summary_owned_appointments(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a question about the post, in the clause of the verb
        (
            "Why Rhode Island named a chief AI officer?",
            "Rhode Island has appointed Dana Whitlow as its chief AI officer.",
        ),
        # a state looking for someone names no one
        (
            "North Dakota seeks its first chief AI officer",
            "The state plans to hire a chief artificial intelligence officer next year.",
        ),
        # plural posts are no one's move
        (
            "South Carolina names new artificial intelligence leaders",
            "The state named several officials to lead its AI work.",
        ),
        # an appointment retold, one to no AI post, and one only planned
        (
            "What the AI Era Asks of Insurers",
            "Halden Insurance's appointment of Carla Ruiz as chief AI officer last year changed "
            "little.",
        ),
        (
            "AI spending lifts Halden Insurance's results",
            "Halden Insurance's recent appointment of Carla Ruiz as chief financial officer was "
            "welcomed by investors.",
        ),
        (
            "Halden Insurance bets on AI",
            "Halden Insurance's planned appointment of a chief AI officer awaits the board.",
        ),
        # plural posts with no one given the AI post, seats, posts with no AI word
        (
            "Ohio Names New Leaders to AI and Data Roles",
            "The state says the new team will start in the spring.",
        ),
        ("Orbis Bank appoints two directors to its AI advisory board", ""),
        ("Orbis Bank appoints three directors to run its branches", ""),
        # a remit that is no AI remit, and a person's strategy
        ("Omar Idris to lead Harbor Bank's marketing push", ""),
        ("Dana Whitlow to spearhead Sam Altman's AI strategy", ""),
        # an organisation joining an alliance or a coalition is a membership
        ("Cedars Sinai joins Open Health Alliance started by Google, Microsoft", ""),
        ("Houston Methodist joins AI Coalition formed by OpenAI and Microsoft", ""),
    ],
)
def test_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


def test_a_summary_ending_in_a_name_reads_without_failing() -> None:
    # a feed's summary may stop anywhere: a name's 'of' part (org_posts.of_end) is read up to
    # the text's end, never past it
    summary = "Officials inside the Texas Department of Information Resources"
    assert classify("Texas names first chief AI officer", summary, WATCH).is_move
