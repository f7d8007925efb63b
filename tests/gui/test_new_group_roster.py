# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Group chats in the buddy list: listed like contacts, drawn without presence.

A backend lists each group like a contact (the group's address, its name); the
row becomes a group chat's once a GROUP conversation with that address is
known, whichever comes first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from messenger.core.api import Snapshot
from messenger.core.events import ContactsUpdated
from messenger.core.events import ConversationUpdated
from messenger.core.interfaces import IncomingMessage
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import ConversationKind
from messenger.core.model import OwnPresence
from messenger.core.model import SecretStorageStatus
from messenger.core.model import Show
from messenger.ui.icons import group_icon
from messenger.ui.icons import presence_icon
from messenger.ui.models.contacts import ContactRole
from messenger.ui.models.contacts import ContactTreeModel
from messenger.ui.models.contacts import SortOrder
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import NURSE
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import drained
from tests.gui.buddy_fixtures import online
from tests.gui.buddy_fixtures import visible_rows

VERONA = Address("Verona", "groups.test")  # what the double makes up
ROMEO = AccountId("romeo")
GROUP_BLUE = QColor("#3b7dd8")  # resources/icons/status/group.svg


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


async def with_group(env: Env) -> None:
    """Juliet (offline), Nurse (online), and the group Verona (listed first)."""
    await env.roster(
        env.contact(JULIET, "Juliet"),
        env.contact(NURSE, "Nurse"),
        env.contact(VERONA, "Verona"),
    )
    await env.presences(online(NURSE))
    await env.core.create_group(env.account.id, "Verona", [JULIET, NURSE])
    await drained(env.window)


def icon_key(icon: object) -> int:
    assert isinstance(icon, QIcon)
    return icon.cacheKey()


def names(env: Env) -> list[str]:
    return [name for _, shown in visible_rows(env.model) for name in shown]


@pytest.mark.asyncio
async def test_a_group_chat_row_has_the_group_icon_and_no_presence(
    env: Env, qtmodeltester: Any
) -> None:
    qtmodeltester.check(env.model)  # checks every change below
    await with_group(env)
    group = env.index(VERONA)
    juliet = env.index(JULIET)

    assert group.data(ContactRole.GROUP_CHAT) is True
    assert juliet.data(ContactRole.GROUP_CHAT) is False
    decoration = Qt.ItemDataRole.DecorationRole
    assert icon_key(group.data(decoration)) == group_icon().cacheKey()
    assert icon_key(juliet.data(decoration)) == presence_icon("offline").cacheKey()
    assert group.data(Qt.ItemDataRole.ForegroundRole) is None  # not greyed
    assert juliet.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert group.data(Qt.ItemDataRole.AccessibleTextRole) == "Verona\nGroup chat"
    assert "groups.test" not in group.data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.asyncio
async def test_hiding_offline_contacts_never_hides_a_group_chat(env: Env) -> None:
    await with_group(env)

    env.window.show_offline_action.trigger()  # hide them
    await drained(env.window)

    assert not env.model.show_offline
    assert names(env) == ["Nurse", "Verona"]
    env.window.filter_edit.setText("ver")  # a filter finds it like a contact
    assert names(env) == ["Verona"]


@pytest.mark.asyncio
async def test_by_status_group_chats_come_between_online_and_offline(
    env: Env,
) -> None:
    await with_group(env)
    assert env.model.sort_order is SortOrder.STATUS
    assert names(env) == ["Nurse", "Verona", "Juliet"]

    env.window.sort_by_name_action.trigger()
    await drained(env.window)
    assert names(env) == ["Juliet", "Nurse", "Verona"]


@pytest.mark.asyncio
async def test_the_group_conversation_before_its_contact_also_counts(
    env: Env,
) -> None:
    await env.core.create_group(env.account.id, "Verona", [JULIET])
    await drained(env.window)
    env.window.show_offline_action.trigger()
    # Enough shown already that the new rows are placed one by one.
    watch = [Address(f"watch{i}", "verona.example") for i in range(4)]
    await env.roster(*(env.contact(a, f"Watch {i}") for i, a in enumerate(watch)))
    await env.presences(*(online(a) for a in watch))
    await env.roster(env.contact(VERONA, "Verona"))
    await env.roster(env.contact(JULIET, "Juliet"))

    assert names(env) == [*(f"Watch {i}" for i in range(4)), "Verona"]
    assert env.index(VERONA).data(ContactRole.GROUP_CHAT) is True


@pytest.mark.asyncio
async def test_a_group_chat_row_counts_the_groups_unread_messages(env: Env) -> None:
    await with_group(env)
    await env.sink.messages_received(
        [
            IncomingMessage(
                peer=VERONA,
                sender=JULIET,
                body="Wherefore?",
                timestamp=datetime.now(UTC),
                conversation_kind=ConversationKind.GROUP,
            )
        ]
    )
    await drained(env.window)

    assert env.index(VERONA).data(ContactRole.UNREAD) == 1
    assert env.index(JULIET).data(ContactRole.UNREAD) == 0


@pytest.mark.asyncio
async def test_the_row_is_painted_with_the_group_icon(env: Env) -> None:
    await with_group(env)
    view = env.window.contact_view
    view.expandAll()
    image = view.viewport().grab().toImage()

    def blue_pixels(index: QModelIndex) -> int:
        rect = view.visualRect(index)
        return sum(
            1
            for x in range(rect.left(), rect.left() + 48)
            for y in range(rect.top(), rect.bottom())
            if _near(image.pixelColor(x, y), GROUP_BLUE)
        )

    assert blue_pixels(env.index(VERONA)) > 20
    assert blue_pixels(env.index(JULIET)) == 0


def _near(colour: QColor, target: QColor) -> bool:
    return (
        abs(colour.red() - target.red())
        + abs(colour.green() - target.green())
        + abs(colour.blue() - target.blue())
        < 30
    )


# the model alone, from a snapshot -------------------------------------------------


def _snapshot(
    contacts: tuple[Contact, ...], conversations: tuple[Conversation, ...]
) -> Snapshot:
    return Snapshot(
        seq=0,
        accounts=(),
        statuses=(),
        own_presence=OwnPresence(),
        contacts=contacts,
        presences=(),
        conversations=conversations,
        block_lists=(),
        subscription_requests=(),
        secret_storage=SecretStorageStatus(persistent=False, backend="none"),
        settings={},
    )


def _conversation(
    peer: Address, kind: ConversationKind, unread: int = 0
) -> Conversation:
    return Conversation(
        id=ConversationId(hash((peer, kind)) & 0xFFFF),
        account_id=ROMEO,
        peer=peer,
        kind=kind,
        unread_count=unread,
    )


def test_a_snapshot_marks_group_chats_and_counts_their_unread(
    qtmodeltester: Any,
) -> None:
    model = ContactTreeModel()
    qtmodeltester.check(model)
    model.load_snapshot(
        _snapshot(
            (
                Contact(account_id=ROMEO, address=VERONA, name="Verona"),
                Contact(account_id=ROMEO, address=JULIET, name="Juliet"),
            ),
            (
                _conversation(VERONA, ConversationKind.GROUP, unread=3),
                _conversation(VERONA, ConversationKind.DIRECT, unread=9),
                _conversation(JULIET, ConversationKind.DIRECT, unread=1),
            ),
        )
    )
    model.set_show_offline(False)
    # A direct conversation with the same address later changes nothing.
    model.apply_conversation_updated(
        ConversationUpdated(
            conversation=_conversation(VERONA, ConversationKind.DIRECT, unread=5)
        )
    )
    group = model.index_of(ROMEO, VERONA)

    assert group.data(ContactRole.GROUP_CHAT) is True
    assert group.data(ContactRole.UNREAD) == 3
    assert group.data(ContactRole.SHOW) == Show.OFFLINE.value
    assert [c.address for c in model.people(ROMEO)] == [JULIET]


def test_turning_into_a_group_chat_tells_the_view(qtmodeltester: Any) -> None:
    model = ContactTreeModel()
    qtmodeltester.check(model)
    model.apply_contacts_updated(
        ContactsUpdated(
            account_id=ROMEO,
            contacts=(Contact(account_id=ROMEO, address=VERONA, name="Verona"),),
        )
    )
    changed: list[set[int]] = []
    model.dataChanged.connect(lambda _a, _b, roles: changed.append(set(roles)))

    model.apply_conversation_updated(
        ConversationUpdated(conversation=_conversation(VERONA, ConversationKind.GROUP))
    )

    assert changed
    assert {int(ContactRole.GROUP_CHAT), int(Qt.ItemDataRole.DecorationRole)} <= set(
        changed[-1]
    )
    assert model.index_of(ROMEO, VERONA).data(ContactRole.GROUP_CHAT) is True
