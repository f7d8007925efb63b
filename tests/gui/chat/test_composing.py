# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A chat tab on the real core: sending, delivery marks, editing, retrying, states."""

from __future__ import annotations

from typing import Any
from typing import cast

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QToolTip

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import ErrorCode
from messenger.core.model import Message
from messenger.ui.chat.message_delegate import READ_COLOUR
from messenger.ui.chat.message_model import MessageRole
from messenger.ui.chat.tab import ChatTab
from messenger.ui.chat.window import ChatWindow
from tests.gui.chat.conftest import JULIET
from tests.gui.chat.conftest import ROMEO
from tests.gui.chat.conftest import Chat
from tests.gui.chat.conftest import eventually
from tests.gui.chat.conftest import settle


def type_and_send(tab: ChatTab, text: str) -> None:
    tab.composer.setFocus()
    QTest.keyClicks(tab.composer, text)
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)


def last_index(tab: ChatTab) -> QModelIndex:
    return tab.model.index(tab.model.rowCount() - 1)


def mark(tab: ChatTab) -> str:
    index = last_index(tab)
    return tab.view.message_delegate.mark_for(index, tab.view.palette())[0]


def editing(tab: ChatTab) -> Message | None:
    return tab.editing


def states_sent(chat: Chat) -> list[ChatState]:
    return [
        cast(tuple[Address, ChatState], value)[1]
        for name, value in chat.backend.calls
        if name == "chat_state"
    ]


@pytest.mark.asyncio
async def test_enter_sends_and_the_marks_follow_the_delivery_state(chat: Chat) -> None:
    tab = await chat.open()

    type_and_send(tab, "Wherefore art thou?")
    await eventually(lambda: tab.model.rowCount() == 1)
    await chat.idle()

    stored = await chat.core.fetch_history(tab.conversation_id)
    assert [(m.body, m.direction) for m in stored] == [
        ("Wherefore art thou?", Direction.OUTGOING)
    ]
    assert tab.composer.toPlainText() == ""
    assert mark(tab) in {"◌", "✓"}
    await eventually(lambda: chat.backend.sent)
    origin = chat.backend.sent[0].origin_id
    assert mark(tab) == "◌"  # stored, not yet acknowledged

    sink = chat.backend.sink
    await sink.message_state_changed(
        peer=ROMEO, origin_id=origin, state=DeliveryState.SENT
    )
    await eventually(lambda: mark(tab) == "✓")
    await sink.message_state_changed(
        peer=JULIET, origin_id=origin, state=DeliveryState.DELIVERED
    )
    await eventually(lambda: mark(tab) == "✓✓")
    await sink.message_state_changed(
        peer=JULIET, origin_id=origin, state=DeliveryState.READ
    )
    await eventually(
        lambda: last_index(tab).data(MessageRole.STATE) == DeliveryState.READ.value
    )
    text, colour = tab.view.message_delegate.mark_for(last_index(tab), tab.palette())
    assert (text, colour) == ("✓✓", READ_COLOUR)
    await chat.idle()


@pytest.mark.asyncio
async def test_a_message_sent_as_its_chat_closes_is_still_sent(chat: Chat) -> None:
    tab = await chat.open()
    conversation_id = tab.conversation_id

    type_and_send(tab, "Farewell!")
    window = tab.window()
    assert isinstance(window, ChatWindow)
    window.close()  # before the send's follow-up ever ran

    await eventually(lambda: chat.backend.sent)
    assert [m.body for m in chat.backend.sent] == ["Farewell!"]
    stored = await chat.core.fetch_history(conversation_id)
    assert [m.body for m in stored] == ["Farewell!"]
    await chat.idle()


@pytest.mark.asyncio
async def test_shift_enter_starts_a_new_line(chat: Chat) -> None:
    tab = await chat.open()
    tab.composer.setFocus()

    QTest.keyClicks(tab.composer, "first")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(tab.composer, "second")
    assert tab.composer.toPlainText() == "first\nsecond"
    QTest.keyClick(tab.composer, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)

    await eventually(lambda: tab.model.rowCount() == 1)
    assert tab.model.message_at(0).body == "first\nsecond"
    await chat.idle()


