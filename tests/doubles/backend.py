# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ScriptedBackend``: a TEST DOUBLE standing in for a network backend.

It lets unit and widget tests drive the core's side of the ``ProtocolBackend``
contract (what the core asks, what the backend reports) without a server.
Real protocol behaviour is tested against real servers in tests/integration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from messenger.core.errors import CoreError
from messenger.core.interfaces import BackendContext
from messenger.core.interfaces import BackendSink
from messenger.core.interfaces import OutgoingMessage
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ChatState
from messenger.core.model import ConnectionState
from messenger.core.model import ContactInfo
from messenger.core.model import ErrorCode
from messenger.core.model import Message
from messenger.core.model import OwnPresence

ALL_CAPABILITIES = frozenset(Capability)


@dataclass
class ScriptedBackend:
    """Records every command; goes online on connect unless told otherwise."""

    context: BackendContext
    capabilities: frozenset[Capability] = ALL_CAPABILITIES
    auto_online: bool = True
    sent: list[OutgoingMessage] = field(default_factory=list)
    calls: list[tuple[str, object]] = field(default_factory=list)
    presence: OwnPresence | None = None
    connected: bool = False
    fail_sends: bool = False

    @property
    def sink(self) -> BackendSink:
        return self.context.sink

    async def connect(self) -> None:
        self.calls.append(("connect", None))
        self.connected = True
        if self.auto_online:
            self.sink.connection_changed(ConnectionState.ONLINE)

    async def disconnect(self) -> None:
        self.calls.append(("disconnect", None))
        self.connected = False

    async def check_connection(self) -> None:
        self.calls.append(("check_connection", None))

    async def send_message(self, message: OutgoingMessage) -> None:
        if not self.connected:
            raise CoreError(ErrorCode.NOT_CONNECTED)
        if self.fail_sends:
            raise CoreError(ErrorCode.SERVER_ERROR, "refused by test")
        self.sent.append(message)

    async def send_read_marker(self, message: Message) -> None:
        self.calls.append(("read_marker", message.id))

    async def set_presence(self, presence: OwnPresence) -> None:
        self.presence = presence

    async def add_contact(
        self, address: Address, name: str, groups: tuple[str, ...]
    ) -> None:
        self.calls.append(("add_contact", (address, name, groups)))

    async def update_contact(
        self, address: Address, name: str, groups: tuple[str, ...]
    ) -> None:
        self.calls.append(("update_contact", (address, name, groups)))

    async def remove_contact(self, address: Address) -> None:
        self.calls.append(("remove_contact", address))

    async def answer_subscription(self, address: Address, *, approve: bool) -> None:
        self.calls.append(("answer_subscription", (address, approve)))

    async def set_blocked(self, address: Address, *, blocked: bool) -> None:
        self.calls.append(("set_blocked", (address, blocked)))

    async def send_chat_state(self, address: Address, state: ChatState) -> None:
        self.calls.append(("chat_state", (address, state)))

    async def correct_message(self, message: Message, body: str) -> None:
        self.calls.append(("correct", (message.id, body)))

    async def fetch_contact_info(self, address: Address) -> ContactInfo:
        return ContactInfo(address=address, full_name=f"Info of {address}")

    async def set_own_avatar(self, data: bytes | None, mime_type: str) -> None:
        self.calls.append(("own_avatar", (data, mime_type)))

    async def create_group(self, name: str, members: Sequence[Address]) -> Address:
        """A group at ``<name>@groups.test`` (made-up, like real backends do)."""
        self.calls.append(("create_group", (name, tuple(members))))
        return Address(
            "".join(c for c in name if c.isalnum()) or "group", "groups.test"
        )


class BackendRecorder:
    """A backend factory that remembers the backends it built, by account."""

    def __init__(self, **options: object) -> None:
        self.options = options
        self.built: dict[str, ScriptedBackend] = {}

    def __call__(self, context: BackendContext) -> ScriptedBackend:
        backend = ScriptedBackend(context, **self.options)  # type: ignore[arg-type]
        self.built[context.account.id] = backend
        return backend
