# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A contact's context menu: what it offers, and the commands it sends."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from messenger.core.model import Capability
from messenger.core.model import Contact
from messenger.core.model import Subscription
from messenger.ui.aio import signal_future
from messenger.ui.dialogs.contact_info import ContactInfoDialog
from messenger.ui.dialogs.move_to_group import MoveToGroupDialog
from messenger.ui.dialogs.rename_contact import RenameContactDialog
from messenger.ui.widgets.contact_menu import ContactAction
from messenger.ui.widgets.contact_menu import ContactMenu
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import NURSE
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import drained
from tests.gui.buddy_fixtures import slots_done
from tests.gui.buddy_fixtures import visible_rows


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


@pytest_asyncio.fixture
async def bare_env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    """An account that can only chat and keep a list (no groups, aliases, ...)."""
    async with buddy_env(tmp_path, qtbot, capabilities={Capability.PRESENCE}) as value:
        yield value


def menu_of(env: Env, contact: Contact, group: str | None = None) -> ContactMenu:
    menu = env.actions.menu_for(env.index(contact.address, group))
    assert menu is not None
    return menu


def offered(menu: ContactMenu) -> list[ContactAction]:
    return [ContactAction(a.data()) for a in menu.actions() if not a.isSeparator()]


def trigger(menu: ContactMenu, kind: ContactAction) -> None:
    action = menu.action_for(kind)
    assert action is not None, f"{kind} is not offered"
    assert action.isEnabled()
    action.trigger()


@pytest.mark.asyncio
async def test_the_menu_offers_what_the_account_can_do(env: Env) -> None:
    juliet = Contact(
        account_id=env.account.id,
        address=JULIET,
        name="Juliet",
        subscription=Subscription.FROM,
        pending_in=True,
    )
    await env.roster(juliet)

    assert offered(menu_of(env, juliet)) == [
        ContactAction.CHAT,
        ContactAction.INFO,
        ContactAction.RENAME,
        ContactAction.MOVE,
        ContactAction.APPROVE,
        ContactAction.REQUEST,
        ContactAction.BLOCK,
        ContactAction.REMOVE,
    ]


@pytest.mark.asyncio
async def test_without_the_capabilities_the_menu_hides_their_actions(
    bare_env: Env,
) -> None:
    env = bare_env
    juliet = Contact(
        account_id=env.account.id, address=JULIET, name="Juliet", pending_in=True
    )
    await env.roster(juliet)

    assert offered(menu_of(env, juliet)) == [ContactAction.CHAT, ContactAction.REMOVE]


@pytest.mark.asyncio
async def test_network_actions_are_disabled_while_the_account_is_offline(
    env: Env,
) -> None:
    juliet = env.contact(JULIET, "Juliet")
    await env.roster(juliet)
    await env.core.disconnect_account(env.account.id)

    menu = menu_of(env, juliet)
    enabled = {
        ContactAction(a.data())
        for a in menu.actions()
        if a.isEnabled() and not a.isSeparator()
    }
    assert enabled == {ContactAction.CHAT}


@pytest.mark.asyncio
async def test_chat_in_the_menu_requests_a_chat(env: Env) -> None:
    juliet = env.contact(JULIET, "Juliet")
    await env.roster(juliet)
    requested = signal_future(env.window.chat_requested)

    trigger(menu_of(env, juliet), ContactAction.CHAT)

    async with asyncio.timeout(TIMEOUT):
        assert await requested == (env.account.id, JULIET)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("kind", "call"),
    [
        (ContactAction.BLOCK, ("set_blocked", (JULIET, True))),
        (ContactAction.REQUEST, ("add_contact", (JULIET, "Juliet", ("Capulets",)))),
        (ContactAction.APPROVE, ("answer_subscription", (JULIET, True))),
    ],
)
async def test_commands_of_the_menu_reach_the_network(
    env: Env, kind: ContactAction, call: tuple[str, object]
) -> None:
    juliet = Contact(
        account_id=env.account.id,
        address=JULIET,
        name="Juliet",
        groups=("Capulets",),
        pending_in=True,
    )
    await env.roster(juliet)

    trigger(menu_of(env, juliet), kind)
    await drained(env.window)

    assert env.backend.calls[-1] == call


