# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``add_messages``: one batch of new messages, in the caller's transaction.

A burst reaches the store as batches of up to 1,000 messages, so the cost per
message is what counts. Per message, SQLite inserts one row (one
``executemany`` for the batch). Everything else is done once per batch: one
lookup of the batch's archive ids per account, one of its origin ids per
conversation and sender, one counter update per conversation, and once
in several batches one statement that adds the new rows to the search index.

The search index is filled here rather than by a trigger: FTS5 writes its
pending terms out as a new segment at every statement savepoint, and an insert
trigger gives every row insert a savepoint of its own, so each message became
a segment that merging then rewrote again and again (see schema.py, version
2). It is filled in chunks of ``search.INDEX_CHUNK`` rows (version 3): a
segment per batch still cost a third of the index's work.

Duplicates are decided in memory, in input order, with the rules of the
``Store`` contract, as if the messages were stored one after the other: a
message is a duplicate when its account already has its non-empty
``stanza_id``, or its conversation already has its bare sender's non-empty
``origin_id`` (stored, or earlier in the batch). An origin duplicate that
brings a ``stanza_id`` the first copy lacks gives it to that copy. A
conversation is created when its first message is actually stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from messenger.core.interfaces import AddResult
from messenger.core.model import Address
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import Direction
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import NewMessage
from messenger.storage import rows
from messenger.storage import search
from messenger.storage.rows import SELECT_CONVERSATIONS
from messenger.storage.rows import Row

# Values per "IN (...)" list, well below SQLite's variable limit. Lists are
# padded to a power of two (repeating a value), so a few prepared statements
# serve every batch size instead of one per size.
_IN_LIST_MAX = 512

_INSERT = """
    INSERT INTO messages (conversation_id, account_id, direction, sender,
                          sender_bare, ts, state, origin_id, stanza_id, remote_id,
                          body)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
# The position of stanza_id in an _INSERT row.
_STANZA_ID = 8
_MAX_ID = "SELECT coalesce(max(id), 0) FROM messages"
# Partial-index conditions are repeated literally: SQLite uses a partial index
# only when the query implies its condition (see schema.py).
_STORED_STANZA_IDS = """
    SELECT stanza_id FROM messages
    WHERE account_id = ? AND stanza_id IN ({marks}) AND stanza_id != ''
"""
_STORED_ORIGIN_IDS = """
    SELECT origin_id, id, stanza_id FROM messages
    WHERE conversation_id = ? AND sender_bare = ? AND origin_id IN ({marks})
      AND origin_id != ''
"""
_FIND_CONVERSATION = """
    SELECT id, read_up_to FROM conversations
    WHERE account_id = ? AND peer = ? AND kind = ?
"""
_CREATE_CONVERSATION = """
    INSERT INTO conversations (account_id, peer, kind) VALUES (?, ?, ?)
    ON CONFLICT DO NOTHING
"""
_GET_CONVERSATION = SELECT_CONVERSATIONS + "WHERE id = ?"
_FILL_STANZA_ID = "UPDATE messages SET stanza_id = ? WHERE id = ?"
_UPDATE_CONVERSATION = """
    UPDATE conversations SET
        unread_count = unread_count + :unread,
        (last_message_id, last_activity) = (
            SELECT id, ts FROM messages WHERE conversation_id = :id
            ORDER BY ts DESC, id DESC LIMIT 1)
    WHERE id = :id