@pytest.mark.asyncio
async def test_incoming_messages_appear_and_clear_the_typing_indicator(
    chat: Chat,
) -> None:
    tab = await chat.open()

    chat.backend.sink.chat_state_received(
        JULIET.with_resource("balcony"), ChatState.COMPOSING
    )
    await eventually(lambda: "is typing" in tab.header.typing_text)
    assert "Juliet" in tab.header.typing_text
    assert tab.header.typing.isVisible()
    chat.backend.sink.chat_state_received(JULIET, ChatState.PAUSED)
    await eventually(lambda: "stopped typing" in tab.header.typing_text)

    await chat.receive("O Romeo, Romeo!")
    await eventually(lambda: tab.model.rowCount() == 1)

    index = tab.model.index(0)
    assert index.data(MessageRole.BODY) == "O Romeo, Romeo!"
    assert index.data(MessageRole.SENDER_NAME) == "Juliet"
    assert tab.header.typing_text == ""
    assert not tab.header.typing.isVisible()
    await chat.idle()


class RefusingCore:
    """TEST DOUBLE: the real core, except that sending raises ``CoreError``."""

    def __init__(self, core: CoreApi) -> None:
        self._core = core

    def __getattr__(self, name: str) -> Any:
        return getattr(self._core, name)

    async def send_message(self, *_args: object) -> Message:
        raise CoreError(ErrorCode.NOT_CONNECTED, "test")


@pytest.mark.asyncio
async def test_a_refused_send_shows_the_error_and_keeps_the_text(chat: Chat) -> None:
    tab = await chat.open()
    tab.compose._core = cast(CoreApi, RefusingCore(chat.core))

    type_and_send(tab, "Are you there?")
    await eventually(tab.error_label.isVisible)

    assert "not connected" in tab.error_label.text()
    assert tab.composer.toPlainText() == "Are you there?"
    QTest.keyClicks(tab.composer, "!")
    assert not tab.error_label.isVisible()
    await chat.idle()


@pytest.mark.asyncio
async def test_up_edits_the_last_own_message_and_the_row_shows_edited(
    chat: Chat,
) -> None:
    tab = await chat.open()
    type_and_send(tab, "I love thee")
    await eventually(lambda: chat.backend.sent)
    origin = chat.backend.sent[0].origin_id
    await chat.backend.sink.message_state_changed(
        peer=ROMEO, origin_id=origin, state=DeliveryState.SENT
    )
    await eventually(lambda: mark(tab) == "✓")

    QTest.keyClick(tab.composer, Qt.Key.Key_Up)
    assert tab.editing is not None
    assert tab.edit_banner.isVisible()
    assert tab.composer.toPlainText() == "I love thee"
    QTest.keyClicks(tab.composer, " dearly")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)

    await eventually(lambda: last_index(tab).data(MessageRole.EDITED))
    await chat.idle()
    assert last_index(tab).data(MessageRole.BODY) == "I love thee dearly"
    message_id = tab.model.message_at(0).id
    assert ("correct", (message_id, "I love thee dearly")) in chat.backend.calls
    assert not tab.edit_banner.isVisible()
    assert tab.composer.toPlainText() == ""
    assert tab.model.rowCount() == 1
    await chat.idle()


@pytest.mark.asyncio
async def test_escape_cancels_editing_and_a_failed_correction_keeps_the_text(
    chat: Chat,
) -> None:
    tab = await chat.open()
    type_and_send(tab, "Good night")
    await eventually(lambda: chat.backend.sent)
    await chat.backend.sink.message_state_changed(
        peer=ROMEO, origin_id=chat.backend.sent[0].origin_id, state=DeliveryState.SENT
    )
    await eventually(lambda: mark(tab) == "✓")

    QTest.keyClick(tab.composer, Qt.Key.Key_Up)
    QTest.keyClick(tab.composer, Qt.Key.Key_Escape)
    assert tab.editing is None
    assert not tab.edit_banner.isVisible()
    assert tab.composer.toPlainText() == ""

    await chat.core.disconnect_account(chat.account.id)
    await settle()
    QTest.keyClick(tab.composer, Qt.Key.Key_Up)
    QTest.keyClicks(tab.composer, ", good night")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    await eventually(tab.error_label.isVisible)
    assert tab.composer.toPlainText() == "Good night, good night"
    assert editing(tab) is not None
    assert not last_index(tab).data(MessageRole.EDITED)
    await chat.idle()


