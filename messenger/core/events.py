# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Events: past-tense facts the core publishes on its :class:`EventBus`.

Every UI (embedded or attached) learns about changes only from these. Each event
is a frozen dataclass of JSON-serialisable values; :data:`EVENT_TYPES` names them
for the wire. Batches (``ContactsUpdated``, ``PresencesChanged``) keep a
2,000-contact login to a handful of events.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import AccountStatus
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import Contact
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import JsonValue
from messenger.core.model import Message
from messenger.core.model import OwnPresence
from messenger.core.model import PresenceUpdate
from messenger.core.model import SecretStorageStatus


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Base class of all events."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AccountAdded(Event):
    account: Account
    status: AccountStatus


@dataclass(frozen=True, slots=True, kw_only=True)
class AccountUpdated(Event):
    account: Account


@dataclass(frozen=True, slots=True, kw_only=True)
class AccountRemoved(Event):
    account_id: AccountId
    history_deleted: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class AccountStatusChanged(Event):
    """Connection state, error or capabilities of an account changed."""

    status: AccountStatus


@dataclass(frozen=True, slots=True, kw_only=True)
class OwnPresenceChanged(Event):
    """The user's chosen presence changed (``account_id`` None: the global one)."""

    account_id: AccountId | None
    presence: OwnPresence


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactsUpdated(Event):
    """Contacts were added or changed (one batch per roster push or login)."""

    account_id: AccountId
    contacts: tuple[Contact, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactsRemoved(Event):
    account_id: AccountId
    addresses: tuple[Address, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class PresencesChanged(Event):
    """Resources of contacts came, changed or went (``show == OFFLINE``)."""

    account_id: AccountId
    updates: tuple[PresenceUpdate, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriptionRequested(Event):
    """Someone asks to see the account's presence; approve or deny it."""

    account_id: AccountId
    address: Address
    text: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriptionAnswered(Event):
    """A UI approved or denied a request: every UI stops showing it."""

    account_id: AccountId
    address: Address
    approved: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockListChanged(Event):
    account_id: AccountId
    blocked: tuple[Address, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ConversationUpdated(Event):
    """A conversation was created or its unread count / last activity changed."""

    conversation: Conversation


@dataclass(frozen=True, slots=True, kw_only=True)
class ConversationRemoved(Event):
    conversation_id: ConversationId


@dataclass(frozen=True, slots=True, kw_only=True)
class MessageAdded(Event):
    """A message was stored: received, or typed by the user on any UI."""

    message: Message


@dataclass(frozen=True, slots=True, kw_only=True)
class MessageChanged(Event):
    """A stored message changed: delivery state, correction, error."""

    message: Message


@dataclass(frozen=True, slots=True, kw_only=True)
class ChatStateChanged(Event):
    """The peer started or stopped typing."""

    account_id: AccountId
    address: Address
    state: ChatState


@dataclass(frozen=True, slots=True, kw_only=True)
class SecretStorageChanged(Event):
    """Passwords stopped (or started) going to a persistent keyring."""

    status: SecretStorageStatus


@dataclass(frozen=True, slots=True, kw_only=True)
class SettingChanged(Event):
    """A preference shared by all UIs changed."""

    key: str
    value: JsonValue


class CoreLinkState(StrEnum):
    """How an attached UI's connection to its core stands."""

    CONNECTED = "connected"
    # The connection dropped; the UI keeps trying and shows the last state.
    RECONNECTING = "reconnecting"
    # It cannot come back by itself (credential refused, certificate changed).
    FAILED = "failed"


@dataclass(frozen=True, slots=True, kw_only=True)
class CoreLinkChanged(Event):
    """The connection between this UI and a remote core changed.

    Published only by an attached UI's own core proxy (``daemon/client.py``),
    never by a core and never on the wire (not in :data:`EVENT_TYPES`); an
    embedded core has no link and never publishes it. ``detail`` is
    untranslated diagnostics.
    """

    state: CoreLinkState
    detail: str = ""


EVENT_TYPES: dict[str, type[Event]] = {
    cls.__name__: cls
    for cls in (
        AccountAdded,
        AccountUpdated,
        AccountRemoved,
        AccountStatusChanged,
        OwnPresenceChanged,
        ContactsUpdated,
        ContactsRemoved,
        PresencesChanged,
        SubscriptionRequested,
        SubscriptionAnswered,
        BlockListChanged,
        ConversationUpdated,
        ConversationRemoved,
        MessageAdded,
        MessageChanged,
        ChatStateChanged,
        SecretStorageChanged,
        SettingChanged,
    )
}
