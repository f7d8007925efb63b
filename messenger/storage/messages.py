# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Messages and conversations, on the database thread.

Every function takes the connection and runs its statements in the caller's
transaction; :class:`messenger.storage.store.SqliteStore` wraps each write in
one. The rules are those of the ``Store`` contract; details it leaves open are
listed in the ``store`` module docstring. New messages are added by
:mod:`messenger.storage.batch`.
"""

from __future__ import annotations

import logging
import sqlite3

from messenger.core.errors import CoreError
from messenger.core.model import AccountId
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import ConversationKind
from messenger.core.model import ErrorCode
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.storage import rows
from messenger.storage import search as fts
from messenger.storage.database import run_in_transaction
from messenger.storage.rows import SELECT_CONVERSATIONS
from messenger.storage.rows import SELECT_MESSAGES

log = logging.getLogger(__name__)

# Ids per "WHERE id IN (...)": well below SQLite's variable limit.
_IDS_PER_QUERY = 500

# Partial-index conditions are repeated literally: SQLite uses a partial index
# only when the query implies its condition (see schema.py).
_FIND_STANZA_ID = """
    SELECT id FROM messages
    WHERE account_id = ? AND stanza_id = ? AND stanza_id != ''
"""
_FIND_BY_ORIGIN_ID = (
    SELECT_MESSAGES
    + """
    WHERE m.conversation_id = ? AND m.sender_bare = ? AND m.origin_id = ?
      AND m.origin_id != ''
"""
)
_FIND_BY_REMOTE_ID = (
    SELECT_MESSAGES
    + """
    WHERE m.conversation_id = ? AND m.sender_bare = ? AND m.remote_id = ?
      AND m.remote_id != '' AND m.remote_id != m.origin_id
    ORDER BY m.id DESC LIMIT 1
"""
)
_FIND_OUTGOING = (
    SELECT_MESSAGES
    + """
    WHERE m.account_id = ? AND m.origin_id = ?
      AND m.direction = 'out' AND m.origin_id != ''
    ORDER BY m.id DESC LIMIT 1
"""
)
_PENDING_OUTGOING = (
    SELECT_MESSAGES
    + """
    WHERE m.account_id = ? AND m.direction = 'out' AND m.state = 'pending'
    ORDER BY m.id
"""
)
_NEWEST = (
    SELECT_MESSAGES
    + """
    WHERE m.conversation_id = ?
    ORDER BY m.ts DESC, m.id DESC LIMIT ?
"""
)
_NEWEST_BEFORE = (
    SELECT_MESSAGES
    + """
    WHERE m.conversation_id = ? AND (m.ts, m.id) < (?, ?)
    ORDER BY m.ts DESC, m.id DESC LIMIT ?
"""
)
_OLDEST_AFTER = (
    SELECT_MESSAGES
    + """
    WHERE m.conversation_id = ? AND (m.ts, m.id) > (?, ?)
    ORDER BY m.ts ASC, m.id ASC LIMIT ?
"""
)
_COUNT_UNREAD = """
    SELECT count(*) FROM messages
    WHERE conversation_id = ? AND direction = 'in' AND id > ?
"""
# coalesce: a NULL parameter leaves the column as it is. The search index
# trigger re-indexes only when the body really changes.
_UPDATE_MESSAGE = """
    UPDATE messages SET
        state = coalesce(:state, state),
        error = coalesce(:error, error),
        stanza_id = coalesce(:stanza_id, stanza_id),
        body = coalesce(:body, body),
        edited_at = coalesce(:edited_at, edited_at)
    WHERE id = :id
