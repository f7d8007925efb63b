# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Domain values shared by the core, the backends, storage and every UI.

All values are immutable and JSON-serialisable through :mod:`messenger.core.serial`,
because the attach protocol carries them as they are.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from enum import StrEnum
from typing import NewType
from typing import TypeAlias
from typing import Union

from messenger.core.values import quick_init

AccountId = NewType("AccountId", str)
ConversationId = NewType("ConversationId", int)
LocalMessageId = NewType("LocalMessageId", int)

JsonValue: TypeAlias = Union[  # noqa: UP007 (a recursive alias needs Union here)
    str, int, float, bool, list["JsonValue"], dict[str, "JsonValue"], None
]

# Longest accepted address part (RFC 7622 allows 1023 octets per JID part).
MAX_ADDRESS_PART = 1023


class InvalidAddressError(ValueError):
    """A peer-supplied or user-typed address is not acceptable."""


def _check_part(text: str, what: str) -> None:
    if text.isascii() and text.isprintable():
        # Printable ASCII (most addresses) has no control, format or separator
        # characters and one byte per character: only the length and the
        # space need checking, not every character's category.
        if len(text) > MAX_ADDRESS_PART:
            raise InvalidAddressError(f"{what} is too long")
        if " " in text and what != "resource":
            raise InvalidAddressError(f"{what} contains a space")
        return
    if len(text.encode("utf-8", "surrogatepass")) > MAX_ADDRESS_PART:
        raise InvalidAddressError(f"{what} is too long")
    for char in text:
        category = unicodedata.category(char)
        if category in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}:
            raise InvalidAddressError(f"{what} contains a forbidden character")
        if char.isspace() and what != "resource":
            raise InvalidAddressError(f"{what} contains a space")


