"""False moves of real headlines (sets AA and AB): a word before a participle read as a
mover, a speaker's claim read as their own move, an exit's story retold, a share of a team
counted. Worded apart from the sets' rows, with moves of the same shape that must stay moves."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import event_of, no_move


@pytest.mark.parametrize(
    "title",
    [
        # an adverb before a participle describes the company; nobody founds it here
        "Newly formed robotics lab Atlas Works wants to train open models",
        "Recently launched Vega Institute plans a new benchmark for agents",
        "Freshly founded Orbit Labs signs a cloud deal with Oracle",
    ],
)
def test_adverb_before_a_participle_is_no_founder(title: str) -> None:
    assert no_move(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the adverb is no person: the mover is the one the rest of the headline names
        (
            "Recently ousted Cohere CEO Ana Lopez joins Mistral",
            ("Ana Lopez", "join", "Cohere", "Mistral AI"),
        ),
        ("Newly hired Meta scientist quits after two weeks", (None, "leave", "Meta", None)),
    ],
)
def test_adverb_before_a_participle_leaves_the_move(
    title: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a share of a team gone, counted over time: a tally whoever left
        ("Turnover at Cohere as 60% of its founding researchers exit", ""),
        ("Nearly a third of Mistral's original scientists have quit", ""),
        ("Google loses the majority of its Gemini launch team", ""),
        (
            "Anthropic has lost 9 of the 12 authors of its first paper",
            "Most have gone on to found startups of their own.",
        ),
        ("Seven of xAI's twelve co-founders have now departed", ""),
    ],
)
def test_share_of_a_team_leaving_is_a_tally(title: str, summary: str) -> None:
    assert no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the summary names the one who has just left: news of the latest departure
        (
            "Half of Cohere's co-founders have now left the startup",
            "Ivan Petrov, a co-founder of Cohere, said on Monday he is leaving.",
            ("Ivan Petrov", "leave", "Cohere", None),
        ),
        # a count with no whole is a group leaving together ('half a dozen' counts people)
        ("Three of Mistral's top researchers quit", "", (None, "leave", "Mistral AI", None)),
        (
            "Cohere loses half a dozen engineers to Anthropic",
            "",
            (None, "poach", "Cohere", "Anthropic"),
        ),
    ],
)
def test_a_named_leaver_or_a_counted_group_stays_a_move(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # what lay behind an exit its mover owns, told after a verb of telling: an interview
        (
            "'I was done': Cohere's best-known researcher explains the story behind his exit",
            "Ivan Petrov is leaving Cohere after six years, citing a split over strategy.",
        ),
        (
            "Mistral's former science chief opens up about her departure",
            "Lena Ortiz is leaving Mistral AI, she said in a post.",
        ),
        (
            "Ana Lopez breaks her silence on her Anthropic exit",
            "Ana Lopez, who is leaving Anthropic, spoke for the first time on Tuesday.",
        ),
    ],
)
def test_an_exit_told_again_by_its_mover_is_no_move(title: str, summary: str) -> None:
    assert no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # announcing or confirming one's own exit is the news of it
        (
            "Ivan Petrov confirms his exit from Cohere",
            "",
            ("Ivan Petrov", "leave", "Cohere", None),
        ),
        # a telling verb over a present move is a move under way
        (
            "Ivan Petrov explains why he is leaving Cohere",
            "",
            ("Ivan Petrov", "leave", "Cohere", None),
        ),
    ],
)
def test_an_exit_announced_by_its_mover_stays_a_move(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a lab's bare gerund of people in general, judged by a later verb: the activity
        ("Cohere CEO says Anthropic poaching AI researchers is 'fair game'", ""),
        (
            "Mistral hiring ex-Google staff was the smart move, says its investor",
            "Speaking to Ana Lopez on her podcast, the investor praised the startup's bets.",
        ),
        # what one talks about: a lab's hiring of people in general
        ("Podcast: Aidan Gomez on Anthropic poaching AI researchers", ""),
        # a speaker's denial: a share of none moved
        ("Gomez says none of Cohere's senior researchers have left for Anthropic", ""),
        ("None of Mistral's founders have quit, its chairman says", ""),
        # who tells of offers, after a colon, is not the one offered
        (
            "Gomez: Anthropic Offering $50M Packages to Lure Cohere Talent",
            "Cohere CEO Aidan Gomez said Anthropic has been offering up to $50 million.",
        ),
    ],
)
def test_a_speakers_claim_about_hiring_is_no_move(title: str, summary: str) -> None:
    assert no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # one researcher offered: a hire, of someone the speaker does not name
        (
            "Gomez: Anthropic offers $50M to one Cohere researcher",
            "Cohere CEO Aidan Gomez said on a podcast that Anthropic offered a researcher $50M.",
            (None, "join", None, "Anthropic"),
        ),
        # the one offered, named after the speaker's verb
        (
            "Gomez says Anthropic offered $50M to Cohere researcher Lena Ortiz",
            "",
            ("Lena Ortiz", "join", "Cohere", "Anthropic"),
        ),
        # a judged hire of one person is the move judged; so is a lab hiring as it happens
        (
            "Why Anthropic hiring Cohere's research lead signals a new race",
            "",
            (None, "join", "Cohere", "Anthropic"),
        ),
        (
            "Gomez says Anthropic is poaching Cohere staff",
            "",
            (None, "poach", "Cohere", "Anthropic"),
        ),
    ],
)
def test_the_one_offered_or_hired_stays_the_mover(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # roles left in the plural that the summary tells are board seats: no job left
        (
            "Baidu co-founder Li Wen quits corporate roles, citing health",
            "Li resigned as an independent director and a member of the audit committee.",
            None,
        ),
        # the summary tells a job left, or the headline names the post: a move
        (
            "Baidu co-founder Li Wen quits corporate roles, citing health",
            "Li resigned as chief technology officer and head of the AI group.",
            ("Li Wen", "leave", "Baidu", None),
        ),
        (
            "Mistral co-founder Marc Dubois leaves the company",
            "Dubois, a co-founder and board member, is leaving to start a lab.",
            ("Marc Dubois", "leave", "Mistral AI", None),
        ),
    ],
)
def test_roles_left_that_are_board_seats_are_no_move(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None] | None
) -> None:
    if expected is None:
        assert no_move(title, summary)
    else:
        assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a lab's hiring spree is hires over time; the summary's head count is part of it
        (
            "Cohere's latest hiring blitz shows where it will open offices next",
            "Cohere is growing in Europe by hiring 20 people, with twelve roles in Paris.",
            None,
        ),
        # one hire the summary names is news under the spree
        (
            "Mistral's hiring spree continues",
            "Mistral AI has hired Lena Ortiz from Cohere to run its research.",
            ("Lena Ortiz", "join", "Cohere", "Mistral AI"),
        ),
        # the spree's verb with a group after it is the raid itself
        (
            "Anthropic's hiring spree nets three Cohere engineers",
            "",
            (None, "poach", "Cohere", "Anthropic"),
        ),
    ],
)
def test_a_hiring_spree_is_a_trend_unless_someone_is_named(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None] | None
) -> None:
    if expected is None:
        assert no_move(title, summary)
    else:
        assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the summary's host, interviewer or teller of a lab's act is not the one hired
        (
            "Gomez says Anthropic has poached some Cohere talent",
            "Speaking on the Decoder podcast hosted by Nilay Patel, Aidan Gomez said Anthropic"
            " had made large offers.",
        ),
        (
            "Anthropic lands top AI talent",
            "On a podcast hosted by Nilay Patel, Cohere's chief said Anthropic was catching up.",
        ),
        ("Anthropic lands top AI talent", "Cohere's chief told Nilay Patel that Anthropic won."),
        ("Anthropic lands top AI talent", "Aidan Gomez said Anthropic was catching up."),
    ],
)
def test_who_hosts_or_tells_is_not_the_one_hired(title: str, summary: str) -> None:
    assert event_of(title, summary)[0] is None


def test_who_says_they_are_joining_stays_the_one_hired() -> None:
    summary = "Lena Ortiz said she will join Anthropic next month."
    assert event_of("Anthropic lands top AI talent", summary)[0] == "Lena Ortiz"
