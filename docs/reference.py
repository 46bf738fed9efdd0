"""The generated reference pages: every config key from the settings model, every command's --help.

Used two ways: as an MkDocs hook (mkdocs.yml `hooks:`), which fills the marker comments in
docs/configuration.md and docs/commands.md at build time, and by tests/test_docs.py, which checks
that nothing in the model or the parser is left undocumented. Run it directly to print both.
"""

from __future__ import annotations

import inspect
import io
import os
import re
import sys
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # mkdocs loads this file by path; the project may not be installed
    sys.path.insert(0, str(ROOT))

CONFIG_MARKER = "<!-- generated: configuration reference -->"
CLI_MARKER = "<!-- generated: command reference -->"
EXAMPLE = ROOT / "config.example.toml"

HEADER = re.compile(r"^#?\s*\[\[?([\w.]+)\]\]?\s*(?:#.*)?$")
KEY = re.compile(r"^(#\s*)?([A-Za-z_]\w*)\s*=\s*(.*)$")


@dataclass(frozen=True)
class ConfigKey:
    """One key of the config file, as the settings model declares it."""

    section: str
    name: str
    type: str
    default: str
    description: str

    @property
    def dotted(self) -> str:
        return f"{self.section}.{self.name}"


def config_keys() -> list[ConfigKey]:
    """Every key of every section of the settings model, with its text from the example file."""
    from bot.config import RawSettings

    comments = example_comments(EXAMPLE.read_text(encoding="utf-8"))
    keys = []
    for section, field in RawSettings.model_fields.items():
        model = section_model(field.annotation)
        in_model = model_comments(model)
        for name, inner in model.model_fields.items():
            text = inner.description or comments.get(f"{section}.{name}") or in_model.get(name, "")
            keys.append(ConfigKey(section, name, field_type(inner), default_text(inner), text))
    return keys


def model_comments(model: Any) -> dict[str, str]:
    """field → the comment after its declaration in the model's source (when the example has none)."""
    try:
        source = inspect.getsource(model)
    except (OSError, TypeError):
        return {}
    found = re.findall(r"^    (\w+): [^#\n]*#\s*(.+)$", source, re.M)
    return {name: note.strip() for name, note in found}


def section_model(annotation: Any) -> Any:
    """The model of a section: `HttpSettings`, or the item model of `list[SourceSettings]`."""
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0]
    return annotation


def field_type(field: Any) -> str:
    """A field's type; pydantic keeps an Annotated alias's validators in `metadata`."""
    checks = {getattr(getattr(m, "func", None), "__name__", "") for m in field.metadata}
    if "_check_clock" in checks:
        return "time of day (HH:MM)"
    if "_check_zone" in checks:
        return "IANA time zone"
    return type_name(field.annotation)


