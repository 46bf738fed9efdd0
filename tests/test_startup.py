"""Start-up cost: what a command imports before it does anything (a test on sys.modules)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import ArgumentError

from jobs.video.transcripts import DirectoryProvider
from storage.db import Database
from storage.migrate import head_revision, script_head, stored_revision
from storage.schema import video_mentions
from storage.transcripts import save_segments
from storage.types import utcnow
from storage.watchlists import add_keyword, add_person
from tests.videos import add_video

DATA = Path(__file__).parent / "data"

HEAVY = ("discord", "matplotlib", "feedparser", "numpy", "httpx", "apscheduler", "alembic")


def imported_by(module: str) -> set[str]:
    """The top-level packages importing `module` loads, in a fresh interpreter."""
    code = (
        f"import sys, {module}; print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_cli_imports_no_heavy_library() -> None:
    loaded = imported_by("bot.cli")
    assert not loaded & {*HEAVY, "sqlalchemy", "pydantic"}


@pytest.mark.parametrize(
    "command", ["bot.commands.sources", "bot.commands.db", "bot.commands.digest"]
)
def test_read_only_commands_skip_discord_charts_and_feeds(command: str) -> None:
    loaded = imported_by(command)
    assert not loaded & {"discord", "matplotlib", "feedparser", "numpy", "apscheduler"}


def loaded_after(argv: list[str]) -> set[str]:
    """The modules loaded once `labwatch ARGV` has run, in a fresh interpreter (and their
    top-level packages)."""
    code = (
        "import json, sys\n"
        "from bot.cli import main\n"
        "try:\n"
        f"    code = main({argv!r})\n"
        "except SystemExit as stop:  # --help\n"
        "    code = stop.code\n"
        "sys.stdout.flush()\n"
        "names = {*sys.modules, *(m.split('.')[0] for m in sys.modules)}\n"
        "print(json.dumps(sorted(names)), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


# the ORM (sqlalchemy.orm, the mapped classes of storage.models and their configuration) costs
# ~0.1 s of CPU: read-only commands query storage.schema's tables with Core instead
ORM = {"sqlalchemy.orm", "storage.models"}


@pytest.mark.parametrize(
    ("argv", "unwanted"),
    [
        (["sources"], {"httpx", "alembic", *ORM}),
        (["sources", "--format", "json"], {"httpx", "alembic", *ORM}),
        (["status"], {"httpx", "alembic", "rich", "bot.render", "bot.styles", *ORM}),
        (["digest"], {"httpx", "alembic", "bot.delivery", *ORM}),
        (["digest", "--format", "json"], {"httpx", "alembic", "bot.delivery", *ORM}),
        (["db", "current"], {"httpx", "alembic", "bot.render", *ORM}),
        (["--help"], {"sqlalchemy", "pydantic", "rich", "httpx", "alembic"}),
        # explaining a headline opens no database: the config's URL is checked without SQLAlchemy
        (["check", "Jan Leike joins Anthropic"], {"sqlalchemy", "httpx", "alembic"}),
        (["transcripts"], {"httpx", "alembic", *ORM}),
        (["transcripts", "--format", "json"], {"httpx", "alembic", *ORM}),
        (["source", "list"], {"httpx", "alembic", "rich", *ORM}),
        (["export", "opml", "-"], {"httpx", "alembic", "rich", *ORM}),
        (["export", "watch", "-"], {"httpx", "alembic", "rich", *ORM}),
        # the checks that need no network: Core counts, the migration scripts read as text
        (["doctor", "--quick"], {"httpx", "alembic", "bot.doctor.discord_checks", *ORM}),
        # a dry run reads the stored sources and rolls the watch lists back, with Core
        (["import", "opml", "{tmp}/feeds.opml", "--dry-run"], {"httpx", "alembic", *ORM}),
        (
            ["import", "watch", "{tmp}/lists.toml", "--guild", "7", "--dry-run"],
            {"httpx", "alembic", *ORM},
        ),
    ],
)
def test_read_only_commands_load_only_what_they_use(
    argv: list[str], unwanted: set[str], sqlite_db: Database, tmp_path: Path
) -> None:
    # run for real against a migrated database: what a command imports while it works counts
    # (the config's source is synced into it: that write loads no ORM either)
    write_import_files(tmp_path)
    argv = [arg.format(tmp=tmp_path) for arg in argv]
    loaded = loaded_after(["--config", seeded_config(sqlite_db, tmp_path), *argv])
    heavy = {"discord", "matplotlib", "numpy", "feedparser", "apscheduler", "rapidfuzz"}
    assert not loaded & (heavy | unwanted)


@pytest.mark.parametrize(
    "argv",
    [
        ["status"],
        ["status", "--format", "json"],
        ["sources"],
        ["sources", "--format", "json"],
        ["transcripts"],
        ["moments", "Jan Leike"],
        ["source", "list"],
    ],
)
def test_read_only_commands_in_a_folder_without_a_database_skip_sqlalchemy(
    argv: list[str], tmp_path: Path
) -> None:
    # nothing to read: the config's URL names a file that is not there, so neither SQLAlchemy
    # nor the tables are imported (and no file is made)
    config = tmp_path / "config.toml"
    config.write_text(
        '[[sources]]\nname = "A"\nurl = "https://a.example/feed"\n[storage]\nurl = "sqlite:///lw.db"\n'
    )
    loaded = loaded_after(["--config", str(config), *argv])
    assert not loaded & {"sqlalchemy", "storage.db", "storage.schema", "asyncio"}
    assert not (tmp_path / "lw.db").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["status"],
        ["status", "--format", "json"],
        ["sources"],
        ["sources", "--format", "json"],
        ["source", "list"],
        ["transcripts"],
        ["transcripts", "--format", "json"],
        ["digest"],
        ["digest", "--format", "json"],
        ["digest", "--since", "7d", "--format", "markdown"],
        ["doctor", "--quick"],
        ["db", "current"],
        ["moments", "Jan Leike"],
        ["moments", "Jan Leike", "--format", "json"],
    ],
)
def test_read_only_commands_on_a_sqlite_file_import_no_sqlalchemy(
    argv: list[str], sqlite_db: Database, tmp_path: Path
) -> None:
    # storage.lite reads the file with the standard library's sqlite3 once the config's sources
    # are stored (the first command syncs them, with SQLAlchemy)
    config = seeded_config(sqlite_db, tmp_path)
    loaded_after(["--config", config, "source", "list"])
    if argv[0] == "moments":  # the first asks scans the captions for the name
        loaded_after(["--config", config, *argv])
    loaded = loaded_after(["--config", config, *argv])
    assert not loaded & {"sqlalchemy", "alembic", "storage.db", "storage.schema", "httpx"}
    if argv[0] != "doctor":  # the doctor's checks run in an event loop; the others need none
        assert "asyncio" not in loaded


@pytest.mark.parametrize("output", ["text", "json"])
def test_moments_scans_and_reads_the_index_without_the_orm(
    output: str, sqlite_db: Database, tmp_path: Path
) -> None:
    # a name nobody watched is scanned for in the stored captions and the index rows written:
    # with Core statements; the caption matcher (rapidfuzz, numpy) is the command's own work
    config = seeded_config(sqlite_db, tmp_path)
    argv = ["--config", config, "moments", "Eliezer Yudkowsky", "--format", output]
    loaded = loaded_after(argv)
    with sqlite_db.reading() as conn:
        scanned = conn.execute(select(video_mentions.c.entity)).scalars().all()
    assert "eliezer yudkowsky" in scanned
    unwanted = {"discord", "matplotlib", "feedparser", "apscheduler", "httpx", "alembic", *ORM}
    assert not loaded & unwanted
    # asked again, the index answers: nothing is scanned, and numpy is not even imported
    assert not loaded_after(argv) & {*unwanted, "numpy"}


def write_import_files(folder: Path) -> None:
    """An OPML file with a stored feed and a new one, and watch lists for `labwatch import`."""
    (folder / "feeds.opml").write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        '<outline type="rss" text="A" xmlUrl="https://a.example/feed"/>'
        '<outline type="rss" text="B" xmlUrl="https://b.example/feed"/></body></opml>'
    )
    (folder / "lists.toml").write_text('people = ["Jan Leike"]\nkeywords = ["superalignment"]\n')


def seeded_config(db: Database, tmp_path: Path) -> str:
    """A config with one source on `db`, which holds a video with its captions and a server's
    watch lists (so that listing, exporting and finding moments have rows to read)."""
    add_video(db, "edhOP4nzY-w", datetime(2024, 5, 28, tzinfo=UTC), "Jan Leike joins Anthropic")
    captions = DirectoryProvider(DATA / "captions", ["en"]).fetch("edhOP4nzY-w").segments
    with db.transaction() as session:
        rows = [(s.start, s.duration, s.text) for s in captions]
        save_segments(session, "edhOP4nzY-w", rows, language="en", now=utcnow())
        add_person(session, 1, "Mira Murati", ["Murati"])
        add_keyword(session, 1, "superalignment")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[[sources]]\nname = "A"\nurl = "https://a.example/feed"\n[storage]\nurl = "{db.url}"\n'
    )
    return str(config)


def test_script_head_is_alembics(database: Database) -> None:
    assert script_head() == head_revision(database.engine)
    assert stored_revision(database.engine) == script_head()


URLS = [
    "sqlite:///labwatch.db",
    "sqlite://",
    "sqlite:////var/lib/labwatch/lw.db",
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
    "postgresql://user:p%40ss@db.example/lw?sslmode=require",
    "mysql://[::1]:3306/db",
    "postgresql://h:-1/db",  # int() reads it, so make_url takes it
    "postgresql://u:p@h:abc/db",
    "postgresql://h:/db",
    "labwatch.db",
    "sqlite:/labwatch.db",
    "a b://x",
    "://x",
    "",
]


@pytest.mark.parametrize("url", URLS)
def test_the_config_url_check_agrees_with_sqlalchemy(url: str) -> None:
    from sqlalchemy.engine import make_url

    from bot.config import database_url_shaped

    try:
        make_url(url)
    except (ArgumentError, ValueError):
        taken = False
    else:
        taken = True
    assert database_url_shaped(url) == taken


def test_a_config_url_sqlalchemy_would_refuse_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    config = tmp_path / "config.toml"
    config.write_text('[storage]\nurl = "postgresql://db.example:/lw"\n')
    assert main(["--config", str(config), "status"]) == 2
    err = capsys.readouterr().err
    assert "'storage.url': 'postgresql://db.example:/lw' is not an SQLAlchemy database URL" in err


SQLITE_URLS = [
    "sqlite:///labwatch.db",
    "sqlite:///data/lw.db",
    "sqlite:////var/lib/labwatch/lw.db",
    "sqlite+pysqlite:///lw.db",
    "sqlite:///my%20db.db?timeout=5",
    "sqlite://",
    "sqlite:///:memory:",
    "sqlite:///",
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
]


@pytest.mark.parametrize("url", SQLITE_URLS)
def test_the_sqlite_file_is_the_one_sqlalchemy_reads(url: str, tmp_path: Path) -> None:
    # Settings.sqlite_file reads the URL without SQLAlchemy; make_url on the absolute
    # storage_url (what the database is opened with) must name the same file
    from sqlalchemy.engine import make_url

    from bot.config import load_settings

    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "{url}"\n')
    settings = load_settings(str(config))
    opened = make_url(settings.storage_url)
    sqlite = opened.get_backend_name() == "sqlite" and opened.database not in (None, "", ":memory:")
    assert settings.sqlite_file == (Path(str(opened.database)) if sqlite else None)


def test_short_commands_pause_the_garbage_collector_and_passes_keep_it(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from bot.cli import main
    from bot.commands import poll, status

    seen: dict[str, bool] = {}

    def record(name: str) -> Callable[..., int]:
        def run(*_: object) -> int:
            seen[name] = gc.isenabled()
            return 0

        return run

    monkeypatch.setattr(status, "main", record("status"))
    monkeypatch.setattr(poll, "main", record("poll"))
    config = seeded_config(sqlite_db, tmp_path)
    assert main(["--config", config, "status"]) == 0
    assert gc.isenabled()  # and on again once the command returns
    assert main(["--config", config, "poll"]) == 0
    assert seen == {"status": False, "poll": True}
