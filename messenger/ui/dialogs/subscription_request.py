# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The answer to a contact request: someone asks to see the user's presence.

Shows who asks (and on which account), with their message as plain text, and
offers: Approve; Approve and add (also adds them and asks to see theirs; not
offered when they are a contact already); Deny; Later (closes, the request
stays). The answer goes through ``CoreApi.answer_subscription`` (and
``add_contact``); the dialog then emits :attr:`answered` and accepts. A
failure is shown in the dialog, which stays open.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.widgets.errors import command_error_text
from messenger.ui.widgets.forms import error_label
from messenger.ui.widgets.forms import plain_label
from messenger.ui.widgets.text import fill
from messenger.ui.widgets.text import isolate
from messenger.ui.widgets.text import plain_block

log = logging.getLogger(__name__)


class SubscriptionRequestDialog(QDialog):
    """Approve or deny one contact request (see the module docstring)."""

    answered = Signal(str, object, bool)  # account id, Address, approved

    def __init__(
        self,
        core: CoreApi,
        account_id: AccountId,
        address: Address,
        *,
        text: str,
        account_label: str,
        is_contact: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self.account_id = account_id
        self.address = address
        self.setWindowTitle(self.tr("Contact request"))

        self.question = plain_label(
            fill(
                self.tr("%1 asks to see when you are online on your account %2."),
                isolate(str(address)),
                isolate(account_label),
            )
        )
        self.message = plain_label(plain_block(text, 2000))
        self.message.setVisible(bool(text))
        self.message.setAccessibleName(self.tr("Their message"))
        self.message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.error = error_label()

        self.buttons = QDialogButtonBox()
        self.approve = self._button(self.tr("&Approve"), self._on_approve_clicked)
        self.approve_and_add = self._button(
            self.tr("Approve and a&dd"), self._on_approve_and_add_clicked
        )
        self.approve_and_add.setVisible(not is_contact)
        self.deny = self._button(self.tr("De&ny"), self._on_deny_clicked)
        self.later = self.buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later.clicked.connect(self.reject)
        self.approve.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def _button(self, label: str, slot: object) -> QPushButton:
        button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    @async_slot()
    async def _on_approve_clicked(self) -> None:
        await self._answer(approve=True, add=False)

    @async_slot()
    async def _on_approve_and_add_clicked(self) -> None:
        await self._answer(approve=True, add=True)

    @async_slot()
    async def _on_deny_clicked(self) -> None:
        await self._answer(approve=False, add=False)

    async def _answer(self, *, approve: bool, add: bool) -> None:
        self._set_busy(True)
        try:
            await self._core.answer_subscription(
                self.account_id, self.address, approve=approve
            )
            if add:
                await self._core.add_contact(self.account_id, self.address)
        except CoreError as exc:
            log.info("Answering a contact request failed: %s", exc.code.value)
            self.error.setText(command_error_text(exc.code))
            self.error.setVisible(True)
            self._set_busy(False)
            return
        self.answered.emit(self.account_id, self.address, approve)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.approve, self.approve_and_add, self.deny):
            button.setEnabled(not busy)

    def reject(self) -> None:
        cancel_slot_tasks(self)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        cancel_slot_tasks(self)
        super().closeEvent(event)
