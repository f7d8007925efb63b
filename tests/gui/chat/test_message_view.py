# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The message view on the real core: rendering, links, paging, scrolling, reading."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import cast

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import QUrl
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QStyleOptionViewItem

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import Message
from messenger.ui.chat.message_model import MessageRole
from messenger.ui.chat.tab import ChatTab
from tests.gui.chat.conftest import JULIET
from tests.gui.chat.conftest import NURSE
from tests.gui.chat.conftest import Chat
from tests.gui.chat.conftest import eventually

RLO, PDF = "\u202e", "\u202c"


def document(tab: ChatTab, row: int) -> QTextDocument:
    index = tab.model.index(row)
    return tab.view.message_delegate.document(index, 400)


def has_image(doc: QTextDocument) -> bool:
    block = doc.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                return True
            iterator += 1
        block = block.next()
    return False


def point_of(tab: ChatTab, row: int, text: str) -> QPoint:
    """Where ``text`` is drawn in the view's viewport (its second character)."""
    index = tab.model.index(row)
    delegate = tab.view.message_delegate
    body = delegate.geometry(tab.view.visualRect(index), index).body
    doc = delegate.document(index, body.width())
    position = doc.toPlainText().index(text) + 1
    block = doc.findBlock(position)
    line = block.layout().lineForTextPosition(position - block.position())
    top = doc.documentLayout().blockBoundingRect(block).top()
    x = cast(tuple[float, int], line.cursorToX(position - block.position()))[0]
    y = top + line.y() + line.height() / 2
    return body.topLeft() + QPoint(int(x), int(y))


async def seed(
    chat: Chat, count: int, *, word: str = "message", read: bool = True
) -> list[Message]:
    """``count`` messages from Juliet, an hour apart, ending now (read)."""
    now = datetime.now(UTC)
    incoming = [
        IncomingMessage(
            peer=JULIET,
            sender=JULIET.with_resource("balcony"),
            body=f"{word} {n}",
            timestamp=now - timedelta(hours=count - n),
        )
        for n in range(count)
    ]
    stored = [m for m in await chat.backend.sink.messages_received(incoming) if m]
    if read:
        await chat.core.mark_read(stored[-1].conversation_id, stored[-1].id)
    return stored


@pytest.mark.asyncio
async def test_hostile_bodies_render_as_text(chat: Chat) -> None:
    body = (
        '<script>alert(1)</script><img src="file:///etc/passwd"> &amp; '
        f"<b>bold?</b> {RLO}txt.exe"
    )
    await chat.receive(body)
    tab = await chat.open()

    doc = document(tab, 0)

    assert doc.toPlainText() == body + PDF
    assert not has_image(doc)
    assert "<img" not in doc.toHtml().replace("&lt;img", "")
    assert "font-weight:700" not in doc.toHtml()
    assert tab.view.message_delegate.links(tab.model.index(0)) == []
    await chat.idle()


@pytest.mark.asyncio
async def test_styling_renders_as_formats(chat: Chat) -> None:
    await chat.receive("*bold* _it_ ~gone~ `code`\n> quoted")
    tab = await chat.open()

    doc = document(tab, 0)
    formats = {}
    block = doc.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            formats[fragment.text()] = fragment.charFormat()
            iterator += 1
        block = block.next()

    assert doc.toPlainText() == "*bold* _it_ ~gone~ `code`\n> quoted"
    assert formats["bold"].fontWeight() >= 700
    assert formats["it"].fontItalic()
    assert formats["gone"].fontStrikeOut()
    assert "monospace" in formats["code"].fontFamilies()
    assert doc.findBlockByNumber(1).blockFormat().leftMargin() > 0
    await chat.idle()


@pytest.mark.asyncio
async def test_only_allowed_links_are_links_and_clicks_open_them(chat: Chat) -> None:
    body = (
        "try javascript:alert(1) or file:///etc/passwd or "
        "https://verona.example/balcony or xmpp:nurse@capulet.example"
    )
    await chat.receive(body)
    tab = await chat.open()
    opened: list[QUrl] = []
    tab.open_url = opened.append
    index = tab.model.index(0)

    assert tab.view.message_delegate.links(index) == [
        "https://verona.example/balcony",
        "xmpp:nurse@capulet.example",
    ]
    viewport = tab.view.viewport()
    for plain in ("javascript:", "file:///"):
        point = point_of(tab, 0, plain)
        assert tab.view.anchor_at(point) == ""
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    point = point_of(tab, 0, "https://verona")
    assert tab.view.anchor_at(point) == "https://verona.example/balcony"
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)

    assert [url.toString() for url in opened] == ["https://verona.example/balcony"]

    # An xmpp: link to someone opens that chat here, not on the desktop.
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point_of(tab, 0, "xmpp:"))
    await eventually(lambda: len(chat.chats.tabs()) == 2)
    assert {t.peer for t in chat.chats.tabs()} == {JULIET, NURSE}
    assert len(opened) == 1
    menu = tab.view.context_menu(index)
    texts = [a.text() for a in menu.actions()]
    assert "Open https://verona.example/balcony" in texts
    assert not any("javascript" in text for text in texts)
    menu.close()
    await chat.idle()


@pytest.mark.asyncio
async def test_copy_puts_the_message_text_on_the_clipboard(chat: Chat) -> None:
    await chat.receive("first <line>")
    await chat.receive("second")
    tab = await chat.open()

    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0))
    QTest.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "first <line>"

    tab.view.selectAll()
    tab.view.copy_selection()
    assert QGuiApplication.clipboard().text() == "Juliet: first <line>\nJuliet: second"
    await chat.idle()


