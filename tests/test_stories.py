"""Stories in the database: clustering, separate events for one person, same URL once, blocking."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jobs.stories.scoring import MOVE_WORD_RE, MOVE_WORDS, TELLS, TELLS_RE
from jobs.stories.stage import AnalyzeReport, analyze_pending, watch_for_analysis
from jobs.stories.text import first_letters, fold_text
from jobs.watch.lists import watch_from_settings
from storage import schema
from storage.db import Database
from storage.digests import StoryRow
from storage.models import Entry, Source, Story, StoryEntity
from storage.stories import STORY_COLUMNS, StoryRecord, load_stories, near_query
from storage.watchlists import add_keyword, add_person

T0 = datetime(2024, 5, 15, 12, tzinfo=UTC)
WATCH = watch_from_settings([("Jan Leike", ["Leike"])], ["superalignment"], None)


def add_entries(db: Database, *rows: tuple[str, str, str, datetime | None, str]) -> None:
    """(feed, title, summary, published, url) rows as entries."""
    with db.transaction() as s:
        ids: dict[str, int] = {r[0]: r[1] for r in s.execute(select(Source.name, Source.id))}
        for n, (feed, title, summary, published, url) in enumerate(rows):
            if feed not in ids:
                source = Source(name=feed, url=f"https://{feed}.example/rss")
                s.add(source)
                s.flush()
                ids[feed] = source.id
            key = f"{feed}:{url}:{n}:{title[:20]}"
            s.add(
                Entry(
                    source_id=ids[feed],
                    key=key,
                    url=url,
                    canonical_url=url,
                    title=title,
                    summary=summary,
                    published_at=published,
                    first_seen_at=T0 + timedelta(hours=200),
                )
            )


def analyze(db: Database, now: datetime = T0 + timedelta(days=30)) -> AnalyzeReport:
    with db.transaction() as s:
        return analyze_pending(s, WATCH, now)


def story_of(db: Database) -> dict[str, str | None]:
    """Entry URL → its story id."""
    with db.session() as s:
        return {str(url): sid for url, sid in s.execute(select(Entry.url, Entry.story_id))}


def stories_of_two(
    db: Database,
    first: tuple[str, str, str, datetime | None, str],
    second: tuple[str, str, str, datetime | None, str],
) -> tuple[str | None, str | None]:
    """Adds two (feed, title, summary, published, url) entries, analyzes them and returns
    their story ids."""
    add_entries(db, first, second)
    analyze(db)
    found = story_of(db)
    return found[first[4]], found[second[4]]


def stories(db: Database) -> dict[str, list[str]]:
    """Story title → its entries' titles."""
    with db.session() as s:
        out: dict[str, list[str]] = {}
        for story in s.scalars(select(Story)):
            out[story.title] = list(
                s.scalars(select(Entry.title).where(Entry.story_id == story.id).order_by(Entry.id))
            )
        return out


def test_reports_of_one_event_become_one_story(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "Jan Leike resigns from OpenAI",
            "<p>The <b>superalignment</b> co-lead left.</p>",
            T0,
            "https://a/1",
        ),
        (
            "b",
            "Leike quits OpenAI, says safety took a backseat",
            "",
            T0 + timedelta(hours=20),
            "https://b/1",
        ),
        ("c", "OpenAI launches GPT-4o", "A new model.", T0, "https://c/1"),
    )
    report = analyze(database)
    assert report.analyzed == 3 and len(report.new_story_ids) == 1
    with database.session() as s:
        story = s.scalars(select(Story)).one()
        unrelated = s.scalars(select(Entry).where(Entry.url == "https://c/1")).one()
    assert story.id.startswith("st_") and len(story.id) == 19
    assert (story.kind, story.person, story.action, story.from_lab) == (
        "move",
        "Jan Leike",
        "leave",
        "OpenAI",
    )
    assert story.title == "Jan Leike resigns from OpenAI"
    assert story.summary == "The superalignment co-lead left."
    assert story.keywords == ["superalignment"] and story.published_at == T0
    assert unrelated.analyzed_at is not None and unrelated.story_id is None
    assert unrelated.analysis is not None and unrelated.analysis["is_move"] is False


