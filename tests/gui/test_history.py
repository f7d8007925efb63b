# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The history window on a real LocalCore with seeded messages."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from messenger.core.interfaces import IncomingMessage
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import Address
from messenger.ui.aio import signal_future
from messenger.ui.windows.history import PAGE_SIZE
from messenger.ui.windows.history import HistoryRole
from messenger.ui.windows.history import HistoryWindow
from messenger.ui.windows.history import highlight_html
from messenger.ui.windows.history import search_terms
from tests.doubles.cores import memory_core
from tests.doubles.cores import scripted_account

TIMEOUT = 5.0
JULIET = Address("juliet", "capulet.example")
NURSE = Address("nurse", "capulet.example")
TYBALT = Address("tybalt", "capulet.example")
START = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


class Seeded:
    def __init__(self, core: LocalCore, romeo: Account, benvolio: Account) -> None:
        self.core = core
        self.romeo = romeo
        self.benvolio = benvolio


def incoming(peer: Address, body: str, minute: int) -> IncomingMessage:
    return IncomingMessage(
        peer=peer,
        sender=peer.with_resource("r"),
        body=body,
        timestamp=START + timedelta(minutes=minute),
    )


@pytest_asyncio.fixture
async def seeded(tmp_path: Path) -> AsyncIterator[Seeded]:
    core, recorder = await memory_core(tmp_path)
    romeo, backend = await scripted_account(
        core, recorder, display_name="Romeo", contacts={JULIET: "Juliet"}
    )
    benvolio, _ = await scripted_account(core, recorder, "benvolio@montague.example")
    sink = backend.sink
    await sink.messages_received(
        [
            incoming(JULIET, "O Romeo, wherefore art thou Romeo?", 1),
            incoming(JULIET, "What's in a name? That which we call a rose", 2),
            incoming(NURSE, "<script>alert('rose')</script> & the Café", 3),
        ]
    )
    await core.send_message(romeo.id, JULIET, "By a name I know not how to tell thee")
    await recorder.built[benvolio.id].sink.messages_received(
        [incoming(TYBALT, "A rose by any other name", 4)]
    )
    yield Seeded(core, romeo, benvolio)
    await core.close()


async def open_window(qtbot: QtBot, core: LocalCore) -> HistoryWindow:
    window = HistoryWindow(core)
    qtbot.addWidget(window)
    loaded = signal_future(window.loaded)
    window.show()
    async with asyncio.timeout(TIMEOUT):
        await loaded
    return window


async def search(window: HistoryWindow, text: str) -> list[str]:
    ready = signal_future(window.results_ready)
    window.search.setText(text)  # starts the search after a short pause
    async with asyncio.timeout(TIMEOUT):
        await ready
    return bodies(window)


def bodies(window: HistoryWindow) -> list[str]:
    model = window.model
    return [
        str(model.index(row).data(HistoryRole.BODY)) for row in range(model.rowCount())
    ]


def test_terms_are_folded_and_only_word_starts_are_highlighted() -> None:
    assert search_terms("  Café, NAME! ") == ["cafe", "name"]
    assert highlight_html("Café names <b>& therefore", ["cafe", "fore", "name"]) == (
        "<b>Café</b> <b>name</b>s &lt;b&gt;&amp; therefore"
    )
    assert highlight_html("line one\nline two", ["two"]) == (
        "line one<br>line <b>two</b>"
    )


@pytest.mark.asyncio
async def test_search_as_you_type_shows_newest_first_with_highlights(
    qtbot: QtBot, seeded: Seeded, qtmodeltester: Any
) -> None:
    window = await open_window(qtbot, seeded.core)

    assert await search(window, "rose") == [
        "A rose by any other name",
        "<script>alert('rose')</script> & the Café",
        "What's in a name? That which we call a rose",
    ]
    qtmodeltester.check(window.model)
    markup = str(window.model.index(1).data(HistoryRole.HTML))
    assert "&lt;script&gt;alert(&#x27;<b>rose</b>&#x27;)&lt;/script&gt;" in markup
    assert "<script>" not in markup
    assert "nurse@capulet.example" in markup
    first = window.model.index(2)
    assert first.data(HistoryRole.CONTACT) == "Juliet"
    assert first.data(HistoryRole.HTML).startswith("<b>Juliet</b> — ")
    assert window.status.text() == "3 message(s) found"

    assert await search(window, "cafe") == ["<script>alert('rose')</script> & the Café"]
    assert await search(window, "nothing-like-this") == []
    assert window.status.text() == "No messages found."
    assert await search(window, "") == []
    assert window.status.text() == ""


