# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Jumping to a message (a history search result) in a chat tab."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta

import pytest

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import Direction
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.ui.chat.message_model import MessageRole
from messenger.ui.chat.tab import ChatTab
from tests.gui.chat.conftest import JULIET
from tests.gui.chat.conftest import Chat
from tests.gui.chat.conftest import eventually

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


async def seed(chat: Chat, count: int = 300) -> list[Message]:
    """``count`` read messages from Juliet, a minute apart (in fast batches)."""
    stored: list[Message | None] = []
    for start in range(0, count, 25):
        stored += await chat.backend.sink.messages_received(
            [
                IncomingMessage(
                    peer=JULIET,
                    sender=JULIET.with_resource("balcony"),
                    body=f"m{i}",
                    timestamp=T0 + timedelta(minutes=i),
                )
                for i in range(start, min(start + 25, count))
            ]
        )
    messages = [m for m in stored if m is not None]
    assert len(messages) == count
    # Read: a chat opens with every unread message loaded (up to 500).
    await chat.core.mark_read(messages[0].conversation_id, messages[-1].id)
    return messages


def ids(tab: ChatTab) -> list[LocalMessageId]:
    return [m.id for m in tab.model.messages()]


def has_newer(tab: ChatTab) -> bool:
    return tab.model.has_newer


def has_older(tab: ChatTab) -> bool:
    return tab.model.has_older


def assert_shown(tab: ChatTab, message: Message) -> None:
    index = tab.view.currentIndex()
    assert index.data(MessageRole.MESSAGE_ID) == message.id
    assert tab.view.selectionModel().isSelected(index)
    assert tab.view.viewport().rect().intersects(tab.view.visualRect(index))


@pytest.mark.asyncio
async def test_jump_to_message_50_loads_its_context(chat: Chat) -> None:
    stored = await seed(chat)
    target = stored[49]
    tab = await chat.chats.show_message(target.conversation_id, target.id)
    await chat.idle()
    assert_shown(tab, target)
    assert ids(tab)[0] == stored[0].id  # all 49 older ones came with it
    assert not has_older(tab)
    assert has_newer(tab)
    assert ids(tab) == [m.id for m in stored[: len(ids(tab))]]

    # Highlighted briefly.
    tab._highlight_timer.timeout.emit()
    assert not tab.view.selectionModel().selectedRows()


@pytest.mark.asyncio
async def test_after_a_jump_paging_both_ways_and_live_messages(chat: Chat) -> None:
    stored = await seed(chat)
    tab = await chat.open()  # open at the newest first: the jump replaces them
    assert ids(tab)[-1] == stored[-1].id
    target = stored[149]
    assert await chat.chats.show_message(target.conversation_id, target.id) is tab
    await chat.idle()
    assert_shown(tab, target)
    assert ids(tab) == [m.id for m in stored[99:200]]
    assert has_older(tab)
    assert has_newer(tab)

    # A live message does not land in the gap after the loaded window.
    live = await chat.receive("live one", stamp=T0 + timedelta(days=1))
    await chat.idle()
    assert live.id not in ids(tab)

    # Older: a page before the window.
    assert await tab.model.load_older() == 50
    assert ids(tab)[0] == stored[49].id

    # Newer: scrolling to the bottom loads pages until the live end.
    for _ in range(10):
        if not has_newer(tab):
            break
        tab.view.scrollToBottom()
        await chat.idle()
    assert not has_newer(tab)
    assert ids(tab) == [m.id for m in stored[49:]] + [live.id]
    assert len(set(ids(tab))) == len(ids(tab))

    # From now on live messages are appended again.
    second = await chat.receive("live two", stamp=T0 + timedelta(days=2))
    await chat.idle()
    assert ids(tab)[-1] == second.id


@pytest.mark.asyncio
async def test_sending_after_a_jump_goes_back_to_the_newest(chat: Chat) -> None:
    stored = await seed(chat)
    target = stored[100]
    tab = await chat.chats.show_message(target.conversation_id, target.id)
    await chat.idle()
    assert has_newer(tab)
    sent = await chat.core.send_message(chat.account.id, JULIET, "back to now")
    await eventually(lambda: sent.id in ids(tab))
    await chat.idle()
    assert not has_newer(tab)
    assert ids(tab)[-2:] == [stored[-1].id, sent.id]
    assert tab.model.messages()[-1].direction is Direction.OUTGOING


@pytest.mark.asyncio
async def test_jump_to_a_loaded_message_keeps_the_rows(chat: Chat) -> None:
    stored = await seed(chat, 20)
    tab = await chat.open()
    before = ids(tab)
    await chat.chats.show_message(stored[3].conversation_id, stored[3].id)
    await chat.idle()
    assert ids(tab) == before
    assert_shown(tab, stored[3])
    assert not has_newer(tab)


@pytest.mark.asyncio
async def test_jump_to_an_unknown_message_shows_the_newest(chat: Chat) -> None:
    stored = await seed(chat, 120)
    tab = await chat.chats.show_message(
        stored[0].conversation_id, LocalMessageId(10_000)
    )
    await chat.idle()
    assert ids(tab)[-1] == stored[-1].id
    assert not has_newer(tab)