def test_a_resignation_and_a_join_a_week_later_stay_two_stories(database: Database) -> None:
    add_entries(
        database,
        ("a", "Jan Leike resigns from OpenAI", "", T0, "https://a/1"),
        (
            "b",
            "Jan Leike joins Anthropic",
            "The former OpenAI researcher.",
            T0 + timedelta(days=6),
            "https://b/2",
        ),
        ("c", "Anthropic hires Jan Leike", "", T0 + timedelta(days=6, hours=3), "https://c/3"),
    )
    analyze(database)
    assert stories(database) == {
        "Jan Leike resigns from OpenAI": ["Jan Leike resigns from OpenAI"],
        "Jan Leike joins Anthropic": ["Jan Leike joins Anthropic", "Anthropic hires Jan Leike"],
    }


def test_a_departure_and_where_it_leads_two_days_on_are_one_move(database: Database) -> None:
    add_entries(
        database,
        ("a", "Ana Petrova quits Cohere", "", T0, "https://a/petrova"),
        ("b", "Mistral AI hires Ana Petrova", "", T0 + timedelta(hours=50), "https://b/petrova"),
    )
    analyze(database)
    assert list(stories(database).values()) == [
        ["Ana Petrova quits Cohere", "Mistral AI hires Ana Petrova"]
    ]


def test_an_ousting_and_a_join_days_later_stay_two_stories(database: Database) -> None:
    add_entries(
        database,
        ("a", "Board ousts Ana Petrova as Cohere chief", "", T0, "https://a/ousted"),
        ("b", "Ana Petrova lands at Mistral AI", "", T0 + timedelta(hours=60), "https://b/lands"),
    )
    analyze(database)
    assert len(stories(database)) == 2


def test_same_url_from_two_feeds_counts_once_across_passes(database: Database) -> None:
    add_entries(database, ("a", "Jan Leike joins Anthropic", "", T0, "https://x/leike"))
    first = analyze(database)
    add_entries(
        database,
        ("news-search", "Anthropic's new hire: safety researcher", "", None, "https://x/leike"),
    )
    second = analyze(database)
    assert second.new_story_ids == [] and second.changed_story_ids == first.new_story_ids
    assert list(stories(database).values()) == [
        ["Jan Leike joins Anthropic", "Anthropic's new hire: safety researcher"]
    ]


def test_later_better_report_improves_the_story_but_keeps_its_id(database: Database) -> None:
    add_entries(
        database,
        (
            "a",
            "OpenAI's Zurich trio Beyer, Kolesnikov and Zhai defect to Meta",
            "",
            T0,
            "https://a/z",
        ),
    )
    first = analyze(database)
    add_entries(
        database,
        (
            "b",
            "Meta hires three OpenAI researchers",
            # (a list of all three would be the raid's, no one's: tests/test_group_movers.py)
            "Lucas Beyer is joining with two colleagues.",
            T0 + timedelta(hours=3),
            "https://b/z",
        ),
    )
    second = analyze(database)
    assert second.changed_story_ids == first.new_story_ids
    with database.session() as s:
        story = s.scalars(select(Story)).one()
    assert (story.person, story.to_lab, story.from_lab) == ("Lucas Beyer", "Meta", "OpenAI")


def test_blocking_needs_a_shared_entity_and_the_time_window(database: Database) -> None:
    add_entries(
        database,
        ("a", "Jan Leike resigns from OpenAI", "", T0, "https://a/1"),
        # past the two months in which one departure is told again (scoring.EXIT_RETOLD)
        ("b", "Jan Leike resigns from OpenAI", "", T0 + timedelta(days=70), "https://b/1"),
        ("c", "Mira Murati resigns from OpenAI", "", T0 + timedelta(hours=1), "https://c/1"),
    )
    analyze(database)
    with database.session() as s:
        assert len(s.scalars(select(Story.id)).all()) == 3
        entities = set(s.scalars(select(StoryEntity.entity)))
    assert {"p:leike", "p:murati", "l:openai"} <= entities


