# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""One account's running backend, and the sink through which it reports.

The session owns the backend and the part of the outgoing queue that is in
flight on the current connection. Everything a backend reports is mirrored
into the core state, persisted where it must survive, and published as events.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from messenger.core.api import SubscriptionRequest
from messenger.core.avatars import AvatarError
from messenger.core.context import CoreContext
from messenger.core.errors import CoreError
from messenger.core.events import AccountStatusChanged
from messenger.core.events import AccountUpdated
from messenger.core.events import BlockListChanged
from messenger.core.events import ChatStateChanged
from messenger.core.events import ContactsRemoved
from messenger.core.events import ContactsUpdated
from messenger.core.events import MessageChanged
from messenger.core.events import PresencesChanged
from messenger.core.events import SubscriptionRequested
from messenger.core.intake import sanitize_body
from messenger.core.intake import sanitize_timestamp
from messenger.core.interfaces import BackendContext
from messenger.core.interfaces import BackendFactory
from messenger.core.interfaces import IncomingMessage
from messenger.core.interfaces import OutgoingMessage
from messenger.core.interfaces import ProtocolBackend
from messenger.core.model import Account
from messenger.core.model import AccountStatus
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ChatState
from messenger.core.model import ConnectionState
from messenger.core.model import Contact
from messenger.core.model import ConversationKind
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import JsonValue
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import NewMessage
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show

log = logging.getLogger(__name__)

# How long a backend may take to hang up before the core stops waiting.
DISCONNECT_TIMEOUT = 5.0
# Peers remembered as "active" (see ``chat_state_received``); bounded, as chat
# states come from anyone.
MAX_ACTIVE_PEERS = 1000


def allowed_transition(old: DeliveryState, new: DeliveryState) -> bool:
    """Delivery states only move forward; FAILED only before delivery."""
    if new is DeliveryState.FAILED:
        return old in {DeliveryState.PENDING, DeliveryState.SENT}
    if old is DeliveryState.FAILED:
        return new is not DeliveryState.PENDING
    return new.progress > old.progress


@dataclass(frozen=True, slots=True, kw_only=True)
class BackendParts:
    """What the core gives a session to build its backend with."""

    account: Account
    get_password: Callable[[], Awaitable[str | None]]
    cache_dir: Path
    log: logging.LoggerAdapter[logging.Logger]


