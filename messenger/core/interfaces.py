# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The seams of the core: protocol backends, storage and the secret store.

The core depends only on these protocols; ``daemon/service.py`` composes the real
implementations (slixmpp/IMAP backends, SQLite, keyring). Nothing here is Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ChatState
from messenger.core.model import ConnectionState
from messenger.core.model import Contact
from messenger.core.model import ContactInfo
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import ConversationKind
from messenger.core.model import DeliveryState
from messenger.core.model import ErrorInfo
from messenger.core.model import JsonValue
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import NewMessage
from messenger.core.model import OwnPresence
from messenger.core.model import PresenceUpdate
from messenger.core.model import SecretStorageStatus
from messenger.core.values import quick_init

# ----------------------------------------------------------------- backends


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class IncomingMessage:
    """A message a backend received (live, carbon or archive) for the core to store.

    ``peer`` is the bare address of the conversation, ``sender`` the full address
    of who wrote it (the account itself for carbons/archive copies of sent
    messages, then ``outgoing`` is True). The backend has verified the sender.
    """

    peer: Address
    sender: Address
    body: str
    timestamp: datetime
    outgoing: bool = False
    conversation_kind: ConversationKind = ConversationKind.DIRECT
    origin_id: str = ""
    stanza_id: str = ""
    remote_id: str = ""


class BackendSink(Protocol):
    """How a backend reports to the core. One sink per account.

    Methods that persist are coroutines that return once the data is committed,
    so a backend can advance its own bookmarks (archive id, IMAP UID) safely.
    """

    def connection_changed(
        self,
        state: ConnectionState,
        error: ErrorInfo | None = None,
        *,
        resumed: bool = False,
    ) -> None:
        """Report the connection state.

        ``ONLINE`` with ``resumed=True`` means the previous session was resumed
        and the backend itself resends what the server had not acknowledged;
        otherwise the core resends every message still PENDING.
        """

    def capabilities_changed(self, capabilities: frozenset[Capability]) -> None: ...

    async def roster_received(
        self, contacts: Sequence[Contact], *, complete: bool
    ) -> None:
        """Contacts from the server; ``complete``: the whole roster (others go)."""

    async def contacts_removed(self, addresses: Sequence[Address]) -> None: ...

    def presences_received(self, updates: Sequence[PresenceUpdate]) -> None: ...

    def subscription_requested(self, address: Address, text: str) -> None: ...

    def block_list_received(self, blocked: Sequence[Address]) -> None: ...

    def chat_state_received(self, address: Address, state: ChatState) -> None: ...

    async def messages_received(
        self, messages: Sequence[IncomingMessage]
    ) -> list[Message | None]:
        """Store messages; duplicates (already stored) come back as None."""

    async def message_corrected(
        self,
        *,
        peer: Address,
        sender: Address,
        replaces_id: str,
        body: str,
        outgoing: bool = False,
    ) -> Message | None:
        """A sender corrected an earlier message (XEP-0308, Chat-Edit).

        ``replaces_id`` is the corrected message's origin or remote id. The core
        applies it only when the original is in that conversation and came from
        the same sender (bare address); else it is ignored (None).
        """

    async def avatar_received(
        self, address: Address, avatar_hash: str, data: bytes
    ) -> None:
        """A contact's (or the account's own) avatar; cached on disk by hash."""

    def has_avatar(self, avatar_hash: str) -> bool:
        """True when an avatar with this hash is already cached."""

    async def update_settings(self, changes: dict[str, JsonValue]) -> None:
        """Merge ``changes`` into the account's settings (e.g. registration done)."""

    async def message_state_changed(
        self,
        *,
        peer: Address,
        origin_id: str,
        state: DeliveryState,
        error: str = "",
        stanza_id: str = "",
        up_to: bool = False,
    ) -> None:
        """An outgoing message (by its origin id) was acked, delivered, read, failed.

        ``peer`` is who said so (bare address; the account's own for server acks
        and bounces from the server): the core ignores a report about a message
        to someone else. ``up_to`` (DELIVERED/READ) covers every earlier outgoing
        message of that conversation too, as XEP-0333 markers do.
        """

    async def load_state(self, key: str) -> JsonValue:
        """Backend bookmarks kept per account (roster version, archive id, ...)."""

    async def save_state(self, key: str, value: JsonValue) -> None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class OutgoingMessage:
    """What a backend sends. ``origin_id`` is unique and stable across resends."""

    message_id: LocalMessageId
    peer: Address
    body: str
    origin_id: str
    timestamp: datetime


