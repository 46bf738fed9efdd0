"""The outbox: digests and alerts written (with every message and nonce) before any send.

A subscription's cursor, its delivered stories and the outbox item are written in one
transaction; delivery then sends each message and records Discord's message id. After a
crash, whatever has no message id yet is sent again — with the same nonce.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from storage.claims import claim_rows, release_held, renew_held
from storage.digests import record_delivered
from storage.models import DeliveredStory, OutboxItem, OutboxMessage, Subscription

# the message id recorded for a message Discord took without telling its id (a 2xx without
# one, or a send given up as "sent" after repeated read timeouts): never sent again
ID_UNKNOWN = "unknown"


@dataclass(frozen=True)
class OutboxFile:
    """A file attached to one message (the talent-flow chart), kept byte for byte."""

    name: str
    data: bytes


@dataclass(frozen=True)
class PendingMessage:
    """One message still to send, with where it goes."""

    message_row_id: int
    item_id: int
    seq: int
    payload: dict[str, Any]
    nonce: str
    attempts: int
    subscription_id: int
    subscription_key: str
    subscription_kind: str
    channel_id: int | None
    file: OutboxFile | None = None
    first_message_id: str | None = None  # Discord's id of the item's first message, once sent
    unsure: int = 0


def new_nonce() -> str:
    """A message nonce (Discord accepts up to 25 characters)."""
    return "lw" + secrets.token_hex(10)


def enqueue(
    session: Session,
    subscription_id: int,
    kind: str,
    payloads: list[dict[str, Any]],
    story_ids: Iterable[str],
    now: datetime,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    files: dict[int, OutboxFile] | None = None,
) -> OutboxItem:
    """Write a digest or alert with all its messages, and mark its stories as delivered.

    `files` maps a message's position to the file it carries; the bytes are stored with the
    message, so a resend after a crash sends exactly what the first attempt did.
    """
    ids = list(story_ids)
    item = OutboxItem(
        subscription_id=subscription_id,
        kind=kind,
        window_since=since,
        window_until=until,
        story_ids=ids,
        status="pending" if payloads else "sent",
        created_at=now,
        sent_at=None if payloads else now,
    )
    session.add(item)
    session.flush()
    for seq, payload in enumerate(payloads):
        file = (files or {}).get(seq)
        session.add(
            OutboxMessage(
                item_id=item.id,
                seq=seq,
                payload=payload,
                nonce=new_nonce(),
                file_name=file.name if file else None,
                file_data=file.data if file else None,
            )
        )
    record_delivered(session, subscription_id, ids, item.id)
    session.flush()
    return item


def pending_messages(
    session: Session,
    subscription_ids: Iterable[int] | None = None,
    now: datetime | None = None,
    item_ids: Iterable[int] | None = None,
) -> list[PendingMessage]:
    """Every unsent message of pending items (or of these items), oldest item first, in
    message order.

    With `now`, only messages whose destination is not backing off (next try at or before now).
    """
    first = aliased(OutboxMessage)
    query = (
        select(OutboxMessage, OutboxItem, Subscription, first.message_id)
        .join(OutboxItem, OutboxItem.id == OutboxMessage.item_id)
        .join(Subscription, Subscription.id == OutboxItem.subscription_id)
        .outerjoin(first, (first.item_id == OutboxItem.id) & (first.seq == 0))
        .where(OutboxItem.status == "pending", OutboxMessage.message_id.is_(None))
        .order_by(OutboxItem.id, OutboxMessage.seq)
    )
    if subscription_ids is not None:
        query = query.where(Subscription.id.in_(list(subscription_ids)))
    if item_ids is not None:
        query = query.where(OutboxItem.id.in_(list(item_ids)))
    if now is not None:
        query = query.where(_may_try(now))
    return [
        PendingMessage(
            message_row_id=msg.id,
            item_id=item.id,
            seq=msg.seq,
            payload=msg.payload,
            nonce=msg.nonce,
            attempts=msg.attempts,
            subscription_id=sub.id,
            subscription_key=sub.key,
            subscription_kind=sub.kind,
            channel_id=sub.channel_id,
            file=file_of(msg),
            first_message_id=first_id,
            unsure=msg.unsure,
        )
        for msg, item, sub, first_id in session.execute(query)
    ]


def _may_try(now: datetime) -> ColumnElement[bool]:
    return or_(OutboxMessage.next_try_at.is_(None), OutboxMessage.next_try_at <= now)


def due_items(now: datetime) -> tuple[ColumnElement[bool], ...]:
    """Pending items with a message to try now (what the sender claims)."""
    unsent = select(OutboxMessage.item_id).where(OutboxMessage.message_id.is_(None), _may_try(now))
    return (OutboxItem.status == "pending", OutboxItem.id.in_(unsent))


def claim_pending_items(
    session: Session, now: datetime, holder: str, until: datetime, limit: int, after: int = 0
) -> list[int]:
    """Claim up to `limit` pending items (id above `after`) with a message to try now, for
    `holder`, oldest first (storage.claims: one statement, items being claimed elsewhere
    skipped); their ids."""
    due = (*due_items(now), OutboxItem.id > after)
    return sorted(  # RETURNING keeps no order: outbox order is item order
        claim_rows(
            session, OutboxItem.id, due, (OutboxItem.id,),
            holder=holder, now=now, until=until, limit=limit,
        )
    )  # fmt: skip


def release_items(session: Session, item_ids: Iterable[int], holder: str) -> None:
    """Release `holder`'s claims on these items (the round is over)."""
    release_held(session, OutboxItem.id, item_ids, holder)


