"""`labwatch check` and the Analysis JSON stored on entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import DEFAULTS_FILE
from jobs.language.classify import Analysis, classify
from jobs.watch.lists import watch_from_settings


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(DEFAULTS_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_check_explains_a_move(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "--config",
            str(config),
            "check",
            "Google DeepMind poaches one of the leads of OpenAI's Sora",
            "--summary",
            "Tim Brooks announced the move on X.",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "event:    join: Tim Brooks, from OpenAI, to Google DeepMind" in out
    assert "verdict:  MOVE" in out and "move verb 'poaches'" in out


def test_check_says_why_not(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--config", str(config), "check", "xAI joins forces with Oracle"])
    out = capsys.readouterr().out
    assert code == 1
    assert "not posted" in out
    assert (
        "a lab 'joins' something (xAI) is a partnership or a market entry, not a person moving"
        in out
    )


def test_check_mention_and_json(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["--config", str(config), "check", "Demis Hassabis says AGI is five years away"]) == 1
    )
    assert "MENTION" in capsys.readouterr().out
    main(["--config", str(config), "check", "Jan Leike joins Anthropic", "--format", "json"])
    out = capsys.readouterr().out
    assert '"action": "join"' in out and '"to": "Anthropic"' in out


def test_check_lists_labs(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "check", "--labs"]) == 0
    out = capsys.readouterr().out
    assert "Google DeepMind  (DeepMind, Google Brain" in out and "Thinking Machines Lab" in out


def test_check_needs_text(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "check"]) == 2
    assert "give a headline" in capsys.readouterr().out


def test_analysis_json_round_trip() -> None:
    watch = watch_from_settings([("Jan Leike", [])], ["superalignment"], None)
    analysis = classify("Jan Leike leaves OpenAI for Anthropic", "superalignment", watch)
    again = Analysis.from_json(analysis.to_json())
    assert again == analysis


def test_configured_labs_replace_the_builtin_list() -> None:
    watch = watch_from_settings([], [], [("Acme Research", ["Acme"])])
    event = classify("Jane Doe joins Acme", "", watch).event
    assert event is not None and event.to_lab == "Acme Research"
    assert classify("Jane Doe joins OpenAI", "", watch).event is None
