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
import zlib
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
MAX_NODES = 16  # per column: beyond that the rest are drawn as one "other labs" box
MAX_NAMES = 3  # names written on one arrow
PALETTE = [  # darker tones: white lab names stay readable on every one
    "#4e79a7", "#d9711c", "#3f8a3a", "#c8383b", "#3d8f8a", "#8e5a8c", "#a8821a", "#7a5a44",
    "#2f5d8a", "#b0456f", "#5b6b2f", "#6a4fa3",
]  # fmt: skip
GREY = "#9a9a9a"
OTHER = "other labs"
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


FILE_TYPES = {".png": "png", ".svg": "svg", ".jpg": "jpeg", ".jpeg": "jpeg"}


def render_flow_file(flow: Flow, filename: str) -> bytes:
    """The chart in the format the file name asks for (.png, .svg, .jpg); ValueError otherwise."""
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    fmt = FILE_TYPES.get(suffix)
    if fmt is None:
        raise ValueError(f"cannot write a {suffix or 'nameless'} picture; use .png, .svg or .jpg")
    if fmt == "svg":
        return render_flow_svg(flow)
    return _render(flow, fmt, 100)


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


def _metadata(fmt: str) -> dict[str, Any] | None:
    # no timestamps in the file, so the same flow gives the same bytes
    if fmt == "jpeg":
        return None  # JPEG carries no metadata here
    return {"Date": None} if fmt == "svg" else {"Software": "labwatch"}


# the layout, in inches (the axes run in inches: what is measured is what is drawn)
WIDTH = 10.0
TITLE_BAND = 0.6  # the title, above the column heads
HEADS_BAND = 0.45  # "left" / "joined"
ROW = 0.62  # one lab box per row
BOTTOM = 0.3
LEFT_X, RIGHT_X = 3.0, 7.0  # the columns' inner edges (boxes end / start here)
ARROW_X0, ARROW_X1 = 3.2, 6.8
LAB_CHARS = 24  # a longer lab name is shortened in its box (the column is 3 inches wide)
LABEL_CHARS = 30  # an arrow label longer than this wraps onto two lines


SPREADS = (1.0, 1.4, 2.0)  # row heights tried until every label finds a free spot
NOTE_LINE = 0.24  # inches per note under the chart


def draw_flow(flow: Flow) -> Figure:
    """A matplotlib Figure (not pyplot: no global state, safe in a worker thread).

    Boxes and arrows are drawn first; each arrow's label is then put at the first point along
    its arrow where, measured by the renderer, it touches no other label, box, arrow or the
    title and stays on the canvas. When some label finds no such point, the rows are spread
    further apart and the chart is drawn again; still without room, such an arrow carries a
    short mark ("[1]") and its names go to a note under the chart.
    """
    noted: frozenset[int] = frozenset()
    for spread in (*SPREADS, SPREADS[1], SPREADS[-1]):
        figure, failed = draw_spread(flow, spread, noted)
        if not failed:
            break
        if spread == SPREADS[-1]:
            noted |= failed
    return figure


