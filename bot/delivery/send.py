"""Sending the outbox: Discord webhooks over httpx, channels through a `Sender` the bot supplies.

Order of work for each message (see docs/digests.md, "Delivery guarantees"): count the
attempt (committed), send, record Discord's message id (committed). A crash before the send
resends nothing twice; a crash after Discord accepted a message and before its id is committed
is one window where a webhook message can be sent twice (webhooks take no nonce); a bot message
carries its nonce with enforce_nonce, so Discord returns the first message instead.
Several destinations are sent to at once (`[discord] max_in_flight`), each one's messages in
order and one at a time, so that window holds at most one message per destination.

A failed send backs its destination off, with the next try stored on the messages: every job
of this process (and a later run) skips it until then, so how often a destination is tried
does not depend on how many others are due. A message is tried at most MAX_SENDS times; a send
that may have arrived (a read timeout after the request went out) is repeated at most once
more and then recorded as sent with its id unknown.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import math
import os
import time
import weakref
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import httpx

from bot.config import DISCORD_WEBHOOK_URL, LOOPBACK_WEBHOOK_URL
from bot.delivery.lanes import Lanes, together
from bot.delivery.layout import wire_payload
from bot.delivery.pace import Pace
from bot.logs import RedactRecords, redact
from bot.styles import allowed_mentions_of
from storage import errors, outbox, subscriptions
from storage.claims import Claim
from storage.db import Database
from storage.outbox import ID_UNKNOWN, OutboxFile, PendingMessage
from storage.types import utcnow

log = logging.getLogger(__name__)

MAX_RETRY_WAIT = 60.0  # longer 429 waits leave the message pending for the next run
REFUSED = {401: "unauthorized", 403: "forbidden", 404: "unknown webhook"}
MAX_SENDS = 8  # sends of one message (each up to WebhookSender.attempts posts) before giving up
UNSURE_SENDS = 2  # sends that may have arrived before a message counts as sent, id unknown
MAX_IN_FLIGHT = 8  # messages sent at once, to different destinations ([discord] max_in_flight)
RETRY_FIRST = timedelta(minutes=1)  # a failed destination's first wait; doubles up to RETRY_MAX
RETRY_MAX = timedelta(hours=1)
# the request went out and no answer came: Discord may have created the message
UNSURE_ERRORS = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError)


class DeliveryError(errors.DeliveryError):
    """A send failed for now; the message stays in the outbox and is tried again later."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after  # seconds Discord asked us to wait (429)


class UnsureDelivery(DeliveryError):
    """The request went out and no answer came back: the message may have arrived."""


class DestinationRefused(DeliveryError):
    """Discord refused the destination itself (401/403/404): it is disabled, not retried."""


class Sender(Protocol):
    """Sends one message payload; returns Discord's message id."""

    async def send(
        self, payload: dict[str, Any], nonce: str, file: OutboxFile | None = None
    ) -> str: ...


SenderFor = Callable[[PendingMessage], Sender | None]
Clock = Callable[[], datetime]
Sleep = Callable[[float], Awaitable[None]]


def is_webhook_url(url: str, allow_loopback: bool = False) -> bool:
    """A Discord webhook URL (or, when allowed, a loopback one for tests)."""
    if DISCORD_WEBHOOK_URL.match(url.strip()):
        return True
    return allow_loopback and bool(LOOPBACK_WEBHOOK_URL.match(url.strip()))


def pause_point(step: str) -> None:
    """Test hook for the crash tests: freeze at a named step so a test can kill -9 us there."""
    if os.environ.get("LABWATCH_TEST_PAUSE_AT") != step:
        return
    Path(os.environ["LABWATCH_TEST_PAUSE_FILE"]).write_text(step, encoding="utf-8")
    time.sleep(3600)  # blocking on purpose: nothing else may run before the kill


