# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ContactTreeModel``: the buddy list of every account, by group.

Top-level rows are groups, sorted by name, with "Contacts" (the contacts in no
group) last; a group's children are its contacts, and a contact in two groups
is a row in both. Groups without a visible contact are not shown.

The model sorts and filters itself (sort by status or by name, hide offline
contacts, a filter text) instead of leaving that to a ``QSortFilterProxyModel``
(docs/ui-development.md): a proxy over a Python model calls ``data()`` twice
per comparison, and measured with 5,000 contacts it took 0.4 s to insert them
and minutes for 2,000 presence changes. Here every change is a batch: the data
(:class:`~messenger.ui.models.roster.Roster`) changes first, then each group
whose visible rows changed is re-sorted once with a Python key (milliseconds
for thousands of rows) and the difference goes out as Qt signals, see
:mod:`messenger.ui.models.tree_sync`: removals and insertions in runs, one
``layoutChanged`` for a new order, ``dataChanged`` with the roles that changed.
Only :meth:`load_snapshot` resets the model.

Group chats are rows like contacts (see :mod:`messenger.ui.models.roster`):
their decoration is the group icon, not a presence, and they are never drawn
or hidden as offline.

The avatar role asks a lookup function (``set_avatar_lookup``) that returns a
decoded image or None while it loads; :meth:`avatar_ready` tells the rows.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from typing import Any
from typing import overload

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QImage
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
from messenger.ui.icons import group_icon
from messenger.ui.icons import presence_icon
from messenger.ui.models.contact_order import ContactOrder
from messenger.ui.models.contact_order import Placement
from messenger.ui.models.contact_roles import ACCESSIBLE
from messenger.ui.models.contact_roles import AVATAR_ROLES
from messenger.ui.models.contact_roles import CONTACT_ROLES
from messenger.ui.models.contact_roles import DECORATION
from messenger.ui.models.contact_roles import DISPLAY
from messenger.ui.models.contact_roles import FOREGROUND
from messenger.ui.models.contact_roles import GROUP_CHAT_ROLES
from messenger.ui.models.contact_roles import GROUP_ROLES
from messenger.ui.models.contact_roles import PRESENCE_ROLES
from messenger.ui.models.contact_roles import TOOLTIP
from messenger.ui.models.contact_roles import UNREAD_ROLES
from messenger.ui.models.contact_roles import ContactRole
from messenger.ui.models.contact_roles import SortOrder
from messenger.ui.models.contact_roles import describe_group
from messenger.ui.models.contact_roles import describe_row
from messenger.ui.models.contact_roles import group_label
from messenger.ui.models.roster import DEFAULT_GROUP
from messenger.ui.models.roster import Roster
from messenger.ui.models.roster import RosterRow
from messenger.ui.models.roster import RowId
from messenger.ui.models.roster import best_presence
from messenger.ui.models.roster import groups_of
from messenger.ui.models.tree_sync import Group
from messenger.ui.models.tree_sync import TreeSync

__all__ = [
    "AVATAR_ROLES",
    "CONTACT_ROLES",
    "GROUP_CHAT_ROLES",
    "GROUP_ROLES",
    "PRESENCE_ROLES",
    "UNREAD_ROLES",
    "ContactRole",
    "ContactTreeModel",
    "SortOrder",
    "best_presence",
]

AnyIndex = QModelIndex | QPersistentModelIndex


