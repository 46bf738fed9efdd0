"""Logging for operators: key=value or JSON lines, ids as fields, secrets never written.

Stages log with `extra={"source_id": ..., "source": ...}`; the formatters append such fields
(`key=value` in text, keys in JSON). Every line is redacted as the last step of formatting —
message, fields and traceback alike — and a filter on the root handlers redacts records that
reach handlers someone else installed. Webhook tokens, Discord bot tokens, `Authorization`
values, passwords in URLs and any secret named at start (the bot token itself) are replaced.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Literal, TextIO

# attributes every LogRecord has: anything else came from `extra=` and is a field
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}
_PATTERNS = [
    (re.compile(r"(/webhooks/\d+/)[^/?#\s\"']+"), r"\1***"),  # webhook URL tokens
    (re.compile(r"[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}"), "***"),  # Discord bot tokens
    (
        re.compile(
            r"(?i)((?:authorization|token)[\"']?\s*[:=]\s*[\"']?(?:bot |bearer )?)[^\s\"',}]+"
        ),
        r"\1***",
    ),
    (re.compile(r"(\w+://[^/\s:@]+:)[^/\s@]+@"), r"\1***@"),  # user:password@ in URLs
]


LogFormat = Literal["text", "json"]  # [logging] format: key=value lines, or one JSON object a line
QUIET_LIBRARIES = ("apscheduler", "alembic", "httpx", "httpcore", "discord", "asyncio")
CHATTY_LIBRARIES = ("apscheduler", "alembic", "asyncio", "httpcore")  # quiet even with -v


class Redactor:
    """Replaces secrets in text: known patterns plus the literal secrets it is given."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = sorted({s for s in secrets if s and len(s) >= 8}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text


# the known patterns alone: webhook URLs in notices, and request lines of httpx's own loggers
redact = Redactor()


def fields_of(record: logging.LogRecord) -> dict[str, Any]:
    """The `extra=` fields of a record."""
    return {k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")}


class TextFormatter(logging.Formatter):
    """`time LEVEL logger: message key=value ...`, redacted."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extra = " ".join(f"{k}={_value(v)}" for k, v in fields_of(record).items())
        if extra:
            head, sep, rest = line.partition("\n")  # fields go on the message line
            line = f"{head} {extra}{sep}{rest}"
        return self.redact(line)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, fields, error; redacted."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        data.update({k: _plain(v) for k, v in fields_of(record).items()})
        if record.exc_info:
            data["error"] = self.formatException(record.exc_info)
        return self.redact(json.dumps(data, ensure_ascii=False, default=str))


class RedactRecords(logging.Filter):
    """Redacts a record's message in place (for handlers whose formatter is not ours)."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self.redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


def configure_logging(
    verbose: bool = False,
    style: LogFormat = "text",
    secrets: Iterable[str] = (),
    stream: TextIO | None = None,
    info: bool = False,
) -> logging.Handler:
    """One stderr handler in `style` ("text" | "json"), redacting; returns it.

    `info` (for `labwatch run`): labwatch's own INFO lines (a line per poll pass and per
    delivery) are shown, libraries stay at WARNING unless `verbose`.
    """
    redact = Redactor(secrets)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter(redact) if style == "json" else TextFormatter(redact))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_labwatch", False)]:
        root.removeHandler(old)
    handler._labwatch = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    # the level sits on our handler: a root level raised here would hide records from others'
    handler.setLevel(logging.DEBUG if verbose else logging.INFO if info else logging.WARNING)
    if verbose:
        root.setLevel(logging.DEBUG)
        for name in CHATTY_LIBRARIES:  # job runs and migrations as Python reprs: not detail
            logging.getLogger(name).setLevel(logging.WARNING)
    elif info:
        root.setLevel(min(root.level or logging.WARNING, logging.INFO))
        for name in QUIET_LIBRARIES:  # their INFO lines (every job run, every request) are noise
            logging.getLogger(name).setLevel(logging.WARNING)
    for other in root.handlers:  # handlers installed by others get the filter
        if not any(isinstance(f, RedactRecords) for f in other.filters):
            other.addFilter(RedactRecords(redact))
    if verbose:  # httpx logs every request URL at INFO: only with -v, and redacted
        logging.getLogger("httpx").setLevel(logging.INFO)
    return handler


def _value(value: Any) -> str:
    text = str(value)
    return json.dumps(text) if (not text or any(c in text for c in ' ="\n')) else text


def _plain(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)
