# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The in-memory state of a core: what a snapshot is made of.

Messages stay in the store; everything else a UI draws lives here, so a snapshot
is built without touching the disk, in one loop turn (it is consistent with the
event sequence number it carries).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

from messenger.core.api import BlockList
from messenger.core.api import Snapshot
from messenger.core.api import SubscriptionRequest
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import AccountStatus
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import ConversationKind
from messenger.core.model import JsonValue
from messenger.core.model import OwnPresence
from messenger.core.model import PresenceUpdate
from messenger.core.model import SecretStorageStatus
from messenger.core.model import Show


@dataclass(slots=True)
class CoreState:
    accounts: dict[AccountId, Account] = field(default_factory=dict)
    statuses: dict[AccountId, AccountStatus] = field(default_factory=dict)
    contacts: dict[AccountId, dict[Address, Contact]] = field(default_factory=dict)
    # account -> bare address -> resource -> presence
    presences: dict[AccountId, dict[Address, dict[str, PresenceUpdate]]] = field(
        default_factory=dict
    )
    conversations: dict[ConversationId, Conversation] = field(default_factory=dict)
    conversation_ids: dict[
        tuple[AccountId, Address, ConversationKind], ConversationId
    ] = field(default_factory=dict)
    blocked: dict[AccountId, tuple[Address, ...]] = field(default_factory=dict)
    requests: dict[tuple[AccountId, Address], SubscriptionRequest] = field(
        default_factory=dict
    )
    settings: dict[str, JsonValue] = field(default_factory=dict)
    own_presence: OwnPresence = field(default_factory=OwnPresence)

    def put_conversation(self, conversation: Conversation) -> None:
        self.conversations[conversation.id] = conversation
        key = (conversation.account_id, conversation.peer, conversation.kind)
        self.conversation_ids[key] = conversation.id

    def apply_presences(
        self, account_id: AccountId, updates: tuple[PresenceUpdate, ...]
    ) -> None:
        table = self.presences.setdefault(account_id, {})
        for update in updates:
            resources = table.setdefault(update.address.bare, {})
            if update.show is Show.OFFLINE:
                resources.pop(update.address.resource, None)
                if not resources:
                    del table[update.address.bare]
            else:
                resources[update.address.resource] = update

    def forget_account(
        self, account_id: AccountId, *, history: bool
    ) -> list[ConversationId]:
        """Drop an account's state; return the conversations dropped with it."""
        self.accounts.pop(account_id, None)
        self.statuses.pop(account_id, None)
        self.contacts.pop(account_id, None)
        self.presences.pop(account_id, None)
        self.blocked.pop(account_id, None)
        for request in [k for k in self.requests if k[0] == account_id]:
            del self.requests[request]
        if not history:
            return []
        dropped = [
            c.id for c in self.conversations.values() if c.account_id == account_id
        ]
        for conversation_id in dropped:
            gone = self.conversations.pop(conversation_id)
            self.conversation_ids.pop((gone.account_id, gone.peer, gone.kind), None)
        return dropped

    def snapshot(self, seq: int, secret_storage: SecretStorageStatus) -> Snapshot:
        return Snapshot(
            seq=seq,
            accounts=tuple(self.accounts.values()),
            statuses=tuple(self.statuses.values()),
            own_presence=self.own_presence,
            contacts=tuple(
                contact
                for table in self.contacts.values()
                for contact in table.values()
            ),
            presences=tuple(
                (account_id, update)
                for account_id, table in self.presences.items()
                for resources in table.values()
                for update in resources.values()
            ),
            conversations=tuple(self.conversations.values()),
            block_lists=tuple(
                BlockList(account_id=a, blocked=b) for a, b in self.blocked.items()
            ),
            subscription_requests=tuple(self.requests.values()),
            secret_storage=secret_storage,
            settings=dict(self.settings),
        )
