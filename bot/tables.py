"""Tables for the terminal that fit 80 columns (the poll summary, the source list).

Its own module so that `labwatch sources` draws its table without importing the pass.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.box import SIMPLE_HEAD
from rich.cells import cell_len
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from jobs.language.markup import strip_invisible

# a table's title, columns, rows, row styles and right-aligned columns: fitted_table's arguments
TableParts = tuple[str, tuple[str, ...], list[tuple[str, ...]], list[str | None], tuple[str, ...]]


def fitted_table(
    title: str,
    columns: tuple[str, ...],
    rows: Sequence[tuple[str, ...]],
    styles: list[str | None],
    right: tuple[str, ...] = (),
) -> Group:
    """A table that fits 80 columns: columns empty in every row are left out, text wraps at
    spaces only, and errors follow the table as "name: error" lines."""
    keep = kept_columns(columns, rows)
    table = Table(title=title, title_justify="left", box=SIMPLE_HEAD, show_edge=False)
    # the longest word as shown (cell() drops invisible characters), so no name is padded wider
    longest = max((len(w) for row in rows for w in strip_invisible(row[0]).split()), default=4)
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
    return Group(table, *error_notes(rows, styles))


def error_notes(rows: Sequence[tuple[str, ...]], styles: list[str | None]) -> list[Text]:
    """ "name: error" lines, one per row with an error (its last cell); outside text, so
    without control characters, as in `cell`."""
    return [
        Text(f"{strip_invisible(row[0])}: {strip_invisible(row[-1])}", style=style or "")
        for row, style in zip(rows, styles, strict=True)
        if row[-1]
    ]


def kept_columns(columns: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[int]:
    """The columns shown: every one but the last (the errors) that some row fills."""
    return [n for n in range(len(columns) - 1) if any(row[n] for row in rows)] or [0]


def print_fitted(
    console: Console,
    title: str,
    columns: tuple[str, ...],
    rows: Sequence[tuple[str, ...]],
    styles: list[str | None],
    right: tuple[str, ...] = (),
) -> None:
    """Print `fitted_table` to `console`; into a file or pipe, as plain text when no cell needs
    wrapping. rich measures and renders every cell on its own (~0.4 s of CPU for the 1,000
    rows of a large `labwatch poll`); the plain text is the same characters rich prints there."""
    plain = None if console.is_terminal else plain_table(title, columns, rows, right, console.width)
    if plain is None:
        console.print(fitted_table(title, columns, rows, styles, right))
        return
    console.file.write(plain)
    for note in error_notes(rows, styles):  # few lines, and rich wraps the long ones at spaces
        console.print(note)


def plain_table(
    title: str,
    columns: tuple[str, ...],
    rows: Sequence[tuple[str, ...]],
    right: tuple[str, ...],
    width: int,
) -> str | None:
    """`fitted_table`'s table as rich lays it out without colour (SIMPLE_HEAD, no edge, one space
    of padding each side of a cell), or None when rich would wrap or reshape something: the
    table wider than `width`, a title wider than the table, tabs, newlines or runs of spaces."""
    keep = kept_columns(columns, rows)
    grid = [[columns[n] for n in keep]]
    grid += [[strip_invisible(row[n]) for n in keep] for row in rows]
    if any(text != " ".join(text.split()) for line in grid for text in line):
        return None  # rich's wrapping treats whitespace its own way: let it
    widths = [max(cell_len(line[i]) for line in grid) for i in range(len(keep))]
    total = sum(widths) + 3 * len(keep) - 1  # padding each side, one space between columns
    if total > width or cell_len(title) > total:
        return None
    ends = [columns[n] in right for n in keep]
    lines = [title + " " * (total - cell_len(title))]
    for number, line in enumerate(grid):
        padded = (
            " " * (w - cell_len(t)) + t if end else t + " " * (w - cell_len(t))
            for t, w, end in zip(line, widths, ends, strict=True)
        )
        lines.append(" " + "   ".join(padded) + " ")
        if number == 0:
            lines.append("─" * total)
    return "\n".join(lines) + "\n"


def cell(value: str | None) -> Text:
    """Outside text (a feed's title, a server's reason phrase) shown as it is, never as markup.

    A string cell is parsed as rich markup: "[bold]" from a server restyled the table, a bad tag
    raised MarkupError, and our own "[http]" vanished. Control characters are dropped too.
    """
    return Text(strip_invisible(value or ""))
