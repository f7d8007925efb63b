# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Which messages the Notifier announces, and its tray fallback, offscreen.

Without a session bus the notifier falls back to the tray's balloon messages;
a recording tray (a TEST DOUBLE of ``QSystemTrayIcon.showMessage``) shows what
it would display. test_notifications_dunst.py covers the D-Bus path against a
real notification daemon.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.core.interfaces import IncomingMessage
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import Address
from messenger.core.model import ConversationId
from messenger.ui.aio import signal_future
from messenger.ui.bridge import CoreBridge
from messenger.ui.icons import app_icon
from messenger.ui.notifications import Notifier
from messenger.ui.notifications import session_bus_address
from tests.doubles.backend import BackendRecorder
from tests.doubles.backend import ScriptedBackend
from tests.doubles.cores import memory_core
from tests.doubles.cores import scripted_account

TIMEOUT = 5.0
JULIET = Address("juliet", "capulet.example")
NURSE = Address("nurse", "capulet.example")


class RecordingTray(QSystemTrayIcon):
    """TEST DOUBLE of a visible tray icon: records ``showMessage`` calls."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.messages: list[tuple[str, str]] = []

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title: str, body: str, *args: object) -> None:
        self.messages.append((title, body))


class Setup:
    def __init__(
        self, core: LocalCore, recorder: BackendRecorder, account: Account
    ) -> None:
        self.core = core
        self.recorder = recorder
        self.account = account
        self.focused: set[ConversationId] = set()
        self.parent: QWidget | None = None
        self.bridge: CoreBridge | None = None

    @property
    def backend(self) -> ScriptedBackend:
        return self.recorder.built[self.account.id]

    async def receive(
        self, body: str, *, peer: Address = JULIET, age: timedelta = timedelta(0)
    ) -> None:
        await self.backend.sink.messages_received(
            [
                IncomingMessage(
                    peer=peer,
                    sender=peer.with_resource("r"),
                    body=body,
                    timestamp=datetime.now(UTC) - age,
                )
            ]
        )


@pytest_asyncio.fixture
async def setup(tmp_path: Path) -> AsyncIterator[Setup]:
    core, recorder = await memory_core(tmp_path)
    account, _ = await scripted_account(core, recorder, contacts={JULIET: "Juliet"})
    setup = Setup(core, recorder, account)
    yield setup
    if setup.bridge is not None:
        setup.bridge.close()
    await core.close()


async def make_notifier(
    qtbot: QtBot, setup: Setup, coalesce: float = 0.2
) -> tuple[Notifier, RecordingTray]:
    """A notifier with a recording tray; both live as long as ``setup.parent``."""
    setup.parent = parent = QWidget()
    qtbot.addWidget(parent)
    setup.bridge = bridge = CoreBridge(setup.core, parent)
    tray = RecordingTray(parent)
    tray.setIcon(QIcon(app_icon()))
    notifier = Notifier(
        setup.core,
        bridge,
        is_focused=lambda cid: cid in setup.focused,
        tray=tray,
        use_dbus=False,
        coalesce_seconds=coalesce,
        parent=parent,
    )
    notifier.apply_snapshot(await bridge.attach(lambda _snapshot: None))
    await notifier.start()
    return notifier, tray


async def shown(notifier: Notifier) -> int:
    future = signal_future(notifier.notification_shown)
    async with asyncio.timeout(TIMEOUT):
        (conversation_id,) = await future
    return int(conversation_id)


@pytest.mark.asyncio
async def test_a_message_goes_to_the_tray_and_a_click_asks_for_its_chat(
    qtbot: QtBot, setup: Setup
) -> None:
    notifier, tray = await make_notifier(qtbot, setup)
    assert notifier.target == "tray"

    waiting = asyncio.ensure_future(shown(notifier))
    await setup.receive("<b>wherefore</b> & why")
    await waiting
    assert tray.messages == [("Juliet", "<b>wherefore</b> & why")]

    requested = signal_future(notifier.chat_requested)
    tray.messageClicked.emit()
    async with asyncio.timeout(TIMEOUT):
        assert await requested == (setup.account.id, JULIET)
    await notifier.close()


@pytest.mark.asyncio
async def test_focused_old_outgoing_and_disabled_messages_are_not_announced(
    qtbot: QtBot, setup: Setup
) -> None:
    notifier, tray = await make_notifier(qtbot, setup)
    await setup.receive("first")  # creates the conversation
    await asyncio.sleep(0.05)
    conversation = (await setup.core.snapshot()).conversations[0]
    tray.messages.clear()

    setup.focused.add(conversation.id)
    await setup.receive("while reading")
    setup.focused.clear()
    await setup.receive("from the archive", age=timedelta(minutes=5))
    await setup.core.send_message(setup.account.id, JULIET, "my own")
    await setup.core.set_setting("notify_messages", False)
    await setup.receive("while muted")
    await asyncio.sleep(0.4)  # longer than the coalescing window
    assert tray.messages == []

    await setup.core.set_setting("notify_messages", True)
    waiting = asyncio.ensure_future(shown(notifier))
    await setup.receive("back on")
    await waiting
    assert tray.messages == [("Juliet", "back on")]
    await notifier.close()


@pytest.mark.asyncio
async def test_hidden_text_and_a_coalesced_burst(qtbot: QtBot, setup: Setup) -> None:
    await setup.core.set_setting("notify_show_text", False)
    notifier, tray = await make_notifier(qtbot, setup, coalesce=0.3)

    waiting = asyncio.ensure_future(shown(notifier))
    await setup.receive("secret one")
    await waiting
    waiting = asyncio.ensure_future(shown(notifier))
    for body in ("secret two", "secret three"):
        await setup.receive(body)
    await setup.receive("from the nurse", peer=NURSE)
    await waiting  # the nurse: another conversation, not held back
    assert tray.messages[-1] == ("nurse@capulet.example", "1 new message(s)")
    waiting = asyncio.ensure_future(shown(notifier))
    await waiting  # Juliet's burst, once the window has passed
    assert tray.messages == [
        ("Juliet", "1 new message(s)"),
        ("nurse@capulet.example", "1 new message(s)"),
        ("Juliet", "2 new message(s)"),  # balloons count anew
    ]
    await notifier.close()


def test_the_session_bus_address_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/x/bus")
    assert session_bus_address() == "unix:path=/run/x/bus"
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert session_bus_address() is None
    (tmp_path / "bus").touch()
    assert session_bus_address() == f"unix:path={tmp_path / 'bus'}"
