# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Two (or three) real cores chatting through Prosody."""

from __future__ import annotations

import pytest

from messenger.core.events import ChatStateChanged
from messenger.core.events import MessageAdded
from messenger.core.events import MessageChanged
from messenger.core.events import PresencesChanged
from messenger.core.model import ChatState
from messenger.core.model import ConnectionState
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import Show
from tests.integration.xmpp.conftest import MakeUser
from tests.integration.xmpp.helpers import CoreUser
from tests.integration.xmpp.helpers import befriend
from tests.integration.xmpp.helpers import settings_for
from tests.testbed.prosody import ProsodyServer


async def friends(make_user: MakeUser) -> tuple[CoreUser, CoreUser]:
    alice, bob = await make_user("alice"), await make_user("bob")
    await alice.wait_state(ConnectionState.ONLINE, past=True)
    await bob.wait_state(ConnectionState.ONLINE, past=True)
    await befriend(alice, bob)
    return alice, bob


def presence_of(user: CoreUser, show: Show, status: str = ""):  # type: ignore[no-untyped-def]
    def check(event: PresencesChanged) -> bool:
        return any(
            u.address.bare == user.address and u.show is show and u.status == status
            for u in event.updates
        )

    return check


@pytest.mark.asyncio
async def test_subscription_and_presence_both_ways(make_user: MakeUser) -> None:
    alice, bob = await friends(make_user)

    await bob.wait_for(PresencesChanged, presence_of(alice, Show.AVAILABLE))
    await alice.wait_for(PresencesChanged, presence_of(bob, Show.AVAILABLE))

    await alice.core.set_presence(Show.AWAY, "lunch")
    await bob.wait_for(PresencesChanged, presence_of(alice, Show.AWAY, "lunch"))
    await bob.core.set_presence(Show.DND, "meeting")
    await alice.wait_for(PresencesChanged, presence_of(bob, Show.DND, "meeting"))
    snapshot = await alice.core.snapshot()
    contact = next(c for c in snapshot.contacts if c.address == bob.address)
    assert contact.name == "Bob"


@pytest.mark.asyncio
async def test_messages_receipts_markers_chat_states_and_corrections(
    make_user: MakeUser,
) -> None:
    alice, bob = await friends(make_user)

    await alice.core.send_chat_state(alice.account_id, bob.address, ChatState.COMPOSING)
    state = await bob.wait_for(ChatStateChanged)
    assert (state.address, state.state) == (alice.address, ChatState.COMPOSING)

    sent = await alice.core.send_message(alice.account_id, bob.address, "Hi <b>Bob</b>")
    got = await bob.wait_for(MessageAdded, lambda e: e.message.body == "Hi <b>Bob</b>")
    assert got.message.direction is Direction.INCOMING
    assert got.message.sender.bare == alice.address
    assert got.message.origin_id == sent.origin_id
    assert got.message.stanza_id  # our archive's id, for deduplication
    await alice.wait_for(
        MessageChanged,
        lambda e: (
            e.message.id == sent.id and e.message.state is DeliveryState.DELIVERED
        ),
    )

    reply = await bob.core.send_message(bob.account_id, alice.address, "/me waves")
    await alice.wait_for(MessageAdded, lambda e: e.message.body == "/me waves")
    await bob.wait_for(
        MessageChanged,
        lambda e: (
            e.message.id == reply.id and e.message.state is DeliveryState.DELIVERED
        ),
    )

    await bob.core.mark_read(got.message.conversation_id, got.message.id)
    await alice.wait_for(
        MessageChanged,
        lambda e: e.message.id == sent.id and e.message.state is DeliveryState.READ,
    )

    await alice.core.correct_message(sent.id, "Hi Bob!")
    corrected = await bob.wait_for(
        MessageChanged, lambda e: e.message.id == got.message.id
    )
    assert corrected.message.body == "Hi Bob!"
    assert corrected.message.edited_at is not None


@pytest.mark.asyncio
async def test_carbons_reach_the_other_resource(
    make_user: MakeUser, prosody: ProsodyServer
) -> None:
    alice, bob = await friends(make_user)
    phone = await make_user(
        "alice-phone",
        jid=alice.jid,
        password=alice.password,
        settings=settings_for(prosody, resource="phone"),
    )
    await phone.wait_state(ConnectionState.ONLINE, past=True)

    sent = await alice.core.send_message(alice.account_id, bob.address, "from the desk")
    copy = await phone.wait_for(
        MessageAdded, lambda e: e.message.body == "from the desk"
    )

    assert copy.message.direction is Direction.OUTGOING
    assert copy.message.peer == bob.address
    assert copy.message.origin_id == sent.origin_id
    await bob.core.send_message(bob.account_id, alice.address, "to both")
    await phone.wait_for(MessageAdded, lambda e: e.message.body == "to both")
    await alice.wait_for(MessageAdded, lambda e: e.message.body == "to both")


@pytest.mark.asyncio
async def test_archive_catch_up_after_being_offline(make_user: MakeUser) -> None:
    alice, bob = await friends(make_user)
    await bob.core.disconnect_account(bob.account_id)

    bodies = [f"while you were out {i}" for i in range(5)]
    sent = [
        await alice.core.send_message(alice.account_id, bob.address, b) for b in bodies
    ]
    for message in sent:
        await alice.wait_for(
            MessageChanged,
            lambda e, m=message: (
                e.message.id == m.id  # type: ignore[misc]
                and e.message.state is DeliveryState.SENT
            ),
        )
    mark = bob.mark()
    await bob.core.connect_account(bob.account_id)
    await bob.wait_for(MessageAdded, lambda e: e.message.body == bodies[-1])

    added = [e.message.body for e in bob.since(mark) if isinstance(e, MessageAdded)]
    assert added == bodies
    # Once more: the bookmark keeps the archive from delivering them again.
    await bob.core.disconnect_account(bob.account_id)
    await bob.core.connect_account(bob.account_id)
    await bob.wait_state(ConnectionState.ONLINE)
    await alice.core.send_message(alice.account_id, bob.address, "barrier")
    await bob.wait_for(MessageAdded, lambda e: e.message.body == "barrier")
    added = [e.message.body for e in bob.since(mark) if isinstance(e, MessageAdded)]
    assert added == [*bodies, "barrier"]


@pytest.mark.asyncio
async def test_blocking(make_user: MakeUser) -> None:
    from messenger.core.events import BlockListChanged

    alice, bob = await friends(make_user)

    await alice.core.set_blocked(alice.account_id, bob.address, blocked=True)
    await alice.wait_for(BlockListChanged, lambda e: e.blocked == (bob.address,))
    mark = alice.mark()
    await alice.core.set_blocked(alice.account_id, bob.address, blocked=False)
    await alice.wait_for(BlockListChanged, lambda e: e.blocked == (), since=mark)