def draw_spread(flow: Flow, spread: float, noted: frozenset[int]) -> tuple[Figure, set[int]]:
    """The chart with rows `spread` times the usual height, the `noted` edges' labels as marks
    with notes below; the edges whose label found no free spot."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.text import Annotation

    edges = fold_small_labs(flow.edges, MAX_NODES)
    left = _totals((e.source, e.count) for e in edges)
    right = facing(_totals((e.target, e.count) for e in edges), edges, list(left))
    rows = max(len(left), len(right), 1)
    row = ROW * spread
    notes = NOTE_LINE * len(noted) + (0.15 if noted else 0)
    height = TITLE_BAND + HEADS_BAND + row * rows + BOTTOM + notes
    figure = Figure(figsize=(WIDTH, height), facecolor="white")
    canvas = FigureCanvasAgg(figure)
    ax = figure.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, WIDTH)
    ax.set_ylim(0, height)
    ax.axis("off")
    period = f"{flow.since:%Y-%m-%d} to {flow.until:%Y-%m-%d}"
    title = f"Talent flow, {period}: {flow.total} move{'s' if flow.total != 1 else ''}"
    ax.text(WIDTH / 2, height - 0.15, title, ha="center", va="top", fontsize=14, weight="bold")
    if not edges:
        ax.text(WIDTH / 2, (height - TITLE_BAND) / 2, "No moves between labs in this period",
                ha="center", va="center", fontsize=12)  # fmt: skip
        return figure, set()
    heads_y = height - TITLE_BAND - HEADS_BAND / 2
    ax.text(LEFT_X, heads_y, "left", ha="right", va="center", fontsize=11, color="#555555")
    ax.text(RIGHT_X, heads_y, "joined", ha="left", va="center", fontsize=11, color="#555555")
    top = height - TITLE_BAND - HEADS_BAND - row / 2
    left_y = _positions(list(left), top, rows, row)
    right_y = _positions(list(right), top, rows, row)
    colors = {lab: lab_color(lab) for lab in [*left, *right]}
    widest = max(e.count for e in edges)
    arrows = [
        _draw_edge(ax, edge, left_y[edge.source], right_y[edge.target], colors[edge.source], widest)
        for edge in edges
    ]
    for lab, count in left.items():
        _draw_node(ax, LEFT_X, left_y[lab], f"{short(lab)} ({count})", colors[lab], "right")
    for lab, count in right.items():
        _draw_node(ax, RIGHT_X, right_y[lab], f"{short(lab)} ({count})", colors[lab], "left")
    marks = {n: f"[{k}]" for k, n in enumerate(sorted(noted), 1)}
    for k, n in enumerate(sorted(noted)):
        edge = edges[n]
        note = f"{marks[n]} {short(edge.source)} → {short(edge.target)}: {edge_label(edge)}"
        y = BOTTOM / 2 + (len(noted) - k - 0.5) * NOTE_LINE
        ax.text(0.4, y, note.replace("\n", " "), ha="left", va="center", fontsize=8.5)
    renderer = canvas.get_renderer()  # type: ignore[no-untyped-call]
    figure.draw(renderer)  # arrows get their paths, boxes their extents
    taken = [box_extent(t, renderer) for t in ax.texts if not isinstance(t, Annotation)]
    failed: set[int] = set()
    for n, edge in enumerate(edges):
        others = [a for i, a in enumerate(arrows) if i != n]
        y0, y1 = left_y[edge.source], right_y[edge.target]
        label = marks.get(n) or edge_label(edge)
        if not place_edge_label(ax, renderer, label, y0, y1, taken, others):
            failed.add(n)
    return figure, failed


def facing(right: dict[str, int], edges: list[FlowEdge], left: list[str]) -> dict[str, int]:
    """The joined labs ordered by where their people came from (fewer crossing arrows);
    the placeholders stay at the bottom."""
    row = {lab: n for n, lab in enumerate(left)}

    def centre(lab: str) -> float:
        pairs = [(row[e.source], e.count) for e in edges if e.target == lab]
        return sum(r * c for r, c in pairs) / sum(c for _, c in pairs)

    order = sorted(right, key=lambda lab: (lab in PLACEHOLDERS, centre(lab), lab.casefold()))
    return {lab: right[lab] for lab in order}


def short(lab: str) -> str:
    """A lab's name cut to fit its box."""
    return lab if len(lab) <= LAB_CHARS else lab[: LAB_CHARS - 1].rstrip() + "…"


def lab_color(lab: str) -> str:
    """A lab's colour: the same in every chart (from its name), grey for the placeholders."""
    if lab in PLACEHOLDERS:
        return GREY
    return PALETTE[zlib.crc32(lab.casefold().encode("utf-8")) % len(PALETTE)]


def box_extent(text: Any, renderer: Any) -> Any:
    """What a text covers on the canvas, its box included."""
    patch = text.get_bbox_patch()
    if patch is not None:
        text.update_bbox_position_size(renderer)
        return patch.get_window_extent(renderer)
    return text.get_window_extent(renderer)


def place_edge_label(
    ax: Axes, renderer: Any, label: str, y0: float, y1: float, taken: list[Any], arrows: list[Any]
) -> bool:
    """Put an arrow's label at the first free point along it, else just beside it (the least
    crowded point if none is free); False when no point was free.

    The label is measured once; candidate spots are then plain geometry on the canvas.
    """
    from matplotlib.transforms import Bbox

    text = _draw_label(ax, ARROW_X0, y0, label)
    size = box_extent(text, renderer)
    width, height = size.width, size.height
    lines = [
        (line, arrow.arrow_patch.get_linewidth() * renderer.points_to_pixels(1.0) / 2)
        for arrow in arrows
        for line in arrow_lines(arrow.arrow_patch)
    ]
    canvas_box = ax.figure.bbox
    best: tuple[float, float, Any] = (ARROW_X0, y0, size)
    best_hits: int | None = None
    for x, y in label_points(y0, y1, height / ax.figure.dpi):
        px, py = ax.transData.transform((x, y))
        box = Bbox.from_bounds(px - width / 2, py - height / 2, width, height)
        hits = 0 if inside(box, canvas_box) else 100
        hits += sum(box.overlaps(other) for other in taken)
        hits += sum(line.intersects_bbox(box.padded(pad), filled=False) for line, pad in lines)
        if best_hits is None or hits < best_hits:
            best, best_hits = (x, y, box), hits
        if hits == 0:
            break
    x, y, box = best
    text.set_position((x, y))
    taken.append(box)
    return best_hits == 0


def label_points(y0: float, y1: float, height: float) -> list[tuple[float, float]]:
    """Spots for an arrow's label, in inches: on the arrow from its middle outwards, then
    just above or below it."""
    steps = [0.5 + sign * k / 40 for k in range(15) for sign in (1, -1) if k or sign > 0]
    on = [(ARROW_X0 + (ARROW_X1 - ARROW_X0) * t, y0 + (y1 - y0) * t) for t in steps]
    beside = [(x, y + d) for x, y in on for d in (height * 0.75, -height * 0.75)]
    return on + beside


def arrow_lines(patch: Any) -> list[Any]:
    """An arrow (shaft and head) as plain polylines on the canvas.

    Its path's CLOSEPOLY vertex is a placeholder (0, 0): tested as is, it would draw a line to
    the canvas corner.
    """
    from matplotlib.path import Path

    return [Path(points) for points in patch.get_path().to_polygons(closed_only=False)]


def inside(box: Any, outer: Any) -> bool:
    return bool(
        box.x0 >= outer.x0 and box.y0 >= outer.y0 and box.x1 <= outer.x1 and box.y1 <= outer.y1
    )


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
    label = f"{edge.count}: {', '.join(names)}" if names else str(edge.count)
    if len(label) > LABEL_CHARS and len(names) > 1:  # two narrower lines fit between columns
        half = (len(names) + 1) // 2
        label = f"{edge.count}: {', '.join(names[:half])},\n{', '.join(names[half:])}"
    return label


def _draw_edge(ax: Axes, edge: FlowEdge, y0: float, y1: float, color: str, widest: int) -> Any:
    width = 1.5 + 8.0 * edge.count / widest
    return ax.annotate(
        "",
        xy=(ARROW_X1, y1),
        xytext=(ARROW_X0, y0),
        arrowprops={
            "arrowstyle": "-|>,head_length=0.8,head_width=0.5",
            "lw": width,
            "color": color,
            "alpha": 0.55,
            "shrinkA": 0,
            "shrinkB": 0,
        },
    )


def _draw_label(ax: Axes, x: float, y: float, text: str) -> Any:
    return ax.text(
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


def _positions(labs: list[str], top: float, rows: int, row: float) -> dict[str, float]:
    """Each lab's row centre; a shorter column is centred against the longer one."""
    offset = (rows - len(labs)) * row / 2
    return {lab: top - offset - i * row for i, lab in enumerate(labs)}


def _totals(pairs: Any) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for lab, count in pairs:
        totals[lab] += count
    order = sorted(totals.items(), key=lambda i: (i[0] in PLACEHOLDERS, -i[1], i[0].casefold()))
    return dict(order)
