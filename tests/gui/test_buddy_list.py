# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The buddy list in the main window: groups, filter, offline, sort, activation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC
from datetime import datetime
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from messenger.core.events import ContactsUpdated
from messenger.core.events import PresencesChanged
from messenger.core.interfaces import IncomingMessage
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show
from messenger.ui.aio import signal_future
from messenger.ui.models.contacts import ContactRole
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import MERCUTIO
from tests.gui.buddy_fixtures import NURSE
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import TYBALT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import drained
from tests.gui.buddy_fixtures import online
from tests.gui.buddy_fixtures import visible_rows


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


async def verona(env: Env) -> None:
    await env.roster(
        env.contact(JULIET, "Juliet", "Capulets", "Love"),
        env.contact(NURSE, "Nurse", "Capulets"),
        env.contact(TYBALT, "Tybalt", "Capulets"),
        env.contact(MERCUTIO, "Mercutio"),
    )
    await env.presences(
        online(NURSE, Show.AWAY, "in the kitchen"), online(MERCUTIO, Show.CHAT)
    )


@pytest.mark.asyncio
async def test_contacts_show_by_group_and_in_every_group_of_theirs(env: Env) -> None:
    await verona(env)

    assert visible_rows(env.model) == [
        ("Capulets", ["Nurse", "Juliet", "Tybalt"]),
        ("Love", ["Juliet"]),
        ("Contacts", ["Mercutio"]),
    ]
    tree = env.window.contact_view
    assert all(tree.isExpanded(env.model.index(r, 0)) for r in range(3))
    capulets = env.model.index(0, 0)
    assert capulets.data(ContactRole.ONLINE_COUNT) == 1
    assert capulets.data(ContactRole.TOTAL_COUNT) == 3
    nurse = env.index(NURSE)
    assert nurse.data(ContactRole.STATUS_TEXT) == "in the kitchen"
    assert nurse.data(ContactRole.SHOW) == "away"


@pytest.mark.asyncio
async def test_collapsed_groups_stay_collapsed_while_contacts_change(env: Env) -> None:
    await verona(env)
    tree = env.window.contact_view
    tree.collapse(env.group("Capulets"))

    await env.presences(online(JULIET), online(TYBALT, Show.DND))
    await env.roster(
        env.contact(Address("lady", "capulet.example"), "Lady", "Capulets")
    )

    assert not tree.isExpanded(env.group("Capulets"))
    assert tree.isExpanded(env.group("Love"))
    # A group that goes and comes back remembers it too.
    env.window.show_offline_action.trigger()
    await env.presences(
        PresenceUpdate(address=NURSE.with_resource("r"), show=Show.OFFLINE),
        PresenceUpdate(address=JULIET.with_resource("r"), show=Show.OFFLINE),
        PresenceUpdate(address=TYBALT.with_resource("r"), show=Show.OFFLINE),
    )
    assert [g for g, _ in visible_rows(env.model)] == ["Contacts"]
    env.window.show_offline_action.trigger()
    await drained(env.window)
    assert not tree.isExpanded(env.group("Capulets"))


@pytest.mark.asyncio
async def test_filter_shows_matches_of_name_or_address_in_any_case(env: Env) -> None:
    await verona(env)
    env.window.show_offline_action.trigger()  # filtering shows offline matches
    env.window.contact_view.collapse(env.group("Capulets"))

    env.window.filter_edit.setText("JUL")
    assert visible_rows(env.model) == [("Capulets", ["Juliet"]), ("Love", ["Juliet"])]
    assert env.window.contact_view.isExpanded(env.group("Capulets"))

    env.window.filter_edit.setText("montague.EXAMPLE")
    assert visible_rows(env.model) == [("Contacts", ["Mercutio"])]

    env.window.filter_edit.clear()
    assert [g for g, _ in visible_rows(env.model)] == ["Capulets", "Contacts"]
    assert not env.window.contact_view.isExpanded(env.group("Capulets"))


