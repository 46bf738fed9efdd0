"""Storage: SQLAlchemy models, queries and migrations. Owns every SQL statement.

Functions here take a `Session`; callers own transactions (`Database.transaction()`).
This package imports no httpx, discord or apscheduler.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storage.db import Database, StorageError

__all__ = ["Database", "StorageError"]


def __getattr__(name: str) -> Any:
    # storage.db (and SQLAlchemy with it) loads on first use of these names, not with the
    # package: the parse workers import storage.errors alone, and SQLAlchemy was ~0.2 s of
    # each worker's start
    if name in __all__:
        from storage import db

        return getattr(db, name)
    raise AttributeError(f"module 'storage' has no attribute {name!r}")
