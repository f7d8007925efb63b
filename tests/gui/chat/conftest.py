# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Chat windows on a real LocalCore with the ScriptedBackend double, offscreen.

``chat`` gives a started core (in-memory SQLite, memory secrets) with one
online XMPP account whose backend is a ``ScriptedBackend``, a live bridge and
a ``ChatWindows``; messages "arrive" through the backend's sink, as the
network would deliver them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path

import pytest_asyncio
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.core.interfaces import IncomingMessage
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import Message
from messenger.core.model import ProtocolKind
from messenger.core.model import Subscription
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.aio import slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.chat.commands import running_commands
from messenger.ui.chat.manager import ChatWindows
from messenger.ui.chat.tab import ChatTab
from tests.doubles.backend import BackendRecorder
from tests.doubles.backend import ScriptedBackend

TIMEOUT = 5.0
ROMEO = Address("romeo", "montague.example")
JULIET = Address("juliet", "capulet.example")
NURSE = Address("nurse", "capulet.example")


async def eventually(predicate: Callable[[], object], limit: float = TIMEOUT) -> None:
    """Poll ``predicate`` while the loop runs the core and Qt."""
    async with asyncio.timeout(limit):
        while not predicate():  # noqa: ASYNC110 (polling widget state on purpose)
            await asyncio.sleep(0.005)


async def settle() -> None:
    for _ in range(5):
        for _ in range(10):
            await asyncio.sleep(0)
        await asyncio.sleep(0.005)


@dataclass
class Chat:
    core: LocalCore
    bridge: CoreBridge
    chats: ChatWindows
    account: Account
    backend: ScriptedBackend
    holder: QWidget
    qtbot: QtBot

    async def receive(
        self, body: str, *, peer: Address = JULIET, stamp: datetime | None = None
    ) -> Message:
        """A message from ``peer`` arrives (through the backend's sink)."""
        stored = await self.backend.sink.messages_received(
            [
                IncomingMessage(
                    peer=peer,
                    sender=peer.with_resource("balcony"),
                    body=body,
                    timestamp=stamp or datetime.now(UTC),
                )
            ]
        )
        message = stored[0]
        assert message is not None
        return message

    async def add_contact(self, address: Address, name: str) -> None:
        contact = Contact(
            account_id=self.account.id,
            address=address,
            name=name,
            subscription=Subscription.BOTH,
        )
        await self.backend.sink.roster_received([contact], complete=False)

    async def idle(self) -> None:
        """Wait for the tasks the chat windows started (reads, sends, loads).

        A test must not end with one in flight: its next step would run
        after the test's loop stopped.
        """

        def owners() -> list[QObject]:
            found: list[QObject] = [self.chats]
            for tab in self.chats.tabs():
                found += [tab, tab.model, tab.finder, tab.compose]
            return found

        def busy() -> bool:
            return bool(running_commands()) or any(slot_tasks(o) for o in owners())

        await eventually(lambda: not busy())
        await settle()

    async def open(self, peer: Address = JULIET, *, focus: bool = True) -> ChatTab:
        tab = await self.chats.open_chat(self.account.id, peer, focus=focus)
        await settle()
        return tab


@pytest_asyncio.fixture
async def chat(qtbot: QtBot, tmp_path: Path) -> AsyncIterator[Chat]:
    recorder = BackendRecorder()
    core = LocalCore(
        SqliteStore(":memory:"),
        MemorySecretStore(),
        {ProtocolKind.XMPP: recorder},
        tmp_path,
    )
    await core.start()
    holder = QWidget()
    qtbot.addWidget(holder)
    bridge = CoreBridge(core, holder)
    await bridge.attach(lambda _snapshot: None)
    account = await core.add_account(
        ProtocolKind.XMPP, str(ROMEO), display_name="Romeo", password="pw-7"
    )
    await settle()
    chats = ChatWindows(core, bridge, holder)
    chats.window_created.connect(qtbot.addWidget)
    state = Chat(
        core, bridge, chats, account, recorder.built[account.id], holder, qtbot
    )
    await state.add_contact(JULIET, "Juliet")
    await settle()
    yield state
    chats.close_all()
    await settle()
    bridge.close()
    await core.close()