def test_a_follow_up_days_later_joins_the_same_persons_story(database: Database) -> None:
    add_entries(
        database,
        ("a", "Dana Whitfield quits Cohere", "", T0, "https://a/w"),
        (
            "b",
            "Whitfield has left Cohere, the company says",
            "",
            T0 + timedelta(days=5),
            "https://b/w",
        ),
        ("c", "Dana Whitfield lands at Mistral", "", T0 + timedelta(days=6), "https://c/w"),
        ("d", "Dana Whitfield quits Cohere", "", T0 + timedelta(days=12), "https://d/w"),
        ("e", "Dana Whitfield returns to Cohere", "", T0 + timedelta(days=8), "https://e/w"),
    )
    analyze(database)
    with database.session() as s:
        story_of = {url[8]: sid for url, sid in s.execute(select(Entry.url, Entry.story_id)) if url}
    assert story_of["a"] == story_of["b"]  # a later report of the same departure
    assert story_of["c"] != story_of["a"]  # a later step: the new job, days after
    assert story_of["d"] != story_of["a"]  # past the follow-up window
    assert story_of["e"] != story_of["a"]  # a return days after leaving: the next step


def test_one_surname_spelled_two_ways_is_one_story(database: Database) -> None:
    add_entries(
        database,
        ("a", "Anthropic loses co-founder Piotr Wisniewski", "", T0, "https://a/p"),
        ("b", "Piotr Wisnieski departs Anthropic", "", T0 + timedelta(hours=3), "https://b/p"),
        ("c", "Piotr Wiśniewski leaves Anthropic", "", T0 + timedelta(hours=5), "https://c/p"),
        ("d", "Anna Wisniewska leaves Anthropic", "", T0 + timedelta(hours=6), "https://d/p"),
    )
    analyze(database)
    with database.session() as s:
        story_of = {url[8]: sid for url, sid in s.execute(select(Entry.url, Entry.story_id)) if url}
    assert story_of["a"] == story_of["b"] == story_of["c"]
    assert story_of["d"] != story_of["a"]  # another first name: another person


def test_an_outlets_headline_is_the_title_over_a_videos(database: Database) -> None:
    video = "https://www.youtube.com/watch?v=abcdefghijk"
    add_entries(
        database,
        ("yt", "Dana Whitfield Quit Cohere", "", T0, video),
    )
    analyze(database)
    add_entries(
        database,
        (
            "a",
            "Dana Whitfield quits Cohere after six years",
            "",
            T0 + timedelta(hours=2),
            "https://a/dw",
        ),
    )
    analyze(database)  # the story is loaded back from the database: its title was a video's
    add_entries(
        database,
        ("b", "Dana Whitfield Leaves Cohere!!", "", T0 + timedelta(hours=3), "https://youtu.be/x"),
    )
    analyze(database)
    with database.session() as s:
        (story,) = s.scalars(select(Story)).all()
    assert story.title == "Dana Whitfield quits Cohere after six years"


def test_mentions_use_the_guild_lists_too(database: Database) -> None:
    with database.transaction() as s:
        add_person(s, 1, "Demis Hassabis", [])
        add_keyword(s, 2, "AGI")
    add_entries(
        database,
        ("a", "Demis Hassabis says AGI is five years away", "", T0, "https://a/d"),
        ("b", "Hassabis: AGI in five years", "", T0 + timedelta(hours=5), "https://b/d"),
        ("c", "Nvidia stock rises", "", T0, "https://c/n"),
    )
    with database.transaction() as s:
        analyze_pending(s, watch_for_analysis(s, WATCH), T0)
    with database.session() as s:
        story = s.scalars(select(Story)).one()
    assert (
        story.kind == "mention" and story.people == ["Demis Hassabis"] and story.keywords == ["agi"]
    )


