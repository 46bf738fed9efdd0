"""Storage: SQLAlchemy models, queries and migrations. Owns every SQL statement.

Functions here take a `Session`; callers own transactions (`Database.transaction()`).
This package imports no httpx, discord or apscheduler.
"""

from storage.db import Database, StorageError

__all__ = ["Database", "StorageError"]
