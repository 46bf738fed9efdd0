"""The package direction bot → jobs → storage, and which package may import what."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import io
import re
import sys
import tokenize
import tomllib
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
# the exception tree: plain classes every layer may raise, pure stages included
ERRORS = "storage.errors"
# a library that only one module may import
ONLY_IN = {"feedparser": "jobs/ingest/parse.py", "apscheduler": "bot/scheduler.py"}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            roots.add(node.module.split(".")[0] if node.module != ERRORS else "")
    roots.discard("")
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


# declared for what they do at run time, not for an import of ours
RUNTIME_ONLY = {"sniffio", "tzdata"}
# private names of a library we use on purpose, with the version pin that makes it safe
PRIVATE_ALLOWED = {"feedparser.mixin._FeedParserMixin": "feedparser>=6.0.11,<6.1"}


def third_party_imports() -> dict[str, str]:
    """Top-level module → a file importing it, over bot/, jobs/ and storage/."""
    ours = {"bot", "jobs", "storage"} | set(sys.stdlib_module_names)
    found: dict[str, str] = {}
    for package in ("bot", "jobs", "storage"):
        for path in python_files(package):
            for root in imported_roots(path) - ours:
                found.setdefault(root, path.relative_to(ROOT).as_posix())
    return found


def declared(group: str | None = None) -> dict[str, str]:
    """Distribution name (normalised) → its requirement, from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] if group is None else project["optional-dependencies"][group]
    return {
        re.split(r"[\[<>=!~ ;]", spec, maxsplit=1)[0].lower().replace("_", "-"): spec
        for spec in specs
    }


def test_what_is_imported_is_declared_and_what_is_declared_is_imported() -> None:
    runtime = declared()
    optional = set().union(*(declared(g) for g in ("postgres", "ytdlp")))
    distributions = {
        module: {d.lower().replace("_", "-") for d in dists}
        for module, dists in importlib.metadata.packages_distributions().items()
    }
    used: set[str] = set()
    for module, where in third_party_imports().items():
        names = distributions.get(module, set())
        assert names & (set(runtime) | optional), f"{where} imports {module}: declare it"
        used |= names
    unused = set(runtime) - used - RUNTIME_ONLY
    assert not unused, f"declared in pyproject.toml but imported nowhere: {sorted(unused)}"


def test_no_private_parts_of_libraries() -> None:
    """Public APIs only (a private one breaks on any release), except what a pin holds still."""
    pins = declared()
    for package in ("bot", "jobs", "storage"):
        for path in python_files(package):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
                    continue
                if node.module.split(".")[0] in {"bot", "jobs", "storage"}:
                    continue
                for alias in node.names:
                    name = f"{node.module}.{alias.name}"
                    private = [p for p in name.split(".") if p.startswith("_") and p[-2:] != "__"]
                    if not private:
                        continue
                    rel = path.relative_to(ROOT).as_posix()
                    assert name in PRIVATE_ALLOWED, f"{rel} imports the private {name}"
                    dist = PRIVATE_ALLOWED[name].split(">")[0]
                    assert pins[dist] == PRIVATE_ALLOWED[name], f"pin {PRIVATE_ALLOWED[name]}"


# a one-letter author before a module or function ("<letter>'s serve_discord"), or "engineer
# <letter>": a person named where the module that does the thing belongs
NAMED_PERSON = re.compile(
    r"\b(?:engineer|developer|helper|teammate)\s+[A-Z]\b|\b[A-H]'s\s+\w+(?:[_.]\w+|[A-Z]\w*)"
)


def test_no_comment_names_a_person() -> None:
    """Comments and docstrings name the module that does a thing, never who wrote it."""
    for package in ("bot", "jobs", "storage", "tests", "benchmarks"):
        for path in python_files(package):
            source = path.read_text(encoding="utf-8")
            texts = [
                t.string
                for t in tokenize.generate_tokens(io.StringIO(source).readline)
                if t.type in (tokenize.COMMENT, tokenize.STRING)
            ]
            for text in texts:
                match = NAMED_PERSON.search(text)
                assert not match, f"{path.relative_to(ROOT)}: {match.group(0)!r} in {text[:80]!r}"


def test_one_exception_tree() -> None:
    """Every error class of ours is a LabwatchError, under one of the branches."""
    from storage import errors

    branches = {errors.ConfigError, errors.FetchError, errors.ParseError}
    branches |= {errors.DeliveryError, errors.StorageError}
    control_flow = {"Decline", "_DryRun", "_Refused"}  # caught where raised, never shown
    for package in ("bot", "jobs", "storage"):
        for path in python_files(package):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if not isinstance(node, ast.ClassDef) or node.name in control_flow | {
                    "LabwatchError"
                }:
                    continue
                cls = getattr(importlib.import_module(module), node.name)
                if isinstance(cls, type) and issubclass(cls, BaseException):
                    assert any(issubclass(cls, b) for b in branches), f"{module}.{node.name}"


def test_settings_and_app_have_no_untyped_holes() -> None:
    """Every section of the file is a typed property of Settings (no __getattr__ falling back
    to Any), and the parts that join a running App are typed keys, not a dict of Any."""
    from bot.app import App, Extras
    from bot.config import RawSettings, Settings

    assert "__getattr__" not in vars(Settings)
    for name in RawSettings.model_fields:
        assert isinstance(vars(Settings).get(name), property), f"Settings.{name}"
    assert App.__annotations__["extras"] == "Extras"
    assert set(Extras.__annotations__) == {"discord_bot", "metrics"}
