# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Rows to domain values and back, with the column lists the rows come from.

SQL keeps timestamps as INTEGER milliseconds since the epoch (UTC): domain
datetimes must be aware (naive ones raise ``ValueError``), sub-millisecond parts
are dropped, and values come back as UTC datetimes. Addresses are ``str(Address)``
and come back exactly as they were; JSON values are compact TEXT.
"""

from __future__ import annotations

import json
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import Any

from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import ConversationKind
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import JsonValue
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import ProtocolKind
from messenger.core.model import Subscription

Row = tuple[Any, ...]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)

# The columns message() and conversation() expect, in their order; queries
# append their WHERE/ORDER BY.
SELECT_MESSAGES = """
    SELECT m.id, m.conversation_id, m.account_id, c.peer, m.direction, m.sender,
           m.body, m.ts, m.state, m.error, m.origin_id, m.stanza_id, m.remote_id,
           m.edited_at
    FROM messages AS m JOIN conversations AS c ON c.id = m.conversation_id
"""
SELECT_CONVERSATIONS = """
    SELECT id, account_id, peer, kind, unread_count, read_up_to, last_message_id,
           last_activity
    FROM conversations
"""
SELECT_ACCOUNTS = """
    SELECT id, protocol, address, display_name, enabled, settings FROM accounts
"""
SELECT_CONTACTS = """
    SELECT c.account_id, c.address, c.name, c.groups, c.subscription,
           c.pending_out, c.pending_in, c.avatar_hash
    FROM contacts AS c
"""


def to_ms(when: datetime) -> int:
    if when.utcoffset() is None:
        raise ValueError(f"naive datetime {when!r}: the store keeps aware UTC times")
    return (when - _EPOCH) // _MS


def from_ms(ms: int) -> datetime:
    return _EPOCH + ms * _MS


def optional_ms(ms: int | None) -> datetime | None:
    return None if ms is None else from_ms(ms)


def dumps(value: JsonValue) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def loads(text: str) -> JsonValue:
    value: JsonValue = json.loads(text)
    return value


def address(text: str) -> Address:
    """The inverse of ``str(Address)``.

    Not ``Address.parse``, which strips whitespace for typed input: a stored
    resource (a group chat nickname) may end in a space.
    """
    bare, _, resource = text.partition("/")
    local, _, domain = bare.rpartition("@")
    return Address(local, domain, resource)


def account(row: Row) -> Account:
    account_id, protocol, account_address, display_name, enabled, settings = row
    return Account(
        id=AccountId(account_id),
        protocol=ProtocolKind(protocol),
        address=account_address,
        display_name=display_name,
        enabled=bool(enabled),
        settings=json.loads(settings),
    )


def account_params(value: Account) -> dict[str, object]:
    return {
        "id": value.id,
        "protocol": value.protocol.value,
        "address": value.address,
        "display_name": value.display_name,
        "enabled": int(value.enabled),
        "settings": dumps(value.settings),
    }


def contact(row: Row) -> Contact:
    account_id, bare, name, groups, subscription, pending_out, pending_in, avatar = row
    return Contact(
        account_id=AccountId(account_id),
        address=address(bare),
        name=name,
        groups=tuple(json.loads(groups)),
        subscription=Subscription(subscription),
        pending_out=bool(pending_out),
        pending_in=bool(pending_in),
        avatar_hash=avatar,
    )


def contact_params(value: Contact) -> tuple[object, ...]:
    return (
        value.account_id,
        str(value.address.bare),
        value.name,
        dumps(list(value.groups)),
        value.subscription.value,
        int(value.pending_out),
        int(value.pending_in),
        value.avatar_hash,
    )


def conversation(row: Row) -> Conversation:
    cid, account_id, peer, kind, unread, read_up_to, last_id, last_activity = row
    return Conversation(
        id=ConversationId(cid),
        account_id=AccountId(account_id),
        peer=address(peer),
        kind=ConversationKind(kind),
        unread_count=unread,
        read_up_to=None if read_up_to is None else LocalMessageId(read_up_to),
        last_message_id=None if last_id is None else LocalMessageId(last_id),
        last_activity=optional_ms(last_activity),
    )


def message(row: Row) -> Message:
    (mid, cid, account_id, peer, direction, sender, body, ts, state, error,
     origin_id, stanza_id, remote_id, edited_at) = row  # fmt: skip
    return Message(
        id=LocalMessageId(mid),
        conversation_id=ConversationId(cid),
        account_id=AccountId(account_id),
        peer=address(peer),
        direction=Direction(direction),
        sender=address(sender),
        body=body,
        timestamp=from_ms(ts),
        state=DeliveryState(state),
        error=error,
        origin_id=origin_id,
        stanza_id=stanza_id,
        remote_id=remote_id,
        edited_at=optional_ms(edited_at),
    )
