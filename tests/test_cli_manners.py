"""The command line's manners: help when called bare, quiet on a closed pipe, described options."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import COMMANDS, EXAMPLES, build_parser, main

LABWATCH = Path(sys.executable).with_name("labwatch")


def test_labwatch_alone_prints_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: labwatch") and "digest" in out and "source" in out


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # like `labwatch check ... | head -0`: the reader is gone before anything is written
    proc = subprocess.Popen(
        [str(LABWATCH), "check", "--labs"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    with proc.stderr:
        err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert proc.returncode == 141


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_option_is_described_and_every_command_has_an_example(name: str) -> None:
    parser = build_parser([name])
    choices = next(a for a in parser._actions if a.dest == "command").choices
    assert isinstance(choices, dict)
    sub = choices[name]
    missing = []

    def walk(p: argparse.ArgumentParser, where: str) -> None:
        for action in p._actions:
            if not action.help and action.dest != "help":
                missing.append(f"{where} {action.dest}")
            if isinstance(action.choices, dict):  # a command's subcommands
                for key, child in action.choices.items():
                    walk(child, f"{where} {key}")

    walk(sub, name)
    assert missing == []
    assert EXAMPLES[name] and "examples:" in sub.format_help()
