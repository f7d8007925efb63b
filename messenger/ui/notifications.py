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
the tray's balloon) emits ``chat_requested(account_id, peer)``.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from dbus_fast import Message as DBusMessage
from dbus_fast import MessageFlag
from dbus_fast import MessageType
from dbus_fast import Variant
from dbus_fast.aio import MessageBus
from dbus_fast.errors import DBusFastError
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSystemTrayIcon

from messenger import APP_ID
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

log = logging.getLogger(__name__)

NOTIFY_SETTING = "notify_messages"
SHOW_TEXT_SETTING = "notify_show_text"
# Messages older than this are catch-up (archive, mailbox): no notification.
CATCH_UP_AGE = timedelta(minutes=1)
COALESCE_SECONDS = 5.0
BALLOON_MS = 10_000
CONNECT_TIMEOUT = 5.0
_FDN_NAME = "org.freedesktop.Notifications"
_FDN_PATH = "/org/freedesktop/Notifications"
_MATCH_RULE = (
    f"type='signal',sender='{_FDN_NAME}',interface='{_FDN_NAME}',path='{_FDN_PATH}'"
)


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
            return title, self.tr("%n new message(s)", "", count)
        text = thread.latest.body
        if count == 1:
            return title, text
        return title, self.tr("%n new messages. The latest: %1", "", count).replace(
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


def session_bus_address() -> str | None:
    """The D-Bus session bus address of this desktop session, if there is one."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and sys.platform.startswith("linux"):
        socket = Path(runtime) / "bus"
        if socket.exists():
            return f"unix:path={socket}"
    return None


class DesktopNotifications:
    """A client of ``org.freedesktop.Notifications`` over dbus-fast.

    Make one with :meth:`connect` (None when the bus or the service is not
    there). ``on_action(id, action_key)`` and ``on_closed(id)`` are called for
    the server's ``ActionInvoked`` and ``NotificationClosed`` signals.
    """

    def __init__(
        self,
        bus: MessageBus,
        capabilities: frozenset[str],
        on_action: Callable[[int, str], None],
        on_closed: Callable[[int], None],
    ) -> None:
        self._bus = bus
        self.capabilities = capabilities
        self._on_action = on_action
        self._on_closed = on_closed
        bus.add_message_handler(self._on_message)

    @classmethod
    async def connect(
        cls,
        address: str,
        *,
        on_action: Callable[[int, str], None],
        on_closed: Callable[[int], None],
    ) -> DesktopNotifications | None:
        bus: MessageBus | None = None
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT):
                bus = await MessageBus(bus_address=address).connect()
                reply = await bus.call(_call(_FDN_NAME, "GetCapabilities"))
                if reply.message_type is not MessageType.METHOD_RETURN:
                    log.info("No notification service on the bus: %s", reply.body)
                    bus.disconnect()
                    return None
                capabilities = frozenset(str(c) for c in reply.body[0])
                await bus.call(_bus_call("AddMatch", "s", [_MATCH_RULE]))
        except (OSError, TimeoutError, DBusFastError) as exc:
            log.info("Cannot reach the notification service: %r", exc)
            if bus is not None:
                bus.disconnect()
            return None
        log.info("Desktop notifications over D-Bus (%s)", ", ".join(capabilities))
        return cls(bus, capabilities, on_action, on_closed)

    @property
    def connected(self) -> bool:
        return bool(self._bus.connected)

    async def notify(self, title: str, body: str, *, replaces_id: int = 0) -> int:
        """Show (or replace) a notification; its id, or 0 when it failed."""
        if "body-markup" in self.capabilities:
            body = html.escape(body, quote=False)  # plain text stays plain
        actions: list[str] = []
        if "actions" in self.capabilities:
            actions = ["default", QCoreApplication.translate("Notifier", "Open chat")]
        hints = {
            "category": Variant("s", "im.received"),
            "desktop-entry": Variant("s", APP_ID),
            "urgency": Variant("y", 1),
        }
        arguments = ["Messenger", replaces_id, APP_ID, title, body, actions, hints, -1]
        try:
            reply = await self._bus.call(
                _call(_FDN_NAME, "Notify", "susssasa{sv}i", arguments)
            )
        except (OSError, DBusFastError) as exc:
            log.warning("Notify failed: %r", exc)
            return 0
        if reply.message_type is not MessageType.METHOD_RETURN:
            log.warning("Notify failed: %s %s", reply.error_name, reply.body)
            return 0
        return int(reply.body[0])

    def close_notification(self, notification_id: int) -> None:
        """Ask the server to take a notification off the screen (no answer)."""
        message = _call(_FDN_NAME, "CloseNotification", "u", [notification_id])
        message.flags = MessageFlag.NO_REPLY_EXPECTED
        if self.connected:
            self._bus.send(message)

    async def close(self) -> None:
        self._bus.remove_message_handler(self._on_message)
        self._bus.disconnect()
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT):
                await self._bus.wait_for_disconnect()  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError, DBusFastError) as exc:
            log.debug("Leaving the bus: %r", exc)

    def _on_message(self, message: DBusMessage) -> None:
        if message.message_type is not MessageType.SIGNAL:
            return
        if message.interface != _FDN_NAME or message.path != _FDN_PATH:
            return
        if message.member == "ActionInvoked" and message.signature == "us":
            self._on_action(int(message.body[0]), str(message.body[1]))
        elif message.member == "NotificationClosed" and message.signature == "uu":
            self._on_closed(int(message.body[0]))


def _call(
    destination: str,
    member: str,
    signature: str = "",
    body: list[object] | None = None,
) -> DBusMessage:
    return DBusMessage(
        destination=destination,
        path=_FDN_PATH,
        interface=_FDN_NAME,
        member=member,
        signature=signature,
        body=body or [],
    )


def _bus_call(member: str, signature: str, body: list[object]) -> DBusMessage:
    return DBusMessage(
        destination="org.freedesktop.DBus",
        path="/org/freedesktop/DBus",
        interface="org.freedesktop.DBus",
        member=member,
        signature=signature,
        body=body,
    )
