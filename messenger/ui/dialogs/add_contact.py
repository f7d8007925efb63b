# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The "Add contact" dialog: account, address, name and group.

The account box lists only the accounts that can add a contact now (the
window passes those that are online). The address is checked with
``Address.parse`` when the user confirms (``name@example.org``, no resource)
and problems show under the field. OK calls ``CoreApi.add_contact``, which
also asks to see the contact's presence where the network has that; errors
come back inline (:class:`~messenger.ui.widgets.forms.CommandDialog`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import InvalidAddressError
from messenger.ui.widgets.forms import CommandDialog
from messenger.ui.widgets.forms import error_label

log = logging.getLogger(__name__)
MAX_NAME = 200


class AddContactDialog(CommandDialog):
    """Adds a contact to one of ``accounts`` ((id, label) pairs)."""

    def __init__(
        self,
        core: CoreApi,
        accounts: list[tuple[AccountId, str]],
        groups: list[str],
        parent: QWidget | None = None,
        *,
        address: str = "",
    ) -> None:
        super().__init__(parent)
        self._core = core
        self.setWindowTitle(self.tr("Add contact"))
        self.ok_button.setText(self.tr("&Add contact"))

        self.account = QComboBox()
        for account_id, label in accounts:
            self.account.addItem(label, account_id)
        self.account.setAccessibleName(self.tr("Account"))
        self.address = QLineEdit(address)
        self.address.setPlaceholderText(self.tr("name@example.org"))
        self.address.setAccessibleName(self.tr("Address"))
        self.address.textEdited.connect(self._on_address_text_edited)
        self.address_error = error_label()
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Optional"))
        self.name.setAccessibleName(self.tr("Name"))
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItem("")
        self.group.addItems(groups)
        self.group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        group_edit = self.group.lineEdit()
        assert group_edit is not None  # editable
        group_edit.setPlaceholderText(self.tr("No group"))
        self.group.setAccessibleName(self.tr("Group"))

        self.form.addRow(self.tr("A&ccount:"), self.account)
        self.form.addRow(self.tr("A&ddress:"), self.address)
        self.form.addRow("", self.address_error)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Group:"), self.group)
        if not accounts:
            self.show_error(self.tr("No connected account can add contacts now."))
            self.ok_button.setEnabled(False)
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.ok_button.setEnabled(not busy and self.account.count() > 0)

    async def run(self) -> bool:
        address = self._checked_address()
        if address is None:
            self.address.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        group = self.group.currentText().strip()
        await self._core.add_contact(
            AccountId(str(self.account.currentData())),
            address,
            name=self.name.text().strip(),
            groups=(group,) if group else (),
        )
        return True

    def _on_address_text_edited(self, _text: str) -> None:
        self.address_error.setVisible(False)

    def _checked_address(self) -> Address | None:
        text = self.address.text().strip()
        problem = ""
        address = None
        if not text:
            problem = self.tr("Enter the contact's address.")
        else:
            try:
                address = Address.parse(text)
            except InvalidAddressError as exc:
                log.debug("Rejected address input: %s", exc)
            if address is None or not address.local or address.resource:
                address = None
                problem = self.tr(
                    "This is not a valid address. Enter it as name@example.org."
                )
        self.address_error.setText(problem)
        self.address_error.setVisible(bool(problem))
        return address