class ContactTreeModel(QAbstractItemModel):
    """The buddy list of all accounts, by group (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roster = Roster()
        self._sync = TreeSync(
            self,
            online=self._count_online,
            memberships=lambda key: groups_of(self._roster.rows[key].contact),
            group_roles=GROUP_ROLES,
        )
        self._order = ContactOrder()
        self._avatar_lookup: Callable[[AccountId, str], QImage | None] | None = None
        self._by_avatar: dict[str, set[RowId]] = {}
        # The keys of the batch being applied (None: everything may move).
        self._touched: set[RowId] | None = None

    # Qt model interface -----------------------------------------------------
    def index(
        self,
        row: int,
        column: int = 0,
        parent: AnyIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._sync.shown):
                return self.createIndex(row, 0, 0)
            return QModelIndex()
        group = self._sync.group_at(parent)
        if group is None or parent.internalId() != 0 or row >= len(group.visible):
            return QModelIndex()
        return self.createIndex(row, 0, group.uid)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        row = self._sync.shown_row(child.internalId())
        return QModelIndex() if row is None else self.createIndex(row, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sync.shown)
        if parent.internalId() != 0:
            return 0
        group = self._sync.group_at(parent)
        return 0 if group is None else len(group.visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() and parent.internalId() != 0 else 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in ContactRole:
            names[role.value] = QByteArray(role.name.lower().encode())
        return names

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.column() != 0:
            return None
        if index.internalId() == 0:
            group = self._sync.group_at(index)
            return None if group is None else self._group_data(group, role)
        key = self._sync.key_at(index)
        if key is None:
            return None
        group = self._sync.by_uid[index.internalId()]
        return self._row_data(self._roster.rows[key], group.name, role)

    def _group_data(self, group: Group, role: int) -> Any:
        values: dict[int, Callable[[], Any]] = {
            DISPLAY: lambda: group_label(group.name),
            ContactRole.GROUP: lambda: group.name,
            ContactRole.IS_GROUP: lambda: True,
            ContactRole.ONLINE_COUNT: lambda: group.online,
            ContactRole.TOTAL_COUNT: lambda: group.total,
        }
        if role in values:
            return values[role]()
        if role in (TOOLTIP, ACCESSIBLE):
            return describe_group(group.name, group.online, group.total)
        return None

    def _row_data(self, row: RosterRow, group: str, role: int) -> Any:  # noqa: PLR0911, PLR0912 (a role switch)
        contact = row.contact
        if role in (DISPLAY, ContactRole.DISPLAY_NAME):
            return contact.display_name
        if role == ContactRole.ACCOUNT_ID:
            return str(contact.account_id)
        if role == ContactRole.ADDRESS:
            return row.address_text
        if role == ContactRole.SHOW:
            return row.show.value
        if role == ContactRole.STATUS_TEXT:
            return row.status
        if role == ContactRole.UNREAD:
            return row.unread
        if role == ContactRole.AVATAR:
            if not contact.avatar_hash or self._avatar_lookup is None:
                return None
            return self._avatar_lookup(contact.account_id, contact.avatar_hash)
        if role == DECORATION:
            return group_icon() if row.group_chat else presence_icon(row.show.value)
        if role == TOOLTIP:
            # Tooltips guess rich text (Qt::mightBeRichText): hand them escaped
            # HTML, so peer strings always show as the text they are.
            from html import escape  # noqa: PLC0415 (html.entities: start-up time)

            text = escape(describe_row(row)).replace("\n", "<br>")
            return f"<p style='white-space:pre-wrap'>{text}</p>"
        if role == ACCESSIBLE:
            return describe_row(row)
        if role == FOREGROUND:
            if row.best is not None or row.group_chat:
                return None
            # Offline contacts are drawn like disabled text.
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return _ROW_VALUES[role](row, group) if role in _ROW_VALUES else None

    # snapshot and events ----------------------------------------------------
    def load_snapshot(self, snapshot: Snapshot) -> None:
        """Replace everything with the snapshot's state (a model reset)."""
        self.beginResetModel()
        self._roster.load(snapshot)
        self._sync.clear()
        self._by_avatar.clear()
        for key, row in self._roster.rows.items():
            self._add_membership(key, row.contact)
        self._sync.rebuild_silently(self._sync.groups.values(), self._sorted)
        self.endResetModel()

    def apply_contacts_updated(self, event: ContactsUpdated) -> None:
        """Insert the new contacts (one batch) and update the known ones."""
        ids = self._roster.ids
        before = self._placements(
            row_id
            for c in event.contacts
            if (row_id := ids.get((event.account_id, c.address.bare))) is not None
        )
        added, changed = self._roster.update_contacts(event.account_id, event.contacts)
        affected: set[str] = set()
        for key in added:
            contact = self._roster.rows[key].contact
            affected.update(self._add_membership(key, contact))
        for key, old in changed.items():
            new = self._roster.rows[key].contact
            affected.update(self._remove_membership(key, old))
            affected.update(self._add_membership(key, new))
            if self._placement(key) != before[key]:
                affected.update(groups_of(new))
        self._refresh(
            affected,
            dict.fromkeys(changed, CONTACT_ROLES),
            affected,
            touched={*added, *changed},
        )

    def apply_contacts_removed(self, event: ContactsRemoved) -> None:
        keys = [(event.account_id, a.bare) for a in event.addresses]
        self._forget(self._roster.remove(keys))

    def apply_account_removed(self, event: AccountRemoved) -> None:
        self._forget(self._roster.remove_account(event.account_id))

    def apply_presences_changed(self, event: PresencesChanged) -> None:
        rows = self._roster.rows
        pairs = self._roster.presence_keys(event.account_id, event.updates)
        ids = self._roster.ids
        before = self._placements(
            {row_id for key, _ in pairs if (row_id := ids.get(key)) is not None}
        )
        changed = self._roster.apply_presences(pairs)
        affected: set[str] = set()
        counted: set[str] = set()
        for key in changed:
            names = groups_of(rows[key].contact)
            counted.update(names)
            if self._placement(key) != before[key]:
                affected.update(names)
        self._refresh(
            affected,
            dict.fromkeys(changed, PRESENCE_ROLES),
            counted,
            touched=set(changed),
        )

    def apply_conversation_updated(self, event: ConversationUpdated) -> None:
        conversation = event.conversation
        row_id = self._roster.ids.get((conversation.account_id, conversation.peer.bare))
        before = self._placements([] if row_id is None else [row_id])
        was_group_chat = row_id is not None and self._roster.rows[row_id].group_chat
        key = self._roster.set_unread(conversation)
        if key is None:
            return
        row = self._roster.rows[key]
        roles = GROUP_CHAT_ROLES if row.group_chat != was_group_chat else UNREAD_ROLES
        names = groups_of(row.contact)
        affected = set(names) if self._placement(key) != before[key] else set()
        self._refresh(affected, {key: roles}, (), touched={key})

    def avatar_ready(self, avatar_hash: str) -> None:
        """An avatar image finished loading: the rows showing it change."""
        keys = self._by_avatar.get(avatar_hash, set())
        self._refresh((), dict.fromkeys(keys, AVATAR_ROLES), (), touched=set())

    # view options -----------------------------------------------------------
    def set_filter(self, text: str) -> None:
        """Show only contacts whose name or address contains ``text`` (any case).

        While filtering, offline contacts that match are shown too.
        """
        if self._order.set_filter(text):
            self._refresh_all()

    def set_show_offline(self, show: bool) -> None:
        """Show offline contacts; hidden ones still show with unread messages."""
        if show != self._order.show_offline:
            self._order.show_offline = show
            self._refresh_all()

    def set_sort_order(self, order: SortOrder) -> None:
        if order is not self._order.sort:
            self._order.sort = order
            self._refresh_all()

    def set_avatar_lookup(
        self, lookup: Callable[[AccountId, str], QImage | None] | None
    ) -> None:
        self._avatar_lookup = lookup

    @property
    def filter_text(self) -> str:
        return self._order.filter

    @property
    def show_offline(self) -> bool:
        return self._order.show_offline

    @property
    def sort_order(self) -> SortOrder:
        return self._order.sort

    # lookups ----------------------------------------------------------------
    def index_of(
        self, account_id: AccountId, address: Address, group: str | None = None
    ) -> QModelIndex:
        """A visible row of a contact (in ``group``, else its first), or invalid."""
        key = self._roster.ids.get((account_id, address.bare))
        if key is None:
            return QModelIndex()
        row = self._roster.rows[key]
        for name in groups_of(row.contact) if group is None else (group,):
            found = self._sync.position(name, key)
            if found is not None:
                return self.createIndex(found[1], 0, found[0])
        return QModelIndex()

    def contact_at(self, index: AnyIndex) -> Contact | None:
        key = self._sync.key_at(index) if index.isValid() else None
        return None if key is None else self._roster.rows[key].contact

    def group_names(self) -> list[str]:
        """The named groups of every contact, sorted (without "Contacts")."""
        names = {
            name
            for name, group in self._sync.groups.items()
            if group.members and name != DEFAULT_GROUP
        }
        return sorted(names, key=lambda n: (n.casefold(), n))

    def contact(self, account_id: AccountId, address: Address) -> Contact | None:
        key = self._roster.ids.get((account_id, address.bare))
        return None if key is None else self._roster.rows[key].contact

    def people(self, account_id: AccountId) -> list[Contact]:
        """The account's contacts that are not group chats, by name."""
        rows = [
            row
            for (account, _), key in self._roster.ids.items()
            if account == account_id and not (row := self._roster.rows[key]).group_chat
        ]
        rows.sort(key=lambda row: row.by_name)
        return [row.contact for row in rows]

    # internals ----------------------------------------------------------------
    def _count_online(self, keys: Iterable[RowId]) -> int:
        rows = self._roster.rows
        return sum(1 for key in keys if rows[key].best is not None)

    def _ordered(self, group: Group) -> list[RowId]:
        return self._order.ordered(group, self._roster.rows, self._touched)

    def _sorted(self, group: Group) -> list[RowId]:
        return self._order.sorted(group, self._roster.rows)

    def _placement(self, key: RowId) -> Placement:
        return self._order.placement(self._roster.rows[key])

    def _placements(self, keys: Iterable[RowId]) -> dict[RowId, Placement]:
        rows = self._roster.rows
        return {key: self._placement(key) for key in keys if key in rows}

    def _add_membership(self, key: RowId, contact: Contact) -> tuple[str, ...]:
        if contact.avatar_hash:
            self._by_avatar.setdefault(contact.avatar_hash, set()).add(key)
        names = groups_of(contact)
        for name in names:
            self._sync.group(name).members.add(key)
        return names

    def _remove_membership(self, key: RowId, contact: Contact) -> tuple[str, ...]:
        holders = self._by_avatar.get(contact.avatar_hash)
        if holders is not None:
            holders.discard(key)
            if not holders:
                del self._by_avatar[contact.avatar_hash]
        names = groups_of(contact)
        for name in names:
            self._sync.group(name).members.discard(key)
        return names

    def _forget(self, removed: dict[RowId, RosterRow]) -> None:
        affected: set[str] = set()
        for key, row in removed.items():
            affected.update(self._remove_membership(key, row.contact))
        self._refresh(affected, {}, affected, touched=set(removed))

    def _refresh_all(self) -> None:
        self._refresh(list(self._sync.groups), {}, (), touched=None)

    def _refresh(
        self,
        affected: Iterable[str],
        changed: Mapping[RowId, list[int]],
        counted: Iterable[str],
        *,
        touched: set[RowId] | None,
    ) -> None:
        """Bring ``affected`` groups up to date (see :meth:`_ordered`)."""
        self._touched = touched
        try:
            self._sync.refresh(affected, self._ordered, changed, counted)
        finally:
            self._touched = None


_ROW_VALUES: dict[int, Callable[[RosterRow, str], Any]] = {
    ContactRole.GROUPS: lambda row, _g: list(row.contact.groups),
    ContactRole.IS_GROUP: lambda _r, _g: False,
    ContactRole.GROUP: lambda _r, group: group,
    ContactRole.AVATAR_HASH: lambda row, _g: row.contact.avatar_hash,
    ContactRole.SUBSCRIPTION: lambda row, _g: row.contact.subscription.value,
    ContactRole.PENDING_OUT: lambda row, _g: row.contact.pending_out,
    ContactRole.PENDING_IN: lambda row, _g: row.contact.pending_in,
    ContactRole.GROUP_CHAT: lambda row, _g: row.group_chat,
}
