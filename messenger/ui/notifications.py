# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Desktop notifications of incoming messages.

:class:`Notifier` shows one notification for an incoming ``MessageAdded``
unless its conversation is focused (``is_focused``), the message is older than
a minute (catch-up from an archive or mailbox) or the user turned them off
(setting ``notify_messages``; ``notify_show_text`` False hides the text). The
title is the contact's name, the body the message as plain text.

A burst is coalesced: per conversation at most one notification every
``coalesce_seconds``; what arrives in between updates the same notification
later (``replaces_id``), counting the messages. Reading the conversation
(unread count 0) closes its notification.

Where they go, decided by :meth:`Notifier.start`: the freedesktop
``org.freedesktop.Notifications`` service over dbus-fast on the running
(qasync) loop when a session bus has one (QtDBus cannot send ``Notify``'s
argument types); else ``QSystemTrayIcon.showMessage`` of the given tray while
it is visible; else nowhere. Clicking a notification (its "default" action, or
the tray's balloon) emits ``chat_requested(account_id, peer)``. The D-Bus
client is :mod:`messenger.ui.desktop_notifications`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSystemTrayIcon

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.context import utc_now
from messenger.core.events import ContactsRemoved
from messenger.core.events import ContactsUpdated
from messenger.core.events import ConversationUpdated
from messenger.core.events import MessageAdded
from messenger.core.events import SettingChanged
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ConversationId
from messenger.core.model import Direction
from messenger.core.model import JsonValue
from messenger.core.model import Message
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.desktop_notifications import CONNECT_TIMEOUT
from messenger.ui.desktop_notifications import DesktopNotifications
from messenger.ui.desktop_notifications import session_bus_address

# Also the names that moved to desktop_notifications, still importable from here.
__all__ = [
    "BALLOON_MS",
    "CATCH_UP_AGE",
    "COALESCE_SECONDS",
    "CONNECT_TIMEOUT",
    "NOTIFY_SETTING",
    "SHOW_TEXT_SETTING",
    "DesktopNotifications",
    "Notifier",
    "session_bus_address",
]

log = logging.getLogger(__name__)

NOTIFY_SETTING = "notify_messages"
SHOW_TEXT_SETTING = "notify_show_text"
# Messages older than this are catch-up (archive, mailbox): no notification.
CATCH_UP_AGE = timedelta(minutes=1)
COALESCE_SECONDS = 5.0
BALLOON_MS = 10_000


@dataclass(slots=True)
class _Thread:
    """The notification state of one conversation."""

    account_id: AccountId
    peer: Address
    latest: Message | None = None
    count: int = 0  # messages since the notification was first shown
    pending: bool = False  # a message waits to be shown
    shown_at: float | None = None  # loop time of the last notification
    notification_id: int = 0  # the server's id (D-Bus), 0: none
    timer: asyncio.TimerHandle | None = None


class Notifier(QObject):
    """Notifies about incoming messages (see the module docstring)."""

    chat_requested = Signal(str, object)  # AccountId, Address (the peer)
    # A notification of this conversation went out (or was updated).
    notification_shown = Signal(int)

    def __init__(
        self,
        core: CoreApi,
        bridge: CoreBridge,
        is_focused: Callable[[ConversationId], bool],
        *,
        tray: QSystemTrayIcon | None = None,
        use_dbus: bool = True,
        bus_address: str | None = None,
        clock: Callable[[], datetime] = utc_now,
        coalesce_seconds: float = COALESCE_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        del core  # the notifier only listens; kept in the signature for symmetry
        self._is_focused = is_focused
        self._tray = tray
        self._use_dbus = use_dbus
        self._bus_address = bus_address
        self._clock = clock
        self._coalesce = coalesce_seconds
        self._settings: dict[str, JsonValue] = {}
        self._names: dict[tuple[AccountId, Address], str] = {}
        self._threads: dict[ConversationId, _Thread] = {}
        self._by_notification: dict[int, ConversationId] = {}
        self._balloon: ConversationId | None = None
        self._snapshot_applied = False
        self._changed_early: set[object] = set()
        self._desktop: DesktopNotifications | None = None
        bridge.message_added.connect(self._on_bridge_message_added)
        bridge.setting_changed.connect(self._on_bridge_setting_changed)
        bridge.contacts_updated.connect(self._on_bridge_contacts_updated)
        bridge.contacts_removed.connect(self._on_bridge_contacts_removed)
        bridge.conversation_updated.connect(self._on_bridge_conversation_updated)
        if tray is not None:
            tray.messageClicked.connect(self._on_tray_message_clicked)

    # API for the app ------------------------------------------------------
    async def start(self) -> None:
        """Connect to the desktop's notification service, if there is one."""
        if not self._use_dbus or self._desktop is not None:
            return
        address = self._bus_address or session_bus_address()
        if address is None:
            log.info("No D-Bus session bus: notifications go to the tray")
            return
        self._desktop = await DesktopNotifications.connect(
            address,
            on_action=self._on_desktop_action,
            on_closed=self._on_desktop_closed,
        )

    async def close(self) -> None:
        """Stop notifying: cancel pending ones, leave the bus."""
        cancel_slot_tasks(self)
        for thread in self._threads.values():
            if thread.timer is not None:
                thread.timer.cancel()
        self._threads.clear()
        desktop, self._desktop = self._desktop, None
        if desktop is not None:
            await desktop.close()

    @property
    def target(self) -> str:
        """Where notifications go now: "dbus", "tray" or "none"."""
        if self._desktop is not None and self._desktop.connected:
            return "dbus"
        if self._tray is not None and self._tray.isVisible():
            return "tray"
        return "none"

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """Take settings and contact names from ``snapshot`` (events stay newer)."""
        for name, value in snapshot.settings.items():
            if name not in self._changed_early:
                self._settings[name] = value
        for contact in snapshot.contacts:
            key = (contact.account_id, contact.address)
            if key not in self._changed_early:
                self._names[key] = contact.display_name
        self._snapshot_applied = True
        self._changed_early.clear()

    # events ---------------------------------------------------------------
    def _note_early(self, key: object) -> None:
        if not self._snapshot_applied:
            self._changed_early.add(key)

    def _on_bridge_setting_changed(self, event: SettingChanged) -> None:
        self._note_early(event.key)
        self._settings[event.key] = event.value

    def _on_bridge_contacts_updated(self, event: ContactsUpdated) -> None:
        for contact in event.contacts:
            key = (event.account_id, contact.address)
            self._note_early(key)
            self._names[key] = contact.display_name

    def _on_bridge_contacts_removed(self, event: ContactsRemoved) -> None:
        for address in event.addresses:
            self._note_early((event.account_id, address))
            self._names.pop((event.account_id, address), None)

    def _on_bridge_conversation_updated(self, event: ConversationUpdated) -> None:
        conversation = event.conversation
        if conversation.unread_count == 0 and conversation.id in self._threads:
            self._withdraw(conversation.id)

    def _on_bridge_message_added(self, event: MessageAdded) -> None:
        message = event.message
        if not self._wanted(message):
            return
        thread = self._threads.get(message.conversation_id)
        if thread is None:
            thread = _Thread(account_id=message.account_id, peer=message.peer.bare)
            self._threads[message.conversation_id] = thread
        thread.latest = message
        thread.count += 1
        thread.pending = True
        if thread.timer is None:
            loop = asyncio.get_running_loop()
            delay = 0.0
            if thread.shown_at is not None:
                delay = max(0.0, thread.shown_at + self._coalesce - loop.time())
            thread.timer = loop.call_later(delay, self._flush, message.conversation_id)

    def _wanted(self, message: Message) -> bool:
        if message.direction is not Direction.INCOMING:
            return False
        if self._settings.get(NOTIFY_SETTING, True) is False:
            return False
        if message.timestamp < self._clock() - CATCH_UP_AGE:
            return False  # catch-up after being offline, not news
        return not self._is_focused(message.conversation_id)

    # showing --------------------------------------------------------------
    @async_slot(int)
    async def _flush(self, conversation_id: ConversationId) -> None:
        thread = self._threads.get(conversation_id)
        if thread is None or thread.latest is None:
            return
        thread.timer = None
        if not thread.pending:
            return
        thread.pending = False
        if self._is_focused(conversation_id):
            self._threads.pop(conversation_id, None)
            return  # the user opened the chat meanwhile
        thread.shown_at = asyncio.get_running_loop().time()
        title, body = self._texts(thread)
        desktop = self._desktop
        if desktop is not None and desktop.connected:
            previous = thread.notification_id
            new_id = await desktop.notify(title, body, replaces_id=previous)
            if new_id:
                self._by_notification.pop(previous, None)
                thread.notification_id = new_id
                self._by_notification[new_id] = conversation_id
                self.notification_shown.emit(conversation_id)
                return
        if self._tray is not None and self._tray.isVisible():
            self._balloon = conversation_id
            self._tray.showMessage(
                title, body, QSystemTrayIcon.MessageIcon.Information, BALLOON_MS
            )
            thread.count = 0  # a balloon is not updated: the next one counts anew
            self.notification_shown.emit(conversation_id)

    def _texts(self, thread: _Thread) -> tuple[str, str]:
        assert thread.latest is not None
        title = self._names.get((thread.account_id, thread.peer)) or str(thread.peer)
        count = thread.count
        if self._settings.get(SHOW_TEXT_SETTING, True) is False:
            return title, self.tr("%Ln new message(s)", "", count)
        text = thread.latest.body
        if count == 1:
            return title, text
        return title, self.tr("%Ln new messages. The latest: %1", "", count).replace(
            "%1", text
        )

    def _withdraw(self, conversation_id: ConversationId) -> None:
        """The conversation was read: forget it and close its notification."""
        thread = self._threads.pop(conversation_id)
        if thread.timer is not None:
            thread.timer.cancel()
        if thread.notification_id:
            self._by_notification.pop(thread.notification_id, None)
            if self._desktop is not None:
                self._desktop.close_notification(thread.notification_id)

    # clicks ---------------------------------------------------------------
    def _on_desktop_action(self, notification_id: int, action: str) -> None:
        conversation_id = self._by_notification.get(notification_id)
        if action != "default" or conversation_id is None:
            return
        self._request_chat(conversation_id)

    def _on_desktop_closed(self, notification_id: int) -> None:
        conversation_id = self._by_notification.pop(notification_id, None)
        thread = self._threads.get(conversation_id) if conversation_id else None
        if thread is not None and thread.notification_id == notification_id:
            # Gone from the screen: the next message starts a new one.
            thread.notification_id = 0
            thread.count = 1 if thread.pending else 0

    def _on_tray_message_clicked(self) -> None:
        if self._balloon is not None:
            self._request_chat(self._balloon)

    def _request_chat(self, conversation_id: ConversationId) -> None:
        thread = self._threads.get(conversation_id)
        if thread is not None:
            self.chat_requested.emit(thread.account_id, thread.peer)
