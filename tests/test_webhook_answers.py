"""Whatever a webhook answers, delivery reads it as a number or a DeliveryError, never a crash."""

from __future__ import annotations

import httpx
import pytest

from bot.delivery.send import message_id_of, retry_after
from storage.outbox import ID_UNKNOWN


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=body, headers=headers or {})


@pytest.mark.parametrize(
    "body,headers,seconds",
    [
        (b'{"retry_after": 2.5}', {}, 2.5),
        (b'{"retry_after": [1]}', {"retry-after": "3"}, 3.0),  # TypeError before
        (b'{"retry_after": "nan"}', {}, 1.0),
        (b"[" * 100_000, {"retry-after": "4"}, 4.0),  # JSON too deep: RecursionError before
        (b"not json", {"retry-after": "soon"}, 1.0),
        (b'{"retry_after": 1e999}', {}, 3600.0),  # infinite: a timedelta overflow before
    ],
)
def test_retry_after_from_any_answer(body: bytes, headers: dict[str, str], seconds: float) -> None:
    assert retry_after(answer(429, body, headers)) == seconds


@pytest.mark.parametrize(
    "body", [b'{"id": {"a": 1}}', b"[" * 100_000, b'{"id": "12\\u0000"}', b"[]", b"<html>"]
)
def test_an_answer_without_a_usable_message_id_is_sent_with_no_id(body: bytes) -> None:
    assert message_id_of(answer(200, body)) == ID_UNKNOWN  # a crash or a "{'a': 1}" id before


def test_a_message_id_is_read() -> None:
    assert message_id_of(answer(200, b'{"id": "1234567890"}')) == "1234567890"
