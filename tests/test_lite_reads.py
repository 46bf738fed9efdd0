"""storage.lite (SQLite read with the standard library's sqlite3) against SQLAlchemy: the same
SQL, the same rows, the same commands' output, and the SQLAlchemy path wherever it must read."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, update
from sqlalchemy.engine import make_url

import bot.lite
from bot.cli import main
from bot.config import load_settings
from jobs.digest.assemble import terminal_digest
from jobs.ingest.config_sync import sync_config_sources
from jobs.ingest.source_kinds import SourceSpec, feed_spec, google_news_spec
from jobs.ingest.sync_check import config_in_sync
from jobs.video.transcripts import DirectoryProvider
from jobs.watch.lists import watch_from_settings
from storage import schema
from storage.counts import count_store
from storage.db import Database
from storage.lite import LiteReader, open_lite, rows
from storage.lite_sql import QUERIES
from storage.migrate import alembic_config, upgrade
from storage.process_rows import CLAIMED, live_processes
from storage.provider_states import provider_status
from storage.reads import STATEMENTS, compiled
from storage.settings import get_setting
from storage.source_health import list_sources, sync_rows
from storage.story_rows import reports_for_stories, stories_published_in
from storage.transcripts import save_segments
from storage.types import utcnow
from storage.video_list import recent_videos
from storage.watchlists import add_person
from tests.conftest import BACKENDS
from tests.digest_samples import add_moment, sample_stories
from tests.videos import add_video

DATA = Path(__file__).parent / "data"

NOW = datetime(2025, 7, 9, 12, 0, 0, 123456, tzinfo=UTC)


def test_the_sqlite_text_is_what_the_core_statements_compile_to() -> None:
    # storage/lite_sql.py is written by `python -m storage.reads`: never edited by hand
    assert {name: compiled(name) for name in STATEMENTS} == QUERIES


def test_status_counts_the_claims_of_every_claimable_table() -> None:
    from storage.claims import CLAIMABLE

    assert tuple(CLAIMABLE) == CLAIMED


# ---- the same rows from the same files -------------------------------------------------------


def populate(db: Database) -> None:
    """Rows in every table the read-only commands read: stories with reports and a moment,
    sources with health, videos in each transcript state, claims, leases, heartbeats, saved
    settings and outbox items."""
    with db.transaction() as session:
        sample_stories(session)
        add_moment(session, "s-ilya", "vid-b", "Talk B", 62.0, "Ilya said")
    s, v = schema.sources, schema.videos
    with db.transaction() as session:
        session.execute(
            update(s)
            .where(s.c.name == "The Verge AI")
            .values(last_status="error", last_error="HTTP 500", last_http_status=500,
                    consecutive_failures=2, last_polled_at=NOW - timedelta(minutes=5),
                    next_poll_at=NOW + timedelta(minutes=5), claimed_by="w1",
                    claimed_until=NOW + timedelta(minutes=1))
        )  # fmt: skip
        session.execute(update(s).where(s.c.name == "TechCrunch AI").values(enabled=False))
        session.execute(
            insert(v),
            [
                {"video_id": f"v{i}", "title": f"Video {i}", "transcript_status": status,
                 "published_at": NOW - timedelta(days=i) if i % 3 else None,
                 "first_seen_at": NOW - timedelta(hours=i), "transcript_attempts": i,
                 "transcript_next_at": NOW + timedelta(hours=i) if i % 2 else None,
                 "transcript_error": "blocked" if status == "unavailable" else None,
                 "transcript_provider": "youtube" if i % 2 else None,
                 "claimed_by": "w2" if i == 1 else None,
                 "claimed_until": NOW + timedelta(minutes=1) if i == 1 else None}
                for i, status in enumerate(("ok", "pending", "no_captions", "unavailable", "ok"))
            ],
        )  # fmt: skip
        session.execute(
            insert(schema.subscriptions).values(
                id=1, key="channel:1", kind="channel", guild_id=1, channel_id=2,
                claimed_by="w1", claimed_until=NOW + timedelta(minutes=2), options={"a": [1]},
            )
        )  # fmt: skip
        session.execute(
            insert(schema.outbox),
            [
                {"id": 1, "subscription_id": 1, "kind": "digest", "story_ids": ["s-leike"],
                 "status": "sent", "sent_at": NOW, "claimed_by": "w3",
                 "claimed_until": NOW - timedelta(seconds=1)},
                {"id": 2, "subscription_id": 1, "kind": "alert", "story_ids": [],
                 "status": "pending", "sent_at": None, "claimed_by": "w3",
                 "claimed_until": NOW + timedelta(seconds=30)},
            ],
        )  # fmt: skip
        session.execute(
            insert(schema.outbox_messages).values(
                item_id=1, seq=0, payload={"content": "x"}, nonce="n1", sent_at=NOW
            )
        )
        session.execute(
            insert(schema.leases),
            [
                {"name": "delivery", "holder": "w3", "expires_at": NOW + timedelta(minutes=1)},
                {"name": "old", "holder": "w1", "expires_at": NOW - timedelta(minutes=1)},
            ],
        )
        session.execute(
            insert(schema.heartbeats),
            [
                {"holder": h, "role": role, "detail": detail, "claims": 0,
                 "started_at": NOW - timedelta(hours=1), "seen_at": NOW - timedelta(seconds=age)}
                for h, role, detail, age in (("w1", "worker", "", 5), ("w2", "worker", "x", 20),
                                             ("w3", "sender", "", 1), ("gone", "worker", "", 9999))
            ],
        )  # fmt: skip
        blocked = (NOW + timedelta(hours=3)).isoformat()
        session.execute(
            insert(schema.settings),
            [
                {"key": "transcripts.youtube.blocked_until", "value": blocked},
                {"key": "transcripts.youtube.blocked_reason", "value": "IP blocked"},
                {"key": "transcripts.ytdlp.canary", "value": json.dumps(
                    {"ok": False, "video_id": "abc", "reason": "429"})},
                {"key": "cli_digest_mark", "value": (NOW - timedelta(days=2)).isoformat()},
            ],
        )  # fmt: skip


def add_captioned_video(db: Database) -> None:
    """A video whose captions name Jan Leike (for `labwatch moments`)."""
    add_video(db, "edhOP4nzY-w", datetime(2024, 5, 28, tzinfo=UTC), "Jan Leike joins Anthropic")
    captions = DirectoryProvider(DATA / "captions", ["en"]).fetch("edhOP4nzY-w").segments
    with db.transaction() as session:
        rows = [(s.start, s.duration, s.text) for s in captions]
        save_segments(session, "edhOP4nzY-w", rows, language="en", now=utcnow())
        add_person(session, 1, "Mira Murati", ["Murati"])


def migrated_from_the_first_revision(path: Path) -> Database:
    """A database made by running every migration from 0001 (not created from the tables)."""
    from alembic import command

    db = Database(f"sqlite:///{path}")
    command.upgrade(alembic_config(db.engine), "0001")
    upgrade(db.engine)
    return db


@pytest.fixture(params=["new", "populated", "migrated", "migrated-populated"])
def sqlite_file(request: pytest.FixtureRequest, migrated_sqlite: Path, tmp_path: Path) -> Iterator[Database]:  # fmt: skip
    """A SQLite database at the newest revision: new and empty, with rows, migrated from the
    first revision (empty and with rows)."""
    path = tmp_path / "labwatch.db"
    if request.param.startswith("migrated"):
        db = migrated_from_the_first_revision(path)
    else:
        shutil.copyfile(migrated_sqlite, path)
        db = Database(f"sqlite:///{path}")
    if request.param.endswith("populated"):
        populate(db)
        add_captioned_video(db)
    yield db
    db.dispose()


def lite_of(db: Database) -> LiteReader:
    reader = open_lite(Path(str(make_url(db.url).database)))
    assert reader is not None
    return reader


PARAMS: dict[str, dict[str, Any]] = {
    "live_leases": {"now": NOW},
    "live_heartbeats": {"since": NOW - timedelta(seconds=60)},
    "setting": {"key": "cli_digest_mark"},
    "recent_videos": {"limit": 3},
    "stories_published_in": {"since": NOW - timedelta(days=3), "until": NOW},
    "story_reports": {"ids": ["s-leike", "s-ilya", "s-mention", "none"]},
    "story_moments": {"ids": ["s-leike", "s-ilya"]},
    "videos_not_scanned_for": {"entity": "jan leike", "limit": 3},
    "videos_with_transcripts_among": {"ids": ["v0", "v1", "v4", "none"]},
    "mentions_of": {"entities": ["jan leike", "openai"]},
    "mentions_of_among": {"entities": ["jan leike", "openai"], "ids": ["v0", "v4"]},
    "naming_videos": {"entities": ["jan leike", "openai"]},
    "segment_texts": {"video_ids": ["v0", "v4"], "seqs": [0, 1, 2]},
    **{f"claims_{kind}": {"now": NOW} for kind in CLAIMED},
}


@pytest.mark.parametrize("name", list(STATEMENTS))
def test_every_query_reads_the_same_rows_both_ways(name: str, sqlite_file: Database) -> None:
    reader = lite_of(sqlite_file)
    try:
        with sqlite_file.reading() as conn:
            expected = [tuple(row) for row in rows(conn, name, **PARAMS.get(name, {}))]
        got = [tuple(row) for row in rows(reader, name, **PARAMS.get(name, {}))]
    finally:
        reader.close()
    assert got == expected
    assert [[type(v) for v in row] for row in got] == [[type(v) for v in row] for row in expected]


def test_what_the_commands_read_is_the_same_both_ways(sqlite_file: Database) -> None:
    watch = watch_from_settings(["Jan Leike"], ["superalignment"], None)
    since = NOW - timedelta(days=3)

    def read(reader: Any) -> list[Any]:
        return [
            live_processes(reader, NOW, timedelta(minutes=1)),
            list_sources(reader),
            sync_rows(reader),
            recent_videos(reader, 30),
            provider_status(reader, NOW),
            provider_status(reader, None),
            count_store(reader),
            get_setting(reader, "cli_digest_mark"),
            get_setting(reader, "nothing"),
            stories_published_in(reader, since, NOW),
            reports_for_stories(reader, ["s-leike", "s-ilya"]),
            terminal_digest(reader, since, NOW, NOW, watch),
        ]

    reader = lite_of(sqlite_file)
    try:
        with sqlite_file.reading() as conn:
            assert read(reader) == read(conn)
    finally:
        reader.close()


@pytest.mark.parametrize("database_url", BACKENDS, indirect=True)
def test_every_statement_runs_on_every_backend(database: Database) -> None:
    # the Core statements are what PostgreSQL (and SQLite where storage.lite cannot read) run
    populate(database)
    with database.reading() as conn:
        for name in STATEMENTS:
            rows(conn, name, **PARAMS.get(name, {}))
        assert [p.holder for p in live_processes(conn, NOW, timedelta(minutes=1))] == [
            "w3",
            "w1",
            "w2",
        ]


def test_a_value_in_another_zone_is_bound_as_its_utc_time(sqlite_file: Database) -> None:
    berlin = NOW.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin"))
    reader = lite_of(sqlite_file)
    try:
        with sqlite_file.reading() as conn:
            expected = list(rows(conn, "live_leases", now=berlin))
        assert rows(reader, "live_leases", now=berlin) == [tuple(r) for r in expected]
        with pytest.raises(ValueError, match="naive"):
            rows(reader, "live_leases", now=NOW.replace(tzinfo=None))
    finally:
        reader.close()


# ---- where storage.lite leaves the file to SQLAlchemy -----------------------------------------


def test_a_database_behind_or_ahead_of_this_labwatch_is_left_to_sqlalchemy(
    sqlite_db: Database,
) -> None:
    path = Path(str(make_url(sqlite_db.url).database))
    assert open_lite(path) is not None
    for stored in ("0005", "9999"):
        with sqlite_db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (stored,))
        assert open_lite(path) is None
        reader = open_lite(path, any_revision=True)
        assert reader is not None and reader.stored_revision() == stored
        reader.close()
    with sqlite_db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alembic_version")
    assert open_lite(path) is None


def test_a_file_that_is_no_database_or_not_yet_wal_is_left_to_sqlalchemy(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert open_lite(junk) is None
    assert open_lite(tmp_path / "missing.db") is None
    assert not (tmp_path / "missing.db").exists()
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).close()  # rollback journal: storage.db switches it to WAL itself
    assert open_lite(plain, any_revision=True) is None


def test_reading_writes_nothing_and_leaves_no_wal_files(sqlite_db: Database) -> None:
    path = Path(str(make_url(sqlite_db.url).database))
    sqlite_db.dispose()
    before = path.read_bytes()
    reader = open_lite(path)
    assert reader is not None
    with pytest.raises(sqlite3.OperationalError):  # query_only: a write is refused
        reader.conn.execute("DELETE FROM sources")
    reader.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith("labwatch")) == [
        "labwatch.db"
    ]


# ---- the commands: the same output with and without storage.lite ------------------------------


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    # what moves with the clock between two runs: seconds ago, generated_at
    tidy = [re.sub(r"\d+s ago|\"generated_at\": \"[^\"]+\"", "T", text) for text in (out, err)]
    return code, tidy[0], tidy[1]


READ_ONLY = [
    ["status"],
    ["status", "--format", "json"],
    ["sources"],
    ["sources", "--format", "json"],
    ["source", "list"],
    ["transcripts"],
    ["transcripts", "--format", "json"],
    ["digest", "--since", "2025-07-01", "--until", "2025-07-10"],
    ["digest", "--since", "2025-07-01", "--until", "2025-07-10", "--format", "json"],
    ["digest", "--since", "mark", "--until", "2025-07-10", "--format", "markdown"],
    ["doctor", "--quick"],
    ["db", "current"],
    ["moments", "Jan Leike"],
    ["moments", "Ilya Sutskever", "--format", "json"],
]


def write_config(db: Database, folder: Path) -> str:
    config = folder / "config.toml"
    config.write_text(
        '[[sources]]\nname = "The Verge AI"\nurl = "https://the-verge-ai.example/feed"\n'
        f'[storage]\nurl = "{db.url}"\n[watch]\npeople = ["Jan Leike"]\n'
    )
    return str(config)


@pytest.mark.parametrize("argv", READ_ONLY, ids=" ".join)
def test_each_read_only_command_says_the_same_with_and_without_sqlalchemy(
    argv: list[str],
    sqlite_file: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    config = write_config(sqlite_file, tmp_path)
    main(["--config", config, "source", "list"])  # the config synced: nothing left to write
    if argv[0] == "moments":
        main(["--config", config, *argv])  # the videos scanned for the name: the index answers
    capsys.readouterr()
    opened: list[bool] = []
    real = bot.lite.open_reader

    def recording(*args: Any, **kwargs: Any) -> LiteReader | None:
        reader = real(*args, **kwargs)
        opened.append(reader is not None)
        return reader

    monkeypatch.setattr(bot.lite, "open_reader", recording)
    fast = run(["--config", config, *argv], capsys)
    assert opened and all(opened)  # storage.lite read it
    monkeypatch.setattr(bot.lite, "open_reader", lambda *a, **k: None)
    slow = run(["--config", config, *argv], capsys)
    assert fast == slow
    if argv == ["moments", "Jan Leike"] and request.node.callspec.params["sqlite_file"].endswith("populated"):  # fmt: skip
        assert "watch?v=edhOP4nzY-w" in fast[1]  # moments were found, not only none both ways


@pytest.mark.parametrize("stored", ["0005", "9999", None])
@pytest.mark.parametrize("argv", [["status"], ["sources"], ["digest"], ["db", "current"], ["doctor", "--quick"]])  # fmt: skip
def test_a_database_at_another_revision_gets_the_answers_it_got(
    stored: str | None,
    argv: list[str],
    sqlite_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # behind, ahead, or no alembic_version: what the SQLAlchemy path says (it migrates, or says
    # why it cannot), on two copies of the same file, one with storage.lite and one without
    with sqlite_db.engine.begin() as conn:
        if stored is None:
            conn.exec_driver_sql("DROP TABLE alembic_version")
        else:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (stored,))
    sqlite_db.dispose()
    said = []
    for way in ("lite", "sqlalchemy"):
        folder = tmp_path / way
        folder.mkdir()
        shutil.copyfile(make_url(sqlite_db.url).database or "", folder / "labwatch.db")
        copy = Database(f"sqlite:///{folder / 'labwatch.db'}")
        if way == "sqlalchemy":
            monkeypatch.setattr(bot.lite, "open_reader", lambda *a, **k: None)
        result = run(["--config", write_config(copy, folder), *argv], capsys)
        said.append(tuple(text.replace(str(folder), "F") for text in map(str, result)))
        copy.dispose()
    assert said[0] == said[1]
    revisions = [
        sqlite3.connect(tmp_path / way / "labwatch.db")
        .execute("SELECT name FROM sqlite_master ORDER BY name")
        .fetchall()
        for way in ("lite", "sqlalchemy")
    ]
    assert revisions[0] == revisions[1]


SHOWN = [
    "sqlite:///labwatch.db",
    "sqlite:///data/lw.db",
    "sqlite+pysqlite:///lw.db",
    "sqlite:///a b/lw.db",
    "sqlite:///a%20b/lw.db",
    "sqlite:///a@b:c/lw.db",
    "sqlite:///caf\u00e9.db",
    "sqlite:///lw.db?timeout=5",
    "sqlite:////var/lib/labwatch/lw.db",
    "sqlite://",
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
]


@pytest.mark.parametrize("url", SHOWN)
def test_the_url_shown_without_sqlalchemy_is_the_one_it_shows(url: str, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "{url}"\n')
    settings = load_settings(str(config))
    shown = bot.lite.shown_url(settings)
    if shown is not None:
        assert shown == make_url(settings.storage_url).render_as_string(hide_password=True)
        assert shown == make_url(settings.storage_url).render_as_string()
    if url in SHOWN[:4] + SHOWN[8:9]:
        assert shown is not None


# ---- the config sync's no-op check against the sync itself ------------------------------------


def feed(name: str, url: str | None = None) -> SourceSpec:
    return feed_spec(name, url or f"https://{name.lower().replace(' ', '-')}.example/feed")


BASE = [feed("Alpha"), feed("Beta")]
AUTO = [google_news_spec("Jan Leike in the news", "Jan Leike")]
CASES: dict[str, tuple[list[SourceSpec], dict[str, timedelta], list[SourceSpec]]] = {
    "the same config": (BASE, {}, []),
    "with its searches": (BASE, {}, AUTO),
    "a new source": ([*BASE, feed("Gamma")], {}, []),
    "a source dropped": ([feed("Alpha")], {}, []),
    "a new URL": ([feed("Alpha"), feed("Beta", "https://b.example/new")], {}, []),
    "renamed by case": ([feed("alpha", BASE[0].url), feed("Beta")], {}, []),
    "another interval": (BASE, {"Alpha": timedelta(minutes=30)}, []),
    "a URL another source polls": ([feed("Alpha"), feed("Beta", BASE[0].url)], {}, []),
    "a non-ASCII name": ([*BASE, feed("Caf\u00e9")], {}, []),
    "listed twice": ([*BASE, feed("Alpha")], {}, []),
    "a search named as a config source": (BASE, {}, [google_news_spec("Alpha", "Alpha")]),
}


def dump(db: Database) -> list[Any]:
    with db.reading() as conn:
        return [tuple(r) for r in conn.execute(schema.sources.select().order_by("id"))]


def sync(db: Database, specs: list[SourceSpec], intervals: dict[str, timedelta], auto: list[SourceSpec]) -> None:  # fmt: skip
    with db.writing() as conn:
        sync_config_sources(conn, specs, intervals, auto_specs=auto)


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("stored", ["synced", "synced with searches", "one disabled by hand"])
def test_the_sync_check_says_unchanged_only_where_the_sync_writes_nothing(
    case: str, stored: str, sqlite_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    # unchanged: nothing written and nothing said (a source skipped is a warning on stderr)
    specs, intervals, auto = CASES[case]
    sync(sqlite_db, BASE, {}, AUTO if stored == "synced with searches" else [])
    if stored == "one disabled by hand":
        with sqlite_db.writing() as conn:
            s = schema.sources
            conn.execute(
                update(s).where(s.c.name == "Beta").values(enabled=False, last_status="disabled")
            )
    before = dump(sqlite_db)
    with sqlite_db.reading() as conn:
        said = config_in_sync(sync_rows(conn), specs, intervals, auto)
    caplog.clear()
    sync(sqlite_db, specs, intervals, auto)
    assert said == (dump(sqlite_db) == before and not caplog.records)


def test_the_sync_check_leaves_names_the_index_cannot_answer_to_the_sync(
    sqlite_db: Database,
) -> None:
    # non-ASCII names, or two names equal but for case: SourceIndex asks the database there
    for specs in ([feed("Caf\u00e9")], [feed("Alpha"), feed("ALPHA", "https://a2.example/f")]):
        with sqlite_db.writing() as conn:
            conn.execute(schema.sources.delete())
            conn.execute(insert(schema.sources), [
                {"name": s.name, "url": s.url, "kind": s.kind, "origin": "config"} for s in specs
            ])  # fmt: skip
            assert not config_in_sync(sync_rows(conn), specs[:1], {}, [])


def test_a_source_the_config_had_dropped_is_synced_back() -> None:
    row = (
        1,
        "Alpha",
        BASE[0].url,
        "feed",
        None,
        None,
        "config",
        False,
        "removed from config",
        None,
    )
    assert not config_in_sync([row], [BASE[0]], {}, [])
    assert config_in_sync([(*row[:7], True, "ok", None)], [BASE[0]], {}, [])
