# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A client of the desktop's ``org.freedesktop.Notifications`` service.

:func:`session_bus_address` finds the D-Bus session bus of this desktop
session (``DBUS_SESSION_BUS_ADDRESS``, else ``$XDG_RUNTIME_DIR/bus`` on
Linux), or None. :meth:`DesktopNotifications.connect` connects to a bus with
dbus-fast on the running (qasync) loop, asks the service for its capabilities
and subscribes to its signals; it returns None, after logging why, when the
bus or the service is not there or does not answer within
``CONNECT_TIMEOUT`` seconds. QtDBus cannot send ``Notify``'s argument types,
hence dbus-fast.

A notification is an instant message (category ``im.received``, normal
urgency, default timeout) from this application; the body is plain text
(escaped where the server reads markup) and has an "Open chat" default action
where the server supports actions. :meth:`~DesktopNotifications.notify`
returns the server's id, or 0 when the call failed; it never raises for a bus
error. The server's ``ActionInvoked`` and ``NotificationClosed`` signals go to
the ``on_action(id, action_key)`` and ``on_closed(id)`` callbacks.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from dbus_fast import Message as DBusMessage
from dbus_fast import MessageFlag
from dbus_fast import MessageType
from dbus_fast import Variant
from dbus_fast.aio import MessageBus
from dbus_fast.errors import DBusFastError
from PySide6.QtCore import QCoreApplication

from messenger import APP_ID

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0
_FDN_NAME = "org.freedesktop.Notifications"
_FDN_PATH = "/org/freedesktop/Notifications"
_MATCH_RULE = (
    f"type='signal',sender='{_FDN_NAME}',interface='{_FDN_NAME}',path='{_FDN_PATH}'"
)


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
