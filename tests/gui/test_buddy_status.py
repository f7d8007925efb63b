# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The own status selector at the bottom of the buddy list."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from messenger.core.model import Show
from messenger.ui.widgets.status_selector import SHOW_ORDER
from messenger.ui.widgets.status_selector import StatusSelector
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import drained


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


def selector(env: Env) -> StatusSelector:
    assert env.window.status_selector is not None
    return env.window.status_selector


def choose(selector: StatusSelector, show: Show) -> None:
    """What picking an entry with the mouse or keyboard does."""
    index = selector.show_box.findData(show.value)
    selector.show_box.setCurrentIndex(index)
    selector.show_box.activated.emit(index)


def type_message(selector: StatusSelector, text: str) -> None:
    edit = selector.message_edit
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.asyncio
async def test_the_selector_offers_every_presence_and_shows_the_current_one(
    env: Env,
) -> None:
    box = selector(env).show_box
    assert [box.itemData(i) for i in range(box.count())] == [
        s.value for s in SHOW_ORDER
    ]
    assert [box.itemText(i) for i in range(box.count())] == [
        "Available",
        "Free for chat",
        "Away",
        "Extended away",
        "Do not disturb",
        "Offline",
    ]
    assert all(not box.itemIcon(i).isNull() for i in range(box.count()))
    assert box.currentData() == "available"
    assert box.accessibleName() == "Your status"
    assert selector(env).message.accessibleName() == "Status message"


@pytest.mark.asyncio
async def test_choosing_a_presence_sets_it_on_the_network(env: Env) -> None:
    choose(selector(env), Show.DND)
    await drained(env.window)

    assert (await env.core.snapshot()).own_presence.show is Show.DND
    assert env.backend.presence is not None
    assert env.backend.presence.show is Show.DND


@pytest.mark.asyncio
async def test_enter_in_the_message_sets_it_and_remembers_it(env: Env) -> None:
    choose(selector(env), Show.AWAY)
    await drained(env.window)

    type_message(selector(env), "At the ball")
    await drained(env.window)

    snapshot = await env.core.snapshot()
    assert snapshot.own_presence.show is Show.AWAY
    assert snapshot.own_presence.status == "At the ball"
    assert snapshot.settings["recent_status_messages"] == ["At the ball"]
    assert selector(env).recent_messages() == ["At the ball"]


@pytest.mark.asyncio
async def test_recent_messages_are_ten_at_most_newest_first_without_repeats(
    env: Env,
) -> None:
    for number in range(12):
        type_message(selector(env), f"message {number}")
        await drained(env.window)
    type_message(selector(env), "message 5")
    await drained(env.window)

    recent = (await env.core.snapshot()).settings["recent_status_messages"]
    assert recent == [
        "message 5",
        *(f"message {n}" for n in (11, 10, 9, 8, 7, 6, 4, 3, 2)),
    ]
    assert selector(env).recent_messages() == recent


@pytest.mark.asyncio
async def test_picking_a_recent_message_sets_it(env: Env) -> None:
    await env.core.set_setting("recent_status_messages", ["Out", "In the garden"])
    assert selector(env).recent_messages() == ["Out", "In the garden"]

    selector(env).message.activated.emit(1)
    await drained(env.window)

    assert (await env.core.snapshot()).own_presence.status == "In the garden"


@pytest.mark.asyncio
async def test_the_effective_presence_shows_auto_away(env: Env) -> None:
    await asyncio.sleep(0.02)
    await env.core.set_setting("auto_away_minutes", 0.0001)  # 6 ms of idling
    await drained(env.window)

    assert selector(env).show_box.currentData() == "away"
    assert selector(env).automatic.isVisible()
    assert "automatically" in selector(env).automatic.text()
    choose(selector(env), Show.AVAILABLE)  # choosing is activity
    await env.core.set_setting("auto_away_minutes", 0)
    await drained(env.window)
    assert selector(env).show_box.currentData() == "available"
    assert not selector(env).automatic.isVisible()


@pytest.mark.asyncio
async def test_another_ui_changing_the_presence_updates_the_selector(
    env: Env,
) -> None:
    selector(env).message_edit.clearFocus()
    await env.core.set_presence(Show.XA, "Gone to Mantua")
    assert selector(env).show_box.currentData() == "xa"
    assert selector(env).message.currentText() == "Gone to Mantua"