def claim_send(
    session: Session, message_row_id: int, item_id: int, holder: str, until: datetime
) -> bool:
    """Before a send: count the attempt, and renew the item's claim to `until`, only while
    `holder` still holds the item and the message is unsent. False: do not send it."""
    if not renew_held(session, OutboxItem.id, [item_id], holder, until):
        return False  # the claim lapsed and another sender took the item
    msg = session.get(OutboxMessage, message_row_id, with_for_update=True, populate_existing=True)
    if msg is None or msg.message_id is not None:
        return False  # a previous holder's send was recorded meanwhile
    msg.attempts += 1
    return True


def file_of(msg: OutboxMessage) -> OutboxFile | None:
    """The file a stored message carries, if any."""
    if msg.file_name is None or msg.file_data is None:
        return None
    return OutboxFile(msg.file_name, bytes(msg.file_data))


def mark_attempt(session: Session, message_row_id: int) -> None:
    """Count a send attempt before it is made (so a restart knows it may have gone out)."""
    msg = session.get(OutboxMessage, message_row_id)
    if msg is not None:
        msg.attempts += 1


def mark_sent(
    session: Session, message_row_id: int, discord_message_id: str, now: datetime
) -> None:
    """Record Discord's id for a sent message; the item is sent once all its messages are."""
    msg = session.get(OutboxMessage, message_row_id)
    if msg is None or msg.message_id is not None:
        return  # the first recorded id stands (a sender that lost its claim may record late)
    msg.message_id, msg.sent_at = str(discord_message_id), now
    msg.file_data = None  # never sent again: Discord holds the picture now (file_name stays)
    session.flush()
    unsent = session.scalar(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.item_id == msg.item_id, OutboxMessage.message_id.is_(None))
    )
    if not unsent:
        item = session.get(OutboxItem, msg.item_id)
        if item is not None:
            item.status, item.sent_at = "sent", now


def mark_unsure(session: Session, message_row_id: int) -> int:
    """Count a send that ended without knowing whether Discord took it; the new count."""
    msg = session.get(OutboxMessage, message_row_id)
    if msg is None:
        return 0
    msg.unsure += 1
    return msg.unsure


def defer_destination(session: Session, subscription_id: int, until: datetime) -> None:
    """Hold every unsent message of a destination until `until` (it failed: back off)."""
    items = select(OutboxItem.id).where(
        OutboxItem.subscription_id == subscription_id, OutboxItem.status == "pending"
    )
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.item_id.in_(items), OutboxMessage.message_id.is_(None))
        .values(next_try_at=until)
    )


def give_up_item(session: Session, item_id: int, reason: str) -> None:
    """Stop retrying an item whose sends kept failing (its destination stays enabled)."""
    item = session.get(OutboxItem, item_id)
    if item is not None and item.status == "pending":
        item.status, item.error = "failed", reason


def next_try(session: Session) -> datetime | None:
    """The earliest moment a backed-off message may be tried again (None: nothing waits)."""
    return session.scalar(
        select(func.min(OutboxMessage.next_try_at))
        .join(OutboxItem, OutboxItem.id == OutboxMessage.item_id)
        .where(OutboxItem.status == "pending", OutboxMessage.message_id.is_(None))
    )


def abandon_items(session: Session, subscription_id: int, reason: str) -> int:
    """Give up the pending items of a destination Discord refused; returns how many."""
    items = session.scalars(
        select(OutboxItem).where(
            OutboxItem.subscription_id == subscription_id, OutboxItem.status == "pending"
        )
    ).all()
    for item in items:
        item.status, item.error = "abandoned", reason
    if items:  # never delivered: a later subscription of the same channel may get them
        session.execute(
            delete(DeliveredStory).where(DeliveredStory.item_id.in_([i.id for i in items]))
        )
    return len(items)


def sent_message_count(session: Session, subscription_id: int | None = None) -> int:
    """How many outbox messages carry a Discord message id."""
    query = (
        select(func.count())
        .select_from(OutboxMessage)
        .join(OutboxItem, OutboxItem.id == OutboxMessage.item_id)
        .where(OutboxMessage.message_id.is_not(None))
    )
    if subscription_id is not None:
        query = query.where(OutboxItem.subscription_id == subscription_id)
    return int(session.scalar(query) or 0)


def items_since(session: Session, subscription_id: int, kind: str, since: datetime) -> int:
    """How many items of a kind were written for a subscription since then (alert pacing)."""
    query = select(func.count(OutboxItem.id)).where(
        OutboxItem.subscription_id == subscription_id,
        OutboxItem.kind == kind,
        OutboxItem.created_at >= since,
    )
    return int(session.scalar(query) or 0)