@dataclass(frozen=True, slots=True, order=True)
class Address:
    """An address on a network: ``local@domain/resource``.

    XMPP JIDs (with an optional resource) and e-mail addresses (never a resource)
    share this shape. The domain is lower-cased; protocol-specific normalisation
    (PRECIS for JIDs) is the backend's job before it builds an ``Address``.
    Control and format characters are refused everywhere, so an address can be
    shown as text without surprises.
    """

    local: str
    domain: str
    resource: str = ""
    # Computed once: addresses are dictionary keys several times on every
    # received message's way (the generated __hash__ hashed a new tuple in
    # Python each time). Not a value of the address: no init, compare or repr.
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.domain:
            raise InvalidAddressError("address has no domain")
        _check_part(self.local, "local part")
        _check_part(self.domain, "domain")
        _check_part(self.resource, "resource")
        local, domain = self.local, self.domain
        if "@" in local or "/" in local or "@" in domain or "/" in domain:
            raise InvalidAddressError("address has a misplaced '@' or '/'")
        if self.domain != self.domain.lower():
            object.__setattr__(self, "domain", self.domain.lower())
        object.__setattr__(self, "_hash", hash((local, self.domain, self.resource)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type[Address], tuple[str, str, str]]:
        # Rebuilt from its parts: string hashes differ between processes.
        return (Address, (self.local, self.domain, self.resource))

    @classmethod
    def parse(cls, text: str) -> Address:
        """Parse ``[local@]domain[/resource]``; raise InvalidAddressError."""
        text = text.strip()
        bare, slash, resource = text.partition("/")
        if slash and not resource:
            raise InvalidAddressError("empty resource")
        local, at, domain = bare.rpartition("@")
        if at and not local:
            raise InvalidAddressError("empty local part")
        return cls(local, domain, resource)

    @property
    def bare(self) -> Address:
        """The address without its resource."""
        return self if not self.resource else Address(self.local, self.domain)

    def with_resource(self, resource: str) -> Address:
        return Address(self.local, self.domain, resource)

    def __str__(self) -> str:
        text = f"{self.local}@{self.domain}" if self.local else self.domain
        return f"{text}/{self.resource}" if self.resource else text


class ProtocolKind(StrEnum):
    """The networks an account can be on."""

    XMPP = "xmpp"
    EMAIL = "email"
    MSN = "msn"


class Capability(StrEnum):
    """What an account can do; the UI shows only what its account offers."""

    PRESENCE = "presence"
    STATUS_MESSAGE = "status_message"
    SUBSCRIPTIONS = "subscriptions"
    CONTACT_GROUPS = "contact_groups"
    CONTACT_ALIASES = "contact_aliases"
    BLOCKING = "blocking"
    DELIVERY_RECEIPTS = "delivery_receipts"
    READ_MARKERS = "read_markers"
    CORRECTIONS = "corrections"
    CHAT_STATES = "chat_states"
    SERVER_ARCHIVE = "server_archive"
    REGISTRATION = "registration"
    AVATARS = "avatars"
    CONTACT_INFO = "contact_info"
    GROUP_CHAT = "group_chat"
    FILE_TRANSFER = "file_transfer"


class ConnectionState(StrEnum):
    OFFLINE = "offline"
    CONNECTING = "connecting"
    ONLINE = "online"
    RECONNECTING = "reconnecting"
    DISCONNECTING = "disconnecting"
    FAILED = "failed"


class ErrorCode(StrEnum):
    """Why an account could not connect or a command failed."""

    AUTH_FAILED = "auth_failed"
    NO_PASSWORD = "no_password"  # noqa: S105 (an error code, not a password)
    HOST_NOT_FOUND = "host_not_found"
    HOST_UNREACHABLE = "host_unreachable"
    CERTIFICATE_UNTRUSTED = "certificate_untrusted"
    TLS_UNAVAILABLE = "tls_unavailable"
    POLICY_VIOLATION = "policy_violation"
    CONFLICT = "conflict"
    TIMEOUT = "timeout"
    SERVER_ERROR = "server_error"
    PROTOCOL_UNSUPPORTED = "protocol_unsupported"
    NOT_CONNECTED = "not_connected"
    UNSUPPORTED = "unsupported"
    NOT_FOUND = "not_found"
    INVALID_INPUT = "invalid_input"
    INTERNAL = "internal"


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorInfo:
    """A specific, user-presentable error. ``detail`` is untranslated diagnostics."""

    code: ErrorCode
    detail: str = ""
    # For CERTIFICATE_UNTRUSTED: the SHA-256 fingerprint the user may pin.
    fingerprint: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Account:
    """A configured account. Secrets are never part of it (see SecretStore).

    ``settings`` holds protocol-specific, non-secret options (host, port, TLS mode,
    pinned certificate fingerprint, resource, ...), all JSON values.
    """

    id: AccountId
    protocol: ProtocolKind
    address: str
    display_name: str = ""
    enabled: bool = True
    settings: dict[str, JsonValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class AccountStatus:
    """The live state of an account's connection."""

    account_id: AccountId
    state: ConnectionState = ConnectionState.OFFLINE
    error: ErrorInfo | None = None
    capabilities: frozenset[Capability] = frozenset()


class Subscription(StrEnum):
    """RFC 6121 subscription state, as seen from the account."""

    NONE = "none"
    TO = "to"  # we see their presence
    FROM = "from"  # they see ours
    BOTH = "both"


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """A buddy-list entry of one account."""

    account_id: AccountId
    address: Address
    name: str = ""
    groups: tuple[str, ...] = ()
    subscription: Subscription = Subscription.NONE
    # We asked to see their presence and wait for the answer.
    pending_out: bool = False
    # They asked to see ours and wait for our answer.
    pending_in: bool = False
    avatar_hash: str = ""

    @property
    def display_name(self) -> str:
        return self.name or str(self.address)


class Show(StrEnum):
    """Presence availability, ordered from most to least available."""

    CHAT = "chat"
    AVAILABLE = "available"
    AWAY = "away"
    XA = "xa"
    DND = "dnd"
    OFFLINE = "offline"

    @property
    def rank(self) -> int:
        return list(Show).index(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class PresenceUpdate:
    """The presence of one resource of a contact (``address`` is a full address).

    ``show == OFFLINE`` means the resource went away.
    """

    address: Address
    show: Show
    status: str = ""
    priority: int = 0
    idle_since: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OwnPresence:
    show: Show = Show.OFFLINE
    status: str = ""
    # When the user went idle (auto-away); sent as XEP-0319 idle where supported.
    idle_since: datetime | None = None


class Direction(StrEnum):
    INCOMING = "in"
    OUTGOING = "out"


class DeliveryState(StrEnum):
    """Honest delivery state.

    Outgoing: PENDING (stored, not yet acknowledged by the server) -> SENT (the
    server has it) -> DELIVERED (the peer's client has it) -> READ, or FAILED with
    a reason (RETRY puts it back to PENDING). Incoming messages are RECEIVED.
    """

    PENDING = "pending"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"
    RECEIVED = "received"

    @property
    def progress(self) -> int:
        return _PROGRESS[self]


_PROGRESS = {
    DeliveryState.PENDING: 0,
    DeliveryState.FAILED: 0,
    DeliveryState.SENT: 1,
    DeliveryState.DELIVERED: 2,
    DeliveryState.READ: 3,
    DeliveryState.RECEIVED: 3,
}


class ConversationKind(StrEnum):
    DIRECT = "direct"
    GROUP = "group"


@dataclass(frozen=True, slots=True, kw_only=True)
class Conversation:
    """A chat with one peer (or a group) on one account."""

    id: ConversationId
    account_id: AccountId
    peer: Address
    kind: ConversationKind = ConversationKind.DIRECT
    unread_count: int = 0
    read_up_to: LocalMessageId | None = None
    last_message_id: LocalMessageId | None = None
    last_activity: datetime | None = None


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Message:
    """One stored message of any protocol.

    ``timestamp`` is when it was sent (sanitised server/sender time, UTC);
    ``origin_id`` is the sender's id (XEP-0359 origin-id, Message-ID),
    ``stanza_id`` the archive's id, ``remote_id`` the protocol's message id.
    """

    id: LocalMessageId
    conversation_id: ConversationId
    account_id: AccountId
    peer: Address
    direction: Direction
    sender: Address
    body: str
    timestamp: datetime
    state: DeliveryState
    error: str = ""
    origin_id: str = ""
    stanza_id: str = ""
    remote_id: str = ""
    edited_at: datetime | None = None


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class NewMessage:
    """A message to store; the store assigns ids and resolves the conversation."""

    account_id: AccountId
    peer: Address
    direction: Direction
    sender: Address
    body: str
    timestamp: datetime
    state: DeliveryState
    conversation_kind: ConversationKind = ConversationKind.DIRECT
    origin_id: str = ""
    stanza_id: str = ""
    remote_id: str = ""


class ChatState(StrEnum):
    """XEP-0085 chat states (typing notifications)."""

    ACTIVE = "active"
    COMPOSING = "composing"
    PAUSED = "paused"
    INACTIVE = "inactive"
    GONE = "gone"


@dataclass(frozen=True, slots=True, kw_only=True)
class ResourceInfo:
    """What one connected client of a contact says about itself."""

    resource: str
    client_name: str = ""
    client_version: str = ""
    os: str = ""
    # The contact's local time as they report it (XEP-0202), with its offset.
    local_time: datetime | None = None
    idle_since: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactInfo:
    """A contact's profile (vCard and friends), for "get info"."""

    address: Address
    full_name: str = ""
    nickname: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    url: str = ""
    organization: str = ""
    birthday: str = ""
    note: str = ""
    avatar_hash: str = ""
    resources: tuple[ResourceInfo, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SecretStorageStatus:
    """Where passwords go. Shown to the user when they are not persistent.

    ``checked`` is False until the keyring has been asked (at start-up, off the
    event loop); UIs warn only about a checked, non-persistent store.
    """

    persistent: bool
    backend: str
    reason: str = ""
    checked: bool = True
