# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The "New group chat" dialog: account, group name and members.

The account box lists only the accounts that can start a group chat now (the
window passes those online with ``Capability.GROUP_CHAT``). Members are picked
from the chosen account's contacts (a checkable list with a filter box; group
chats themselves are not offered) and typed into a line for addresses that are
not contacts, separated by commas, semicolons or spaces, each checked with
``Address.parse`` when the user confirms. Problems show in words under their
field. OK calls ``CoreApi.create_group``; its errors come back inline
(:class:`~messenger.ui.widgets.forms.CommandDialog`), and on success
:attr:`NewGroupDialog.group_created` names the group, for the window to open
its chat.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import InvalidAddressError
from messenger.ui.widgets.forms import CommandDialog
from messenger.ui.widgets.forms import error_label
from messenger.ui.widgets.text import fill
from messenger.ui.widgets.text import isolate
from messenger.ui.widgets.text import one_line

log = logging.getLogger(__name__)
MAX_NAME = 200
# Bad addresses quoted in the error; the rest are not worth a longer sentence.
MAX_QUOTED = 3
_SEPARATORS = re.compile(r"[\s,;]+")
# Item data: the contact's address (str), and what the filter searches.
ADDRESS_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 2


def split_addresses(text: str) -> list[str]:
    """The words of ``text`` separated by commas, semicolons or white space."""
    return [word for word in _SEPARATORS.split(text) if word]


def parse_member(text: str) -> Address | None:
    """A member's bare address from ``text``, or None if it is not one.

    A member is a person: ``name@example.org``, without a resource and not in
    the reserved ``.invalid`` domain (where made-up group addresses live).
    """
    try:
        address = Address.parse(text)
    except InvalidAddressError as exc:
        log.debug("Rejected member address: %s", exc)
        return None
    if not address.local or address.resource or address.domain.endswith(".invalid"):
        return None
    return address


class NewGroupDialog(CommandDialog):
    """Starts a group chat on one of ``accounts`` ((id, label) pairs).

    ``contacts`` are the contacts each account offers as members.
    """

    # The group exists: account id (str), the group's Address.
    group_created = Signal(str, object)

    def __init__(
        self,
        core: CoreApi,
        accounts: list[tuple[AccountId, str]],
        contacts: Mapping[AccountId, Sequence[Contact]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._contacts = contacts
        self.setWindowTitle(self.tr("New group chat"))
        self.ok_button.setText(self.tr("&Start group chat"))

        self.account = QComboBox()
        for account_id, label in accounts:
            self.account.addItem(label, account_id)
        self.account.setAccessibleName(self.tr("Account"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Name of the group"))
        self.name.setAccessibleName(self.tr("Group name"))
        self.name.textEdited.connect(self._on_name_text_edited)
        self.name_error = error_label()
        self._build_members()

        self.form.addRow(self.tr("A&ccount:"), self.account)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow("", self.name_error)
        self.form.addRow(self.tr("&Members:"), self.member_picker)
        self.form.addRow(self.tr("&Others:"), self.others)
        self.form.addRow("", self.members_error)
        self.account.currentIndexChanged.connect(self._on_account_current_index_changed)
        self._fill_members()
        if not accounts:
            self.show_error(self.tr("No connected account can start a group chat now."))
            self.ok_button.setEnabled(False)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_members(self) -> None:
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Search contacts"))
        self.filter.setAccessibleName(self.tr("Search contacts"))
        self.member_items = QStandardItemModel(self)
        self.member_filter = QSortFilterProxyModel(self)
        self.member_filter.setSourceModel(self.member_items)
        self.member_filter.setFilterRole(SEARCH_ROLE)
        self.member_filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.member_list = QListView()
        self.member_list.setModel(self.member_filter)
        self.member_list.setUniformItemSizes(True)
        self.member_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_list.setAccessibleName(self.tr("Contacts to add to the group"))
        self.member_list.setMinimumHeight(self.fontMetrics().height() * 8)
        # Long names elide instead of scrolling sideways.
        self.member_list.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.member_picker = QWidget()
        layout = QVBoxLayout(self.member_picker)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.member_list)
        self.member_picker.setFocusProxy(self.filter)  # "&Members:" goes there
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("name@example.org, other@example.org"))
        self.others.setAccessibleName(self.tr("Other members' addresses"))
        self.others.setToolTip(
            self.tr("Addresses of members who are not in your contacts.")
        )
        self.others.textEdited.connect(self._on_others_text_edited)
        self.members_error = error_label()

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.ok_button.setEnabled(not busy and self.account.count() > 0)

    # members ------------------------------------------------------------------
    def _fill_members(self) -> None:
        """List the chosen account's contacts, none checked."""
        self.member_items.clear()
        account_id = AccountId(str(self.account.currentData() or ""))
        for contact in self._contacts.get(account_id, ()):
            name = one_line(contact.name)
            address = str(contact.address.bare)
            item = QStandardItem(f"{name} <{address}>" if name else address)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(address, ADDRESS_ROLE)
            item.setData(f"{name}\n{address}", SEARCH_ROLE)
            self.member_items.appendRow(item)

    def checked_members(self) -> list[Address]:
        """The contacts checked in the list (filtered out or not)."""
        found: list[Address] = []
        for row in range(self.member_items.rowCount()):
            item = self.member_items.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(Address.parse(str(item.data(ADDRESS_ROLE))))
        return found

    def _members(self) -> list[Address] | None:
        """Checked and typed members, each once; None (error shown) if wrong."""
        bad: list[str] = []
        members = self.checked_members()
        for word in split_addresses(self.others.text()):
            address = parse_member(word)
            if address is None:
                bad.append(word)
            elif address not in members:
                members.append(address)
        if bad:
            quoted = ", ".join(isolate(word, 80) for word in bad[:MAX_QUOTED])
            if len(bad) > MAX_QUOTED:
                quoted += ", …"
            if len(bad) == 1:
                template = self.tr(
                    "%1 is not a valid address. Enter addresses as "
                    "name@example.org, separated by commas or spaces."
                )
            else:
                template = self.tr(
                    "These are not valid addresses: %1. Enter addresses as "
                    "name@example.org, separated by commas or spaces."
                )
            self._show_members_error(fill(template, quoted))
            return None
        if not members:
            self._show_members_error(
                self.tr("Choose at least one member, or enter an address.")
            )
            return None
        return members

    def _show_members_error(self, text: str) -> None:
        self.members_error.setText(text)
        self.members_error.setVisible(bool(text))

    # running ------------------------------------------------------------------
    async def run(self) -> bool:
        name = self.name.text().strip()
        self.name_error.setText(self.tr("Enter a name for the group."))
        self.name_error.setVisible(not name)
        self._show_members_error("")
        members = self._members()
        if not name or members is None:
            (self.name if not name else self.others).setFocus(
                Qt.FocusReason.OtherFocusReason
            )
            return False
        account_id = AccountId(str(self.account.currentData()))
        conversation = await self._core.create_group(account_id, name, members)
        self.group_created.emit(str(conversation.account_id), conversation.peer)
        return True

    # slots --------------------------------------------------------------------
    def _on_account_current_index_changed(self, _index: int) -> None:
        self._fill_members()

    def _on_filter_text_changed(self, text: str) -> None:
        self.member_filter.setFilterFixedString(text.strip())

    def _on_name_text_edited(self, _text: str) -> None:
        self.name_error.setVisible(False)

    def _on_others_text_edited(self, _text: str) -> None:
        self.members_error.setVisible(False)
