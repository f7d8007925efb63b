# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The commands of ``RemoteCore``: each ``CoreApi`` call as one request.

:class:`RemoteCalls` spells out every command of
:class:`~messenger.core.api.CoreApi` (except ``snapshot``, which
``RemoteCore`` answers from its mirror, and ``close``) with its exact
signature, so mypy checks them against the Protocol and the wire table
(``wire.METHODS``) finds each one by name. Each sends its keyword arguments
through :meth:`RemoteCalls._call`, which ``RemoteCore`` implements (the
connection, ids, timeouts, errors: ``daemon/client.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import ContactInfo
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import JsonValue
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import ProtocolKind
from messenger.core.model import Show


class RemoteCalls:
    """The ``CoreApi`` commands, forwarded (see the module docstring)."""

    async def _call(self, method: str, **params: object) -> Any:
        """Send one request; return its decoded result (``RemoteCore``)."""
        raise NotImplementedError

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
        result: Account = await self._call(
            "add_account",
            protocol=protocol,
            address=address,
            display_name=display_name,
            settings=settings,
            password=password,
            enabled=enabled,
        )
        return result

    async def update_account(
        self, account: Account, *, password: str | None = None
    ) -> Account:
        result: Account = await self._call(
            "update_account", account=account, password=password
        )
        return result

    async def remove_account(
        self, account_id: AccountId, *, delete_history: bool = False
    ) -> None:
        await self._call(
            "remove_account", account_id=account_id, delete_history=delete_history
        )

    async def set_account_enabled(self, account_id: AccountId, enabled: bool) -> None:
        await self._call("set_account_enabled", account_id=account_id, enabled=enabled)

    async def connect_account(self, account_id: AccountId) -> None:
        await self._call("connect_account", account_id=account_id)

    async def disconnect_account(self, account_id: AccountId) -> None:
        await self._call("disconnect_account", account_id=account_id)

    async def network_changed(self, online: bool | None) -> None:
        await self._call("network_changed", online=online)

    async def set_presence(
        self, show: Show, status: str = "", *, account_id: AccountId | None = None
    ) -> None:
        await self._call(
            "set_presence", show=show, status=status, account_id=account_id
        )

    async def report_idle(self, idle_since: datetime | None) -> None:
        await self._call("report_idle", idle_since=idle_since)

    async def open_conversation(
        self, account_id: AccountId, peer: Address
    ) -> Conversation:
        result: Conversation = await self._call(
            "open_conversation", account_id=account_id, peer=peer
        )
        return result

    async def create_group(
        self, account_id: AccountId, name: str, members: Sequence[Address]
    ) -> Conversation:
        result: Conversation = await self._call(
            "create_group", account_id=account_id, name=name, members=list(members)
        )
        return result

    async def send_message(
        self, account_id: AccountId, peer: Address, text: str
    ) -> Message:
        result: Message = await self._call(
            "send_message", account_id=account_id, peer=peer, text=text
        )
        return result

    async def retry_message(self, message_id: LocalMessageId) -> Message:
        result: Message = await self._call("retry_message", message_id=message_id)
        return result

    async def correct_message(self, message_id: LocalMessageId, text: str) -> Message:
        result: Message = await self._call(
            "correct_message", message_id=message_id, text=text
        )
        return result

    async def send_chat_state(
        self, account_id: AccountId, peer: Address, state: ChatState
    ) -> None:
        await self._call(
            "send_chat_state", account_id=account_id, peer=peer, state=state
        )

    async def mark_read(
        self, conversation_id: ConversationId, up_to: LocalMessageId
    ) -> None:
        await self._call("mark_read", conversation_id=conversation_id, up_to=up_to)

    async def fetch_history(
        self,
        conversation_id: ConversationId,
        *,
        before: LocalMessageId | None = None,
        after: LocalMessageId | None = None,
        limit: int = 50,
    ) -> list[Message]:
        result: list[Message] = await self._call(
            "fetch_history",
            conversation_id=conversation_id,
            before=before,
            after=after,
            limit=limit,
        )
        return result

    async def search_history(
        self,
        query: str,
        *,
        account_id: AccountId | None = None,
        conversation_id: ConversationId | None = None,
        before: LocalMessageId | None = None,
        limit: int = 50,
    ) -> list[Message]:
        result: list[Message] = await self._call(
            "search_history",
            query=query,
            account_id=account_id,
            conversation_id=conversation_id,
            before=before,
            limit=limit,
        )
        return result

    async def add_contact(
        self,
        account_id: AccountId,
        address: Address,
        *,
        name: str = "",
        groups: tuple[str, ...] = (),
    ) -> None:
        await self._call(
            "add_contact",
            account_id=account_id,
            address=address,
            name=name,
            groups=groups,
        )

    async def remove_contact(self, account_id: AccountId, address: Address) -> None:
        await self._call("remove_contact", account_id=account_id, address=address)

    async def rename_contact(
        self, account_id: AccountId, address: Address, name: str
    ) -> None:
        await self._call(
            "rename_contact", account_id=account_id, address=address, name=name
        )

    async def set_contact_groups(
        self, account_id: AccountId, address: Address, groups: tuple[str, ...]
    ) -> None:
        await self._call(
            "set_contact_groups", account_id=account_id, address=address, groups=groups
        )

    async def answer_subscription(
        self, account_id: AccountId, address: Address, *, approve: bool
    ) -> None:
        await self._call(
            "answer_subscription",
            account_id=account_id,
            address=address,
            approve=approve,
        )

    async def set_blocked(
        self, account_id: AccountId, address: Address, *, blocked: bool
    ) -> None:
        await self._call(
            "set_blocked", account_id=account_id, address=address, blocked=blocked
        )

    async def fetch_contact_info(
        self, account_id: AccountId, address: Address
    ) -> ContactInfo:
        result: ContactInfo = await self._call(
            "fetch_contact_info", account_id=account_id, address=address
        )
        return result

    async def get_avatar(self, account_id: AccountId, avatar_hash: str) -> bytes | None:
        result: bytes | None = await self._call(
            "get_avatar", account_id=account_id, avatar_hash=avatar_hash
        )
        return result

    async def set_own_avatar(
        self, account_id: AccountId, data: bytes | None, mime_type: str = "image/png"
    ) -> None:
        await self._call(
            "set_own_avatar", account_id=account_id, data=data, mime_type=mime_type
        )

    async def set_setting(self, key: str, value: JsonValue) -> None:
        await self._call("set_setting", key=key, value=value)
