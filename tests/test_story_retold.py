"""A move told again weeks later, and the vaguer report the same day as a story's latest one
(jobs/stories/placing.py, scoring.retold): which join the story, in one pass and across passes,
and which stay apart."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from jobs.language.events import Event
from jobs.stories.scoring import retold_key
from storage.db import Database
from storage.models import Story, StoryEntity
from tests.test_stories import T0, add_entries, analyze, stories, story_of

DAY = timedelta(days=1)


def test_a_move_to_a_named_lab_told_again_weeks_later_joins_its_story(database: Database) -> None:
    add_entries(
        database,
        ("a", "Cohere researcher Lina Marsh joins Mistral", "", T0, "https://a/marsh"),
        ("b", "Mistral hires Lina Marsh from Cohere", "", T0 + 19 * DAY, "https://b/marsh"),
        (
            "c",
            "How Mistral won over Lina Marsh, the Cohere researcher it hired",
            "",
            T0 + 24 * DAY,
            "https://c/marsh",
        ),
    )
    analyze(database)
    assert len(set(story_of(database).values())) == 1


def test_a_departure_naming_where_it_leads_and_the_join_weeks_on_are_one_move(
    database: Database,
) -> None:
    add_entries(
        database,
        ("a", "Lina Marsh leaves Cohere for Mistral", "", T0, "https://a/marsh"),
        ("b", "Mistral hires Lina Marsh from Cohere", "", T0 + 16 * DAY, "https://b/marsh"),
    )
    analyze(database)
    assert len(set(story_of(database).values())) == 1


def test_later_steps_other_labs_and_old_moves_stay_apart(database: Database) -> None:
    add_entries(
        database,
        ("a", "Cohere researcher Lina Marsh joins Mistral", "", T0, "https://a/join"),
        # a post at the lab weeks later: another event
        ("b", "Mistral names Lina Marsh chief scientist", "", T0 + 20 * DAY, "https://b/post"),
        # the next job: another lab
        ("c", "Lina Marsh joins Anthropic", "", T0 + 22 * DAY, "https://c/next"),
        # past the month: a move is not retold this late as far as clustering can tell
        ("d", "Mistral hires Lina Marsh from Cohere", "", T0 + 40 * DAY, "https://d/late"),
        # a departure and, weeks on, one from another lab: the next job's end
        ("e", "Omar Haddad leaves Cohere", "", T0, "https://e/haddad"),
        ("f", "Omar Haddad leaves Mistral", "", T0 + 16 * DAY, "https://f/haddad"),
    )
    analyze(database)
    assert len(set(story_of(database).values())) == 6


def test_a_departure_told_again_weeks_later_joins_its_story(database: Database) -> None:
    add_entries(
        database,
        ("a", "Omar Haddad leaves Cohere after nine years", "", T0, "https://a/haddad"),
        (
            "b",
            "Cohere loses research chief Omar Haddad and a policy lead",
            "",
            T0 + 15 * DAY,
            "https://b/haddad",
        ),
        # the firing of one person, retold three weeks on with the lab named
        ("c", "Stripe fires VP Ines Okafor", "", T0, "https://c/okafor"),
        (
            "d",
            "Why Stripe fired Ines Okafor: what we know",
            "Stripe dismissed Ines Okafor, its vice president of payments policy.",
            T0 + 21 * DAY,
            "https://d/okafor",
        ),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/haddad"] == found["https://b/haddad"]
    assert found["https://c/okafor"] == found["https://d/okafor"] != found["https://a/haddad"]


def test_a_second_departure_after_coming_back_or_another_persons_stay_apart(
    database: Database,
) -> None:
    add_entries(
        database,
        ("a", "Omar Haddad leaves Cohere", "", T0, "https://a/haddad"),
        ("b", "Omar Haddad returns to Cohere", "", T0 + 9 * DAY, "https://b/back"),
        # left again after coming back: another departure, not the first told again
        ("c", "Omar Haddad quits Cohere again", "", T0 + 20 * DAY, "https://c/again"),
        # past the two months after either (scoring.EXIT_RETOLD): not retold this late
        ("d", "Omar Haddad leaves Cohere", "", T0 + 85 * DAY, "https://d/late"),
    )
    analyze(database)
    assert len(set(story_of(database).values())) == 4


def test_another_persons_departure_from_the_lab_weeks_later_stays_apart(
    database: Database,
) -> None:
    add_entries(
        database,
        ("a", "Omar Haddad leaves Cohere", "", T0, "https://a/omar"),
        # the same surname, another initial: the key differs
        ("b", "Leila Haddad leaves Cohere", "", T0 + 16 * DAY, "https://b/leila"),
        # an unnamed departure from the lab weeks on (days after the latest report): anyone
        ("c", "Cohere loses its head of research", "", T0 + 20 * DAY, "https://c/head"),
    )
    analyze(database)
    assert len(set(story_of(database).values())) == 3


def test_the_retold_move_is_found_in_a_later_pass(database: Database) -> None:
    add_entries(
        database, ("a", "Cohere researcher Lina Marsh joins Mistral", "", T0, "https://a/m")
    )
    analyze(database, T0 + DAY)
    with database.session() as s:
        keys = set(s.scalars(select(StoryEntity.entity)))
        (story,) = s.scalars(select(Story))
    assert "r:l.marsh>mistral ai" in keys
    assert story.last_reported_at == T0
    # the lookup key is written, never loaded as one of the story's entities
    add_entries(
        database, ("b", "Mistral hires Lina Marsh from Cohere", "", T0 + 21 * DAY, "https://b/m")
    )
    analyze(database, T0 + 22 * DAY)
    assert len(set(story_of(database).values())) == 1
    with database.session() as s:
        (story,) = s.scalars(select(Story))
        times = set(s.scalars(select(StoryEntity.published_at)))
    assert (story.published_at, story.last_reported_at) == (T0, T0 + 21 * DAY)
    assert times == {T0 + 21 * DAY}  # the index is keyed on the latest report


def test_the_vaguer_report_the_same_day_as_the_latest_one_joins(database: Database) -> None:
    add_entries(
        database,
        ("a", "Cohere researcher Lina Marsh joins Mistral", "", T0, "https://a/m"),
        ("b", "Mistral hires Lina Marsh from Cohere", "", T0 + 15 * DAY, "https://b/m"),
        (
            "c",
            "Mistral hires a senior Cohere researcher",
            "",
            T0 + 15 * DAY + timedelta(hours=6),
            "https://c/m",
        ),
    )
    analyze(database)
    assert len(set(story_of(database).values())) == 1


def test_an_unnamed_report_days_after_the_latest_one_stays_apart(database: Database) -> None:
    # another hire at a busy lab: only the same news day makes the vaguer report this one's
    add_entries(
        database,
        ("a", "Cohere researcher Lina Marsh joins Mistral", "", T0, "https://a/m"),
        ("b", "Mistral hires Lina Marsh from Cohere", "", T0 + 6 * DAY, "https://b/m"),
        ("c", "Mistral poaches Cohere's head of retrieval", "", T0 + 9 * DAY, "https://c/m"),
    )
    analyze(database)
    found = story_of(database)
    assert found["https://a/m"] == found["https://b/m"] != found["https://c/m"]


def test_the_vaguer_report_finds_a_story_begun_weeks_before_in_a_later_pass(
    database: Database,
) -> None:
    add_entries(
        database,
        ("a", "Cohere researcher Lina Marsh joins Mistral", "", T0, "https://a/m"),
        ("b", "Mistral hires Lina Marsh from Cohere", "", T0 + 15 * DAY, "https://b/m"),
    )
    analyze(database, T0 + 16 * DAY)
    add_entries(
        database,
        (
            "c",
            "Mistral hires a senior Cohere researcher",
            "",
            T0 + 15 * DAY + timedelta(hours=6),
            "https://c/m",
        ),
    )
    analyze(database, T0 + 17 * DAY)
    assert len(stories(database)) == 1


def test_retold_keys_name_the_mover_by_initial_and_surname_and_the_destination() -> None:
    # spellings of a given name vary between outlets ('Xinzhou', 'Xinhou'): the initial stays
    assert retold_key(Event("Tomás Ekberg", "join", "Cohere", "Mistral AI")) == (
        "r:t.ekberg>mistral ai"
    )
    assert retold_key(Event("Tomas Ekberg", "poach", None, "Mistral AI")) == (
        "r:t.ekberg>mistral ai"
    )
    # a departure naming no destination: by the lab left
    assert retold_key(Event("Tomas Ekberg", "leave", "Cohere", None)) == "r:t.ekberg<cohere"
    assert retold_key(Event("Tomas Ekberg", "fired", "Cohere", None)) == "r:t.ekberg<cohere"
    assert retold_key(Event("Tomas Ekberg", "leave", None, None)) is None
    assert retold_key(Event("Tomas Ekberg", "return", "Cohere", None)) is None
    # an appointment has a key of its own, never a join's: told again only as the post taken
    # up (tests/test_story_taken_up.py)
    assert retold_key(Event("Tomas Ekberg", "appointed", None, "Mistral AI")) == (
        "r:t.ekberg=mistral ai"
    )
    assert retold_key(Event(None, "join", "Cohere", "Mistral AI")) is None


def test_a_raid_is_not_a_members_own_move_weeks_later(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Mistral poaches three Cohere researchers",
            "Lina Marsh, who led retrieval at Cohere, is among them.",
            T0,
            "https://a/raid",
        ),
        ("b", "Mistral hires Lina Marsh from Cohere", "", T0 + 25 * DAY, "https://b/marsh"),
    )
    analyze(database)
    assert len(set(story_of(database).values())) == 2


def test_a_short_storys_index_rows_keep_its_first_reports_time(database: Database) -> None:
    # rewriting the indexed time at every report would cost every story; only a story running
    # longer than the window needs its latest report's time there (placing.REINDEX)
    add_entries(
        database,
        ("a", "Cohere researcher Lina Marsh joins Mistral", "", T0, "https://a/m"),
        ("b", "Mistral hires Lina Marsh from Cohere", "", T0 + 2 * DAY, "https://b/m"),
    )
    analyze(database, T0 + 3 * DAY)
    with database.session() as s:
        (story,) = s.scalars(select(Story))
        times = set(s.scalars(select(StoryEntity.published_at)))
    assert (story.published_at, story.last_reported_at, times) == (T0, T0 + 2 * DAY, {T0})


def test_a_departure_retold_by_surname_alone_joins_its_story(database: Database) -> None:
    # "Manoj Saxena has left IBM", a month on "Saxena Leaves IBM, Watson Not Talking": the
    # surname alone tells the departure of whoever of that surname left the lab
    add_entries(
        database,
        ("a", "Omar Haddad leaves Cohere after nine years", "", T0, "https://a/haddad"),
        ("b", "Haddad Leaves Cohere, Company Not Talking", "", T0 + 30 * DAY, "https://b/haddad"),
        # the other way round: the surname first, the full name weeks on
        ("c", "Okafor leaves Mistral", "", T0, "https://c/okafor"),
        ("d", "Ines Okafor departs Mistral", "", T0 + 25 * DAY, "https://d/okafor"),
    )
    analyze(database, T0 + 31 * DAY)
    assert len(set(story_of(database).values())) == 2


def test_a_departure_retold_by_surname_alone_is_found_in_a_later_pass(
    database: Database,
) -> None:
    add_entries(database, ("a", "Omar Haddad leaves Cohere", "", T0, "https://a/haddad"))
    analyze(database, T0 + DAY)
    with database.session() as s:
        keys = set(s.scalars(select(StoryEntity.entity)))
    assert {"r:o.haddad<cohere", "r:haddad<cohere"} <= keys
    add_entries(
        database, ("b", "Haddad Leaves Cohere, Company Silent", "", T0 + 30 * DAY, "https://b/h")
    )
    analyze(database, T0 + 31 * DAY)
    assert len(set(story_of(database).values())) == 1


def test_a_surname_alone_keeps_apart_other_labs_and_other_full_names(database: Database) -> None:
    add_entries(
        database,
        ("a", "Omar Haddad leaves Cohere", "", T0, "https://a/omar"),
        # the same surname leaving another lab: another departure
        ("b", "Haddad leaves Mistral", "", T0 + 20 * DAY, "https://b/mistral"),
        # two full names of one surname: two people, the surname key aside
        ("c", "Leila Haddad leaves Cohere", "", T0 + 16 * DAY, "https://c/leila"),
        # a join by surname alone is no departure's retelling
        ("d", "Haddad joins Anthropic", "", T0 + 25 * DAY, "https://d/join"),
    )
    analyze(database)
    assert len(set(story_of(database).values())) == 4


def test_a_surname_alone_departure_is_keyed_without_an_initial() -> None:
    assert retold_key(Event("Haddad", "leave", "Cohere", None)) == "r:haddad<cohere"
    assert retold_key(Event("Haddad", "join", "Cohere", "Mistral AI")) == "r:h.haddad>mistral ai"
