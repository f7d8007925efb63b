# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The profile database behind :class:`messenger.core.interfaces.Store`.

:class:`SqliteStore` keeps the contract in the ``Store`` docstring. Each method
is one call on the database thread (writes of more than one statement are one
transaction), and rows become domain values on that thread as well. Messages
and conversations live in :mod:`messenger.storage.messages` (new ones are
added by :mod:`messenger.storage.batch`), search in
:mod:`messenger.storage.search`, row mapping in :mod:`messenger.storage.rows`.

Where the contract leaves room, this store decides:

- Read markers and unread counts follow id order, which is arrival order: a
  message stored after the marker is unread whatever its timestamp says.
- ``load_contacts`` leaves out the contacts of removed accounts;
  ``load_conversations`` keeps their conversations, whose history stays
  reachable. Saving a removed account again makes it visible again.
- Timestamps are kept to the millisecond; naive datetimes are refused
  (``ValueError``). ``mark_read`` on an unknown conversation raises
  ``CoreError(NOT_FOUND)``; ``load_messages`` with an unknown ``before`` or ``after``
  returns nothing; with both it raises ``ValueError``.
- A ``stanza_id`` that another message of the account already carries is not
  copied onto a second message (``update_message``): it stays a unique key.
- Saving an account state, contact or conversation of an account that was never
  saved fails (``sqlite3.IntegrityError``): the tables keep foreign keys.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from messenger.core.interfaces import AddResult
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import ConversationKind
from messenger.core.model import DeliveryState
from messenger.core.model import JsonValue
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import NewMessage
from messenger.storage import batch as sql_batch
from messenger.storage import messages as sql
from messenger.storage import rows
from messenger.storage.database import Database
from messenger.storage.rows import Row

log = logging.getLogger(__name__)

_Params = Sequence[object] | dict[str, object]

_UPSERT_SETTING = """
    INSERT INTO settings (key, value) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
"""
_LOAD_ACCOUNTS = rows.SELECT_ACCOUNTS + "WHERE removed = 0 ORDER BY position, id"
# A new account goes last; an update keeps its place and makes it visible.
_UPSERT_ACCOUNT = """
    INSERT INTO accounts (id, protocol, address, display_name, enabled, settings,
                          position)
    VALUES (:id, :protocol, :address, :display_name, :enabled, :settings,
            (SELECT coalesce(max(position), -1) + 1 FROM accounts))
    ON CONFLICT (id) DO UPDATE SET
        protocol = excluded.protocol, address = excluded.address,
        display_name = excluded.display_name, enabled = excluded.enabled,
        settings = excluded.settings, removed = 0
"""
_UPSERT_ACCOUNT_STATE = """
    INSERT INTO account_state (account_id, key, value) VALUES (?, ?, ?)
    ON CONFLICT (account_id, key) DO UPDATE SET value = excluded.value
"""
_LOAD_CONTACTS = (
    rows.SELECT_CONTACTS
    + """
    JOIN accounts AS a ON a.id = c.account_id
    WHERE a.removed = 0 ORDER BY a.position, c.account_id, c.address
"""
)
_UPSERT_CONTACT = """
    INSERT INTO contacts (account_id, address, name, groups, subscription,
                          pending_out, pending_in, avatar_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (account_id, address) DO UPDATE SET
        name = excluded.name, groups = excluded.groups,
        subscription = excluded.subscription, pending_out = excluded.pending_out,
        pending_in = excluded.pending_in, avatar_hash = excluded.avatar_hash
"""


