"""Storage under faults: the engine's quirks, full disks, read-only files, newer schemas."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text

from storage.db import Database, dumps_json
from tests.conftest import PG_URL


def test_json_dumps_matches_the_standard_library() -> None:
    import json

    value = {"a": [1, 2.5, None, "é"], "b": {"c": True}}
    assert dumps_json(value) == json.dumps(value)


@pytest.mark.postgres
def test_postgresql_json_serializer_draws_no_closure_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    if not PG_URL:
        pytest.skip("needs LABWATCH_TEST_DATABASE_URL (PostgreSQL)")
    db = Database(PG_URL)
    try:
        with caplog.at_level(logging.WARNING, logger="psycopg"), db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        assert not [r for r in caplog.records if "closure" in r.getMessage()]
    finally:
        db.dispose()
