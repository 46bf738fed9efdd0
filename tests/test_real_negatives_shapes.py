"""Shapes of news writing that name moves and report none, from the first-run false positives
of the held-out real sets (the precision round of December 7): tallies of a counted group over
a span of time, lists of people who moved, persuading drives, plural pay offers, a director's
seat, an honorary title, interviews about the occasion of a past move, pieces that look back,
phrasal denials, a lab's product unveiled, and "May" the month told from "may" the modal.
Worded apart from the labelled sets (other people, labs and phrasings), each with moves of the
same shape that must stay moves."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a counted group's moves over a span: a tally, whatever happened to each
        ("Six Anthropic engineers have quit over the past three months", ""),
        ("Apple loses four AI researchers to Meta in a single month", ""),
        ("Cohere has seen 11 executives leave so far", ""),
        ("12 senior Mistral AI staffers departed in 2024", ""),
        ("Google DeepMind lost five researchers in two weeks, three to Microsoft", ""),
        ("Three xAI co-founders depart within two months", ""),
        ("Cohere hired 40 engineers over the summer", ""),
        ("Half a dozen Mistral AI researchers left within a month", ""),
        ("Cohere loses three top researchers in 48 hours", ""),
        # a list of people who moved: a counted group and a relative clause, no verb of its own
        (
            "Here are the 9 people who have walked out of Stability AI",
            "Chief scientist Lena Hart announced her exit last spring; others followed.",
        ),
        ("The 8 Meta AI researchers who left for OpenAI", ""),
        ("Three senior researchers who ditched Cohere to join Mistral AI last year", ""),
        ("Engineers who quit Google to join OpenAI, and what they built", ""),
        ("5 Cohere engineers who quit to found their own startups", ""),
        # people in general talked into a move: a drive under way
        ("How Is Jensen Huang Convincing Google AI Researchers To Join Nvidia?", ""),
        ("Why is Altman persuading Anthropic engineers to join OpenAI?", ""),
        # offers in the plural: to many people, no one's hire
        ("Microsoft's $50M Offers Spark Fierce AI Talent War", ""),
        ("OpenAI's nine-figure pay packages reshape the AI job market", ""),
        # a director's seat: qualified in the headline, or told by the summary
        ("Nvidia names former Treasury official Dana Whitfield as an independent director", ""),
        (
            "Mistral AI appoints Tomas Lind as Director to bolster its governance",
            "Mistral AI has appointed Tomas Lind, the former Airbus finance chief, to its board "
            "of directors.",
        ),
        ("Mistral AI appoints Lena Hart, Tomas Lind and Priya Raman as directors", ""),
        # a committee whose name has an "and"
        ("Priya Raman joins Cohere's safety and security committee", ""),
        # an honorary title is no job
        ("Priya Raman becomes honorary professor at Tsinghua University", ""),
        ("Cohere names Tomas Lind honorary chairman", ""),
        # an interview about the occasion of a past move
        ("Priya Raman opens up about the night she left Cohere", ""),
        ("Tomas Lind recalls the day he was fired by Stability AI", ""),
        ("The real reason Priya Raman quit Cohere", ""),
        # a piece that looks back on a past move
        ("The day Stability AI fired its chief scientist, revisited", ""),
        ("Looking back: when Lena Hart quit Google for Anthropic", ""),
        ("Where are they now? Lena Hart left Cohere for Anthropic", ""),
        # a denial told with a phrasal verb
        ("Anthropic's CEO laughs off reports he will step down", ""),
        ("Cohere brushes off rumours its CTO is departing", ""),
        # "may" the modal stays doubt, in title case too and beside the month
        ("Tomas Lind May Leave Mistral AI", ""),
        ("Lena Hart, who left Cohere in May, may join Anthropic", ""),
        # a lab's product unveiled by its leader: the lab stands
        ("Mustafa Suleyman unveils Microsoft's new Copilot", ""),
        ("Demis Hassabis launches Google DeepMind's latest Gemini model", ""),
    ],
)
def test_shapes_that_report_no_move(title: str, summary: str) -> None:
    assert no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # one person, the latest in a series: a move, whatever the span
        ("Cohere loses its third co-founder in a month", "", (None, "leave", "Cohere", None)),
        # a raid told as it happens, counted but with no span
        (
            "Microsoft hires four Google DeepMind researchers for its AI unit",
            "",
            (None, "poach", "Google DeepMind", "Microsoft"),
        ),
        (
            "Three Anthropic researchers join OpenAI in its latest raid",
            "",
            (None, "poach", "Anthropic", "OpenAI"),
        ),
        # "May" the month is no doubt
        (
            "Lena Hart, who left Cohere in May, joins Anthropic",
            "",
            ("Lena Hart", "join", "Cohere", "Anthropic"),
        ),
        # a relative clause, then the headline's own verb: the move
        (
            "Jan Leike, who left OpenAI last week, joins Anthropic",
            "",
            ("Jan Leike", "join", "OpenAI", "Anthropic"),
        ),
        (
            "The two engineers who built Cursor's agent just joined xAI",
            "Lena Hart and Tomas Lind have left Anysphere for xAI.",
            ("Lena Hart", "join", "Anysphere", "xAI"),
        ),
        (
            "Cohere names Lena Hart director of research",
            "",
            ("Lena Hart", "appointed", None, "Cohere"),
        ),
        (
            "Priya Raman leaves Cohere and joins Mistral AI",
            "",
            ("Priya Raman", "join", "Cohere", "Mistral AI"),
        ),
        # the same posts, not honorary: moves
        (
            "Priya Raman becomes chief scientist at Cohere",
            "",
            ("Priya Raman", "appointed", None, "Cohere"),
        ),
        ("Cohere names Tomas Lind chairman", "", ("Tomas Lind", "appointed", None, "Cohere")),
        # a reason given with the move, and a season with one person: moves
        (
            "Priya Raman quits Cohere for personal reasons",
            "",
            ("Priya Raman", "leave", "Cohere", None),
        ),
        (
            "Cohere hires Priya Raman this summer to lead research",
            "",
            ("Priya Raman", "join", None, "Cohere"),
        ),
        # one person persuaded, named: a move
        (
            "Altman convinced Anthropic researcher Priya Raman to join OpenAI",
            "",
            ("Priya Raman", "join", "Anthropic", "OpenAI"),
        ),
        # one offer, to one person named
        (
            "Meta offers $300 million package to Cohere researcher Tomas Lind",
            "",
            ("Tomas Lind", "join", "Cohere", "Meta"),
        ),
        # a director of a field is a job, not a seat
        (
            "Anthropic hires former Stripe executive as director of product",
            "",
            (None, "join", "Stripe", "Anthropic"),
        ),
        # a present-tense move with "says" stays news; so does a founding of one's own lab
        (
            "Yann LeCun says he is leaving Meta to launch a startup",
            "",
            ("Yann LeCun", "leave", "Meta", None),
        ),
        (
            "Former OpenAI CTO Mira Murati launches Thinking Machines Lab",
            "",
            ("Mira Murati", "found", "OpenAI", "Thinking Machines Lab"),
        ),
    ],
)
def test_moves_of_the_same_shapes_stay_moves(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected
