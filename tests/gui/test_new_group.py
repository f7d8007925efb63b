# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The New group chat dialog, opened from the Contacts menu.

The account's network is the ``ScriptedBackend`` test double: its
``create_group`` makes up ``<name>@groups.test`` as a real backend makes up its
group's address.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ConversationKind
from messenger.ui.aio import signal_future
from messenger.ui.aio import slot_tasks
from messenger.ui.dialogs.new_group import NewGroupDialog
from messenger.ui.dialogs.new_group import parse_member
from messenger.ui.dialogs.new_group import split_addresses
from messenger.ui.workbench import Workbench
from tests.doubles.backend import ALL_CAPABILITIES
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import MERCUTIO
from tests.gui.buddy_fixtures import NURSE
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import TYBALT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import drained
from tests.gui.buddy_fixtures import slots_done

BENVOLIO = Address("benvolio", "montague.example")
VERONA = Address("Verona", "groups.test")  # what the double makes up


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        await value.roster(
            value.contact(JULIET, "Juliet"),
            value.contact(NURSE, "Nurse"),
            value.contact(MERCUTIO),
        )
        yield value


def open_dialog(env: Env) -> NewGroupDialog:
    assert env.window.new_group_action.isEnabled()
    env.window.new_group_action.trigger()
    dialog = env.window.findChild(NewGroupDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def listed(dialog: NewGroupDialog) -> list[str]:
    """The member list's rows as shown (through the filter)."""
    model = dialog.member_list.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def check(dialog: NewGroupDialog, text: str) -> None:
    """Tick the shown row whose text is ``text``."""
    model = dialog.member_list.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == text:
            model.setData(
                index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
            )
            return
    raise AssertionError(f"{text!r} is not listed")


def create_calls(env: Env) -> list[object]:
    return [args for name, args in env.backend.calls if name == "create_group"]


@pytest.mark.asyncio
async def test_a_group_is_created_with_checked_and_typed_members(env: Env) -> None:
    dialog = open_dialog(env)
    assert [dialog.account.itemText(i) for i in range(dialog.account.count())] == [
        "Romeo"
    ]
    assert listed(dialog) == [
        "Juliet <juliet@capulet.example>",
        "mercutio@montague.example",
        "Nurse <nurse@capulet.example>",
    ]
    dialog.filter.setText("NUR")
    assert listed(dialog) == ["Nurse <nurse@capulet.example>"]
    check(dialog, "Nurse <nurse@capulet.example>")
    dialog.filter.setText("capulet")  # addresses match too
    assert len(listed(dialog)) == 2
    check(dialog, "Juliet <juliet@capulet.example>")
    dialog.filter.clear()
    dialog.name.setText("  Verona ")
    dialog.others.setText(
        " tybalt@capulet.example,benvolio@montague.example; nurse@capulet.example "
    )
    requested = signal_future(env.window.chat_requested)
    finished = signal_future(dialog.finished)

    dialog.ok_button.click()
    async with asyncio.timeout(TIMEOUT):
        (result,) = await finished
        account_id, peer = await requested

    assert result == QDialog.DialogCode.Accepted
    # Checked first (in list order), then typed; Nurse once.
    assert create_calls(env) == [("Verona", (JULIET, NURSE, TYBALT, BENVOLIO))]
    assert (account_id, peer) == (env.account.id, VERONA)
    conversation = await env.core.open_conversation(env.account.id, VERONA)
    assert conversation.kind is ConversationKind.GROUP


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("others", "problem"),
    [
        ("", "Choose at least one member, or enter an address."),
        ("juliet", "\u2068juliet\u2069 is not a valid address."),
        ("juliet@capulet.example/balcony", "\u2068juliet@capulet.example/balcony"),
        ("@capulet.example", "\u2068@capulet.example\u2069 is not a valid address."),
        ("abc@group.invalid", "\u2068abc@group.invalid\u2069 is not a valid address."),
        (
            "nurse@capulet.example, a b@c/d",
            "These are not valid addresses: \u2068a\u2069, \u2068b@c/d\u2069.",
        ),
    ],
)
async def test_wrong_members_are_explained_under_the_field(
    env: Env, others: str, problem: str
) -> None:
    dialog = open_dialog(env)
    dialog.name.setText("Verona")
    dialog.others.setText(others)

    dialog.ok_button.click()
    await slots_done(dialog)

    assert dialog.isVisible()
    assert dialog.members_error.isVisible()
    assert dialog.members_error.text().startswith(problem)
    assert dialog.members_error.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.name_error.isVisible()
    assert create_calls(env) == []
    dialog.others.textEdited.emit("x")
    assert not dialog.members_error.isVisible()
    dialog.reject()


@pytest.mark.asyncio
async def test_a_group_needs_a_name(env: Env) -> None:
    dialog = open_dialog(env)
    check(dialog, "Juliet <juliet@capulet.example>")
    dialog.name.setText("   ")

    dialog.ok_button.click()
    await slots_done(dialog)

    assert dialog.isVisible()
    assert dialog.name_error.isVisible()
    assert dialog.name_error.text() == "Enter a name for the group."
    assert not dialog.members_error.isVisible()
    assert create_calls(env) == []
    dialog.name.textEdited.emit("V")
    assert not dialog.name_error.isVisible()
    dialog.reject()