"""

# (account, bare peer, kind)
_Key = tuple[str, str, str]
# (conversation id, read_up_to)
_Conversation = tuple[int, int | None]


@dataclass(slots=True)
class _First:
    """The first copy of an origin id: a stored row or a row of this batch."""

    stanza_id: str
    message_id: int = 0  # a stored row
    row: list[object] | None = None  # this batch's insert parameters


def add_messages(conn: sqlite3.Connection, messages: Sequence[NewMessage]) -> AddResult:
    return _Batch(conn).add_all(messages)


class _Batch:
    """One ``add_messages`` call, inside its transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._conversations: dict[_Key, _Conversation | None] = {}
        # (account, stanza id) stored or given to a message of this batch.
        self._stanza_ids: set[tuple[str, str]] = set()
        # (conversation id, bare sender, origin id) -> its first copy.
        self._origins: dict[tuple[int, str, str], _First] = {}
        self._rows: list[list[object]] = []
        self._fills: list[tuple[str, int]] = []
        # Conversations that got messages, in order -> new unread messages.
        self._unread: dict[int, int] = {}
        # Addresses are values: their text is computed once per batch.
        self._texts: dict[Address, tuple[str, str]] = {}
        self._times: dict[int, datetime] = {}

    def add_all(self, messages: Sequence[NewMessage]) -> AddResult:
        self._load_stanza_ids(messages)
        self._load_origins(messages)
        first_id = self._scalar(_MAX_ID) + 1
        stored = [self._add(message, first_id) for message in messages]
        self._write(first_id)
        return AddResult(messages=stored, conversations=self._update_conversations())

    # ------------------------------------------------------------ lookups

    def _load_stanza_ids(self, messages: Sequence[NewMessage]) -> None:
        wanted: dict[str, set[str]] = {}
        for new in messages:
            if new.stanza_id:
                wanted.setdefault(new.account_id, set()).add(new.stanza_id)
        for account_id, stanza_ids in wanted.items():
            found = self._select_in(_STORED_STANZA_IDS, (account_id,), stanza_ids)
            self._stanza_ids.update((account_id, stanza_id) for (stanza_id,) in found)

    def _load_origins(self, messages: Sequence[NewMessage]) -> None:
        wanted: dict[tuple[_Key, str], set[str]] = {}
        for new in messages:
            if new.origin_id:
                sender_bare = self._text(new.sender)[1]
                wanted.setdefault((self._key(new), sender_bare), set()).add(
                    new.origin_id
                )
        for (key, sender_bare), origin_ids in wanted.items():
            conversation = self._conversation(key)
            if conversation is None:
                continue
            conversation_id = conversation[0]
            params = (conversation_id, sender_bare)
            for origin_id, message_id, stanza_id in self._select_in(
                _STORED_ORIGIN_IDS, params, origin_ids
            ):
                first = _First(stanza_id=stanza_id, message_id=message_id)
                self._origins[(conversation_id, sender_bare, origin_id)] = first

    def _select_in(
        self, sql: str, params: tuple[object, ...], values: Iterable[str]
    ) -> list[Row]:
        ordered = sorted(values)
        found: list[Row] = []
        for start in range(0, len(ordered), _IN_LIST_MAX):
            chunk = ordered[start : start + _IN_LIST_MAX]
            size = 1 << (len(chunk) - 1).bit_length()
            chunk += chunk[-1:] * (size - len(chunk))
            statement = sql.format(marks=", ".join("?" * size))
            found += self._conn.execute(statement, (*params, *chunk)).fetchall()
        return found

    def _conversation(self, key: _Key) -> _Conversation | None:
        if key not in self._conversations:
            row = self._conn.execute(_FIND_CONVERSATION, key).fetchone()
            self._conversations[key] = None if row is None else (row[0], row[1])
        return self._conversations[key]

    # ------------------------------------------------------------ messages

    def _add(self, new: NewMessage, first_id: int) -> Message | None:
        if new.stanza_id and (new.account_id, new.stanza_id) in self._stanza_ids:
            return None
        key = self._key(new)
        sender, sender_bare = self._text(new.sender)
        conversation = self._conversation(key)
        if conversation is not None and new.origin_id:
            first = self._origins.get((conversation[0], sender_bare, new.origin_id))
            if first is not None:
                self._fill_stanza_id(first, new)
                return None
        if conversation is None:
            conversation = self._create_conversation(key)
        conversation_id, read_up_to = conversation
        message_id = first_id + len(self._rows)
        ts = rows.to_ms(new.timestamp)
        row: list[object] = [
            conversation_id, new.account_id, new.direction._value_, sender,
            sender_bare, ts, new.state._value_, new.origin_id, new.stanza_id,
            new.remote_id, new.body,
        ]  # fmt: skip
        self._rows.append(row)
        if new.stanza_id:
            self._stanza_ids.add((new.account_id, new.stanza_id))
        if new.origin_id:
            first = _First(stanza_id=new.stanza_id, row=row)
            self._origins[(conversation_id, sender_bare, new.origin_id)] = first
        # New ids are above every stored one, so this is "after read_up_to".
        unread = new.direction is Direction.INCOMING and (
            read_up_to is None or message_id > read_up_to
        )
        self._unread[conversation_id] = self._unread.get(conversation_id, 0) + unread
        return self._message(new, LocalMessageId(message_id), conversation_id, ts)

    def _message(
        self, new: NewMessage, message_id: LocalMessageId, conversation_id: int, ts: int
    ) -> Message:
        timestamp = self._times.get(ts)
        if timestamp is None:
            timestamp = self._times[ts] = rows.from_ms(ts)
        return Message(
            id=message_id,
            conversation_id=ConversationId(conversation_id),
            account_id=new.account_id,
            peer=new.peer.bare,
            direction=new.direction,
            sender=new.sender,
            body=new.body,
            timestamp=timestamp,
            state=new.state,
            origin_id=new.origin_id,
            stanza_id=new.stanza_id,
            remote_id=new.remote_id,
        )

    def _fill_stanza_id(self, first: _First, new: NewMessage) -> None:
        # A first copy without the archive's id (sent, or received live) gets
        # it from the archive copy; the stanza-id check made sure no other
        # message of the account has it.
        if not new.stanza_id or first.stanza_id:
            return
        first.stanza_id = new.stanza_id
        self._stanza_ids.add((new.account_id, new.stanza_id))
        if first.row is not None:
            first.row[_STANZA_ID] = new.stanza_id
        else:
            self._fills.append((new.stanza_id, first.message_id))

    def _create_conversation(self, key: _Key) -> _Conversation:
        self._conn.execute(_CREATE_CONVERSATION, key)
        row = self._conn.execute(_FIND_CONVERSATION, key).fetchone()
        conversation = self._conversations[key] = (row[0], row[1])
        return conversation

    def _write(self, first_id: int) -> None:
        if self._rows:
            self._conn.executemany(_INSERT, self._rows)
            last_id = first_id + len(self._rows) - 1
            # SQLite gives a new row the largest id plus one; only when the
            # largest possible id is taken would it pick others at random.
            if self._scalar(_MAX_ID) != last_id:
                raise RuntimeError("message ids are not consecutive: nothing stored")
            search.index_new(self._conn, first_id, last_id)
        if self._fills:
            self._conn.executemany(_FILL_STANZA_ID, self._fills)

    def _update_conversations(self) -> list[Conversation]:
        changed = []
        for conversation_id, unread in self._unread.items():
            params = {"id": conversation_id, "unread": unread}
            self._conn.execute(_UPDATE_CONVERSATION, params)
            found = self._conn.execute(_GET_CONVERSATION, (conversation_id,))
            changed.append(rows.conversation(found.fetchone()))
        return changed

    # ------------------------------------------------------------ helpers

    def _key(self, new: NewMessage) -> _Key:
        # ``_value_``: ``value`` is a property, several times slower.
        kind: str = new.conversation_kind._value_
        return (new.account_id, self._text(new.peer)[1], kind)

    def _text(self, address: Address) -> tuple[str, str]:
        """``str(address)`` and ``str(address.bare)``, without building the bare
        ``Address`` (and checking its parts again) for every message."""
        texts = self._texts.get(address)
        if texts is None:
            full = str(address)
            # Neither the local part nor the domain can contain a "/".
            texts = self._texts[address] = (full, full.partition("/")[0])
        return texts

    def _scalar(self, sql: str) -> int:
        value: int = self._conn.execute(sql).fetchone()[0]
        return value
