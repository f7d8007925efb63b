# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The block list: who may not reach the user, per account.

The account box lists the accounts that can block (``Capability.BLOCKING``).
The list shows the account's blocked addresses and follows
``BlockListChanged`` live (through the bridge); "Unblock" unblocks the
selected one, and an address typed below is blocked with "Block". Commands go
through ``CoreApi.set_blocked``; failures show in the dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.errors import CoreError
from messenger.core.events import BlockListChanged
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import InvalidAddressError
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.widgets.errors import command_error_text
from messenger.ui.widgets.forms import error_label
from messenger.ui.widgets.text import one_line

log = logging.getLogger(__name__)


class BlockListDialog(QDialog):
    """Shows and edits block lists (see the module docstring)."""

    def __init__(
        self,
        bridge: CoreBridge,
        accounts: list[tuple[AccountId, str]],
        blocked: dict[AccountId, tuple[Address, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = bridge.core
        self._blocked = dict(blocked)
        self.setWindowTitle(self.tr("Blocked contacts"))

        self.account = QComboBox()
        for account_id, label in accounts:
            self.account.addItem(label, account_id)
        self.account.setAccessibleName(self.tr("Account"))
        self.account.currentIndexChanged.connect(self._on_account_current_index_changed)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Blocked addresses"))
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        self.unblock = QPushButton(self.tr("&Unblock"))
        self.unblock.setEnabled(False)
        self.unblock.clicked.connect(self._on_unblock_clicked)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("name@example.org"))
        self.address.setAccessibleName(self.tr("Address to block"))
        self.address.returnPressed.connect(self._on_block_clicked)
        self.block = QPushButton(self.tr("&Block"))
        self.block.clicked.connect(self._on_block_clicked)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("A&ccount:"), self.account)
        block_row = QHBoxLayout()
        block_row.addWidget(self.address, 1)
        block_row.addWidget(self.block)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list)
        layout.addWidget(self.unblock, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(block_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        bridge.block_list_changed.connect(self._on_bridge_block_list_changed)
        self._show_list()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    @property
    def current_account(self) -> AccountId | None:
        data = self.account.currentData()
        return None if data is None else AccountId(str(data))

    def blocked_addresses(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    # events -----------------------------------------------------------------------
    def _on_bridge_block_list_changed(self, event: BlockListChanged) -> None:
        self._blocked[event.account_id] = event.blocked
        if event.account_id == self.current_account:
            self._show_list()

    def _on_account_current_index_changed(self, _index: int) -> None:
        self._show_list()

    def _on_list_item_selection_changed(self) -> None:
        self.unblock.setEnabled(bool(self.list.selectedItems()))

    @async_slot()
    async def _on_unblock_clicked(self) -> None:
        items = self.list.selectedItems()
        account_id = self.current_account
        if not items or account_id is None:
            return
        address = items[0].data(Qt.ItemDataRole.UserRole)
        await self._set_blocked(account_id, address, blocked=False)

    @async_slot()
    async def _on_block_clicked(self) -> None:
        account_id = self.current_account
        if account_id is None:
            return
        try:
            address = Address.parse(self.address.text()).bare
        except InvalidAddressError as exc:
            log.debug("Rejected address input: %s", exc)
            self._show_error(
                self.tr("This is not a valid address. Enter it as name@example.org.")
            )
            return
        if await self._set_blocked(account_id, address, blocked=True):
            self.address.clear()

    async def _set_blocked(
        self, account_id: AccountId, address: Address, *, blocked: bool
    ) -> bool:
        self._show_error("")
        self.block.setEnabled(False)
        self.unblock.setEnabled(False)
        try:
            await self._core.set_blocked(account_id, address, blocked=blocked)
        except CoreError as exc:
            log.info("Changing the block list failed: %s", exc.code.value)
            self._show_error(command_error_text(exc.code))
            return False
        finally:
            self.block.setEnabled(True)
            self._on_list_item_selection_changed()
        return True

    def _show_list(self) -> None:
        self.list.clear()
        account_id = self.current_account
        if account_id is None:
            return
        for address in self._blocked.get(account_id, ()):
            item = QListWidgetItem(one_line(str(address)))
            item.setData(Qt.ItemDataRole.UserRole, address)
            self.list.addItem(item)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def reject(self) -> None:
        cancel_slot_tasks(self)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        cancel_slot_tasks(self)
        super().closeEvent(event)