@pytest.mark.asyncio
async def test_typing_in_the_tree_starts_filtering(env: Env) -> None:
    await verona(env)
    tree = env.window.contact_view
    tree.setFocus()
    tree.setCurrentIndex(env.index(NURSE))

    QTest.keyClicks(tree, "ty")

    assert env.window.filter_edit.text() == "ty"
    assert env.window.filter_edit.hasFocus()
    assert visible_rows(env.model) == [("Capulets", ["Tybalt"])]
    QTest.keyClick(env.window.filter_edit, Qt.Key.Key_Escape)
    assert env.window.filter_edit.text() == ""
    QTest.keyClick(env.window.filter_edit, Qt.Key.Key_Escape)
    assert tree.hasFocus()


@pytest.mark.asyncio
async def test_enter_in_the_filter_opens_the_first_match(env: Env) -> None:
    await verona(env)
    requested = signal_future(env.window.chat_requested)
    env.window.filter_edit.setFocus()

    QTest.keyClicks(env.window.filter_edit, "merc")
    QTest.keyClick(env.window.filter_edit, Qt.Key.Key_Return)

    async with asyncio.timeout(TIMEOUT):
        account_id, address = await requested
    assert (account_id, address) == (env.account.id, MERCUTIO)
    assert env.window.contact_view.hasFocus()


@pytest.mark.asyncio
async def test_down_in_the_filter_goes_to_the_first_contact(env: Env) -> None:
    await verona(env)
    env.window.filter_edit.setFocus()
    QTest.keyClick(env.window.filter_edit, Qt.Key.Key_Down)
    tree = env.window.contact_view
    assert tree.hasFocus()
    assert tree.currentIndex() == env.index(NURSE)


@pytest.mark.asyncio
async def test_enter_and_double_click_on_a_contact_request_a_chat(env: Env) -> None:
    await verona(env)
    tree = env.window.contact_view
    seen: list[tuple[str, object]] = []
    env.window.chat_requested.connect(lambda a, p: seen.append((a, p)))

    tree.setFocus()
    tree.setCurrentIndex(env.index(JULIET, "Love"))
    QTest.keyClick(tree, Qt.Key.Key_Return)
    center = tree.visualRect(env.index(NURSE)).center()
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    QTest.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)

    assert seen == [(env.account.id, JULIET), (env.account.id, NURSE)]


@pytest.mark.asyncio
async def test_enter_on_a_group_collapses_and_expands_it(env: Env) -> None:
    await verona(env)
    tree = env.window.contact_view
    tree.setFocus()
    group = env.group("Love")
    tree.setCurrentIndex(group)

    QTest.keyClick(tree, Qt.Key.Key_Return)
    assert not tree.isExpanded(group)
    QTest.keyClick(tree, Qt.Key.Key_Return)
    assert tree.isExpanded(group)


@pytest.mark.asyncio
async def test_show_offline_is_a_shared_setting(env: Env) -> None:
    await verona(env)
    action = env.window.show_offline_action
    assert action.isChecked()

    action.trigger()
    await drained(env.window)

    assert (await env.core.snapshot()).settings["show_offline"] is False
    assert visible_rows(env.model) == [
        ("Capulets", ["Nurse"]),
        ("Contacts", ["Mercutio"]),
    ]
    # Another UI turns it back on.
    await env.core.set_setting("show_offline", True)
    assert action.isChecked()
    assert len(visible_rows(env.model)) == 3


@pytest.mark.asyncio
async def test_offline_contacts_with_unread_messages_stay_visible(env: Env) -> None:
    await verona(env)
    env.window.show_offline_action.trigger()
    await env.sink.messages_received(
        [
            IncomingMessage(
                peer=TYBALT,
                sender=TYBALT.with_resource("r"),
                body="Boy, this shall not excuse the injuries",
                timestamp=datetime.now(UTC),
            )
        ]
    )
    await drained(env.window)

    assert visible_rows(env.model)[0] == ("Capulets", ["Nurse", "Tybalt"])
    assert env.index(TYBALT).data(ContactRole.UNREAD) == 1


