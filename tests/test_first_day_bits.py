"""First-day friction: config defaults and durations, doctor's warnings, tables in 80 columns,
the progress bar, reads that create no database, and labwatch's User-Agent."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from rich.console import Console

from bot.cli import main
from bot.commands.doctor import summarize
from bot.commands.poll import progress_bar, summary_line, summary_table
from bot.commands.sources import health_table
from bot.config import ConfigError, parse_toml
from bot.doctor.checks import warn
from bot.logs import configure_logging
from jobs.ingest.poll import PollReport, SourceResult
from storage.sources import SourceHealth


def test_a_config_without_sources_or_watch_keeps_the_starter_lists() -> None:
    raw = parse_toml('[storage]\nurl = "sqlite:///x.db"\n', Path("c.toml"))
    assert len(raw.sources) >= 5 and "Jan Leike" in [p.name for p in raw.watch.people_named()]
    raw = parse_toml('sources = []\n[watch]\npeople = ["A B"]\n', Path("c.toml"))
    assert raw.sources == [] and [p.name for p in raw.watch.people_named()] == ["A B"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[schedule]\npoll_every = 10", '10 has no unit: write it with one, like "10m"'),
        ("[schedule]\npoll_every = '5s'", "'5s' is too short: at least 30s"),
        ("[alerts]\nmax_age = 3600", "has no unit"),
        ('[[sources]]\nname = "x"\nurl = "file:///etc/passwd"', "is not an http(s) URL"),
        ('[[sources]]\nname = "x"\nurl = "https:///feed"', "has no host name"),
    ],
)
def test_durations_need_units_and_source_urls_are_checked_at_load(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match="c.toml: ") as raised:
        parse_toml(text, Path("c.toml"))
    assert message in str(raised.value)


def test_doctor_warns_loudly_about_no_sources_and_an_empty_watch_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('sources = []\n[storage]\nurl = "sqlite:///lw.db"\n[watch]\npeople = []\n')
    main(["doctor", "--quick", "--config", str(config)])
    out = capsys.readouterr().out
    assert "NO SOURCES" in out and "THE WATCH LIST IS EMPTY" in out
    assert "warnings" in out
    summarize([warn("x", "one thing")])
    assert "no problems; 1 warning\n" in capsys.readouterr().out


def render(table: object, width: int = 80) -> str:
    out = io.StringIO()
    Console(file=out, width=width, force_terminal=False).print(table)
    return out.getvalue()


def test_tables_fit_80_columns_without_empty_columns_or_broken_words() -> None:
    error = "ConnectTimeout talking to feeds.example.org after twenty seconds of silence"
    report = PollReport(
        results=[
            SourceResult("MIT Technology Review Artificial Intelligence", "error", 0, error),
            SourceResult("The Verge AI", "ok", 12, None, None, 0.4),
        ]
    )
    text = render(summary_table(report))
    assert max(len(line) for line in text.splitlines()) <= 80
    assert " http " not in text  # no source had an HTTP status: no column for it
    for word in error.split():
        assert word in text, word  # wrapped at spaces, never inside a word
    rows = [
        SourceHealth("A source with a rather long name indeed", "https://a.example/feed", "feed",
                     "config", True, "error", 500, error, 3, 2, None, None, None),
        SourceHealth("B", "https://b.example/feed", "feed", "config", True, "ok", 200, None, 9,
                     0, None, None, None),
    ]  # fmt: skip
    text = render(health_table(rows))
    assert max(len(line) for line in text.splitlines()) <= 80
    for word in error.split():
        assert word in text, word
    assert "1 source:" in summary_line_of(1) and "1 new entry" in summary_line_of(1)


def summary_line_of(n: int) -> str:
    from jobs.pipeline import PassReport
    from jobs.stories.stage import AnalyzeReport

    poll = PollReport(results=[SourceResult("A", "ok", n)] * n, new_entry_ids=list(range(n)))
    return summary_line(PassReport(poll, None, AnalyzeReport()))


def test_the_progress_bar_names_the_slow_source_and_logs_print_above_it() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    handler = configure_logging(stream=io.StringIO())
    try:
        with progress_bar(console, ["Fast feed", "Slow feed"]) as (on_start, on_result):
            assert on_start is not None and on_result is not None
            on_start(2)
            on_result(SourceResult("Fast feed", "ok", 1))
            console.file.flush()
            logging.getLogger("jobs.test").warning("a line from the pass")
            assert "a line from the pass" in out.getvalue()  # through the bar's console
        assert "waiting for Slow feed" in out.getvalue()
    finally:
        logging.getLogger().removeHandler(handler)


def test_reads_create_no_database_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[storage]\nurl = "sqlite:///lw.db"\n')
    reads = (
        ["digest"],
        ["sources"],
        ["moments", "Jan Leike"],
        ["source", "list"],
        ["status"],
        ["status", "--format", "json"],
        ["transcripts"],
        ["db", "current"],
    )
    for command in reads:
        assert main(["--config", str(config), *command]) == 0, command
        assert not (tmp_path / "lw.db").exists(), command
    out = capsys.readouterr().out
    assert "Jan Leike" in out and "no labwatch process has reported in" in out
    assert "not created yet" in out
    assert main(["--config", str(config), "transcripts", "retry", "abcdefghijk"]) == 1
    assert not (tmp_path / "lw.db").exists()


def test_transcript_requests_carry_labwatch_s_user_agent() -> None:
    from jobs.video.transcripts import make_youtube_api

    api = make_youtube_api()
    session = api._fetcher._http_client  # the requests session the library sends through
    assert session.headers["User-Agent"].startswith("labwatch/")


def test_verbose_adds_labwatch_detail_not_library_chatter() -> None:
    stream = io.StringIO()
    handler = configure_logging(verbose=True, stream=stream)
    try:
        logging.getLogger("bot.daemon").debug("poll: The Verge AI: ok, 3 new in 0.4 s")
        logging.getLogger("apscheduler.scheduler").info('Running job "poll (trigger: ...)"')
        logging.getLogger("alembic.runtime.migration").info("Context impl SQLiteImpl.")
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(logging.WARNING)
    assert "The Verge AI: ok" in stream.getvalue()
    assert "Running job" not in stream.getvalue() and "SQLiteImpl" not in stream.getvalue()
