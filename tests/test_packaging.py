"""One config example: bot/defaults.toml is a link to config.example.toml, and a non-editable
build (wheel and sdist alike) carries the example's text in its place."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_the_defaults_are_a_link_to_the_one_example() -> None:
    defaults = ROOT / "bot" / "defaults.toml"
    assert defaults.is_symlink(), "bot/defaults.toml must stay a link, not a second copy"
    assert os.readlink(defaults) == "../config.example.toml"


def test_a_built_wheel_carries_the_example_as_the_defaults(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "config.example.toml"):
        shutil.copy(ROOT / name, source / name)
    for package in ("bot", "jobs", "storage"):
        shutil.copytree(
            ROOT / package,
            source / package,
            symlinks=True,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    [wheel] = (tmp_path / "dist").glob("labwatch-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        packed = archive.read("bot/defaults.toml").decode("utf-8")
    assert packed == (ROOT / "config.example.toml").read_text(encoding="utf-8")
