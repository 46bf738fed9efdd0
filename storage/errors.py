"""One exception tree: every error labwatch raises on purpose is a LabwatchError.

    LabwatchError
    ├── ConfigError      a setting that cannot be used: the config file, a command-line
    │                    argument, a slash-command option (one sentence for the user)
    ├── FetchError       a URL or a transcript that could not be fetched
    ├── ParseError       bytes that are not what they should be: a feed, OPML, captions, a file
    ├── DeliveryError    a message Discord did not take, or the delivery lease is held
    └── StorageError     the database cannot be used

It lives in storage/, the bottom layer, so every package can raise and catch it without
importing upwards; the modules that raise an error keep exporting its name (bot.config's
ConfigError, jobs.ingest.guard's FetchError, storage.db's StorageError, ...).
"""

from __future__ import annotations


class LabwatchError(Exception):
    """An error labwatch raises on purpose; str() is one line fit for a user or a log."""


class ConfigError(LabwatchError):
    """A setting that cannot be used; the message names where it came from."""


class FetchError(LabwatchError):
    """A fetch that failed; str() is one line fit for `last_error`."""


class ParseError(LabwatchError):
    """Input that could not be read as what it should be."""


class DeliveryError(LabwatchError):
    """A send that failed; the message says why."""


class StorageError(LabwatchError):
    """The database cannot be opened or used; the message says which and why."""


class StorageFault(StorageError):
    """The database refused work for a reason outside the program (disk full, read-only, locked
    past its timeout): stop what is being done, say so once, and try again later."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason} ({detail})" if detail else reason)
        self.reason = reason


# (words in the driver's message, the reason people read); SQLite says it in words
FAULT_WORDS = (
    ("database or disk is full", "disk full"),
    ("no space left on device", "disk full"),
    ("disk i/o error", "disk I/O error"),
    ("readonly database", "read-only"),
    ("read-only", "read-only"),
    ("database is locked", "locked past its timeout"),
    ("unable to open database file", "cannot open the database file"),
)
# PostgreSQL says it by SQLSTATE
FAULT_STATES = {
    "53100": "disk full",
    "53200": "out of memory",
    "53300": "too many connections",
    "25006": "read-only",
    "55P03": "locked past its timeout",
    "57P03": "the server is starting up or shutting down",
}


def fault_in_words(orig: BaseException, detail: str) -> StorageFault | None:
    """The fault a driver's error names in words (SQLite says them so), or None."""
    text = str(orig).lower()
    for words, reason in FAULT_WORDS:
        if words in text:
            return StorageFault(reason, detail)
    return None


def first_line(exc: BaseException) -> str:
    """The first line of a (driver's) error: what a fault message quotes."""
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else exc.__class__.__name__