class ProtocolBackend(Protocol):
    """One account's connection to its network.

    Commands raise :class:`messenger.core.errors.CoreError` (``UNSUPPORTED`` for
    a capability the backend lacks, ``NOT_CONNECTED`` when offline). Incoming
    traffic leaves the backend only through its :class:`BackendSink`.
    """

    @property
    def capabilities(self) -> frozenset[Capability]: ...

    async def connect(self) -> None:
        """Start connecting (and keep reconnecting) until ``disconnect``."""

    async def disconnect(self) -> None: ...

    async def check_connection(self) -> None:
        """The network may have changed: verify the connection now.

        The core calls it after the machine woke from a suspend and when a UI
        reports a network change (``core/connectivity.py``), for every account
        whose state is CONNECTING, ONLINE or RECONNECTING. A connection that
        silently died meanwhile (the peer gone, the old address dead) must not
        wait for the next periodic keepalive (minutes) to be noticed.

        - Online: probe the server with a short timeout (about 5 s; XMPP: a
          XEP-0199 ping; mail: a NOOP on the IDLE connection). An answer
          (any, even an error) leaves everything as it was. No answer: drop
          the connection and reconnect at once, without a backoff pause,
          reporting RECONNECTING and then ONLINE as after any drop (with
          ``resumed`` when the session could be resumed).
        - Waiting before a retry (backoff): retry now, and restart the backoff
          sequence from its shortest pause.
        - An attempt under way: leave it (it has its own timeout).
        - FAILED (waiting for the user), OFFLINE or never connected: nothing.

        It returns once the check is decided (at most the probe's timeout and a
        second, so about 6 s), not when the reconnection is done; the outcome
        comes as connection states through the sink. Calls may come in bursts
        (one network switch makes several signals): a call while a check is
        under way waits for that check instead of starting another. It never
        raises (problems are logged and handled like a dead connection) and is
        harmless when the connection is fine: one small round trip.
        """

    async def send_message(self, message: OutgoingMessage) -> None:
        """Hand a message to the network; its state comes back via the sink."""

    async def send_read_marker(self, message: Message) -> None: ...

    async def set_presence(self, presence: OwnPresence) -> None: ...

    async def add_contact(
        self, address: Address, name: str, groups: tuple[str, ...]
    ) -> None: ...

    async def update_contact(
        self, address: Address, name: str, groups: tuple[str, ...]
    ) -> None: ...

    async def remove_contact(self, address: Address) -> None: ...

    async def answer_subscription(self, address: Address, *, approve: bool) -> None: ...

    async def set_blocked(self, address: Address, *, blocked: bool) -> None: ...

    async def send_chat_state(self, address: Address, state: ChatState) -> None: ...

    async def correct_message(self, message: Message, body: str) -> None:
        """Send a correction of the account's own earlier ``message``."""

    async def fetch_contact_info(self, address: Address) -> ContactInfo: ...

    async def set_own_avatar(self, data: bytes | None, mime_type: str) -> None:
        """Publish (or with None, retract) the account's avatar."""

    async def create_group(self, name: str, members: Sequence[Address]) -> Address:
        """Create a group chat (GROUP_CHAT); return the group's address.

        The core stores the group's conversation (kind GROUP, that address as
        its peer); messages to it come to ``send_message`` with that peer.
        """


@dataclass(frozen=True, slots=True, kw_only=True)
class BackendContext:
    """What a backend gets when built."""

    account: Account
    sink: BackendSink
    get_password: Callable[[], Awaitable[str | None]]
    cache_dir: Path
    log: logging.LoggerAdapter[logging.Logger]


# Builds one account's backend. A factory may also have an ``async prepare()``:
# the core awaits it before the first build, so expensive one-time work (the
# protocol library's imports) happens off the event loop.
BackendFactory = Callable[[BackendContext], ProtocolBackend]

# ----------------------------------------------------------------- secrets


class SecretStore(Protocol):
    """Account passwords: only in the OS keyring, or in memory for the session."""

    @property
    def status(self) -> SecretStorageStatus: ...

    async def probe(self) -> SecretStorageStatus:
        """Find out once where passwords can go (the core calls it at start)."""

    def on_status_changed(
        self, callback: Callable[[SecretStorageStatus], None]
    ) -> None: ...

    async def get_password(self, account_id: str) -> str | None: ...

    async def set_password(self, account_id: str, password: str) -> None: ...

    async def delete_password(self, account_id: str) -> None: ...