class AccountSession:
    """Runs one account's backend; implements ``BackendSink`` for it."""

    def __init__(
        self, ctx: CoreContext, factory: BackendFactory, parts: BackendParts
    ) -> None:
        self._ctx = ctx
        self.account = parts.account
        self.log = parts.log
        self.backend: ProtocolBackend = factory(
            BackendContext(
                account=parts.account,
                sink=self,
                get_password=parts.get_password,
                cache_dir=parts.cache_dir,
                log=parts.log,
            )
        )
        self._in_flight: dict[str, LocalMessageId] = {}
        self._flush_lock = asyncio.Lock()
        self._active_peers: set[Address] = set()
        self._set_status(capabilities=self.backend.capabilities)

    # ------------------------------------------------------------ lifecycle
    @property
    def online(self) -> bool:
        return self._status.state is ConnectionState.ONLINE

    @property
    def _status(self) -> AccountStatus:
        return self._ctx.state.statuses[self.account.id]

    def _set_status(self, **changes: object) -> None:
        status = replace(self._status, **changes)  # type: ignore[arg-type]
        if status != self._status:
            self._ctx.state.statuses[self.account.id] = status
            self._ctx.bus.publish(AccountStatusChanged(status=status))

    async def connect(self) -> None:
        await self.backend.connect()

    async def disconnect(self) -> None:
        try:
            async with asyncio.timeout(DISCONNECT_TIMEOUT):
                await self.backend.disconnect()
        except TimeoutError:
            self.log.warning("backend did not disconnect in time")
        self.connection_changed(ConnectionState.OFFLINE)

    # ------------------------------------------------------------ outgoing
    async def dispatch(self, message: Message) -> None:
        """Hand one stored PENDING message to the backend (if online)."""
        if not self.online or message.origin_id in self._in_flight:
            return
        self._in_flight[message.origin_id] = message.id
        outgoing = OutgoingMessage(
            message_id=message.id,
            peer=message.peer,
            body=message.body,
            origin_id=message.origin_id,
            timestamp=message.timestamp,
        )
        try:
            await self.backend.send_message(outgoing)
        except CoreError as exc:
            self._in_flight.pop(message.origin_id, None)
            if exc.code is not ErrorCode.NOT_CONNECTED:
                await self._change_state(message, DeliveryState.FAILED, str(exc))
        except Exception as exc:
            self._in_flight.pop(message.origin_id, None)
            self.log.exception("sending message %d failed", message.id)
            await self._change_state(message, DeliveryState.FAILED, type(exc).__name__)

    async def flush_outbox(self) -> None:
        """Send every PENDING message of the account, oldest first."""
        async with self._flush_lock:
            for message in await self._ctx.store.pending_outgoing(self.account.id):
                if not self.online:
                    return
                await self.dispatch(message)

    async def _change_state(
        self,
        message: Message,
        state: DeliveryState,
        error: str = "",
        stanza_id: str = "",
    ) -> None:
        if not allowed_transition(message.state, state):
            return
        updated = await self._ctx.store.update_message(
            message.id, state=state, error=error, stanza_id=stanza_id or None
        )
        if updated is not None:
            self._ctx.bus.publish(MessageChanged(message=updated))

    # ------------------------------------------------------------ BackendSink
    def connection_changed(
        self,
        state: ConnectionState,
        error: ErrorInfo | None = None,
        *,
        resumed: bool = False,
    ) -> None:
        if state is ConnectionState.ONLINE and not resumed:
            self._in_flight.clear()
        self._set_status(state=state, error=error)
        if state is ConnectionState.ONLINE:
            self._ctx.spawn(self.flush_outbox(), f"outbox-{self.account.id}")
        elif state in {ConnectionState.OFFLINE, ConnectionState.FAILED}:
            self._drop_presences()

    def _drop_presences(self) -> None:
        table = self._ctx.state.presences.pop(self.account.id, {})
        gone = tuple(
            replace(update, show=Show.OFFLINE)
            for resources in table.values()
            for update in resources.values()
        )
        if gone:
            self._ctx.bus.publish(
                PresencesChanged(account_id=self.account.id, updates=gone)
            )

    def capabilities_changed(self, capabilities: frozenset[Capability]) -> None:
        self._set_status(capabilities=capabilities)

    async def roster_received(
        self, contacts: Sequence[Contact], *, complete: bool
    ) -> None:
        table = self._ctx.state.contacts.setdefault(self.account.id, {})
        contacts = [
            replace(c, account_id=self.account.id, address=c.address.bare)
            for c in contacts
        ]
        changed = [c for c in contacts if table.get(c.address) != c]
        if changed:
            await self._ctx.store.save_contacts(changed)
        if complete:
            present = {c.address for c in contacts}
            await self.contacts_removed([a for a in table if a not in present])
        for contact in changed:
            table[contact.address] = contact
        if changed:
            self._ctx.bus.publish(
                ContactsUpdated(account_id=self.account.id, contacts=tuple(changed))
            )

    async def contacts_removed(self, addresses: Sequence[Address]) -> None:
        table = self._ctx.state.contacts.setdefault(self.account.id, {})
        gone = tuple(a.bare for a in addresses if a.bare in table)
        if not gone:
            return
        await self._ctx.store.delete_contacts(self.account.id, gone)
        for address in gone:
            del table[address]
        self._ctx.bus.publish(
            ContactsRemoved(account_id=self.account.id, addresses=gone)
        )

    def presences_received(self, updates: Sequence[PresenceUpdate]) -> None:
        batch = tuple(updates)
        if batch:
            self._ctx.state.apply_presences(self.account.id, batch)
            self._ctx.bus.publish(
                PresencesChanged(account_id=self.account.id, updates=batch)
            )

    def subscription_requested(self, address: Address, text: str) -> None:
        address = address.bare
        text = sanitize_body(text)[:1000]
        request = SubscriptionRequest(
            account_id=self.account.id, address=address, text=text
        )
        self._ctx.state.requests[(self.account.id, address)] = request
        self._ctx.bus.publish(
            SubscriptionRequested(
                account_id=self.account.id, address=address, text=text
            )
        )

    def block_list_received(self, blocked: Sequence[Address]) -> None:
        addresses = tuple(sorted({a.bare for a in blocked}))
        self._ctx.state.blocked[self.account.id] = addresses
        self._ctx.bus.publish(
            BlockListChanged(account_id=self.account.id, blocked=addresses)
        )

    def chat_state_received(self, address: Address, state: ChatState) -> None:
        """Publish the state unless it repeats "active" for the same peer.

        Clients put ``<active/>`` on every message they send, so a burst would
        otherwise publish one event per message. Only "active" is held back: a
        UI shows nothing for it and moves to it by itself when a message
        arrives, so after an "active" every UI already shows "active". Any
        other state is published each time (a UI may have moved away from it).
        """
        peer = address.bare
        if state is ChatState.ACTIVE:
            if peer in self._active_peers:
                return
            if len(self._active_peers) >= MAX_ACTIVE_PEERS:
                self._active_peers.clear()
            self._active_peers.add(peer)
        else:
            self._active_peers.discard(peer)
        self._ctx.bus.publish(
            ChatStateChanged(account_id=self.account.id, address=peer, state=state)
        )

    async def messages_received(
        self, messages: Sequence[IncomingMessage]
    ) -> list[Message | None]:
        now = self._ctx.clock()
        own = self._own()
        batch = [self._new_message(m, now, own) for m in messages]
        return await self._ctx.intake.submit(batch)

    def _new_message(
        self, incoming: IncomingMessage, now: datetime, own: Address
    ) -> NewMessage:
        return NewMessage(
            account_id=self.account.id,
            peer=incoming.peer.bare,
            direction=Direction.OUTGOING if incoming.outgoing else Direction.INCOMING,
            sender=own if incoming.outgoing else incoming.sender,
            body=sanitize_body(incoming.body),
            timestamp=sanitize_timestamp(incoming.timestamp, now),
            state=DeliveryState.SENT if incoming.outgoing else DeliveryState.RECEIVED,
            conversation_kind=incoming.conversation_kind,
            origin_id=incoming.origin_id[:256],
            stanza_id=incoming.stanza_id[:256],
            remote_id=incoming.remote_id[:256],
        )

    async def message_corrected(
        self,
        *,
        peer: Address,
        sender: Address,
        replaces_id: str,
        body: str,
        outgoing: bool = False,
    ) -> Message | None:
        key = (self.account.id, peer.bare, ConversationKind.DIRECT)
        conversation_id = self._ctx.state.conversation_ids.get(key)
        if conversation_id is None or not replaces_id:
            return None
        author = self._own() if outgoing else sender.bare
        original = await self._ctx.store.find_message(
            conversation_id, author, replaces_id
        )
        if original is None:
            self.log.debug("correction of unknown message %r ignored", replaces_id)
            return None
        updated = await self._ctx.store.update_message(
            original.id, body=sanitize_body(body), edited_at=self._ctx.clock()
        )
        if updated is not None:
            self._ctx.bus.publish(MessageChanged(message=updated))
        return updated

    def _own(self) -> Address:
        return Address.parse(self.account.address).bare

    async def avatar_received(
        self, address: Address, avatar_hash: str, data: bytes
    ) -> None:
        try:
            await self._ctx.avatars.put(avatar_hash, data)
        except AvatarError as exc:
            self.log.warning("avatar of %s refused: %s", address, exc)
            return
        contact = self._ctx.state.contacts.get(self.account.id, {}).get(address.bare)
        if contact is not None and contact.avatar_hash != avatar_hash:
            await self.roster_received(
                [replace(contact, avatar_hash=avatar_hash)], complete=False
            )

    def has_avatar(self, avatar_hash: str) -> bool:
        return avatar_hash in self._ctx.avatars

    async def update_settings(self, changes: dict[str, JsonValue]) -> None:
        account = self._ctx.state.accounts.get(self.account.id)
        if account is None:
            return
        account = replace(account, settings={**account.settings, **changes})
        await self._ctx.store.save_account(account)
        self._ctx.state.accounts[account.id] = account
        self.account = account
        self._ctx.bus.publish(AccountUpdated(account=account))

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
        if state in {DeliveryState.SENT, DeliveryState.FAILED}:
            self._in_flight.pop(origin_id, None)
        message = await self._ctx.store.find_outgoing(self.account.id, origin_id)
        if message is None:
            self.log.debug("state %s for unknown message %r", state, origin_id)
            return
        if not self._may_report(peer, message, state):
            self.log.warning("%s may not report on a message to %s", peer, message.peer)
            return
        if up_to and state in {DeliveryState.DELIVERED, DeliveryState.READ}:
            for changed in await self._ctx.store.advance_outgoing(
                message.conversation_id, message.id, state
            ):
                self._ctx.bus.publish(MessageChanged(message=changed))
            return
        await self._change_state(message, state, error, stanza_id)

    def _may_report(
        self, peer: Address, message: Message, state: DeliveryState
    ) -> bool:
        """The peer, our own server/account, or (bounces) the peer's server."""
        peer = peer.bare
        if peer in {message.peer, self._own(), Address("", self._own().domain)}:
            return True
        return state is DeliveryState.FAILED and peer == Address(
            "", message.peer.domain
        )

    async def load_state(self, key: str) -> JsonValue:
        return await self._ctx.store.load_account_state(self.account.id, key)

    async def save_state(self, key: str, value: JsonValue) -> None:
        await self._ctx.store.save_account_state(self.account.id, key, value)
