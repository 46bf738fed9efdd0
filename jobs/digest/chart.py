"""The talent-flow chart: which labs people left and joined in a period, as data and as a picture.

`talent_flow` reads stored move stories into a `Flow` (edges from a lab to a lab, counted,
with the people); `render_flow_png` draws it headless with matplotlib's Agg renderer: the labs
people left in the left column, the labs they joined in the right one, one arrow per pair,
as thick as the number of moves and labelled with the count and the names.
Rendering is CPU work (~0.1-0.3 s): call it through a thread from async code.
"""

from __future__ import annotations

import io
import warnings
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from storage.moves import MoveRow, list_moves

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

UNKNOWN = "not reported"  # a side of a move that the reports do not name
NEW_COMPANY = "a new company"  # where a founder went when the company is not named
MAX_NODES = 8  # per column; the rest are drawn as one "other labs" box
MAX_NAMES = 3  # names written on one arrow
PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948", "#9c755f"]
GREY = "#9a9a9a"
OTHER = "other labs"
X0, X1 = 0.315, 0.685  # where the arrows start and end, beside the two columns of boxes
PLACEHOLDERS = (UNKNOWN, NEW_COMPANY, OTHER)  # drawn grey, below the named labs


@dataclass(frozen=True)
class FlowEdge:
    """People who moved from one lab to another in the period."""

    source: str
    target: str
    count: int
    people: tuple[str, ...]  # distinct names, in order of first report


@dataclass(frozen=True)
class Flow:
    """Every move between labs in [since, until), as counted edges."""

    since: datetime
    until: datetime
    edges: tuple[FlowEdge, ...]  # most moves first, then by names

    @property
    def total(self) -> int:
        return sum(edge.count for edge in self.edges)

    @property
    def departures(self) -> dict[str, int]:
        """Lab → people who left it (the left column), most first."""
        return _totals((edge.source, edge.count) for edge in self.edges)

    @property
    def arrivals(self) -> dict[str, int]:
        """Lab → people who joined it (the right column), most first."""
        return _totals((edge.target, edge.count) for edge in self.edges)


def talent_flow(session: Session, since: datetime, until: datetime) -> Flow:
    """The flow of people between labs from stored move stories published in [since, until)."""
    return flow_from_moves(list_moves(session, since, until), since, until)


