# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The Add contact dialog, opened from the Contacts menu."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from messenger.ui.aio import signal_future
from messenger.ui.dialogs.add_contact import AddContactDialog
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import NURSE
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import slots_done


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


def open_dialog(env: Env) -> AddContactDialog:
    env.window.add_contact_action.trigger()
    dialog = env.window.findChild(AddContactDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


@pytest.mark.asyncio
async def test_adding_a_contact_sends_address_name_and_group(env: Env) -> None:
    await env.roster(env.contact(NURSE, "Nurse", "Capulets"))
    dialog = open_dialog(env)
    assert [dialog.account.itemText(i) for i in range(dialog.account.count())] == [
        "Romeo"
    ]
    assert [dialog.group.itemText(i) for i in range(dialog.group.count())] == [
        "",
        "Capulets",
    ]
    dialog.address.setText(" juliet@Capulet.example ")
    dialog.name.setText(" Juliet ")
    dialog.group.setCurrentText("Capulets")
    finished = signal_future(dialog.finished)

    dialog.ok_button.click()
    async with asyncio.timeout(TIMEOUT):
        (result,) = await finished

    assert result == QDialog.DialogCode.Accepted
    assert env.backend.calls[-1] == ("add_contact", (JULIET, "Juliet", ("Capulets",)))


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "Enter the contact's address."),
        ("juliet@capulet.example/balcony", "This is not a valid address."),
        ("juliet capulet", "This is not a valid address."),
        ("capulet.example", "This is not a valid address."),
    ],
)
async def test_an_invalid_address_is_shown_under_the_field(
    env: Env, text: str, problem: str
) -> None:
    dialog = open_dialog(env)
    dialog.address.setText(text)

    dialog.ok_button.click()
    await slots_done(dialog)

    assert dialog.isVisible()
    assert dialog.address_error.isVisible()
    assert dialog.address_error.text().startswith(problem)
    assert not any(c[0] == "add_contact" for c in env.backend.calls)
    dialog.address.textEdited.emit("j")
    assert not dialog.address_error.isVisible()
    dialog.reject()


@pytest.mark.asyncio
async def test_only_connected_accounts_are_offered(env: Env) -> None:
    await env.core.disconnect_account(env.account.id)
    dialog = open_dialog(env)

    assert dialog.account.count() == 0
    assert not dialog.ok_button.isEnabled()
    assert dialog.error.text() == "No connected account can add contacts now."
    dialog.reject()


@pytest.mark.asyncio
async def test_a_failure_stays_in_the_dialog(env: Env) -> None:
    dialog = open_dialog(env)
    dialog.address.setText(str(JULIET))
    await env.core.disconnect_account(env.account.id)

    dialog.ok_button.click()
    await slots_done(dialog)

    assert dialog.isVisible()
    assert dialog.error.text() == "The account is not connected."
    assert dialog.address.isEnabled()  # no longer busy
    dialog.reject()


@pytest.mark.asyncio
async def test_the_dialog_is_keyboard_operable_and_named(env: Env) -> None:
    dialog = open_dialog(env)
    assert dialog.address.hasFocus() or dialog.focusWidget() is dialog.address
    for widget in (dialog.account, dialog.address, dialog.name, dialog.group):
        assert widget.accessibleName()
    assert dialog.ok_button.text() == "&Add contact"
    opened_again = env.window.add_contact_action
    opened_again.trigger()  # a second time: the same dialog
    assert len(env.window.findChildren(AddContactDialog)) == 1
    dialog.reject()