def test_candidates_come_from_the_entity_time_index(sqlite_db: Database) -> None:
    query = near_query(["p:leike", "l:openai"], T0, T0 + timedelta(days=3))
    compiled = query.compile(sqlite_db.engine, compile_kwargs={"literal_binds": True})
    with sqlite_db.engine.connect() as conn:
        plan = " ".join(
            str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
        )
    assert "ix_story_entities_entity_time" in plan and "SCAN" not in plan.replace(
        "SCAN CONSTANT", ""
    )


def story_people(db: Database) -> list[tuple[str | None, int]]:
    """Each story's person and its number of reports."""
    with db.session() as s:
        return sorted(
            (story.person, len(s.scalars(select(Entry.id).where(Entry.story_id == story.id)).all()))
            for story in s.scalars(select(Story))
        )


def test_a_name_with_or_without_accents_is_one_person(database: Database) -> None:
    add_entries(
        database,
        ("a", "Rafael Echeverría is out at Safe Superintelligence", "", T0, "https://a/e"),
        ("b", "SSI researcher Echeverria exits", "", T0 + timedelta(hours=9), "https://b/e"),
        ("c", "Zoë Ångström leaves Mistral", "", T0 + timedelta(hours=2), "https://c/z"),
        ("d", "Mistral's Zoe Angstrom departs", "", T0 + timedelta(hours=5), "https://d/z"),
    )
    analyze(database)
    assert story_people(database) == [("Rafael Echeverría", 2), ("Zoë Ångström", 2)]


def test_a_name_written_family_name_first_is_one_person(database: Database) -> None:
    add_entries(
        database,
        ("a", "Xiaomi hires DeepSeek researcher Luo Fuli", "", T0, "https://a/l"),
        ("b", "DeepSeek's Fuli Luo joins Xiaomi", "", T0 + timedelta(hours=6), "https://b/l"),
    )
    analyze(database)
    [(person, reports)] = story_people(database)
    assert person in ("Luo Fuli", "Fuli Luo") and reports == 2


def test_two_people_between_the_same_labs_stay_apart(database: Database) -> None:
    add_entries(
        database,
        ("a", "Anthropic hires Google DeepMind's Ana Ruiz", "", T0, "https://a/r"),
        (
            "b",
            "Google DeepMind's Ken Ruiz-Abe joins Anthropic",
            "",
            T0 + timedelta(hours=20),
            "https://b/k",
        ),
        # a shared first name is no shared person, whatever the blocking keys
        (
            "c",
            "Daniel Okafor leaves OpenAI for Anthropic",
            "",
            T0 + timedelta(hours=1),
            "https://c/d",
        ),
        ("d", "OpenAI's Daniel Mbeki joins Anthropic", "", T0 + timedelta(hours=2), "https://d/d"),
    )
    analyze(database)
    assert story_people(database) == [
        ("Ana Ruiz", 1),
        ("Daniel Mbeki", 1),
        ("Daniel Okafor", 1),
        ("Ken Ruiz-Abe", 1),
    ]


def test_a_story_told_first_by_a_particle_surname_gets_the_full_name(database: Database) -> None:
    add_entries(
        database,
        ("a", "de la Cruz departs OpenAI", "", T0, "https://a/c"),
        (
            "b",
            "OpenAI safety lead Tomás de la Cruz resigns after six years",
            "",
            T0 + timedelta(hours=4),
            "https://b/c",
        ),
    )
    analyze(database)
    assert story_people(database) == [("Tomás de la Cruz", 2)]


def test_one_event_told_with_different_actions_is_one_story(database: Database) -> None:
    add_entries(
        database,
        ("a", "Former OpenAI researcher Ana Ruiz co-founds Lumina Labs", "", T0, "https://a/f"),
        (
            "b",
            "Ana Ruiz joins Lumina Labs as co-founder",
            "",
            T0 + timedelta(hours=5),
            "https://b/f",
        ),
        ("c", "Ken Abe returns to Cohere as research chief", "", T0, "https://c/r"),
        ("d", "Cohere names Ken Abe research chief", "", T0 + timedelta(hours=3), "https://d/r"),
    )
    analyze(database)
    assert story_people(database) == [("Ana Ruiz", 2), ("Ken Abe", 2)]


