# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The system tray icon: own presence, unread messages, status menu.

:class:`TrayIcon` shows the user's effective presence (``presence_icon``; the
auto-away the core applies included) and, while any conversation has unread
messages, the same icon with a badge dot. Its tooltip names the presence and
the number of unread messages. Its menu sets the global presence (available,
away, extended away, busy, offline; the chosen status message is kept), shows
or hides the buddy list and quits. A click on the icon toggles the buddy list.

State comes from the snapshot (:meth:`TrayIcon.apply_snapshot`) plus the
bridge's events; an event that arrived before the snapshot was applied is
newer than it and wins. The tray asks the app to act through signals
(``show_requested``, ``quit_requested``) and never quits or raises a window
itself. :meth:`TrayIcon.manage_window` makes closing the buddy list hide it to
the tray while a tray exists, and ask to quit when there is none.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QRectF
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QActionGroup
from PySide6.QtGui import QColor
from PySide6.QtGui import QIcon
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QSystemTrayIcon
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.errors import CoreError
from messenger.core.events import ConversationRemoved
from messenger.core.events import ConversationUpdated
from messenger.core.events import OwnPresenceChanged
from messenger.core.events import SettingChanged
from messenger.core.model import ConversationId
from messenger.core.model import JsonValue
from messenger.core.model import OwnPresence
from messenger.core.model import Show
from messenger.ui.aio import async_slot
from messenger.ui.bridge import CoreBridge
from messenger.ui.icons import presence_icon

log = logging.getLogger(__name__)

# The core keeps the chosen global presence under this setting.
PRESENCE_SETTING = "presence"
START_MINIMIZED_SETTING = "start_minimized"
STATUS_CHOICES = (Show.AVAILABLE, Show.AWAY, Show.XA, Show.DND, Show.OFFLINE)
_ICON_SIZES = (16, 22, 24, 32, 48, 64)
_BADGE_COLOUR = "#d0021b"


