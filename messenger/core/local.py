# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``LocalCore``: the embedded core that wires backends, storage, secrets and bus.

It implements :class:`messenger.core.api.CoreApi`. It depends only on the
interfaces in :mod:`messenger.core.interfaces`; ``daemon/service.py`` hands it the
real SQLite store, keyring and protocol backends.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.avatars import MAX_AVATAR_BYTES
from messenger.core.bus import EventBus
from messenger.core.connectivity import CheckTarget
from messenger.core.connectivity import Connectivity
from messenger.core.connectivity import SuspendClocks
from messenger.core.context import CoreContext
from messenger.core.context import utc_now
from messenger.core.errors import CoreError
from messenger.core.events import AccountAdded
from messenger.core.events import AccountRemoved
from messenger.core.events import AccountStatusChanged
from messenger.core.events import AccountUpdated
from messenger.core.events import ConversationRemoved
from messenger.core.events import ConversationUpdated
from messenger.core.events import MessageChanged
from messenger.core.events import OwnPresenceChanged
from messenger.core.events import SecretStorageChanged
from messenger.core.events import SettingChanged
from messenger.core.events import SubscriptionAnswered
from messenger.core.idle import CHECK_INTERVAL_SECONDS
from messenger.core.idle import IDLE_SETTINGS
from messenger.core.idle import AutoAway
from messenger.core.interfaces import BackendFactory
from messenger.core.interfaces import ProtocolBackend
from messenger.core.interfaces import SecretStore
from messenger.core.interfaces import Store
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import AccountStatus
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
from messenger.core.model import Direction
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import InvalidAddressError
from messenger.core.model import JsonValue
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import NewMessage
from messenger.core.model import OwnPresence
from messenger.core.model import ProtocolKind
from messenger.core.model import SecretStorageStatus
from messenger.core.model import Show
from messenger.core.session import AccountSession
from messenger.core.session import BackendParts

log = logging.getLogger(__name__)

PRESENCE_SETTING = "presence"
MAX_HISTORY_PAGE = 500


class _AccountLog(logging.LoggerAdapter[logging.Logger]):
    def process(self, msg: str, kwargs: object) -> tuple[str, object]:  # type: ignore[override]
        return f"[{self.extra['account'] if self.extra else '?'}] {msg}", kwargs


