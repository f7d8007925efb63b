# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ComposeArea``: the bottom of a chat tab, where the user writes.

The "Editing" banner, the last error and the :class:`Composer`. Enter sends
(or, while editing, corrects: Up in an empty composer edits the last own
message when the account offers corrections; Esc cancels). A failed command
shows its error here and keeps the text. Typing drives the
:class:`ChatStateTracker`, whose states go to the peer. Commands start at once
through :mod:`.commands`, so closing the tab never drops a sent message.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ChatState
from messenger.core.model import DeliveryState
from messenger.core.model import ErrorCode
from messenger.core.model import Message
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.chat.commands import start_command
from messenger.ui.chat.composer import ChatStateTracker
from messenger.ui.chat.composer import Composer
from messenger.ui.chat.directory import ChatDirectory
from messenger.ui.chat.message_model import MessageListModel

log = logging.getLogger(__name__)

_CORRECTABLE = {DeliveryState.SENT, DeliveryState.DELIVERED, DeliveryState.READ}


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ComposeArea(QWidget):
    """Writing, sending and correcting (see the module docstring)."""

    # Esc while not editing (the tab closes its find bar).
    escaped = Signal()

    def __init__(
        self,
        core: CoreApi,
        directory: ChatDirectory,
        model: MessageListModel,
        *,
        account_id: AccountId,
        peer: Address,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._directory = directory
        self._model = model
        self._account_id = account_id
        self._peer = peer
        self._editing: Message | None = None
        self._busy = False
        self.edit_banner = plain_label()
        self.edit_banner.hide()
        self.error_label = plain_label()
        self.error_label.setStyleSheet("color: #c0392b")
        self.error_label.hide()
        self.composer = Composer()
        self.composer.submitted.connect(self._on_composer_submitted)
        self.composer.edit_last_requested.connect(self._on_composer_edit_last_requested)
        self.composer.cancelled.connect(self._on_composer_cancelled)
        self.composer.textChanged.connect(self._on_composer_text_changed)
        self.states = ChatStateTracker(self)
        self.states.state_changed.connect(self._on_states_state_changed)
        self.setFocusProxy(self.composer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.edit_banner, self.error_label, self.composer):
            layout.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (a shown error keeps its words)."""
        self.edit_banner.setText(
            self.tr("Editing your last message. Press Esc to cancel.")
        )
        self.edit_banner.setAccessibleName(self.tr("Editing"))
        self.error_label.setAccessibleName(self.tr("Send error"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    @property
    def editing(self) -> Message | None:
        """The message being corrected, if any."""
        return self._editing

    def show_error(self, code: ErrorCode) -> None:
        self.error_label.setText(self._model.texts.error(code))
        self.error_label.show()

    def refresh_capabilities(self) -> None:
        if self._editing is not None and not self._can_correct():
            self._stop_editing()

    def _on_composer_text_changed(self) -> None:
        self.states.text_edited(not self.composer.is_empty())
        if self.error_label.isVisible():
            self.error_label.hide()

    # sending and correcting ---------------------------------------------------
    def _on_composer_submitted(self, text: str) -> None:
        if self._busy or not text.strip():
            return
        editing = self._editing
        if editing is not None and text == editing.body:
            self._stop_editing()
            return
        self._busy = True
        if editing is not None:
            command = start_command(self._core.correct_message(editing.id, text))
        else:
            sending = self._core.send_message(self._account_id, self._peer, text)
            command = start_command(sending)
        self._after_submit(command, text, editing is not None)

    @async_slot(object, str, bool)
    async def _after_submit(
        self, command: asyncio.Task[Message], text: str, correcting: bool
    ) -> None:
        try:
            await asyncio.shield(command)
        except CoreError as exc:
            self.show_error(exc.code)
            return
        finally:
            self._busy = False
        if correcting:
            self._stop_editing(clear=False)
        else:
            self._model.set_first_unread(None)
            self.states.sent()
        if self.composer.toPlainText() == text:
            self.composer.clear()

    def _can_correct(self) -> bool:
        capabilities = self._directory.capabilities(self._account_id)
        return Capability.CORRECTIONS in capabilities

    def _on_composer_edit_last_requested(self) -> None:
        message = self._model.last_outgoing()
        if message is None or message.state not in _CORRECTABLE:
            return
        if not self._can_correct():
            return
        self._editing = message
        self.composer.setPlainText(message.body)
        self.composer.moveCursor(QTextCursor.MoveOperation.End)
        self.edit_banner.show()

    def _on_composer_cancelled(self) -> None:
        if self._editing is not None:
            self._stop_editing()
        else:
            self.escaped.emit()

    def _stop_editing(self, *, clear: bool = True) -> None:
        self._editing = None
        self.edit_banner.hide()
        if clear:
            self.composer.clear()

    # chat states --------------------------------------------------------------
    @async_slot(str)
    async def _on_states_state_changed(self, value: str) -> None:
        state = ChatState(value)
        try:
            await self._core.send_chat_state(self._account_id, self._peer, state)
        except CoreError as exc:
            log.debug("chat state not sent: %s", exc)

    def shutdown(self) -> bool:
        """Stop (the tab closes); True if the peer should be told "gone"."""
        engaged = self.states.state not in {None, ChatState.GONE}
        self.states.state_changed.disconnect(self._on_states_state_changed)
        cancel_slot_tasks(self)
        return engaged
