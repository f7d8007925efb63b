# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Rename a contact: the name the user sees, saved on the server's roster.

OK calls ``CoreApi.rename_contact`` (an empty name shows the address again);
errors come back inline.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.model import Contact
from messenger.ui.widgets.forms import CommandDialog
from messenger.ui.widgets.forms import plain_label

MAX_NAME = 200


class RenameContactDialog(CommandDialog):
    """Renames one contact (see the module docstring)."""

    def __init__(
        self, core: CoreApi, contact: Contact, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._core = core
        self.contact = contact
        self.setWindowTitle(self.tr("Rename contact"))
        self.ok_button.setText(self.tr("&Rename"))
        self.address = plain_label(str(contact.address))
        self.address.setAccessibleName(self.tr("Address"))
        self.name = QLineEdit(contact.name)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(str(contact.address)[:MAX_NAME])
        self.name.setAccessibleName(self.tr("Name"))
        self.name.selectAll()
        self.form.addRow(self.tr("Address:"), self.address)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.name.setFocus()

    async def run(self) -> bool:
        await self._core.rename_contact(
            self.contact.account_id, self.contact.address, self.name.text().strip()
        )
        return True
