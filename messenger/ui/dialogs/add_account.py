# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The "Add account" dialog: network, address, display name and password.

A small dialog until the account wizard lands. It checks the address as the
user confirms (``Address.parse``; an account needs ``name@domain`` without a
resource) and shows problems inline, under the field. OK calls
``CoreApi.add_account``; while that runs the form is disabled, and a
``CoreError`` comes back as an inline message, never as a crash. Open it with
``open()`` (never ``exec()``, STYLE 8.2); it accepts itself once the account
exists and emits :attr:`AddAccountDialog.account_created`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.core.model import Address
from messenger.core.model import ErrorCode
from messenger.core.model import InvalidAddressError
from messenger.core.model import ProtocolKind
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks

log = logging.getLogger(__name__)


def _error_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class AddAccountDialog(QDialog):
    """Collects one account and adds it through the core (see the module docstring)."""

    account_created = Signal(object)  # the new Account

    def __init__(self, core: CoreApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self.setWindowTitle(self.tr("Add account"))
        self.setModal(True)

        self.protocol = QComboBox()
        self.protocol.addItem(self.tr("XMPP (Jabber)"), ProtocolKind.XMPP)
        self.protocol.addItem(self.tr("E-mail"), ProtocolKind.EMAIL)
        self.protocol.setAccessibleName(self.tr("Network"))

        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("name@example.org"))
        self.address.setAccessibleName(self.tr("Address"))
        self.address.textEdited.connect(self._on_address_text_edited)
        self.address_error = _error_label()

        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("Optional"))
        self.display_name.setAccessibleName(self.tr("Display name"))

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))

        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add account"))
        ok.setAccessibleName(self.tr("Add account"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Network:"), self.protocol)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow("", self.address_error)
        form.addRow(self.tr("Display &name:"), self.display_name)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    # user actions -----------------------------------------------------------
    def _on_address_text_edited(self, _text: str) -> None:
        self._show(self.address_error, "")

    @async_slot()
    async def _on_buttons_accepted(self) -> None:
        address = self._checked_address()
        if address is None:
            self.address.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show(self.error, "")
        self._set_busy(True)
        try:
            account = await self._core.add_account(
                ProtocolKind(self.protocol.currentData()),
                str(address),
                display_name=self.display_name.text().strip(),
                password=self.password.text() or None,
            )
        except CoreError as exc:
            log.info("Adding an account failed: %s", exc.code.value)
            self._show(self.error, self._describe(exc))
            self._set_busy(False)
            return
        self.password.clear()
        self.account_created.emit(account)
        self.accept()

    def reject(self) -> None:
        cancel_slot_tasks(self)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        cancel_slot_tasks(self)
        super().closeEvent(event)

    # helpers ----------------------------------------------------------------
    def _checked_address(self) -> Address | None:
        text = self.address.text().strip()
        if not text:
            self._show(self.address_error, self.tr("Enter the account's address."))
            return None
        try:
            address = Address.parse(text)
        except InvalidAddressError as exc:
            log.debug("Rejected address input: %s", exc)
            address = None
        if address is None or not address.local or address.resource:
            self._show(
                self.address_error,
                self.tr("This is not a valid address. Enter it as name@example.org."),
            )
            return None
        return address

    def _describe(self, error: CoreError) -> str:
        code = error.code
        if code is ErrorCode.INVALID_INPUT:
            return self.tr("The account details are not valid: %1").replace(
                "%1", error.info.detail
            )
        if code is ErrorCode.CONFLICT:
            return self.tr("An account with this address exists already.")
        if code is ErrorCode.PROTOCOL_UNSUPPORTED:
            return self.tr("This network is not supported yet.")
        return self.tr("The account could not be added (%1).").replace("%1", code.value)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.protocol, self.address, self.display_name, self.password):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        self.adjustSize()  # grow with the message instead of clipping it