@pytest.mark.asyncio
async def test_a_blocked_contact_offers_unblock(env: Env) -> None:
    juliet = env.contact(JULIET, "Juliet")
    await env.roster(juliet)
    env.sink.block_list_received([JULIET])

    menu = menu_of(env, juliet)
    assert menu.action_for(ContactAction.BLOCK) is None
    trigger(menu, ContactAction.UNBLOCK)
    await drained(env.window)

    assert env.backend.calls[-1] == ("set_blocked", (JULIET, False))


@pytest.mark.asyncio
async def test_remove_asks_first(env: Env) -> None:
    juliet = env.contact(JULIET, "Juliet")
    await env.roster(juliet)

    trigger(menu_of(env, juliet), ContactAction.REMOVE)
    box = env.window.findChild(QMessageBox)
    assert box is not None
    assert box.isVisible()
    assert "Juliet" in box.text()
    assert not any(c[0] == "remove_contact" for c in env.backend.calls)
    finished = signal_future(box.finished)
    box.button(QMessageBox.StandardButton.Yes).click()
    async with asyncio.timeout(TIMEOUT):
        await finished
    await drained(env.window)

    assert env.backend.calls[-1] == ("remove_contact", JULIET)


@pytest.mark.asyncio
async def test_rename_opens_a_dialog_that_renames(env: Env) -> None:
    juliet = env.contact(JULIET, "Juliet", "Capulets")
    await env.roster(juliet)

    trigger(menu_of(env, juliet), ContactAction.RENAME)
    dialog = env.window.findChild(RenameContactDialog)
    assert dialog is not None
    assert dialog.name.text() == "Juliet"
    dialog.name.setText("  Juliet Capulet ")
    finished = signal_future(dialog.finished)
    dialog.ok_button.click()
    async with asyncio.timeout(TIMEOUT):
        await finished

    assert env.backend.calls[-1] == (
        "update_contact",
        (JULIET, "Juliet Capulet", ("Capulets",)),
    )


@pytest.mark.asyncio
async def test_move_to_group_offers_the_groups_and_moves_from_the_clicked_one(
    env: Env,
) -> None:
    juliet = env.contact(JULIET, "Juliet", "Capulets", "Love")
    await env.roster(juliet, env.contact(NURSE, "Nurse", "Household"))

    trigger(menu_of(env, juliet, "Love"), ContactAction.MOVE)
    dialog = env.window.findChild(MoveToGroupDialog)
    assert dialog is not None
    offered_groups = [dialog.group.itemText(i) for i in range(dialog.group.count())]
    assert offered_groups == ["", "Capulets", "Household"]
    dialog.group.setCurrentText("Household")
    finished = signal_future(dialog.finished)
    dialog.ok_button.click()
    async with asyncio.timeout(TIMEOUT):
        await finished

    assert env.backend.calls[-1] == (
        "update_contact",
        (JULIET, "Juliet", ("Capulets", "Household")),
    )


@pytest.mark.asyncio
async def test_get_info_shows_the_contact_s_profile(env: Env) -> None:
    juliet = env.contact(JULIET, "Juliet")
    await env.roster(juliet)

    trigger(menu_of(env, juliet), ContactAction.INFO)
    dialog = env.window.findChild(ContactInfoDialog)
    assert dialog is not None
    await slots_done(dialog)

    assert dialog.values["full_name"].text() == f"Info of {JULIET}"
    assert not dialog.state.isVisible()


@pytest.mark.asyncio
async def test_a_failed_command_shows_a_notice_not_a_crash(env: Env) -> None:
    juliet = env.contact(JULIET, "Juliet")
    await env.roster(juliet)
    menu = menu_of(env, juliet)
    await env.core.disconnect_account(env.account.id)  # after the menu opened

    trigger(menu, ContactAction.BLOCK)
    await drained(env.window)

    assert env.window.notices is not None
    labels = env.window.notices.labels("command-error")
    assert labels is not None
    assert "could not be blocked" in labels[0].text()
    assert labels[1].text() == "The account is not connected."
    button = env.window.notices.button("command-error", "dismiss")
    assert button is not None
    button.click()
    assert env.window.notices.labels("command-error") is None


@pytest.mark.asyncio
async def test_a_group_row_has_no_menu(env: Env) -> None:
    await env.roster(env.contact(JULIET, "Juliet"))
    assert env.actions.menu_for(env.group("")) is None
    assert visible_rows(env.model) == [("Contacts", ["Juliet"])]
