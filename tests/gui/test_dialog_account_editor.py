# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The account editor: names, password, enabled, XMPP settings, removal."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from messenger.core.model import ProtocolKind
from messenger.ui.aio import signal_future
from messenger.ui.dialogs.account_editor import AccountEditorDialog
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import settle
from tests.gui.buddy_fixtures import slots_done


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


def open_editor(env: Env) -> AccountEditorDialog:
    menu = env.window.accounts_menu
    menu.aboutToShow.emit()
    menu.actions()[0].trigger()
    dialog = env.window.findChild(AccountEditorDialog)
    assert dialog is not None
    return dialog


async def save(dialog: AccountEditorDialog) -> int:
    finished = signal_future(dialog.finished)
    dialog.ok_button.click()
    async with asyncio.timeout(TIMEOUT):
        (result,) = await finished
    return int(result)


@pytest.mark.asyncio
async def test_the_editor_shows_the_account(env: Env) -> None:
    dialog = open_editor(env)
    assert dialog.address.text() == "romeo@montague.example"
    assert dialog.address.textFormat() == Qt.TextFormat.PlainText
    assert dialog.display_name.text() == "Romeo"
    assert dialog.password.text() == ""
    assert dialog.enabled.isChecked()
    assert dialog.port.value() == 0
    assert dialog.port.text() == "Automatic"
    assert dialog.host.isVisibleTo(dialog)
    for widget in (dialog.display_name, dialog.password, dialog.host, dialog.port):
        assert widget.accessibleName()
    dialog.reject()


@pytest.mark.asyncio
async def test_saving_connection_settings_and_a_new_password(env: Env) -> None:
    dialog = open_editor(env)
    dialog.display_name.setText("Romeo M.")
    dialog.host.setText(" xmpp.montague.example ")
    dialog.port.setValue(5223)
    dialog.direct_tls.setChecked(True)
    dialog.resource.setText("laptop")
    dialog.password.setText("new-secret-9")

    assert await save(dialog) == QDialog.DialogCode.Accepted
    await settle()

    account = (await env.core.snapshot()).accounts[0]
    assert account.display_name == "Romeo M."
    assert account.settings == {
        "host": "xmpp.montague.example",
        "port": 5223,
        "direct_tls": True,
        "resource": "laptop",
    }
    assert await env.backend.context.get_password() == "new-secret-9"


@pytest.mark.asyncio
async def test_clearing_a_setting_makes_it_automatic_again(env: Env) -> None:
    account = (await env.core.snapshot()).accounts[0]
    await env.core.update_account(
        type(account)(
            id=account.id,
            protocol=account.protocol,
            address=account.address,
            display_name=account.display_name,
            settings={"host": "old.example", "port": 5222, "pinned_fingerprint": "AB"},
        )
    )
    dialog = open_editor(env)
    assert dialog.host.text() == "old.example"
    dialog.host.clear()
    dialog.port.setValue(0)

    await save(dialog)

    account = (await env.core.snapshot()).accounts[0]
    assert account.settings == {"pinned_fingerprint": "AB"}  # others untouched


@pytest.mark.asyncio
async def test_disabling_the_account_disconnects_it(env: Env) -> None:
    dialog = open_editor(env)
    dialog.enabled.setChecked(False)

    await save(dialog)

    snapshot = await env.core.snapshot()
    assert not snapshot.accounts[0].enabled
    assert snapshot.statuses[0].state.value == "offline"


@pytest.mark.asyncio
async def test_removing_asks_and_can_delete_the_history(env: Env) -> None:
    dialog = open_editor(env)
    dialog.remove.click()
    box = dialog.confirmation
    assert box is not None
    assert box.isVisible()
    assert "Romeo" in box.text()
    assert dialog.delete_history is not None
    assert box.checkBox() is dialog.delete_history
    assert not dialog.delete_history.isChecked()
    dialog.delete_history.setChecked(True)
    removed: list[str] = []
    dialog.account_removed.connect(removed.append)
    assert env.window.bridge is not None
    event = signal_future(env.window.bridge.account_removed)
    finished = signal_future(dialog.finished)

    box.button(QMessageBox.StandardButton.Yes).click()
    async with asyncio.timeout(TIMEOUT):
        await finished

    assert removed == [env.account.id]
    assert (await event)[0].history_deleted is True
    assert (await env.core.snapshot()).accounts == ()
    assert env.window.pages.currentWidget() is env.window.welcome


@pytest.mark.asyncio
async def test_cancelling_the_removal_keeps_the_account(env: Env) -> None:
    dialog = open_editor(env)
    dialog.remove.click()
    box = dialog.confirmation
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    await slots_done(dialog)

    assert dialog.isVisible()
    assert len((await env.core.snapshot()).accounts) == 1
    dialog.reject()


@pytest.mark.asyncio
async def test_an_e_mail_account_has_no_xmpp_settings(env: Env, qtbot: QtBot) -> None:
    account = await env.core.add_account(ProtocolKind.EMAIL, "romeo@mail.example")
    dialog = AccountEditorDialog(env.core, account)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.host.isVisibleTo(dialog)
    assert not dialog.direct_tls.isVisibleTo(dialog)
    dialog.reject()
