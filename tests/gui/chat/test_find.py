# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Find in conversation: Ctrl+F, loaded matches first, then older ones from search."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import Message
from messenger.ui.chat.find_bar import fold
from messenger.ui.chat.find_bar import matches
from messenger.ui.chat.tab import ChatTab
from tests.gui.chat.conftest import JULIET
from tests.gui.chat.conftest import Chat
from tests.gui.chat.conftest import eventually


async def seed(chat: Chat, bodies: list[str]) -> list[Message]:
    now = datetime.now(UTC)
    incoming = [
        IncomingMessage(
            peer=JULIET,
            sender=JULIET.with_resource("balcony"),
            body=body,
            timestamp=now - timedelta(minutes=len(bodies) - n),
        )
        for n, body in enumerate(bodies)
    ]
    stored = [m for m in await chat.backend.sink.messages_received(incoming) if m]
    await chat.core.mark_read(stored[-1].conversation_id, stored[-1].id)
    return stored


def current_body(tab: ChatTab) -> str:
    return str(tab.view.currentIndex().data(Qt.ItemDataRole.DisplayRole))


def test_matching_ignores_case_and_accents() -> None:
    assert fold("Ça Café") == "ca cafe"
    assert matches("Meet me at the CAFÉ, love", ("cafe", "LOVE"))
    assert not matches("Meet me at the café", ("cafe", "tonight"))
    assert not matches("anything", ())


@pytest.mark.asyncio
async def test_find_goes_back_through_loaded_and_older_messages(chat: Chat) -> None:
    bodies = [f"line {n}" for n in range(120)]
    bodies[5] = "an old needle"
    bodies[100] = "a new Needle"
    bodies[110] = "the newest nëedle"
    stored = await seed(chat, bodies)
    tab = await chat.open()
    assert tab.model.row_of(stored[5].id) == -1  # not loaded yet

    QTest.keyClick(tab.composer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.find_bar.isVisible()
    assert tab.find_bar.edit.hasFocus()
    QTest.keyClicks(tab.find_bar.edit, "needle")
    await eventually(lambda: tab.finder.current == stored[110].id)
    assert current_body(tab) == "Juliet: the newest nëedle"

    QTest.keyClick(tab.find_bar.edit, Qt.Key.Key_Return)
    await eventually(lambda: tab.finder.current == stored[100].id)
    QTest.keyClick(tab.find_bar.edit, Qt.Key.Key_Return)
    await eventually(lambda: tab.finder.current == stored[5].id)
    assert current_body(tab) == "Juliet: an old needle"
    assert tab.model.row_of(stored[5].id) >= 0  # history loaded up to it

    QTest.keyClick(tab.find_bar.edit, Qt.Key.Key_Return)
    await eventually(lambda: tab.find_bar.status.text() == "No older matches")
    QTest.keyClick(
        tab.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier
    )
    await eventually(lambda: tab.finder.current == stored[100].id)
    await chat.idle()


@pytest.mark.asyncio
async def test_matches_are_highlighted_until_the_bar_closes(chat: Chat) -> None:
    await seed(chat, ["find the needle here", "nothing"])
    tab = await chat.open()
    tab.find_action.trigger()

    QTest.keyClicks(tab.find_bar.edit, "needle")
    await eventually(lambda: tab.finder.current is not None)

    delegate = tab.view.message_delegate

    def highlight() -> tuple[str, ...]:
        return delegate.highlight

    assert highlight() == ("needle",)
    doc = delegate.document(tab.model.index(0), 300)
    cursor = doc.find("needle")
    cursor.setPosition(cursor.selectionStart() + 1)
    assert cursor.charFormat().background().color() == QColor("#ffd54f")

    QTest.keyClick(tab.find_bar.edit, Qt.Key.Key_Escape)
    assert not tab.find_bar.isVisible()
    assert highlight() == ()
    assert tab.composer.hasFocus()
    await chat.idle()


@pytest.mark.asyncio
async def test_no_match_says_so(chat: Chat) -> None:
    await seed(chat, ["hello", "world"])
    tab = await chat.open()
    tab.find_bar.open_bar()

    QTest.keyClicks(tab.find_bar.edit, "absent")

    await eventually(lambda: tab.find_bar.status.text() == "No matches")
    assert tab.finder.current is None
    await chat.idle()