"""


def open_conversation(
    conn: sqlite3.Connection, account_id: str, peer: str, kind: ConversationKind
) -> Conversation:
    key = (account_id, peer, kind.value)
    conn.execute(
        "INSERT INTO conversations (account_id, peer, kind) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        key,
    )
    sql = SELECT_CONVERSATIONS + "WHERE account_id = ? AND peer = ? AND kind = ?"
    return rows.conversation(conn.execute(sql, key).fetchone())


def get_conversation(conn: sqlite3.Connection, conversation_id: int) -> Conversation:
    row = conn.execute(
        SELECT_CONVERSATIONS + "WHERE id = ?", (conversation_id,)
    ).fetchone()
    if row is None:
        raise CoreError(ErrorCode.NOT_FOUND, f"conversation {conversation_id}")
    return rows.conversation(row)


def load_conversations(conn: sqlite3.Connection) -> list[Conversation]:
    found = conn.execute(SELECT_CONVERSATIONS + "ORDER BY id")
    return [rows.conversation(row) for row in found]


def mark_read(
    conn: sqlite3.Connection, conversation_id: ConversationId, up_to: LocalMessageId
) -> Conversation:
    current = get_conversation(conn, conversation_id).read_up_to
    marker = up_to if current is None else max(current, up_to)
    # A range of the partial index messages_incoming.
    (unread,) = conn.execute(_COUNT_UNREAD, (conversation_id, marker)).fetchone()
    conn.execute(
        "UPDATE conversations SET read_up_to = ?, unread_count = ? WHERE id = ?",
        (marker, unread, conversation_id),
    )
    return get_conversation(conn, conversation_id)


def update_message(
    conn: sqlite3.Connection, message_id: LocalMessageId, changes: dict[str, object]
) -> Message | None:
    """Set the non-None ``changes`` (column: SQL value) of a message."""
    row = conn.execute(
        "SELECT account_id, stanza_id FROM messages WHERE id = ?", (message_id,)
    ).fetchone()
    if row is None:
        return None
    account_id, stored_stanza_id = row
    stanza_id = changes.get("stanza_id")
    if stanza_id and stanza_id != stored_stanza_id:
        taken = conn.execute(_FIND_STANZA_ID, (account_id, stanza_id)).fetchone()
        if taken is not None:
            log.warning(
                "Message %d: stanza-id already belongs to message %d, not set",
                message_id,
                taken[0],
            )
            changes = {**changes, "stanza_id": None}
    params = dict.fromkeys(("state", "error", "stanza_id", "body", "edited_at"))
    conn.execute(_UPDATE_MESSAGE, {**params, **changes, "id": message_id})
    return get_message(conn, message_id)


def find_message(
    conn: sqlite3.Connection,
    conversation_id: ConversationId,
    sender_bare: str,
    message_id: str,
) -> Message | None:
    params = (conversation_id, sender_bare, message_id)
    # The sender's own id first: it is unique per conversation and sender. A
    # row whose protocol id equals its origin id is found there (which is
    # why messages_remote_id leaves such rows out).
    for sql in (_FIND_BY_ORIGIN_ID, _FIND_BY_REMOTE_ID):
        row = conn.execute(sql, params).fetchone()
        if row is not None:
            return rows.message(row)
    return None


def find_outgoing(
    conn: sqlite3.Connection, account_id: AccountId, origin_id: str
) -> Message | None:
    row = conn.execute(_FIND_OUTGOING, (account_id, origin_id)).fetchone()
    return None if row is None else rows.message(row)


def advance_outgoing(
    conn: sqlite3.Connection,
    conversation_id: ConversationId,
    up_to: LocalMessageId,
    state: str,
    earlier_states: tuple[str, ...],
) -> list[Message]:
    """Move outgoing messages up to ``up_to`` from ``earlier_states`` to ``state``."""
    marks = ",".join("?" * len(earlier_states))
    changed = conn.execute(
        f"""UPDATE messages SET state = ?
        WHERE conversation_id = ? AND direction = 'out' AND id <= ?
        AND state IN ({marks}) RETURNING id""",  # noqa: S608 (placeholders only)
        (state, conversation_id, up_to, *earlier_states),
    ).fetchall()
    found = (get_message(conn, message_id) for (message_id,) in sorted(changed))
    return [message for message in found if message is not None]


def pending_outgoing(conn: sqlite3.Connection, account_id: AccountId) -> list[Message]:
    return [rows.message(row) for row in conn.execute(_PENDING_OUTGOING, (account_id,))]


def get_message(conn: sqlite3.Connection, message_id: int) -> Message | None:
    row = conn.execute(SELECT_MESSAGES + "WHERE m.id = ?", (message_id,)).fetchone()
    return None if row is None else rows.message(row)


def load_messages(
    conn: sqlite3.Connection,
    conversation_id: ConversationId,
    before: LocalMessageId | None,
    limit: int,
    after: LocalMessageId | None = None,
) -> list[Message]:
    """Up to ``limit`` messages before ``before`` (or after ``after``) in (ts, id)
    order, oldest first."""
    if after is not None:
        anchor = conn.execute("SELECT ts FROM messages WHERE id = ?", (after,))
        found_ts = anchor.fetchone()
        if found_ts is None:
            return []
        params = (conversation_id, found_ts[0], after, limit)
        return [rows.message(row) for row in conn.execute(_OLDEST_AFTER, params)]
    if before is None:
        found = conn.execute(_NEWEST, (conversation_id, limit)).fetchall()
    else:
        anchor = conn.execute(
            "SELECT ts FROM messages WHERE id = ?", (before,)
        ).fetchone()
        if anchor is None:
            return []
        params = (conversation_id, anchor[0], before, limit)
        found = conn.execute(_NEWEST_BEFORE, params).fetchall()
    return [rows.message(row) for row in reversed(found)]


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    account_id: AccountId | None,
    conversation_id: ConversationId | None,
    before: LocalMessageId | None,
    limit: int,
) -> list[Message]:
    """User-text search, newest first (see :mod:`messenger.storage.search`).
    Messages not indexed yet are indexed first, in a transaction of their own
    (outside any transaction: ``conn`` must be in autocommit mode)."""
    if fts.has_pending(conn):
        run_in_transaction(conn, fts.index_pending)
    found = fts.search_ids(
        conn,
        query,
        account_id=account_id,
        conversation_id=conversation_id,
        before=before,
        limit=limit,
    )
    messages: list[Message] = []
    for start in range(0, len(found), _IDS_PER_QUERY):
        chunk = found[start : start + _IDS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        sql = f"{SELECT_MESSAGES} WHERE m.id IN ({marks}) ORDER BY m.id DESC"
        messages += map(rows.message, conn.execute(sql, chunk))
    return messages
