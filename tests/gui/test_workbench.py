# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The workbench on a real LocalCore (in-memory) with the ScriptedBackend double.

``app.quit`` is replaced by a recorder: a real Quit would end the test's loop.
There is no D-Bus session bus here (notifications go to the tray, or nowhere).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import Address
from messenger.core.model import Message
from messenger.ui.aio import signal_future
from messenger.ui.aio import slot_tasks
from messenger.ui.chat.message_model import MessageRole
from messenger.ui.chat.tab import ChatTab
from messenger.ui.dialogs.preferences import PreferencesDialog
from messenger.ui.windows.history import HistoryWindow
from messenger.ui.workbench import Workbench
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import NURSE
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@dataclass
class Bench:
    env: Env
    workbench: Workbench
    quits: list[object] = field(default_factory=list)

    async def slots_done(self) -> None:
        async with asyncio.timeout(TIMEOUT):
            while tasks := slot_tasks(self.workbench):
                await asyncio.gather(*tasks)

    def tab_of(self, peer: Address) -> ChatTab:
        chats = self.workbench.chats
        assert chats is not None
        tabs = [tab for tab in chats.tabs() if tab.peer == peer]
        assert len(tabs) == 1, f"no chat with {peer}"
        return tabs[0]


@pytest_asyncio.fixture
async def bench(
    tmp_path: Path, qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Bench]:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    quits: list[object] = []
    monkeypatch.setattr(type(qapp), "quit", lambda *args: quits.append(args))
    quit_on_last = qapp.quitOnLastWindowClosed()
    try:
        async with buddy_env(tmp_path, qtbot) as env:
            snapshot = await env.core.snapshot()
            workbench = Workbench(env.core, env.window, qapp)
            await workbench.start(snapshot)
            yield Bench(env, workbench, quits)
            await workbench.close()
            workbench.deleteLater()
    finally:
        qapp.setQuitOnLastWindowClosed(quit_on_last)


@pytest.mark.asyncio
async def test_start_wires_the_parts_and_the_tray_decides_about_quitting(
    bench: Bench, qapp: QApplication
) -> None:
    workbench = bench.workbench
    assert workbench.chats is not None
    assert workbench.tray is not None
    assert workbench.notifier is not None
    assert workbench.notifier.target in {"tray", "none"}  # no session bus here
    assert workbench.idle is not None
    assert workbench.idle.timer.isActive()
    assert not qapp.quitOnLastWindowClosed()
    assert bench.env.window.isVisible()  # start_minimized is off


@pytest.mark.asyncio
async def test_the_menu_actions_sit_above_quit(bench: Bench) -> None:
    window = bench.env.window
    actions = window.messenger_menu.actions()
    preferences = actions.index(bench.workbench.preferences_action)
    history = actions.index(bench.workbench.history_action)

    assert actions.index(window.add_account_action) < preferences < history
    assert history < actions.index(window.quit_action)
    assert bench.workbench.preferences_action.text() == "&Preferences…"
    assert bench.workbench.history_action.text() == "&History…"
    assert bench.workbench.history_action.shortcut().toString() == "Ctrl+Shift+H"


@pytest.mark.asyncio
async def test_a_chat_requested_in_the_buddy_list_opens_a_tab(bench: Bench) -> None:
    bench.env.window.chat_requested.emit(bench.env.account.id, JULIET)
    await bench.slots_done()

    tab = bench.tab_of(JULIET)
    assert tab.account_id == bench.env.account.id
    assert tab.window().isVisible()


@pytest.mark.asyncio
async def test_a_clicked_notification_opens_the_chat(bench: Bench) -> None:
    notifier = bench.workbench.notifier
    assert notifier is not None

    notifier.chat_requested.emit(bench.env.account.id, NURSE)
    await bench.slots_done()

    assert bench.tab_of(NURSE).account_id == bench.env.account.id


@pytest.mark.asyncio
async def test_a_chat_that_cannot_open_is_logged_not_raised(
    bench: Bench, caplog: pytest.LogCaptureFixture
) -> None:
    bench.env.window.chat_requested.emit("no-such-account", JULIET)
    await bench.slots_done()

    chats = bench.workbench.chats
    assert chats is not None
    assert chats.tabs() == []
    assert "Opening the chat failed" in caplog.text


@pytest.mark.asyncio
async def test_the_preferences_action_opens_one_dialog(bench: Bench) -> None:
    bench.workbench.preferences_action.trigger()
    dialog = bench.workbench.preferences
    assert isinstance(dialog, PreferencesDialog)
    loaded = signal_future(dialog.loaded)
    async with asyncio.timeout(TIMEOUT):
        await loaded
    assert dialog.isVisible()

    bench.workbench.preferences_action.trigger()  # again: the same one
    assert bench.workbench.preferences is dialog
    dialog.reject()
    assert bench.workbench.preferences is None


