"""mypy in strict mode over bot/, jobs/, storage/, tests/ and benchmarks/ (pyproject.toml
[tool.mypy]), as .ci/run runs it."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent
CHECKED = ("bot", "jobs", "storage", "tests", "benchmarks")


def test_mypy_strict_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_tests_and_benchmarks_are_checked_as_strictly_as_the_code() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]
    assert config["strict"] is True and set(CHECKED) <= set(config["files"])
    loose = [o["module"] for o in config.get("overrides", []) if o.get("ignore_errors")]
    assert loose == [], f"modules mypy does not check: {loose}"


def test_every_type_ignore_names_its_error_code() -> None:
    bare = re.compile(r"#\s*type:\s*ignore(?!\[)")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for package in CHECKED
        for path in sorted((ROOT / package).rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert found == [], f"a type: ignore without an error code: {found}"
