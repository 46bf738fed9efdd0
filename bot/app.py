"""Opening what every command needs: the database, migrated, with the config's sources in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.config import Settings
from storage.db import Database, StorageError
from storage.migrate import upgrade


def open_database(settings: Settings, migrate: bool = True) -> Database:
    """Open the configured database and bring its schema up to date."""
    where = f"{settings.path}: 'storage.url'"
    try:
        db = Database(settings.storage_url)
        db.check_connection()
        if migrate:
            upgrade(db.engine)
    except StorageError as exc:
        raise StorageError(f"{where}: {exc}") from exc
    except Exception as exc:  # a driver's own error on connect: say which database
        raise StorageError(f"{where}: cannot open the database: {exc}") from exc
    return db


@dataclass
class App:
    """What a running labwatch holds: the settings read once, and the open database.

    `run` builds one and hands it to the scheduler and the Discord client; the shared
    HTTP fetcher and transcript provider are attached by `run` when it starts.
    """

    settings: Settings
    db: Database
    extras: dict[str, Any] = field(default_factory=dict)