# ----------------------------------------------------------------- storage


@dataclass(frozen=True, slots=True, kw_only=True)
class AddResult:
    """``messages`` is aligned with the input (None: a duplicate, not stored)."""

    messages: list[Message | None]
    conversations: list[Conversation]


class Store(Protocol):
    """The profile database. Every method runs its SQL off the event loop.

    Contract details the core relies on:

    - Accounts: ``delete_account(delete_history=False)`` hides the account from
      ``load_accounts`` but keeps its conversations and messages (still found by
      search); ``delete_history=True`` deletes the account with its contacts,
      conversations, messages and backend state.
    - ``save_contacts`` inserts or replaces by (account, bare address).
    - ``add_messages`` runs in one transaction: it resolves or creates the
      conversation of each message by (account, bare peer, kind), and skips a
      duplicate, which is a message with the same account and non-empty
      ``stanza_id``, or the same conversation, bare sender and non-empty
      ``origin_id``, as a stored one (a duplicate that brings a ``stanza_id`` the
      stored row lacks fills it in). Each conversation touched gets
      ``last_message_id``/``last_activity`` of its newest message and
      ``unread_count`` raised by its new incoming messages after ``read_up_to``.
    - ``load_messages`` returns up to ``limit`` messages oldest first: the newest
      ones strictly before ``before`` in (timestamp, id) order, or the newest;
      with ``after`` instead, the oldest ones strictly after ``after`` (never
      both).
    - ``search_messages`` takes user text, not FTS syntax: every term must match
      (as a prefix, case- and accent-insensitively); newest first by id; with
      ``before``, only ids below it (paging).
    - ``mark_read`` never moves ``read_up_to`` backwards and recomputes
      ``unread_count`` as the incoming messages after it.
    - ``pending_outgoing`` lists outgoing messages in state PENDING by id: the
      persisted outgoing queue.
    """

    async def open(self) -> None:
        """Create or migrate the schema."""

    async def close(self) -> None: ...

    async def load_settings(self) -> dict[str, JsonValue]: ...

    async def save_setting(self, key: str, value: JsonValue) -> None: ...

    async def load_accounts(self) -> list[Account]: ...

    async def save_account(self, account: Account) -> None: ...

    async def delete_account(
        self, account_id: AccountId, *, delete_history: bool
    ) -> None: ...

    async def load_account_state(
        self, account_id: AccountId, key: str
    ) -> JsonValue: ...

    async def save_account_state(
        self, account_id: AccountId, key: str, value: JsonValue
    ) -> None: ...

    async def load_contacts(self) -> list[Contact]: ...

    async def save_contacts(self, contacts: Sequence[Contact]) -> None: ...

    async def delete_contacts(
        self, account_id: AccountId, addresses: Sequence[Address]
    ) -> None: ...

    async def load_conversations(self) -> list[Conversation]: ...

    async def open_conversation(
        self, account_id: AccountId, peer: Address, kind: ConversationKind
    ) -> Conversation: ...

    async def add_messages(self, messages: Sequence[NewMessage]) -> AddResult: ...

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
        """Change the given fields; a new ``body`` is re-indexed for search."""

    async def find_message(
        self, conversation_id: ConversationId, sender: Address, message_id: str
    ) -> Message | None:
        """The message from bare ``sender`` with origin or remote id ``message_id``."""

    async def get_message(self, message_id: LocalMessageId) -> Message | None: ...

    async def find_outgoing(
        self, account_id: AccountId, origin_id: str
    ) -> Message | None: ...

    async def load_messages(
        self,
        conversation_id: ConversationId,
        *,
        before: LocalMessageId | None = None,
        after: LocalMessageId | None = None,
        limit: int = 50,
    ) -> list[Message]: ...

    async def search_messages(
        self,
        query: str,
        *,
        account_id: AccountId | None = None,
        conversation_id: ConversationId | None = None,
        before: LocalMessageId | None = None,
        limit: int = 50,
    ) -> list[Message]: ...

    async def mark_read(
        self, conversation_id: ConversationId, up_to: LocalMessageId
    ) -> Conversation: ...

    async def pending_outgoing(self, account_id: AccountId) -> list[Message]: ...

    async def advance_outgoing(
        self,
        conversation_id: ConversationId,
        up_to: LocalMessageId,
        state: DeliveryState,
    ) -> list[Message]:
        """Set ``state`` (DELIVERED or READ) on the conversation's outgoing messages
        up to ``up_to`` that are SENT (or DELIVERED, for READ); return those changed.
        """
