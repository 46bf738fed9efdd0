"""Tables for the terminal that fit 80 columns (the poll summary, the source list).

Its own module so that `labwatch sources` draws its table without importing the pass.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.box import SIMPLE_HEAD
from rich.console import Group
from rich.table import Table
from rich.text import Text

from jobs.language.markup import strip_invisible


def fitted_table(
    title: str,
    columns: tuple[str, ...],
    rows: Sequence[tuple[str, ...]],
    styles: list[str | None],
    right: tuple[str, ...] = (),
) -> Group:
    """A table that fits 80 columns: columns empty in every row are left out, text wraps at
    spaces only, and errors follow the table as "name: error" lines."""
    errors = [(row[0], row[-1], style) for row, style in zip(rows, styles, strict=True) if row[-1]]
    keep = [n for n in range(len(columns) - 1) if any(row[n] for row in rows)] or [0]
    table = Table(title=title, title_justify="left", box=SIMPLE_HEAD, show_edge=False)
    longest = max((len(w) for row in rows for w in row[0].split()), default=4)
    for n in keep:
        first = n == 0
        table.add_column(
            columns[n],
            justify="right" if columns[n] in right else "left",
            no_wrap=not first,
            min_width=min(longest, 24) if first else None,
            ratio=1 if first else None,
        )
    for row, style in zip(rows, styles, strict=True):
        table.add_row(*(cell(row[n]) for n in keep), style=style)
    notes = [Text(f"{name}: {error}", style=style or "") for name, error, style in errors]
    return Group(table, *notes)


def cell(value: str | None) -> Text:
    """Outside text (a feed's title, a server's reason phrase) shown as it is, never as markup.

    A string cell is parsed as rich markup: "[bold]" from a server restyled the table, a bad tag
    raised MarkupError, and our own "[http]" vanished. Control characters are dropped too.
    """
    return Text(strip_invisible(value or ""))