@pytest.mark.asyncio
async def test_up_does_nothing_without_the_corrections_capability(chat: Chat) -> None:
    tab = await chat.open()
    type_and_send(tab, "Hello")
    await eventually(lambda: chat.backend.sent)
    await chat.backend.sink.message_state_changed(
        peer=ROMEO, origin_id=chat.backend.sent[0].origin_id, state=DeliveryState.SENT
    )
    chat.backend.sink.capabilities_changed(frozenset())
    await settle()

    QTest.keyClick(tab.composer, Qt.Key.Key_Up)

    assert tab.editing is None
    assert not tab.edit_banner.isVisible()
    await chat.idle()


@pytest.mark.asyncio
async def test_a_failed_message_offers_retry_and_retrying_sends_it(chat: Chat) -> None:
    tab = await chat.open()
    chat.backend.fail_sends = True
    type_and_send(tab, "Parting is such sweet sorrow")
    await eventually(
        lambda: last_index(tab).data(MessageRole.STATE) == DeliveryState.FAILED.value
    )
    index = last_index(tab)
    assert mark(tab) == "⚠"
    assert "refused by test" in index.data(MessageRole.ERROR)
    assert "refused by test" in tab.model.state_text(index.data(MessageRole.MESSAGE))

    tab.view.scrollToBottom()
    mark_at = tab.view.message_delegate.geometry(tab.view.visualRect(index), index)
    tip = QHelpEvent(
        QEvent.Type.ToolTip,
        mark_at.mark.center(),
        tab.view.viewport().mapToGlobal(mark_at.mark.center()),
    )
    QApplication.sendEvent(tab.view.viewport(), tip)
    assert "Not sent: " in QToolTip.text()
    assert "refused by test" in QToolTip.text()
    assert not tab.window().grab().isNull()  # paints a failed row
    QToolTip.hideText()

    menu = tab.view.context_menu(index)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert "&Retry" in actions
    chat.backend.fail_sends = False
    actions["&Retry"].trigger()

    await eventually(lambda: chat.backend.sent)
    assert chat.backend.sent[0].body == "Parting is such sweet sorrow"
    assert last_index(tab).data(MessageRole.STATE) == DeliveryState.PENDING.value
    menu.close()
    await chat.idle()


@pytest.mark.asyncio
async def test_typing_sends_composing_paused_active_inactive_and_gone(
    chat: Chat,
) -> None:
    tab = await chat.open()
    tab.states.set_paused_after(30)

    QTest.keyClicks(tab.composer, "Hel")
    await eventually(lambda: ChatState.COMPOSING in states_sent(chat))
    await eventually(lambda: ChatState.PAUSED in states_sent(chat))
    QTest.keyClicks(tab.composer, "lo")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    await eventually(lambda: states_sent(chat)[-1] is ChatState.ACTIVE)
    assert states_sent(chat) == [
        ChatState.COMPOSING,
        ChatState.PAUSED,
        ChatState.COMPOSING,
        ChatState.ACTIVE,
    ]

    await chat.add_contact(Address("nurse", "capulet.example"), "Nurse")
    await chat.open(Address("nurse", "capulet.example"))  # hides Juliet's tab
    await eventually(lambda: states_sent(chat)[-1] is ChatState.INACTIVE)
    window = tab.window()
    assert isinstance(window, ChatWindow)
    window.close_tab(tab)
    await eventually(lambda: states_sent(chat)[-1] is ChatState.GONE)
    await chat.idle()
