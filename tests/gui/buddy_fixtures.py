# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Helpers of the buddy-list tests: a window on a LocalCore with an online account.

The account's network is the ``ScriptedBackend`` test double
(tests/doubles/backend.py): tests push rosters, presences and requests through
its sink and read the commands the core sent it from ``backend.calls``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import AsyncIterator
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QIODevice
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from messenger.core.interfaces import BackendFactory
from messenger.core.interfaces import BackendSink
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import Contact
from messenger.core.model import PresenceUpdate
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.aio import slot_tasks
from messenger.ui.models.contacts import ContactRole
from messenger.ui.models.contacts import ContactTreeModel
from messenger.ui.windows.buddy_actions import BuddyActions
from messenger.ui.windows.main_window import MainWindow
from tests.doubles.backend import ALL_CAPABILITIES
from tests.doubles.backend import BackendRecorder
from tests.doubles.backend import ScriptedBackend

TIMEOUT = 5.0
ROMEO = "romeo@montague.example"
JULIET = Address("juliet", "capulet.example")
NURSE = Address("nurse", "capulet.example")
MERCUTIO = Address("mercutio", "montague.example")
TYBALT = Address("tybalt", "capulet.example")


@dataclass
class Env:
    """A shown main window on a started core with one online XMPP account."""

    core: LocalCore
    recorder: BackendRecorder
    window: MainWindow
    account: Account

    @property
    def backend(self) -> ScriptedBackend:
        return self.recorder.built[self.account.id]

    @property
    def sink(self) -> BackendSink:
        return self.backend.sink

    @property
    def model(self) -> ContactTreeModel:
        assert self.window.contacts is not None
        return self.window.contacts

    @property
    def actions(self) -> BuddyActions:
        assert self.window.buddy_actions is not None
        return self.window.buddy_actions

    async def roster(self, *contacts: Contact, complete: bool = False) -> None:
        await self.sink.roster_received(list(contacts), complete=complete)
        await drained(self.window)

    async def presences(self, *updates: PresenceUpdate) -> None:
        self.sink.presences_received(list(updates))
        await drained(self.window)

    def contact(self, address: Address, name: str = "", *groups: str) -> Contact:
        return Contact(
            account_id=self.account.id, address=address, name=name, groups=groups
        )

    def group(self, name: str) -> QModelIndex:
        """The row of a group ("" for "Contacts")."""
        assert self.window.buddy_list is not None
        index = self.window.buddy_list.group_index(name)
        assert index.isValid(), f"group {name!r} is not shown"
        return index

    def index(self, address: Address, group: str | None = None) -> QModelIndex:
        index = self.model.index_of(self.account.id, address, group)
        assert index.isValid(), f"{address} is not shown"
        return index


def online(
    address: Address, show: Show = Show.AVAILABLE, status: str = ""
) -> PresenceUpdate:
    return PresenceUpdate(address=address.with_resource("r"), show=show, status=status)


def png(width: int, height: int, colour: str = "#3070c0") -> bytes:
    """A PNG of one colour (what a peer's avatar might be)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs want bytes for the format; PySide6 6.11 takes only a str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def sha1(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


async def settle() -> None:
    """Let the core's spawned tasks (connects, intake) run."""
    for _ in range(5):
        await asyncio.sleep(0)


async def drained(window: MainWindow) -> None:
    """Wait until the contact feed and the window's commands are done."""
    actions = window.buddy_actions
    assert actions is not None
    assert window.feed is not None
    async with asyncio.timeout(TIMEOUT):
        while True:
            await asyncio.sleep(0)
            if actions.tasks:
                await asyncio.gather(*list(actions.tasks), return_exceptions=True)
                continue
            if window.feed.idle:
                return


async def slots_done(owner: QObject) -> None:
    """Wait for the running async slots of ``owner`` (a dialog's commands)."""
    async with asyncio.timeout(TIMEOUT):
        while tasks := slot_tasks(owner):
            await asyncio.gather(*tasks)


def visible_rows(model: ContactTreeModel) -> list[tuple[str, list[str]]]:
    """(group label, [contact names]) as the tree shows them."""
    rows = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        names = [
            str(model.index(r, 0, group).data()) for r in range(model.rowCount(group))
        ]
        rows.append((str(group.data()), names))
    return rows


def shows(model: ContactTreeModel, group: QModelIndex) -> list[tuple[str, str]]:
    return [
        (str(i.data()), str(i.data(ContactRole.SHOW)))
        for i in (model.index(r, 0, group) for r in range(model.rowCount(group)))
    ]


@contextlib.asynccontextmanager
async def buddy_env(
    tmp_path: Path,
    qtbot: QtBot,
    *,
    capabilities: Iterable[Capability] = ALL_CAPABILITIES,
    **options: Any,
) -> AsyncIterator[Env]:
    recorder = BackendRecorder(capabilities=frozenset(capabilities), **options)
    backends: dict[ProtocolKind, BackendFactory] = {ProtocolKind.XMPP: recorder}
    core = LocalCore(SqliteStore(":memory:"), MemorySecretStore(), backends, tmp_path)
    await core.start()
    try:
        account = await core.add_account(
            ProtocolKind.XMPP, ROMEO, display_name="Romeo", password="secret-1"
        )
        await settle()
        window = MainWindow(core)
        qtbot.addWidget(window)
        window.resize(320, 600)
        await asyncio.sleep(0)  # each step its own loop callback (cold caches)
        window.show()
        await asyncio.sleep(0)
        await window.load()
        yield Env(core=core, recorder=recorder, window=window, account=account)
        window.shutdown()
    finally:
        await core.close()


def account_id(env: Env) -> AccountId:
    return env.account.id