class SqliteStore:
    """:class:`messenger.core.interfaces.Store` on an SQLite file or ``":memory:"``."""

    def __init__(self, path: Path | str) -> None:
        self._db = Database(path)

    @property
    def database(self) -> Database:
        """The underlying database, for maintenance and tests."""
        return self._db

    async def open(self) -> None:
        await self._db.open()

    async def close(self) -> None:
        await self._db.close()

    # ----------------------------------------------------------- settings

    async def load_settings(self) -> dict[str, JsonValue]:
        found = await self._db.run(_fetch_all("SELECT key, value FROM settings"))
        return {key: rows.loads(value) for key, value in found}

    async def save_setting(self, key: str, value: JsonValue) -> None:
        await self._db.run(_execute(_UPSERT_SETTING, (key, rows.dumps(value))))

    # ----------------------------------------------------------- accounts

    async def load_accounts(self) -> list[Account]:
        found = await self._db.run(_fetch_all(_LOAD_ACCOUNTS))
        return [rows.account(row) for row in found]

    async def save_account(self, account: Account) -> None:
        await self._db.run(_execute(_UPSERT_ACCOUNT, rows.account_params(account)))

    async def delete_account(
        self, account_id: AccountId, *, delete_history: bool
    ) -> None:
        if delete_history:
            # Cascades to contacts, backend state, conversations and messages
            # (whose trigger drops them from the search index).
            statement = "DELETE FROM accounts WHERE id = ?"
        else:
            statement = "UPDATE accounts SET removed = 1 WHERE id = ?"
        await self._db.transaction(_execute(statement, (account_id,)))

    async def load_account_state(self, account_id: AccountId, key: str) -> JsonValue:
        query = "SELECT value FROM account_state WHERE account_id = ? AND key = ?"
        found = await self._db.run(_fetch_all(query, (account_id, key)))
        return rows.loads(found[0][0]) if found else None

    async def save_account_state(
        self, account_id: AccountId, key: str, value: JsonValue
    ) -> None:
        params = (account_id, key, rows.dumps(value))
        await self._db.run(_execute(_UPSERT_ACCOUNT_STATE, params))

    # ----------------------------------------------------------- contacts

    async def load_contacts(self) -> list[Contact]:
        found = await self._db.run(_fetch_all(_LOAD_CONTACTS))
        return [rows.contact(row) for row in found]

    async def save_contacts(self, contacts: Sequence[Contact]) -> None:
        batch = list(contacts)

        def save(conn: sqlite3.Connection) -> None:
            # Rows are built here, on the database thread: a 5,000-contact
            # roster must not cost the event loop the conversion.
            conn.executemany(_UPSERT_CONTACT, [rows.contact_params(c) for c in batch])

        await self._db.transaction(save)

    async def delete_contacts(
        self, account_id: AccountId, addresses: Sequence[Address]
    ) -> None:
        statement = "DELETE FROM contacts WHERE account_id = ? AND address = ?"
        params = [(account_id, str(address.bare)) for address in addresses]
        await self._db.transaction(lambda conn: conn.executemany(statement, params))

    # ----------------------------------------------------------- conversations

    async def load_conversations(self) -> list[Conversation]:
        return await self._db.run(sql.load_conversations)

    async def open_conversation(
        self, account_id: AccountId, peer: Address, kind: ConversationKind
    ) -> Conversation:
        bare = str(peer.bare)
        return await self._db.run(
            lambda conn: sql.open_conversation(conn, account_id, bare, kind)
        )

    async def mark_read(
        self, conversation_id: ConversationId, up_to: LocalMessageId
    ) -> Conversation:
        return await self._db.transaction(
            lambda conn: sql.mark_read(conn, conversation_id, up_to)
        )

    # ----------------------------------------------------------- messages

    async def add_messages(self, messages: Sequence[NewMessage]) -> AddResult:
        batch = list(messages)
        if not batch:
            return AddResult(messages=[], conversations=[])
        return await self._db.transaction(
            lambda conn: sql_batch.add_messages(conn, batch)
        )

    async def update_message(
        self,
        message_id: LocalMessageId,
        *,
        state: DeliveryState | None = None,
        error: str | None = None,
        stanza_id: str | None = None,
        body: str | None = None,
        edited_at: datetime | None = None,
    ) -> Message | None:
        changes: dict[str, object] = {
            "state": None if state is None else state.value,
            "error": error,
            "stanza_id": stanza_id,
            "body": body,
            "edited_at": None if edited_at is None else rows.to_ms(edited_at),
        }
        return await self._db.transaction(
            lambda conn: sql.update_message(conn, message_id, changes)
        )

    async def find_message(
        self, conversation_id: ConversationId, sender: Address, message_id: str
    ) -> Message | None:
        if not message_id:
            return None
        bare = str(sender.bare)
        return await self._db.run(
            lambda conn: sql.find_message(conn, conversation_id, bare, message_id)
        )

    async def get_message(self, message_id: LocalMessageId) -> Message | None:
        return await self._db.run(lambda conn: sql.get_message(conn, message_id))

    async def find_outgoing(
        self, account_id: AccountId, origin_id: str
    ) -> Message | None:
        if not origin_id:
            return None
        return await self._db.run(
            lambda conn: sql.find_outgoing(conn, account_id, origin_id)
        )

    async def advance_outgoing(
        self,
        conversation_id: ConversationId,
        up_to: LocalMessageId,
        state: DeliveryState,
    ) -> list[Message]:
        earlier = tuple(
            s.value
            for s in (DeliveryState.SENT, DeliveryState.DELIVERED)
            if s.progress < state.progress
        )
        if not earlier:
            return []
        return await self._db.transaction(
            lambda conn: sql.advance_outgoing(
                conn, conversation_id, up_to, state.value, earlier
            )
        )

    async def load_messages(
        self,
        conversation_id: ConversationId,
        *,
        before: LocalMessageId | None = None,
        after: LocalMessageId | None = None,
        limit: int = 50,
    ) -> list[Message]:
        if limit <= 0:
            return []
        if before is not None and after is not None:
            raise ValueError("load_messages takes before or after, not both")
        return await self._db.run(
            lambda conn: sql.load_messages(conn, conversation_id, before, limit, after)
        )

    async def search_messages(
        self,
        query: str,
        *,
        account_id: AccountId | None = None,
        conversation_id: ConversationId | None = None,
        before: LocalMessageId | None = None,
        limit: int = 50,
    ) -> list[Message]:
        if limit <= 0:
            return []
        return await self._db.run(
            lambda conn: sql.search(
                conn,
                query,
                account_id=account_id,
                conversation_id=conversation_id,
                before=before,
                limit=limit,
            )
        )

    async def pending_outgoing(self, account_id: AccountId) -> list[Message]:
        return await self._db.run(lambda conn: sql.pending_outgoing(conn, account_id))


def _fetch_all(
    query: str, params: _Params = ()
) -> Callable[[sqlite3.Connection], list[Row]]:
    def fetch(conn: sqlite3.Connection) -> list[Row]:
        return conn.execute(query, params).fetchall()

    return fetch


def _execute(statement: str, params: _Params) -> Callable[[sqlite3.Connection], None]:
    def execute(conn: sqlite3.Connection) -> None:
        conn.execute(statement, params)

    return execute