class WebhookSender:
    """Executes a Discord webhook with `?wait=true`, honouring rate limits, retrying 5xx."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        url: str,
        *,
        attempts: int = 4,
        backoff: float = 0.5,
        sleep: Sleep = asyncio.sleep,
        thread_id: str | None = None,
        pace: Pace | None = None,
    ) -> None:
        self.client, self.url = client, url.strip().rstrip("/")
        self.attempts, self.backoff, self.sleep = attempts, backoff, sleep
        self.thread_id = thread_id  # post inside this thread (a forum post's follow-ups)
        self.pace = pace  # the global budget and this webhook's bucket (bot.delivery.pace)

    async def send(
        self, payload: dict[str, Any], nonce: str, file: OutboxFile | None = None
    ) -> str:
        """POST the payload (with its file, as multipart); the message id Discord returns."""
        body = {**wire_payload(payload), "allowed_mentions": allowed_mentions_of(payload)}
        params = {"wait": "true", **({"thread_id": self.thread_id} if self.thread_id else {})}
        for attempt in range(1, self.attempts + 1):
            if self.pace is not None:
                await self.pace.before(self.url)
            try:
                response = await self.client.post(
                    self.url, params=params, **request_body(body, file)
                )
            except UNSURE_ERRORS as exc:  # never repeated here: each repeat may be a copy
                raise UnsureDelivery(
                    f"{type(exc).__name__} after sending to {redact(self.url)}: "
                    "Discord may have the message"
                ) from exc
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__} talking to {redact(self.url)}"
                await self._wait_before_retry(attempt, error, self.backoff * 2 ** (attempt - 1))
                continue
            if self.pace is not None:
                wait = retry_after(response) if response.status_code == 429 else 0.0
                self.pace.after(self.url, response.status_code, response.headers, wait)
            if response.status_code in (200, 201, 204):
                return message_id_of(response)
            if response.status_code in REFUSED:
                raise DestinationRefused(
                    f"Discord answered {response.status_code} ({REFUSED[response.status_code]}) "
                    f"for webhook {redact(self.url)}; put a new webhook URL in the config"
                )
            if response.status_code == 429:
                wait = retry_after(response)
                await self._wait_before_retry(attempt, "rate limited (429)", wait, wait)
                continue
            error = f"Discord answered {response.status_code}"
            if response.status_code >= 500:
                await self._wait_before_retry(attempt, error, self.backoff * 2 ** (attempt - 1))
                continue
            raise DeliveryError(f"{error} for webhook {redact(self.url)}: {short_body(response)}")
        raise DeliveryError(f"gave up on webhook {redact(self.url)} after {self.attempts} attempts")

    async def _wait_before_retry(
        self, attempt: int, error: str, wait: float, asked: float | None = None
    ) -> None:
        if attempt >= self.attempts or wait > MAX_RETRY_WAIT:
            raise DeliveryError(
                f"{error}; webhook {redact(self.url)} will be tried again later", asked
            )
        log.info("webhook %s: %s; retrying in %.1fs", redact(self.url), error, wait)
        await self.sleep(wait)


def request_body(body: dict[str, Any], file: OutboxFile | None) -> dict[str, Any]:
    """httpx arguments: JSON, or with a file Discord's multipart form (payload_json, files[0])."""
    if file is None:
        return {"json": body}
    return {
        "data": {"payload_json": json.dumps(body, ensure_ascii=False)},
        "files": {"files[0]": (file.name, file.data, "image/png")},
    }


def retry_after(response: httpx.Response) -> float:
    """Seconds to wait from a 429: the JSON `retry_after`, else the Retry-After header."""
    try:
        value = response.json().get("retry_after")
    except (ValueError, AttributeError, RecursionError):  # not JSON, not an object, too deep
        value = None
    for candidate in (value, response.headers.get("retry-after", "1")):
        seconds = _seconds(candidate)
        if seconds is not None:
            return seconds
    return 1.0


