# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The block list dialog: per account, live, unblock, block."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from pytestqt.qtbot import QtBot

from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.ui.dialogs.block_list import BlockListDialog
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import TYBALT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import slots_done


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


def open_dialog(env: Env) -> BlockListDialog:
    env.window.block_list_action.trigger()
    dialog = env.window.findChild(BlockListDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


@pytest.mark.asyncio
async def test_the_list_shows_the_account_s_blocked_addresses_live(env: Env) -> None:
    env.sink.block_list_received([TYBALT])
    dialog = open_dialog(env)
    assert dialog.account.currentText() == "Romeo"
    assert dialog.blocked_addresses() == ["tybalt@capulet.example"]

    env.sink.block_list_received([TYBALT, Address("paris", "verona.example")])

    assert dialog.blocked_addresses() == [
        "paris@verona.example",
        "tybalt@capulet.example",
    ]
    dialog.reject()


@pytest.mark.asyncio
async def test_unblock_the_selected_address(env: Env) -> None:
    env.sink.block_list_received([TYBALT])
    dialog = open_dialog(env)
    assert not dialog.unblock.isEnabled()
    dialog.list.setCurrentRow(0)
    assert dialog.unblock.isEnabled()

    dialog.unblock.click()
    await slots_done(dialog)

    assert env.backend.calls[-1] == ("set_blocked", (TYBALT, False))
    dialog.reject()


@pytest.mark.asyncio
async def test_block_a_typed_address(env: Env) -> None:
    dialog = open_dialog(env)
    dialog.address.setText(" juliet@capulet.example/balcony ")

    dialog.block.click()
    await slots_done(dialog)

    assert env.backend.calls[-1] == ("set_blocked", (JULIET, True))
    assert dialog.address.text() == ""
    dialog.address.setText("not an address")
    dialog.block.click()
    await slots_done(dialog)
    assert dialog.error.text().startswith("This is not a valid address.")
    dialog.reject()


@pytest.mark.asyncio
async def test_a_failure_is_shown(env: Env) -> None:
    dialog = open_dialog(env)
    await env.core.disconnect_account(env.account.id)
    dialog.address.setText(str(JULIET))
    dialog.block.click()
    await slots_done(dialog)
    assert dialog.error.text() == "The account is not connected."
    assert dialog.address.text() == str(JULIET)
    dialog.reject()


@pytest_asyncio.fixture
async def no_blocking_env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot, capabilities={Capability.PRESENCE}) as value:
        yield value


@pytest.mark.asyncio
async def test_accounts_that_cannot_block_are_not_offered(
    no_blocking_env: Env,
) -> None:
    dialog = open_dialog(no_blocking_env)
    assert dialog.account.count() == 0
    assert dialog.blocked_addresses() == []
    dialog.reject()