@pytest.mark.asyncio
async def test_group_chats_are_not_offered_as_members(env: Env) -> None:
    await env.core.create_group(env.account.id, "Verona", [JULIET])
    await env.roster(env.contact(VERONA, "Verona"))
    await drained(env.window)

    dialog = open_dialog(env)

    assert "Verona <Verona@groups.test>" not in listed(dialog)
    assert len(listed(dialog)) == 3
    dialog.reject()


@pytest.mark.asyncio
async def test_a_failure_stays_in_the_dialog(env: Env) -> None:
    dialog = open_dialog(env)
    dialog.name.setText("Verona")
    check(dialog, "Juliet <juliet@capulet.example>")
    await env.core.disconnect_account(env.account.id)

    dialog.ok_button.click()
    await slots_done(dialog)

    assert dialog.isVisible()
    assert dialog.error.text() == "The account is not connected."
    assert dialog.name.isEnabled()  # no longer busy
    assert dialog.member_list.isEnabled()
    dialog.reject()


@pytest.mark.asyncio
async def test_the_action_follows_connected_group_chat_accounts(env: Env) -> None:
    action = env.window.new_group_action
    assert action.isEnabled()
    assert action.text() == "New &group chat…"
    menu = env.window.contacts_menu.actions()
    assert menu.index(env.window.add_contact_action) + 1 == menu.index(action)

    await env.core.disconnect_account(env.account.id)
    await drained(env.window)
    assert not action.isEnabled()

    await env.core.connect_account(env.account.id)
    async with asyncio.timeout(TIMEOUT):
        while not action.isEnabled():  # noqa: ASYNC110 (no signal for it)
            await asyncio.sleep(0.005)


@pytest.mark.asyncio
async def test_accounts_without_group_chats_do_not_enable_it(
    tmp_path: Path, qtbot: QtBot
) -> None:
    without = ALL_CAPABILITIES - {Capability.GROUP_CHAT}
    async with buddy_env(tmp_path, qtbot, capabilities=without) as env:
        assert env.actions.online(env.account.id)
        assert not env.window.new_group_action.isEnabled()
        assert env.actions.group_chat_accounts() == []


@pytest.mark.asyncio
async def test_without_an_account_the_dialog_says_so(env: Env, qtbot: QtBot) -> None:
    dialog = NewGroupDialog(env.core, [], {})
    qtbot.addWidget(dialog)

    assert dialog.account.count() == 0
    assert not dialog.ok_button.isEnabled()
    assert dialog.error.text() == "No connected account can start a group chat now."
    assert listed(dialog) == []


@pytest.mark.asyncio
async def test_the_dialog_is_keyboard_operable_and_named(env: Env) -> None:
    dialog = open_dialog(env)
    assert dialog.focusWidget() is dialog.name or dialog.name.hasFocus()
    for widget in (
        dialog.account,
        dialog.name,
        dialog.filter,
        dialog.member_list,
        dialog.others,
    ):
        assert widget.accessibleName()
    assert dialog.ok_button.text() == "&Start group chat"
    dialog.member_list.setFocus()
    dialog.member_list.setCurrentIndex(dialog.member_list.model().index(1, 0))
    QTest.keyClick(dialog.member_list, Qt.Key.Key_Space)
    assert dialog.checked_members() == [MERCUTIO]
    env.window.new_group_action.trigger()  # a second time: the same dialog
    assert len(env.window.findChildren(NewGroupDialog)) == 1
    dialog.reject()


def test_addresses_split_on_commas_semicolons_and_spaces() -> None:
    assert split_addresses(" a@b.c,d@e.f;\tg@h.i  j@k.l,,") == [
        "a@b.c",
        "d@e.f",
        "g@h.i",
        "j@k.l",
    ]
    assert parse_member("Juliet@Capulet.EXAMPLE") == Address(
        "Juliet", "capulet.example"
    )
    for wrong in ("capulet.example", "a@b/c", "x@group.invalid", "a@@b", "\u202e@b"):
        assert parse_member(wrong) is None, wrong


# The whole way: the dialog's group opens as a group chat tab ----------------------


@pytest.mark.asyncio
async def test_the_new_group_opens_in_a_chat_tab(
    env: Env, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(type(qapp), "quit", lambda *args: None)
    quit_on_last = qapp.quitOnLastWindowClosed()
    workbench = Workbench(env.core, env.window, qapp)
    try:
        await workbench.start(await env.core.snapshot())
        dialog = open_dialog(env)
        dialog.name.setText("Verona")
        check(dialog, "Juliet <juliet@capulet.example>")
        finished = signal_future(dialog.finished)
        dialog.ok_button.click()
        async with asyncio.timeout(TIMEOUT):
            await finished
            # The workbench opens the chat in an async slot: wait for it.
            while not (chats := workbench.chats) or not chats.tabs():  # noqa: ASYNC110
                await asyncio.sleep(0.005)
            while tasks := slot_tasks(workbench):
                await asyncio.gather(*tasks)

        (tab,) = chats.tabs()
        assert tab.peer == VERONA
        assert tab.is_group
        assert tab.header.status.text() == "Group chat"
        assert tab.window().isVisible()
    finally:
        await workbench.close()
        workbench.deleteLater()
        qapp.setQuitOnLastWindowClosed(quit_on_last)