def flow_from_moves(moves: list[MoveRow], since: datetime, until: datetime) -> Flow:
    """Count moves per (from lab, to lab); moves that name no lab or stay in one are left out."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    people: dict[tuple[str, str], list[str]] = defaultdict(list)
    for move in moves:
        pair = move_pair(move)
        if pair is None:
            continue
        counts[pair] += 1
        if move.person and move.person not in people[pair]:
            people[pair].append(move.person)
    edges = [FlowEdge(s, t, n, tuple(people[(s, t)])) for (s, t), n in counts.items()]
    edges.sort(key=lambda e: (-e.count, e.source.casefold(), e.target.casefold()))
    return Flow(since, until, tuple(edges))


def move_pair(move: MoveRow) -> tuple[str, str] | None:
    """(from, to) of one move with unknown sides named, or None when it moves nobody between labs."""
    source = (move.from_lab or "").strip()
    target = (move.to_lab or "").strip()
    if not source and not target:
        return None
    if source.casefold() == target.casefold():
        return None  # a promotion inside one lab is not a move between labs
    if not target:
        target = NEW_COMPANY if move.action == "found" else UNKNOWN
    return (source or UNKNOWN, target)


def render_flow_file(flow: Flow, filename: str) -> bytes:
    """The chart in the format a file name asks for: SVG for *.svg, else PNG."""
    return render_flow_svg(flow) if filename.lower().endswith(".svg") else render_flow_png(flow)


def render_flow_png(flow: Flow, *, dpi: int = 100) -> bytes:
    """The chart as PNG bytes, drawn without any display."""
    return _render(flow, "png", dpi)


def render_flow_svg(flow: Flow) -> bytes:
    """The same chart as SVG, with its words kept as text (searchable, and checked by tests)."""
    from matplotlib import rc_context

    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "labwatch"}):
        return _render(flow, "svg", 72)


def _render(flow: Flow, fmt: str, dpi: int) -> bytes:
    figure = draw_flow(flow)
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # a name in a script the bundled font lacks is drawn as boxes, not an error
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_metadata(fmt))
    return buffer.getvalue()


def _metadata(fmt: str) -> dict[str, Any]:
    # no timestamps in the file, so the same flow gives the same bytes
    return {"Date": None} if fmt == "svg" else {"Software": "labwatch"}


def draw_flow(flow: Flow) -> Figure:
    """A matplotlib Figure (not pyplot: no global state, safe in a worker thread)."""
    from matplotlib.figure import Figure

    edges = fold_small_labs(flow.edges, MAX_NODES)
    left = _totals((e.source, e.count) for e in edges)
    right = _totals((e.target, e.count) for e in edges)
    rows = max(len(left), len(right), 1)
    figure = Figure(figsize=(10, 1.6 + 0.62 * rows), facecolor="white")
    ax = figure.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.axis("off")
    period = f"{flow.since:%Y-%m-%d} to {flow.until:%Y-%m-%d}"
    title = f"Talent flow, {period}: {flow.total} move{'s' if flow.total != 1 else ''}"
    ax.text(0.5, 0.96, title, ha="center", va="top", fontsize=14, weight="bold")
    if not edges:
        ax.text(0.5, 0.45, "No moves between labs in this period", ha="center", fontsize=12)
        return figure
    ax.text(0.30, 0.86, "left", ha="right", fontsize=11, color="#555555")
    ax.text(0.70, 0.86, "joined", ha="left", fontsize=11, color="#555555")
    left_y = _positions(list(left))
    right_y = _positions(list(right))
    colors = _colors(list(left) + list(right))
    widest = max(e.count for e in edges)
    placed: list[tuple[float, float]] = []
    line_height = 0.32 / (1.6 + 0.62 * rows)  # one label's height in axes units
    for edge in edges:
        y0, y1 = left_y[edge.source], right_y[edge.target]
        _draw_edge(ax, edge, y0, y1, colors[edge.source], widest)
        x, y = place_label(y0, y1, placed, line_height)
        _draw_label(ax, x, y, edge_label(edge))
    for lab, count in left.items():
        _draw_node(ax, 0.30, left_y[lab], f"{lab} ({count})", colors[lab], "right")
    for lab, count in right.items():
        _draw_node(ax, 0.70, right_y[lab], f"{lab} ({count})", colors[lab], "left")
    return figure


def fold_small_labs(edges: tuple[FlowEdge, ...], keep: int) -> list[FlowEdge]:
    """Edges with all but the `keep` busiest labs of each column merged into 'other labs'."""
    keep_left = set(list(_totals((e.source, e.count) for e in edges))[: keep - 1])
    keep_right = set(list(_totals((e.target, e.count) for e in edges))[: keep - 1])
    if len(keep_left) >= len({e.source for e in edges}) - 1:
        keep_left = {e.source for e in edges}
    if len(keep_right) >= len({e.target for e in edges}) - 1:
        keep_right = {e.target for e in edges}
    merged: dict[tuple[str, str], tuple[int, list[str]]] = {}
    for edge in edges:
        source = edge.source if edge.source in keep_left else OTHER
        target = edge.target if edge.target in keep_right else OTHER
        count, names = merged.get((source, target), (0, []))
        merged[(source, target)] = (count + edge.count, names + list(edge.people))
    folded = [FlowEdge(s, t, n, tuple(dict.fromkeys(p))) for (s, t), (n, p) in merged.items()]
    return sorted(folded, key=lambda e: (-e.count, e.source.casefold(), e.target.casefold()))


def edge_label(edge: FlowEdge) -> str:
    """'2: Jan Leike, John Schulman' — the count, then up to MAX_NAMES names."""
    names = list(edge.people[:MAX_NAMES])
    if len(edge.people) > MAX_NAMES:
        names.append(f"+{len(edge.people) - MAX_NAMES} more")
    return f"{edge.count}: {', '.join(names)}" if names else str(edge.count)


def place_label(
    y0: float, y1: float, placed: list[tuple[float, float]], height: float
) -> tuple[float, float]:
    """A point on the arrow whose label overlaps the labels placed so far the least."""
    best, best_gap = (0.0, 0.0), -1.0
    for t in (0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6):
        x, y = X0 + (X1 - X0) * t, y0 + (y1 - y0) * t
        # distance in label sizes: >= 1 means no overlap
        gap = min((max(abs(x - px) / 0.25, abs(y - py) / height) for px, py in placed), default=9)
        if gap >= 1:
            best = (x, y)
            break
        if gap > best_gap:
            best, best_gap = (x, y), gap
    placed.append(best)
    return best


def _draw_edge(ax: Axes, edge: FlowEdge, y0: float, y1: float, color: str, widest: int) -> None:
    width = 1.5 + 8.0 * edge.count / widest
    ax.annotate(
        "",
        xy=(X1, y1),
        xytext=(X0, y0),
        arrowprops={
            "arrowstyle": "-|>,head_length=0.8,head_width=0.5",
            "lw": width,
            "color": color,
            "alpha": 0.55,
            "shrinkA": 0,
            "shrinkB": 0,
        },
    )


def _draw_label(ax: Axes, x: float, y: float, text: str) -> None:
    ax.text(
        x,
        y,
        text,
        ha="center",
        va="center",
        fontsize=8.5,
        bbox={"boxstyle": "round,pad=0.25", "fc": "white", "ec": "#cccccc", "alpha": 0.9},
    )


def _draw_node(ax: Axes, x: float, y: float, label: str, color: str, align: str) -> None:
    ax.text(
        x,
        y,
        label,
        ha=align,
        va="center",
        fontsize=10.5,
        color="white",
        weight="bold",
        bbox={"boxstyle": "round,pad=0.5", "fc": color, "ec": "none"},
    )


def _positions(labs: list[str]) -> dict[str, float]:
    top, bottom = 0.78, 0.08
    if len(labs) == 1:
        return {labs[0]: (top + bottom) / 2}
    step = (top - bottom) / (len(labs) - 1)
    return {lab: top - i * step for i, lab in enumerate(labs)}


def _colors(labs: list[str]) -> dict[str, str]:
    colors: dict[str, str] = {}
    for lab in labs:
        if lab not in colors:
            named = [c for c in colors.values() if c != GREY]
            colors[lab] = GREY if lab in PLACEHOLDERS else PALETTE[len(named) % len(PALETTE)]
    return colors


def _totals(pairs: Any) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for lab, count in pairs:
        totals[lab] += count
    order = sorted(totals.items(), key=lambda i: (i[0] in PLACEHOLDERS, -i[1], i[0].casefold()))
    return dict(order)
