# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``StatusSelector``: the user's own presence, at the bottom of the buddy list.

A presence box (available, free for chat, away, extended away, do not
disturb, offline; each with its icon) and a status message box that offers
the recent messages. Choosing a presence, pressing Enter in the message or
picking a recent message emits :attr:`StatusSelector.presence_chosen`; the
window sets it through the core. The core's answer (``OwnPresenceChanged``)
comes back through :meth:`StatusSelector.show_presence`, which also says when
the presence was set automatically (idle: auto-away). Programmatic changes
never emit ``presence_chosen``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.model import Show
from messenger.ui.icons import presence_icon
from messenger.ui.widgets.forms import plain_label

# The order of the presence box.
SHOW_ORDER = (Show.AVAILABLE, Show.CHAT, Show.AWAY, Show.XA, Show.DND, Show.OFFLINE)
MAX_MESSAGE = 1000


class StatusSelector(QWidget):
    """Chooses the own presence (see the module docstring)."""

    presence_chosen = Signal(str, str)  # Show value, status message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_box = QComboBox()
        for show in SHOW_ORDER:
            self.show_box.addItem(presence_icon(show.value), "", show.value)
        self.show_box.activated.connect(self._on_show_box_activated)

        self.message = QComboBox()
        self.message.setEditable(True)
        self.message.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.message.lineEdit()
        assert edit is not None  # editable
        self.message_edit = edit
        edit.setMaxLength(MAX_MESSAGE)
        edit.setClearButtonEnabled(True)
        edit.returnPressed.connect(self._on_message_return_pressed)
        self.message.activated.connect(self._on_message_activated)

        self.automatic = plain_label(wrap=True)
        self.automatic.setVisible(False)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.show_box)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.automatic)
        layout.addLayout(row)
        self.setTabOrder(self.show_box, self.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language (again on LanguageChange)."""
        labels = {
            Show.AVAILABLE: self.tr("Available"),
            Show.CHAT: self.tr("Free for chat"),
            Show.AWAY: self.tr("Away"),
            Show.XA: self.tr("Extended away"),
            Show.DND: self.tr("Do not disturb"),
            Show.OFFLINE: self.tr("Offline"),
        }
        for index, show in enumerate(SHOW_ORDER):
            self.show_box.setItemText(index, labels[show])
        self.show_box.setAccessibleName(self.tr("Your status"))
        self.show_box.setToolTip(self.tr("Your status"))
        self.message.setAccessibleName(self.tr("Status message"))
        self.message.setToolTip(self.tr("Status message: press Enter to set it"))
        self.message_edit.setPlaceholderText(self.tr("Status message"))
        self.automatic.setAccessibleName(self.tr("Automatic status"))
        self.automatic.setText(
            self.tr("Set automatically because you are away from the computer.")
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # from the core ------------------------------------------------------------
    def show_presence(self, show: str, status: str, *, automatic: bool) -> None:
        """Show the effective presence (``automatic``: set because of idling)."""
        index = self.show_box.findData(show)
        if index >= 0:
            self.show_box.setCurrentIndex(index)
        if not self.message_edit.hasFocus():
            self.message.setEditText(status)
        self.automatic.setVisible(automatic)

    def set_recent_messages(self, messages: list[str]) -> None:
        """Offer ``messages`` (most recent first) in the message box."""
        text = self.message.currentText()
        self.message.blockSignals(True)
        self.message.clear()
        for message in messages:
            self.message.addItem(message)
        self.message.setEditText(text)
        self.message.blockSignals(False)

    def recent_messages(self) -> list[str]:
        return [self.message.itemText(i) for i in range(self.message.count())]

    @property
    def chosen_show(self) -> str:
        return str(self.show_box.currentData())

    # user actions -------------------------------------------------------------
    def _on_show_box_activated(self, _index: int) -> None:
        self._emit()

    def _on_message_return_pressed(self) -> None:
        # A text that is one of the recent messages was handled already:
        # QComboBox emits activated for it before this.
        if self.message.findText(self.message.currentText()) < 0:
            self._emit()

    def _on_message_activated(self, index: int) -> None:
        self.message.setEditText(self.message.itemText(index))
        self._emit()

    def _emit(self) -> None:
        self.presence_chosen.emit(self.chosen_show, self.message.currentText().strip())
