# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The tray icon on a real LocalCore (in-memory), offscreen.

Offscreen there is no system tray (``isSystemTrayAvailable()`` is False), but
the icon object, its menu, tooltip and icon work; tests/integration/
test_tray_host.py runs it against a real tray host on Xvfb.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC
from datetime import datetime
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from messenger.core.interfaces import IncomingMessage
from messenger.core.local import LocalCore
from messenger.core.model import Address
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from messenger.ui import tray as tray_module
from messenger.ui.aio import signal_future
from messenger.ui.aio import slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.icons import presence_icon
from messenger.ui.tray import STATUS_CHOICES
from messenger.ui.tray import TrayIcon
from messenger.ui.tray import badged_icon
from messenger.ui.tray import start_minimized
from tests.doubles.backend import BackendRecorder
from tests.doubles.backend import ScriptedBackend
from tests.doubles.cores import memory_core

TIMEOUT = 5.0
JULIET = Address("juliet", "capulet.example")


@pytest_asyncio.fixture
async def online_core(
    tmp_path: Path,
) -> AsyncIterator[tuple[LocalCore, BackendRecorder]]:
    core, recorder = await memory_core(tmp_path)
    yield core, recorder
    await core.close()


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def make_tray(
    qtbot: QtBot, core: LocalCore
) -> tuple[TrayIcon, QMainWindow, CoreBridge]:
    window = QMainWindow()
    qtbot.addWidget(window)
    bridge = CoreBridge(core, window)
    tray = TrayIcon(core, bridge, window, parent=window)
    snapshot = await bridge.attach(lambda _snapshot: None)
    tray.apply_snapshot(snapshot)
    return tray, window, bridge


async def receive(backend: ScriptedBackend, body: str) -> None:
    await backend.sink.messages_received(
        [
            IncomingMessage(
                peer=JULIET,
                sender=JULIET.with_resource("balcony"),
                body=body,
                timestamp=datetime.now(UTC),
            )
        ]
    )


@pytest.mark.asyncio
async def test_the_icon_and_tooltip_follow_presence_and_unread_messages(
    qtbot: QtBot, online_core: tuple[LocalCore, BackendRecorder]
) -> None:
    core, recorder = online_core
    account = await core.add_account(ProtocolKind.XMPP, "romeo@montague.example")
    await settle()
    tray, _window, _bridge = await make_tray(qtbot, core)

    assert tray.icon_state == ("available", False)
    assert tray.icon().cacheKey() == presence_icon("available").cacheKey()
    assert tray.toolTip() == "Messenger: Available"

    await receive(recorder.built[account.id], "hello")
    await receive(recorder.built[account.id], "are you there?")
    assert tray.unread_count == 2
    assert tray.icon_state == ("available", True)
    assert tray.icon().cacheKey() == badged_icon("available").cacheKey()
    assert tray.toolTip() == "Messenger: Available\n2 unread message(s)"

    await core.set_presence(Show.DND, "in a meeting")
    assert tray.icon_state == ("dnd", True)
    assert tray.toolTip().startswith("Messenger: Do not disturb\n")

    conversation = (await core.snapshot()).conversations[0]
    assert conversation.last_message_id is not None
    await core.mark_read(conversation.id, conversation.last_message_id)
    assert tray.unread_count == 0
    assert tray.icon_state == ("dnd", False)
    assert tray.icon().cacheKey() == presence_icon("dnd").cacheKey()
    assert tray.toolTip() == "Messenger: Do not disturb"


@pytest.mark.asyncio
async def test_the_menu_sets_the_presence_and_keeps_the_status_message(
    qtbot: QtBot, core: LocalCore
) -> None:
    await core.set_presence(Show.AVAILABLE, "at the ball")
    tray, _window, _bridge = await make_tray(qtbot, core)
    menu = tray.contextMenu()
    assert menu is tray.menu
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts == [
        "Available",
        "Away",
        "Extended away",
        "Do not disturb",
        "Offline",
        "&Show buddy list",
        "&Quit",
    ]
    assert tray.status_actions[Show.AVAILABLE].isChecked()

    tray.status_actions[Show.AWAY].trigger()
    async with asyncio.timeout(TIMEOUT):
        await asyncio.gather(*slot_tasks(tray))

    snapshot = await core.snapshot()
    assert snapshot.own_presence.show is Show.AWAY
    assert snapshot.own_presence.status == "at the ball"
    assert tray.status_actions[Show.AWAY].isChecked()
    assert tray.icon_state == ("away", False)
    assert [tray.status_actions[show].isChecked() for show in STATUS_CHOICES] == [
        False,
        True,
        False,
        False,
        False,
    ]


@pytest.mark.asyncio
async def test_a_click_toggles_the_buddy_list_and_quit_is_a_request(
    qtbot: QtBot, core: LocalCore
) -> None:
    tray, window, _bridge = await make_tray(qtbot, core)
    window.show()

    tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert not window.isVisible()

    shown = signal_future(tray.show_requested)
    tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    async with asyncio.timeout(TIMEOUT):
        await shown

    tray.menu.aboutToShow.emit()
    assert tray.toggle_action.text() == "&Show buddy list"
    window.show()
    tray.menu.aboutToShow.emit()
    assert tray.toggle_action.text() == "&Hide buddy list"
    tray.toggle_action.trigger()
    assert not window.isVisible()

    quit_asked = signal_future(tray.quit_requested)
    tray.quit_action.trigger()
    async with asyncio.timeout(TIMEOUT):
        await quit_asked


@pytest.mark.asyncio
async def test_closing_the_buddy_list_hides_it_to_a_tray_else_asks_to_quit(
    qtbot: QtBot, core: LocalCore, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray, window, _bridge = await make_tray(qtbot, core)
    quits: list[bool] = []
    tray.quit_requested.connect(lambda: quits.append(True))

    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    tray.show()
    window.show()
    assert not window.close()  # refused: hidden to the tray instead
    assert not window.isVisible()
    assert quits == []

    monkeypatch.setattr(tray_module, "tray_available", lambda: False)
    window.show()
    assert window.close()
    assert quits == [True]


@pytest.mark.asyncio
async def test_events_before_the_snapshot_is_applied_win(
    qtbot: QtBot, core: LocalCore
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bridge = CoreBridge(core, window)
    tray = TrayIcon(core, bridge, parent=window)
    old = await bridge.attach(lambda _snapshot: None)
    await core.set_presence(Show.XA, "gone fishing")  # newer than ``old``

    tray.apply_snapshot(old)

    assert tray.presence.show is Show.XA
    assert tray.status_actions[Show.XA].isChecked()


def test_start_minimized_reads_its_setting() -> None:
    assert start_minimized({"start_minimized": True})
    assert not start_minimized({"start_minimized": "yes"})
    assert not start_minimized({})
