# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""ChatWindows: opening and reusing tabs, windows, keys, titles, the header."""

from __future__ import annotations

import asyncio
from typing import Any
from typing import cast

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.model import Address
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show
from messenger.ui.aio import slot_tasks
from messenger.ui.chat.manager import ChatWindows
from messenger.ui.chat.window import ChatWindow
from tests.gui.chat.conftest import JULIET
from tests.gui.chat.conftest import NURSE
from tests.gui.chat.conftest import Chat
from tests.gui.chat.conftest import settle

MERCUTIO = Address("mercutio", "montague.example")


def separate(chat: Chat) -> bool:
    return chat.chats.one_window_per_chat


def window_of(tab: object) -> ChatWindow:
    window = tab.window()  # type: ignore[attr-defined]
    assert isinstance(window, ChatWindow)
    return window


@pytest.mark.asyncio
async def test_open_chat_creates_a_tab_once_and_reuses_it(chat: Chat) -> None:
    tab = await chat.open()

    again = await chat.chats.open_chat(chat.account.id, JULIET.with_resource("phone"))

    assert again is tab
    assert chat.chats.tab_for(tab.conversation_id) is tab
    assert chat.chats.tabs() == [tab]
    window = window_of(tab)
    assert chat.chats.windows() == [window]
    assert window.isVisible()
    assert window.windowTitle() == "Juliet"
    assert tab.header.name.text() == "Juliet"
    assert tab.header.address.text() == "juliet@capulet.example"
    assert window.tabs.tabBar().isHidden()  # one tab: no tab bar
    assert tab.composer.hasFocus()
    await chat.idle()


@pytest.mark.asyncio
async def test_chats_share_a_window_as_tabs_by_default(chat: Chat) -> None:
    await chat.add_contact(NURSE, "Nurse")
    juliet = await chat.open()
    nurse = await chat.open(NURSE)
    window = window_of(juliet)

    assert window_of(nurse) is window
    assert [window.tabs.tabText(i) for i in range(2)] == ["Juliet", "Nurse"]
    assert window.current_tab() is nurse
    assert window.windowTitle() == "Nurse"
    assert window.tabs.tabBar().isVisible()

    await chat.chats.open_chat(chat.account.id, JULIET, focus=False)
    assert window.current_tab() is nurse  # opening quietly changes nothing
    await chat.idle()