def tray_available() -> bool:
    """Whether the desktop has a system tray right now."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def start_minimized(settings: Mapping[str, JsonValue]) -> bool:
    """Whether the user asked to start hidden in the tray ("start_minimized")."""
    return settings.get(START_MINIMIZED_SETTING) is True


@functools.cache
def badged_icon(show: str) -> QIcon:
    """``presence_icon(show)`` with a dot in the top right corner: unread messages."""
    base = presence_icon(show)
    icon = QIcon()
    for size in _ICON_SIZES:
        pixmap = base.pixmap(size, size)
        side = pixmap.width() / pixmap.devicePixelRatio()
        diameter = max(6.0, side * 0.5)
        outline = max(1.0, side / 16)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), outline))
        painter.setBrush(QColor(_BADGE_COLOUR))
        painter.drawEllipse(
            QRectF(
                side - diameter + outline / 2,
                outline / 2,
                diameter - outline,
                diameter - outline,
            )
        )
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class TrayIcon(QSystemTrayIcon):
    """The tray icon of the app (see the module docstring)."""

    # The user wants the buddy list on screen (raise and activate it).
    show_requested = Signal()
    # The user chose Quit (or closed the buddy list without a tray).
    quit_requested = Signal()

    def __init__(
        self,
        core: CoreApi,
        bridge: CoreBridge,
        window: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._window: QWidget | None = None
        self._presence = OwnPresence(show=Show.OFFLINE)
        self._chosen = OwnPresence(show=Show.OFFLINE)
        self._unread: dict[ConversationId, int] = {}
        self._snapshot_applied = False
        # What events changed before the snapshot came (they are newer).
        self._changed_early: set[object] = set()
        self._build_menu()
        bridge.own_presence_changed.connect(self._on_bridge_own_presence_changed)
        bridge.conversation_updated.connect(self._on_bridge_conversation_updated)
        bridge.conversation_removed.connect(self._on_bridge_conversation_removed)
        bridge.setting_changed.connect(self._on_bridge_setting_changed)
        self.activated.connect(self._on_self_activated)
        if window is not None:
            self.manage_window(window)
        self._refresh()

    # API for the app ------------------------------------------------------
    @staticmethod
    def available() -> bool:
        """``QSystemTrayIcon.isSystemTrayAvailable()``."""
        return tray_available()

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """Take presence, chosen status and unread counts from ``snapshot``."""
        if "presence" not in self._changed_early:
            self._presence = snapshot.own_presence
        if PRESENCE_SETTING not in self._changed_early:
            self._chosen = _chosen_presence(
                snapshot.settings.get(PRESENCE_SETTING), self._presence
            )
        for conversation in snapshot.conversations:
            if conversation.id not in self._changed_early:
                self._unread[conversation.id] = conversation.unread_count
        self._snapshot_applied = True
        self._changed_early.clear()
        self._refresh()

    def manage_window(self, window: QWidget) -> None:
        """Toggle ``window`` on clicks; closing it hides it to the tray (if any)."""
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._window = window
        window.installEventFilter(self)

    @property
    def presence(self) -> OwnPresence:
        """The effective own presence shown."""
        return self._presence

    @property
    def unread_count(self) -> int:
        return sum(self._unread.values())

    @property
    def icon_state(self) -> tuple[str, bool]:
        """What the icon shows: the presence and whether it has the unread badge."""
        return self._presence.show.value, self.unread_count > 0

    def toggle_window(self) -> None:
        """Hide the buddy list when it is on screen, else ask to show it."""
        window = self._window
        if window is not None and window.isVisible() and not window.isMinimized():
            window.hide()
        else:
            self.show_requested.emit()

    # building -------------------------------------------------------------
    def _build_menu(self) -> None:
        # No parent: a QSystemTrayIcon is no widget; this object keeps it.
        self.menu = QMenu()
        self.status_group = QActionGroup(self.menu)
        self.status_group.setExclusive(True)
        self.status_actions: dict[Show, QAction] = {}
        for show in STATUS_CHOICES:
            action = QAction(presence_icon(show.value), "", self.menu)
            action.setCheckable(True)
            action.setData(show.value)
            self.status_group.addAction(action)
            self.menu.addAction(action)
            self.status_actions[show] = action
        self.status_group.triggered.connect(self._on_status_group_triggered)
        self.menu.addSeparator()
        self.toggle_action = QAction(self.menu)
        self.toggle_action.triggered.connect(self._on_toggle_action_triggered)
        self.menu.addAction(self.toggle_action)
        self.menu.addSeparator()
        self.quit_action = QAction(self.menu)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.quit_action)
        self.menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.setContextMenu(self.menu)
        # The menu is a window of its own: Qt tells it when the language changed.
        self.menu.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the menu's texts and the tooltip in the current language."""
        self.menu.setAccessibleName(self.tr("Messenger"))
        for show, action in self.status_actions.items():
            action.setText(_presence_name(show))
        self.quit_action.setText(self.tr("&Quit"))
        self._refresh()

    def _refresh(self) -> None:
        show, badge = self.icon_state
        self.setIcon(badged_icon(show) if badge else presence_icon(show))
        lines = [self.tr("Messenger: %1").replace("%1", _presence_name(Show(show)))]
        if count := self.unread_count:
            lines.append(self.tr("%Ln unread message(s)", "", count))
        self.setToolTip("\n".join(lines))
        for choice, action in self.status_actions.items():
            action.setChecked(choice is self._chosen.show)
        self._update_toggle_text()

    def _update_toggle_text(self) -> None:
        window = self._window
        shown = window is not None and window.isVisible() and not window.isMinimized()
        self.toggle_action.setText(
            self.tr("&Hide buddy list") if shown else self.tr("&Show buddy list")
        )

    def _note_early(self, key: object) -> None:
        if not self._snapshot_applied:
            self._changed_early.add(key)

    # slots ----------------------------------------------------------------
    def _on_bridge_own_presence_changed(self, event: OwnPresenceChanged) -> None:
        if event.account_id is not None:
            return  # one account's presence; the icon shows the global one
        self._note_early("presence")
        self._presence = event.presence
        self._refresh()

    def _on_bridge_setting_changed(self, event: SettingChanged) -> None:
        if event.key != PRESENCE_SETTING:
            return
        self._note_early(PRESENCE_SETTING)
        self._chosen = _chosen_presence(event.value, self._chosen)
        self._refresh()

    def _on_bridge_conversation_updated(self, event: ConversationUpdated) -> None:
        conversation = event.conversation
        self._note_early(conversation.id)
        if self._unread.get(conversation.id) != conversation.unread_count:
            self._unread[conversation.id] = conversation.unread_count
            self._refresh()

    def _on_bridge_conversation_removed(self, event: ConversationRemoved) -> None:
        self._note_early(event.conversation_id)
        if self._unread.pop(event.conversation_id, 0):
            self._refresh()

    def _on_self_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in {
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        }:
            self.toggle_window()

    def _on_menu_about_to_show(self) -> None:
        self._update_toggle_text()

    def _on_toggle_action_triggered(self) -> None:
        self.toggle_window()

    @async_slot(QAction)
    async def _on_status_group_triggered(self, action: QAction) -> None:
        show = Show(str(action.data()))
        try:
            await self._core.set_presence(show, self._chosen.status)
        except CoreError as exc:
            log.warning("Setting the presence failed: %s", exc.code.value)
            self._refresh()  # back to the check mark of the real choice

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        if watched is self._window and event.type() == QEvent.Type.Close:
            if self.available() and self.isVisible():
                event.ignore()
                self._window.hide()
                return True
            self.quit_requested.emit()
        return super().eventFilter(watched, event)


def _presence_name(show: Show) -> str:
    """The presence in words (one sentence per value, for the translators)."""
    translate = QCoreApplication.translate
    names = {
        Show.CHAT: translate("TrayIcon", "Free for chat"),
        Show.AVAILABLE: translate("TrayIcon", "Available"),
        Show.AWAY: translate("TrayIcon", "Away"),
        Show.XA: translate("TrayIcon", "Extended away"),
        Show.DND: translate("TrayIcon", "Do not disturb"),
        Show.OFFLINE: translate("TrayIcon", "Offline"),
    }
    return names[show]


def _chosen_presence(value: JsonValue, fallback: OwnPresence) -> OwnPresence:
    """The chosen presence stored in the "presence" setting (else ``fallback``)."""
    if isinstance(value, dict):
        try:
            status = value.get("status", "")
            return OwnPresence(
                show=Show(str(value.get("show"))),
                status=status if isinstance(status, str) else "",
            )
        except ValueError:
            pass
    return OwnPresence(show=fallback.show, status=fallback.status)
