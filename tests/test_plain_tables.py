"""The poll summary and the source list into a file or pipe: plain text, the same characters rich
prints there (rich renders each of 1,000 rows cell by cell: ~0.4 s of CPU at the end of a pass)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from bot.commands.poll import summary_parts
from bot.commands.sources import health_parts
from bot.tables import TableParts, fitted_table, plain_table, print_fitted
from jobs.ingest.poll import PollReport, SourceResult
from storage.sources import SourceHealth

ERROR = "ConnectTimeout talking to feeds.example.org after twenty seconds of silence"


def poll_parts(*results: SourceResult) -> TableParts:
    return summary_parts(PollReport(results=list(results)))


CASES = {
    "many ok rows": poll_parts(
        *(SourceResult(f"feed {n}", "ok", n, None, 200, n / 7) for n in range(40))
    ),
    "errors and malformed": poll_parts(
        SourceResult("The Verge AI", "ok", 12, None, 200, 0.4),
        SourceResult("Broken", "malformed", 0, "not a feed: <html>", 200, 1.25),
        SourceResult("Down", "error", 0, ERROR + " " + ERROR, None, 20.0),
    ),
    "an empty column left out": poll_parts(
        SourceResult("A", "ok", 1), SourceResult("B", "ok", 0, None, None, 3.0)
    ),
    "wide and invisible characters": poll_parts(
        SourceResult("日本語のフィード", "ok", 3, None, 304, 0.1),
        SourceResult("zero\u200bwidth\u202e", "ok", 0, None, 200, 0.2),
    ),
    "an error with invisible characters": poll_parts(
        SourceResult("zero\u200bwidth", "error", 0, "Bad\u202e Gateway\x07 from server", 502, 0.3)
    ),
    "markup-looking text": poll_parts(
        SourceResult("[bold]x[/bold]", "error", 0, "[http] 503 [/]", 503, 0.3)
    ),
    "no rows": poll_parts(),
    "source list": health_parts(
        [
            SourceHealth(
                "A source with a rather long name indeed",
                "https://a.example/feed",
                "feed",
                "config",
                True,
                "error",
                500,
                ERROR,
                3,
                2,
                None,
                None,
                None,
            ),
            SourceHealth(
                "B",
                "https://b.example/feed",
                "youtube",
                "discord",
                False,
                "ok",
                200,
                None,
                9,
                0,
                None,
                None,
                None,
            ),
        ]  # fmt: skip
    ),
}


def printed(parts: TableParts, width: int, *, plain: bool) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=False)
    if plain:
        print_fitted(console, *parts)
    else:
        console.print(fitted_table(*parts))
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 120, 200])
@pytest.mark.parametrize("name", list(CASES))
def test_plain_text_is_what_rich_prints_into_a_file(name: str, width: int) -> None:
    parts = CASES[name]
    assert printed(parts, width, plain=True) == printed(parts, width, plain=False)


def test_the_plain_layout_is_taken_when_it_fits_and_rich_otherwise() -> None:
    for name in ("many ok rows", "errors and malformed", "wide and invisible characters"):
        title, columns, rows, _, right = CASES[name]
        assert plain_table(title, columns, rows, right, 80) is not None, name
    title, columns, rows, _, right = CASES["many ok rows"]
    long_name = [("a name long enough that the table no longer fits " * 2, *rows[0][1:])]
    assert plain_table(title, columns, long_name, right, 80) is None  # rich wraps the name
    tabbed = [("a\tb", *rows[0][1:])]
    assert plain_table(title, columns, tabbed, right, 200) is None
    parts: TableParts = (title, columns, long_name, [None], right)
    assert printed(parts, 80, plain=True) == printed(parts, 80, plain=False)


@pytest.mark.parametrize("plain", [True, False])
def test_error_lines_drop_invisible_characters_either_way(plain: bool) -> None:
    out = printed(CASES["an error with invisible characters"], 80, plain=plain)
    assert "zerowidth: Bad Gateway from server" in out
    assert not {"\u200b", "\u202e", "\x07"} & set(out)


def test_a_terminal_still_gets_rich_s_colours() -> None:
    out = io.StringIO()
    print_fitted(Console(file=out, width=80, force_terminal=True), *CASES["errors and malformed"])
    assert "\x1b[31m" in out.getvalue()  # the failing source in red
