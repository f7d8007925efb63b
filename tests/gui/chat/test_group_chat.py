# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A group chat's tab: who wrote each message, and a header without presence.

The group is made by the ``ScriptedBackend`` double (``<name>@groups.test``;
the e-mail backend makes up ``<key>@group.invalid``) and listed like a
contact, as backends list their groups.
"""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import Address
from messenger.core.model import ConversationKind
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show
from messenger.ui.chat.message_model import MessageRole
from messenger.ui.chat.tab import ChatTab
from messenger.ui.chat.window import ChatWindow
from messenger.ui.icons import group_icon
from messenger.ui.icons import presence_icon
from tests.gui.chat.conftest import JULIET
from tests.gui.chat.conftest import NURSE
from tests.gui.chat.conftest import Chat
from tests.gui.chat.conftest import eventually
from tests.gui.chat.conftest import settle

VERONA = Address("Verona", "groups.test")
TYBALT = Address("tybalt", "capulet.example")  # a member, not a contact
ROOM = Address("verona", "rooms.test")  # a MUC-like group: nicks as resources


async def open_group(chat: Chat) -> ChatTab:
    conversation = await chat.core.create_group(
        chat.account.id, "Verona", [JULIET, NURSE, TYBALT]
    )
    assert conversation.peer == VERONA
    await chat.add_contact(VERONA, "Verona")  # backends list groups like contacts
    await settle()
    tab = await chat.open(VERONA)
    assert tab.is_group
    return tab


async def receive(chat: Chat, sender: Address, body: str, peer: Address) -> None:
    await chat.backend.sink.messages_received(
        [
            IncomingMessage(
                peer=peer,
                sender=sender,
                body=body,
                timestamp=datetime.now(UTC),
                conversation_kind=ConversationKind.GROUP,
            )
        ]
    )


def senders(tab: ChatTab) -> list[str]:
    return [
        str(tab.model.index(row).data(MessageRole.SENDER_NAME))
        for row in range(tab.model.rowCount())
    ]


@pytest.mark.asyncio
async def test_members_are_named_as_contacts_else_by_address(chat: Chat) -> None:
    tab = await open_group(chat)

    await receive(chat, JULIET, "Good morrow.", VERONA)
    await receive(chat, TYBALT, "Peace? I hate the word.", VERONA)
    await chat.core.send_message(chat.account.id, VERONA, "Hold, Tybalt!")
    await eventually(lambda: tab.model.rowCount() == 3)

    assert senders(tab) == ["Juliet", "tybalt@capulet.example", "Romeo"]
    await chat.idle()


@pytest.mark.asyncio
async def test_a_member_who_becomes_a_contact_gets_the_name(chat: Chat) -> None:
    tab = await open_group(chat)
    await receive(chat, TYBALT, "Boy, this shall not excuse the injuries.", VERONA)
    await eventually(lambda: tab.model.rowCount() == 1)
    assert senders(tab) == ["tybalt@capulet.example"]

    await chat.add_contact(TYBALT, "Prince of Cats")
    await eventually(lambda: senders(tab) == ["Prince of Cats"])
    await chat.idle()


@pytest.mark.asyncio
async def test_a_sender_with_a_resource_is_named_by_it(chat: Chat) -> None:
    # The first message of a group the network knows makes its conversation.
    await receive(chat, ROOM.with_resource("Mercutio"), "A plague o' both!", ROOM)
    tab = await chat.open(ROOM)
    assert tab.is_group
    await receive(chat, JULIET.with_resource("balcony"), "Ay me!", ROOM)
    await eventually(lambda: tab.model.rowCount() == 2)

    # The resource is the nick, even where the bare address is a contact's.
    assert senders(tab) == ["Mercutio", "balcony"]
    await chat.idle()


@pytest.mark.asyncio
async def test_the_header_shows_the_group_not_a_presence(chat: Chat) -> None:
    tab = await open_group(chat)
    header = tab.header

    assert header.is_group
    assert header.name.text() == "Verona"
    assert header.status.text() == "Group chat"
    assert header.icon.accessibleName() == "Group chat"
    assert "Offline" not in header.icon.toolTip()
    icon = header.icon.pixmap().toImage()
    assert icon == group_icon().pixmap(icon.size()).toImage()
    assert icon != presence_icon("offline").pixmap(icon.size()).toImage()
    assert header.address.text() == "Verona@groups.test"  # not made up
    # A presence for the group's address (none expected) changes nothing.
    chat.backend.sink.presences_received(
        [PresenceUpdate(address=VERONA.with_resource("x"), show=Show.AWAY)]
    )
    await settle()
    assert header.status.text() == "Group chat"
    assert header.icon.accessibleName() == "Group chat"

    window = tab.window()
    assert isinstance(window, ChatWindow)
    assert window.windowTitle() == "Verona"
    tab_icon = window.tabs.tabIcon(window.tabs.indexOf(tab))
    assert tab_icon.cacheKey() == group_icon().cacheKey()
    await chat.idle()


@pytest.mark.asyncio
async def test_a_made_up_group_address_is_not_shown(chat: Chat) -> None:
    tab = await open_group(chat)
    header = tab.header

    header.set_group("Verona", "k3y@group.invalid")

    assert header.name.text() == "Verona"
    assert not header.address.isVisible()
    assert header.address.text() == ""
    header.set_group("<b>Verona</b>", "room@rooms.test")
    assert header.name.text() == "<b>Verona</b>"
    assert header.name.textFormat() == Qt.TextFormat.PlainText
    assert header.address.text() == "room@rooms.test"
    await chat.idle()


@pytest.mark.asyncio
async def test_a_direct_chat_keeps_its_presence_header(chat: Chat) -> None:
    tab = await chat.open(JULIET)

    assert not tab.is_group
    assert not tab.header.is_group
    assert tab.header.icon.accessibleName() == "Offline"
    assert tab.header.status.text() == ""
    await chat.idle()
