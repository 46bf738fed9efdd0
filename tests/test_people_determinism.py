"""The lab dictionaries people.py compiles are the same in every process: two aliases of one
length and one lower-case spelling ("Character.AI", "Character.ai") once took the set's order,
which PYTHONHASHSEED changes, so one headline could be read with either spelling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMP = """
import json
from tests.test_devset import default_watch
from jobs.language.people import _compile
d = _compile(default_watch())
print(json.dumps(sorted(d.lab_lower.items())))
"""


def lab_lower_under(seed: str) -> list[list[str]]:
    env = os.environ | {"PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", DUMP], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    loaded: list[list[str]] = json.loads(out.stdout)
    return loaded


def test_lab_spellings_do_not_depend_on_the_hash_seed() -> None:
    first = lab_lower_under("1")
    assert ["character.ai", "Character.AI"] in first or ["character.ai", "Character.ai"] in first
    for seed in ("2", "3", "4"):
        assert lab_lower_under(seed) == first, seed
