# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Hostile peer strings (markup, bidi overrides, 10,000 characters) stay text."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.ui.dialogs.move_to_group import MoveToGroupDialog
from messenger.ui.dialogs.rename_contact import RenameContactDialog
from messenger.ui.models.contacts import ContactRole
from messenger.ui.widgets.contact_delegate import initials
from messenger.ui.widgets.contact_menu import ContactAction
from messenger.ui.widgets.text import fill
from messenger.ui.widgets.text import isolate
from messenger.ui.widgets.text import one_line
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import drained
from tests.gui.buddy_fixtures import online
from tests.gui.buddy_fixtures import visible_rows

MARKUP = "<b>Juliet</b><img src='http://evil.example/x.png'>"
RTL = "Juliet \u202egpj.exe"
LONG = "J" * 10_000
EVIL = Address("evil", "example.org")
RTLER = Address("rtl", "example.org")
LONGER = Address("long", "example.org")


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


async def hostile_roster(env: Env) -> None:
    await env.roster(
        env.contact(EVIL, MARKUP, "<i>group</i>"),
        env.contact(RTLER, RTL),
        env.contact(LONGER, LONG, LONG),
    )
    await env.presences(
        online(EVIL, status="<script>alert(1)</script>"),
        online(RTLER, status="\u202eon the balcony\n\nsecond line"),
        online(LONGER, status="s" * 10_000),
    )


def test_text_helpers() -> None:
    assert one_line("a\n\n b\u202ec\u2066d") == "a bcd"
    assert len(one_line(LONG)) == 400
    assert isolate("x\u202e") == "\u2068x\u2069"
    assert fill("%1 and %2", "%2", "b") == "%2 and b"
    assert fill("%1 %3", "a") == "a %3"
    assert initials(MARKUP) == "S"  # words that start with a letter
    assert initials("Juliet Capulet") == "JC"
    assert initials("\u202e") == "?"
    assert initials("juliet@capulet.example") == "JC"


@pytest.mark.asyncio
async def test_the_buddy_list_keeps_hostile_names_as_text(env: Env) -> None:
    await hostile_roster(env)

    groups = [name for name, _ in visible_rows(env.model)]
    assert "<i>group</i>" in groups
    assert LONG in groups
    evil = env.index(EVIL)
    assert evil.data() == MARKUP
    assert evil.data(ContactRole.STATUS_TEXT) == "<script>alert(1)</script>"
    tooltip = evil.data(Qt.ItemDataRole.ToolTipRole)
    assert "<script>" not in tooltip
    assert "<img" not in tooltip
    assert env.index(RTLER).data() == RTL


@pytest.mark.asyncio
async def test_painting_hostile_rows_is_quick_and_safe(env: Env) -> None:
    await hostile_roster(env)
    tree = env.window.contact_view

    started = time.perf_counter()
    picture = tree.grab()
    elapsed = time.perf_counter() - started

    assert not picture.isNull()
    assert elapsed < 0.5


@pytest.mark.asyncio
async def test_dialogs_and_notices_show_hostile_names_as_text(
    env: Env, qtbot: QtBot
) -> None:
    await hostile_roster(env)
    evil = Contact(account_id=env.account.id, address=EVIL, name=MARKUP)
    rename = RenameContactDialog(env.core, evil)
    qtbot.addWidget(rename)
    assert rename.name.text() == MARKUP
    assert rename.address.textFormat() == Qt.TextFormat.PlainText
    move = MoveToGroupDialog(
        env.core, Contact(account_id=env.account.id, address=RTLER, name=RTL), "", []
    )
    qtbot.addWidget(move)
    assert move.explanation.textFormat() == Qt.TextFormat.PlainText
    assert "\u202e" not in move.explanation.text()

    menu = env.actions.menu_for(env.index(EVIL))
    assert menu is not None
    action = menu.action_for(ContactAction.REMOVE)
    assert action is not None
    action.trigger()
    box = env.window.findChild(QMessageBox)
    assert box is not None
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP in box.text()
    box.reject()

    await env.core.disconnect_account(env.account.id)
    menu = env.actions.menu_for(env.index(LONGER))
    assert menu is not None
    env.actions.start(
        env.actions.command(
            fill("%1 could not be blocked", isolate(LONG)),
            env.core.set_blocked(env.account.id, LONGER, blocked=True),
        )
    )
    await drained(env.window)
    assert env.window.notices is not None
    labels = env.window.notices.labels("command-error")
    assert labels is not None
    assert labels[0].textFormat() == Qt.TextFormat.PlainText
    assert len(labels[0].text()) < 500
