# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``Workbench``: what the running app adds around the buddy list.

Use (after the main window drew its snapshot)::

    workbench = Workbench(core, window, app)
    await workbench.start(snapshot)
    ...
    await workbench.close()  # before window.shutdown() and core.close()

It wires up:

- the chat windows (:class:`~messenger.ui.chat.manager.ChatWindows`): the
  buddy list's ``chat_requested`` and a click on a notification open the chat,
  a result chosen in the history window opens it at that message (errors
  are logged);
- the tray icon (:class:`~messenger.ui.tray.TrayIcon`): it shows the buddy list
  or asks to quit; closing the buddy list hides it to the tray when there is
  one, else quits. The application no longer quits on its own when its last
  window closes: the tray decides. With a tray and the setting
  ``start_minimized`` the buddy list starts hidden;
- the notifications (:class:`~messenger.ui.notifications.Notifier`);
- the idle monitor for auto-away (:class:`~messenger.ui.idle.IdleMonitor`);
- the network monitor (:class:`~messenger.ui.network_monitor.NetworkMonitor`):
  network changes make the core check its connections at once;
- "Preferences…" and "History…" in the Messenger menu;
- ``xmpp:`` and ``mailto:`` URIs (:class:`~messenger.ui.uri_handler.UriOpener`):
  from this start's command line (:meth:`Workbench.open_uri`) or handed over by a
  later start (:meth:`Workbench.handle_activation`), they open their chat.

