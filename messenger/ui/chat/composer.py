# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The message composer and the chat states its typing produces.

:class:`Composer` is a ``QPlainTextEdit``: Enter submits, Shift+Enter starts
a new line, Up in an empty composer asks to edit the last own message, Esc
cancels (editing). Tab moves the focus on, so the window stays usable from
the keyboard. :class:`ChatStateTracker` turns typing into XEP-0085 states:
composing while typing, paused after a few idle seconds, active after
sending, inactive while the chat is hidden, gone when it closes. It says
nothing until the user first types in the chat.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from messenger.core.model import ChatState

PAUSED_AFTER_MS = 5000
MAX_LINES = 8
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_PLAIN = {Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier}


class Composer(QPlainTextEdit):
    """Where the user writes (see the module docstring)."""

    # Enter: the text to send.
    submitted = Signal(str)
    # Up with nothing written: edit the last own message.
    edit_last_requested = Signal()
    # Esc.
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.retranslate_ui()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._on_document_contents_changed)
        self._fit_height()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (again on LanguageChange)."""
        self.setPlaceholderText(self.tr("Write a message…"))
        self.setAccessibleName(self.tr("Message"))
        self.setAccessibleDescription(
            self.tr("Enter sends, Shift+Enter starts a new line")
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def _on_document_contents_changed(self) -> None:
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow with the text from two lines up to eight, then scroll."""
        lines = min(max(self.document().lineCount(), 2), MAX_LINES)
        frame = self.frameWidth() * 2 + int(self.document().documentMargin() * 2)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + frame + 4)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        if key in _ENTER_KEYS and modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.insertPlainText("\n")
        elif key in _ENTER_KEYS and modifiers in _PLAIN:
            self.submitted.emit(self.toPlainText())
        elif key == Qt.Key.Key_Up and modifiers in _PLAIN and self.is_empty():
            self.edit_last_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def is_empty(self) -> bool:
        return self.document().isEmpty()


class ChatStateTracker(QObject):
    """Chat states to send to the peer (see the module docstring)."""

    # A ChatState value to send.
    state_changed = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *, paused_after_ms: int = PAUSED_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self._state: ChatState | None = None
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(paused_after_ms)
        self._pause.timeout.connect(self._on_pause_timeout)

    def set_paused_after(self, milliseconds: int) -> None:
        """How long typing may stop before "paused" is sent."""
        self._pause.setInterval(milliseconds)

    @property
    def state(self) -> ChatState | None:
        """The last state sent (None: none yet)."""
        return self._state

    def text_edited(self, has_text: bool) -> None:
        if has_text:
            self._set(ChatState.COMPOSING)
            self._pause.start()
        else:
            self._pause.stop()
            if self._state in {ChatState.COMPOSING, ChatState.PAUSED}:
                self._set(ChatState.ACTIVE)

    def sent(self) -> None:
        self._pause.stop()
        self._set(ChatState.ACTIVE)

    def hidden(self) -> None:
        self._pause.stop()
        if self._state is not None:
            self._set(ChatState.INACTIVE)

    def shown(self) -> None:
        if self._state is ChatState.INACTIVE:
            self._set(ChatState.ACTIVE)

    def closed(self) -> None:
        self._pause.stop()
        if self._state is not None:
            self._set(ChatState.GONE)

    def _on_pause_timeout(self) -> None:
        if self._state is ChatState.COMPOSING:
            self._set(ChatState.PAUSED)

    def _set(self, state: ChatState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state.value)