def type_name(annotation: Any) -> str:
    """A type as a reader of the TOML file thinks of it."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        checks = {getattr(getattr(e, "func", None), "__name__", "") for e in extra}
        if "_check_clock" in checks:
            return "time of day (HH:MM)"
        if "_check_zone" in checks:
            return "IANA time zone"
        return type_name(base)
    if origin in (typing.Union, types.UnionType):
        names = [type_name(arg) for arg in typing.get_args(annotation) if arg is not type(None)]
        return " or ".join(dict.fromkeys(names))
    if origin is list:
        return f"list of {type_name(typing.get_args(annotation)[0])}"
    if origin is typing.Literal:
        return " \\| ".join(f'"{value}"' for value in typing.get_args(annotation))
    if getattr(annotation, "__name__", "") == "NamedSettings":
        return "{name, aliases}"
    if getattr(annotation, "__name__", "") == "timedelta":
        return "duration"
    names = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
    return names.get(getattr(annotation, "__name__", ""), str(annotation))


def default_text(field: Any) -> str:
    """The default as TOML would spell it; '' when the key is required."""
    if field.is_required():
        return "(required)"
    value = field.get_default(call_default_factory=True)
    if value is None:
        return "(unset)"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f'"{value}"'
    if hasattr(value, "total_seconds"):
        return f'"{short_duration(value.total_seconds())}"'
    if isinstance(value, list):
        return "[" + ", ".join(f'"{v}"' if isinstance(v, str) else str(v) for v in value) + "]"
    return str(value)


def short_duration(seconds: float) -> str:
    """600 → 10m, the way the config file spells durations."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def example_comments(text: str) -> dict[str, str]:
    """`section.key` → the comment the example file gives it (inline, then the lines below)."""
    comments: dict[str, str] = {}
    section = ""
    last = ""
    above: list[str] = []  # a comment block right above a key describes it when it has no own
    for line in text.splitlines():
        stripped = line.strip()
        header = HEADER.match(stripped)
        key = KEY.match(stripped)
        if header:
            section, last, above = header.group(1), "", []
        elif key and section:
            last = f"{section}.{key.group(2)}"
            note = inline_comment(key.group(3)) or " ".join(above)
            above = []
            if last in comments:
                last = ""  # a second example of the same key adds nothing
            elif note:
                comments[last] = note
        elif last and re.match(r"^#\s{2,}\S", stripped):  # an indented comment continues a key's
            comments[last] = (comments.get(last, "") + " " + stripped.lstrip("# ")).strip()
        elif stripped.startswith("#"):
            last = ""
            above.append(stripped.lstrip("# "))
        else:
            last, above = "", []
    return comments


def inline_comment(value: str) -> str:
    """The comment after a value: `"09:00"   # when ...` → `when ...` (a # inside quotes is not)."""
    quoted = False
    for n, char in enumerate(value):
        if char == '"':
            quoted = not quoted
        elif char == "#" and not quoted:
            return value[n + 1 :].strip()
    return ""


def config_reference() -> str:
    """The configuration reference: one table per section."""
    out: list[str] = []
    section = None
    for key in config_keys():
        if key.section != section:
            section = key.section
            from bot.config import RawSettings

            many = typing.get_origin(RawSettings.model_fields[section].annotation) is list
            out += ["", f"### `[[{section}]]`" if many else f"### `[{section}]`", ""]
            out += ["| key | type | default | what it does |", "|---|---|---|---|"]
        cell = key.description.replace("|", "\\|").replace("<", "&lt;")
        default = key.default if key.default.startswith("(") else f"`{key.default}`"
        out.append(f"| `{key.name}` | {key.type} | {default} | {cell} |")
    return "\n".join(out).strip() + "\n"


def command_helps() -> Iterator[tuple[str, str, str]]:
    """(name, one-line help, full --help text) for every command, as `labwatch CMD --help` says."""
    from bot.cli import COMMANDS, build_parser

    for name, command in COMMANDS.items():
        parser = build_parser([name])
        buffer = io.StringIO()
        with columns(100), redirect_stdout(buffer), suppress(SystemExit):
            parser.parse_args([name, "--help"])
        yield name, command.help, buffer.getvalue()


@contextmanager
def columns(width: int) -> Iterator[None]:
    """argparse wraps help to $COLUMNS: a fixed width, so the page does not depend on a terminal."""
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if before is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = before


def cli_reference() -> str:
    """The command reference: `labwatch --help`, then each command's --help."""
    from bot.cli import build_parser

    with columns(100):
        top = build_parser().format_help().rstrip()
    out = ["### `labwatch`", "", "```text", top, "```", ""]
    for name, _help, text in command_helps():
        out += [f"### `labwatch {name}`", "", "```text", text.rstrip(), "```", ""]
    return "\n".join(out)


def on_page_markdown(markdown: str, **_: Any) -> str:
    """MkDocs hook: fill the marker comments with the generated references."""
    if CONFIG_MARKER in markdown:
        markdown = markdown.replace(CONFIG_MARKER, config_reference())
    if CLI_MARKER in markdown:
        markdown = markdown.replace(CLI_MARKER, cli_reference())
    return markdown


if __name__ == "__main__":
    print(config_reference())
    print(cli_reference())
