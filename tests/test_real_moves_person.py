"""Who moves, when the headline names a role and the summary names people: the mover is read
from the summary past whoever acts on them (a boss who hired, lost, tapped or thanked them),
past whoever tells the news ("X reports that ...", "confirmed that the company's head of
research, Y, ..."), and from clauses of its own ("with Y leaving to join ...", "Y, who is
stepping down"); a feed's sentences run together ("resigning.Jane Doe") are split; and a
title-case field before a role ("Intel's Datacenter Architecture Boss") is no person's name,
nor is a title-case phrase after "a" ("Marks a Bold Bet"); the source of a report ("According
to X on Twitter, Y has joined") and the founder of the lab a group leaves ("the startup
established by X") are not the mover; a headline's name doing a lab's verb ("Acme Loses AI
Chief", a company on no list) is not whom the summary's pronoun stands for.
Worded apart from the labelled sets (other people, companies and phrasings), each with near
misses that must stay as they were."""

from __future__ import annotations

import pytest

from jobs.language.tokens import tokens_of
from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the boss is the subject of a lab's verb of losing; the object moves
            "xAI co-founder leaves",
            "Elon Musk has lost another xAI co-founder, Greg Yang, who is leaving to focus"
            " on his health.",
            ("Greg Yang", "leave", "xAI", None),
        ),
        (  # a boss's hiring verb, past a role and a lab before the name
            "Microsoft taps Google veteran to lead AI engineering",
            "Satya Nadella has tapped former Google executive Jay Parikh to lead a new AI"
            " engineering group.",
            ("Jay Parikh", "join", "Google DeepMind", "Microsoft"),
        ),
        (  # the founder who hires stays put: the one hired moves
            "Meta hires OpenAI researcher to lead superintelligence effort",
            "Mark Zuckerberg has hired OpenAI researcher Trapit Bansal for the new lab.",
            ("Trapit Bansal", "join", "OpenAI", "Meta"),
        ),
        (  # a boss's praise of the one who leaves
            "Apple's foundation models chief departs for Meta",
            "Tim Cook praised Ruoming Pang, Apple's head of foundation models, who is leaving"
            " for Meta.",
            ("Ruoming Pang", "join", "Apple", "Meta"),
        ),
        (  # a relative clause telling the move now
            "Meta's Head of Generative Video Steps Down",
            "Mark Zuckerberg thanked Lena Park, who is stepping down after nine years.",
            ("Lena Park", "leave", "Meta", None),
        ),
        (  # an absolute clause: "with X leaving to join"
            "Google's Robotics Research Lead Departs for Tesla",
            "Google has lost one of its senior robotics figures, with Marta Kowalski leaving"
            " to join Tesla's Optimus team, according to The Information.",
            ("Marta Kowalski", "join", "Google DeepMind", "Tesla"),
        ),
        (  # a reporter telling the news, the mover in apposition after it
            "Apple AI Executive Defects to Meta",
            "Bloomberg's Mark Gurman reports that Tom Lindqvist, an Apple AI executive, has"
            " left for Meta.",
            ("Tom Lindqvist", "join", "Apple", "Meta"),
        ),
        (  # an announcer, then a role said of the mover before the name
            "OpenAI loses its head of research to Meta",
            "Sam Altman confirmed that the company's head of research, Mark Chen, is leaving"
            " for Meta.",
            ("Mark Chen", "join", "OpenAI", "Meta"),
        ),
        (  # an earlier move the summary tells first ("follows X's move") is background
            "Anthropic hires former Google researcher",
            "The hire follows Jane Okoro's move to Anthropic last year; now Tom Baker, a Google"
            " DeepMind researcher, has joined.",
            ("Tom Baker", "join", "Google DeepMind", "Anthropic"),
        ),
        (  # a successor hired "to replace" the one who leaves is not the leaver
            "Apple's AI chief departs",
            "Tim Cook, Apple's CEO, has hired Amar Subramanya to replace John Giannandrea, who"
            " is retiring.",
            ("John Giannandrea", "leave", "Apple", None),
        ),
        (  # a title-case field before a role is no name; the summary says who
            "Nvidia's Autonomous Driving Head Is Leaving",
            "Nvidia's autonomous driving head Xinzhou Wu is leaving the company.",
            ("Xinzhou Wu", "leave", "Nvidia", None),
        ),
        (  # the same, opening the headline
            "Search Ads Chief Leaves Google For Perplexity",
            "Google's head of search ads, Jerry Dischler, has left for Perplexity.",
            ("Jerry Dischler", "join", "Google", "Perplexity"),
        ),
        (  # a feed's sentences run together: the name after the full stop is whole
            "Xpeng's head of autonomous driving quits",
            "This follows a string of departures at rivals resigning.Jane Harlow, vice"
            " president of autonomous driving at Xpeng, has resigned.",
            ("Jane Harlow", "leave", "Xpeng", None),
        ),
    ],
)
def test_the_summary_names_who_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the source of the report before the summary's verb of joining
            "Anthropic's Claude Team Lands Google Veteran Priya Raman: A Coding Talent Win",
            "According to Mark Gurman on X, Priya Raman has joined Anthropic's Claude Code team"
            " after six years at Google.",
            ("Priya Raman", "join", "Google DeepMind", "Anthropic"),
        ),
        (  # a company on no list doing "loses": the summary's pronoun is its executive
            "Renault Loses Software Chief Amid Reshuffle",
            "The carmaker has lost its head of software, Clara Dumont. Sources say she decided"
            " to pursue other opportunities.",
            ("Clara Dumont", "leave", None, None),
        ),
        (  # a group hired from a startup: its founder, named after "founded by", is no member
            "Google Hires Key Talent from Reka: A Strategic Move",
            "Google has recruited four researchers from Reka, the startup founded by former"
            " DeepMind scientist Dani Yogatama.",
            (None, "poach", "Reka", "Google DeepMind"),
        ),
    ],
)
def test_sources_owners_and_founders_are_no_movers(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a title-case phrase after "a" or after a preposition in a deal's clause is what the
        # deal is about, no one it is for
        (
            "Why Databricks' $1B Tabular Deal Marks a Bold Bet on Open Table Formats",
            "Databricks' $1 billion acquisition of Tabular brings the startup's expertise into"
            " its platform, reflecting a push to unify data formats.",
        ),
        (
            "Why Databricks' $1B Tabular Deal Is a Smart Bet",
            "Databricks' $1 billion acquisition of Tabular brings the startup's expertise into"
            " its platform.",
        ),
    ],
)
def test_indefinite_phrases_are_no_people(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a name after "a" in the summary is no name either, the headline's mover stays
            "Meta hires Scale AI's Jane Okoro",
            "It is a Big Win for Meta's data team.",
            ("Jane Okoro", "join", "Scale AI", "Meta"),
        ),
        (  # a deal for a person named after "for", past a role: the person offered
            "Meta's $100M Deal for AI Researcher Jane Okoro",
            "",
            ("Jane Okoro", "join", None, "Meta"),
        ),
        (  # "led by X" may be a member of the group hired
            "Microsoft poaches a team from Inflection AI",
            "The team, led by Karen Simonyan, will join Microsoft AI.",
            ("Karen Simonyan", "join", "Inflection AI", "Microsoft"),
        ),
        (  # the name before the role opens the headline as its subject: a person still
            "Meta's Ruoming Pang Joins OpenAI",
            "",
            ("Ruoming Pang", "join", "Meta", "OpenAI"),
        ),
        (  # a name after the role stays the mover
            "Tesla Optimus Lead Milan Kovac Departs",
            "",
            ("Milan Kovac", "leave", "Tesla", None),
        ),
        (  # a role given to a name by a verb before it
            "OpenAI names Jakub Pachocki chief scientist",
            "",
            ("Jakub Pachocki", "appointed", None, "OpenAI"),
        ),
        (  # "with" a partner who does not move on their own: the founder moves
            "Former Meta researcher launches AI startup",
            "Ana Petrova has teamed up with former colleague Luis Ortega to launch Acme Labs.",
            ("Ana Petrova", "found", "Meta", "Acme Labs"),
        ),
        (  # a relative clause telling a past move is background: the first name stays
            "OpenAI co-founder leaves for Anthropic",
            "John Schulman, who joined OpenAI in 2015, said he is leaving for Anthropic.",
            ("John Schulman", "join", "OpenAI", "Anthropic"),
        ),
        (  # a move phrase's first word only ("called"): the speaker is no mover
            "OpenAI co-founder leaves for Anthropic",
            "OpenAI co-founder John Schulman said he is leaving for Anthropic, a move Sam"
            " Altman called a loss.",
            ("John Schulman", "join", "OpenAI", "Anthropic"),
        ),
        (  # the only mover named is inside a clause of time: that move is the news
            "Nvidia's robotics chief departs",
            "Three engineers left Nvidia after robotics lead Kira Novak resigned, CEO Jensen"
            " Huang said.",
            ("Kira Novak", "leave", "Nvidia", None),
        ),
        (  # a boss named first, the successor after "as": the one ousted is the mover
            "Stability AI CEO ousted",
            "Emad Mostaque ousted as CEO, Shan Shan Wong named interim chief at Stability AI.",
            ("Emad Mostaque", "fired", "Stability AI", None),
        ),
    ],
)
def test_near_misses_keep_their_mover(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("staff resigning.Jane Harlow said", ["staff", "resigning", ".", "Jane", "Harlow", "said"]),
        # domains, products and initials keep their dot
        ("joined x.AI and Character.AI in the U.S", ["joined", "x.AI", "and", "Character.AI"]),
        ("visit openai.com or Node.js", ["visit", "openai.com", "or", "Node.js"]),
        ("the “ex” resigning.Jane Harlow", ["the", "“", "ex", "”", "resigning", ".", "Jane"]),
    ],
)
def test_sentences_run_together(text: str, words: list[str]) -> None:
    assert tokens_of(text).texts[: len(words)] == words


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a post's fields in title case, joined by "And" / "&", before its role and verb
        ("Trust And Safety Head Resigns From OpenAI", (None, "leave", "OpenAI", None)),
        ("Policy & Partnerships Lead Quits Anthropic", (None, "leave", "Anthropic", None)),
        # a descriptive noun of a person heads the subject, as a role does
        ("Open Source Champion Leaves Meta For Mistral", (None, "join", "Meta", "Mistral AI")),
        # near misses: two surnames joined by "And" move together, the first named
        ("Murati And Zoph Leave OpenAI", ("Murati", "leave", "OpenAI", None)),
        ("Altman And Brockman Head To Microsoft", ("Sam Altman", "join", None, "Microsoft")),
    ],
)
def test_title_case_fields_are_no_names(title: str, expected: Move) -> None:
    assert event_of(title) == expected
