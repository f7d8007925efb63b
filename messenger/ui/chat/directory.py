# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""What the chat windows know about accounts, contacts and conversations.

A mirror of the parts of the core's state the chat windows draw (names,
presence, capabilities, unread counts, the window setting), filled from a
snapshot and kept current by the events. Every ``apply_*`` method is
idempotent and takes whole objects, so applying an event twice, or an event
the snapshot already contains, leaves the same state. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field

from messenger.core.api import Snapshot
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import AccountStatus
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import Contact
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import InvalidAddressError
from messenger.core.model import JsonValue
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show

PeerKey = tuple[AccountId, Address]


def best_presence(resources: Iterable[PresenceUpdate]) -> PresenceUpdate | None:
    """The most available resource (lowest ``Show.rank``, then highest priority)."""
    online = [p for p in resources if p.show is not Show.OFFLINE]
    if not online:
        return None
    return min(online, key=lambda p: (p.show.rank, -p.priority))


@dataclass(slots=True)
class ChatDirectory:
    """The state mirror (see the module docstring)."""

    accounts: dict[AccountId, Account] = field(default_factory=dict)
    statuses: dict[AccountId, AccountStatus] = field(default_factory=dict)
    contacts: dict[PeerKey, Contact] = field(default_factory=dict)
    presences: dict[PeerKey, dict[str, PresenceUpdate]] = field(default_factory=dict)
    conversations: dict[ConversationId, Conversation] = field(default_factory=dict)
    settings: dict[str, JsonValue] = field(default_factory=dict)

    def load(self, snapshot: Snapshot) -> None:
        self.accounts = {a.id: a for a in snapshot.accounts}
        self.statuses = {s.account_id: s for s in snapshot.statuses}
        self.contacts = {(c.account_id, c.address.bare): c for c in snapshot.contacts}
        self.presences = {}
        for account_id, update in snapshot.presences:
            self.apply_presences(account_id, (update,))
        self.conversations = {c.id: c for c in snapshot.conversations}
        self.settings = dict(snapshot.settings)

    # queries ------------------------------------------------------------------
    def display_name(self, account_id: AccountId, peer: Address) -> str:
        contact = self.contacts.get((account_id, peer.bare))
        return contact.display_name if contact is not None else str(peer.bare)

    def own_name(self, account_id: AccountId) -> str:
        account = self.accounts.get(account_id)
        if account is None:
            return ""
        if account.display_name:
            return account.display_name
        try:
            return Address.parse(account.address).local or account.address
        except InvalidAddressError:
            return account.address

    def presence(self, account_id: AccountId, peer: Address) -> PresenceUpdate | None:
        return best_presence(self.presences.get((account_id, peer.bare), {}).values())

    def capabilities(self, account_id: AccountId) -> frozenset[Capability]:
        status = self.statuses.get(account_id)
        return status.capabilities if status is not None else frozenset()

    def unread(self, conversation_id: ConversationId) -> int:
        conversation = self.conversations.get(conversation_id)
        return conversation.unread_count if conversation is not None else 0

    # events -------------------------------------------------------------------
    def apply_account(self, account: Account) -> None:
        self.accounts[account.id] = account

    def apply_status(self, status: AccountStatus) -> None:
        self.statuses[status.account_id] = status

    def remove_account(self, account_id: AccountId) -> None:
        self.accounts.pop(account_id, None)
        self.statuses.pop(account_id, None)
        for table in (self.contacts, self.presences):
            for key in [k for k in table if k[0] == account_id]:
                del table[key]

    def apply_contacts(self, contacts: Iterable[Contact]) -> set[PeerKey]:
        changed: set[PeerKey] = set()
        for contact in contacts:
            key = (contact.account_id, contact.address.bare)
            self.contacts[key] = contact
            changed.add(key)
        return changed

    def remove_contacts(
        self, account_id: AccountId, addresses: Iterable[Address]
    ) -> set[PeerKey]:
        gone = {(account_id, address.bare) for address in addresses}
        for key in gone:
            self.contacts.pop(key, None)
        return gone

    def apply_presences(
        self, account_id: AccountId, updates: Iterable[PresenceUpdate]
    ) -> set[PeerKey]:
        changed: set[PeerKey] = set()
        for update in updates:
            key = (account_id, update.address.bare)
            resources = self.presences.setdefault(key, {})
            if update.show is Show.OFFLINE:
                resources.pop(update.address.resource, None)
                if not resources:
                    del self.presences[key]
            else:
                resources[update.address.resource] = update
            changed.add(key)
        return changed

    def apply_conversation(self, conversation: Conversation) -> bool:
        """Store ``conversation``; True when its unread count changed."""
        old = self.conversations.get(conversation.id)
        self.conversations[conversation.id] = conversation
        return old is None or old.unread_count != conversation.unread_count

    def remove_conversation(self, conversation_id: ConversationId) -> None:
        self.conversations.pop(conversation_id, None)
