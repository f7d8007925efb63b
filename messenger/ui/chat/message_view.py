# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``MessageView``: the scrolling message list of a chat tab.

A ``QListView`` over a :class:`MessageListModel`, painted by
:class:`MessageDelegate` (no widget per message). It follows new messages
only while it is scrolled to the bottom, keeps the visible message in place
when older history is inserted above, and asks the model for older history
as the user nears the top (and, after a jump to a message, for newer history
as the user nears the bottom). Links open (through :attr:`link_activated`) only
for the allowed schemes; the context menu (mouse or the Menu key) copies
text and links and offers "Retry" for a failed message.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QMouseEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QWidget

from messenger.core.model import DeliveryState
from messenger.ui.chat.links import is_allowed_link
from messenger.ui.chat.message_delegate import MessageDelegate
from messenger.ui.chat.message_model import MessageListModel
from messenger.ui.chat.message_model import MessageRole

# Pixels from the bottom that still count as "at the bottom".
BOTTOM_SLACK = 4
# Roles whose change alters a row's height.
_LAYOUT_ROLES = {
    int(MessageRole.BODY),
    int(MessageRole.EDITED),
    int(MessageRole.ACTION),
    int(MessageRole.DAY_LABEL),
    int(MessageRole.FIRST_UNREAD),
    int(MessageRole.SENDER_NAME),
    int(MessageRole.GROUPED),
}
MAX_LINK_ACTIONS = 5


class MessageView(QListView):
    """The messages of one conversation (see the module docstring)."""

    # An allowed link the user chose (click, or the context menu).
    link_activated = Signal(str)
    # "Retry" chosen on a failed message: its id.
    retry_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: MessageListModel | None = None
        self._anchor: tuple[QPersistentModelIndex, int] | None = None
        self._stick = True
        self._pressed_link = ""
        self.message_delegate = MessageDelegate(self)
        self.setItemDelegate(self.message_delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Messages"))
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_bar_value_changed)

    def set_message_model(self, model: MessageListModel) -> None:
        self._model = model
        self.setModel(model)
        model.set_fetch_gate(self.wants_older)
        model.rowsAboutToBeInserted.connect(self._on_model_rows_about_to_be_inserted)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        model.dataChanged.connect(self._on_model_data_changed)

    # scrolling --------------------------------------------------------------
    def is_at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - BOTTOM_SLACK

    def wants_older(self) -> bool:
        """True when the top is near: older history should be loaded now."""
        bar = self.verticalScrollBar()
        return bar.maximum() == 0 or bar.value() <= self.viewport().height() // 2

    def wants_newer(self) -> bool:
        """True when the bottom is near: newer history should be loaded now."""
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - self.viewport().height() // 2

    def _on_scroll_bar_value_changed(self, _value: int) -> None:
        model = self._model
        if model is None:
            return
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        elif model.may_fetch_newer() and self.wants_newer():
            model.fetch_newer()

    def _on_model_rows_about_to_be_inserted(
        self, _parent: QModelIndex, _first: int, _last: int
    ) -> None:
        """Remember what to keep in view: the bottom, or the top visible row."""
        assert self._model is not None
        # Newer pages after a jump keep the view where it is, like older ones.
        self._stick = self.is_at_bottom() and not self._model.has_newer
        if self._model.rowCount() and not self._stick:
            top = self.indexAt(QPoint(1, 1))
            if not top.isValid():
                top = self._model.index(0)
            self._anchor = (QPersistentModelIndex(top), self.visualRect(top).top())

    def _on_model_rows_inserted(
        self, _parent: QModelIndex, _first: int, _l: int
    ) -> None:
        anchor, self._anchor = self._anchor, None
        if self._stick:
            self.scrollToBottom()
        elif anchor is not None and anchor[0].isValid() and self._model is not None:
            self.executeDelayedItemsLayout()
            self.updateGeometries()
            index = self._model.index(anchor[0].row())
            moved = self.visualRect(index).top() - anchor[1]
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + moved)

    def _on_model_data_changed(
        self, _top: QModelIndex, _bottom: QModelIndex, roles: list[int]
    ) -> None:
        if roles and not _LAYOUT_ROLES.intersection(roles):
            return
        at_bottom = self.is_at_bottom()
        self.scheduleDelayedItemsLayout()
        if at_bottom:
            self.scrollToBottom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        at_bottom = self.is_at_bottom()
        super().resizeEvent(event)
        if at_bottom:
            self.scrollToBottom()

    # links ------------------------------------------------------------------
    def anchor_at(self, pos: QPoint) -> str:
        """The allowed link under ``pos`` (viewport coordinates), or ""."""
        index = self.indexAt(pos)
        if not index.isValid():
            return ""
        href = self.message_delegate.anchor_at(self.visualRect(index), index, pos)
        return href if is_allowed_link(href) else ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_link = ""
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_link = self.anchor_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over_link = bool(self.anchor_at(event.position().toPoint()))
        shape = (
            Qt.CursorShape.PointingHandCursor
            if over_link
            else Qt.CursorShape.ArrowCursor
        )
        self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_link = self._pressed_link, ""
        if event.button() != Qt.MouseButton.LeftButton or not pressed:
            return
        if self.anchor_at(event.position().toPoint()) == pressed:
            self.link_activated.emit(pressed)

    # copying and the context menu -------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_text(self) -> str:
        """The selected messages as text: one body, or "name: body" lines."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex()]
        if len(rows) == 1:
            return str(rows[0].data(MessageRole.BODY) or "")
        return "\n".join(str(i.data(Qt.ItemDataRole.DisplayRole)) for i in rows)

    def copy_selection(self) -> None:
        if text := self.selected_text():
            QGuiApplication.clipboard().setText(text)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            pos = event.globalPos()
        else:
            index = self.currentIndex()
            pos = self.viewport().mapToGlobal(self.visualRect(index).center())
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        self.context_menu(index).popup(pos)

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu for the message at ``index`` (deleted when it closes)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        copy = menu.addAction(self.tr("&Copy text"))
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.triggered.connect(self.copy_selection)
        links = self.message_delegate.links(index)[:MAX_LINK_ACTIONS]
        if links:
            menu.addSeparator()
        for href in links:
            shown = href if len(href) <= 60 else href[:57] + "…"
            opener = menu.addAction(self.tr("Open %1").replace("%1", shown))
            opener.triggered.connect(
                lambda _=False, h=href: self.link_activated.emit(h)
            )
            copier = menu.addAction(self.tr("Copy %1").replace("%1", shown))
            copier.triggered.connect(
                lambda _=False, h=href: QGuiApplication.clipboard().setText(h)
            )
        failed = index.data(MessageRole.STATE) == DeliveryState.FAILED.value
        if index.data(MessageRole.OUTGOING) and failed:
            menu.addSeparator()
            message_id = int(index.data(MessageRole.MESSAGE_ID))
            retry = menu.addAction(self.tr("&Retry"))
            retry.triggered.connect(lambda: self.retry_requested.emit(message_id))
        return menu