@pytest.mark.asyncio
async def test_the_history_action_opens_the_history_window(bench: Bench) -> None:
    bench.workbench.history_action.trigger()
    history = bench.workbench.history
    assert isinstance(history, HistoryWindow)
    loaded = signal_future(history.loaded)
    async with asyncio.timeout(TIMEOUT):
        await loaded
    assert history.isVisible()
    assert history.parent() is None  # a window of its own

    history.close()
    bench.workbench.history_action.trigger()
    assert bench.workbench.history is history
    assert history.isVisible()


@pytest.mark.asyncio
async def test_a_history_result_opens_the_chat_of_its_conversation(
    bench: Bench,
) -> None:
    env = bench.env
    conversation = await env.core.open_conversation(env.account.id, JULIET)
    bench.workbench.history_action.trigger()
    history = bench.workbench.history
    assert history is not None

    history.message_requested.emit(conversation.id, 1)
    await bench.slots_done()
    tab = bench.tab_of(JULIET)
    assert tab.conversation_id == conversation.id

    history.message_requested.emit(conversation.id, 1)  # open already: focused
    await bench.slots_done()
    assert bench.tab_of(JULIET) is tab
    history.message_requested.emit(conversation.id + 1000, 1)  # gone: nothing
    await bench.slots_done()
    chats = bench.workbench.chats
    assert chats is not None
    assert len(chats.tabs()) == 1


@pytest.mark.asyncio
async def test_a_history_result_jumps_to_its_message(bench: Bench) -> None:
    env = bench.env
    stored: list[Message | None] = []
    for start in range(0, 200, 25):
        stored += await env.sink.messages_received(
            [
                IncomingMessage(
                    peer=JULIET,
                    sender=JULIET.with_resource("balcony"),
                    body=f"line {i}",
                    timestamp=T0 + timedelta(minutes=i),
                )
                for i in range(start, start + 25)
            ]
        )
    messages = [m for m in stored if m is not None]
    conversation_id = messages[0].conversation_id
    await env.core.mark_read(conversation_id, messages[-1].id)
    bench.workbench.history_action.trigger()
    history = bench.workbench.history
    assert history is not None

    target = messages[40]
    history.message_requested.emit(conversation_id, target.id)
    await bench.slots_done()
    tab = bench.tab_of(JULIET)
    loaded = [m.id for m in tab.model.messages()]
    assert target.id in loaded
    assert messages[-1].id not in loaded  # a window around it, not the newest
    assert tab.view.currentIndex().data(MessageRole.MESSAGE_ID) == target.id
    async with asyncio.timeout(TIMEOUT):
        for owner in (tab, tab.model):
            while tasks := slot_tasks(owner):
                await asyncio.gather(*tasks)


@pytest.mark.asyncio
async def test_the_tray_quit_asks_the_app_to_quit(bench: Bench) -> None:
    tray = bench.workbench.tray
    assert tray is not None

    tray.quit_requested.emit()

    assert len(bench.quits) == 1


@pytest.mark.asyncio
async def test_without_a_tray_closing_the_buddy_list_quits(
    bench: Bench, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = bench.workbench.tray
    assert tray is not None
    monkeypatch.setattr(type(tray), "available", staticmethod(lambda: False))

    bench.env.window.close()

    assert len(bench.quits) == 1


@pytest.mark.asyncio
async def test_with_a_tray_closing_the_buddy_list_hides_it(
    bench: Bench, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = bench.workbench.tray
    assert tray is not None
    monkeypatch.setattr(type(tray), "available", staticmethod(lambda: True))
    monkeypatch.setattr(type(tray), "isVisible", lambda _self: True)

    bench.env.window.close()

    assert bench.quits == []
    assert not bench.env.window.isVisible()
    tray.show_requested.emit()
    assert bench.env.window.isVisible()


@pytest.mark.asyncio
async def test_close_tears_everything_down(
    bench: Bench, caplog: pytest.LogCaptureFixture
) -> None:
    workbench = bench.workbench
    env = bench.env
    env.window.chat_requested.emit(env.account.id, JULIET)
    await bench.slots_done()
    workbench.preferences_action.trigger()
    workbench.history_action.trigger()
    env.window.chat_requested.emit(env.account.id, NURSE)  # still opening
    pending = slot_tasks(workbench)
    assert pending
    chats, tray, idle = workbench.chats, workbench.tray, workbench.idle
    assert chats is not None
    assert tray is not None
    assert idle is not None
    caplog.set_level(logging.WARNING)

    await workbench.close()
    await asyncio.gather(*pending, return_exceptions=True)

    assert slot_tasks(workbench) == frozenset()
    assert all(task.cancelled() for task in pending)
    assert chats.windows() == []
    assert not tray.isVisible()
    assert not idle.timer.isActive()
    assert workbench.preferences is None
    assert workbench.history is None
    assert not workbench.preferences_action.isEnabled()
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    env.window.close()  # the tray no longer watches the buddy list
    assert bench.quits == []
    await workbench.close()  # again: nothing to do
