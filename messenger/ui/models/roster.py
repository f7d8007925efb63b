# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``Roster``: the buddy list's data, without Qt.

One :class:`RosterRow` per contact of every account, keyed by (account id, bare
address), with the contact's aggregated presence and unread count. Presence is
aggregated from the contact's resources: the best ``Show`` by ``Show.rank``,
then the highest priority; a contact without resources is offline. Presences
of addresses that are not (yet) contacts are kept, so a roster push after the
presence still shows the contact online. Every ``apply_*`` method returns the
ids of the rows that changed, for the tree model
(:class:`~messenger.ui.models.contacts.ContactTreeModel`) to turn into Qt signals.

A group chat is listed like a contact (its backend lists it so, with the
group's name); its row is marked :attr:`RosterRow.group_chat` once a GROUP
conversation with that address is known, from the snapshot or an event, in
either order. A group chat has no presence: it is never "offline", and sorted
by status it comes after the contacts online, before those offline.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from messenger.core.api import Snapshot
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import Conversation
from messenger.core.model import ConversationKind
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show

ContactKey = tuple[AccountId, Address]
# A row's id in a Roster (see Roster).
RowId = int

# The group of contacts that are in none (shown as "Contacts").
DEFAULT_GROUP = ""
# Status sort ranks: offline moves one down to make room for group chats.
_RANK = {show: show.rank + (show is Show.OFFLINE) for show in Show}
_GROUP_CHAT_RANK = Show.OFFLINE.rank


def best_presence(resources: Iterable[PresenceUpdate]) -> PresenceUpdate | None:
    """The most available resource (lowest ``Show.rank``, then highest priority)."""
    online = [p for p in resources if p.show is not Show.OFFLINE]
    if not online:
        return None
    return min(online, key=lambda p: (p.show.rank, -p.priority))


def groups_of(contact: Contact) -> tuple[str, ...]:
    """The groups a contact is listed in (the default group for none)."""
    return contact.groups or (DEFAULT_GROUP,)


@dataclass(slots=True)
class RosterRow:
    """One contact with what the buddy list draws of it."""

    contact: Contact
    best: PresenceUpdate | None = None
    unread: int = 0
    # The address is a group chat's (a GROUP conversation), not a person's.
    group_chat: bool = False
    # Cached for sorting and filtering.
    name_key: str = ""  # casefolded display name
    address_text: str = ""
    search_text: str = ""  # casefolded name and address
    by_name: tuple[str, str, str] = ("", "", "")
    by_status: tuple[int, str, str, str] = (0, "", "", "")

    def __post_init__(self) -> None:
        self.refresh_keys()

    def refresh_keys(self) -> None:
        """Recompute the cached keys (after the contact or presence changed)."""
        self.name_key = self.contact.display_name.casefold()
        self.address_text = str(self.contact.address)
        self.search_text = f"{self.name_key}\n{self.address_text.casefold()}"
        account = self.contact.account_id
        self.by_name = (self.name_key, self.address_text, account)
        self.by_status = (self._rank(), *self.by_name)

    def set_best(self, best: PresenceUpdate | None) -> None:
        self.best = best
        self.by_status = (self._rank(), *self.by_name)

    def set_group_chat(self, group_chat: bool) -> None:
        self.group_chat = group_chat
        self.by_status = (self._rank(), *self.by_name)

    def _rank(self) -> int:
        if self.group_chat:
            return _GROUP_CHAT_RANK
        return _RANK[self.show]

    @property
    def show(self) -> Show:
        return Show.OFFLINE if self.best is None else self.best.show

    @property
    def status(self) -> str:
        return "" if self.best is None else self.best.status

    def matches(self, needle: str) -> bool:
        """True when ``needle`` (casefolded) is in the name or the address."""
        return needle in self.search_text


class Roster:
    """Contacts, presences and unread counts of every account (module docstring).

    Rows have small integer ids (:data:`RowId`): the tree model keeps them in
    sets, lists and dicts by the thousand, and an ``int`` hashes in C where
    an ``Address`` (a dataclass) hashes in Python.
    """

    def __init__(self) -> None:
        self.rows: dict[RowId, RosterRow] = {}
        self.ids: dict[ContactKey, RowId] = {}
        self._next_id = 1
        # account -> bare address -> resource -> presence (contacts or not)
        self._presences: dict[AccountId, dict[Address, dict[str, PresenceUpdate]]] = {}
        self._unread: dict[ContactKey, int] = {}
        # The addresses of GROUP conversations (contacts or not, yet).
        self._group_chats: set[ContactKey] = set()

    def load(self, snapshot: Snapshot) -> None:
        """Replace everything with the snapshot's state."""
        self._presences.clear()
        for account_id, update in snapshot.presences:
            self._store_presence((account_id, update.address.bare), update)
        self._unread = {}
        self._group_chats = set()
        # Groups last: a group chat's row counts its group conversation.
        for conversation in sorted(
            snapshot.conversations, key=lambda c: c.kind is ConversationKind.GROUP
        ):
            self._note_conversation(conversation)
        self.rows = {}
        self.ids = {}
        for contact in snapshot.contacts:
            self._add(contact)

    def update_contacts(
        self, account_id: AccountId, contacts: Iterable[Contact]
    ) -> tuple[list[RowId], dict[RowId, Contact]]:
        """Add or replace contacts: the new ids, and the old value of changed ones."""
        added: list[RowId] = []
        changed: dict[RowId, Contact] = {}
        for contact in contacts:
            row_id = self.ids.get((account_id, contact.address.bare))
            if row_id is None:
                added.append(self._add(contact))
                continue
            row = self.rows[row_id]
            if row.contact != contact:
                changed.setdefault(row_id, row.contact)
                row.contact = contact
                row.refresh_keys()
        return added, changed

    def remove(self, keys: Iterable[ContactKey]) -> dict[RowId, RosterRow]:
        """Forget contacts (their presences stay); return the rows removed."""
        removed: dict[RowId, RosterRow] = {}
        for key in keys:
            row_id = self.ids.pop(key, None)
            if row_id is not None:
                removed[row_id] = self.rows.pop(row_id)
        return removed

    def remove_account(self, account_id: AccountId) -> dict[RowId, RosterRow]:
        self._presences.pop(account_id, None)
        self._unread = {k: v for k, v in self._unread.items() if k[0] != account_id}
        self._group_chats = {k for k in self._group_chats if k[0] != account_id}
        return self.remove([key for key in self.ids if key[0] == account_id])

    def presence_keys(
        self, account_id: AccountId, updates: Iterable[PresenceUpdate]
    ) -> list[tuple[ContactKey, PresenceUpdate]]:
        """Each update with the key of its contact (contact or not, yet)."""
        return [((account_id, update.address.bare), update) for update in updates]

    def apply_presences(
        self, updates: Iterable[tuple[ContactKey, PresenceUpdate]]
    ) -> list[RowId]:
        """Store presences (from :meth:`presence_keys`); return the rows whose
        best presence changed."""
        touched: set[ContactKey] = set()
        for key, update in updates:
            self._store_presence(key, update)
            touched.add(key)
        changed: list[RowId] = []
        for key in touched:
            row_id = self.ids.get(key)
            if row_id is None:
                continue
            row = self.rows[row_id]
            best = best_presence(self._resources(key).values())
            if best != row.best:
                row.set_best(best)
                changed.append(row_id)
        return changed

    def set_unread(self, conversation: Conversation) -> RowId | None:
        """Record a conversation's unread count, and whether it is a group's.

        Returns the contact's row if that changed it. (A group chat's row is
        its conversation's: the backend lists the group like a contact.)
        """
        key = self._note_conversation(conversation)
        row_id = None if key is None else self.ids.get(key)
        if key is None or row_id is None:
            return None
        row = self.rows[row_id]
        group_chat = key in self._group_chats
        if row.unread == conversation.unread_count and row.group_chat == group_chat:
            return None
        row.unread = conversation.unread_count
        if row.group_chat != group_chat:
            row.set_group_chat(group_chat)
        return row_id

    def resources(self, key: ContactKey) -> list[PresenceUpdate]:
        """The online resources of a contact, best first."""
        return sorted(
            self._resources(key).values(), key=lambda p: (p.show.rank, -p.priority)
        )

    # internals ----------------------------------------------------------------
    def _note_conversation(self, conversation: Conversation) -> ContactKey | None:
        """Store its unread count (and group-ness); None: not the row's count."""
        key = (conversation.account_id, conversation.peer.bare)
        if conversation.kind is ConversationKind.GROUP:
            self._group_chats.add(key)
        elif key in self._group_chats:
            return None  # the row shows the group conversation, not this one
        self._unread[key] = conversation.unread_count
        return key

    def _add(self, contact: Contact) -> RowId:
        key = (contact.account_id, contact.address.bare)
        row_id = self._next_id
        self._next_id += 1
        self.ids[key] = row_id
        self.rows[row_id] = RosterRow(
            contact=contact,
            best=best_presence(self._resources(key).values()),
            unread=self._unread.get(key, 0),
            group_chat=key in self._group_chats,
        )
        return row_id

    def _resources(self, key: ContactKey) -> dict[str, PresenceUpdate]:
        return self._presences.get(key[0], {}).get(key[1], {})

    def _store_presence(self, key: ContactKey, update: PresenceUpdate) -> None:
        account_id, bare = key
        by_address = self._presences.setdefault(account_id, {})
        if update.show is Show.OFFLINE:
            resources = by_address.get(bare)
            if resources is not None:
                resources.pop(update.address.resource, None)
                if not resources:
                    del by_address[bare]
        else:
            by_address.setdefault(bare, {})[update.address.resource] = update
