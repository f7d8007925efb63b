# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ContactListModel``: the contacts of every account, one row each.

The model keeps row ids (account id, bare address) plus a row cache and applies
the core's events incrementally (STYLE 7): a batch of new contacts is one
``beginInsertRows``/``endInsertRows``, a change is ``dataChanged`` with the
roles that changed, and only a snapshot resets the model. Sorting and filtering
belong to a ``QSortFilterProxyModel`` on top (sort by :attr:`ContactRole.SORT_KEY`).

Presence is aggregated per contact from its resources: the best ``Show`` by
``Show.rank``, then the highest priority; a contact without resources is
offline. Presences of addresses that are not (yet) contacts are kept, so a
roster push after the presence still shows the contact online.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QPalette

from messenger.core.api import Snapshot
from messenger.core.events import AccountRemoved
from messenger.core.events import ContactsRemoved
from messenger.core.events import ContactsUpdated
from messenger.core.events import ConversationUpdated
from messenger.core.events import PresencesChanged
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import Conversation
from messenger.core.model import ConversationKind
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show

ContactKey = tuple[AccountId, Address]
AnyIndex = QModelIndex | QPersistentModelIndex


_USER_ROLE = int(Qt.ItemDataRole.UserRole)


class ContactRole(IntEnum):
    """Data roles of :class:`ContactListModel` (plain Python values)."""

    ACCOUNT_ID = _USER_ROLE + 1  # str
    ADDRESS = _USER_ROLE + 2  # str, the bare address
    DISPLAY_NAME = _USER_ROLE + 3  # str: the contact's name, else its address
    SHOW = _USER_ROLE + 4  # str, a Show value ("offline" without resources)
    STATUS_TEXT = _USER_ROLE + 5  # str, of the best resource
    GROUPS = _USER_ROLE + 6  # list[str]
    UNREAD = _USER_ROLE + 7  # int, unread messages of the direct conversation
    SORT_KEY = _USER_ROLE + 8  # str: available first, then by name


# The roles each kind of change touches (dataChanged arguments).
_PRESENCE_ROLES: list[int] = [
    ContactRole.SHOW,
    ContactRole.STATUS_TEXT,
    ContactRole.SORT_KEY,
    int(Qt.ItemDataRole.ForegroundRole),
    int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.AccessibleTextRole),
]
_CONTACT_ROLES: list[int] = [
    ContactRole.DISPLAY_NAME,
    ContactRole.GROUPS,
    ContactRole.SORT_KEY,
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.AccessibleTextRole),
]
_UNREAD_ROLES: list[int] = [ContactRole.UNREAD]


def best_presence(resources: Iterable[PresenceUpdate]) -> PresenceUpdate | None:
    """The most available resource (lowest ``Show.rank``, then highest priority)."""
    online = [p for p in resources if p.show is not Show.OFFLINE]
    if not online:
        return None
    return min(online, key=lambda p: (p.show.rank, -p.priority))


@dataclass(slots=True)
class _Row:
    contact: Contact
    best: PresenceUpdate | None = None
    unread: int = 0
    sort_key: str = field(default="")

    @property
    def show(self) -> Show:
        return Show.OFFLINE if self.best is None else self.best.show

    def update_sort_key(self) -> None:
        self.sort_key = f"{self.show.rank}\x00{self.contact.display_name.casefold()}"


