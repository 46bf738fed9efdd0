"""The talent-flow chart's layout, measured on the drawn picture with matplotlib's renderer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Annotation

from bot.cli import main
from jobs.digest.chart import (
    MAX_NODES,
    OTHER,
    Flow,
    FlowEdge,
    arrow_lines,
    box_extent,
    draw_flow,
    edge_label,
    fold_small_labs,
    short,
)
from storage.db import Database
from tests.test_chart import story

T0 = datetime(2025, 7, 1, tzinfo=UTC)
LABS = [
    "OpenAI", "Anthropic", "Google DeepMind", "Meta", "xAI", "Mistral AI", "Microsoft",
    "Thinking Machines Lab", "Safe Superintelligence", "Inflection", "Cohere", "Apple",
]  # fmt: skip
PEOPLE = ["Jan Leike", "John Schulman", "Mira Murati", "Andrej Karpathy", "Noam Brown",
          "Alexandr Wang", "Nat Friedman", "Daniel Gross", "Ilya Sutskever"]  # fmt: skip


def flow(edges: list[FlowEdge]) -> Flow:
    return Flow(T0, T0 + timedelta(days=7), tuple(edges))


FLOWS = {
    "one move": flow([FlowEdge("OpenAI", "Anthropic", 1, ("Jan Leike",))]),
    "a week": flow(
        [
            FlowEdge("OpenAI", "Anthropic", 3, ("Jan Leike", "John Schulman")),
            FlowEdge("OpenAI", "a new company", 1, ("Mira Murati",)),
            FlowEdge("OpenAI", "not reported", 1, ("Andrej Karpathy",)),
            FlowEdge("Inflection", "Microsoft", 1, ("Mustafa Suleyman",)),
        ]
    ),  # fmt: skip
    "crowded": flow(
        [
            FlowEdge(
                LABS[i],
                LABS[(i * 5 + 3) % len(LABS)],
                1 + i % 3,
                tuple(PEOPLE[(i + k) % len(PEOPLE)] for k in range(1 + i % 4)),
            )
            for i in range(len(LABS))
        ]
        + [FlowEdge("Meta", "Safe Superintelligence", 4, tuple(PEOPLE[:5]))]
    ),  # fmt: skip
    "long names": flow(
        [
            FlowEdge(
                "A lab with an extraordinarily long name, Incorporated",
                "Anthropic",
                2,
                ("Someone With A Very Long Name Indeed", "Another Person With Many Names"),
            ),
            FlowEdge("OpenAI", "Another laboratory whose name goes on and on", 1, ("Jan Leike",)),
        ]
    ),  # fmt: skip
}


def drawn(f: Flow) -> tuple[Any, Any, list[Any], list[Any]]:
    figure = draw_flow(f)
    # matplotlib's backend_agg has no annotations (no stub either): get_renderer is untyped
    renderer = FigureCanvasAgg(figure).get_renderer()  # type: ignore[no-untyped-call]
    figure.draw(renderer)
    ax = figure.axes[0]
    texts = [t for t in ax.texts if not isinstance(t, Annotation)]
    arrows = [t for t in ax.texts if isinstance(t, Annotation)]
    return figure, renderer, texts, arrows


@pytest.mark.parametrize("name", list(FLOWS))
def test_no_text_overlaps_another_or_an_arrow_and_nothing_is_clipped(name: str) -> None:
    f = FLOWS[name]
    figure, renderer, texts, arrows = drawn(f)
    boxes = {id(t): box_extent(t, renderer) for t in texts}
    for t in texts:  # nothing cut off by the canvas
        box = boxes[id(t)]
        assert box.x0 >= 0 and box.y0 >= 0, t.get_text()
        assert box.x1 <= figure.bbox.x1 and box.y1 <= figure.bbox.y1, t.get_text()
    for a, b in combinations(texts, 2):  # title, heads, boxes and labels: apart
        assert not boxes[id(a)].overlaps(boxes[id(b)]), (a.get_text(), b.get_text())
    drawn_edges = fold_small_labs(f.edges, MAX_NODES)  # in the order their arrows are drawn
    labels = {edge_label(e): n for n, e in enumerate(drawn_edges)}
    for t in texts:  # a crowded arrow carries a mark "[k]", its note says which arrow it is
        mark, _, rest = t.get_text().partition(" ")
        if mark.startswith("[") and " → " in rest:
            source, _, target = rest.partition(":")[0].partition(" → ")
            labels[mark] = next(
                n for n, e in enumerate(drawn_edges) if short(e.source) == source
                and short(e.target) == target
            )  # fmt: skip
    for t in texts:  # a label may sit on its own arrow, never on another; boxes on none
        own = labels.get(t.get_text())
        for n, arrow in enumerate(arrows):
            if n == own:
                continue
            patch = arrow.arrow_patch
            grown = boxes[id(t)].padded(patch.get_linewidth() * renderer.points_to_pixels(1) / 2)
            for line in arrow_lines(patch):
                assert not line.intersects_bbox(grown, filled=False), (t.get_text(), n)


def test_a_crowded_chart_stays_legible() -> None:
    # a label with no free spot anywhere becomes a mark, its names a note under the chart
    _figure, _renderer, texts, _arrows = drawn(FLOWS["crowded"])
    words = [t.get_text() for t in texts]
    marks = [w for w in words if w.startswith("[") and "]" in w and len(w) <= 4]
    notes = [w for w in words if w.startswith("[") and " → " in w]
    assert len(marks) == len(notes)


def test_labs_with_moves_are_shown_by_name_when_there_is_room() -> None:
    _figure, _renderer, texts, _arrows = drawn(FLOWS["crowded"])
    words = " ".join(t.get_text() for t in texts)
    assert OTHER not in words
    for lab in LABS:
        assert f"{lab} (" in words or f"{lab[:20]}" in words, lab


def test_a_lab_keeps_its_colour_across_charts() -> None:
    def colours(f: Flow) -> dict[str, Any]:
        _figure, _renderer, texts, _arrows = drawn(f)
        return {
            t.get_text().rsplit(" (", 1)[0]: t.get_bbox_patch().get_facecolor()
            for t in texts
            if t.get_bbox_patch() is not None and t.get_color() == "white"
        }

    one, crowded = colours(FLOWS["one move"]), colours(FLOWS["crowded"])
    assert one["OpenAI"] == crowded["OpenAI"] and one["Anthropic"] == crowded["Anthropic"]
    assert one["OpenAI"] != one["Anthropic"]


def test_chart_file_types(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tmp_path / "lw.db"}"\n')
    assert main(["db", "upgrade", "--config", str(config)]) == 0
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    with db.transaction() as session:
        session.add(story(1, "Jan Leike", "join", "OpenAI", "Anthropic", 1))
    db.dispose()
    window = ["--since", "2025-07-01", "--until", "2025-07-08", "--config", str(config)]
    jpeg = tmp_path / "flow.jpg"
    assert main(["digest", *window, "--chart", str(jpeg)]) == 0
    assert jpeg.read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG, not a PNG under a .jpg name
    capsys.readouterr()
    gif = tmp_path / "flow.gif"
    assert main(["digest", *window, "--chart", str(gif)]) == 2
    assert "use .png, .svg or .jpg" in capsys.readouterr().err and not gif.exists()