def _seconds(value: object) -> float | None:
    """A wait in seconds from whatever the answer held (a list, a string, "nan"), or None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if math.isnan(seconds):
        return None
    return min(max(0.0, seconds), RETRY_MAX.total_seconds())  # an hour is the longest back-off


def message_id_of(response: httpx.Response) -> str:
    """The id of the message a webhook execute (wait=true) created; ID_UNKNOWN when a 2xx
    answer carries none (Discord took the message: sending it again would post a copy)."""
    try:
        message_id = str(response.json()["id"])
        # a snowflake is digits: anything else (a dict, a huge string) is no id we can use
        if not message_id.isascii() or not message_id.isdigit() or len(message_id) > 25:
            raise KeyError("id")
    except (ValueError, KeyError, TypeError, RecursionError):  # RecursionError: JSON too deep
        log.warning(
            "webhook answered %s without a message id: recorded as sent, id unknown",
            response.status_code,
        )
        return ID_UNKNOWN
    return message_id


def short_body(response: httpx.Response) -> str:
    return " ".join(response.text.split())[:200]


# httpx logs every request URL at INFO: its loggers get the same redaction as ours
_REDACTOR = RedactRecords(redact)


def webhook_client(timeout: float = 20.0) -> httpx.AsyncClient:
    """An HTTP client for webhooks: no proxy variables, no redirects, a timeout, no tokens logged."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if _REDACTOR not in logger.filters:
            logger.addFilter(_REDACTOR)
    headers = {"user-agent": discord_user_agent()}
    return httpx.AsyncClient(
        trust_env=False, follow_redirects=False, timeout=timeout, headers=headers
    )


def discord_user_agent() -> str:
    """The User-Agent of requests to Discord: the form Discord asks of bots, naming labwatch."""
    from jobs.ingest.fetch import README_URL, default_user_agent

    version = default_user_agent().split("/", 1)[1].split(" ", 1)[0]
    return f"DiscordBot ({README_URL}, {version}) {default_user_agent()}"


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: list[str] = field(default_factory=list)
    disabled: list[str] = field(default_factory=list)
    waiting: int = 0  # messages for destinations not reachable now (no bot running)
    sent_to: dict[str, int] = field(default_factory=dict)  # subscription key → messages sent
    unsure: list[str] = field(default_factory=list)  # recorded as sent, id unknown
    given_up: list[str] = field(default_factory=list)  # failed MAX_SENDS times: not retried
    retry_at: datetime | None = None  # the earliest next try of a destination that failed

    def retry_no_earlier(self, when: datetime) -> None:
        self.retry_at = when if self.retry_at is None else min(self.retry_at, when)


_rounds: weakref.WeakKeyDictionary[Database, asyncio.Lock] = weakref.WeakKeyDictionary()


async def deliver_pending(
    db: Database,
    sender_for: SenderFor,
    clock: Clock,
    claim: Claim | None = None,
    *,
    max_in_flight: int = MAX_IN_FLIGHT,
) -> DeliveryReport:
    """Send every pending outbox message; one failing destination does not stop others.

    Up to `max_in_flight` messages are sent at once, each to a different destination; one
    destination gets its messages one at a time, in outbox order (bot.delivery.lanes).

    One round at a time per database in this process: two rounds reading the same pending
    message would both send it (other processes are kept out by the delivery lease). With a
    `claim` (a `--role sender`), the round claims items as it goes and sends a message only
    while it still holds its item: a sender that lost the lease mid-round and the one that
    took it over never both send one message.
    """
    lock = _rounds.setdefault(db, asyncio.Lock())
    async with lock:
        return await Round(db, sender_for, clock, claim, max_in_flight).run()