def test_other_destinations_stay_apart_whatever_the_actions(database: Database) -> None:
    add_entries(
        database,
        ("a", "Ana Ruiz co-founds Lumina Labs", "", T0, "https://a/f"),
        (
            "b",
            "Ana Ruiz joins Cohere as chief scientist",
            "",
            T0 + timedelta(hours=5),
            "https://b/f",
        ),
    )
    analyze(database)
    assert story_people(database) == [("Ana Ruiz", 1), ("Ana Ruiz", 1)]


def test_two_reports_of_one_group_raid_are_one_story(database: Database) -> None:
    add_entries(
        database,
        ("a", "Anthropic poaches about a dozen OpenAI researchers", "", T0, "https://a/g"),
        (
            "b",
            "Amodei raids his former employer",
            "Anthropic has hired 12 researchers from OpenAI in recent weeks.",
            T0 + timedelta(hours=10),
            "https://b/g",
        ),
        # a raid between other labs is another story
        (
            "c",
            "Meta poaches a dozen OpenAI researchers",
            "",
            T0 + timedelta(hours=3),
            "https://c/g",
        ),
    )
    analyze(database)
    assert sorted(n for _, n in story_people(database)) == [1, 2]


def test_a_loaded_story_knows_every_members_url(database: Database) -> None:
    # the face may be a later member than the 20 titles kept for scoring (a video's or not)
    add_entries(
        database,
        *[
            (
                "a",
                f"Jan Leike, OpenAI and quitting: part {n}",
                "",
                T0 + timedelta(hours=n),
                f"https://a/{n}",
            )
            for n in range(25)
        ],
    )
    analyze(database)
    with database.session() as s:
        story_ids = list(s.scalars(select(Story.id)))
        (record,) = load_stories(s, story_ids)
    assert len(record.titles) == 20
    assert record.title_urls["Jan Leike, OpenAI and quitting: part 24"] == "https://a/24"


def test_the_story_shapes_list_the_stories_columns_in_order() -> None:
    # storage.digests builds StoryRow(*row) from select(stories), and load_stories builds a
    # StoryRecord from STORY_COLUMNS: a column added to the table must be added to both
    row_fields = [
        f.name for f in fields(StoryRecord) if f.name not in {"entities", "titles", "title_urls"}
    ]
    assert list(StoryRow._fields) == STORY_COLUMNS == row_fields == list(schema.stories.c.keys())


def labelled_texts() -> list[str]:
    """Every headline and summary of the labelled sets, lower-cased and folded too."""
    texts = []
    for path in sorted(Path(__file__).parent.joinpath("data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            for text in (row.get("title"), row.get("summary")):
                if isinstance(text, str):
                    texts += [text, text.lower(), fold_text(text)]
    return texts


def test_word_patterns_match_where_their_plain_alternations_do() -> None:
    # the look-ahead of word_pattern skips only positions where no alternative can start
    patterns = [(MOVE_WORD_RE, MOVE_WORDS)]
    patterns += [(TELLS_RE[action], "|".join(words)) for action, words in TELLS.items()]
    texts = [*labelled_texts(), "rejoins", "démission", "steps down", "Co-founded", "ex-joiner"]
    assert len(texts) > 3000
    for fast, alternation in patterns:
        plain = re.compile(rf"\b(?:{alternation})\b")
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (alternation[:30], text)


def test_first_letters_of_an_alternation() -> None:
    assert first_letters("(?:re)?join|leav(?:e|es)|d(?:e|é)mission|(?:x|y)z") == "djlrxy"
    with pytest.raises(ValueError):
        first_letters(r"\w+|join")
