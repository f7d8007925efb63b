# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The attached side's copy of a core's state, kept current by its events.

``RemoteCore`` answers ``snapshot()`` from this copy (no round trip, consistent
with the events its bus has published). When it reattaches to a core that
cannot replay what it missed (the daemon restarted, or the gap outgrew the
core's buffer), :meth:`Mirror.diff` turns the old and the new snapshot into the
events that lead from one to the other, so every UI model catches up through
the same event handlers it always uses: no UI needs a "rebuild" path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from messenger.core.api import Snapshot
from messenger.core.api import SubscriptionRequest
from messenger.core.events import AccountAdded
from messenger.core.events import AccountRemoved
from messenger.core.events import AccountStatusChanged
from messenger.core.events import AccountUpdated
from messenger.core.events import BlockListChanged
from messenger.core.events import ContactsRemoved
from messenger.core.events import ContactsUpdated
from messenger.core.events import ConversationRemoved
from messenger.core.events import ConversationUpdated
from messenger.core.events import Event
from messenger.core.events import OwnPresenceChanged
from messenger.core.events import PresencesChanged
from messenger.core.events import SecretStorageChanged
from messenger.core.events import SettingChanged
from messenger.core.events import SubscriptionAnswered
from messenger.core.events import SubscriptionRequested
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import PresenceUpdate
from messenger.core.model import SecretStorageStatus
from messenger.core.model import Show
from messenger.core.state import CoreState


class Mirror:
    """A :class:`CoreState` fed by events (see the module docstring)."""

    def __init__(self) -> None:
        self.state = CoreState()
        self.secret_storage = SecretStorageStatus(
            persistent=False, backend="", checked=False
        )

    def snapshot(self, seq: int) -> Snapshot:
        return self.state.snapshot(seq, self.secret_storage)

    def load(self, snapshot: Snapshot) -> None:
        """Replace everything with ``snapshot``'s state."""
        state = CoreState()
        state.accounts = {a.id: a for a in snapshot.accounts}
        state.statuses = {s.account_id: s for s in snapshot.statuses}
        for contact in snapshot.contacts:
            state.contacts.setdefault(contact.account_id, {})[contact.address] = contact
        for account_id, update in snapshot.presences:
            state.apply_presences(account_id, (update,))
        for conversation in snapshot.conversations:
            state.put_conversation(conversation)
        state.blocked = {b.account_id: b.blocked for b in snapshot.block_lists}
        state.requests = {
            (r.account_id, r.address): r for r in snapshot.subscription_requests
        }
        state.settings = dict(snapshot.settings)
        state.own_presence = snapshot.own_presence
        self.state = state
        self.secret_storage = snapshot.secret_storage

    def apply(self, event: Event) -> None:  # noqa: PLR0912 (one case per event)
        """Change the state as the core did when it published ``event``."""
        state = self.state
        if isinstance(event, AccountAdded):
            state.accounts[event.account.id] = event.account
            state.statuses[event.account.id] = event.status
        elif isinstance(event, AccountUpdated):
            state.accounts[event.account.id] = event.account
        elif isinstance(event, AccountRemoved):
            state.forget_account(event.account_id, history=event.history_deleted)
        elif isinstance(event, AccountStatusChanged):
            state.statuses[event.status.account_id] = event.status
        elif isinstance(event, OwnPresenceChanged):
            if event.account_id is None:
                state.own_presence = event.presence
        elif isinstance(event, ContactsUpdated):
            table = state.contacts.setdefault(event.account_id, {})
            for contact in event.contacts:
                table[contact.address] = contact
        elif isinstance(event, ContactsRemoved):
            table = state.contacts.setdefault(event.account_id, {})
            for address in event.addresses:
                table.pop(address, None)
        elif isinstance(event, PresencesChanged):
            state.apply_presences(event.account_id, event.updates)
        elif isinstance(event, SubscriptionRequested):
            state.requests[(event.account_id, event.address)] = SubscriptionRequest(
                account_id=event.account_id, address=event.address, text=event.text
            )
        elif isinstance(event, SubscriptionAnswered):
            state.requests.pop((event.account_id, event.address), None)
        elif isinstance(event, BlockListChanged):
            state.blocked[event.account_id] = event.blocked
        elif isinstance(event, ConversationUpdated):
            state.put_conversation(event.conversation)
        elif isinstance(event, ConversationRemoved):
            gone = state.conversations.pop(event.conversation_id, None)
            if gone is not None:
                state.conversation_ids.pop(
                    (gone.account_id, gone.peer, gone.kind), None
                )
        elif isinstance(event, SettingChanged):
            state.settings[event.key] = event.value
        elif isinstance(event, SecretStorageChanged):
            self.secret_storage = event.status

    def diff(self, new: Snapshot) -> list[Event]:
        """Events that turn this state into ``new``'s (messages aside)."""
        old = self.snapshot(0)
        events: list[Event] = []
        if new.secret_storage != old.secret_storage:
            events.append(SecretStorageChanged(status=new.secret_storage))
        events.extend(_account_changes(old, new))
        if new.own_presence != old.own_presence:
            events.append(
                OwnPresenceChanged(account_id=None, presence=new.own_presence)
            )
        for key, value in new.settings.items():
            if key not in old.settings or old.settings[key] != value:
                events.append(SettingChanged(key=key, value=value))
        events.extend(_contact_changes(old, new))
        events.extend(_presence_changes(old, new))
        old_blocks = {b.account_id: b.blocked for b in old.block_lists}
        for block in new.block_lists:
            if old_blocks.get(block.account_id) != block.blocked:
                events.append(
                    BlockListChanged(account_id=block.account_id, blocked=block.blocked)
                )
        events.extend(_request_changes(old, new))
        old_conversations = {c.id: c for c in old.conversations}
        for conversation in new.conversations:
            if old_conversations.pop(conversation.id, None) != conversation:
                events.append(ConversationUpdated(conversation=conversation))
        events.extend(
            ConversationRemoved(conversation_id=gone) for gone in old_conversations
        )
        new_accounts = {a.id for a in new.accounts}
        events.extend(
            AccountRemoved(account_id=a.id, history_deleted=False)
            for a in old.accounts
            if a.id not in new_accounts
        )
        return events


def _account_changes(old: Snapshot, new: Snapshot) -> Iterable[Event]:
    accounts = {a.id: a for a in old.accounts}
    statuses = {s.account_id: s for s in old.statuses}
    new_statuses = {s.account_id: s for s in new.statuses}
    for account in new.accounts:
        status = new_statuses.get(account.id)
        if account.id not in accounts and status is not None:
            yield AccountAdded(account=account, status=status)
            continue
        if accounts.get(account.id) != account:
            yield AccountUpdated(account=account)
        if status is not None and statuses.get(account.id) != status:
            yield AccountStatusChanged(status=status)


def _contact_changes(old: Snapshot, new: Snapshot) -> Iterable[Event]:
    before = {(c.account_id, c.address): c for c in old.contacts}
    after = {(c.account_id, c.address): c for c in new.contacts}
    changed: dict[AccountId, list[Contact]] = {}
    for key, contact in after.items():
        if before.get(key) != contact:
            changed.setdefault(key[0], []).append(contact)
    for account_id, contacts in changed.items():
        yield ContactsUpdated(account_id=account_id, contacts=tuple(contacts))
    removed: dict[AccountId, list[Address]] = {}
    for account_id, address in before.keys() - after.keys():
        removed.setdefault(account_id, []).append(address)
    for account_id, addresses in removed.items():
        yield ContactsRemoved(account_id=account_id, addresses=tuple(addresses))


def _presence_changes(old: Snapshot, new: Snapshot) -> Iterable[Event]:
    before = {(a, u.address): u for a, u in old.presences}
    after = {(a, u.address): u for a, u in new.presences}
    updates: dict[AccountId, list[PresenceUpdate]] = {}
    for key, update in after.items():
        if before.get(key) != update:
            updates.setdefault(key[0], []).append(update)
    for key in before.keys() - after.keys():
        gone = replace(before[key], show=Show.OFFLINE)
        updates.setdefault(key[0], []).append(gone)
    for account_id, batch in updates.items():
        yield PresencesChanged(account_id=account_id, updates=tuple(batch))


def _request_changes(old: Snapshot, new: Snapshot) -> Iterable[Event]:
    before = {(r.account_id, r.address): r for r in old.subscription_requests}
    after = {(r.account_id, r.address): r for r in new.subscription_requests}
    for key, request in after.items():
        if before.get(key) != request:
            yield SubscriptionRequested(
                account_id=request.account_id,
                address=request.address,
                text=request.text,
            )
    for account_id, address in before.keys() - after.keys():
        # Answered elsewhere (or the account went): every UI stops showing it.
        yield SubscriptionAnswered(
            account_id=account_id, address=address, approved=False
        )
