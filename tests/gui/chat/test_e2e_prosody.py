# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""End to end: two real cores on Prosody, each with its chat windows.

A message typed into one user's composer (key clicks, then Enter) travels
through the real XMPP backend and the server and shows up in the other
user's chat view; the sender's view follows its delivery state.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.core.model import ConnectionState
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.ui.bridge import CoreBridge
from messenger.ui.chat.manager import ChatWindows
from messenger.ui.chat.message_model import MessageRole
from tests.gui.chat.conftest import eventually
from tests.gui.conftest import _slow_callbacks
from tests.integration.xmpp.helpers import CoreUser
from tests.integration.xmpp.helpers import befriend
from tests.integration.xmpp.helpers import settings_for
from tests.testbed.fixtures import UserFactory
from tests.testbed.prosody import ProsodyServer

pytestmark = pytest.mark.integration

NETWORK_TIMEOUT = 30.0


class Side:
    """One user: a real core on Prosody, a bridge and chat windows."""

    def __init__(self, user: CoreUser, qtbot: QtBot) -> None:
        self.user = user
        self.holder = QWidget()
        qtbot.addWidget(self.holder)
        self.bridge = CoreBridge(user.core, self.holder)
        self.chats = ChatWindows(user.core, self.bridge, self.holder)
        self.chats.window_created.connect(qtbot.addWidget)

    async def attach(self) -> None:
        await self.bridge.attach(lambda _snapshot: None)

    def close(self) -> None:
        self.chats.close_all()
        self.bridge.close()


@pytest_asyncio.fixture
async def sides(
    qtbot: QtBot, prosody: ProsodyServer, xmpp_user: UserFactory, tmp_path: Path
) -> AsyncIterator[tuple[Side, Side]]:
    users: list[CoreUser] = []
    made: list[Side] = []
    try:
        for name in ("alice", "bob"):
            # prosodyctl is a subprocess: off the loop, whose callbacks are timed.
            jid, password = await asyncio.to_thread(xmpp_user, name)
            user = CoreUser(tmp_path / name, jid, password)
            users.append(user)
            await user.start(settings_for(prosody))
            await user.wait_state(ConnectionState.ONLINE, past=True)
            side = Side(user, qtbot)
            made.append(side)
            await side.attach()
        await befriend(users[0], users[1])
        yield made[0], made[1]
    finally:
        for side in made:
            side.close()
        for user in users:
            await user.close()

    if slow := _slow_callbacks.take():
        pytest.fail("slow callbacks on the event loop:\n" + "\n".join(slow))


@pytest.mark.asyncio
async def test_a_message_typed_in_one_chat_appears_in_the_other(
    sides: tuple[Side, Side],
) -> None:
    alice, bob = sides
    bob_tab = await bob.chats.open_chat(bob.user.account_id, alice.user.address)
    alice_tab = await alice.chats.open_chat(alice.user.account_id, bob.user.address)
    text = "Hello <b>Bob</b>, *bold* from the GUI"

    alice_tab.composer.setFocus()
    QTest.keyClicks(alice_tab.composer, text)
    QTest.keyClick(alice_tab.composer, Qt.Key.Key_Return)

    await eventually(
        lambda: any(m.body == text for m in bob_tab.model.messages()),
        NETWORK_TIMEOUT,
    )
    (received,) = bob_tab.model.messages()
    assert received.direction is Direction.INCOMING
    assert received.sender.bare == alice.user.address
    row = bob_tab.model.index(0)
    assert row.data(MessageRole.SENDER_NAME)
    doc = bob_tab.view.message_delegate.document(row, 400)
    assert doc.toPlainText() == text

    def alice_state() -> str:
        sent = alice_tab.model.index(alice_tab.model.rowCount() - 1)
        return str(sent.data(MessageRole.STATE))

    delivered = {DeliveryState.DELIVERED.value, DeliveryState.READ.value}
    await eventually(lambda: alice_state() in delivered, NETWORK_TIMEOUT)
    assert alice_tab.composer.toPlainText() == ""
