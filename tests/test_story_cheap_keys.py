"""Cheap keys clustering tests before building a story's view (jobs/stories/scoring.py
may_follow_up, may_correct), and the per-story event the clusterer keeps until a story changes
(jobs/stories/placing.py Clusterer.story_event): a key only rules out what the full test would
refuse, and a story's kept event follows the reports that change it."""

from __future__ import annotations

from datetime import timedelta

from jobs.language.events import Event
from jobs.stories.scoring import head_counts, may_correct, may_follow_up
from storage.db import Database
from tests.test_stories import T0, add_entries, analyze, story_of

DAY = timedelta(days=1)


def test_the_keys_rule_out_two_named_movers_who_are_not_one_person() -> None:
    marsh = Event("Lina Marsh", "join", "Cohere", "Mistral")
    other = Event("Omar Haddad", "join", "Cohere", "Mistral")
    assert not may_follow_up(marsh, other)
    assert may_correct(marsh, other)  # (someone else: a misread mover may be corrected)


def test_the_keys_keep_one_person_an_unnamed_mover_and_refuse_no_event() -> None:
    marsh = Event("Lina Marsh", "join", "Cohere", "Mistral")
    unnamed = Event(None, "join", "Cohere", "Mistral")
    # near misses: the same person, a surname alone, a move naming nobody stay candidates
    assert may_follow_up(marsh, Event("Lina Marsh", "leave", "Cohere", None))
    assert may_follow_up(marsh, Event("Marsh", "join", None, "Mistral"))
    # a given name written otherwise is left to the full tests (same_person reads surnames)
    assert may_follow_up(marsh, Event("Lena Marsh", "join", "Cohere", "Mistral"))
    assert may_follow_up(marsh, unnamed) and may_follow_up(unnamed, marsh)
    assert not may_correct(marsh, Event("Lina Marsh", "leave", "Cohere", None))
    assert not may_correct(marsh, unnamed)
    assert not may_follow_up(None, marsh) and not may_follow_up(marsh, None)
    assert not may_correct(None, marsh) and not may_correct(marsh, None)


def test_head_counts_of_headlines_with_and_without_numbers() -> None:
    assert head_counts("Meta hires four OpenAI researchers") == frozenset([4])
    assert head_counts("Meta hires 3 OpenAI researchers") == frozenset([3])
    assert head_counts("Meta hires OpenAI researchers") == frozenset()
    assert head_counts("Meta hires GPT-4 researchers") == frozenset()  # a digit, no count


def test_a_storys_kept_event_follows_the_report_that_completes_it(database: Database) -> None:
    # the departure's story takes the fuller report's event (a join to Mistral) the same day;
    # the move told again weeks later finds the story by that event, not the first report's
    add_entries(
        database,
        ("a", "Lina Marsh leaves Cohere", "", T0, "https://a/marsh"),
        ("b", "Lina Marsh leaves Cohere for Mistral", "", T0 + DAY / 4, "https://b/marsh"),
        ("c", "Mistral hires Lina Marsh from Cohere", "", T0 + 20 * DAY, "https://c/marsh"),
    )
    analyze(database)
    assert len(set(story_of(database).values())) == 1