@pytest.mark.asyncio
async def test_the_latest_search_wins(qtbot: QtBot, seeded: Seeded) -> None:
    window = await open_window(qtbot, seeded.core)
    ready = signal_future(window.results_ready)
    window.search.setText("rose")
    window.start_search()
    first = window.search_task
    window.search.setText("wherefore")
    window.start_search()
    async with asyncio.timeout(TIMEOUT):
        await ready
    assert first is not None
    assert first.cancelled()
    assert bodies(window) == ["O Romeo, wherefore art thou Romeo?"]


@pytest.mark.asyncio
async def test_filters_by_account_and_contact(qtbot: QtBot, seeded: Seeded) -> None:
    window = await open_window(qtbot, seeded.core)
    accounts = [
        window.account_filter.itemText(i) for i in range(window.account_filter.count())
    ]
    assert accounts == ["All accounts", "Romeo", "benvolio@montague.example"]
    await search(window, "name")

    ready = signal_future(window.results_ready)
    window.account_filter.setCurrentIndex(1)
    async with asyncio.timeout(TIMEOUT):
        await ready
    assert bodies(window) == [
        "By a name I know not how to tell thee",
        "What's in a name? That which we call a rose",
    ]
    contacts = [
        window.contact_filter.itemText(i) for i in range(window.contact_filter.count())
    ]
    assert contacts == ["All contacts", "Juliet", "nurse@capulet.example"]

    ready = signal_future(window.results_ready)
    window.search.setText("rose")
    window.contact_filter.setCurrentIndex(2)  # the nurse
    async with asyncio.timeout(TIMEOUT):
        await ready
    assert bodies(window) == ["<script>alert('rose')</script> & the Café"]


@pytest.mark.asyncio
async def test_load_more_pages_back(qtbot: QtBot, seeded: Seeded) -> None:
    window = await open_window(qtbot, seeded.core)
    for index in range(60):  # more matches than one page
        await seeded.core.send_message(seeded.romeo.id, JULIET, f"page word {index}")

    assert len(await search(window, "page")) == PAGE_SIZE
    assert window.load_more.isVisible()
    assert window.model.canFetchMore(QModelIndex())

    ready = signal_future(window.results_ready)
    window.load_more.click()
    async with asyncio.timeout(TIMEOUT):
        await ready
    found = bodies(window)
    assert len(found) == 60
    assert found[0] == "page word 59"
    assert found[-1] == "page word 0"
    assert not window.load_more.isVisible()
    assert not window.model.canFetchMore(QModelIndex())


@pytest.mark.asyncio
async def test_activating_a_result_requests_it_and_previews_its_context(
    qtbot: QtBot, seeded: Seeded
) -> None:
    window = await open_window(qtbot, seeded.core)
    await search(window, "rose")
    index = window.model.index(2)  # Juliet's "What's in a name?"
    requested = signal_future(window.message_requested)
    previewed = signal_future(window.preview_ready)

    window.results.scrollTo(index)
    center = window.results.visualRect(index).center()
    viewport = window.results.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=center)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=center)
    async with asyncio.timeout(TIMEOUT):
        conversation_id, message_id = await requested
        await previewed

    assert conversation_id == index.data(HistoryRole.CONVERSATION_ID)
    assert message_id == index.data(HistoryRole.MESSAGE_ID)
    text = window.preview.toPlainText()
    assert "Juliet: O Romeo, wherefore art thou Romeo?" in text
    assert "Juliet: What's in a name? That which we call a rose" in text
    assert "tell thee" not in text  # after it: not part of "up to it"