class LocalCore:
    """The core running in this process (see the module docstring)."""

    def __init__(
        self,
        store: Store,
        secrets: SecretStore,
        backends: Mapping[ProtocolKind, BackendFactory],
        cache_dir: Path,
        *,
        clock: Callable[[], datetime] = utc_now,
        suspend_clocks: SuspendClocks | None = None,
    ) -> None:
        self._ctx = CoreContext(
            store=store, bus=EventBus(), clock=clock, cache_dir=cache_dir
        )
        self._store = store
        self._secrets = secrets
        self._factories = dict(backends)
        self._cache_dir = cache_dir
        self._sessions: dict[AccountId, AccountSession] = {}
        self._started = False
        self._closed = False
        self._chosen = OwnPresence(show=Show.AVAILABLE)
        self._auto_away = AutoAway(clock())
        self._connectivity = Connectivity(
            self._check_targets, self._ctx.spawn, suspend_clocks
        )

    # ------------------------------------------------------------ lifecycle
    @property
    def events(self) -> EventBus:
        return self._ctx.bus

    async def start(self) -> None:
        """Open storage, load the state and connect the enabled accounts."""
        await self._store.open()
        state = self._ctx.state
        state.settings = await self._store.load_settings()
        state.own_presence = _presence_from(state.settings.get(PRESENCE_SETTING))
        self._chosen = state.own_presence
        self._auto_away = AutoAway(self._ctx.clock())
        for account in await self._store.load_accounts():
            state.accounts[account.id] = account
            state.statuses[account.id] = AccountStatus(account_id=account.id)
        for contact in await self._store.load_contacts():
            state.contacts.setdefault(contact.account_id, {})[contact.address] = contact
        for conversation in await self._store.load_conversations():
            state.put_conversation(conversation)
        await self._ctx.avatars.load()
        self._secrets.on_status_changed(self._on_secret_status)
        self._ctx.spawn(self._secrets.probe(), "secret-store-probe")
        self._started = True
        self._ctx.spawn(self._watch_idle(), "auto-away")
        self._connectivity.start()
        if state.own_presence.show is not Show.OFFLINE:
            for account in state.accounts.values():
                if account.enabled:
                    self._ctx.spawn(
                        self.connect_account(account.id), f"connect-{account.id}"
                    )

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        await asyncio.gather(
            *(s.disconnect() for s in self._sessions.values()), return_exceptions=True
        )
        for task in list(self._ctx.tasks):
            task.cancel()
        await asyncio.gather(*self._ctx.tasks, return_exceptions=True)
        await self._ctx.intake.drain()
        await self._ctx.bus.aclose()
        if self._started:
            await self._store.close()

    def _on_secret_status(self, status: SecretStorageStatus) -> None:
        self._ctx.bus.publish(SecretStorageChanged(status=status))

    async def snapshot(self) -> Snapshot:
        return self._ctx.state.snapshot(self._ctx.bus.last_seq, self._secrets.status)

    # ------------------------------------------------------------ accounts
    def _account(self, account_id: AccountId) -> Account:
        try:
            return self._ctx.state.accounts[account_id]
        except KeyError:
            raise CoreError(ErrorCode.NOT_FOUND, f"no account {account_id}") from None

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
        address = _valid_account_address(protocol, address)
        account = Account(
            id=AccountId(uuid.uuid4().hex),
            protocol=protocol,
            address=address,
            display_name=display_name.strip(),
            enabled=enabled,
            settings=dict(settings or {}),
        )
        if password:
            await self._secrets.set_password(account.id, password)
        await self._store.save_account(account)
        status = AccountStatus(account_id=account.id)
        self._ctx.state.accounts[account.id] = account
        self._ctx.state.statuses[account.id] = status
        self._ctx.bus.publish(AccountAdded(account=account, status=status))
        if enabled and self._ctx.state.own_presence.show is not Show.OFFLINE:
            self._ctx.spawn(self.connect_account(account.id), f"connect-{account.id}")
        return account

    async def update_account(
        self, account: Account, *, password: str | None = None
    ) -> Account:
        old = self._account(account.id)
        account = replace(
            account,
            protocol=old.protocol,
            address=_valid_account_address(old.protocol, account.address),
        )
        if password:
            await self._secrets.set_password(account.id, password)
        await self._store.save_account(account)
        self._ctx.state.accounts[account.id] = account
        self._ctx.bus.publish(AccountUpdated(account=account))
        if account.id in self._sessions or password:
            await self._drop_session(account.id)
            if account.enabled:
                # In the background: the caller (a dialog) is done once the
                # account is saved; the connection reports through events.
                self._ctx.spawn(
                    self.connect_account(account.id), f"connect-{account.id}"
                )
        return account

    async def remove_account(
        self, account_id: AccountId, *, delete_history: bool = False
    ) -> None:
        self._account(account_id)
        await self._drop_session(account_id)
        await self._store.delete_account(account_id, delete_history=delete_history)
        await self._secrets.delete_password(account_id)
        dropped = self._ctx.state.forget_account(account_id, history=delete_history)
        self._ctx.bus.publish(
            AccountRemoved(account_id=account_id, history_deleted=delete_history)
        )
        for conversation_id in dropped:
            self._ctx.bus.publish(ConversationRemoved(conversation_id=conversation_id))

    async def set_account_enabled(self, account_id: AccountId, enabled: bool) -> None:
        account = self._account(account_id)
        if account.enabled != enabled:
            account = replace(account, enabled=enabled)
            await self._store.save_account(account)
            self._ctx.state.accounts[account_id] = account
            self._ctx.bus.publish(AccountUpdated(account=account))
        if enabled:
            await self.connect_account(account_id)
        else:
            await self._drop_session(account_id)

    async def connect_account(self, account_id: AccountId) -> None:
        account = self._account(account_id)
        session = self._sessions.get(account_id)
        if session is None:
            factory = self._factories.get(account.protocol)
            if factory is None:
                self._fail(
                    account_id, ErrorCode.PROTOCOL_UNSUPPORTED, account.protocol.value
                )
                return
            prepare = getattr(factory, "prepare", None)
            if prepare is not None:
                await prepare()  # e.g. import the protocol library off the loop
            session = self._sessions.get(account_id)  # another call won the race
            if session is None:
                parts = self._backend_parts(account)
                session = AccountSession(self._ctx, factory, parts)
                self._sessions[account_id] = session
        await session.connect()
        presence = self._ctx.state.own_presence
        if presence.show is not Show.OFFLINE:
            await session.backend.set_presence(presence)

    async def disconnect_account(self, account_id: AccountId) -> None:
        self._account(account_id)
        await self._drop_session(account_id)

    async def _drop_session(self, account_id: AccountId) -> None:
        session = self._sessions.pop(account_id, None)
        if session is not None:
            await session.disconnect()

    def _fail(self, account_id: AccountId, code: ErrorCode, detail: str) -> None:
        status = AccountStatus(
            account_id=account_id,
            state=ConnectionState.FAILED,
            error=ErrorInfo(code=code, detail=detail),
        )
        self._ctx.state.statuses[account_id] = status
        self._ctx.bus.publish(AccountStatusChanged(status=status))

    def _backend_parts(self, account: Account) -> BackendParts:
        logger = _AccountLog(
            logging.getLogger("messenger.protocols"), {"account": account.id}
        )

        async def get_password() -> str | None:
            return await self._secrets.get_password(account.id)

        return BackendParts(
            account=account,
            get_password=get_password,
            cache_dir=self._cache_dir / account.id,
            log=logger,
        )

    def _backend(
        self, account_id: AccountId, capability: Capability | None = None
    ) -> ProtocolBackend:
        self._account(account_id)
        session = self._sessions.get(account_id)
        if session is None or not session.online:
            raise CoreError(ErrorCode.NOT_CONNECTED, account_id)
        if capability is not None and capability not in session.backend.capabilities:
            raise CoreError(ErrorCode.UNSUPPORTED, capability.value)
        return session.backend

    # ------------------------------------------------------------ network
    async def network_changed(self, online: bool | None) -> None:
        if self._started and not self._closed:
            self._connectivity.network_changed(online)

    def _check_targets(self) -> list[CheckTarget]:
        statuses = self._ctx.state.statuses
        return [
            (account_id, statuses[account_id].state, session.backend)
            for account_id, session in self._sessions.items()
            if account_id in statuses
        ]

    # ------------------------------------------------------------ presence
    async def set_presence(
        self, show: Show, status: str = "", *, account_id: AccountId | None = None
    ) -> None:
        presence = OwnPresence(show=show, status=status.strip()[:1000])
        if account_id is not None:
            await self._apply_presence(account_id, presence)
            self._ctx.bus.publish(
                OwnPresenceChanged(account_id=account_id, presence=presence)
            )
            return
        self._chosen = presence
        self._auto_away.report(None, self._ctx.clock())  # choosing is activity
        await self.set_setting(
            PRESENCE_SETTING, {"show": show.value, "status": presence.status}
        )
        await self._set_effective_presence(presence)

    async def _set_effective_presence(self, presence: OwnPresence) -> None:
        self._ctx.state.own_presence = presence
        self._ctx.bus.publish(OwnPresenceChanged(account_id=None, presence=presence))
        for account in list(self._ctx.state.accounts.values()):
            if account.enabled:
                await self._apply_presence(account.id, presence)

    async def report_idle(self, idle_since: datetime | None) -> None:
        self._auto_away.report(idle_since, self._ctx.clock())
        await self._update_auto_away()

    async def _update_auto_away(self) -> None:
        wanted = self._auto_away.presence(
            self._chosen, self._ctx.state.settings, self._ctx.clock()
        )
        if wanted != self._ctx.state.own_presence:
            await self._set_effective_presence(wanted)

    async def _watch_idle(self) -> None:
        while True:
            await asyncio.sleep(CHECK_INTERVAL_SECONDS)
            await self._update_auto_away()

    async def _apply_presence(
        self, account_id: AccountId, presence: OwnPresence
    ) -> None:
        self._account(account_id)
        if presence.show is Show.OFFLINE:
            await self._drop_session(account_id)
        elif (session := self._sessions.get(account_id)) is None:
            await self.connect_account(account_id)
        elif session.online:
            await session.backend.set_presence(presence)

    # ------------------------------------------------------------ messages
    async def open_conversation(
        self, account_id: AccountId, peer: Address
    ) -> Conversation:
        self._account(account_id)
        return await self._open_conversation(
            account_id, peer.bare, self._kind_of(account_id, peer.bare)
        )

    def _kind_of(self, account_id: AccountId, peer: Address) -> ConversationKind:
        """GROUP if ``peer`` is a known group of the account, else DIRECT."""
        key = (account_id, peer, ConversationKind.GROUP)
        if key in self._ctx.state.conversation_ids:
            return ConversationKind.GROUP
        return ConversationKind.DIRECT

    async def _open_conversation(
        self, account_id: AccountId, peer: Address, kind: ConversationKind
    ) -> Conversation:
        known = self._ctx.state.conversation_ids.get((account_id, peer, kind))
        if known is not None:
            return self._ctx.state.conversations[known]
        conversation = await self._store.open_conversation(account_id, peer, kind)
        if conversation.id not in self._ctx.state.conversations:
            self._ctx.state.put_conversation(conversation)
            self._ctx.bus.publish(ConversationUpdated(conversation=conversation))
        return conversation

    async def create_group(
        self, account_id: AccountId, name: str, members: Sequence[Address]
    ) -> Conversation:
        backend = self._backend(account_id, Capability.GROUP_CHAT)
        name = name.strip()
        if not name or not members:
            raise CoreError(ErrorCode.INVALID_INPUT, "a group needs a name and members")
        address = await backend.create_group(name, [m.bare for m in members])
        return await self._open_conversation(
            account_id, address.bare, ConversationKind.GROUP
        )

    async def send_message(
        self, account_id: AccountId, peer: Address, text: str
    ) -> Message:
        account = self._account(account_id)
        if not text.strip():
            raise CoreError(ErrorCode.INVALID_INPUT, "empty message")
        own = Address.parse(account.address).bare
        new = NewMessage(
            account_id=account_id,
            peer=peer.bare,
            direction=Direction.OUTGOING,
            sender=own,
            body=text,
            timestamp=self._ctx.clock(),
            state=DeliveryState.PENDING,
            conversation_kind=self._kind_of(account_id, peer.bare),
            origin_id=str(uuid.uuid4()),
        )
        stored = (await self._ctx.intake.submit([new]))[0]
        assert stored is not None, "a fresh origin id cannot be a duplicate"
        session = self._sessions.get(account_id)
        if session is not None:
            self._ctx.spawn(session.dispatch(stored), f"send-{stored.id}")
        return stored

    async def retry_message(self, message_id: LocalMessageId) -> Message:
        message = await self._store.get_message(message_id)
        if message is None or message.direction is not Direction.OUTGOING:
            raise CoreError(ErrorCode.NOT_FOUND, f"no outgoing message {message_id}")
        if message.state is not DeliveryState.FAILED:
            return message
        updated = await self._store.update_message(
            message_id, state=DeliveryState.PENDING, error=""
        )
        assert updated is not None
        self._ctx.bus.publish(MessageChanged(message=updated))
        session = self._sessions.get(updated.account_id)
        if session is not None:
            self._ctx.spawn(session.dispatch(updated), f"send-{updated.id}")
        return updated

    async def correct_message(self, message_id: LocalMessageId, text: str) -> Message:
        message = await self._store.get_message(message_id)
        if message is None or message.direction is not Direction.OUTGOING:
            raise CoreError(ErrorCode.NOT_FOUND, f"no outgoing message {message_id}")
        if not text.strip():
            raise CoreError(ErrorCode.INVALID_INPUT, "empty message")
        backend = self._backend(message.account_id, Capability.CORRECTIONS)
        await backend.correct_message(message, text)
        updated = await self._store.update_message(
            message_id, body=text, edited_at=self._ctx.clock()
        )
        assert updated is not None
        self._ctx.bus.publish(MessageChanged(message=updated))
        return updated

    async def send_chat_state(
        self, account_id: AccountId, peer: Address, state: ChatState
    ) -> None:
        self._account(account_id)
        session = self._sessions.get(account_id)
        if (
            session is not None
            and session.online
            and Capability.CHAT_STATES in session.backend.capabilities
        ):
            await session.backend.send_chat_state(peer.bare, state)

    async def mark_read(
        self, conversation_id: ConversationId, up_to: LocalMessageId
    ) -> None:
        old = self._conversation(conversation_id)
        conversation = await self._store.mark_read(conversation_id, up_to)
        if conversation != old:
            self._ctx.state.put_conversation(conversation)
            self._ctx.bus.publish(ConversationUpdated(conversation=conversation))
        session = self._sessions.get(conversation.account_id)
        if (
            session is not None
            and session.online
            and Capability.READ_MARKERS in session.backend.capabilities
        ):
            message = await self._store.get_message(up_to)
            if message is not None and message.direction is Direction.INCOMING:
                await session.backend.send_read_marker(message)

    def _conversation(self, conversation_id: ConversationId) -> Conversation:
        try:
            return self._ctx.state.conversations[conversation_id]
        except KeyError:
            raise CoreError(
                ErrorCode.NOT_FOUND, f"no conversation {conversation_id}"
            ) from None

    async def fetch_history(
        self,
        conversation_id: ConversationId,
        *,
        before: LocalMessageId | None = None,
        after: LocalMessageId | None = None,
        limit: int = 50,
    ) -> list[Message]:
        self._conversation(conversation_id)
        if before is not None and after is not None:
            raise CoreError(ErrorCode.INVALID_INPUT, "before and after together")
        limit = max(1, min(limit, MAX_HISTORY_PAGE))
        return await self._store.load_messages(
            conversation_id, before=before, after=after, limit=limit
        )

    async def search_history(
        self,
        query: str,
        *,
        account_id: AccountId | None = None,
        conversation_id: ConversationId | None = None,
        before: LocalMessageId | None = None,
        limit: int = 50,
    ) -> list[Message]:
        limit = max(1, min(limit, MAX_HISTORY_PAGE))
        return await self._store.search_messages(
            query[:1000],
            account_id=account_id,
            conversation_id=conversation_id,
            before=before,
            limit=limit,
        )

    # ------------------------------------------------------------ contacts
    async def add_contact(
        self,
        account_id: AccountId,
        address: Address,
        *,
        name: str = "",
        groups: tuple[str, ...] = (),
    ) -> None:
        backend = self._backend(account_id)
        await backend.add_contact(address.bare, name.strip(), _clean_groups(groups))

    async def remove_contact(self, account_id: AccountId, address: Address) -> None:
        await self._backend(account_id).remove_contact(address.bare)

    async def rename_contact(
        self, account_id: AccountId, address: Address, name: str
    ) -> None:
        backend = self._backend(account_id, Capability.CONTACT_ALIASES)
        contact = self._contact(account_id, address)
        await backend.update_contact(contact.address, name.strip(), contact.groups)

    async def set_contact_groups(
        self, account_id: AccountId, address: Address, groups: tuple[str, ...]
    ) -> None:
        backend = self._backend(account_id, Capability.CONTACT_GROUPS)
        contact = self._contact(account_id, address)
        await backend.update_contact(
            contact.address, contact.name, _clean_groups(groups)
        )

    def _contact(self, account_id: AccountId, address: Address) -> Contact:
        contact = self._ctx.state.contacts.get(account_id, {}).get(address.bare)
        if contact is None:
            raise CoreError(ErrorCode.NOT_FOUND, str(address))
        return contact

    async def answer_subscription(
        self, account_id: AccountId, address: Address, *, approve: bool
    ) -> None:
        backend = self._backend(account_id, Capability.SUBSCRIPTIONS)
        await backend.answer_subscription(address.bare, approve=approve)
        self._ctx.state.requests.pop((account_id, address.bare), None)
        self._ctx.bus.publish(
            SubscriptionAnswered(
                account_id=account_id, address=address.bare, approved=approve
            )
        )

    async def set_blocked(
        self, account_id: AccountId, address: Address, *, blocked: bool
    ) -> None:
        backend = self._backend(account_id, Capability.BLOCKING)
        await backend.set_blocked(address.bare, blocked=blocked)

    async def fetch_contact_info(
        self, account_id: AccountId, address: Address
    ) -> ContactInfo:
        backend = self._backend(account_id, Capability.CONTACT_INFO)
        return await backend.fetch_contact_info(address.bare)

    async def get_avatar(self, account_id: AccountId, avatar_hash: str) -> bytes | None:
        self._account(account_id)
        return await self._ctx.avatars.get(avatar_hash)

    async def set_own_avatar(
        self, account_id: AccountId, data: bytes | None, mime_type: str = "image/png"
    ) -> None:
        backend = self._backend(account_id, Capability.AVATARS)
        if data is not None and len(data) > MAX_AVATAR_BYTES:
            raise CoreError(ErrorCode.INVALID_INPUT, "avatar image is too big")
        await backend.set_own_avatar(data, mime_type)

    # ------------------------------------------------------------ settings
    async def set_setting(self, key: str, value: JsonValue) -> None:
        await self._store.save_setting(key, value)
        self._ctx.state.settings[key] = value
        self._ctx.bus.publish(SettingChanged(key=key, value=value))
        if key in IDLE_SETTINGS and self._started:
            await self._update_auto_away()


if TYPE_CHECKING:
    # mypy proves LocalCore implements every CoreApi command.
    _LOCAL_CORE_IS_A_CORE_API: type[CoreApi] = LocalCore


def _presence_from(value: JsonValue) -> OwnPresence:
    """The saved global presence; a fresh profile starts available."""
    if isinstance(value, dict):
        try:
            return OwnPresence(
                show=Show(str(value.get("show"))), status=str(value.get("status", ""))
            )
        except ValueError:
            pass
    return OwnPresence(show=Show.AVAILABLE)


def _valid_account_address(protocol: ProtocolKind, address: str) -> str:
    try:
        parsed = Address.parse(address)
    except InvalidAddressError as exc:
        raise CoreError(ErrorCode.INVALID_INPUT, str(exc)) from None
    if not parsed.local or parsed.resource:
        raise CoreError(
            ErrorCode.INVALID_INPUT, f"not a {protocol.value} address: {address}"
        )
    return str(parsed)


def _clean_groups(groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(g.strip() for g in groups if g.strip()))