@pytest.mark.asyncio
async def test_sort_by_name_or_by_status_is_a_shared_setting(env: Env) -> None:
    await verona(env)
    env.window.sort_by_name_action.trigger()
    await drained(env.window)

    assert (await env.core.snapshot()).settings["sort_contacts"] == "name"
    assert visible_rows(env.model)[0] == ("Capulets", ["Juliet", "Nurse", "Tybalt"])
    await env.core.set_setting("sort_contacts", "status")
    assert env.window.sort_by_status_action.isChecked()
    assert visible_rows(env.model)[0] == ("Capulets", ["Nurse", "Juliet", "Tybalt"])


@pytest.mark.asyncio
async def test_a_selected_contact_stays_selected_when_it_moves(env: Env) -> None:
    await verona(env)
    tree = env.window.contact_view
    tree.setCurrentIndex(env.index(TYBALT, "Capulets"))

    await env.presences(online(TYBALT, Show.CHAT))

    assert tree.currentIndex() == env.index(TYBALT, "Capulets")
    assert tree.currentIndex().row() == 0


@pytest.mark.asyncio
async def test_the_keyboard_menu_key_asks_for_the_context_menu(env: Env) -> None:
    await verona(env)
    tree = env.window.contact_view
    asked: list[QModelIndex] = []
    assert env.window.buddy_list is not None
    env.window.buddy_list.context_menu_requested.connect(
        lambda index, _pos: asked.append(index)
    )
    tree.setCurrentIndex(env.index(NURSE))

    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), tree.mapToGlobal(QPoint(1, 1))
    )
    QApplication.sendEvent(tree, event)

    assert [i.data() for i in asked] == ["Nurse"]
    assert env.actions.contact_menu is not None
    assert env.actions.contact_menu.target.contact.address == NURSE
    env.actions.contact_menu.hide()


@pytest.mark.asyncio
async def test_five_thousand_contacts_and_two_thousand_presences_load_smoothly(
    env: Env, big_roster: tuple[list[Contact], list[PresenceUpdate]]
) -> None:
    """One contact batch and one presence batch; no loop callback over 50 ms.

    The events go on the core's bus as the core publishes them after a login
    (one ``ContactsUpdated``, one ``PresencesChanged``), so what is measured
    is the UI's side: the core's own roster step (it builds the SQL rows of
    5,000 contacts on the loop) comes close to 50 ms by itself on a busy
    machine, and is not this test's business.
    """
    contacts, presences = big_roster
    model = env.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    started = time.perf_counter()

    env.core.events.publish(
        ContactsUpdated(account_id=env.account.id, contacts=tuple(contacts))
    )
    await asyncio.sleep(0)
    env.core.events.publish(
        PresencesChanged(account_id=env.account.id, updates=tuple(presences))
    )
    await drained(env.window)

    elapsed = time.perf_counter() - started
    assert resets == []
    total = sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount()))
    assert total == sum(len(c.groups) or 1 for c in contacts)
    online_count = sum(
        model.index(r, 0).data(ContactRole.ONLINE_COUNT)
        for r in range(model.rowCount())
    )
    assert online_count > 0
    assert elapsed < 10
    env.window.filter_edit.setText("contact 12")
    assert 0 < sum(len(names) for _, names in visible_rows(model)) < 200


@pytest.fixture
def big_roster(env: Env) -> tuple[list[Contact], list[PresenceUpdate]]:
    """Built outside the loop: making 7,000 addresses is itself ~50 ms of work."""
    groups = [f"Group {i}" for i in range(40)]
    contacts = [
        Contact(
            account_id=env.account.id,
            address=Address(f"contact{i}", "example.org"),
            name=f"Contact {i}",
            groups=()
            if i % 7 == 0
            else tuple(groups[j % 40] for j in (i, i * 3)[: 1 + i % 2]),
        )
        for i in range(5000)
    ]
    presences = [
        PresenceUpdate(
            address=Address(f"contact{i}", "example.org", "phone"),
            show=list(Show)[i % 5],
            status=f"status {i}",
        )
        for i in range(0, 5000, 5)
    ] + [
        PresenceUpdate(
            address=Address(f"contact{i}", "example.org", "desk"), show=Show.AWAY
        )
        for i in range(1, 5000, 5)
    ]
    return contacts, presences
