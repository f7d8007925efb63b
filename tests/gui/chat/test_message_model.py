# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""MessageListModel: Qt's model tester, incremental changes, history paging."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt

from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ConversationId
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.ui.chat.message_model import MessageListModel
from messenger.ui.chat.message_model import MessageRole
from messenger.ui.chat.message_model import sort_key

JULIET = Address("juliet", "capulet.example")
ROMEO = Address("romeo", "montague.example")
START = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def message(number: int, *, hours: float = 0, outgoing: bool = False) -> Message:
    return Message(
        id=LocalMessageId(number),
        conversation_id=ConversationId(1),
        account_id=AccountId("a"),
        peer=JULIET,
        direction=Direction.OUTGOING if outgoing else Direction.INCOMING,
        sender=ROMEO if outgoing else JULIET,
        body=f"message {number}",
        timestamp=START + timedelta(hours=hours or number),
        state=DeliveryState.SENT if outgoing else DeliveryState.RECEIVED,
    )


class History:
    """TEST DOUBLE of ``core.fetch_history`` over a list (records calls)."""

    def __init__(self, messages: list[Message]) -> None:
        self.messages = sorted(messages, key=sort_key)
        self.calls: list[tuple[LocalMessageId | None, int]] = []

    async def __call__(
        self, before: LocalMessageId | None, limit: int
    ) -> list[Message]:
        self.calls.append((before, limit))
        await asyncio.sleep(0)
        end = len(self.messages)
        if before is not None:
            end = next(i for i, m in enumerate(self.messages) if m.id == before)
        return self.messages[max(0, end - limit) : end]


def new_model(history: History, page_size: int = 10) -> MessageListModel:
    return MessageListModel(
        history,
        lambda m: "Romeo" if m.direction is Direction.OUTGOING else "Juliet",
        page_size=page_size,
    )


def ids(model: MessageListModel) -> list[int]:
    return [m.id for m in model.messages()]


@pytest.mark.asyncio
async def test_model_passes_the_qt_model_tester_with_data(qtmodeltester: Any) -> None:
    history = History([message(n, outgoing=n % 3 == 0) for n in range(1, 31)])
    model = new_model(history)
    await model.load_older()

    qtmodeltester.check(model)  # the tester keeps checking every change below
    model.add_message(message(40))
    model.update_message(replace(message(40), body="changed", edited_at=START))
    model.set_first_unread(LocalMessageId(25))
    await model.load_older()
    model.refresh_senders()

    assert ids(model) == [*range(11, 31), 40]


@pytest.mark.asyncio
async def test_pages_load_oldest_first_until_the_history_ends() -> None:
    history = History([message(n) for n in range(1, 26)])
    model = new_model(history)

    assert model.canFetchMore(QModelIndex())
    assert await model.load_older() == 10
    assert await model.load_older() == 10
    assert await model.load_older() == 5

    assert ids(model) == list(range(1, 26))
    assert history.calls == [
        (None, 10),
        (LocalMessageId(16), 10),
        (LocalMessageId(6), 10),
    ]
    assert not model.has_older
    assert not model.canFetchMore(QModelIndex())


@pytest.mark.asyncio
async def test_fetch_more_starts_one_load_at_a_time_and_honours_the_gate() -> None:
    history = History([message(n) for n in range(1, 26)])
    model = new_model(history)
    allowed = False
    model.set_fetch_gate(lambda: allowed)
    loaded: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_loaded(rows: int) -> None:
        if not loaded.done():
            loaded.set_result(rows)

    model.older_loaded.connect(on_loaded)

    assert not model.canFetchMore(QModelIndex())
    allowed = True
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # already loading: ignored
    async with asyncio.timeout(5):
        assert await loaded == 10
    assert len(history.calls) == 1


@pytest.mark.asyncio
async def test_new_messages_insert_in_order_and_changes_emit_their_roles() -> None:
    history = History([message(n) for n in range(1, 6)])
    model = new_model(history)
    await model.load_older()
    inserted: list[tuple[int, int]] = []
    changed: list[tuple[int, list[int]]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.dataChanged.connect(lambda top, _b, roles: changed.append((top.row(), roles)))

    assert model.add_message(message(7, outgoing=True))
    assert model.add_message(message(6, hours=5.5))  # between 5 and 7
    assert not model.add_message(message(6, hours=5.5))  # known
    sent = model.message_at(6)
    assert model.update_message(replace(sent, state=DeliveryState.READ))

    assert ids(model) == [1, 2, 3, 4, 5, 6, 7]
    assert inserted == [(5, 5), (5, 5)]
    row, roles = changed[-1]
    assert row == 6
    assert MessageRole.STATE in roles
    assert MessageRole.BODY not in roles
    assert model.index(6).data(MessageRole.STATE) == "read"


@pytest.mark.asyncio
async def test_a_message_older_than_the_loaded_ones_waits_for_its_page() -> None:
    history = History([message(n) for n in range(1, 31)])
    model = new_model(history)
    await model.load_older()

    assert not model.add_message(message(99, hours=0.5))  # older than row 0

    assert ids(model) == list(range(21, 31))


@pytest.mark.asyncio
async def test_day_labels_mark_the_first_message_of_each_day() -> None:
    history = History([message(n, hours=n * 10) for n in range(1, 8)])
    model = new_model(history, page_size=3)
    await model.load_older()
    labels = [model.index(r).data(MessageRole.DAY_LABEL) for r in range(3)]
    assert labels[0]  # the top of what is loaded
    first_of_older_page = model.message_at(0)

    changed: list[int] = []
    model.dataChanged.connect(lambda top, _b, roles: changed.append(top.row()))
    await model.load_older()

    days = [m.timestamp.astimezone().date() for m in model.messages()]
    labels = [model.index(r).data(MessageRole.DAY_LABEL) for r in range(6)]
    assert [bool(label) for label in labels] == [
        r == 0 or days[r] != days[r - 1] for r in range(6)
    ]
    assert model.row_of(first_of_older_page.id) in changed  # its label was redone


@pytest.mark.asyncio
async def test_texts_for_display_accessibility_and_tooltips() -> None:
    history = History(
        [message(1), replace(message(2, outgoing=True), body="/me waves")]
    )
    model = new_model(history)
    await model.load_older()
    failed = replace(model.message_at(1), state=DeliveryState.FAILED, error="<b>no</b>")
    model.update_message(failed)

    assert model.index(0).data(Qt.ItemDataRole.DisplayRole) == "Juliet: message 1"
    assert model.index(1).data(Qt.ItemDataRole.DisplayRole) == "* Romeo waves"
    assert model.index(1).data(MessageRole.ACTION)
    accessible = model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Not sent: <b>no</b>" in accessible
    tooltip = model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;no&lt;/b&gt;" in tooltip
    assert "<b>" not in tooltip


@pytest.mark.asyncio
async def test_a_senders_messages_close_together_are_grouped() -> None:
    history = History(
        [
            message(1, hours=1),
            message(2, hours=1.01),  # same sender, a minute later
            message(3, hours=1.02, outgoing=True),  # another sender
            message(4, hours=1.03, outgoing=True),
            message(5, hours=2, outgoing=True),  # an hour later
        ]
    )
    model = new_model(history)
    await model.load_older()

    grouped = [model.index(r).data(MessageRole.GROUPED) for r in range(5)]
    assert grouped == [False, True, False, True, False]

    model.set_first_unread(LocalMessageId(2))  # the "New messages" line splits
    assert not model.index(1).data(MessageRole.GROUPED)