Quitting goes through ``app.quit()``: the app turns the Quit event into its
async shutdown (``messenger/app.py``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.errors import CoreError
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ConversationId
from messenger.core.model import LocalMessageId
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.chat.manager import ChatWindows
from messenger.ui.dialogs.preferences import PreferencesDialog
from messenger.ui.idle import IdleMonitor
from messenger.ui.idle import system_idle
from messenger.ui.network_monitor import NetworkMonitor
from messenger.ui.notifications import Notifier
from messenger.ui.tray import TrayIcon
from messenger.ui.tray import start_minimized
from messenger.ui.uri_handler import UriOpener
from messenger.ui.windows.history import HistoryWindow
from messenger.ui.windows.main_window import MainWindow
from messenger.uri_arguments import uri_in_arguments

log = logging.getLogger(__name__)

HISTORY_SHORTCUT = "Ctrl+Shift+H"


class Workbench(QObject):
    """The chats, tray, notifications, idle monitor and extra windows of the app."""

    def __init__(
        self,
        core: CoreApi,
        window: MainWindow,
        app: QApplication,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        bridge = window.bridge
        if bridge is None:
            raise RuntimeError("attach the main window to the core first")
        self._core = core
        self._bridge: CoreBridge = bridge
        self._window = window
        self._app = app
        self.chats: ChatWindows | None = None
        self.tray: TrayIcon | None = None
        self.notifier: Notifier | None = None
        self.idle: IdleMonitor | None = None
        self.network: NetworkMonitor | None = None
        self.preferences: PreferencesDialog | None = None
        self.history: HistoryWindow | None = None
        self.uris: UriOpener | None = None
        self._closed = False

        self.preferences_action = QAction(window)
        self.preferences_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_preferences)
        self.history_action = QAction(window)
        self.history_action.setShortcuts([QKeySequence(HISTORY_SHORTCUT)])
        self.history_action.triggered.connect(self.open_history)
        self.retranslate_ui()
        # The actions live in the window's menu: retranslate with the window.
        window.installEventFilter(self)

    def retranslate_ui(self) -> None:
        """Word the workbench's menu actions in the current language."""
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.history_action.setText(self.tr("&History…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().eventFilter(watched, event)

    # life -------------------------------------------------------------------
    async def start(self, snapshot: Snapshot) -> None:
        """Create and show the parts, from ``snapshot`` (the window's, drawn)."""
        core, bridge, window = self._core, self._bridge, self._window
        # The tray (or, without one, the Quit action) decides when to quit.
        self._app.setQuitOnLastWindowClosed(False)

        # The chats take their own snapshot when the first one opens.
        self.chats = chats = ChatWindows(core, bridge, self)
        window.chat_requested.connect(self._on_chat_requested)
        self.uris = UriOpener(core, chats.open_chat, window, self)

        self.tray = tray = TrayIcon(core, bridge, parent=self)
        tray.apply_snapshot(snapshot)
        tray.manage_window(window)
        tray.show_requested.connect(window.raise_and_activate)
        tray.quit_requested.connect(self._on_tray_quit_requested)
        if TrayIcon.available():
            tray.show()
            if start_minimized(snapshot.settings):
                window.hide()
        else:
            log.info("No system tray: closing the buddy list quits")

        self.notifier = notifier = Notifier(
            core, bridge, chats.is_focused, tray=tray, parent=self
        )
        notifier.apply_snapshot(snapshot)
        notifier.chat_requested.connect(self._on_chat_requested)

        self.idle = IdleMonitor(core, system=system_idle(), parent=self)
        self.idle.start()
        self.network = NetworkMonitor(core, parent=self)
        self.network.start()

        window.add_messenger_action(self.preferences_action)
        window.add_messenger_action(self.history_action)
        # Last: it may wait for the session bus (bounded by its own timeout).
        await notifier.start()
        if self._closed:  # closed while it waited
            await notifier.close()

    async def close(self) -> None:
        """Stop and close everything (before the window stops following the core)."""
        if self._closed:
            return
        self._closed = True
        cancel_slot_tasks(self)
        if self.uris is not None:
            cancel_slot_tasks(self.uris)
        for action in (self.preferences_action, self.history_action):
            action.setEnabled(False)
        if self.idle is not None:
            self.idle.stop()
        if self.network is not None:
            self.network.stop()
        if self.notifier is not None:
            await self.notifier.close()
        if self.tray is not None:
            # Closing the buddy list from now on is the app's business.
            self._window.removeEventFilter(self.tray)
            self.tray.hide()
        preferences, self.preferences = self.preferences, None
        if preferences is not None:
            preferences.done(0)  # QDialog.DialogCode.Rejected
        history, self.history = self.history, None
        if history is not None:
            history.close()
            history.deleteLater()
        if self.chats is not None:
            self.chats.close_all()

    # windows ------------------------------------------------------------------
    def open_preferences(self) -> None:
        """Show the Preferences dialog (one at a time)."""
        if self._closed:
            return
        dialog = self.preferences
        if dialog is None:
            dialog = PreferencesDialog(self._core, self._bridge, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._on_preferences_finished)
            self.preferences = dialog
            dialog.open()
        dialog.raise_()
        dialog.activateWindow()

    def _on_preferences_finished(self, _result: int) -> None:
        self.preferences = None

    def open_history(self) -> None:
        """Show the history window (kept while the app runs: closing hides it)."""
        if self._closed:
            return
        window = self.history
        if window is None:
            # A window of its own (no parent), deleted by close().
            window = HistoryWindow(self._core)
            window.message_requested.connect(self._on_history_message_requested)
            self.history = window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    # chats ------------------------------------------------------------------
    @async_slot(str, object)
    async def _on_chat_requested(self, account_id: str, peer: Address) -> None:
        await self._open_chat(AccountId(account_id), peer)

    @async_slot(int, int)
    async def _on_history_message_requested(
        self, conversation_id: int, message_id: int
    ) -> None:
        chats = self.chats
        if chats is None or self._closed:
            return
        try:
            await chats.show_message(
                ConversationId(conversation_id), LocalMessageId(message_id)
            )
        except CoreError as exc:
            log.warning("Showing the message failed: %s", exc.code.value)
        except Exception:
            log.exception("Showing the message failed")

    async def _open_chat(self, account_id: AccountId, peer: Address) -> None:
        if self.chats is None or self._closed:
            return
        try:
            await self.chats.open_chat(account_id, peer)
        except CoreError as exc:
            log.warning("Opening the chat failed: %s", exc.code.value)
        except Exception:
            log.exception("Opening the chat failed")

    # links ------------------------------------------------------------------
    def open_uri(self, text: str) -> None:
        """Open the chat an ``xmpp:``/``mailto:`` URI points to, or say why not."""
        if self.uris is not None and not self._closed:
            self.uris.open_uri(text)

    def handle_activation(self, argv: list[str]) -> None:
        """A later start handed over ``argv``: come to the front, open its URI."""
        self._window.raise_and_activate()
        if (uri := uri_in_arguments(argv)) is not None:
            self.open_uri(uri)

    # the tray -----------------------------------------------------------------
    def _on_tray_quit_requested(self) -> None:
        log.info("Quit requested from the tray or by closing the buddy list")
        self._app.quit()
