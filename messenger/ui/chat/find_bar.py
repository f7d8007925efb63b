# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Find in conversation: the bar (Ctrl+F) and the search behind it.

The search starts at the newest message and goes back in time. Enter (or
"Previous") moves to the next older match, Shift+Enter (or "Next") to the
next newer one, Esc closes the bar. Matches among the loaded messages come
first; past the oldest loaded one, ``core.search_history`` finds older
matches and the history is loaded up to them. Every term must appear,
case- and accent-insensitively; matching terms are highlighted. Typing
restarts the search (the latest query wins).
"""

from __future__ import annotations

import asyncio
import unicodedata
from collections.abc import Awaitable
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget

from messenger.core.errors import CoreError
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.ui.aio import async_slot
from messenger.ui.chat.message_model import MessageListModel
from messenger.ui.chat.message_view import MessageView

SearchOlder = Callable[[str, LocalMessageId | None], Awaitable[list[Message]]]


def fold(text: str) -> str:
    """``text`` without case and accents, for matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def matches(body: str, terms: tuple[str, ...]) -> bool:
    folded = fold(body)
    return bool(terms) and all(fold(term) in folded for term in terms)


class FindBar(QWidget):
    """The find bar's widgets (see the module docstring)."""

    query_changed = Signal(str)
    # Towards older messages (Enter) / newer ones (Shift+Enter).
    previous_requested = Signal()
    next_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self.query_changed)
        self.previous_button = self._button("▲")
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = self._button("▼")
        self.next_button.clicked.connect(self.next_requested)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = self._button("✕")
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.edit, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.close_button)
        self.setFocusProxy(self.edit)
        self.retranslate_ui()
        self.hide()

    def _button(self, text: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        return button

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (a shown result keeps its words)."""
        self.edit.setPlaceholderText(self.tr("Find in conversation"))
        self.edit.setAccessibleName(self.tr("Find in conversation"))
        for button, name in (
            (self.previous_button, self.tr("Previous (older) match")),
            (self.next_button, self.tr("Next (newer) match")),
            (self.close_button, self.tr("Close find bar")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.status.setAccessibleName(self.tr("Find result"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter}:
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                (self.next_requested if shift else self.previous_requested).emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)


class ConversationFinder(QObject):
    """Runs the find bar's searches over a view (see the module docstring)."""

    def __init__(
        self,
        bar: FindBar,
        view: MessageView,
        model: MessageListModel,
        search_older: SearchOlder,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bar = bar
        self._view = view
        self._model = model
        self._search_older = search_older
        self._terms: tuple[str, ...] = ()
        self._query = ""
        self._current: LocalMessageId | None = None
        self._task: asyncio.Task[None] | None = None
        bar.query_changed.connect(self._on_bar_query_changed)
        bar.previous_requested.connect(self._on_bar_previous_requested)
        bar.next_requested.connect(self._on_bar_next_requested)
        bar.closed.connect(self._on_bar_closed)

    @property
    def current(self) -> LocalMessageId | None:
        """The message of the current match."""
        return self._current

    def _restart(self, task: asyncio.Task[None]) -> asyncio.Task[None]:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = task
        return task

    def _on_bar_query_changed(self, text: str) -> None:
        self._query = text.strip()
        self._terms = tuple(self._query.split())
        self._current = None
        self._view.message_delegate.set_highlight(self._terms)
        self._view.viewport().update()
        self._bar.set_status("")
        if self._terms:
            self._restart(self.find_older())
        elif self._task is not None:
            self._task.cancel()

    def _on_bar_previous_requested(self) -> None:
        if self._terms:
            self._restart(self.find_older())

    def _on_bar_next_requested(self) -> None:
        if self._terms:
            self._restart(self.find_newer())

    def _on_bar_closed(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._terms, self._query, self._current = (), "", None
        self._view.message_delegate.set_highlight(())
        self._view.viewport().update()

    def _loaded_matches(self) -> list[int]:
        model = self._model
        return [
            row
            for row in range(model.rowCount())
            if matches(model.message_at(row).body, self._terms)
        ]

    def _current_row(self) -> int:
        return -1 if self._current is None else self._model.row_of(self._current)

    @async_slot()
    async def find_older(self) -> None:
        """Go to the next older match (loading history to reach it)."""
        current = self._current_row()
        rows = self._loaded_matches()
        older = [r for r in rows if current < 0 or r < current]
        if older:
            self._select(older[-1])
            return
        oldest = self._model.message_at(0).id if self._model.rowCount() else None
        self._bar.set_status(self.tr("Searching older messages…"))
        try:
            found = await self._search_older(self._query, oldest)
        except CoreError:
            found = []
        if not found or not await self._model.load_until(found[0].id):
            self._bar.set_status(
                self.tr("No older matches") if rows else self.tr("No matches")
            )
            return
        self._select(self._model.row_of(found[0].id))

    @async_slot()
    async def find_newer(self) -> None:
        """Go to the next newer match (all newer messages are loaded)."""
        current = self._current_row()
        newer = [r for r in self._loaded_matches() if r > current >= 0]
        if newer:
            self._select(newer[0])
        else:
            self._bar.set_status(self.tr("No newer matches"))

    def _select(self, row: int) -> None:
        self._current = self._model.message_at(row).id
        self._bar.set_status("")
        index = self._model.index(row)
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