@pytest.mark.asyncio
async def test_the_menu_key_opens_the_current_messages_menu(chat: Chat) -> None:
    await chat.receive("see https://verona.example/")
    tab = await chat.open()
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0))

    origin = QPoint(0, 0)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, origin, origin)
    QApplication.sendEvent(tab.view.viewport(), event)

    menu = tab.view.findChild(QMenu)
    assert menu is not None
    assert menu.isVisible()
    assert [a.text() for a in menu.actions() if a.text()] == [
        "&Copy text",
        "Open https://verona.example/",
        "Copy https://verona.example/",
    ]
    menu.close()
    await chat.idle()


@pytest.mark.asyncio
async def test_scrolling_up_loads_older_pages_in_order_keeping_the_position(
    chat: Chat,
) -> None:
    seeded = await seed(chat, 200)
    tab = await chat.open()
    view, model = tab.view, tab.model
    assert model.rowCount() == 50
    assert view.is_at_bottom()
    assert not model.canFetchMore(QModelIndex())  # at the bottom: no load

    for expected in (100, 150, 200):
        top_id = model.message_at(0).id
        view.verticalScrollBar().setValue(0)

        def loaded(rows: int = expected) -> bool:
            return model.rowCount() == rows and not model.loading

        await eventually(loaded)
        # The message that was at the top is still where it was.
        index = model.index(model.row_of(top_id))
        assert abs(view.visualRect(index).top()) <= 4

    assert [m.id for m in model.messages()] == [m.id for m in seeded]
    view.verticalScrollBar().setValue(1)  # one more look finds nothing older
    view.verticalScrollBar().setValue(0)
    await eventually(lambda: not model.has_older)
    assert model.rowCount() == 200
    days = [model.index(r).data(MessageRole.DAY_LABEL) for r in range(200)]
    assert sum(1 for label in days if label) >= 8  # 200 hours: 9 or 10 days
    await chat.idle()


@pytest.mark.asyncio
async def test_new_messages_scroll_into_view_only_at_the_bottom(chat: Chat) -> None:
    await seed(chat, 60)
    tab = await chat.open()
    bar = tab.view.verticalScrollBar()
    assert tab.view.is_at_bottom()

    rows = tab.model.rowCount()

    await chat.receive("at the bottom")
    await eventually(lambda: tab.model.rowCount() == rows + 1)
    assert tab.view.is_at_bottom()

    bar.setValue(bar.maximum() - tab.view.viewport().height())
    await chat.idle()
    position = bar.value()
    await chat.receive("while reading")
    await eventually(lambda: tab.model.rowCount() == rows + 2)
    assert bar.value() == position
    assert not tab.view.is_at_bottom()
    await chat.idle()


@pytest.mark.asyncio
async def test_a_visible_chat_marks_incoming_messages_read(chat: Chat) -> None:
    tab = await chat.open()
    assert tab.is_seen()

    message = await chat.receive("Art thou not Romeo?")
    await eventually(lambda: ("read_marker", message.id) in chat.backend.calls)

    snapshot = await chat.core.snapshot()
    (conversation,) = snapshot.conversations
    assert conversation.read_up_to == message.id
    assert conversation.unread_count == 0
    assert chat.chats.unread_count(tab.conversation_id) == 0
    await chat.idle()


@pytest.mark.asyncio
async def test_a_hidden_chat_counts_unread_and_reads_when_shown(chat: Chat) -> None:
    tab = await chat.open()
    nurse = await chat.open(NURSE)
    counts: list[tuple[int, int]] = []
    chat.chats.unread_changed.connect(lambda c, n: counts.append((c, n)))

    message = await chat.receive("Romeo, come forth")
    await eventually(lambda: tab.unread_count == 1)
    assert counts[-1] == (tab.conversation_id, 1)
    assert tab.window().windowTitle() == nurse.title()
    window = tab.window()
    index = window.tabs.indexOf(tab)  # type: ignore[attr-defined]
    assert window.tabs.tabText(index) == "Juliet (1)"  # type: ignore[attr-defined]
    assert tab.model.first_unread == message.id
    assert not chat.chats.is_focused(tab.conversation_id)
    assert chat.chats.is_focused(nurse.conversation_id)

    await chat.chats.open_chat(chat.account.id, JULIET)
    await eventually(lambda: tab.unread_count == 0)
    assert chat.chats.is_focused(tab.conversation_id)
    assert counts[-1] == (tab.conversation_id, 0)
    assert window.tabs.tabText(index) == "Juliet"  # type: ignore[attr-defined]
    await chat.idle()


@pytest.mark.asyncio
async def test_the_new_messages_line_marks_the_first_unread_on_opening(
    chat: Chat,
) -> None:
    read = await chat.receive("read before")
    tab = await chat.open()
    await eventually(lambda: ("read_marker", read.id) in chat.backend.calls)
    await chat.idle()
    tab.window().close()
    await chat.idle()

    first = await chat.receive("unread one")
    await chat.receive("unread two")
    tab = await chat.open()

    assert tab.model.first_unread == first.id
    flags = [tab.model.index(r).data(MessageRole.FIRST_UNREAD) for r in range(3)]
    assert flags == [False, True, False]
    option = QStyleOptionViewItem()
    delegate = tab.view.message_delegate
    size = delegate.sizeHint(option, tab.model.index(1))
    plain = delegate.sizeHint(option, tab.model.index(2))
    assert size.height() > plain.height()  # the line takes room
    await chat.idle()