class Round:
    """One delivery round: messages queued per destination (bot.delivery.lanes), each sent the
    way every message is: attempt counted, sent, id recorded."""

    def __init__(
        self,
        db: Database,
        sender_for: SenderFor,
        clock: Clock,
        claim: Claim | None,
        max_in_flight: int,
    ) -> None:
        self.db, self.sender_for, self.clock, self.claim = db, sender_for, clock, claim
        self.report = DeliveryReport()
        self.blocked: set[int] = set()  # items with an unsent earlier message: keep their order
        self.skipped: set[int] = set()  # destinations refused, or failed in this round
        self.firsts: dict[int, str] = {}  # item → Discord id of its first message sent
        self.lanes = Lanes(max_in_flight, _destination, self.serve)
        # claimed items (a `--role sender`): at most `window` held at once, topped up as they end
        self.window = max(claim.batch if claim else 0, 2 * max_in_flight)
        self.left: dict[int, int] = {}  # open item → its messages not yet served
        self.finished: list[int] = []  # items served in full, still claimed
        self.progress = asyncio.Event()  # an item was served in full

    async def run(self) -> DeliveryReport:
        await together(self.lanes.run(), self.feed())
        if self.claim is not None and self.finished:
            await self.db.run(_release_items, self.db, self.finished, self.claim.holder)
        return self.report

    async def feed(self) -> None:
        """Queue the round's messages in outbox order: all pending ones, or claimed items."""
        try:
            if self.claim is None:
                for msg in await self.db.run(_pending, self.db, self.clock()):
                    self.lanes.add(msg)
            else:
                await self.feed_claimed(self.claim)
        finally:
            self.lanes.close()

    async def feed_claimed(self, claim: Claim) -> None:
        """Claim items in item order, keeping up to `window` open: release what was served,
        claim as many more. An item skipped in this round is not claimed again."""
        after = 0
        while True:
            while len(self.left) > self.window // 2:  # top up in chunks, not an item at a time
                self.progress.clear()
                await self.progress.wait()
            done, self.finished = self.finished, []
            room = self.window - len(self.left)
            args = (self.db, done, self.clock(), claim, after, room)
            ids, messages = await self.db.run(_release_and_claim, *args)
            if not ids:
                return
            after = max(ids)
            counts = Counter(msg.item_id for msg in messages)
            for item in ids:
                self.left[item] = counts[item]
                if not counts[item]:  # nothing of it left to send (recorded meanwhile)
                    self._served_item(item)
            for msg in messages:
                self.lanes.add(msg)

    async def serve(self, msg: PendingMessage) -> None:
        """Send one message (a lane's turn), then note it served."""
        try:
            await self.send_one(msg)
        finally:
            if msg.item_id in self.left:
                self.left[msg.item_id] -= 1
                if not self.left[msg.item_id]:
                    self._served_item(msg.item_id)

    def _served_item(self, item_id: int) -> None:
        del self.left[item_id]
        self.finished.append(item_id)
        self.progress.set()

    async def send_one(self, msg: PendingMessage) -> None:
        """Count the attempt (committed), send, record Discord's id (committed)."""
        db, report = self.db, self.report
        if msg.item_id in self.blocked or msg.subscription_id in self.skipped:
            return
        if msg.first_message_id is None and msg.item_id in self.firsts:
            msg = dataclasses.replace(msg, first_message_id=self.firsts[msg.item_id])
        sender = self.sender_for(msg)
        if sender is None:
            report.waiting += 1
            self.blocked.add(msg.item_id)
            return
        pause_point("before-send")
        if not await db.run(_count_attempt, db, msg, self.claim, self.clock()):
            return  # another sender holds it now, or recorded it sent
        try:
            discord_id = await sender.send(msg.payload, msg.nonce, msg.file)
        except DestinationRefused as exc:
            await self.refused(msg, exc)
            return
        except DeliveryError as exc:
            await self.failed(msg, exc)
            return
        pause_point("after-send")
        row = msg.message_row_id
        await db.run(_in_transaction, db, outbox.mark_sent, row, discord_id, self.clock())
        if msg.seq == 0:
            self.firsts[msg.item_id] = discord_id
        report.sent += 1
        report.sent_to[msg.subscription_key] = report.sent_to.get(msg.subscription_key, 0) + 1
        pause_point("after-record")

    async def refused(self, msg: PendingMessage, exc: DestinationRefused) -> None:
        self.skipped.add(msg.subscription_id)
        await self.db.run(_refuse, self.db, msg.subscription_id, str(exc))
        log.warning("delivery to %s disabled: %s", msg.subscription_key, exc, extra=_ids(msg))
        self.report.disabled.append(f"{msg.subscription_key}: {exc}")

    async def failed(self, msg: PendingMessage, exc: DeliveryError) -> None:
        outcome = await self.db.run(_after_failure, self.db, msg, exc, self.clock())
        if outcome is None:  # sent as far as we can tell: go on with the next message
            self.report.sent += 1
            self.report.unsure.append(f"{msg.subscription_key}: {exc}")
            log.warning(
                "delivery to %s: %s; recorded as sent, id unknown",
                msg.subscription_key,
                exc,
                extra=_ids(msg),
            )
            return
        self.blocked.add(msg.item_id)
        self.skipped.add(msg.subscription_id)
        _report_failure(self.report, msg, exc, outcome)