@pytest.mark.asyncio
async def test_ctrl_tab_switches_and_ctrl_w_closes_tabs(chat: Chat) -> None:
    await chat.add_contact(NURSE, "Nurse")
    juliet = await chat.open()
    nurse = await chat.open(NURSE)
    window = window_of(juliet)

    QTest.keyClick(nurse.composer, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() is juliet
    assert window.windowTitle() == "Juliet"
    assert juliet.composer.hasFocus()
    QTest.keyClick(
        juliet.composer,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.current_tab() is nurse

    QTest.keyClick(nurse.composer, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    await settle()
    assert window.chat_tabs() == [juliet]
    assert chat.chats.tab_for(nurse.conversation_id) is None
    QTest.keyClick(juliet.composer, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    await settle()
    assert chat.chats.windows() == []
    assert chat.chats.tabs() == []
    await chat.idle()


@pytest.mark.asyncio
async def test_the_separate_setting_gives_each_chat_its_window(chat: Chat) -> None:
    await chat.core.set_setting("chat_windows", "separate")  # before loading
    await chat.add_contact(NURSE, "Nurse")
    juliet = await chat.open()
    nurse = await chat.open(NURSE)

    assert separate(chat)
    assert window_of(juliet) is not window_of(nurse)
    assert len(chat.chats.windows()) == 2

    await chat.core.set_setting("chat_windows", "tabbed")  # live: regroup
    await settle()
    assert not separate(chat)
    (window,) = chat.chats.windows()
    assert window.chat_tabs() == [juliet, nurse]

    await chat.core.set_setting("chat_windows", "separate")
    await settle()
    assert len(chat.chats.windows()) == 2
    assert window_of(juliet) is not window_of(nurse)
    assert all(w.isVisible() for w in chat.chats.windows())
    await chat.idle()


@pytest.mark.asyncio
async def test_closing_a_window_closes_its_tabs_and_cancels_their_tasks(
    chat: Chat,
) -> None:
    await chat.add_contact(NURSE, "Nurse")
    juliet = await chat.open()
    nurse = await chat.open(NURSE)
    model = juliet.model
    model.set_fetch_gate(None)
    model._has_older = True  # force a pending page load
    model.fetchMore(QModelIndex())
    (task,) = slot_tasks(model)

    window_of(juliet).close()
    await settle()

    assert task.cancelled()
    assert chat.chats.tabs() == []
    assert chat.chats.windows() == []
    assert chat.chats.tab_for(nurse.conversation_id) is None
    await chat.idle()


@pytest.mark.asyncio
async def test_tab_titles_are_plain_elided_text(chat: Chat) -> None:
    name = "Tom & <b>Jerry</b> " + "very " * 20 + "long"
    await chat.add_contact(MERCUTIO, name)
    tab = await chat.open(MERCUTIO)
    await chat.open()
    window = window_of(tab)
    index = window.tabs.indexOf(tab)

    text = window.tabs.tabText(index)
    assert text.startswith("Tom && <b>Jerry")
    assert text.endswith("…")
    assert "&lt;b&gt;" in window.tabs.tabToolTip(index)
    assert "<b>Jerry" not in window.tabs.tabToolTip(index)
    window.set_current(tab)
    assert window.windowTitle() == name
    assert tab.header.name.textFormat() == Qt.TextFormat.PlainText
    await chat.idle()


@pytest.mark.asyncio
async def test_the_header_follows_presence_names_and_status(chat: Chat) -> None:
    tab = await chat.open()
    shown = [tab.presence_show]

    chat.backend.sink.presences_received(
        [
            PresenceUpdate(
                address=JULIET.with_resource("balcony"),
                show=Show.AWAY,
                status="<i>at the balcony</i>",
            )
        ]
    )
    await chat.add_contact(JULIET, "Juliet Capulet")
    await settle()

    shown.append(tab.presence_show)
    assert shown == [Show.OFFLINE, Show.AWAY]
    assert tab.header.status.text() == "<i>at the balcony</i>"
    assert tab.header.status.textFormat() == Qt.TextFormat.PlainText
    assert tab.header.icon.accessibleName() == "Away"
    assert tab.header.name.text() == "Juliet Capulet"
    assert window_of(tab).windowTitle() == "Juliet Capulet"
    await chat.idle()


@pytest.mark.asyncio
async def test_removing_the_account_closes_its_chats(chat: Chat) -> None:
    await chat.open()

    await chat.core.remove_account(chat.account.id)
    await settle()

    assert chat.chats.tabs() == []
    assert chat.chats.windows() == []
    await chat.idle()


class StaleSnapshotCore:
    """TEST DOUBLE: the real core, whose snapshot answers late (and stale)."""

    def __init__(self, core: CoreApi) -> None:
        self._core = core
        self.gate: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._core, name)

    async def snapshot(self) -> Snapshot:
        taken = await self._core.snapshot()
        await self.gate
        return taken


@pytest.mark.asyncio
async def test_events_while_the_snapshot_loads_are_applied_after_it(
    chat: Chat,
) -> None:
    core = StaleSnapshotCore(chat.core)
    chats = ChatWindows(cast(CoreApi, core), chat.bridge, chat.holder)
    loading = asyncio.ensure_future(chats.load())
    await settle()

    await chat.add_contact(JULIET, "Renamed")  # after the snapshot was taken
    core.gate.set_result(None)
    async with asyncio.timeout(5):
        await loading

    assert chats.directory.display_name(chat.account.id, JULIET) == "Renamed"
    chats.close_all()


@pytest.mark.asyncio
async def test_widgets_have_accessible_names(chat: Chat) -> None:
    tab = await chat.open()

    for widget in (
        tab.composer,
        tab.view,
        tab.find_bar.edit,
        tab.find_bar.previous_button,
        tab.find_bar.next_button,
        tab.find_bar.close_button,
    ):
        assert widget.accessibleName(), widget
    assert tab.composer.tabChangesFocus()
    await chat.idle()
