# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``CoreApi``: the one interface every UI uses, embedded or attached.

A UI takes a :class:`Snapshot` of the whole state, then follows the live event
stream on :attr:`CoreApi.events` (events after ``Snapshot.seq``). It changes
shared state only through the commands below, so every attached UI sees the
same events. Commands raise :class:`messenger.core.errors.CoreError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from messenger.core.bus import EventBus
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import AccountStatus
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import Contact
from messenger.core.model import ContactInfo
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import JsonValue
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import OwnPresence
from messenger.core.model import PresenceUpdate
from messenger.core.model import ProtocolKind
from messenger.core.model import SecretStorageStatus
from messenger.core.model import Show


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockList:
    account_id: AccountId
    blocked: tuple[Address, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriptionRequest:
    """Someone waits for the account's answer to see its presence."""

    account_id: AccountId
    address: Address
    text: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Snapshot:
    """Everything a UI needs to draw itself, as of event ``seq``.

    ``presences`` lists every online resource of every contact (full addresses).
    Message history is not included: ask ``fetch_history`` per conversation.
    """

    seq: int
    accounts: tuple[Account, ...]
    statuses: tuple[AccountStatus, ...]
    own_presence: OwnPresence
    contacts: tuple[Contact, ...]
    presences: tuple[tuple[AccountId, PresenceUpdate], ...]
    conversations: tuple[Conversation, ...]
    block_lists: tuple[BlockList, ...]
    subscription_requests: tuple[SubscriptionRequest, ...]
    secret_storage: SecretStorageStatus
    settings: dict[str, JsonValue]


class CoreApi(Protocol):
    """Commands and state of a messenger core (see the module docstring)."""

    @property
    def events(self) -> EventBus:
        """The live event stream, in this process."""

    async def snapshot(self) -> Snapshot: ...

    # accounts ---------------------------------------------------------------
    async def add_account(
        self,
        protocol: ProtocolKind,
        address: str,
        *,
        display_name: str = "",
        settings: dict[str, JsonValue] | None = None,
        password: str | None = None,
        enabled: bool = True,
    ) -> Account:
        """Create an account; the password goes to the secret store only."""

    async def update_account(
        self, account: Account, *, password: str | None = None
    ) -> Account:
        """Replace an account's settings (and its password when given)."""

    async def remove_account(
        self, account_id: AccountId, *, delete_history: bool = False
    ) -> None: ...

    async def set_account_enabled(
        self, account_id: AccountId, enabled: bool
    ) -> None: ...

    async def connect_account(self, account_id: AccountId) -> None: ...

    async def disconnect_account(self, account_id: AccountId) -> None: ...

    async def network_changed(self, online: bool | None) -> None:
        """The platform says the network changed (a UI follows it; optional).

        ``True``: the network is (back) online; ``None``: it changed (another
        network or medium) and whether it is online is not known. Either way
        every account that is connected or trying to connect checks its
        connection now (``ProtocolBackend.check_connection``): a connection
        that died with the change is replaced within seconds, and a reconnect
        waiting out its backoff pause is tried at once. ``False``: nothing is
        reachable, so nothing is checked. Returns at once; what happens comes
        as ``AccountStatusChanged`` events. The core also checks by itself
        after the machine woke from a suspend (``core/connectivity.py``).
        """

    # presence ---------------------------------------------------------------
    async def set_presence(
        self, show: Show, status: str = "", *, account_id: AccountId | None = None
    ) -> None:
        """Set the own presence on every enabled account, or on one account."""

    async def report_idle(self, idle_since: datetime | None) -> None:
        """This UI's user was last active at ``idle_since`` (None: just now).

        UIs call it every half minute or so and on activity after idling; the
        core sets auto-away / extended away from it (see ``core/idle.py``).
        """

    # conversations and messages --------------------------------------------
    async def open_conversation(
        self, account_id: AccountId, peer: Address
    ) -> Conversation:
        """The conversation with ``peer`` (a group's, if ``peer`` is a group)."""

    async def create_group(
        self, account_id: AccountId, name: str, members: Sequence[Address]
    ) -> Conversation:
        """Start a group chat named ``name`` with ``members`` (GROUP_CHAT).

        Returns the group's conversation (kind GROUP); its peer is the group's
        address. Members learn of the group with the first message sent to it.
        """

    async def send_message(
        self, account_id: AccountId, peer: Address, text: str
    ) -> Message:
        """Store the message as PENDING (it survives a crash), then send it."""

    async def retry_message(self, message_id: LocalMessageId) -> Message: ...

    async def correct_message(self, message_id: LocalMessageId, text: str) -> Message:
        """Replace the text of the user's own last message (where supported)."""

    async def send_chat_state(
        self, account_id: AccountId, peer: Address, state: ChatState
    ) -> None:
        """Tell the peer we are typing, paused, ... (quietly ignored if unsupported)."""

    async def mark_read(
        self, conversation_id: ConversationId, up_to: LocalMessageId
    ) -> None: ...

    async def fetch_history(
        self,
        conversation_id: ConversationId,
        *,
        before: LocalMessageId | None = None,
        after: LocalMessageId | None = None,
        limit: int = 50,
    ) -> list[Message]:
        """Up to ``limit`` messages before ``before`` (or the newest), oldest first.

        With ``after`` instead: the ``limit`` messages following it in (timestamp,
        id) order, oldest first. Both at once: ``CoreError(INVALID_INPUT)``.
        """

    async def search_history(
        self,
        query: str,
        *,
        account_id: AccountId | None = None,
        conversation_id: ConversationId | None = None,
        before: LocalMessageId | None = None,
        limit: int = 50,
    ) -> list[Message]:
        """Messages whose text matches every term of ``query``, newest first."""

    # contacts ---------------------------------------------------------------
    async def add_contact(
        self,
        account_id: AccountId,
        address: Address,
        *,
        name: str = "",
        groups: tuple[str, ...] = (),
    ) -> None:
        """Add a contact and ask to see its presence where the network has that."""

    async def remove_contact(self, account_id: AccountId, address: Address) -> None: ...

    async def rename_contact(
        self, account_id: AccountId, address: Address, name: str
    ) -> None: ...

    async def set_contact_groups(
        self, account_id: AccountId, address: Address, groups: tuple[str, ...]
    ) -> None: ...

    async def answer_subscription(
        self, account_id: AccountId, address: Address, *, approve: bool
    ) -> None: ...

    async def set_blocked(
        self, account_id: AccountId, address: Address, *, blocked: bool
    ) -> None: ...

    async def fetch_contact_info(
        self, account_id: AccountId, address: Address
    ) -> ContactInfo: ...

    async def get_avatar(self, account_id: AccountId, avatar_hash: str) -> bytes | None:
        """The cached image of an avatar hash seen in a Contact, or None."""

    async def set_own_avatar(
        self, account_id: AccountId, data: bytes | None, mime_type: str = "image/png"
    ) -> None: ...

    # preferences shared by all UIs -----------------------------------------
    async def set_setting(self, key: str, value: JsonValue) -> None: ...

    async def close(self) -> None:
        """Detach (remote) or shut down (embedded): connections closed, data flushed."""
