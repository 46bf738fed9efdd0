"""The talent-flow chart: the flow counted from stored move stories, and the picture drawn from it."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import matplotlib.image
import numpy as np
import pytest

from bot.cli import main
from jobs.digest.chart import (
    NEW_COMPANY,
    UNKNOWN,
    Flow,
    FlowEdge,
    edge_label,
    flow_from_moves,
    fold_small_labs,
    render_flow_png,
    render_flow_svg,
    talent_flow,
)
from storage.db import Database
from storage.models import Story
from storage.moves import MoveRow

T0 = datetime(2025, 7, 1, tzinfo=UTC)


def story(
    n: int, person: str | None, action: str, src: str | None, dst: str | None, day: int
) -> Story:
    return Story(
        id=f"s{n}",
        kind="move",
        title=f"{person} {action}",
        person=person,
        action=action,
        from_lab=src,
        to_lab=dst,
        published_at=T0 + timedelta(days=day),
    )


@pytest.fixture
def week_of_moves(database: Database) -> Database:
    with database.transaction() as session:
        session.add_all(
            [
                story(1, "Jan Leike", "join", "OpenAI", "Anthropic", 1),
                story(2, "John Schulman", "join", "OpenAI", "Anthropic", 2),
                story(3, "Mira Murati", "found", "OpenAI", None, 3),
                story(4, "Andrej Karpathy", "leave", "OpenAI", None, 3),
                story(5, "Mustafa Suleyman", "appointed", "Inflection", "Microsoft", 4),
                story(6, "Ilya Sutskever", "appointed", "OpenAI", "OpenAI", 4),  # inside one lab
                story(7, "Someone", "join", None, None, 5),  # names no lab
                story(8, "Jan Leike", "join", "OpenAI", "Anthropic", 6),  # a second report
                story(9, "Noam Brown", "join", "Meta", "OpenAI", 20),  # outside the window
            ]
        )
        mention = story(10, "Sam Altman", "join", "OpenAI", "Anthropic", 2)
        mention.kind = "mention"
        session.add(mention)
    return database


def test_flow_counts_moves_between_labs_in_the_window(week_of_moves: Database) -> None:
    with week_of_moves.session() as session:
        flow = talent_flow(session, T0, T0 + timedelta(days=7))
    assert flow.edges == (
        FlowEdge("OpenAI", "Anthropic", 3, ("Jan Leike", "John Schulman")),
        FlowEdge("Inflection", "Microsoft", 1, ("Mustafa Suleyman",)),
        FlowEdge("OpenAI", NEW_COMPANY, 1, ("Mira Murati",)),
        FlowEdge("OpenAI", UNKNOWN, 1, ("Andrej Karpathy",)),
    )
    assert flow.total == 6
    assert flow.departures == {"OpenAI": 5, "Inflection": 1}
    assert flow.arrivals == {"Anthropic": 3, NEW_COMPANY: 1, "Microsoft": 1, UNKNOWN: 1}


def test_unknown_origin_and_labels() -> None:
    moves = [MoveRow("a", "Ann Lee", "join", None, "xAI", T0)]
    flow = flow_from_moves(moves, T0, T0 + timedelta(days=1))
    assert flow.edges == (FlowEdge(UNKNOWN, "xAI", 1, ("Ann Lee",)),)
    many = FlowEdge("A", "B", 5, ("P1", "P2", "P3", "P4", "P5"))
    assert edge_label(many) == "5: P1, P2, P3, +2 more"
    assert edge_label(FlowEdge("A", "B", 2, ())) == "2"


def test_small_labs_fold_into_other_labs() -> None:
    edges = tuple(FlowEdge(f"Lab{i}", "Anthropic", 10 - i, (f"P{i}",)) for i in range(10))
    folded = fold_small_labs(edges, keep=4)
    assert [(e.source, e.count) for e in folded] == [
        ("other labs", 28),
        ("Lab0", 10),
        ("Lab1", 9),
        ("Lab2", 8),
    ]
    assert folded[0].people == tuple(f"P{i}" for i in range(3, 10))
    assert fold_small_labs(edges[:4], keep=4) == list(edges[:4])


def test_png_is_a_drawn_picture(week_of_moves: Database) -> None:
    with week_of_moves.session() as session:
        flow = talent_flow(session, T0, T0 + timedelta(days=7))
    png = render_flow_png(flow)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pixels = matplotlib.image.imread(io.BytesIO(png), format="png")
    height, width = pixels.shape[:2]
    assert width == 1000 and 300 <= height <= 800
    rgb = pixels[:, :, :3]
    not_white = np.any(rgb < 0.95, axis=2)
    assert not_white.mean() > 0.03  # boxes, arrows and words, not an empty canvas
    # the first lab box (OpenAI, left column) is filled with colour
    coloured = (rgb.max(axis=2) - rgb.min(axis=2)) > 0.25
    assert coloured[:, : width // 3].mean() > 0.005
    assert coloured[:, 2 * width // 3 :].mean() > 0.005


def test_svg_carries_the_labs_counts_and_names(week_of_moves: Database) -> None:
    with week_of_moves.session() as session:
        flow = talent_flow(session, T0, T0 + timedelta(days=7))
    svg = render_flow_svg(flow).decode("utf-8")
    for text in [
        "Talent flow, 2025-07-01 to 2025-07-08: 6 moves",
        "OpenAI (5)",
        "Inflection (1)",
        "Anthropic (3)",
        "Microsoft (1)",
        f"{NEW_COMPANY} (1)",
        "3: Jan Leike, John Schulman",
        "1: Mustafa Suleyman",
        "1: Andrej Karpathy",
    ]:
        assert text in svg, text
    assert "Noam Brown" not in svg and "Sutskever" not in svg


def test_empty_period_says_so() -> None:
    flow = Flow(T0, T0 + timedelta(days=7), ())
    svg = render_flow_svg(flow).decode("utf-8")
    assert "No moves between labs in this period" in svg
    assert "0 moves" in svg
    pixels = matplotlib.image.imread(io.BytesIO(render_flow_png(flow)), format="png")
    assert pixels.shape[1] == 1000


def test_digest_command_writes_the_chart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tmp_path / "lw.db"}"\n')
    assert main(["db", "upgrade", "--config", str(config)]) == 0
    db = Database(f"sqlite:///{tmp_path / 'lw.db'}")
    with db.transaction() as session:
        session.add_all(
            [
                story(1, "Jan Leike", "join", "OpenAI", "Anthropic", 1),
                story(2, "John Schulman", "join", "OpenAI", "Anthropic", 2),
            ]
        )
    db.dispose()
    window = ["--since", "2025-07-01", "--until", "2025-07-08", "--config", str(config)]
    png, svg = tmp_path / "flow.png", tmp_path / "flow.svg"
    capsys.readouterr()
    assert main(["digest", *window, "--chart", str(png)]) == 0
    assert f"wrote the talent-flow chart (2 moves) to {png}" in capsys.readouterr().err
    pixels = matplotlib.image.imread(png)
    assert pixels.shape[1] == 1000 and np.any(pixels[:, :, :3] < 0.5)
    assert main(["digest", *window, "--format", "json", "--chart", str(svg)]) == 0
    assert "2: Jan Leike, John Schulman" in svg.read_text()
    assert main(["digest", "--post", "--chart", str(png), "--config", str(config)]) == 2
