"""Outside text reaches the terminal as text: no rich markup from a feed server is applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.loopback import LoopbackServer, Reply, Request

REASON = "[/x] [bold]Internal[/bold] boom"


def reason_route(request: Request) -> Reply | None:
    handler = request.handler
    handler.send_response(500, REASON)  # the reason phrase is the server's to choose
    handler.send_header("content-length", "0")
    handler.end_headers()
    return None


def test_a_server_reason_phrase_is_shown_verbatim(
    server: LoopbackServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # rich folds cells to fit the terminal
    server.routes["/feed"] = reason_route
    config = tmp_path / "config.toml"
    config.write_text(
        f'[storage]\nurl = "sqlite:///{tmp_path / "lw.db"}"\n'
        "[http]\nallow_private_networks = true\n"
        f'[[sources]]\nname = "Odd [red]server[/red]"\nurl = "{server.url("/feed")}"\n'
    )
    assert main(["--config", str(config), "poll"]) == 0  # MarkupError, exit 1, before
    out = capsys.readouterr().out
    assert REASON in out and "Odd [red]server[/red]" in out
    assert main(["--config", str(config), "sources"]) == 0
    assert REASON in capsys.readouterr().out


def test_labwatchs_own_brackets_survive() -> None:
    from io import StringIO

    from rich.console import Console

    from bot.commands.poll import cell

    out = StringIO()
    Console(file=out, width=200).print(
        cell("refused (allowed by [http] allow_private_networks)\x1b[31m")
    )
    assert out.getvalue().strip() == "refused (allowed by [http] allow_private_networks)[31m"