def _destination(msg: PendingMessage) -> int:
    return msg.subscription_id


def _report_failure(
    report: DeliveryReport, msg: PendingMessage, exc: DeliveryError, retry: datetime | bool
) -> None:
    """Log a failed send and note it in the report: tried again at `retry`, or given up."""
    if isinstance(retry, datetime):
        report.retry_no_earlier(retry)
        log.warning(
            "delivery to %s failed for now: %s (next try %s)",
            msg.subscription_key,
            exc,
            f"{retry:%H:%M:%S} UTC",
            extra=_ids(msg),
        )
        report.failed.append(f"{msg.subscription_key}: {exc}")
        return
    log.error("delivery to %s given up after %d sends: %s", msg.subscription_key, MAX_SENDS, exc)
    report.given_up.append(f"{msg.subscription_key}: gave up after {MAX_SENDS} sends: {exc}")


def retry_wait(sends: int, asked: float | None = None) -> timedelta:
    """How long a destination waits after its message failed `sends` times (Discord's ask wins)."""
    wait: timedelta = min(RETRY_FIRST * 2 ** max(0, sends - 1), RETRY_MAX)
    return max(wait, timedelta(seconds=asked or 0))


def _after_failure(
    db: Database, msg: PendingMessage, exc: DeliveryError, now: datetime
) -> datetime | bool | None:
    """Record a failed send: None when it now counts as sent (id unknown), the next try, or
    False when the message is given up."""
    sends = msg.attempts + 1  # this send was counted before it was made
    with db.transaction() as session:
        if isinstance(exc, UnsureDelivery):
            if outbox.mark_unsure(session, msg.message_row_id) >= UNSURE_SENDS:
                outbox.mark_sent(session, msg.message_row_id, ID_UNKNOWN, now)
                return None
        elif sends >= MAX_SENDS:
            outbox.give_up_item(session, msg.item_id, f"gave up after {sends} sends: {exc}")
            return False
        retry = now + retry_wait(sends, exc.retry_after)
        outbox.defer_destination(session, msg.subscription_id, retry)
        return retry


def _ids(msg: PendingMessage) -> dict[str, object]:
    """Log fields naming what a delivery line is about."""
    return {"subscription": msg.subscription_key, "outbox_item": msg.item_id, "seq": msg.seq}


def _pending(db: Database, now: datetime) -> list[PendingMessage]:
    with db.session() as session:
        return outbox.pending_messages(session, now=now)


def _release_and_claim(
    db: Database, done: list[int], now: datetime, claim: Claim, after: int, limit: int
) -> tuple[list[int], list[PendingMessage]]:
    """Release the items served in full; claim up to `limit` more (id above `after`), and
    read their unsent messages."""
    if done:
        _release_items(db, done, claim.holder)
    until = max(now, utcnow()) + claim.ttl
    with db.transaction() as session:
        ids = outbox.claim_pending_items(session, now, claim.holder, until, limit, after)
    if not ids:
        return [], []
    with db.session() as session:
        return ids, outbox.pending_messages(session, item_ids=ids)


def _release_items(db: Database, item_ids: list[int], holder: str) -> None:
    with db.transaction() as session:
        outbox.release_items(session, item_ids, holder)


def _count_attempt(db: Database, msg: PendingMessage, claim: Claim | None, now: datetime) -> bool:
    """Count a send before it is made (committed); with a claim, only while it is held."""
    with db.transaction() as session:
        if claim is None:
            outbox.mark_attempt(session, msg.message_row_id)
            return True
        until = max(now, utcnow()) + claim.ttl
        return outbox.claim_send(session, msg.message_row_id, msg.item_id, claim.holder, until)


def _in_transaction(db: Database, fn: Callable[..., Any], *args: Any) -> None:
    with db.transaction() as session:
        fn(session, *args)


def _refuse(db: Database, subscription_id: int, reason: str) -> None:
    with db.transaction() as session:
        subscriptions.disable_subscription(session, subscription_id, reason)
        outbox.abandon_items(session, subscription_id, reason)
