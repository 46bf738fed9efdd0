"""Which reports of one event fold into one story when they disagree or one is vaguer, and which
look alike but stay apart (jobs/stories/scoring.py)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from jobs.digest.assemble import build_digest
from jobs.stories.movers import garbled, posts_of, same_lab
from jobs.stories.scoring import head_counts, names_a_group
from storage.db import Database
from storage.models import Story
from tests.test_stories import T0, add_entries, analyze, stories


def test_a_report_without_the_name_joins_the_named_one(database: Database) -> None:
    add_entries(
        database,
        ("a", "Priya Raman leaves Cohere", "", T0, "https://a/raman"),
        ("b", "Cohere loses another senior researcher", "", T0 + timedelta(hours=5), "https://b/x"),
    )
    analyze(database)
    assert list(stories(database).values()) == [
        ["Priya Raman leaves Cohere", "Cohere loses another senior researcher"]
    ]


def test_an_unnamed_report_about_another_lab_stays_apart(database: Database) -> None:
    add_entries(
        database,
        ("a", "Priya Raman leaves Cohere", "", T0, "https://a/raman"),
        (
            "b",
            "Mistral AI loses another senior researcher",
            "",
            T0 + timedelta(hours=5),
            "https://b/m",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 2


def test_two_founders_moving_together_are_one_story(database: Database) -> None:
    add_entries(
        database,
        ("a", "Lena Ortiz rejoins Google DeepMind from Reka", "", T0, "https://a/ortiz"),
        (
            "b",
            "Reka co-founders return to Google DeepMind",
            "Tom Hale rejoins Google DeepMind along with Lena Ortiz, who co-founded Reka with him.",
            T0 + timedelta(hours=20),
            "https://b/hale",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_two_people_on_the_same_path_unnamed_by_each_other_stay_apart(database: Database) -> None:
    add_entries(
        database,
        ("a", "Lena Ortiz rejoins Google DeepMind from Reka", "", T0, "https://a/ortiz"),
        (
            "b",
            "Tom Hale heads back to Google DeepMind from Reka",
            "The engineer spent two years at the startup.",
            T0 + timedelta(hours=20),
            "https://b/hale",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 2


def test_unnamed_raids_of_other_sizes_are_two_raids(database: Database) -> None:
    add_entries(
        database,
        ("a", "Mistral AI hires three Cohere engineers", "", T0, "https://a/3"),
        ("b", "Mistral AI poaches Cohere engineers", "", T0 + timedelta(hours=4), "https://b/3"),
        (
            "c",
            "Mistral AI hires five more Cohere engineers",
            "",
            T0 + timedelta(hours=40),
            "https://c/5",
        ),
        (
            "d",
            "Cohere loses five more engineers to Mistral AI",
            "",
            T0 + timedelta(hours=42),
            "https://d/5",
        ),
    )
    analyze(database)
    groups = sorted(stories(database).values())
    assert groups == [
        [
            "Mistral AI hires five more Cohere engineers",
            "Cohere loses five more engineers to Mistral AI",
        ],
        ["Mistral AI hires three Cohere engineers", "Mistral AI poaches Cohere engineers"],
    ]


def test_head_counts_are_exact_small_numbers_of_people() -> None:
    assert head_counts("Lab hires 4 more senior AI engineers") == {4}
    assert head_counts("Seven researchers quit the lab") == {7}
    # rounded or large numbers vary between outlets telling one raid
    assert head_counts("Lab poaches about 20 staffers") == set()
    assert head_counts("Lab poaches two dozen engineers") == set()
    assert head_counts("Lab raises 300 million, hires a CFO") == set()


def test_a_report_not_read_as_a_move_joins_the_move_it_tells_of(database: Database) -> None:
    add_entries(
        database,
        ("a", "Ana Petrova quits Cohere", "", T0, "https://a/petrova"),
        (
            "b",
            "Ana Petrova's surprising week",
            "Ana Petrova left Cohere on Monday after six years at the lab.",
            T0 + timedelta(hours=30),
            "https://b/week",
        ),
    )
    analyze(database)
    assert list(stories(database).values()) == [
        ["Ana Petrova quits Cohere", "Ana Petrova's surprising week"]
    ]


def test_a_report_not_read_as_a_move_days_later_joins_as_a_follow_up(database: Database) -> None:
    add_entries(
        database,
        ("a", "Ana Petrova quits Cohere", "", T0, "https://a/petrova"),
        (
            "b",
            "Ana Petrova's surprising month",
            "Ana Petrova left Cohere after six years at the lab.",
            T0 + timedelta(days=5),
            "https://b/month",
        ),
        (
            "c",
            "Ana Petrova's surprising season",
            "Ana Petrova left Cohere after six years at the lab.",
            T0 + timedelta(days=12),
            "https://c/season",
        ),
    )
    analyze(database)
    assert list(stories(database).values()) == [
        ["Ana Petrova quits Cohere", "Ana Petrova's surprising month"]
    ]


def test_reports_naming_the_mover_without_telling_the_move_stay_out(database: Database) -> None:
    add_entries(
        database,
        ("a", "Ana Petrova quits Cohere", "", T0, "https://a/petrova"),
        (
            "b",
            "Ana Petrova speaks at NeurIPS",
            "Ana Petrova, of Cohere, gave the opening keynote.",
            T0 + timedelta(hours=3),
            "https://b/talk",
        ),
        (
            "c",
            "Cohere says Ivan Sokol is not leaving, despite reports",
            "A spokesperson said Sokol stays; Ana Petrova left on Monday.",
            T0 + timedelta(hours=4),
            "https://c/denial",
        ),
        (
            "d",
            "Ana Petrova's surprising month",
            "Ana Petrova left after six years.",
            T0 + timedelta(days=5),
            "https://d/later",
        ),
    )
    analyze(database)
    assert list(stories(database).values()) == [["Ana Petrova quits Cohere"]]


def test_a_mention_read_before_the_move_joins_its_story(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "What Jan Leike's week tells us",
            "Jan Leike joined Anthropic on Tuesday, a fortnight after his exit from OpenAI.",
            T0,
            "https://a/week",
        ),
        ("b", "Anthropic hires Jan Leike", "", T0 + timedelta(hours=3), "https://b/hire"),
    )
    analyze(database)
    assert stories(database) == {
        "Anthropic hires Jan Leike": ["What Jan Leike's week tells us", "Anthropic hires Jan Leike"]
    }


def test_one_raid_told_with_different_members_first_is_one_story(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Mistral AI hires three Cohere engineers",
            "Mistral hired Ada Byron and two colleagues from Cohere's Toronto office.",
            T0,
            "https://a/raid",
        ),
        (
            "b",
            "Cohere loses three engineers to Mistral AI",
            "Ben Ito, who led retrieval at Cohere, is among them.",
            T0 + timedelta(hours=6),
            "https://b/raid",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_reports_of_one_departure_disagreeing_on_the_lab_left_are_one(database: Database) -> None:
    add_entries(
        database,
        ("a", "Ana Petrova leaves Cohere", "", T0, "https://a/petrova"),
        (
            "b",
            "Former DeepMind scientist Ana Petrova steps down",
            "",
            T0 + timedelta(hours=9),
            "https://b/petrova",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_unnamed_departures_from_two_labs_stay_apart(database: Database) -> None:
    add_entries(
        database,
        ("a", "Cohere loses another senior researcher", "", T0, "https://a/c"),
        (
            "b",
            "Mistral AI loses another senior researcher",
            "",
            T0 + timedelta(hours=2),
            "https://b/m",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 2


def test_a_group_leaving_and_the_chief_leaving_days_later_are_two_events(
    database: Database,
) -> None:
    add_entries(
        database,
        ("a", "Key researchers quit Cohere as the lab struggles", "", T0, "https://a/group"),
        ("b", "Cohere CEO Ana Petrova resigns", "", T0 + timedelta(hours=60), "https://b/ceo"),
    )
    analyze(database)
    assert len(stories(database)) == 2


def test_an_unnamed_report_read_first_still_meets_the_named_one(database: Database) -> None:
    add_entries(
        database, ("a", "Mistral AI recruits a Cohere safety veteran", "", T0, "https://a/v")
    )
    analyze(database)
    add_entries(
        database,
        ("b", "Mistral AI hires Cohere's Ana Petrova", "", T0 + timedelta(hours=2), "https://b/ap"),
    )
    analyze(database)  # the unnamed report's story comes from the database
    assert len(stories(database)) == 1


def test_reports_in_other_languages_and_loose_negations_join_the_move(database: Database) -> None:
    add_entries(
        database,
        ("a", "Cohere CEO Ana Petrova resigns", "", T0, "https://a/ceo"),
        (
            "b",
            "Cohere-Gründerin tritt zurück",
            "Ana Petrova, Mitgründerin von Cohere, verlässt das Unternehmen.",
            T0 + timedelta(hours=5),
            "https://b/de",
        ),
        (
            "c",
            "Nobody is ready for this — not even Cohere",
            "Ana Petrova warned of it as she announced her departure on Friday.",
            T0 + timedelta(hours=8),
            "https://c/essay",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_a_rumour_before_the_move_stays_out_of_its_story(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Ana Petrova could leave Cohere, sources say",
            "Ana Petrova is weighing offers.",
            T0 - timedelta(hours=20),
            "https://a/rumour",
        ),
        ("b", "Ana Petrova quits Cohere", "", T0, "https://b/petrova"),
    )
    analyze(database)
    assert list(stories(database).values()) == [["Ana Petrova quits Cohere"]]


def test_a_headline_phrase_read_as_the_mover_joins_the_named_departure(
    database: Database,
) -> None:
    add_entries(
        database,
        ("a", "Priya Raman leaves Cohere", "", T0, "https://a/raman"),
        (
            "b",
            "Cohere's Chief Legal Officer Resigns Following Turbulent Quarter",
            "Priya Raman announced her resignation as Cohere's head of legal this week.",
            T0 + timedelta(hours=20),
            "https://b/legal",
        ),
        (
            "c",
            "Several Founding Members Depart Cohere Amid Turmoil",
            "Co-founder Priya Raman announced her exit on Monday, the third of the team to go.",
            T0 + timedelta(hours=22),
            "https://c/founders",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_a_named_mover_written_as_background_is_not_the_mover(database: Database) -> None:
    add_entries(
        database,
        ("a", "Lena Ortiz leaves Reka", "The co-founder said she will take time off.", T0, "u/1"),
        (
            "b",
            "Tom Hale Quits Reka Too",
            "The exit comes a day after co-founder Lena Ortiz announced hers.",
            T0 + timedelta(hours=20),
            "https://b/hale",
        ),
        (
            "c",
            "Ivan Sokol leaves Reka",
            "Lena Ortiz made the same move on Monday.",
            T0 + timedelta(hours=30),
            "https://c/sokol",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 3


def test_a_headline_naming_only_the_lab_and_post_joins_the_named_appointment(
    database: Database,
) -> None:
    add_entries(
        database,
        (
            "a",
            "Mistral AI names new chief research officer",
            "The appointment was announced in a memo from CEO Arthur Mensch on Tuesday.",
            T0,
            "https://a/memo",
        ),
        (
            "b",
            "Mistral AI names first chief research officer",
            "Mistral AI has appointed Lena Ortiz as its first chief research officer, reporting"
            " to CEO Arthur Mensch.",
            T0 + timedelta(hours=18),
            "https://b/ortiz",
        ),
        (
            "c",
            "Lena Ortiz named Mistral AI's chief research officer",
            "",
            T0 + timedelta(hours=26),
            "https://c/ortiz",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1
    with database.session() as s:
        assert s.scalars(select(Story.person)).all() == ["Lena Ortiz"]


def test_other_posts_and_other_people_at_one_lab_stay_apart(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Mistral AI names new chief research officer",
            "The appointment was announced in a memo from CEO Arthur Mensch on Tuesday.",
            T0,
            "https://a/memo",
        ),
        (
            "b",
            "Mistral AI names Tom Hale chief financial officer",
            "Hale reports to CEO Arthur Mensch.",
            T0 + timedelta(hours=18),
            "https://b/hale",
        ),
        (
            "c",
            "Mistral AI hires Lena Ortiz",
            "Ortiz joins the research team.",
            T0 + timedelta(hours=20),
            "https://c/ortiz",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 3


def test_a_firing_an_interim_chief_and_a_return_stay_three_events(database: Database) -> None:
    add_entries(
        database,
        ("a", "Kestrel AI ousts CEO Ana Petrova", "", T0, "https://a/out"),
        ("b", "Kestrel AI names Tom Hale interim CEO", "", T0 + timedelta(hours=6), "u/b"),
        (
            "c",
            "Kestrel AI names new interim CEO",
            "The board said Tom Hale takes over from Ana Petrova.",
            T0 + timedelta(hours=30),
            "https://c/interim",
        ),
        (
            "d",
            "Ana Petrova returns to Kestrel AI as CEO",
            "The board reinstated her two days after her ouster.",
            T0 + timedelta(hours=50),
            "https://d/back",
        ),
    )
    analyze(database)
    assert sorted(len(titles) for titles in stories(database).values()) == [1, 1, 2]


def test_a_poach_and_an_appointment_of_one_person_are_one_hire(database: Database) -> None:
    add_entries(
        database,
        ("a", "Mistral AI poaches Cohere's Ana Petrova", "", T0, "https://a/poach"),
        (
            "b",
            "Mistral AI names Ana Petrova chief scientist",
            "She comes from Cohere.",
            T0 + timedelta(hours=8),
            "https://b/named",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_an_unnamed_founding_days_later_joins_the_named_one(database: Database) -> None:
    add_entries(
        database,
        ("a", "Ana Petrova leaves Cohere to found Kestrel Labs", "", T0, "https://a/found"),
        (
            "b",
            "Former Cohere scientist launches Kestrel Labs with $50 million",
            "",
            T0 + timedelta(days=8),
            "https://b/launch",
        ),
        (
            "c",
            "Former Cohere scientist launches Osprey Labs",
            "",
            T0 + timedelta(days=8),
            "https://c/other",
        ),
    )
    analyze(database)
    assert sorted(len(titles) for titles in stories(database).values()) == [1, 2]


def test_a_digest_story_gains_no_unrelated_source(database: Database) -> None:
    add_entries(
        database,
        ("a", "Ana Petrova returns to Cohere as CEO", "", T0, "https://a/back"),
        (
            "b",
            "Cohere engineers threaten to quit over Ana Petrova's firing",
            "Staff wrote to the board after Ana Petrova was fired and hired by Mistral AI.",
            T0 - timedelta(hours=30),
            "https://b/staff",
        ),
        (
            "c",
            "Ivan Sokol says he regrets the board's vote",
            "Sokol sat on the board that fired Ana Petrova last week.",
            T0 + timedelta(hours=3),
            "https://c/regret",
        ),
        (
            "d",
            "Ana Petrova's turbulent week",
            "Ana Petrova returned to Cohere days after her ouster.",
            T0 + timedelta(hours=5),
            "https://d/week",
        ),
    )
    analyze(database)
    with database.session() as s:
        digest = build_digest(s, T0 - timedelta(days=3), T0 + timedelta(days=3), None, T0)
    (story,) = digest.moves
    assert [link.url for link in story.all_sources] == ["https://a/back", "https://d/week"]


def test_posts_are_named_alike_however_written() -> None:
    assert posts_of("OpenAI's CTO") == posts_of("chief technology officer") == {"technology"}
    assert posts_of("xAI's legal chief") == posts_of("head of legal at xAI") == {"legal"}
    assert posts_of("Google names first chief AI architect") == {"ai architect"}
    assert posts_of("names Tom Hale interim CEO") == {"interim executive"}
    assert posts_of("senior vice president for AI") == set()
    assert posts_of("Vision Pro team leader") == set()


def test_lab_families_and_surnames_kept_in_the_summary() -> None:
    assert same_lab("Google", "Google DeepMind")
    assert same_lab("Thinking Machines Lab", "Thinking Machines")
    assert not same_lab("Meta", "Mistral AI")
    assert garbled("Legal", "She resigned as head of legal.")
    assert not garbled("Priya Raman", "Raman resigned on Monday.")
    assert not garbled("Priya Raman", "")


def test_a_co_founder_of_the_same_new_company_joins_the_departure(database: Database) -> None:
    add_entries(
        database,
        ("a", "Tomas Berg leaves Cohere to co-found Lumen Labs", "", T0, "https://a/berg"),
        (
            "b",
            "Two ex-Cohere researchers start a new lab",
            "Kira Novak, formerly of Cohere, co-founded Lumen Labs with Tomas Berg.",
            T0 + timedelta(days=1),
            "https://b/novak",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_founders_of_the_same_company_not_named_together_stay_apart(database: Database) -> None:
    add_entries(
        database,
        ("a", "Tomas Berg leaves Cohere to co-found Lumen Labs", "", T0, "https://a/berg"),
        (
            "b",
            "Kira Novak leaves Cohere to found Lumen Labs",
            "Novak worked with Tomas Berg on retrieval for two years.",
            T0 + timedelta(days=1),
            "https://b/novak",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 2


def test_the_verb_hires_names_no_group(database: Database) -> None:
    # "hires" is the verb here, not the noun of "new hires": one unnamed person's hire and the
    # named report two days on are one event
    add_entries(
        database,
        ("a", "Mistral AI hires Cohere's former research chief", "", T0, "https://a/chief"),
        (
            "b",
            "Ana Petrova joins Mistral AI from Cohere",
            "",
            T0 + timedelta(hours=50),
            "https://b/petrova",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 1


def test_a_group_hired_and_one_named_hire_days_later_stay_apart(database: Database) -> None:
    add_entries(
        database,
        ("a", "Mistral AI hires Cohere researchers", "", T0, "https://a/group"),
        (
            "b",
            "Ana Petrova joins Mistral AI from Cohere",
            "",
            T0 + timedelta(hours=50),
            "https://b/petrova",
        ),
    )
    analyze(database)
    assert len(stories(database)) == 2


def test_hires_as_a_noun_names_a_group() -> None:
    assert names_a_group("Mistral AI's new hires from Cohere settle in")
    assert names_a_group("Kestrel Labs adds 12 ex-Cohere hires")
    assert names_a_group("Cohere's hires leave for Mistral AI")
    assert not names_a_group("Mistral AI hires Cohere's former research chief")
    assert not names_a_group("Kestrel Labs Hires Ex-Cohere Scientist")
