# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Messages in a right-to-left UI: the row mirrors, the body keeps its direction.

The view is switched to right to left the way an Arabic catalog switches the
whole application (its layout direction); the messages come through the real
core.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from messenger.ui.chat.message_delegate import RowGeometry
from messenger.ui.chat.styling import starts_right_to_left
from messenger.ui.chat.tab import ChatTab
from tests.gui.chat.conftest import Chat
from tests.gui.chat.conftest import settle

RTL = Qt.LayoutDirection.RightToLeft
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"
MARHABA = "مرحبا"


def geometry(tab: ChatTab, row: int) -> tuple[QRect, RowGeometry]:
    index = tab.model.index(row)
    rect = tab.view.visualRect(index)
    return rect, tab.view.message_delegate.geometry(rect, index)


def dark_columns(tab: ChatTab, band: QRect) -> list[int]:
    """The x of every column with near-black pixels in ``band`` (the viewport)."""
    image = tab.view.viewport().grab().toImage()
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    line, data = image.bytesPerLine(), bytes(image.constBits())
    top, bottom = max(band.top(), 0), min(band.bottom(), image.height() - 1)
    return [
        x
        for x in range(band.left(), band.right() + 1)
        if any(data[y * line + x] < 80 for y in range(top, bottom + 1))
    ]


@pytest.mark.asyncio
async def test_the_header_and_a_grouped_row_mirror_right_to_left(chat: Chat) -> None:
    await chat.receive("مرحبا")
    await chat.receive("كيف حالك؟")  # continues the run: no header of its own
    tab = await chat.open()
    ltr = [geometry(tab, row)[1] for row in (0, 1)]

    tab.view.setLayoutDirection(RTL)
    await settle()
    (row, first), (_, grouped) = geometry(tab, 0), geometry(tab, 1)

    # The time and mark go to the left edge, the sender's line to the right.
    assert first.mark.left() == first.header.left() < ltr[0].mark.left()
    assert first.header == ltr[0].header
    # A grouped row: the body at the right, its time and mark left of it.
    assert grouped.body.right() == grouped.header.right()
    assert grouped.mark.left() == grouped.header.left()
    assert grouped.body.width() == ltr[1].body.width()
    assert grouped.body.left() - row.left() == row.right() - ltr[1].body.right()
    await chat.idle()


@pytest.mark.asyncio
async def test_the_sender_name_is_drawn_at_the_right_edge(chat: Chat) -> None:
    await chat.receive("مرحبا")
    tab = await chat.open()
    tab.window().resize(500, 300)
    await settle()
    _, first = geometry(tab, 0)
    name_band = first.header.adjusted(0, 2, 0, -2)
    assert min(dark_columns(tab, name_band)) < first.header.center().x()

    tab.view.setLayoutDirection(RTL)
    await settle()
    _, first = geometry(tab, 0)
    columns = dark_columns(tab, first.header.adjusted(0, 2, 0, -2))
    # Only the (black) name is dark: the time is grey, an incoming row has no mark.
    assert min(columns) > first.header.center().x()
    assert max(columns) >= first.header.right() - 4
    await chat.idle()


@pytest.mark.asyncio
async def test_a_quotation_is_indented_where_its_line_starts(chat: Chat) -> None:
    await chat.receive("> هل ستأتي الليلة؟\nنعم")
    await chat.receive("> Are you coming tonight?\nYes")
    tab = await chat.open()
    delegate = tab.view.message_delegate

    arabic = delegate.document(tab.model.index(0), 400).begin().blockFormat()
    english = delegate.document(tab.model.index(1), 400).begin().blockFormat()

    assert (arabic.rightMargin(), arabic.leftMargin()) == (10, 0)
    assert (english.leftMargin(), english.rightMargin()) == (10, 0)
    await chat.idle()


def test_the_first_strong_character_decides_the_direction() -> None:
    assert starts_right_to_left("> 12 مرحبا hello")
    assert not starts_right_to_left("> 12 hello مرحبا")
    assert not starts_right_to_left("> 12 !")  # no strong character: left to right
    # Text inside an isolate does not count (Unicode bidi rule P2).
    assert not starts_right_to_left(f"{RLI}{MARHABA}{PDI} hello")
    assert starts_right_to_left(f"{LRI}hello{PDI} {MARHABA}")
