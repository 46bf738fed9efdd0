"""Groups of movers described by their work, school or product, nobody named: professors and
scholars hired or joining ("Profs at Stanford, Berkeley join ..."), hires a lab makes ("Acme
Makes AI Hires"), a "dream team" hired or presented, a product's makers leaving ("Gemini
innovators leave ..."), a summary listing each member after their role, a group lost to an
owner's lab ("to Elon Musk's xAI"), the team of a company on no list.
Worded apart from the labelled sets (other companies, people and phrasings), each with near
misses that stay no moves or keep their mover."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from tests.test_real_shapes import WATCH, Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # academics as a group word, counted or described by their school
        (
            "Meta hires three Google DeepMind scholars",
            "",
            (None, "poach", "Google DeepMind", "Meta"),
        ),
        (
            "Anthropic poaches four academics from Oxford",
            "",
            (None, "poach", "University of Oxford", "Anthropic"),
        ),
        (
            "Scholars from Harvard join Meta",
            "Meta has hired three scholars from Harvard to lead its new research group.",
            (None, "join", "Harvard University", "Meta"),  # uncounted: a join, as the sets say
        ),
        # the group before 'at'/'from' a university written by its short name, or a list
        ("Profs at Stanford Join OpenAI", "", (None, "join", "Stanford University", "OpenAI")),
        ("Researchers at Stanford, Berkeley Join OpenAI", "", (None, "join", None, "OpenAI")),
        (
            "Two researchers at Stanford join Mistral",
            "",
            (None, "poach", "Stanford University", "Mistral AI"),
        ),
        # a product's makers leaving; the summary lists each member after a role
        (
            "Gemini innovators leave Google to start their own company",
            "Three members of Google's Gemini team — lead Ana Ruiz, designer Tom Hale, and "
            "engineer Li Wei — have left the company to found a startup.",
            (None, "leave", "Google DeepMind", None),
        ),
        # 'hires' as the noun a lab makes: a group hired
        ("Nvidia Makes Three Research Hires, Opens Lab", "", (None, "poach", None, "Nvidia")),
        (
            "Apple makes key AI hires from Google",
            "",
            (None, "poach", "Google DeepMind", "Apple"),
        ),
        # a team hired or presented whole as a "dream team"; a hirer on no list by the
        # summary's lab that its name opens
        (
            "Amazon assembles a dream team of scientists to build its own chips",
            "",
            (None, "poach", None, "Amazon"),
        ),
        ('Meta unveils its "dream team" for superintelligence', "", (None, "poach", None, "Meta")),
        (
            "Toyota assembles a dream team of researchers",
            "The Toyota Research Institute has hired five researchers to lead its robot programme.",
            (None, "poach", None, "Toyota Research Institute"),
        ),
        # a group lost to a lab written after its owner's name
        (
            "Cohere loses four engineers to Elon Musk's xAI",
            "",
            (None, "poach", "Cohere", "xAI"),
        ),
        # the team of a company on no list, its name ending as companies' do
        (
            "Nvidia hires former Kestrel Labs robotics team",
            "",
            (None, "poach", "Kestrel Labs", "Nvidia"),
        ),
    ],
)
def test_groups_described_by_their_work_move(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_one_member_singled_out_stays_the_mover() -> None:
    # near miss: the summary names one member, not a list of them
    title = "Gemini innovators leave Google to start their own company"
    summary = "Ana Ruiz, who led Google's Gemini app team, has left the company to found a startup."
    assert event_of(title, summary) == ("Ana Ruiz", "leave", "Google DeepMind", None)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a university's researchers working with a lab, not for it
        ("Researchers at Stanford join OpenAI in safety study", ""),
        ("Two Stanford researchers join OpenAI on a new benchmark", ""),
        ("Researchers at Cohere join Google on paper", ""),
        ("Researchers at Stanford join forces with OpenAI", ""),
        # academics doing something other than moving
        ("Stanford professors warn about AI risks", ""),
        ("Profs at MIT, Harvard warn of AI job losses", ""),
        ("Academics join forces to study AI safety", ""),
        ("Innovators leave their mark on AI", ""),
        ("Professors join OpenAI's advisory board", ""),
        # hires made into something, planned, maybe, explained or over years
        ("Meta makes AI hires a priority", ""),
        ("Meta plans to make AI hires", ""),
        ("Meta could make AI hires from Google", ""),
        ("Why Meta makes AI hires in secret", ""),
        ("Meta made AI hires over the years", ""),
        # a dream team of products, of a sport, or asked about
        ("Apple introduces its dream team of AI agents", ""),
        ("Meta unveils its dream team of products", ""),
        ("Nike unveils its Olympic dream team", ""),
        ("Google's dream team of chips", ""),
        ("Is Meta building a dream team?", ""),
        # a deal, not people, lost to an owner's lab
        ("Cohere loses contract to Elon Musk's xAI", ""),
    ],
)
def test_groups_not_moving_stay_no_moves(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move
