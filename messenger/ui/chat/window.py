# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ChatWindow``: a window of chat tabs.

Tab titles are the contacts' names (plain text, elided, with the unread
count), the window title follows the current tab. Ctrl+Tab / Ctrl+Shift+Tab
(and Ctrl+PgDown / Ctrl+PgUp) switch tabs, Ctrl+W closes one; the tab bar
hides while there is one tab, so "one window per chat" is this window with a
single tab. Closing the window closes its tabs: :attr:`tab_closed` hands each
to the manager, which shuts it down.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QCloseEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QWidget

from messenger.ui.chat.styling import plain_tooltip
from messenger.ui.chat.tab import ChatTab

# Widest tab title, in average characters of the tab bar's font.
TITLE_CHARS = 22


def window_title(text: str) -> str:
    """``text`` for ``setWindowTitle``, where "[*]" would vanish (Qt's marker)."""
    return text.replace("[*]", "[\u2060*]")


class ChatWindow(QMainWindow):
    """Chat tabs in a window (see the module docstring)."""

    # A tab left the window for good (closed): the manager shuts it down.
    tab_closed = Signal(object)
    # The window closed (after its tabs).
    closed = Signal(object)
    # The window became the active one (the manager adds new tabs here).
    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(560, 640)
        # The buddy list (or the tray) decides when the app quits.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setTabBarAutoHide(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabCloseRequested.connect(self._on_tabs_tab_close_requested)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.setCentralWidget(self.tabs)
        self._closing = False
        self._add_actions()
        self.retranslate_ui()

    def _add_actions(self) -> None:
        self.next_tab_action = self._action(["Ctrl+Tab", "Ctrl+PgDown"], self.next_tab)
        self.previous_tab_action = self._action(
            ["Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp"], self.previous_tab
        )
        self.close_tab_action = self._action(["Ctrl+W"], self.close_current_tab)

    def retranslate_ui(self) -> None:
        """Set the window's own texts (the tabs retitle themselves)."""
        if self.current_tab() is None:
            self.setWindowTitle(self.tr("Chat"))
        self.tabs.setAccessibleName(self.tr("Conversations"))
        self.next_tab_action.setText(self.tr("&Next tab"))
        self.previous_tab_action.setText(self.tr("&Previous tab"))
        self.close_tab_action.setText(self.tr("&Close tab"))

    def _action(self, keys: list[str], slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # tabs -------------------------------------------------------------------
    def chat_tabs(self) -> list[ChatTab]:
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [tab for tab in tabs if isinstance(tab, ChatTab)]

    def current_tab(self) -> ChatTab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, ChatTab) else None

    def add_tab(self, tab: ChatTab, *, make_current: bool = True) -> None:
        index = self.tabs.addTab(tab, "")
        tab.title_changed.connect(self._on_tab_title_changed)
        self._update_title(tab, index)
        if make_current:
            self.tabs.setCurrentIndex(index)

    def take_tab(self, tab: ChatTab) -> None:
        """Remove ``tab`` without closing it (it moves to another window)."""
        index = self.tabs.indexOf(tab)
        if index >= 0:
            tab.title_changed.disconnect(self._on_tab_title_changed)
            self.tabs.removeTab(index)
            tab.setParent(None)

    def set_current(self, tab: ChatTab) -> None:
        self.tabs.setCurrentWidget(tab)

    def close_tab(self, tab: ChatTab) -> None:
        """Close ``tab``; the window closes with its last tab."""
        if self.tabs.indexOf(tab) < 0:
            return
        self.take_tab(tab)
        self.tab_closed.emit(tab)
        if not self.tabs.count() and not self._closing:
            self.close()

    def close_current_tab(self) -> None:
        if (tab := self.current_tab()) is not None:
            self.close_tab(tab)

    def next_tab(self) -> None:
        count = self.tabs.count()
        if count > 1:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % count)

    def previous_tab(self) -> None:
        count = self.tabs.count()
        if count > 1:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % count)

    # titles -----------------------------------------------------------------
    def _on_tab_title_changed(self) -> None:
        tab = self.sender()
        if isinstance(tab, ChatTab):
            self._update_title(tab, self.tabs.indexOf(tab))

    def _update_title(self, tab: ChatTab, index: int) -> None:
        if index < 0:
            return
        metrics = self.tabs.tabBar().fontMetrics()
        width = metrics.averageCharWidth() * TITLE_CHARS

        def elide(name: str) -> str:
            return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)

        # "&" in a tab text marks a mnemonic: "&&" shows one.
        self.tabs.setTabText(index, tab.title(elide).replace("&", "&&"))
        self.tabs.setTabToolTip(index, plain_tooltip(f"{tab.title()}\n{tab.peer}"))
        self.tabs.setTabIcon(index, tab.icon())
        if index == self.tabs.currentIndex():
            self.setWindowTitle(window_title(tab.title()))

    def _on_tabs_current_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, ChatTab):
            self.setWindowTitle(window_title(tab.title()))
            tab.setFocus()

    def _on_tabs_tab_close_requested(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, ChatTab):
            self.close_tab(tab)

    # window -----------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.activated.emit(self)
            if (tab := self.current_tab()) is not None:
                tab.check_read()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        for tab in self.chat_tabs():
            self.close_tab(tab)
        super().closeEvent(event)
        self.closed.emit(self)
