"""The package direction bot → jobs → storage, and which package may import what."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
FORBIDDEN = {
    "storage": {"bot", "jobs", "httpx", "discord", "apscheduler", "feedparser"},
    "jobs": {"bot", "discord", "apscheduler"},
}
# pure stages: text in, values out; no database, network or Discord
PURE = {
    "jobs/language": {"storage", "httpx", "sqlalchemy", "bot", "discord"},
    "jobs/video/caption_": {"storage", "httpx", "sqlalchemy", "bot", "discord"},
    "jobs/video/captions.py": {"storage", "httpx", "sqlalchemy", "bot", "discord"},
}
# a library that only one module may import
ONLY_IN = {"feedparser": "jobs/ingest/parse.py", "apscheduler": "bot/scheduler.py"}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_direction(package: str) -> None:
    for path in python_files(package):
        bad = imported_roots(path) & FORBIDDEN[package]
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


@pytest.mark.parametrize("prefix", sorted(PURE))
def test_pure_stages(prefix: str) -> None:
    paths = [p for p in python_files("jobs") if p.relative_to(ROOT).as_posix().startswith(prefix)]
    assert paths, f"no module under {prefix}"
    for path in paths:
        bad = imported_roots(path) & PURE[prefix]
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


def test_stages_are_packages() -> None:
    """`ls jobs/` shows the flow: each stage is a package, not a flat module."""
    for stage in ("ingest", "language", "stories", "video", "digest", "watch"):
        assert (ROOT / "jobs" / stage / "__init__.py").is_file(), stage


@pytest.mark.parametrize("library", sorted(ONLY_IN))
def test_library_confined(library: str) -> None:
    for package in ("bot", "jobs", "storage"):
        for path in python_files(package):
            rel = path.relative_to(ROOT).as_posix()
            if library in imported_roots(path):
                assert rel == ONLY_IN[library], f"{rel} imports {library}"


def test_discord_only_at_the_edge() -> None:
    allowed = ("bot/client.py", "bot/cogs/", "bot/delivery", "bot/discord_")
    for package in ("bot", "jobs", "storage"):
        for path in python_files(package):
            rel = path.relative_to(ROOT).as_posix()
            if "discord" in imported_roots(path):
                assert rel.startswith(allowed), f"{rel} imports discord"


def test_defaults_are_the_example_config() -> None:
    assert (ROOT / "bot" / "defaults.toml").read_text() == (
        ROOT / "config.example.toml"
    ).read_text()
