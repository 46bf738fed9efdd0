"""A lab is reported by the name the text gives it where that name is another organisation's of
its family (jobs/language/labs.py REPORTED_AS: "Ai2" for the Allen Institute for AI), while
clustering, watch lists, digests and route filters treat the family as one lab as before
(labs.lab_family, labs.family_key; movers.same_lab, movers.family_event). Worded apart from
the sets' rows (other people and phrasings), with near misses: a text that also writes the
shown name reports the shown name, and other labs keep theirs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from jobs.digest.assemble import story_rank
from jobs.digest.routing import Routing, StoryFacts, decide
from jobs.language.events import Event
from jobs.language.labs import REPORTED_AS, family_key, lab_family, reported_lab
from jobs.stories.movers import family_event, same_lab
from jobs.watch.lists import BUILTIN_LABS, WatchLists
from storage.db import Database
from storage.story_rows import StoryRow
from tests.test_real_shapes import Move, event_of
from tests.test_stories import T0, add_entries, analyze, stories


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the institute's own short name, alone in the text
            "Nvidia hires Ai2 research director Priya Nair",
            "",
            ("Priya Nair", "join", "Ai2", "Nvidia"),
        ),
        (
            "Former AI2 scientist Tomas Berg joins Anthropic",
            "",
            ("Tomas Berg", "join", "Ai2", "Anthropic"),
        ),
        (  # the full name written too: the shown name
            "Nvidia hires Ai2 research director Priya Nair",
            "Nair spent six years at the Allen Institute for AI in Seattle.",
            ("Priya Nair", "join", "Allen Institute for AI", "Nvidia"),
        ),
        (
            "Priya Nair joins Meta from the Allen Institute for Artificial Intelligence",
            "",
            ("Priya Nair", "join", "Allen Institute for AI", "Meta"),
        ),
        (  # other labs keep their shown names, aliases or not
            "Former FAIR researcher Tomas Berg joins Mistral",
            "",
            ("Tomas Berg", "join", "Meta", "Mistral AI"),
        ),
    ],
)
def test_a_lab_is_reported_as_the_text_names_it(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_every_reported_name_belongs_to_its_family() -> None:
    for lab, names in REPORTED_AS.items():
        for alias, name in names.items():
            assert lab_family(name) == lab
            assert reported_lab(lab, (f"X leaves {alias} for Y",)) == name
            assert reported_lab(lab, (f"X leaves {alias}", f"formerly of {lab}")) == lab
            assert family_key(name.upper()) == family_key(lab) == lab.casefold()
    assert lab_family("OpenAI") == "OpenAI" and family_key("OpenAI") == "openai"


def test_clustering_compares_a_family_as_one_lab() -> None:
    assert same_lab("Ai2", "Allen Institute for AI")
    assert not same_lab("Ai2", "AI21 Labs")
    event = family_event(Event("Priya Nair", "join", "Ai2", "Nvidia"))
    assert event == Event("Priya Nair", "join", "Allen Institute for AI", "Nvidia")
    other = Event("Priya Nair", "join", "Cohere", "Nvidia")
    assert family_event(other) is other  # no family name: the same event


def test_reports_naming_the_lab_two_ways_are_one_story(database: Database) -> None:
    add_entries(
        database,
        ("a", "Nvidia hires Ai2 research director Priya Nair", "", T0, "https://a/nair"),
        (
            "b",
            "Priya Nair leaves Allen Institute for AI to join Nvidia",
            "",
            T0 + timedelta(hours=5),
            "https://b/nair",
        ),
        (  # the same person, another lab left and joined: another event
            "c",
            "Priya Nair leaves Cohere to join Meta",
            "",
            T0 + timedelta(hours=3),
            "https://c/nair",
        ),
    )
    analyze(database)
    assert sorted(map(len, stories(database).values())) == [1, 2]


def _row(from_lab: str | None, labs: list[str]) -> StoryRow:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    return StoryRow(
        "st_1",
        "move",
        "t",
        "",
        "Priya Nair",
        "join",
        from_lab,
        "Nvidia",
        [],
        labs,
        [],
        now,
        now,
        now,
        None,
    )


def test_watch_lists_and_route_filters_take_a_family_as_one_lab() -> None:
    watch = WatchLists(
        labs=tuple(lab for lab in BUILTIN_LABS if lab.name == "Allen Institute for AI")
    )
    assert story_rank(_row("Ai2", ["Ai2"]), watch) == 1  # a move at a watched lab
    assert story_rank(_row("Cohere", ["Cohere"]), watch) == 2
    facts = StoryFacts(kind="move", title="t", summary="", labs=("Ai2", "Nvidia"))
    assert decide(facts, Routing(labs=("Allen Institute for AI",))).kept
    assert decide(facts, Routing(labs=("ai2",))).kept
    assert not decide(facts, Routing(exclude_labs=("Allen Institute for AI",))).kept
    assert not decide(facts, Routing(labs=("AI21 Labs",))).kept


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Mistral AI hires Google's head of search to run its assistant",
            "Dana Okafor starts in June.",
            ("Dana Okafor", "join", "Google", "Mistral AI"),
        ),
        (
            "Anthropic poaches veteran Google marketer Lena Ortiz as brand chief",
            "She spent nine years at the company.",
            ("Lena Ortiz", "join", "Google", "Anthropic"),
        ),
        (
            "Cohere lands Google corporate development director Omar Haddad",
            "Haddad will lead acquisitions.",
            ("Omar Haddad", "join", "Google", "Cohere"),
        ),
        (  # a headline silent on the work, the summary telling it
            "Google lures Sony's hardware chief Kenji Mori",
            "Mori will run the internet of things group.",
            ("Kenji Mori", "join", "Sony", "Google"),
        ),
    ],
)
def test_work_outside_ai_at_google_is_reported_at_google(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # near misses: AI work at Google, the lab named, non-AI work only in the summary of a
        # headline telling the mover's work
        ("Mistral AI hires Google researcher Dana Okafor", "She worked on search ranking models."),
        ("Anthropic poaches DeepMind marketer Lena Ortiz", "She led Gemini's launch campaigns."),
        ("Cohere lands Google's AI researcher Omar Haddad", "Haddad once worked in marketing."),
        (  # the headline tells AI work; the summary's search is the predecessor's
            "Google veteran Kenji Mori takes over as company's AI chief",
            "He succeeds the head of search and AI, who retires.",
        ),
        (  # the same, with the headline writing A.I. with stops
            "Google veteran Kenji Mori takes over as company's A.I. chief",
            "He succeeds the head of search, who retires.",
        ),
    ],
)
def test_google_stays_google_deepmind_otherwise(title: str, summary: str) -> None:
    assert "Google DeepMind" in event_of(title, summary)[2:]


def test_google_reported_for_work_outside_ai_is_google_deepminds_family() -> None:
    assert same_lab("Google", "Google DeepMind")
    assert family_key("Google") == family_key("Google DeepMind")
