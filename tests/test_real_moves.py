"""More shapes of real published headlines: the head of the subject when a title-case phrase
comes first, sentences inside a headline, origins that only the summary gives, move verbs and
nouns without a classic verb, and offers refused. Worded apart from the labelled sets."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a title-case phrase before 'as' is no person; the head before the verb moves
            "Anthropic Weathers Storm as Veteran Engineer Priya Nair Joins Mistral",
            "",
            ("Priya Nair", "join", "Anthropic", "Mistral AI"),
        ),
        (  # a list before the verb: the first one named is the subject
            "Lena Ortiz and Tomas Berg head back to Cohere",
            "",
            ("Lena Ortiz", "return", None, "Cohere"),
        ),
        (  # a second sentence: its mover is not the first sentence's subject
            "Jensen Huang praised the deputy who resigned. Then a second VP quit on Friday.",
            "Nvidia confirmed the departure of Kira Novak, its head of robotics.",
            ("Kira Novak", "leave", "Nvidia", None),
        ),
    ],
)
def test_who_is_the_subject(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Cohere names Tomas Berg chief technology officer",
            "Berg, formerly a principal engineer at Mistral, starts in May.",
            ("Tomas Berg", "appointed", "Mistral AI", "Cohere"),
        ),
        (
            "Priya Nair unveils Fjord Labs, her robotics venture",
            "Months ago Nair left her post as research director of Anthropic to build robots.",
            ("Priya Nair", "found", "Anthropic", "Fjord Labs"),
        ),
        (  # the past post of someone else named around it is not the mover's
            "Kira Novak joins Fjord Labs",
            "The startup, founded by Priya Nair, former research director at Anthropic, ...",
            ("Kira Novak", "join", None, "Fjord Labs"),
        ),
        (
            "Kira Novak joins Fjord Labs",
            "She will work with former Mistral engineer Tomas Berg on robots.",
            ("Kira Novak", "join", None, "Fjord Labs"),
        ),
        (  # money raised from a lab is not where the appointee comes from
            "Cohere names Tomas Berg chief financial officer",
            "Cohere raised $500 million from Nvidia last year.",
            ("Tomas Berg", "appointed", None, "Cohere"),
        ),
        (  # 'leaving to join' says where someone goes, not where they come from
            "Cohere names Tomas Berg interim CEO",
            "Berg takes over from Aidan Gomez, who is leaving to join Anthropic.",
            ("Tomas Berg", "appointed", None, "Cohere"),
        ),
    ],
)
def test_origin_from_the_summary(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # 'as' a person steps down is news with the main clause, not background
            "Cohere Braces for Change as Research Chief Tomas Berg Steps Down",
            "",
            ("Tomas Berg", "leave", "Cohere", None),
        ),
        (  # a lab loses someone unnamed; a later clause names who leaves
            "Mistral Loses a Senior Engineer as Ana Ruiz Departs",
            "",
            ("Ana Ruiz", "leave", "Mistral AI", None),
        ),
        (  # the lab closes a role phrase: its people leave, not the lab
            "Founding engineers of Jensen Huang's Nvidia resign",
            "Two of Jensen Huang's first hires at Nvidia are leaving.",
            (None, "leave", "Nvidia", None),
        ),
        (  # a plural noun of leaving after a group: several moves, not the summary's first name
            "Cohere sees senior staff exits, Aidan Gomez promises growth",
            "Aidan Gomez's Cohere lost three researchers this month.",
            (None, "leave", "Cohere", None),
        ),
        (  # a capitalised function word after the verb is no company left
            "Why Claude-Maker's Policy Chief Quit After Nine Years",
            "Lena Ortiz resigned on Monday.",
            ("Lena Ortiz", "leave", "Anthropic", None),
        ),
        (  # 'Al' printed for 'AI', and a camel-case name in plain capitals
            "Tomas Berg leaves Mistral Al for Deepseek",
            "",
            ("Tomas Berg", "join", "Mistral AI", "DeepSeek"),
        ),
        (
            "Lena Ortiz quits Openai",
            "",
            ("Lena Ortiz", "leave", "OpenAI", None),
        ),
    ],
)
def test_departures_told_around_the_verb(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kira Novak bolts Nvidia for Anthropic", ("Kira Novak", "join", "Nvidia", "Anthropic")),
        ("Kira Novak bolts to Anthropic", ("Kira Novak", "join", None, "Anthropic")),
        ("Kira Novak ditches Nvidia for Cohere", ("Kira Novak", "join", "Nvidia", "Cohere")),
        ("Kira Novak walks out of Nvidia", ("Kira Novak", "leave", "Nvidia", None)),
        (
            "Kira Novak steps aside as Nvidia research chief",
            ("Kira Novak", "leave", "Nvidia", None),
        ),
        ("Kira Novak ends her run at Cohere", ("Kira Novak", "leave", "Cohere", None)),
        ("Kira Novak parts ways with Cohere", ("Kira Novak", "leave", "Cohere", None)),
        ("Cohere parts ways with Kira Novak", ("Kira Novak", "leave", "Cohere", None)),
        (
            "Kira Novak defects from Nvidia to Anthropic",
            ("Kira Novak", "join", "Nvidia", "Anthropic"),
        ),
        (
            "Kira Novak jumps ship from Cohere to Mistral",
            ("Kira Novak", "join", "Cohere", "Mistral AI"),
        ),
        ("Kira Novak moves over to Anthropic", ("Kira Novak", "join", None, "Anthropic")),
        ("Kira Novak hired away by Anthropic", ("Kira Novak", "join", None, "Anthropic")),
        ("Kira Novak takes over Cohere", ("Kira Novak", "appointed", None, "Cohere")),
        ("Kira Novak takes the top job at Cohere", ("Kira Novak", "appointed", None, "Cohere")),
        (  # whoever hands the reins over, the one after 'to' takes the post
            "Cohere founder hands the reins to Kira Novak",
            ("Kira Novak", "appointed", None, "Cohere"),
        ),
        (
            "Aidan Gomez hands over the reins of Cohere to Kira Novak",
            ("Kira Novak", "appointed", None, "Cohere"),
        ),
        ("Cohere's new CEO is Kira Novak", ("Kira Novak", "appointed", None, "Cohere")),
        (
            "Kira Novak is the new chief scientist of Cohere",
            ("Kira Novak", "appointed", None, "Cohere"),
        ),
        (  # leaving to found an unnamed startup: the departure, from the lab left
            "Kira Novak leaves Nvidia to found a startup",
            ("Kira Novak", "leave", "Nvidia", None),
        ),
        (
            "Kira Novak co-founds Fjord Labs after leaving Nvidia",
            ("Kira Novak", "found", "Nvidia", "Fjord Labs"),
        ),
        (  # a noun of moving between two labs
            "Kira Novak's big bet: a jump from Nvidia to Anthropic",
            ("Kira Novak", "join", "Nvidia", "Anthropic"),
        ),
    ],
)
def test_moves_without_a_classic_verb(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a team grown with people from elsewhere, none named: a raid
            "Cohere Bolsters Its Agents Team with Engineers from Mistral",
            "",
            (None, "poach", "Mistral AI", "Cohere"),
        ),
        (
            "Anthropic expands team with researchers from Google, Meta and Nvidia",
            "",
            (None, "poach", None, "Anthropic"),
        ),
        (  # a person hiring a group for a lab is the lab's raid
            "Ex-Nvidia boss Kira Novak lures 30 former colleagues for Cohere",
            "",
            (None, "poach", "Nvidia", "Cohere"),
        ),
        (  # 'over two dozen' is a count, and a dateline names a place, not a hire
            "Cohere Hires Over Three Dozen Mistral Engineers Under Kira Novak",
            "Toronto, Ontario – Cohere, led by Kira Novak, has hired over 36 Mistral engineers.",
            (None, "poach", "Mistral AI", "Cohere"),
        ),
    ],
)
def test_raids_told_by_their_shape(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Fjord Labs Turns Down Anthropic's $2 Billion Offer",
        "Cohere rejects Nvidia's acquisition bid amid hiring war",
    ],
)
def test_offers_refused_move_nobody(title: str) -> None:
    summary = "Cohere had offered to recruit the whole team, including its founders."
    analysis = classify(title, summary, WATCH)
    assert not analysis.is_move, (analysis.event, analysis.reasons)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the summary's mover named in the possessive before a noun of moving
            "Senior Cohere Engineer Heads to Mistral",
            "Lena Ortiz's move from Cohere to Mistral surprised many.",
            ("Lena Ortiz", "join", "Cohere", "Mistral AI"),
        ),
        (
            "Nvidia's robotics chief departs, taking three engineers along",
            "Three engineers left Nvidia after robotics lead Kira Novak's sudden resignation.",
            ("Kira Novak", "leave", "Nvidia", None),
        ),
        (  # two named as leaving together: the first of them
            "Cohere's research chief has left",
            "Cohere's chief scientist Ana Ruiz and VP of research Tomas Berg left on Friday.",
            ("Ana Ruiz", "leave", "Cohere", None),
        ),
        (  # one who praised something is not who left
            "Key figures depart Mistral after its latest release",
            "Hours after a launch that drew praise from Jensen Huang, Mistral's lead architect"
            " has exited the company.",
            (None, "leave", "Mistral AI", None),
        ),
        (  # a team bolstered with one person named: a hire, from the lab of its product
            "Nvidia Bolsters Robotics Team with Gemini Veteran Kira Novak",
            "",
            ("Kira Novak", "join", "Google DeepMind", "Nvidia"),
        ),
        (  # a profile question about the person who was chosen
            "Who is Kira Novak, the former Nvidia engineer chosen as Cohere's new CTO?",
            "",
            ("Kira Novak", "join", "Nvidia", "Cohere"),
        ),
        (  # an outside hire named to a post is a join, whatever the company left (all sets)
            "Who is Kira Novak, the former Shopify exec chosen as Cohere's new CTO?",
            "",
            ("Kira Novak", "join", "Shopify", "Cohere"),
        ),
        (  # 'Ex-' before the company that came before the role
            "Cohere Brings in Ex-Shopify CTO to Run Infrastructure",
            "",
            (None, "join", "Shopify", "Cohere"),
        ),
        (  # people leaving a lab in an earlier clause: where the joiner comes from
            "Nvidia's Research Brain Drain: Kira Novak Joins Cohere",
            "",
            ("Kira Novak", "join", "Nvidia", "Cohere"),
        ),
        (  # a title-case move verb is no part of the name before it
            "Cohere's Kira Novak Pursues New Opportunities After Six Years",
            "",
            ("Kira Novak", "leave", "Cohere", None),
        ),
        (  # German-language outlets
            "Mistral-Mitgründer Tomas Berg tritt nach drei Jahren zurück",
            "",
            ("Tomas Berg", "leave", "Mistral AI", None),
        ),
        ("Kira Novak wechselt zu Anthropic", "", ("Kira Novak", "join", None, "Anthropic")),
    ],
)
def test_people_and_origins_of_real_headlines(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # a wish is not a move
            "Jensen Huang Wants Cohere's Co-Founder To Join Nvidia",
            "Huang has reportedly approached Aidan Gomez.",
        ),
        (
            "Microsoft poaches three more AI experts from Cohere",
            "",
        ),
    ],
)
def test_wishes_and_counts(title: str, summary: str) -> None:
    analysis = classify(title, summary, WATCH)
    if "poaches" in title:  # experts are a group: a raid, no one named
        assert analysis.event == (None, "poach", "Cohere", "Microsoft")
    else:
        assert not analysis.is_move, (analysis.event, analysis.reasons)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # a noun of leaving after a person and a lab is the person's
            "The Kira Novak Nvidia Exit: What It Means for Robotics",
            ("Kira Novak", "leave", "Nvidia", None),
        ),
        (  # 'from' after a list of people hired
            "Cohere Hires Lena Ortiz, Tomas Berg From Mistral to Grow Its Agents Team",
            ("Lena Ortiz", "join", "Mistral AI", "Cohere"),
        ),
        (  # a lab's name ending in a lower-case 'lab'
            "Mira Murati's Thinking Machines lab losing engineers to Meta",
            (None, "poach", "Thinking Machines Lab", "Meta"),
        ),
    ],
)
def test_nouns_lists_and_lab_spellings(title: str, expected: Move) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Aidan Gomez walks out of Cohere hearing",
        "Kira Novak leaves the Nvidia summit early",
        "Kira Novak joins Anthropic call on safety",
    ],
)
def test_occasions_left_or_joined_are_no_moves(title: str) -> None:
    analysis = classify(title, "", WATCH)
    assert not analysis.is_move, (analysis.event, analysis.reasons)


def test_leaving_after_talks_is_still_a_move() -> None:
    assert event_of("Kira Novak leaves Nvidia after talks stall") == (
        "Kira Novak",
        "leave",
        "Nvidia",
        None,
    )
