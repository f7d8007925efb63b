# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""TEST DOUBLE: a minimal ``org.kde.StatusNotifierWatcher`` on a session bus.

A desktop's panel (KDE Plasma, GNOME with the AppIndicator extension, waybar,
...) owns this name; Debian has no headless one to run here. This stand-in
implements what a tray item needs of it (StatusNotifierItem specification):
``RegisterStatusNotifierItem``, ``IsStatusNotifierHostRegistered`` (true, as
if a panel were showing items) and ``RegisteredStatusNotifierItems``. When an
item registers it reads the item's ``Id``, ``Title`` and ``Status`` back and
prints one JSON line per event on stdout:

    ["ready"]
    ["registered", "<service>", {"Id": ..., "Title": ..., "Status": ...}]

Run: ``python -m tests.packaging.sni_watcher`` with DBUS_SESSION_BUS_ADDRESS
set; it runs until killed.
"""

# No ``from __future__ import annotations``: dbus-fast reads the D-Bus
# signatures from the annotations at run time.
import asyncio
import json

from dbus_fast import PropertyAccess
from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface
from dbus_fast.service import dbus_property
from dbus_fast.service import method

WATCHER = "org.kde.StatusNotifierWatcher"
ITEM_INTERFACE = "org.kde.StatusNotifierItem"


def say(*words: object) -> None:
    print(json.dumps(words), flush=True)


class Watcher(ServiceInterface):
    def __init__(self, bus: MessageBus) -> None:
        super().__init__(WATCHER)
        self._bus = bus
        self._items: list[str] = []
        self._tasks: set[asyncio.Task[None]] = set()

    @method()
    def RegisterStatusNotifierItem(self, service: "s") -> None:  # type: ignore[name-defined] # noqa: F821
        self._items.append(service)
        task = asyncio.get_running_loop().create_task(self._describe(service))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @method()
    def RegisterStatusNotifierHost(self, service: "s") -> None:  # type: ignore[name-defined] # noqa: F821
        del service

    @dbus_property(access=PropertyAccess.READ)
    def RegisteredStatusNotifierItems(self) -> "as":  # type: ignore[valid-type] # noqa: F722
        return list(self._items)

    @dbus_property(access=PropertyAccess.READ)
    def IsStatusNotifierHostRegistered(self) -> "b":  # type: ignore[name-defined] # noqa: F821
        return True

    @dbus_property(access=PropertyAccess.READ)
    def ProtocolVersion(self) -> "i":  # type: ignore[name-defined] # noqa: F821
        return 0

    async def _describe(self, service: str) -> None:
        # The item is ``service`` (a bus name) at /StatusNotifierItem, or a
        # "name/path" pair.
        name, _, path = service.partition("/")
        path = f"/{path}" if path else "/StatusNotifierItem"
        introspection = await self._bus.introspect(name, path)
        item = self._bus.get_proxy_object(name, path, introspection)
        properties = item.get_interface("org.freedesktop.DBus.Properties")
        found = {}
        for key in ("Id", "Title", "Status"):
            variant = await properties.call_get(ITEM_INTERFACE, key)  # type: ignore[attr-defined]
            found[key] = variant.value
        say("registered", service, found)


async def main() -> None:
    bus = await MessageBus().connect()
    bus.export("/StatusNotifierWatcher", Watcher(bus))
    await bus.request_name(WATCHER)
    say("ready")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
