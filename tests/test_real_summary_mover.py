"""A headline that names only a role or a group ("a top exec", "Chief AI Officer", "AI
experts", "veteran", "co-founder") takes its mover from the summary by grammar: the person
the summary tells moving, never the one who tells it. A verb of saying reports a clause that
names the mover even without "that" ("X said Y will lead", "X said Acme has hired Y", "X said
of the hire of Y"), after an object and a phrase ("told staff in a memo that Y"); a name
closing a sentence after a comma ("..., X said.", "..., said X.") attributes it; a boss
doing a lab's verb or a praise stays put whatever its object ("X has lost another top
lieutenant. Y ..."; "X wished Y well"); a participle opening the summary ("Speaking to
Reuters, X said ...") is no name. A group nobody names keeps no person.
Worded apart from the labelled sets (invented people, other labs and phrasings), each with
near misses that keep their mover."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a verb of saying with its reported clause, no 'that'
            "Cohere hires a veteran from Google",
            "Aidan Gomez said Petra Lind, who spent nine years at Google, will run the new"
            " applied research group.",
            ("Petra Lind", "join", "Google DeepMind", "Cohere"),
        ),
        (  # the reported clause's subject is the lab, the mover its object
            "DeepMind veteran joins Nvidia",
            "Bill Dally said Nvidia has recruited Tomasz Wilk, a longtime DeepMind engineer.",
            ("Tomasz Wilk", "join", "Google DeepMind", "Nvidia"),
        ),
        (  # the speaker in an apposition before the verb
            "Former Anthropic exec joins xAI",
            "Igor Sorensen, xAI's chief operating officer, said Nadia Ferro would join the"
            " company next month.",
            ("Nadia Ferro", "join", "Anthropic", "xAI"),
        ),
        (  # 'said of' a noun of hiring
            "Mistral hires Meta veteran",
            '"She is a builder," CEO Arthur Mensch said of the hire of Lotte Vermeer, who'
            " spent seven years at Meta.",
            ("Lotte Vermeer", "join", "Meta", "Mistral AI"),
        ),
        (  # an object and a phrase between the verb of saying and 'that'
            "Qualcomm hires a veteran from Intel",
            "Cristiano Amon told employees in a memo that Rafael Souza, a 20-year veteran of"
            " Intel, will run the new data center unit.",
            ("Rafael Souza", "join", "Intel", "Qualcomm"),
        ),
        (  # a boss's lab verb with an unnamed object; the mover in the next sentence
            "Anthropic loses a top researcher",
            "Dario Amodei has lost another senior scientist. Ingrid Moss, the head of"
            " interpretability, said on Monday she would leave.",
            ("Ingrid Moss", "leave", "Anthropic", None),
        ),
        (  # the boss in an apposition, then an auxiliary: the lab's verb still found
            "Nvidia loses a top researcher",
            "Jensen Huang, Nvidia's chief executive, has lost another senior scientist."
            " Marta Quist, who ran the robotics group, said on Monday she would leave.",
            ("Marta Quist", "leave", "Nvidia", None),
        ),
        (  # a boss's farewell to the one leaving
            "Top researcher leaves Anthropic",
            "Dario Amodei wished Ingrid Moss well after the researcher announced her departure.",
            ("Ingrid Moss", "leave", "Anthropic", None),
        ),
        (  # a participle opening the summary is no name
            "Former Google exec joins Microsoft",
            "Speaking to Bloomberg, Kevin Scott said Hana Okafor would join his team.",
            ("Hana Okafor", "join", "Google DeepMind", "Microsoft"),
        ),
    ],
)
def test_the_summary_names_who_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a group nobody names: the closing attribution is no member of it
            "Mistral hires AI experts from Google",
            "Mistral AI has hired four researchers from Google, Arthur Mensch said.",
            (None, "poach", "Google DeepMind", "Mistral AI"),
        ),
        (  # the attribution after its verb
            "Cohere hires AI experts from Meta",
            "Cohere has hired three researchers from Meta, said Aidan Gomez.",
            (None, "poach", "Meta", "Cohere"),
        ),
    ],
)
def test_attributions_name_no_member(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the speaker is the reported clause's subject: the speaker moves
            "Co-founder leaves Cohere",
            "Nick Frosst said he is leaving to join Ivan Zhang at a new startup.",
            ("Nick Frosst", "leave", "Cohere", None),
        ),
        (  # a phrase before the speaker, a clause of the speaker's own after the verb
            "Top Meta scientist quits",
            "In a post on X, Ingrid Moss said she is leaving Meta after ten years.",
            ("Ingrid Moss", "leave", "Meta", None),
        ),
        (  # 'told' takes whom it tells: the speaker moves
            "OpenAI research chief quits",
            "Mira Tal told Sam Altman on Friday she was leaving.",
            ("Mira Tal", "leave", "OpenAI", None),
        ),
        (  # the mover named first, the attribution after: the mover stays
            "Chief AI Officer leaves Apple",
            "Petra Lind is leaving the company after three years, Tim Cook said.",
            ("Petra Lind", "leave", "Apple", None),
        ),
        (  # a surname opening the summary before 'to' and a verb is the mover
            "Cohere co-founder departs",
            "Okafor to leave Cohere at the end of the month, the company confirmed.",
            ("Okafor", "leave", "Cohere", None),
        ),
    ],
)
def test_near_misses_keep_their_mover(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (  # a raid of a lab, then who joins the raiding lab, named as the verb's subject
            "ByteDance raids Alibaba for talent. Mei Lin joins ByteDance.",
            ("Mei Lin", "join", "Alibaba", "ByteDance"),
        ),
        (
            "ByteDance raids Alibaba for talent. Mei Lin will join ByteDance as head of models.",
            ("Mei Lin", "join", "Alibaba", "ByteDance"),
        ),
    ],
)
def test_a_raid_then_one_named_arrival_is_that_persons_move(summary: str, expected: Move) -> None:
    assert event_of("ByteDance poaches from Alibaba, again", summary) == expected


@pytest.mark.parametrize(
    "summary",
    [
        # a past arrival told as background
        "ByteDance raids Alibaba for talent. Mei Lin joined ByteDance in 2021.",
        # a named arrival at another lab
        "ByteDance raids Alibaba for talent. Mei Lin joins Tencent.",
        # a boss who speaks of the arrivals, not one of them
        "ByteDance raids Alibaba for talent; CEO Mei Lin says the new staff join ByteDance soon.",
        # the boss who welcomes them, the joiners unnamed
        "ByteDance raids Alibaba for talent. Mei Lin, ByteDance's CEO, welcomes the engineers"
        " who join ByteDance.",
    ],
)
def test_a_raid_with_no_named_arrival_stays_a_raid(summary: str) -> None:
    expected = (None, "poach", "Alibaba", "ByteDance")
    assert event_of("ByteDance poaches from Alibaba, again", summary) == expected