class ContactListModel(QAbstractListModel):
    """The buddy list of all accounts (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[ContactKey] = []
        self._rows: dict[ContactKey, _Row] = {}
        self._positions: dict[ContactKey, int] = {}
        # account -> bare address -> resource -> presence (contacts or not)
        self._presences: dict[AccountId, dict[Address, dict[str, PresenceUpdate]]] = {}
        self._unread: dict[ContactKey, int] = {}

    # Qt model interface -----------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in ContactRole:
            names[role.value] = QByteArray(role.name.lower().encode())
        return names

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row_number = index.row()
        if not 0 <= row_number < len(self._keys):
            return None
        return self._row_data(self._rows[self._keys[row_number]], role)

    def _row_data(self, row: _Row, role: int) -> Any:  # noqa: PLR0911 (a role switch)
        contact = row.contact
        if role in (Qt.ItemDataRole.DisplayRole, ContactRole.DISPLAY_NAME):
            return contact.display_name
        if role == ContactRole.ACCOUNT_ID:
            return str(contact.account_id)
        if role == ContactRole.ADDRESS:
            return str(contact.address)
        if role == ContactRole.SHOW:
            return row.show.value
        if role == ContactRole.STATUS_TEXT:
            return "" if row.best is None else row.best.status
        if role == ContactRole.GROUPS:
            return list(contact.groups)
        if role == ContactRole.UNREAD:
            return row.unread
        if role == ContactRole.SORT_KEY:
            return row.sort_key
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips guess rich text (Qt::mightBeRichText): hand them escaped
            # HTML, so peer strings always show as the text they are.
            from html import escape  # noqa: PLC0415 (html.entities: start-up time)

            text = escape(_describe(row)).replace("\n", "<br>")
            return f"<p style='white-space:pre'>{text}</p>"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _describe(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.best is None:
            # Offline contacts are drawn like disabled text.
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    # snapshot and events ----------------------------------------------------
    def load_snapshot(self, snapshot: Snapshot) -> None:
        """Replace everything with the snapshot's state (a model reset)."""
        self.beginResetModel()
        self._presences.clear()
        for account_id, update in snapshot.presences:
            self._store_presence(account_id, update)
        self._unread = {
            (c.account_id, c.peer.bare): c.unread_count
            for c in snapshot.conversations
            if c.kind is ConversationKind.DIRECT
        }
        self._keys = []
        self._rows = {}
        for contact in snapshot.contacts:
            key = (contact.account_id, contact.address.bare)
            if key not in self._rows:
                self._keys.append(key)
            self._rows[key] = self._new_row(contact)
        self._reindex()
        self.endResetModel()

    def apply_contacts_updated(self, event: ContactsUpdated) -> None:
        """Insert the new contacts (one batch) and update the known ones."""
        new_rows: dict[ContactKey, _Row] = {}
        for contact in event.contacts:
            key = (event.account_id, contact.address.bare)
            row = self._rows.get(key)
            if row is None:
                new_rows[key] = self._new_row(contact)
            elif row.contact != contact:
                row.contact = contact
                row.update_sort_key()
                self._changed(key, _CONTACT_ROLES)
        if new_rows:
            first = len(self._keys)
            self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
            for offset, (key, row) in enumerate(new_rows.items()):
                self._keys.append(key)
                self._rows[key] = row
                self._positions[key] = first + offset
            self.endInsertRows()

    def apply_contacts_removed(self, event: ContactsRemoved) -> None:
        self._remove_keys({(event.account_id, a.bare) for a in event.addresses})

    def apply_account_removed(self, event: AccountRemoved) -> None:
        self._presences.pop(event.account_id, None)
        self._unread = {
            k: v for k, v in self._unread.items() if k[0] != event.account_id
        }
        self._remove_keys({k for k in self._keys if k[0] == event.account_id})

    def apply_presences_changed(self, event: PresencesChanged) -> None:
        touched: set[Address] = set()
        for update in event.updates:
            self._store_presence(event.account_id, update)
            touched.add(update.address.bare)
        for bare in touched:
            key = (event.account_id, bare)
            row = self._rows.get(key)
            if row is None:
                continue
            best = best_presence(self._resources(key).values())
            if best != row.best:
                row.best = best
                row.update_sort_key()
                self._changed(key, _PRESENCE_ROLES)

    def apply_conversation_updated(self, event: ConversationUpdated) -> None:
        conversation: Conversation = event.conversation
        if conversation.kind is not ConversationKind.DIRECT:
            return
        key = (conversation.account_id, conversation.peer.bare)
        self._unread[key] = conversation.unread_count
        row = self._rows.get(key)
        if row is not None and row.unread != conversation.unread_count:
            row.unread = conversation.unread_count
            self._changed(key, _UNREAD_ROLES)

    # lookups ----------------------------------------------------------------
    def index_of(self, account_id: AccountId, address: Address) -> QModelIndex:
        """The index of a contact, or an invalid index."""
        position = self._positions.get((account_id, address.bare))
        return QModelIndex() if position is None else self.index(position, 0)

    def contact_at(self, index: AnyIndex) -> Contact | None:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        return self._rows[self._keys[index.row()]].contact

    # internals ----------------------------------------------------------------
    def _new_row(self, contact: Contact) -> _Row:
        key = (contact.account_id, contact.address.bare)
        row = _Row(
            contact=contact,
            best=best_presence(self._resources(key).values()),
            unread=self._unread.get(key, 0),
        )
        row.update_sort_key()
        return row

    def _resources(self, key: ContactKey) -> dict[str, PresenceUpdate]:
        return self._presences.get(key[0], {}).get(key[1], {})

    def _store_presence(self, account_id: AccountId, update: PresenceUpdate) -> None:
        by_address = self._presences.setdefault(account_id, {})
        bare = update.address.bare
        if update.show is Show.OFFLINE:
            resources = by_address.get(bare)
            if resources is not None:
                resources.pop(update.address.resource, None)
                if not resources:
                    del by_address[bare]
        else:
            by_address.setdefault(bare, {})[update.address.resource] = update

    def _changed(self, key: ContactKey, roles: list[int]) -> None:
        index = self.index(self._positions[key], 0)
        self.dataChanged.emit(index, index, roles)

    def _remove_keys(self, keys: set[ContactKey]) -> None:
        positions = sorted(self._positions[k] for k in keys if k in self._positions)
        # Remove contiguous runs from the bottom up, so positions stay valid.
        for first, last in reversed(_runs(positions)):
            self.beginRemoveRows(QModelIndex(), first, last)
            for key in self._keys[first : last + 1]:
                del self._rows[key]
            del self._keys[first : last + 1]
            self.endRemoveRows()
        if positions:
            self._reindex()

    def _reindex(self) -> None:
        self._positions = {key: i for i, key in enumerate(self._keys)}


def _describe(row: _Row) -> str:
    """Name, address and status message of a contact, as plain text."""
    text = f"{row.contact.display_name} <{row.contact.address}>"
    status = "" if row.best is None else row.best.status
    return f"{text}\n{status}" if status else text


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Group sorted positions into (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and position == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs
