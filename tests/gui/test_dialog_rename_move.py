# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The Rename and Move to group dialogs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from pytestqt.qtbot import QtBot

from messenger.core.model import Capability
from messenger.ui.aio import signal_future
from messenger.ui.dialogs.move_to_group import MoveToGroupDialog
from messenger.ui.dialogs.move_to_group import moved_groups
from messenger.ui.dialogs.rename_contact import RenameContactDialog
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import slots_done


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


def test_moved_groups_replaces_the_group_it_came_from() -> None:
    assert moved_groups(("A", "B"), "A", "C") == ("B", "C")
    assert moved_groups(("A", "B"), "A", "") == ("B",)
    assert moved_groups((), "", "C") == ("C",)
    assert moved_groups(("A", "B"), "A", "B") == ("B",)
    assert moved_groups(("A",), "A", "") == ()


@pytest.mark.asyncio
async def test_renaming_to_nothing_shows_the_address_again(
    env: Env, qtbot: QtBot
) -> None:
    juliet = env.contact(JULIET, "Juliet")
    await env.roster(juliet)
    dialog = RenameContactDialog(env.core, juliet)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.name.placeholderText() == "juliet@capulet.example"
    dialog.name.clear()
    finished = signal_future(dialog.finished)

    dialog.ok_button.click()
    async with asyncio.timeout(TIMEOUT):
        await finished

    assert env.backend.calls[-1] == ("update_contact", (JULIET, "", ()))


@pytest.mark.asyncio
async def test_move_to_no_group(env: Env, qtbot: QtBot) -> None:
    juliet = env.contact(JULIET, "Juliet", "Love")
    await env.roster(juliet)
    dialog = MoveToGroupDialog(env.core, juliet, "Love", ["Capulets", "Love"])
    qtbot.addWidget(dialog)
    dialog.open()
    assert [dialog.group.itemText(i) for i in range(dialog.group.count())] == [
        "",
        "Capulets",
    ]
    finished = signal_future(dialog.finished)

    dialog.ok_button.click()
    async with asyncio.timeout(TIMEOUT):
        await finished

    assert env.backend.calls[-1] == ("update_contact", (JULIET, "Juliet", ()))


@pytest_asyncio.fixture
async def no_groups_env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    capabilities = {Capability.PRESENCE, Capability.CONTACT_ALIASES}
    async with buddy_env(tmp_path, qtbot, capabilities=capabilities) as value:
        yield value


@pytest.mark.asyncio
async def test_an_unsupported_move_is_explained(
    no_groups_env: Env, qtbot: QtBot
) -> None:
    env = no_groups_env
    juliet = env.contact(JULIET, "Juliet")
    await env.roster(juliet)
    dialog = MoveToGroupDialog(env.core, juliet, "", [])
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.group.setCurrentText("Capulets")

    dialog.ok_button.click()
    await slots_done(dialog)

    assert dialog.error.text() == "The account's server does not support this."
    dialog.reject()
