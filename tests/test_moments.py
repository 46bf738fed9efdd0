"""Linking stories to the moments in videos where they are discussed, and finding people."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jobs.video.moments import find_person_moments, link_moments
from jobs.video.rounds import fetch_pending_transcripts
from jobs.video.transcripts import DirectoryProvider
from jobs.watch.lists import Person, WatchLists
from storage.db import Database
from storage.models import Story
from storage.moments import MomentView, moment_url, moments_for_stories
from storage.transcripts import save_segments
from tests.videos import add_video

CAPTIONS = Path(__file__).parent / "data" / "captions"
SEED_ID = "edhOP4nzY-w"
SEED_TITLE = "Sam Altman WRECKS OpenAI - Jan Leike joins Anthropic - Brain Drain from OpenAI"
REPORTED = datetime(2024, 5, 28, 15, 0, tzinfo=UTC)
WATCH = WatchLists(
    people=(Person("Jan Leike", ("Leike",)), Person("Sam Altman"), Person("Demis Hassabis"))
)


def add_story(
    db: Database,
    story_id: str,
    person: str | None,
    published: datetime = REPORTED,
    labs: tuple[str, ...] = ("Anthropic", "OpenAI"),
    people: tuple[str, ...] = (),
) -> None:
    with db.transaction() as session:
        session.add(
            Story(
                id=story_id,
                kind="move",
                title=f"{person} joins Anthropic",
                person=person,
                people=list(people or ([person] if person else [])),
                labs=list(labs),
                published_at=published,
            )
        )


async def fetch_seed(db: Database, tmp_path: Path, video_id: str = SEED_ID) -> None:
    target = tmp_path / f"{video_id}.en.vtt"
    shutil.copy(CAPTIONS / "edhOP4nzY-w.en.vtt", target)
    report = await fetch_pending_transcripts(
        db, DirectoryProvider(tmp_path, ["en"]), REPORTED + timedelta(days=1), watch=WATCH
    )
    assert video_id in report.fetched


def link(db: Database, **kwargs: list[str]) -> int:
    with db.transaction() as session:
        return link_moments(session, REPORTED + timedelta(days=1), watch=WATCH, **kwargs)


def moments(db: Database, *story_ids: str) -> dict[str, list[MomentView]]:
    with db.session() as session:
        return moments_for_stories(session, story_ids)


async def test_jan_leike_story_links_to_yan_lea_at_the_start(
    database: Database, tmp_path: Path
) -> None:
    add_video(database, SEED_ID, REPORTED - timedelta(hours=20), SEED_TITLE)
    await fetch_seed(database, tmp_path)
    add_story(database, "leike", "Jan Leike")
    assert link(database, story_ids=["leike"]) == 1
    [moment] = moments(database, "leike")["leike"]
    assert 3.0 <= moment.start < 5.6  # a couple of seconds before "Yan Lea" at 5.6 s
    assert moment.video_id == SEED_ID and moment.video_title == SEED_TITLE
    assert moment.url == f"https://www.youtube.com/watch?v={SEED_ID}&t={int(moment.start)}s"
    assert moment.text == "that Yan Lea has um signed on with"
    # linking again changes nothing
    assert link(database, story_ids=["leike"]) == 0


async def test_story_about_someone_else_or_outside_the_window_is_not_linked(
    database: Database, tmp_path: Path
) -> None:
    add_video(database, SEED_ID, REPORTED - timedelta(hours=20), SEED_TITLE)
    await fetch_seed(database, tmp_path)
    add_story(database, "hassabis", "Demis Hassabis", labs=("Google DeepMind",))
    add_story(database, "too-late", "Jan Leike", published=REPORTED + timedelta(days=3))
    add_story(database, "too-early", "Jan Leike", published=REPORTED - timedelta(days=31))
    add_story(database, "nobody", None, people=())
    assert link(database, story_ids=["hassabis", "too-late", "too-early", "nobody"]) == 0
    assert moments(database, "hassabis", "too-late", "too-early", "nobody") == {}


async def test_window_edges(database: Database, tmp_path: Path) -> None:
    add_video(database, SEED_ID, REPORTED + timedelta(days=29), SEED_TITLE)
    await fetch_seed(database, tmp_path)
    add_story(database, "month-before", "Sam Altman")
    add_story(database, "day-after", "Sam Altman", published=REPORTED + timedelta(days=30))
    assert link(database, story_ids=["month-before", "day-after"]) == 2


async def test_moments_filled_in_when_the_transcript_arrives_later(
    database: Database, tmp_path: Path
) -> None:
    add_video(database, SEED_ID, REPORTED + timedelta(days=2), SEED_TITLE)
    add_story(database, "leike", "Jan Leike")
    assert link(database, story_ids=["leike"]) == 0  # no transcript yet
    await fetch_seed(database, tmp_path)
    assert link(database, video_ids=[SEED_ID]) == 1
    assert moments(database, "leike")["leike"][0].text == "that Yan Lea has um signed on with"


async def test_at_most_three_moments_best_first(database: Database, tmp_path: Path) -> None:
    filler = "and then we looked at what the new model can do for people"
    for n in range(5):
        video_id = f"video{n:06d}"
        add_video(database, video_id, REPORTED + timedelta(days=n))
        lines = [filler] * 40
        for k in range(n + 1):  # later videos discuss him more
            lines[5 + 2 * k] = "so Sam Altman said at OpenAI that"
        segments = [(float(i * 4), 4.0, line) for i, line in enumerate(lines)]
        with database.transaction() as session:
            save_segments(session, video_id, segments, language="en", now=REPORTED)
    add_story(database, "altman", "Sam Altman", labs=("OpenAI",))
    assert link(database, story_ids=["altman"]) == 3
    found = moments(database, "altman")["altman"]
    assert [m.video_id for m in found] == ["video000004", "video000003", "video000002"]
    assert [m.start for m in found] == [17.5, 17.5, 17.5]  # 20 s minus the lead-in


async def test_find_person_moments_lists_videos_times_and_quotes(
    database: Database, tmp_path: Path
) -> None:
    add_video(database, SEED_ID, REPORTED, SEED_TITLE)
    await fetch_seed(database, tmp_path)
    with database.transaction() as session:
        found = find_person_moments(session, "Sam Altman", watch=WATCH)
        assert found[0].video_id == SEED_ID
        assert found[0].url == moment_url(SEED_ID, found[0].start)
        assert "Sam Altman" in found[0].text or "Sam" in found[0].text
        assert [m.start for m in found] == sorted(m.start for m in found)
        assert len(found) >= 3
        # an alias finds the same person; a name nobody watched is scanned for on demand
        assert find_person_moments(session, "Leike", watch=WATCH)[0].start == pytest.approx(3.1)
        eliezer = find_person_moments(session, "Eliezer Yudkowsky", watch=WATCH)
        assert [m.text for m in eliezer] == ["that everyone from eleazer"]
        assert find_person_moments(session, "Tim Brooks", watch=WATCH) == []
        assert len(find_person_moments(session, "Sam Altman", limit=2, watch=WATCH)) == 2


def seeded_config(tmp_path: Path) -> Path:
    """A config whose SQLite database holds the seed video with its captions."""
    from bot.app import open_database
    from bot.config import load_settings

    config = tmp_path / "config.toml"
    config.write_text(
        '[storage]\nurl = "sqlite:///lw.db"\n[transcripts]\nprovider = "directory"\n'
        '[watch]\npeople = ["Sam Altman", { name = "Jan Leike", aliases = ["Leike"] }]\n'
    )
    db = open_database(load_settings(str(config)))
    add_video(db, SEED_ID, REPORTED, SEED_TITLE)
    segments = DirectoryProvider(CAPTIONS, ["en"]).fetch(SEED_ID).segments
    with db.transaction() as session:
        rows = [(s.start, s.duration, s.text) for s in segments]
        save_segments(session, SEED_ID, rows, language="en", now=REPORTED)
    db.dispose()
    return config


def test_moments_command_prints_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    config = seeded_config(tmp_path)
    assert main(["moments", "Leike", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:3] == [
        SEED_TITLE,
        f"   0:03  https://www.youtube.com/watch?v={SEED_ID}&t=3s",
        '         "that Yan Lea has um signed on with"',
    ]
    assert main(["moments", "Sam Altman", "--format", "json", "--config", str(config)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["video_id"] == SEED_ID and set(data[0]) == {
        "video_id",
        "video_title",
        "start",
        "url",
        "text",
    }
    assert main(["moments", "Nobody Special", "--config", str(config)]) == 0
    assert "No stored transcript mentions Nobody Special." in capsys.readouterr().out


def test_moments_command_output_in_full_and_a_new_name_scanned_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the command reads and writes the index with Core statements (storage.video_rows): its
    # whole output, and the scan for a name nobody watched, remembered for the next run
    from bot.cli import main

    config = seeded_config(tmp_path)
    url = f"https://www.youtube.com/watch?v={SEED_ID}"
    assert main(["moments", "Sam Altman", "--limit", "3", "--config", str(config)]) == 0
    assert capsys.readouterr().out == "\n".join([
        SEED_TITLE,
        f"   1:00  {url}&t=60s",
        '         "to remember that Sam Altman came up"',
        f"   2:13  {url}&t=133s",
        '         "problem number one is that Sam alman\'s"',
        f"   3:38  {url}&t=218s",
        '         "about building products if Sam Alman"',
    ]) + "\n"  # fmt: skip
    assert main(["moments", "Leike", "--format", "json", "--config", str(config)]) == 0
    assert capsys.readouterr().out == json.dumps([{
        "video_id": SEED_ID, "video_title": SEED_TITLE, "start": 3.1, "url": f"{url}&t=3s",
        "text": "that Yan Lea has um signed on with",
    }], indent=2) + "\n"  # fmt: skip
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    scanned = "SELECT count(*) FROM video_mentions WHERE entity = 'eliezer yudkowsky'"
    with db.reading() as conn:
        assert conn.exec_driver_sql(scanned).scalar() == 0
    for _ in range(2):
        assert main(["moments", "Eliezer Yudkowsky", "--config", str(config)]) == 0
        assert '"that everyone from eleazer"' in capsys.readouterr().out
        with db.reading() as conn:
            assert conn.exec_driver_sql(scanned).scalar() == 1
    db.dispose()


async def test_relinking_drops_a_video_that_no_longer_qualifies(
    database: Database, tmp_path: Path
) -> None:
    add_video(database, SEED_ID, REPORTED, SEED_TITLE)
    await fetch_seed(database, tmp_path)
    add_story(database, "story", "Jan Leike")
    assert link(database, story_ids=["story"]) == 1
    with database.transaction() as session:
        story = session.get(Story, "story")
        assert story is not None
        story.person, story.people = "Demis Hassabis", ["Demis Hassabis"]
    assert link(database, story_ids=["story"]) == 0
    assert moments(database, "story") == {}


TRAP_LINES = [
    "welcome back so today we look at the numbers from OpenAI",
    "and honestly the gross margins are not great for a company",
    "that sells compute like the salt man at the market",
    "a friar once told me that babbling brooks are calming",
    "anyway OpenAI and Anthropic keep shipping models every week",
] * 8
OTHER_LINES = [
    "okay big news today from Google DeepMind",
    "so Demis hasabis announced that the team",
    "will merge with the Brain group and Demis says",
    "this is the biggest change at DeepMind in years",
] + ["and the rest of the video is about benchmarks and charts"] * 30


def store_lines(db: Database, video_id: str, lines: list[str], title: str = "") -> None:
    add_video(db, video_id, REPORTED + timedelta(days=1), title)
    rows = [(float(10 + i * 4), 4.0, line) for i, line in enumerate(lines)]
    with db.transaction() as session:
        save_segments(session, video_id, rows, language="en", now=REPORTED)


def test_look_alikes_do_not_link_and_misspelled_names_land_near_the_mention(
    database: Database,
) -> None:
    store_lines(database, "traps123456", TRAP_LINES, "OpenAI's margins explained")
    store_lines(database, "demis123456", OTHER_LINES)
    for story_id, person, labs in [
        ("altman", "Sam Altman", ("OpenAI",)),
        ("gross", "Daniel Gross", ("OpenAI",)),
        ("friar", "Sarah Friar", ("OpenAI",)),
        ("brooks", "Tim Brooks", ("Google DeepMind",)),
        ("hassabis", "Demis Hassabis", ("Google DeepMind",)),
    ]:
        add_story(database, story_id, person, labs=labs)
    assert link(database, story_ids=["altman", "gross", "friar", "brooks", "hassabis"]) == 1
    found = moments(database, "altman", "gross", "friar", "brooks", "hassabis")
    assert list(found) == ["hassabis"]
    [moment] = found["hassabis"]
    named_at = 10 + 1 * 4  # "so Demis hasabis announced ..." starts at 14 s
    assert moment.video_id == "demis123456"
    assert named_at - 3 <= moment.start <= named_at
    assert moment.text == "so Demis hasabis announced that the team"
