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
