# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``RecordingSink``: a TEST DOUBLE implementing ``BackendSink``.

It records every call the backend makes (name and arguments) and keeps backend
state in a dict, so unit tests can assert what reached the core without one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ChatState
from messenger.core.model import ConnectionState
from messenger.core.model import Contact
from messenger.core.model import DeliveryState
from messenger.core.model import ErrorInfo
from messenger.core.model import JsonValue
from messenger.core.model import Message
from messenger.core.model import PresenceUpdate


class RecordingSink:
    """Records calls; ``state`` is the backend's key/value store."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.state: dict[str, JsonValue] = {}
        self.state_reporters: list[tuple[str, Address, bool]] = []
        #: The avatar cache: hash -> image (``has_avatar`` looks here).
        self.avatars: dict[str, bytes] = {}

    def of(self, name: str) -> list[Any]:
        return [args for call, args in self.calls if call == name]

    @property
    def messages(self) -> list[IncomingMessage]:
        return [m for batch in self.of("messages_received") for m in batch]

    def connection_changed(
        self,
        state: ConnectionState,
        error: ErrorInfo | None = None,
        *,
        resumed: bool = False,
    ) -> None:
        self.calls.append(("connection_changed", (state, error, resumed)))

    def capabilities_changed(self, capabilities: frozenset[Capability]) -> None:
        self.calls.append(("capabilities_changed", capabilities))

    async def roster_received(
        self, contacts: Sequence[Contact], *, complete: bool
    ) -> None:
        self.calls.append(("roster_received", (list(contacts), complete)))

    async def contacts_removed(self, addresses: Sequence[Address]) -> None:
        self.calls.append(("contacts_removed", list(addresses)))

    def presences_received(self, updates: Sequence[PresenceUpdate]) -> None:
        self.calls.append(("presences_received", list(updates)))

    def subscription_requested(self, address: Address, text: str) -> None:
        self.calls.append(("subscription_requested", (address, text)))

    def block_list_received(self, blocked: Sequence[Address]) -> None:
        self.calls.append(("block_list_received", list(blocked)))

    def chat_state_received(self, address: Address, state: ChatState) -> None:
        self.calls.append(("chat_state_received", (address, state)))

    async def messages_received(
        self, messages: Sequence[IncomingMessage]
    ) -> list[Message | None]:
        self.calls.append(("messages_received", list(messages)))
        return [None for _ in messages]

    async def message_corrected(
        self,
        *,
        peer: Address,
        sender: Address,
        replaces_id: str,
        body: str,
        outgoing: bool = False,
    ) -> Message | None:
        self.calls.append(
            ("message_corrected", (peer, sender, replaces_id, body, outgoing))
        )
        return None

    async def avatar_received(
        self, address: Address, avatar_hash: str, data: bytes
    ) -> None:
        self.calls.append(("avatar_received", (address, avatar_hash)))
        self.avatars[avatar_hash] = data

    def has_avatar(self, avatar_hash: str) -> bool:
        return avatar_hash in self.avatars

    async def update_settings(self, changes: dict[str, JsonValue]) -> None:
        self.calls.append(("update_settings", changes))

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
        self.calls.append(("message_state_changed", (origin_id, state, error)))
        self.state_reporters.append((origin_id, peer, up_to))

    async def load_state(self, key: str) -> JsonValue:
        return self.state.get(key)

    async def save_state(self, key: str, value: JsonValue) -> None:
        self.calls.append(("save_state", (key, value)))
        self.state[key] = value
