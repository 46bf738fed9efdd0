"""The documentation site: every config key and command documented, every page in the navigation."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import yaml

from bot.cli import COMMANDS

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"


def reference() -> ModuleType:
    """docs/reference.py, the MkDocs hook that generates the reference pages."""
    spec = importlib.util.spec_from_file_location("docs_reference", DOCS / "reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up while being defined
    spec.loader.exec_module(module)
    return module


def pages() -> dict[str, str]:
    return {
        p.relative_to(DOCS).as_posix(): p.read_text(encoding="utf-8") for p in DOCS.rglob("*.md")
    }


def nav_pages(nav: object) -> set[str]:
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, list):
        return set().union(*(nav_pages(item) for item in nav)) if nav else set()
    if isinstance(nav, dict):
        return set().union(*(nav_pages(value) for value in nav.values()))
    return set()


def test_every_config_key_has_a_description() -> None:
    keys = reference().config_keys()
    from bot.config import RawSettings

    assert {key.section for key in keys} == set(RawSettings.model_fields)  # every section walked
    missing = [key.dotted for key in keys if not key.description]
    assert not missing, f"describe these in config.example.toml (a comment on the key): {missing}"


def test_the_configuration_reference_lists_every_key() -> None:
    module = reference()
    page = module.on_page_markdown((DOCS / "configuration.md").read_text(encoding="utf-8"))
    assert module.CONFIG_MARKER not in page
    for key in module.config_keys():
        section = re.search(rf"### `\[\[?{key.section}\]\]?`\n(.*?)(?=\n### |\Z)", page, re.S)
        assert section, key.section
        assert f"| `{key.name}` |" in section.group(1), key.dotted


def test_example_comments_are_read_per_key() -> None:
    comments = reference().example_comments(
        '[http]\ntimeout = 20   # seconds, "quoted # kept"\n# above\nmax = 3\n'
        '# [[hooks]]\n# url = "x#y"   # a hook\n#   more about it\n'
    )
    assert comments == {
        "http.timeout": 'seconds, "quoted # kept"',
        "http.max": "above",
        "hooks.url": "a hook more about it",
    }


def test_every_command_is_documented_and_in_the_reference() -> None:
    module = reference()
    hand_written = "\n".join(pages().values())
    for name in COMMANDS:
        assert f"labwatch {name}" in hand_written, f"no docs page names `labwatch {name}`"
    cli = module.cli_reference()
    for name, help_line, text in module.command_helps():
        assert f"### `labwatch {name}`" in cli
        assert text.startswith(f"usage: labwatch {name}"), name
        assert help_line.split(";")[0][:40] in " ".join(text.split()), name


def test_every_page_is_in_the_navigation() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert set(pages()) == nav_pages(config["nav"])


def test_readme_is_short_and_its_links_resolve() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    for target in re.findall(r"\]\(((?:docs/)[^)#\s]+)", readme):
        assert (ROOT / target).exists(), target
    assert (DOCS / "img" / "digest.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
